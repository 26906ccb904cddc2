"""The first stage's word search (prefilter.WordSearch) finds, in any text, the word that one regex
of the words (`plain`, the definition) finds first, and the first stage's verdict and reason are
those of a first stage searching with that regex: on adversarial text and on every labelled set.
The header block and a multipart body are cut as before. Pure functions, no server."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings, strategies as st

from onward.classifier import corpus, prefilter
from tests.support.mail import message

SETS = {"train": corpus.TRAIN_DIR, "heldout": corpus.HELDOUT_DIR,
        "independent": corpus.CORPUS_DIR / "independent"}


def _first(words: prefilter.WordSearch, text: str) -> str | None:
    found = words.plain.search(text)
    return found.group() if found else None


class _PlainSearch:
    """A word search by the definition alone."""

    def __init__(self, words: prefilter.WordSearch):
        self.plain = words.plain

    def search(self, text: str) -> str | None:
        found = self.plain.search(text)
        return found.group() if found else None


def _by_the_definition(screen: prefilter.Screen) -> prefilter.Screen:
    return dataclasses.replace(screen, job=_PlainSearch(screen.job), personal=_PlainSearch(screen.personal))


# What the image of a text (prefilter._image) could get wrong: accents and umlauts written out,
# word starts and ends ("_" is a word character to \b, a combining accent is not), words inside
# others, non-ASCII letters past latin-1 (encoded as "?"), letters that lower() turns into ASCII or
# into two characters (the Kelvin sign, the dotted I), "ß" and its capital, letters and digits of
# latin-1 the word lists never use, capitals (the first stage lowers, this search need not).
_ADVERSARIAL = st.sampled_from([
    "job", "jobs", "jöb", "joeb", "jo", "b", "bewerbung", "initiativbewerbung", "bèwerb", "rückmeldung",
    "rueckmeldung", "ruckmeldüng", "ruëckmeldung", "candidat", "candidature", "cándidat", "human",
    "resources", "human resources", "human_resources", "people  team", "role", "roles", "roleé",
    "cargo", "cargoe", "cargö", "hr", "cv", "cvs", "stelle", "ſtelle", "stellenanzeige", "ausbildung",
    "aeusbildung", "äusbildung", "position", "empleo", "emploi", "lehrlings", "curriculum", "cürriculüm",
    "ihr interesse an", "ihr", "interesse", "an", "your interest in", "your", "start date", "next step",
    "gespräch", "vorstellungsgesprach", "leider", "else", "filled", "going with", "weiß", "weiss",
    "ß", "ẞ", "\u212a", "K", "İ", "ı", "i\u0307", "e\u0301", "œ", "ł", "о", "ω", "日本", "’", "—", "😀",
    "\u00a0", "\u2028", "ª", "º", "µ", "²", "×", "ÿ", "ø", "å", "_", "-", " ", "  ", "\n", ".", "?",
    "é", "ä", "ö", "ü", "ae", "oe", "ue", "e", "x", "1", "à", "Ç", "ç", "c", "s", "ñ", "n", "JOB", "Job",
])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ADVERSARIAL, max_size=14), st.booleans())
def test_the_shipped_word_search_finds_what_one_regex_of_the_words_finds(pieces, lower):
    text = "".join(pieces)
    text = text.lower() if lower else text
    shipped = prefilter.default_screen()
    for words in (shipped.job, shipped.personal):
        assert words.search(text) == _first(words, text)


# Word lists of their own: words of a few letters (a, o and u take an "e" after them; e, s and c
# have forms), whole, starting others or inside them, some two words long, in text of the same
# letters, their forms, gaps and word characters that are not letters.
_LETTERS = "aouescb"
_WORD = st.text(_LETTERS, min_size=1, max_size=4)
_ENTRY = st.builds(lambda first, second, kind: kind.format(f"{first} {second}".strip()),
                   _WORD, st.one_of(st.just(""), _WORD), st.sampled_from(["{}", "{}*", "*{}*"]))
_TEXT = st.lists(st.sampled_from([*_LETTERS, "ae", "oe", "ue", "ä", "ö", "ü", "é", "ß", "ç", "à", " ", "  ",
                                  "_", "-", "1", "x", "œ", "\u0301", "\u212a", "C", "É"]), max_size=30)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ENTRY, min_size=1, max_size=6), _TEXT)
def test_any_word_list_is_searched_as_one_regex_of_its_words_finds(entries, pieces):
    words = prefilter.compile_words(entries)
    text = "".join(pieces)
    assert words.search(text) == _first(words, text)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ENTRY, min_size=1, max_size=6), st.data())
def test_overlapping_words_are_found_in_the_order_one_regex_finds_them(entries, data):
    # The text made of the entries' own words, their forms and gaps: words that overlap, where a
    # start found late must still be tried before a start found early (the search's order).
    words = prefilter.compile_words(entries)
    spelled = [entry.strip("*") for entry in entries]
    pieces = data.draw(st.lists(st.sampled_from([*spelled, *[w[1:] for w in spelled if len(w) > 1], " ", "_",
                                                 "ae", "ä", "e", "x"]), max_size=8))
    text = "".join(pieces)
    assert words.search(text) == _first(words, text)


def test_a_word_that_starts_first_wins_over_one_found_first():
    # The automaton reports "b" (or "man") before the longer word around it ends.
    assert prefilter.compile_words(["*ab c*", "*b*"]).search("ab c") == "ab c"
    assert prefilter.compile_words(["*human resources*", "*man*"]).search("human resources") == "human resources"


def test_each_kind_of_word_is_found_through_its_forms_and_gaps():
    words = prefilter.compile_words(["ruckmeldung*", "cargo", "*bewerb*", "human resources", "stelle"])
    assert words.search("ihre rückmeldung") == "rückmeldung"
    assert words.search("ihre rueckmeldungen") == "rueckmeldung"  # a word starting so: its start
    assert words.search("el cargoe.") == "cargoe"
    assert words.search("el cargos") is None  # a whole word only
    assert words.search("die initiativbèwerbung") == "bèwerb"
    assert words.search("human -- resources") == "human -- resources"
    assert words.search("humanresources") is None
    assert words.search("ſtelle stelle") == "stelle"  # the long s is no form of "s"
    assert words.search("") is None
    assert prefilter.compile_words([]).search("job") is None


# The window's edge: a word cut by it, or ending right at it.
_EDGE_WORDS = st.sampled_from(["Bewerbung", "job", "Rückmeldung", "human resources", "hr", "leider", "Ihr Interesse an"])


@settings(max_examples=300, deadline=None)
@given(st.integers(prefilter.WINDOW - 20, prefilter.WINDOW + 5), _EDGE_WORDS, st.booleans())
def test_the_first_stage_says_what_it_said_with_one_regex_of_the_words_at_the_windows_edge(at, word, bulk):
    shipped = prefilter.default_screen()
    body = "x" * (at - 1) + " " + word + " rest\n"
    raw = message(7, subject="hello", body=body)
    if bulk:  # only job words count
        raw = raw.replace(b"MIME-Version:", b"List-Id: <news.example>\r\nMIME-Version:")
    assert shipped.reason(raw) == _by_the_definition(shipped).reason(raw)


@pytest.mark.parametrize("name", SETS)
def test_the_first_stage_says_what_it_said_with_one_regex_of_the_words_on_each_labelled_set(name):
    shipped = prefilter.default_screen()
    reference = _by_the_definition(shipped)
    examples = corpus.load_corpus(SETS[name])
    differ = [e.id for e in examples if shipped.reason(e.raw) != reference.reason(e.raw)]
    assert differ == []


# The header block and the body, and the parts of a multipart body, cut with bytes.find as the
# regex and bytes.split cut them: line ends of any kind, a blank line at the very start, none.
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BYTES = st.lists(st.sampled_from([b"\r", b"\n", b"\r\n", b"\n\n", b"\r\n\r\n", b"x", b"Subject: a", b"--b",
                                   b"--b--", b"-", b"b"]), max_size=16).map(b"".join)


@settings(max_examples=2000, deadline=None)
@given(_BYTES)
def test_a_message_is_split_at_the_first_blank_line_as_the_regex_found_it(raw):
    found = _BLANK_LINE.search(raw)
    assert prefilter._split(raw) == ((raw[:found.start()], raw[found.end():]) if found else (raw, b""))


@settings(max_examples=1000, deadline=None)
@given(_BYTES, st.sampled_from([b"--b", b"--", b"\r\n--b", b"x"]))
def test_a_multipart_body_is_cut_into_the_pieces_split_cut(body, delimiter):
    assert list(prefilter._pieces(body, delimiter)) == body.split(delimiter)[1:]
