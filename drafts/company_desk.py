"""A desk that opens its organisation's name: "Secrétariat MSP du Lac", "Sekretariat Hausarztpraxis
Dr. Albers". The desk is no employer where the mail also writes the organisation's name on its own (or
its long form: "Maison de Santé Pluriprofessionnelle du Lac" for "MSP du Lac"): the candidate yields to
that name. Elsewhere the name stays as written: a secretariat is very often the employer itself, at its
name's end ("Commonwealth Secretariat", "ASEAN Secretariat") or at its start with a name written only so
("Sekretariat der Kultusministerkonferenz"). company_clues.py asks this of the voted candidates.
"""

from __future__ import annotations

import dataclasses
import re

from onward.drafts import tables
from onward.drafts.company import Choice
from onward.drafts.company_keys import NAME_CONNECTORS, key
from onward.drafts.lexicon import fold

DESK_WORDS = frozenset(fold(w) for w in tables.all_words("desk_words"))
# ... as a mail writes them, with their accents or without ("Secrétariat", "Secretariat").
_DESKS_AS_WRITTEN = frozenset(tables.all_phrases("desk_words")) | DESK_WORDS
# A desk's word right before a name, maybe with one word between ("Secrétariat de la MSP du Lac").
_DESK_BEFORE = re.compile(r"(?:%s)\W+(?:\w+\s+)?$" % "|".join(
    re.escape(w) for w in sorted(_DESKS_AS_WRITTEN, key=len, reverse=True)), re.IGNORECASE)


def desks_yield(found: list[Choice], text: str) -> list[Choice]:
    """The candidates, a desk's ("Secrétariat X") named X where the mail writes X on its own or its
    long form; where X is a candidate of its own too, the desk's clues are X's, in the desk's place (the
    better supported of the two). A desk's word alone is no name."""
    kept: list[Choice] = []
    merged: dict[str, Choice] = {}  # an organisation's key: its entry with its desk's clues
    for choice in found:
        words = choice.name.split()
        if not words or fold(words[0]) not in DESK_WORDS:
            kept.append(choice)
            continue
        rest = _after_the_desk(words)
        if not rest:
            continue  # "Sekretariat" alone: the desk, no organisation's name
        own = _written_on_its_own(rest, text)
        if not own:
            kept.append(choice)  # "Sekretariat der Kultusministerkonferenz": the name as written
            continue
        same = next((c for c in found if c is not choice and key(c.name) == key(own)), None)
        if same is None:
            kept.append(dataclasses.replace(choice, name=own))
            continue
        merged[key(own)] = dataclasses.replace(
            choice, name=same.name, sources=choice.sources | same.sources, weight=choice.weight + same.weight,
            agrees_with_domain=choice.agrees_with_domain or same.agrees_with_domain)
        kept.append(merged[key(own)])
    # The organisation once, where the better supported of its two entries stood.
    placed: set[str] = set()
    result = []
    for choice in kept:
        name_key = key(choice.name)
        if name_key in merged:
            if name_key in placed:
                continue
            placed.add(name_key)
            choice = merged[name_key]
        result.append(choice)
    return result


def _after_the_desk(words: list[str]) -> str:
    rest = words[1:]
    while rest and (fold(rest[0]) in NAME_CONNECTORS or rest[0] in {"-", "–", "—", "|"}):
        rest = rest[1:]
    return " ".join(rest)


def _written_on_its_own(name: str, text: str) -> str:
    """The organisation's name as the mail writes it without the desk's word before it: the name
    itself, or its long form (capitalised words whose initials are its abbreviation, then its other
    words); "" if the mail writes it only after the desk's word."""
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        if not _DESK_BEFORE.search(text[max(found.start() - 40, 0):found.start()]):
            return name
    first, _, others = name.partition(" ")
    if not (first.isupper() and 2 <= len(first) <= 6 and others):
        return ""
    article = r"(?:(?:de|du|des|of|the|der|für|fur|d')\s+)?"
    initials = r"\s+".join([rf"{article}({letter}[\w'’-]*)" for letter in first])
    long_form = re.search(rf"(?<!\w){initials}\s+{re.escape(others)}(?!\w)", text)
    return long_form.group(0) if long_form else ""
