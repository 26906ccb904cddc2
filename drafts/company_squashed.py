"""A guess from the sender's domain alone, when the domain runs a name's words together
("exportadorabanano", "copperkettlecafe", "kirklandcityhall"): where the mail writes the name
otherwise ("Exportadora Bananera del Oro S.A.", "The Copper Kettle", "City of Kirkland"), the
squashed word is neither the name nor the way to write it, and the clues missed the name the mail
gives. No candidate is better than a wrong one (company_scope.group_or_unit asks this).
"""

from __future__ import annotations

import re

from onward.drafts.company import Choice
from onward.drafts.lexicon import fold

# Shorter one-word labels are as often a brand's own word ("Avisos", "Notif", "Arkane") as words run together.
_SQUASHED_AT_LEAST = 8
# A word of the mail that the label opens or closes with: a name's own word, not a particle ("del", "de").
_OWN_WORD_AT_LEAST = 4
# An address or a link spells the label itself ("www.copperkettlecafe.com"): not the mail's way of writing it.
_ADDRESS = re.compile(r"\S*(?:@|www\.|https?://)\S*|\S+\.(?:[a-z]{2,6})\b")
_WORD = re.compile(r"[\w'’-]+")
# How a domain spells "&": "pierandpine" of "Pier & Pine", "lopezyhijos" of "López & Hijos".
_AMPERSAND_READ_AS = ("", "and", "y", "et", "und", "e", "n")


def squashed_guess_written_otherwise(choice: Choice, text: str) -> bool:
    """Whether `choice` is the sender's domain alone, one squashed word ("Pinecrestdental"), that the
    mail never writes as words ("Quarry Lane Media" for "Quarrylanemedia", "Pier & Pine" for
    "Pierandpine" are the name, spaced) while it writes the words the domain opens with ("Pinecrest
    Family Dental") or closes with ("Municipalidad de Valle Hermoso" for "munivallehermoso"). A
    closing word alone is as often a common one ("Social Media Coordinator"): two are asked there."""
    label = _letters(choice.name)
    if choice.sources != {"domain-only"} or " " in choice.name.strip() or len(label) < _SQUASHED_AT_LEAST:
        return False
    words = _ADDRESS.sub(" ", text)
    if any(label in _letters(words.replace("&", f" {joined} ")) for joined in _AMPERSAND_READ_AS):
        return False
    tokens = _WORD.findall(words)
    for before, word in zip([""] + tokens, tokens):
        if not word[:1].isupper():
            continue
        own = _letters(word)
        if len(own) >= _OWN_WORD_AT_LEAST and own != label and label.startswith(own):
            return True
        pair = _letters(before) + own
        if before and own and pair != label and label.endswith(pair):
            return True
    return False


def _letters(text: str) -> str:
    """The folded letters and digits alone: how a domain writes a name ("Viña Andina" -> "vinaandina")."""
    return re.sub(r"[\W_]+", "", fold(text))
