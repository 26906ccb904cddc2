"""When the company candidate may be a go-between's: the confidence model's GO_BETWEEN_FEATURES
(drafts/fact_model.py).

Round 16's wrong companies were mostly the sender's own organisation, trusted by the model, in a
mail written by or through a go-between: a staffing agency or a search firm naming its client
("I've now heard back from Oakridge Foods Limited"), a bootcamp's or a school's careers service
forwarding the employer's answer. Each looked like a training's right company by where the rules
found it (the signature, the sender's domain); what sets them apart is the rest of the mail:

- a go-between's words: an agency's word or title (the language tables' agency_words and
  agency_titles) in the sender's name or domain or the subject, or a word for a client (their
  client_words: "FMCG client", "otros clientes") anywhere; and the same with a candidate that is
  the sender's own: the agency's name is then the likeliest wrong one;
- the candidate is the sender's own while a sentence or the subject of the mail names another
  organisation, or the mail writes another organisation's name ("Marlow Biscuits Ltd").

An earlier mail quoted or forwarded below the sender's words that names another organisation and
never the candidate (a bootcamp passing the employer's answer on) was tried too: measured forward it
left two more drafts wrong over rounds 5-16 and no more right ones, so it is not read.

Only the candidate's public parts (Choice) and the language tables are read: no rule's internals.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from onward.drafts import tables
from onward.drafts.company import Choice, is_place
from onward.drafts.lexicon import fold

GO_BETWEEN_FEATURES = ("a go-between's words in the mail", "a go-between's words, the sender's own",
                       "the sender's own, the mail names another",
                       "the sender's own, another organisation's name in the mail")

# Where a name is the sender's own: its address, its display name, its signature.
SENDERS_PLACES = frozenset({"display", "domain", "domain-only", "signature", "signature-title", "signature-unit"})
# Where the mail's own sentences and its subject name an organisation.
SENTENCES_PLACES = frozenset({"anchored", "loose", "team", "subject"})

_WORD = re.compile(r"\w+")


def go_between(choice: Choice, others: Sequence[Choice], text: str, sender: tuple[str, str] = ("", ""),
               subject: str = "") -> list[float]:
    """GO_BETWEEN_FEATURES of the company candidate `choice` among the `others` the rules found;
    `text` is the sender's own words, `sender` its (display name, address)."""
    cue = (go_between_words(" ".join((sender[0], sender[1].rpartition("@")[2], subject)))
           or client_words(text, subject))
    own = senders_own(choice)
    return [float(cue), float(cue and own), float(own and names_another(choice, others)),
            float(own and another_organisation(choice.name, text))]


def senders_own(choice: Choice) -> bool:
    """The candidate is the sender's own organisation: its domain agrees, or only the sender's
    places (display name, address, signature) name it."""
    return bool(choice.name) and (choice.agrees_with_domain
                                  or bool(choice.sources) and choice.sources <= SENDERS_PLACES)


def names_another(choice: Choice, others: Sequence[Choice]) -> bool:
    """Another organisation (no town, no one generic word, none of the candidate's own words) is
    named by the mail's sentences or subject, and not by the sender's places."""
    own = _own(choice.name)
    return any(o.sources & SENTENCES_PLACES and not o.sources & SENDERS_PLACES and not o.short_generic
               and not is_place(o.name) and _own(o.name) and not own & _own(o.name) for o in others)


def another_organisation(name: str, text: str) -> bool:
    """`text` writes an organisation's name (with a legal form or an organisation's word, as
    fact_model.organisation_names reads them: "Marlow Biscuits Ltd") sharing none of the
    candidate's words: the client a go-between names, where the rules found no clue for it."""
    if not name or not text.strip():
        return False
    from onward.drafts.fact_model import organisations_in  # fact_model imports this module
    own = _own(name)
    return any(not own & set(_WORD.findall(other)) for other in organisations_in(text))


@functools.lru_cache(maxsize=512)
def _own(name: str) -> frozenset[str]:
    """The name's words of three letters or more, folded."""
    return frozenset(w for w in _WORD.findall(fold(name)) if len(w) >= 3)


@functools.lru_cache(maxsize=8)  # asked for each candidate of a mail
def go_between_words(text: str) -> bool:
    """`text` (the sender's name and domain, the subject) holds an agency's word or title
    ("executive search", "Recruitment Consultant"): read there only, as a body's "personal" or
    "placement" is as often an employer's."""
    return bool(_pattern("agency_words", "agency_titles").search(fold(text)))


@functools.lru_cache(maxsize=8)
def client_words(text: str, subject: str | None = None) -> bool:
    """`text` (after `subject` and a line break, when given) holds a word for a go-between's client
    ("client", "Kunden", "clientes"; the language tables' client_words)."""
    # fold works character by character (fold(a + b) == fold(a) + fold(b)): the mail's words are
    # folded apart from its subject, so their fold is the one the rules' reading of them kept.
    folded = fold(text) if subject is None else f"{fold(subject)}\n{fold(text)}"
    return bool(_pattern("client_words").search(folded))


@functools.cache
def _pattern(*names: str) -> re.Pattern:
    """Any phrase of these language tables' lists, folded, as whole words."""
    phrases = {" ".join(_WORD.findall(fold(p))) for name in names for p in tables.all_phrases(name)} - {""}
    alternatives = tables.phrase_alternatives(phrases)
    return re.compile(rf"\b(?:{alternatives})\b" if alternatives else r"(?!)")
