"""A title a sentence declines ("die Position der Kaufmännischen Geschäftsführerin / des Kaufmännischen
Geschäftsführers", "zum Technischen Leiter"): no reply names a post in the genitive or the dative. The
title is read back where the subject writes it in its own form ("Kaufmännische:r Geschäftsführer:in"),
else the draft names none: a guessed nominative may be a wrong word.
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.lexicon import fold

# A declined adjective's stem before its case ending: "Kaufmännischen", "Technischen", "Leitenden".
_ADJECTIVE_STEM = re.compile(r"(?:isch|lich|ig|al|ell|iv|är|bar|haft|end)$")
# An ending a word of a title may carry where the mail writes it: a case's, a gender's, an inclusive
# marker's ("Kaufmännische:r", "Geschäftsführer:in", "Leiter/in", "Referent*in").
_ENDING = r"[^\W\d_]{0,3}(?:[:*/·_][^\W\d_]{1,5}|\([^\W\d_]{1,3}\))?"


@functools.cache
def _case_endings(language: str) -> tuple[str, ...]:
    """The endings a case gives an adjective (tables' `declined_endings`: "en", "em")."""
    return tuple(sorted(tables.words(language, "declined_endings"), key=len, reverse=True))


@functools.cache
def _declining_articles(language: str) -> frozenset[str]:
    """The articles and contractions before a title in the genitive or dative (tables'
    `declining_articles`: "des", "zum", "zur")."""
    return tables.words(language, "declining_articles")


def _declined_adjective(word: str, language: str) -> str:
    """The adjective's stem, when `word` is one in a case's ending ("Kaufmännischen" -> "Kaufmännisch"),
    else ""."""
    for ending in _case_endings(language):
        stem = word[:-len(ending)]
        if word[:1].isupper() and fold(word).endswith(ending) and _ADJECTIVE_STEM.search(fold(stem)):
            return stem
    return ""


@functools.lru_cache(maxsize=1024)  # a mail asks of the same role again and again
def _after_a_word(role: str) -> re.Pattern[str]:
    """The role written after a word (its group 1) and a blank: compiled once a role, not each call."""
    return re.compile(r"(\w+)\s+" + re.escape(role))


def _article_before(role: str, text: str) -> str:
    """The word written right before the role's first place in `text`, folded ("des"), or ""."""
    found = _after_a_word(role).search(text)
    return fold(found.group(1)) if found else ""


def declined(role: str, text: str, language: str) -> bool:
    """Whether the role as the mail writes it is a declined title: an adjective in a case's ending before
    a capitalised noun ("Kaufmännischen Geschäftsführerin"), a second form after a declining article
    ("Kanzlerin / des Kanzlers"), or a noun in the genitive after one ("des Geschäftsführers")."""
    articles = _declining_articles(language)
    if not articles:
        return False
    words = role.split()
    # Only the title's own words: after a small word ("Ausbildung zum Koch", "Stelle im Allgemeinen
    # Sozialen Dienst") the phrase that governs the case is inside the title.
    for i, word in enumerate(words):
        if word.isalpha() and word.islower():
            return i > 0 and words[i - 1] == "/" and fold(word) in articles
        if i + 1 < len(words) and _declined_adjective(word, language) and words[i + 1][:1].isupper():
            return True
    # The text is searched last: only a one-word title in a genitive's "s" needs it.
    return (len(words) == 1 and fold(words[0]).endswith("s") and words[0][:1].isupper()
            and _article_before(role, text) in articles)


def _stems(role: str, language: str) -> list[str]:
    """The role's first form as stems to look for: adjectives without their case's ending, nouns
    without a genitive's "s" or the feminine suffix ("Geschäftsführerin" -> "Geschäftsführer")."""
    first = re.split(r"\s*/\s*", role)[0]
    feminine = tables.table(language).get("feminine_title_suffix", "")
    stems = []
    for word in first.split():
        stem = _declined_adjective(word, language)
        if not stem:
            stem = word[:-1] if fold(word).endswith("rs") else word
            if feminine and fold(stem).endswith(feminine) and len(stem) > len(feminine) + 3:
                stem = stem[:-len(feminine)]
        stems.append(stem)
    return stems


def as_the_nominative(role: str, subject: str, body: str, language: str) -> str:
    """The declined role as the subject writes it in no case's form, or "" where it does not; any
    other role as it is. Not the body's: its other sentences name other people by the same title
    (the signer's "Kaufmännischer Leiter" under "die Position der Kaufmännischen Leiterin")."""
    if not role or not declined(role, body + "\n" + subject, language):
        return role
    stems = _stems(role, language)
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(s) + _ENDING for s in stems) + r"(?!\w)",
                         re.IGNORECASE)
    forms = {fold(form) for form in re.split(r"\s*/\s*", role)}
    for found in pattern.finditer(subject):
        written = found.group(0)
        if fold(written) not in forms and not declined(written, "", language):
            return written
    return ""
