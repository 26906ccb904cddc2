"""The drafts' fast paths of session 21 give exactly what the general code gives (issue 17: a
rejection read for its draft in 1 ms at most).

- `company_phrases.CUE_WORDS`: a slow client phrase is tried only where its word is; every text the
  phrase matches holds the word, in any case and look-alike letter re's IGNORECASE takes.
The whole readings before and after: bench/record_identity.py --dump / --against.
"""

from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from onward.drafts import company_phrases
from tests.test_drafts_fast_paths import _any_case

# What the client phrases and DECIDED are made of: names, their articles and the verbs of a decision.
_CLIENT_PIECES = st.sampled_from([
    "Acme Ltd", "Harlow Foods", "Nordfracht GmbH", "Maison Verlaine", "Unfortunately", "Leider", " ", "\n", ", ",
    ". ", "our client", "unser Kunde", "unser Mandant", "notre client", "nuestro cliente", "les", "the",
    "has decided", "have decided", "a décidé", "ont decide", "ha decidido", "han decidido", "hat sich",
    "haben sich", "für die Stelle", "entschieden", "regional", "die Firma",
])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_CLIENT_PIECES.flatmap(_any_case), max_size=8).map("".join))
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
