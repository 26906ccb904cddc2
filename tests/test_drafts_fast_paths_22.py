"""The drafts' fast paths of session 21 give exactly what the general code gives (issue 17: a
rejection read for its draft in 1 ms at most).

- `company_phrases.CUE_WORDS`: a slow client phrase is tried only where its word is; every text the
  phrase matches holds the word, in any case and look-alike letter re's IGNORECASE takes.
- `company._an_office` compares a name only with the office titles its first word opens: the same
  answer as comparing it with every title.
- `role_shape.names_a_programme` makes the compound endings once: the same answer as for each word.
- `role._post_matches`: the phrases about the post matched once a text, for the titles voted for and
  the spans a body word may change: every phrase's matches, in the phrases' order.
The whole readings before and after: bench/record_identity.py --dump / --against.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings, strategies as st

from onward.drafts import company, company_phrases, role, role_shape
from onward.drafts.lexicon import PROGRAMME_WORDS, fold
from tests.support.letter_case import any_case

# What the client phrases and DECIDED are made of: names, their articles and the verbs of a decision.
_CLIENT_PIECES = st.sampled_from([
    "Acme Ltd", "Harlow Foods", "Nordfracht GmbH", "Maison Verlaine", "Unfortunately", "Leider", " ", "\n", ", ",
    ". ", "our client", "unser Kunde", "unser Mandant", "notre client", "nuestro cliente", "les", "the",
    "has decided", "have decided", "a décidé", "ont decide", "ha decidido", "han decidido", "hat sich",
    "haben sich", "für die Stelle", "entschieden", "regional", "die Firma",
])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_CLIENT_PIECES.flatmap(any_case), max_size=8).map("".join))
@example("Harlow Foods has decided to move on")
@example("NORDFRACHT GMBH HAT SICH FÜR EINE ANDERE PERSON ENTSCHIEDEN")
@example("Maison Verlaine a DÉCIDÉ d'arrêter")
@example("notre client, les Laboratoires Dumont")
def test_a_cued_phrase_matches_only_where_its_word_is(text):
    for pattern, cue in company_phrases.CUE_WORDS.items():
        if pattern.search(text):
            assert cue.search(text), (pattern.pattern[:60], text)


def test_the_decision_phrase_is_cued_and_its_cue_is_rare():
    # The cue must be cheaper than the phrase because it declines most mail: a thank-you has no decision.
    cue = company_phrases.CUE_WORDS[company_phrases.DECIDED]
    assert cue.search("Acme Ltd has decided not to proceed")
    assert not cue.search("Thank you for your interest in Acme Ltd. We will not move forward.")


# The words that make the office titles and the programme words, with others and their case changed.
def _table_words(phrases) -> st.SearchStrategy[str]:
    words = sorted({w for p in phrases for w in p.split()})
    return st.lists(st.one_of(st.sampled_from(words), st.sampled_from(["acme", "of", "de", "s", "x", "Praktikum"])),
                    max_size=5)


@settings(max_examples=2000, deadline=None)
@given(_table_words([" ".join(t) for t in company._OFFICE_TITLES]))
def test_an_office_is_the_comparison_with_every_title(folded):
    # by first word, as the test of each title in turn was
    each_title = any(tuple(folded[:len(title)]) == title for title in company._OFFICE_TITLES)
    assert company._an_office(folded) == each_title


def _names_a_programme_by_each_word(text: str) -> bool:
    """role_shape.names_a_programme as it was written first: the endings made for each word."""
    words = role_shape._LETTERS.findall(fold(text))
    return any(f" {p} " in f" {' '.join(words)} " for p in PROGRAMME_WORDS if " " in p) or any(
        word in PROGRAMME_WORDS or any(len(p) >= 6 and word.endswith((p, p + "s")) for p in PROGRAMME_WORDS)
        for word in words)


@settings(max_examples=2000, deadline=None)
@given(_table_words(PROGRAMME_WORDS).map(lambda words: " ".join(words)), st.sampled_from(["", "s", "Pflicht", "-"]))
@example("Traineeprogramms Finance", "")
def test_names_a_programme_is_the_test_of_each_word(text, affix):
    for variant in (text, affix + text, text + affix, text.title()):
        assert role_shape.names_a_programme(variant) == _names_a_programme_by_each_word(variant)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_the_post_phrases_are_matched_once_for_titles_and_spans(language):
    texts = [
        "Thank you for applying for the Data Analyst position at Acme.",
        "Vielen Dank für Ihre Bewerbung als Referent/in Presse bei uns und für die Stelle als Aktuar.",
        "Merci pour votre candidature au poste de Chargé(e) de communication.",
        "Gracias por tu postulación al puesto de Jefa de Tienda en Grupo Alcor.",
    ]
    for text in texts:
        each_phrase = [(m.span(), m.group("r"), w) for p, w, *_ in role._patterns(language) for m in p.finditer(text)]
        assert [(m.span(), m.group("r"), w) for m, w in role._post_matches(text, language)] == each_phrase
