"""Names that are not the employer's although they stand for it: the recruiting portal the application
went through ("Bewerbungsportal Land Mittelrhein" for the "Ministerium des Innern"), a part of the
organisation that signs the mail ("Kauri Valley Hospital" applied to, "Kauri Valley Health Board" signing
from its own domain), and an office named for the post its head holds ("Bureau du Représentant
Résident" of a programme), and a unit or service of that organisation the application phrase names ("the
post with the Eastgate Community Mental Health Team", signed "Crestfield Mental Health NHS Foundation
Trust"). drafts/facts.py vetoes them: a wrong name in a reply is worse than none.
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.company_keys import key, matches_label
from onward.drafts.lexicon import DEPARTMENT_WORDS, GROUP_WORDS, LEGAL_FORM, ORG_WORDS, fold

_WORD = re.compile(r"\w+")
# Words that say what kind of organisation a name is ("Hospital", "Board", "Gruppe"), not which one.
_KIND_WORDS = ORG_WORDS | GROUP_WORDS
# A department's words, and the compounds they open ("Personal|dienst Stadt Seeberg"): a department's
# name for its organisation is no larger organisation.
_DEPARTMENT_STEMS = tuple(sorted(w for w in DEPARTMENT_WORDS if len(w) >= 5))


@functools.cache
def _portal() -> re.Pattern[str]:
    """Any portal word of the language tables (portal_words), folded, as whole words."""
    alternatives = tables.phrase_alternatives(fold(p) for p in tables.all_phrases("portal_words"))
    return re.compile(rf"\b(?:{alternatives})\b" if alternatives else r"(?!)")


@functools.cache
def _office_of() -> re.Pattern[str]:
    """An office's word and the article of a post after it (office_of_phrases), at a name's start."""
    alternatives = tables.phrase_alternatives(fold(p) for p in tables.all_phrases("office_of_phrases"))
    return re.compile(rf"^(?:{alternatives})(?:\s+\w|$)" if alternatives else r"(?!)")


def an_office_of_a_post(name: str, labels: tuple[str, ...]) -> bool:
    """ "Bureau du Représentant Résident" from prgl: an office named for its head's post, which the
    sender's domain does not spell (its name's key or initials: "Office of the Attorney General" from
    oag is that office's own mail, an employer)."""
    return _office_of().search(fold(name)) is not None and not any(matches_label(name, label) for label in labels)


def is_portal(name: str) -> bool:
    """The name is a recruiting portal's: "Bewerbungsportal Land X", "Portal de Empleo de la Junta"."""
    return bool(name) and _portal().search(fold(name)) is not None


def written_as_a_firm(name: str, text: str) -> bool:
    """The mail gives the name with a legal form ("Jobportal Nord GmbH"): a firm that runs a portal and
    hires for itself, where a public body's portal ("Bewerbungsportal Land X") has none."""
    return any(LEGAL_FORM.fullmatch(m.group(1))
               for m in re.finditer(rf"(?<!\w){re.escape(name)},?[ \t]+([\w.&]+)", text))


def _own_words(name: str) -> set[str]:
    """The name's words of three letters or more that say which organisation it is, folded."""
    return {w for w in _WORD.findall(fold(name))
            if len(w) >= 3 and w not in _KIND_WORDS and not w.startswith(_DEPARTMENT_STEMS)}


def a_part_of(part: str, whole: str) -> bool:
    """`part` names a part of `whole` or the same body by another kind: every word of its own is
    the whole's, which has more words of its own ("Kauri Valley Hospital" of "Kauri Valley Health
    Board"); not a name written inside the other ("Acme" of "Acme Ltd"), which is the same name."""
    own_part, own_whole = _own_words(part), _own_words(whole)
    part_key, whole_key = key(part), key(whole)
    if not own_part or not part_key or not whole_key or part_key in whole_key or whole_key in part_key:
        return False
    return own_part < own_whole


def labels_spell_the_whole(part: str, whole: str, labels: tuple[str, ...]) -> bool:
    """The sender's domain spells the whole, not the part: its shared words whole and its other words'
    initials ("kaurivalleyhb" for "Kauri Valley Health Board", not "Kauri Valley Hospital")."""
    shared = _WORD.findall(fold(part))
    short = "".join(key(w) if w in shared else w[:1] for w in _WORD.findall(fold(whole)))
    return any(label and (label == short or matches_label(whole, label)) and not matches_label(part, label)
               for label in labels)


@functools.cache
def _unit_after_a_name() -> re.Pattern[str]:
    """A unit's word written capitalised right after a name ("... Mental Health Team", "... Recruitment
    Services"): the team words and the service unit words of the language tables."""
    words = {w for w in tables.all_phrases("team_words") + tables.all_phrases("service_unit_words") if " " not in w}
    alternatives = tables.phrase_alternatives(w.capitalize() for w in words)
    return re.compile(rf"[ \t]+(?:{alternatives})\b")


def a_unit_of(unit: str, whole: str, text: str, labels: tuple[str, ...]) -> bool:
    """`unit` is a team or service of `whole`, the organisation that signs from its own domain: the mail
    writes it with a unit's word after it ("Eastgate Community Mental Health Team"), it shares a word of
    its own with the whole ("Mental", "Health" of "Crestfield Mental Health NHS Foundation Trust") but
    not the first (a firm of the same family, "Acme Logistics" beside "Acme Group", is no unit), and the
    sender's domain opens with the whole's first word of its own (crestfieldmh)."""
    own_unit, own_whole = _own_words(unit), _own_words(whole)
    first_whole = next((w for w in _WORD.findall(fold(whole)) if w in own_whole), "")
    first_unit = next((w for w in _WORD.findall(fold(unit)) if w in own_unit), "")
    if not first_whole or not first_unit or first_unit in own_whole or not own_unit & own_whole:
        return False
    if not any(label.startswith(key(first_whole)) for label in labels):
        return False
    return any(_unit_after_a_name().match(text, found.end())
               for found in re.finditer(rf"(?<!\w){re.escape(unit)}", text))
