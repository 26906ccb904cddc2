"""The drafts' fast paths of session 22 give exactly what the general code gives (issue 17: a
rejection read for its draft in 1 ms at most).

- `company_phrases.cued_matches`: a client phrase of CUE_WORDS tried only on the lines that hold its
  word finds the matches a scan of the whole text finds, at the same offsets.
- `company_scope.distinct_words` joins the words no name is told apart by once: the same words as
  the union made for each word.
The whole readings before and after: bench/record_identity.py --dump / --against.
"""

from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

import re

from onward.drafts import company_phrases, company_scope
from onward.drafts.company_keys import NAME_CONNECTORS, LEGAL_FORMS_AT_END, without_legal_form
from onward.drafts.lexicon import DEPARTMENT_WORDS, GROUP_WORDS, TITLE_WORDS, fold
from tests.support.letter_case import any_case

# Names, client words, decisions, and the line breaks and spaces around them.
_PIECES = st.sampled_from([
    "Acme Ltd", "Harlow Foods", "Nordfracht GmbH", "Maison Verlaine", "Unfortunately", "Leider", " ", "\n", "\t",
    ", ", ". ", "our client", "unser Kunde", "unser Mandant", "notre client", "nuestro cliente", "les", "the",
    "has decided", "have decided", "a décidé", "ha decidido", "hat sich", "haben sich", "für die Stelle",
    "entschieden", "regional", "die Firma", "decided", "Décidé", "client", "\r\n",
])


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("c")) for m in matches]


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES.flatmap(any_case), max_size=10).map("".join))
@example("Harlow Foods has decided\nAcme Ltd has decided")
@example("Leider\nNordfracht GmbH hat sich für die Stelle entschieden")
@example("our client\nAcme Ltd, notre client Maison Verlaine")
@example("decided decided\nHarlow Foods has decided")
def test_a_cued_phrase_on_its_word_s_lines_finds_what_the_whole_text_does(text):
    for pattern in [*company_phrases.CLIENT, *company_phrases.CLIENT_IF_SURE]:
        assert _spans(company_phrases.cued_matches(pattern, text)) == _spans(pattern.finditer(text)), (
            pattern.pattern[:60], text)


def test_the_decision_phrase_is_tried_on_its_line_alone():
    # The offsets are the whole text's: the names are read from where they are.
    text = "Dear Sam,\nthank you.\nHarlow Foods has decided to move on.\nBest, Acme Ltd"
    found = list(company_phrases.cued_matches(company_phrases.DECIDED, text))
    assert [m.group("c") for m in found] == ["Harlow Foods"]
    assert text[found[0].start("c"):found[0].end("c")] == "Harlow Foods"
    line = "Harlow Foods has decided to move on."
    assert company_phrases._lines_holding(company_phrases.DECISION_WORD, text) == (
        (text.index(line), text.index(line) + len(line)),)


def _distinct_words_as_first_written(name: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[\w'’-]+", without_legal_form(name))
            if len(w) >= 3 and fold(w) not in GROUP_WORDS | NAME_CONNECTORS | DEPARTMENT_WORDS | TITLE_WORDS
            and not w.islower() and not LEGAL_FORMS_AT_END.search(" " + w)}


_NAME_WORDS = st.sampled_from(sorted(GROUP_WORDS)[:40] + sorted(DEPARTMENT_WORDS)[:20] + sorted(TITLE_WORDS)[:20]
                              + ["Halvorsen", "Grupo", "Almenara", "GmbH", "Ltd", "des", "Saint-Roch", "GHP", "AG"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_NAME_WORDS.flatmap(lambda w: st.sampled_from([w, w.title(), w.upper()])), max_size=5).map(" ".join))
@example("Groupe Hospitalier Privé Saint-Roch")
def test_distinct_words_are_those_of_the_union_made_for_each_word(name):
    assert company_scope.distinct_words(name) == _distinct_words_as_first_written(name)
    assert company_scope._SHARED_WORDS == GROUP_WORDS | NAME_CONNECTORS | DEPARTMENT_WORDS | TITLE_WORDS
