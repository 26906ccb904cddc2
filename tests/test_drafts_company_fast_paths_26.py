"""The company's fast paths of session 25 give exactly what the general code gives (issue 17: a
rejection read for its draft in 1 ms at most).

- `company_phrases.DECIDED` says where its matches may start (a word's start, a capital): the same
  matches as the phrase without that lookahead.
- `company_phrases.CUE_WORDS`: the team phrases that open with a name or a word's end ("the Acme
  team", "Recruiting-Team der Acme") are tried only on the lines that hold the team's word; a phrase
  of ENDS_WITH_ITS_CUE ("the Acme team", "Acme has decided") only up to its last cue's word; the
  cue words are found in the lower-cased text, as the openings are.
- `company_phrases.cued_matches`: a phrase of OPENINGS, tried only where its case-blind opening
  words stand in the lower-cased text, finds the matches a scan of the whole text finds, at the same
  offsets; a text whose letters do not lower-case simply (`case_blind.ODD_CASES`) is scanned whole.
The whole readings before and after: bench/record_identity.py --dump / --against.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st

from onward.drafts import company_phrases
from tests.support.letter_case import any_case, assert_lower_casing_finds_what_ignorecase_finds

# The phrases' openings and what follows them, names, and the spaces, line breaks and word
# characters around them (a \b or a lookbehind sees the text before a place).
_PIECES = st.sampled_from([
    "Acme Ltd", "Harlow Foods", "Nordfracht GmbH", "Équipe", "the", "our client", "unser Kunde", "notre client",
    "interest in", "interested in", "careers at", "working with us at", "position at", "job with", "team",
    "Team at", "recruiting", "l'équipe RH de", "equipo de talento de", "Interesse an der", "Bewerbung bei der",
    "im Namen der", "chez", "au sein de la", "intérêt porté à", "formar parte de", "candidatura a",
    "la empresa", "feedback from", "heard back from", "Rückmeldung vom", "hiring manager at", "unseres",
    "at", "with", "bei", "en", "the company", "Recruiting-Team der", "Personalabteilung des", "Talent Team",
    "Bewerbermanagement von", "teams", "Teamwork", "has decided", "a décidé", "hat sich", "entschieden",
    "decidedly", "Unfortunately", " ", "  ", "\n", "\t", ", ", ". ", "x", "_", "-", "'", "\r\n",
])


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("c")) for m in matches]


# The look-alikes any_case writes ("ı", "İ", "ſ", "K") send most texts the slow way: each text is
# also tried with them written plainly, so that every example tries the fast path.
_PLAIN = str.maketrans({"İ": "I", "ı": "i", "ſ": "s", "\u212a": "K"})


@settings(max_examples=250, deadline=None)
@given(st.lists(_PIECES.flatmap(any_case), max_size=12).map("".join))
@example("Interest in Acme Ltd and interest in Harlow Foods")
@example("xat Acme Ltd, at Harlow Foods")
@example("all of us at Acme Ltd")
@example("İnterest in Acme Ltd")
@example("Our clienT Nordfracht GmbH")
@example("Acme Ltd\nTeam\nHarlow Foods Team")
@example("Das Recruiting-Team der Nordfracht GmbH")
@example("Acme Ltd has decided, Harlow Foods has decided\nUnfortunately Acme Ltd has decidedly")
@example("Acme Ltd Teamwork team Harlow Foods Team")
def test_a_phrase_tried_at_its_openings_or_on_its_word_s_lines_finds_what_the_whole_text_does(text):
    for text in {text, text.translate(_PLAIN)}:
        for pattern in [*company_phrases.OPENINGS, *company_phrases.CUE_WORDS]:
            assert _spans(company_phrases.cued_matches(pattern, text)) == _spans(pattern.finditer(text)), (
                pattern.pattern[:60], text)


def test_the_body_s_slow_phrases_have_their_openings():
    # The phrases the speed was measured with; one rewritten to open otherwise is scanned whole again.
    assert {*company_phrases.TEAM[1:3:2], *company_phrases.ANCHORED[:8], *company_phrases.CLIENT,
            company_phrases.LOOSE} <= company_phrases.OPENINGS.keys()
    assert company_phrases.TEAM[0] not in company_phrases.OPENINGS  # opens with a name
    assert company_phrases.ANCHORED[8] not in company_phrases.OPENINGS  # opens with a line's start


def test_an_optional_or_alternative_opening_is_none():
    assert company_phrases._opening(re.compile(r"(?i:the)?[ \t]+x")) is None
    assert company_phrases._opening(re.compile(r"(?i:the)x|y")) is None
    assert company_phrases._opening(re.compile(r"(?i:\W)x")) is None
    assert company_phrases._opening(re.compile(r"x(?i:the)")) is None
    assert company_phrases._opening(re.compile(r"(?i:a[)|]b|c)x")).pattern == r"a[)|]b|c"


def test_every_letter_of_the_openings_lower_cases_as_ignorecase_takes_it():
    # Any code point that a case-blind letter of an opening (or of a cue word) matches lower-cases to
    # that letter, and no other does, but for those case_blind.ODD_CASES names (a text holding one is read the
    # slow way). Lower-casing the rest keeps the offsets (one character for one; "İ" gives two) and
    # which characters are word characters and spaces (an opening's \b and \s see the lower-cased text).
    letters = {ch for opening in [*company_phrases.OPENINGS.values(), *company_phrases.CUE_WORDS.values()]
               for ch in opening.pattern if ch.isalpha()}
    everything, lowered = assert_lower_casing_finds_what_ignorecase_finds(letters)
    assert len(lowered) == len(everything)
    for kind in (r"\w+", r"\s+"):
        assert [m.span() for m in re.finditer(kind, everything)] == [m.span() for m in re.finditer(kind, lowered)]


# DECIDED as it was written before its starts were said first.
_DECIDED_AS_WRITTEN = re.compile(company_phrases.DECIDED.pattern.removeprefix(company_phrases.DECIDED_STARTS))


@settings(max_examples=250, deadline=None)
@given(st.lists(_PIECES.flatmap(any_case) | st.sampled_from(["eBay", "x9 Labs", "Leider", "As", "(Oslo)", "dann"]),
                max_size=12).map("".join))
@example("Unfortunately Acme Ltd has decided")
@example("UnfortunatelyAcme Ltd has decided")
@example("eBay has decided")
@example("Leider hat sich Nordfracht GmbH für die Stelle entschieden")
def test_the_decision_phrase_said_to_start_at_a_word_or_a_capital_finds_what_it_found(text):
    assert company_phrases.DECIDED.pattern != _DECIDED_AS_WRITTEN.pattern
    assert _spans(company_phrases.DECIDED.finditer(text)) == _spans(_DECIDED_AS_WRITTEN.finditer(text)), text
