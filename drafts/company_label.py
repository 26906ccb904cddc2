"""The sender's display name against the names the mail itself writes: a mailbox labelled "Praxis
Dr. Sommer" whose mail signs "Hausarztpraxis Dr. Sommer" gives two forms of the employer's name, and
writers label the one the mail writes (drafts/facts.py A_MAILBOX_LABEL).
"""

from __future__ import annotations

import re

from onward.drafts.case_blind import lacks_a_word
from onward.drafts.company import names_organisation
from onward.drafts.company_keys import key, without_legal_form
from onward.drafts.company_phrases import NAME_RUN
from onward.drafts.company_scope import distinct_words
from onward.drafts.lexicon import ORG_WORDS, fold


def written_otherwise(name: str, text: str) -> bool:
    """The mail's own words never write the name as it stands, but write an organisation's name
    that has no own word the name lacks and is no part of it: "Hausarztpraxis Dr. Sommer" signed
    under the display name "Praxis Dr. Sommer", "the Department of Coastal Works" for "Province of
    Westmark Dept. of Coastal Works". The name is how the sender's mailbox is labelled, not the
    employer's as the mail writes it, and which of the two a reply should say the mail does not settle."""
    if _written_as_it_stands(name, text):
        return False
    if _a_compounds_tail(name, text):
        return True  # only inside a longer word: "Hausarztpraxis Dr. Sommer" writes no "Praxis Dr. Sommer"
    own, whole = _own_words(name), key(name)
    for run in NAME_RUN.finditer(text):
        written = _own_words(run.group())
        # Fewer of the name's own words, written otherwise: the label adds to the name the mail gives
        # ("Province of Westmark Dept. of"); a written name with words of its own is the label's full
        # form ("Centre Hospitalier de Montbrison-Forez" for "CH de Montbrison-Forez"), which it shortens.
        if len(run.group().split()) < 2 or not written or not written <= own or key(run.group()) in whole:
            continue
        if _reordered(run.group(), name):
            continue  # the same name in another order ("Hotel Seeblick" signed for "Seeblick Hotel & Spa")
        # Two own words in common, or one in an organisation's name ("Hans Müller" signing for
        # "Müller Bau" writes a person, no other form of the firm's name).
        if len(written) >= 2 or names_organisation(run.group()) or without_legal_form(run.group()) != run.group():
            return True
    return False


def _own_words(name: str) -> set[str]:
    return {w for w in distinct_words(name) if w not in ORG_WORDS}


def _reordered(written: str, name: str) -> bool:
    """Every word the mail writes is the name's, in another order: a short form of the same name,
    not a name the label adds to ("Embajada Iberoamericana" in "Embajada Cultural Iberoamericana")."""
    words, names = [fold(w) for w in re.findall(r"\w+", written)], [fold(w) for w in re.findall(r"\w+", name)]
    if not set(words) <= set(names):
        return False
    in_order = [w for w in names if w in set(words)]
    return in_order != words


def _a_compounds_tail(name: str, text: str) -> bool:
    """The mail writes the name's words as the end of a longer word's: "Haus|arztpraxis Dr. Sommer"."""
    found = re.findall(r"\w+", name)
    if lacks_a_word(text, found):
        return False  # a word of the name is nowhere: no pattern compiled for it
    words = r"\W*".join(re.escape(w) for w in found)
    return bool(words) and re.search(rf"(?<=\w)(?i:{words})(?!\w)", text) is not None


def _written_as_it_stands(name: str, text: str) -> bool:
    if lacks_a_word(text, name.split()):
        return False  # a word of the name is nowhere: no pattern compiled for it
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.search(rf"(?<!\w)(?i:{words})(?!\w)", text) is not None
