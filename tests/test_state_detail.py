"""A message's detail as the state file holds it: the short way for a detail of one text (a reason)
writes what json.dumps(ensure_ascii=False) writes, character for character; any other detail is
json.dumps's own."""

from __future__ import annotations

import enum
import json

from hypothesis import given, settings, strategies as st

from onward.daemon.state_schema import detail_json

# Any code point, surrogates and controls included (a header's bytes can carry both).
TEXT = st.text(st.characters(exclude_categories=()), max_size=40)


class Kind(enum.StrEnum):
    OTHER = "other"


VALUES = st.one_of(TEXT, st.integers(), st.floats(allow_nan=True), st.none(), st.booleans(),
                   st.just(Kind.OTHER), st.lists(TEXT, max_size=3), st.dictionaries(TEXT, TEXT, max_size=2))


@settings(max_examples=1500, deadline=None)
@given(detail=st.one_of(st.dictionaries(TEXT, TEXT, max_size=1), st.dictionaries(TEXT, VALUES, max_size=3),
                        st.builds(lambda key, value: {key: value}, st.one_of(TEXT, st.integers(), st.just(Kind.OTHER)),
                                  VALUES)))
def test_a_detail_is_written_as_json_dumps_writes_it(detail):
    expected = json.dumps(detail, ensure_ascii=False) if detail else None
    assert detail_json(detail) == expected


def test_the_usual_reasons():
    for reason in ("not job mail (no job word in its sender, subject or first lines)", "", 'a "quoted"\\ one',
                   "tab\there, line\nbreak, nul\x00, bell\x07, del\x7f", "Grüße, ñ, 日本, \u2028 \ud800 \U0001f600"):
        assert detail_json({"reason": reason}) == json.dumps({"reason": reason}, ensure_ascii=False)
    assert detail_json({}) is None and detail_json(None) is None
