"""The classifier's fast paths give exactly what the general code gives (they exist for speed only).

- `text.parse_sender` reads the usual From forms with one regex: it must equal email.utils.parseaddr
  on anything, the forms it reads itself and those it hands over.
- `features.normalise` folds accents on runs of non-ASCII characters only: the same as translating
  the whole text.
- An encoded header of one line with one "q" word is decoded without decode_header's loops: the same
  text as through decode_header.
- The evidence check reuses the batch's normalised text and sender names: the same verdict as
  working from the text alone.
- The decision phrases are one regex grouped by their first letters, each group a letter and its
  branches without it, matched with the character before instead of a look-behind, the kind read from
  an empty group after each kind's branches: the same matches, of the same kinds, as one long
  alternation of all branches in named groups.
- The words the checks around a decision phrase look for (a supposition, the past, a saved ad) are
  searched with the character before matched instead of a look-behind, and a sentence's bounds within
  a reach are read from the sentence found without one: the same answers as the look-behind
  patterns and the bounded search.
- The TF-IDF scores of several heads at once (the rejection model beside the kinds, in the scan) are
  summed in one bincount over (row, head) cells: bit for bit one bincount per head.
How much faster: bench/classify_speed.py.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import email.utils

import re

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from onward.classifier import corpus, features, message_text
from onward.classifier.counting import (CharGramCounter, Counts, TermCounter, counted_columns, counted_keys, named,
                                        tfidf_scores)
from onward.classifier.simple_mime import _LINES, _boundary, _boundary_lines, _lines, _part, simple_message
from onward.classifier.features import (_FOLD, _OTHER_LETTER, _top_branches, PHRASES, WORD, normalise,
                                        phrase_spans, sender_names, unnamed, unnamed_words, words_of)
from onward.classifier.model import _EVIDENCE_PREFIX, _has_evidence, _keeps_offsets
from onward.drafts.encoded_words import header_chunks
from onward.classifier.text import (_FOOTER_LINE, _FOOTER_PHRASES, _SIMPLE_SENDER, _WHITESPACE,
                                    _codec, _collapsed_whitespace, _content_charset, _decoded_words, _drop_footer_lines,
                                    _header_text, _same_length_lower, parse_sender)

# The characters that matter to an address parser, letters with and without accents, and odd spaces.
_HEADER_CHARS = st.sampled_from(list('abZ09 .@<>"\\(),:;[]-_+\'éßñ\u2009\u00a0\t'))
_PIECES = st.sampled_from(["", "Ana Díaz ", '"Díaz, Ana" ', "J. Smith", '""', "<", ">", "a@b.example",
                           "x.y@z.example", " ", "(c)", "Team <jobs@acme.example>"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.one_of(_HEADER_CHARS, _PIECES), max_size=12))
def test_parse_sender_is_parseaddr(pieces):
    value = "".join(pieces)
    assert parse_sender(value) == email.utils.parseaddr(value)


def test_parse_sender_is_parseaddr_on_every_corpus_sender():
    examples = corpus.load_corpus(corpus.TRAIN_DIR) + corpus.load_corpus(corpus.HELDOUT_DIR)
    values = [_header_text(email.message_from_bytes(e.raw), "From") for e in examples]
    assert sum(bool(_SIMPLE_SENDER.fullmatch(v)) for v in values) > 0.9 * len(values)  # the fast path is the usual one
    for value in values:
        assert parse_sender(value) == email.utils.parseaddr(value)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ éÉßœ’ñ\u0130Σς\n.") + [chr(c) for c in (0x2019, 0x00b4, 0x0142)]),
               max_size=60))
def test_normalise_folds_as_translating_the_whole_text(text):
    lowered = text.lower()
    assert normalise(text) == (lowered if lowered.isascii() else lowered.translate(_FOLD))


@settings(max_examples=800, deadline=None)
@given(subject=st.text(alphabet=st.sampled_from(list("ab yes no the Ü ß\n")), max_size=500),
       sender=st.sampled_from(["Ana Díaz ana diaz", "", "Acme careers acme", "ÉCOLE\u0130 x"]),
       body=st.text(alphabet=st.sampled_from(list("abc de no not ÉΣ.\n")), max_size=300))
def test_the_evidence_check_from_the_batch_is_that_of_the_text(subject, sender, body):
    text = f"{subject}\n{sender}\n{body}"
    normalised = normalise(text)
    assert _has_evidence(text, normalised, sender_names(normalised)) == _has_evidence(text)


@pytest.mark.parametrize("text, expected", [
    # The sender line ends after the prefix: the names it holds do not count against the prefix's words.
    ("zebra " * 3 + "the " * 97 + "\nzebra\nthe end", True),
    # Folding "ß" to "ss" moves the last words out of the first 400 characters, but the prefix is
    # taken from the text as it came: those words count.
    ("ß" * 10 + " " + "the " * 95 + "zeb zeb" + " the" * 10 + "\nAcme\nthe end", True),
    ("the " * 120 + "\nAcme\nzebra zebra zebra", False),
    # Accented letters fold one for one ("é" to "e"): the normalised text's first 400 characters are
    # the prefix's, and a word the cut splits counts no more than from the text as it came.
    ("é " * 10 + "the " * 92 + "zéb zéb zéb" + " the" * 10 + "\nAcme\nthe end", True),
    ("é " * 10 + "the " * 93 + "zéb zéb zéb" + " the" * 10 + "\nAcme\nthe end", False),
])
def test_the_evidence_check_reads_the_first_characters_of_the_text(text, expected):
    normalised = normalise(text)
    assert _has_evidence(text) is expected
    assert _has_evidence(text, normalised, sender_names(normalised)) is expected


@settings(max_examples=500, deadline=None)
@given(head=st.text(alphabet=st.sampled_from(list("ab éς’\n")), min_size=380, max_size=400),
       tail=st.text(alphabet=st.sampled_from(list("abé Σß\u0130")), max_size=30))
def test_a_text_that_keeps_its_offsets_has_the_normalised_prefix_of_its_prefix(head, tail):
    text = head + tail
    normalised = normalise(text)
    if _keeps_offsets(text, normalised):
        assert normalise(text[:_EVIDENCE_PREFIX]) == normalised[:_EVIDENCE_PREFIX]


def test_a_capital_sigma_before_the_cut_does_not_keep_the_offsets():
    # Lower-cased before the cut it ends a word ("ς"); in the whole text another letter follows ("σ").
    text = "a" * (_EVIDENCE_PREFIX - 1) + "ΣΣ"
    normalised = normalise(text)
    assert normalise(text[:_EVIDENCE_PREFIX]) != normalised[:_EVIDENCE_PREFIX]
    assert not _keeps_offsets(text, normalised)
    assert _keeps_offsets("é" * _EVIDENCE_PREFIX + "ΣΣ", normalise("é" * _EVIDENCE_PREFIX + "ΣΣ"))


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), str(m.lastgroup).split("_")[0]) for m in pattern.finditer(text)]


def _phrase_spans(text: str) -> list[tuple[int, int, str]]:
    return [(start, end, kind[1:]) for kind, start, end in phrase_spans(text)]


# All branches in one alternation, by kind, in the order PHRASES gives them: what the grouped regex
# must equal (a branch's leading "\b" is the look-behind's job in both).
_PLAIN = re.compile("(?<![a-z'])(?:" + "|".join(
    f"(?P<{kind[1:]}>{'|'.join(b.removeprefix(chr(92) + 'b') for b in _top_branches(pattern))})"
    for kind, pattern in PHRASES.items()) + ")")


def test_the_grouped_phrase_regex_matches_as_one_long_alternation_on_the_corpora():
    examples = [e for folder in (corpus.TRAIN_DIR, corpus.HELDOUT_DIR) for e in corpus.load_corpus(folder)]
    texts = [normalise(message_text(e.raw)) for e in examples]
    assert sum(bool(_spans(_PLAIN, t)) for t in texts) > len(texts) // 2  # the comparison has matches to compare
    assert [_phrase_spans(t) for t in texts] == [_spans(_PLAIN, t) for t in texts]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["ya ", "ha ", "han ", "sido ", "cubierta ", "tal ", "como ", "nos ", "pediste ",
                                 "not ", "selected ", "no ", "we ", "will ", "be ", "in ", "touch ", "you ",
                                 "declined ", "x", "'", ". ", "invite ", "to ", "an ", "interview ", "2",
                                 "unsuccessful", "é", "-", "\n"]),
                max_size=20))
def test_the_grouped_phrase_regex_matches_as_one_long_alternation_on_made_up_text(words):
    text = "".join(words)
    assert _phrase_spans(text) == _spans(_PLAIN, text)


def test_the_phrase_regex_reads_each_kind_from_the_winning_branch_on_hostile_text():
    # The kind comes from an empty group after each kind's branches, entered only once one has matched:
    # where a branch of one kind fails late and one of another kind then matches (a long "not ..."
    # of =against, then =received's "not yet been rejected"), the kind is the one that matched.
    texts = ["we have not yet been rejected", "not been selected", "not yet been selected",
             "you have decided to withdraw; we will not be moving forward. the role has been filled",
             "still under review, not successful", "n't " * 50 + "not " * 200 + "selected",
             "status: " * 40 + "rejected", "'not selected' and -not selected- 2not selected"]
    assert [_phrase_spans(t) for t in texts] == [_spans(_PLAIN, t) for t in texts]
    assert all(name.split("_")[0] in {kind[1:] for kind in PHRASES} for name in features.phrase_pattern().groupindex)


def _parsed(raw: bytes) -> email.message.Message:
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def _shape(msg: email.message.Message) -> tuple:
    """Everything of a parsed message that anything reads: headers, payload or parts, default type."""
    payload = [_shape(part) for part in msg.get_payload()] if msg.is_multipart() else msg.get_payload()
    return msg._headers, payload, msg.get_default_type(), msg.get_unixfrom()


def test_the_simple_parse_is_the_parsers_on_every_corpus_mail():
    raws = [e.raw for folder in (corpus.TRAIN_DIR, corpus.HELDOUT_DIR) for e in corpus.load_corpus(folder)]
    simple = [simple_message(raw) for raw in raws]
    assert sum(msg is not None and msg.is_multipart() for msg in simple) > len(raws) // 10  # both kinds
    assert sum(msg is not None and not msg.is_multipart() for msg in simple) > len(raws) // 2
    for raw, msg in zip(raws, simple):
        if msg is not None:  # a mail the split leaves to the parser is read by the parser
            assert _shape(msg) == _shape(_parsed(raw))


# Lines a message may be made of, usual and not: headers folded or not, an envelope line, a header
# without a name or with a space before its colon, non-ASCII bytes, boundaries right and wrong, and
# every kind of line end.
_MIME_LINES = st.sampled_from([
    b"From: Ana <a@b.example>", b"Subject: hello", b"Subject: =?utf-8?q?caf=C3=A9?=", b" folded on", b"\tfolded",
    b"Content-Type: text/plain; charset=utf-8", b"Content-Type: text/html", b'Content-Type: multipart/mixed; boundary="XX"',
    b"Content-Type: multipart/alternative; boundary=XX", b"Content-Type: multipart/digest; boundary=XX",
    b"Content-Type: message/rfc822", b"Content-Type: multipart/mixed", b"Content-Transfer-Encoding: base64",
    b"Content-Disposition: attachment", b"From someone Mon Jan 1", b": no name", b"Name : value", b"X-A:",
    b"--XX", b"--XX--", b"--XX  ", b"--XXY", b"--XX-- trailing", b"", b"", b"body text", b"caf\xc3\xa9",
    b"Subj\xe9ct: x", b"aGVsbG8=", b"=E9t=C3=A9"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_MIME_LINES, st.sampled_from([b"\n", b"\r\n", b"\r", b"\n", b"\r\n"])), max_size=16),
       st.booleans())
def test_the_simple_parse_is_the_parsers_on_made_up_messages(lines, last_line_end):
    raw = b"".join(line + end for line, end in lines)
    if lines and not last_line_end:
        raw = raw[:-len(lines[-1][1])]
    msg = simple_message(raw)
    if msg is not None:
        assert _shape(msg) == _shape(_parsed(raw))


# Header lines odd and usual for the field pattern of simple_mime._part: blank and folded values, blanks
# alone on a line, colons in values, names with every allowed character, an envelope line, no name.
_HEADER_BLOCK_LINES = st.sampled_from([
    "Subject: hello", "Subject:", "Subject:   ", "Subject:\t\tx", "X-A:b:c", " ", "\t ", " folded", "\tfolded: on",
    "From:x", "From x", "From ", ": no name", "Name : value", "!#$%&'*+-/09;<=>?@AZ[]^_`az{|}~: all", "", "body text",
    "caf\udce9: x", "Subject: caf\udce9", "a\x0bb: c", "X: a\x0cb"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_HEADER_BLOCK_LINES, st.sampled_from(["\n", "\r\n", "\r"])), max_size=10), st.booleans())
def test_the_header_fields_are_read_as_the_parser_reads_them(lines, last_line_end):
    text = "".join(line + end for line, end in lines)
    if lines and not last_line_end:
        text = text[:-len(lines[-1][1])]
    msg, body_start = _part(text)
    if msg is None:
        return  # the parser's turn
    parsed = email.message_from_string(text, policy=email.policy.compat32)
    assert msg._headers == parsed._headers  # the same names and values, in order
    assert text[body_start:] == parsed._payload  # as stored (get_payload would decode surrogates)


def test_the_header_fields_read_in_one_pass_hand_odd_blocks_to_the_parser():
    for text in ("From x Mon Jan 1\nSubject: a\n\nbody", " folded first\nSubject: a\n", ": no name\n", "Subject: caf\udce9\n"):
        assert _part(text)[0] is None
    msg, body_start = _part("Subject: a\r\n b\r\n\r\nbody\r\n")
    assert msg is not None and msg._headers == [("Subject", "a\r\n b")] and body_start == 18


def test_the_boundary_lines_are_those_the_boundary_test_finds_line_by_line():
    lines = ["--XX\n", "Content-Type: text/plain\n", "\n", "hi --XX\n", "--XXY\n", "--XX  \r\n", "--XX-- \n",
             "--XX-- trailing\n", "epilogue"]
    assert _boundary_lines(lines, "--XX") == [(0, False), (5, False), (6, True), (9, True)]
    assert _boundary_lines([], "--XX") == [(0, True)]  # only the end of the text
    for made_up in (lines[::2], lines[1::2], lines[::-1]):
        expected = [(i, closing) for i, line in enumerate(made_up) if (closing := _boundary(line, "--XX")) is not None]
        assert _boundary_lines(made_up, "--XX") == expected + [(len(made_up), True)]


def test_multiparts_cut_at_odd_places_are_split_as_the_parser_splits_them():
    head = b'Content-Type: multipart/mixed; boundary="XX"\n\npreamble\n'
    part = b"--XX\nContent-Type: text/plain\n\nhello\n"
    for body in (part, part + b"--XX", part + b"--XX\n", part + b"--XX--\nepilogue\n--XX\n\nlate\n", part * 3,
                 part + b"--XX\n--XX\n\nhi\n", b"--XX--\n" + part):
        msg = simple_message(head + body)
        if msg is not None:
            assert _shape(msg) == _shape(_parsed(head + body))
    assert simple_message(head + part + b"--XX\n--XX\n\nhi\n") is None  # a boundary right after another
    assert simple_message(head + b"--XX--\n" + part) is None  # the first boundary closes
    assert len(_parts_of(simple_message(head + part * 3))) == 3


def _parts_of(msg: email.message.Message | None) -> list:
    assert msg is not None and msg.is_multipart()
    return msg.get_payload()


def test_the_simple_parse_leaves_unusual_messages_to_the_parser():
    nested = (b'Content-Type: multipart/mixed; boundary="a"\n\n--a\nContent-Type: multipart/alternative; '
              b'boundary="b"\n\n--b\n\nhi\n--b--\n--a--\n')
    for raw in (b"From x Mon Jan 1\nSubject: a\n\nbody", b"Subject: caf\xc3\xa9\n\nbody", nested,
                b"Content-Type: multipart/mixed; boundary=a\n\nno boundary here\n"):
        assert simple_message(raw) is None
    assert message_text(nested) == "hi"  # the parser reads it


def test_a_mistake_of_the_simple_split_leaves_the_message_to_the_parser(monkeypatch):
    from onward.classifier import text

    raw = b"Subject: Your application\n\nWe decided not to move forward."
    monkeypatch.setattr(text, "simple_message", lambda data: 1 / 0)
    assert message_text(raw) == "Your application\n\nWe decided not to move forward."


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), max_size=30), min_size=1, max_size=8))
def test_counting_the_keys_is_plain_counting(rows):
    shape = (len(rows), 41)
    keys = np.array([row * 41 + column for row, columns in enumerate(rows) for column in columns], dtype=np.int32)
    at_once = counted_keys(keys.copy(), shape)
    # As plain counting gives them (rows from the rows' bounds among the keys, not from dividing each key).
    kept, counts = np.unique(keys, return_counts=True)
    assert np.array_equal(at_once.rows, kept // 41) and np.array_equal(at_once.columns, kept % 41)
    assert np.array_equal(at_once.counts, counts) and at_once.counts.dtype == np.float64
    assert at_once.rows.dtype == at_once.columns.dtype == np.int64


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), max_size=30), min_size=1, max_size=8))
def test_counting_each_texts_columns_is_counting_its_keys(rows):
    # The n-gram counter counts each text's columns without a row in the keys: the same entries, in the
    # same order, as counting row * columns + column keys (empty texts and a column ending one text and
    # starting the next included).
    shape = (len(rows), 41)
    columns = np.array([column for row in rows for column in row], dtype=np.int32)
    keys = np.array([row * 41 + column for row, row_columns in enumerate(rows) for column in row_columns],
                    dtype=np.int32)
    row_ends = np.cumsum([len(row) for row in rows])
    got, want = counted_columns(columns, shape, row_ends), counted_keys(keys, shape)
    for a, b in zip((got.rows, got.columns, got.counts), (want.rows, want.columns, want.counts)):
        assert np.array_equal(a, b) and a.dtype == b.dtype


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.lists(st.integers(0, 9), max_size=12), st.frozensets(st.sampled_from("abcdefghijkl"),
                                                                                     max_size=3)), max_size=6))
def test_the_strings_naming_their_texts_sender_are_those_of_a_test_one_by_one(texts):
    # Forms 0-9 are "a"-"j" ("k" and "l" are names no string has): a string names its own text's sender only.
    number_of = {letter: number for number, letter in enumerate("abcdefghij")}
    rows = np.array([row for row, (forms, _) in enumerate(texts) for _ in forms], dtype=np.int64)
    forms = np.array([form for forms, _ in texts for form in forms], dtype=np.int32)
    names = [row_names for _, row_names in texts]
    want = [("abcdefghij"[form] in names[row]) for row, form in zip(rows.tolist(), forms.tolist())]
    assert named(rows, forms, names, number_of).tolist() == want


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([b"a", b" ", b"\r", b"\n", b"\r\n", b"\v", b"\f", b"\x1c", b"\x1d", b"\x1e", b"\x85",
                                 "\u2028".encode(), b"\xe9"]), max_size=30))
def test_the_lines_of_a_raw_message_are_split_as_the_parser_splits_them(pieces):
    text = b"".join(pieces).decode("ascii", "surrogateescape")  # as simple_message reads raw bytes
    assert _lines(text) == _LINES.findall(text)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\r\f\v\u00a0\nab")), max_size=40))
def test_the_whitespace_pattern_replaces_as_the_plain_one(text):
    plain = re.compile(r"[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]")
    assert _WHITESPACE.sub(" ", text) == plain.sub(" ", text)
    assert _collapsed_whitespace(text) == plain.sub(" ", text)  # which skips the regex where it has nothing to do


# The footer phrases as one scan of the whole text with a look-behind, and the loop over its matches
# that _drop_footer_lines was: what the scan from line to line must equal.
_FOOTER_LOOKBEHIND = re.compile("(?<![a-z])(?:" + _FOOTER_PHRASES + ")")
# The footer phrases in one plain alternation, as the scan grouped by first letters must match them.
_FOOTER_PLAIN = re.compile("[^a-z](?:" + _FOOTER_PHRASES + ")")


def test_the_grouped_footer_regex_matches_as_one_long_alternation_on_the_corpus():
    # The whole raw mail: message_text has dropped the footer lines already.
    texts = ["\n" + _same_length_lower(e.raw.decode("utf-8", "replace")) for e in corpus.load_corpus(corpus.TRAIN_DIR)]
    plain = [[m.span() for m in _FOOTER_PLAIN.finditer(t)] for t in texts]
    assert sum(map(bool, plain)) > 50  # the comparison has matches to compare
    assert [[m.span() for m in _FOOTER_LINE.finditer(t)] for t in texts] == plain


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["unsubscribe", "opt-out", "opt out", "manage your ", "email ", "preferences",
                                 "privacy ", "policy", "this ", "message ", "e-mail ", "is ", "confidential",
                                 "nachricht ", "ist vertraulich", "correo ", "confidencial", "désabonner",
                                 "désinscription", "de ", "baja", "darse ", "x", " ", "\n", "-", "é", "."]),
                max_size=20))
def test_the_grouped_footer_regex_matches_as_one_long_alternation_on_made_up_text(pieces):
    text = "".join(pieces)
    assert [m.span() for m in _FOOTER_LINE.finditer(text)] == [m.span() for m in _FOOTER_PLAIN.finditer(text)]


def _footers_dropped_by_one_scan(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "\n".join(line.lower()[: len(line)].ljust(len(line)) for line in text.split("\n"))
    kept, position = [], 0
    for match in _FOOTER_LOOKBEHIND.finditer(lowered):
        start = text.rfind("\n", 0, match.start()) + 1
        if start < position:
            continue
        kept.append(text[position:start])
        end = text.find("\n", match.end())
        position = len(text) if end < 0 else end
    kept.append(text[position:])
    return "".join(kept)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["unsubscribe", "Unsubscribe", "opt-out", "privacy policy", "xprivacy policy",
                                 "this message is confidential", "message très confidentiel", " ", "\n", "a", "Z",
                                 "İ", "é", ".", "abmelden", "all rights reserved", "-"]), max_size=20))
def test_footer_lines_are_dropped_as_by_one_scan_of_the_text(pieces):
    text = "".join(pieces)
    assert _drop_footer_lines(text) == _footers_dropped_by_one_scan(text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["text/plain", "text/html", "; ", ";", " charset=", "charset*=", "utf-8", '"UTF-8"',
                                 "ISO-8859-1", "us-ascii''", "%E9", "'en'", "format=flowed", "é", "\\", '"', "=",
                                 "multipart/alternative", "boundary=x"]), max_size=8))
def test_the_charset_remembered_per_content_type_is_the_parts(pieces):
    first, second = email.message.Message(), email.message.Message()
    first["Content-Type"] = "".join(pieces)
    second["Content-Type"] = "".join(pieces)  # the second part with that value reads it from the cache
    assert _content_charset(first) == first.get_content_charset()
    assert _content_charset(second) == second.get_content_charset()


def test_the_charset_remembered_per_content_type_is_the_parts_on_every_corpus_part():
    raws = [e.raw for folder in (corpus.TRAIN_DIR, corpus.HELDOUT_DIR) for e in corpus.load_corpus(folder)]
    raws.append(b"Content-Type: text/plain; charset=\xe9\n\nbody")  # undecodable bytes: a Header, not cached
    parts = [part for raw in raws for part in _parsed(raw).walk()]
    assert len({part.get_content_charset() for part in parts}) >= 3  # none, and more than one charset
    assert [_content_charset(part) for part in parts] == [part.get_content_charset() for part in parts]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZz_0 9'-.\n\t") + ["é", "ß", "\u0130"]), max_size=40))
def test_the_words_of_an_ascii_text_are_those_of_the_letter_pattern(text):
    assert words_of(text) == WORD.findall(text)


def test_the_letters_beyond_a_to_z_are_those_the_letter_pattern_takes_on_every_code_point():
    every_character = "".join(map(chr, range(0x110000)))
    letters = set(re.findall(r"[^\W\d_]", every_character))
    assert letters == set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") | set(
        _OTHER_LETTER.findall(every_character))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZz_0 9'-.\n\t") + list("’“–€…éß²ºıα٣\u00a0\u0130")), max_size=40))
def test_the_words_of_a_text_beyond_ascii_are_those_of_the_letter_pattern(text):
    assert words_of(text) == WORD.findall(text)


def test_a_text_whose_only_characters_beyond_ascii_are_signs_is_read_with_the_plain_range(monkeypatch):
    class Unused:
        def findall(self, text):
            raise AssertionError("the general letter pattern was used")

    monkeypatch.setattr(features, "WORD", Unused())
    assert words_of(normalise("L’équipe — 50 € « merci »")) == ["equipe", "merci"]


_TOKENS = st.sampled_from(["claire", "claire,", "(claire)", "claire's", "claireville", "dubois.", "-dubois-", "_dubois",
                           "no", "no.", "thank", "you,", "«claire»", "2024", "", "...", "acme"])
_NAMES = st.frozensets(st.sampled_from(["claire", "dubois", "acme", "no", "zoe"]), max_size=3)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.tuples(st.lists(_TOKENS.filter(bool), max_size=12), _NAMES), min_size=1, max_size=5),
                min_size=1, max_size=4))
def test_leaving_the_senders_names_out_in_counting_is_counting_the_unnamed_tokens(batches):
    grams = ["<cl", "cla", "ire", "re>", "ois", "s.>", "(cl", "ain", "no>", "<no", "acm", "20", "e's", "<«c"]
    named, plain = CharGramCounter(grams, (2, 3)), CharGramCounter(grams, (2, 3))
    for batch in batches:  # one counter for all the batches: what it remembers between them must not matter
        token_lists, names = [tokens for tokens, _ in batch], [row_names for _, row_names in batch]
        got = named.counts(token_lists, names)
        want = plain.counts([unnamed(tokens, row_names) for tokens, row_names in batch])
        for a, b in zip((got.rows, got.columns, got.counts), (want.rows, want.columns, want.counts)):
            assert np.array_equal(a, b)


def test_a_token_is_left_out_only_for_a_name_of_its_own_text():
    counter = CharGramCounter(["<cl", "cla"], (3, 3))
    counts = counter.counts([["claire,", "claire"], ["(claire)"], ["claire"]], [frozenset({"claire"}), frozenset(),
                                                                              frozenset({"dubois"})])
    # Text 0's tokens are both its sender's name; "(claire)" of text 1, whose sender has no name, has "cla" but
    # not "<cl"; "claire" of text 2, whose sender is another, has both.
    assert (counts.rows.tolist(), counts.columns.tolist(), counts.counts.tolist()) == ([1, 2, 2], [1, 0, 1], [1, 1, 1])


_WORDS = st.sampled_from(["claire", "dubois", "acme", "not", "selected", "we", "regret", "=against"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.tuples(st.lists(_WORDS, max_size=10), _NAMES), min_size=1, max_size=5),
                min_size=1, max_size=4))
def test_leaving_the_senders_names_out_in_counting_is_counting_the_unnamed_words(batches):
    # Runs of two and three words too: a name left out joins the words either side of it into a run.
    terms = ["not", "selected", "not selected", "we regret", "regret not", "we not", "we regret not",
             "claire dubois", "dubois", "acme", "~selec", "=against", "not selected we"]
    named, plain = TermCounter(terms, triples=True), TermCounter(terms, triples=True)
    for batch in batches:  # one counter for all the batches: what it remembers between them must not matter
        word_lists, names = [words for words, _ in batch], [row_names for _, row_names in batch]
        got = named.counts(word_lists, names)
        want = plain.counts([unnamed_words(words, row_names) for words, row_names in batch])
        for a, b in zip((got.rows, got.columns, got.counts), (want.rows, want.columns, want.counts)):
            assert np.array_equal(a, b)


def test_a_word_left_out_as_a_name_joins_its_neighbours_into_a_run():
    counter = TermCounter(["we regret", "claire"], triples=False)
    counts = counter.counts([["we", "claire", "regret"], ["we", "claire", "regret"]], [frozenset({"claire"}), frozenset()])
    assert (counts.rows.tolist(), counts.columns.tolist()) == ([0, 1], [0, 1])


# Pieces of header values around encoded words, usual and not: several words, the other encoding,
# charsets known and not, blanks and line ends between, "?" and "=" loose, bytes past ASCII.
_HEADER_PIECES = st.sampled_from([
    "=?utf-8?q?caf=C3=A9?=", "=?UTF-8?Q?Ihre_Bewerbung_=E2=80=93_x?=", "=?iso-8859-1?q?r=E9sum=E9?=",
    "=?utf-8?b?Y2Fmw6k=?=", "=?utf-8?B?Y2Fmw6k?=", "=?x-unknown?q?a=FFb?=", "=??q?a?=", "=?utf-8?q??=",
    "=?utf-8?q?a_b?c?=", "=?utf-8*en?q?x?=", "=?utf-8?q?=E2=80?=", "=?utf-8?q?x=?=", "=?utf-8?q?=3D41=e9?=",
    "=?utf-8?q?==41=4?=", "=?utf-8?q?a=\x7f=g1?=", "=?", "?=", "=?utf-8?q?", "Re:", "[12]",
    " ", "  ", "\t", "\n ", "\r\n\t", "\v", "\x1c", "é", "Ana <a@b.example>", "x", "_", "=41", "=3F"])


def _slow_decoded_words(value: str) -> str:
    """classifier.text._decoded_words as it was, decode_header's chunks read one by one."""
    pieces: list[str] = []
    previous_encoded = None
    for chunk, charset in email.header.decode_header(value):
        encoded = charset is not None
        if pieces and encoded != previous_encoded:
            pieces.append(" ")
        pieces.append(chunk.decode(_codec(charset), "replace") if isinstance(chunk, bytes) else chunk)
        previous_encoded = encoded
    return "".join(pieces)


def _slow_or_error(value: str) -> str:
    try:
        return _slow_decoded_words(value)
    except Exception as exc:
        return type(exc).__name__


@settings(max_examples=3000, deadline=None)
@given(st.lists(_HEADER_PIECES, max_size=6))
def test_encoded_words_are_read_as_decode_header_reads_them(pieces):
    value = "".join(pieces)
    assert header_chunks(value) in (None, email.header.decode_header(value))
    try:
        fast = _decoded_words(value)
    except Exception as exc:
        fast = type(exc).__name__
    assert fast == _slow_or_error(value)


def test_the_fast_reading_is_the_usual_one_for_the_corpus_encoded_headers():
    raw_values = [str(email.message_from_bytes(e.raw).get(name, "")) for e in corpus.load_corpus(corpus.TRAIN_DIR)
                  for name in ("Subject", "From", "To")]
    encoded = [v for v in raw_values if "=?" in v]
    assert sum(header_chunks(v) is not None for v in encoded) > len(encoded) // 2  # the fast path is the usual one
    for value in encoded:
        assert _decoded_words(value) == _slow_decoded_words(value)


def _scores_head_by_head(counts: Counts, idf: np.ndarray, coef: np.ndarray) -> np.ndarray:
    """tfidf_scores's definition for several heads: the one-head sums, one bincount per head."""
    weights = np.log(counts.counts)
    weights += 1.0
    weights *= idf[counts.columns]
    n_rows = counts.shape[0]
    norms = np.sqrt(np.bincount(counts.rows, weights * weights, minlength=n_rows).astype(np.float64))
    picked = coef[counts.columns]
    dots = np.stack([np.bincount(counts.rows, weights * picked[:, k], minlength=n_rows).astype(np.float64)
                     for k in range(coef.shape[1])], axis=1).reshape(n_rows, coef.shape[1])
    return np.divide(dots, norms[:, None], out=np.zeros_like(dots), where=norms[:, None] > 0)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.lists(st.integers(0, 9), max_size=30), max_size=6), heads=st.integers(1, 8),
       seed=st.integers(0, 2**32 - 1), single=st.booleans())
def test_the_scores_of_several_heads_are_those_of_each_head(rows, heads, seed, single):
    random = np.random.default_rng(seed)
    entries = [(row, column) for row, columns in enumerate(rows) for column in columns]
    counts = counted_keys(np.array([row * 10 + column for row, column in entries], dtype=np.int64), (len(rows), 10))
    idf = random.uniform(1.0, 9.0, 10)
    coef = random.normal(0.0, 3.0, (10, heads)).astype(np.float32 if single else np.float64)
    if not single:  # weights far apart in size, and zeros: sums whose order would show
        coef[random.random((10, heads)) < 0.2] = 0.0
        coef *= 10.0 ** random.integers(-8, 9, (10, heads))
    layout = random.integers(0, 3)
    if layout == 1:
        coef = np.asfortranarray(coef)  # as the kinds head's transposed weights come
    elif layout == 2:  # the joint pass's kinds head: the columns after the first of a row-major matrix
        joint = np.empty((10, heads + 1), dtype=coef.dtype)
        joint[:, 1:] = coef
        coef = joint[:, 1:]
    expected = _scores_head_by_head(counts, idf, coef)
    found = tfidf_scores(counts, idf, coef)
    assert found.dtype == expected.dtype == np.float64 and found.shape == expected.shape
    assert found.tobytes() == expected.tobytes()


# The words the decision's checks look for around it (`features._PAST`, `_SUPPOSING`, `_SAVED_AD`), pieces of
# them, and what stands around words: text where a look-behind and the character before could differ.
_CHECK_PIECES = st.sampled_from(["last year", "in the past", "a few months ago", "damals", "l'an passe", "hace un ano",
                                 "if", "even if", "should", "si vous", "si", "falls", "sein sollte", "saved jobs",
                                 "you've saved", "a expire", "ha caducado", "abgelaufen", "job alert", "x", "'", " ",
                                 ".", ",", "\n", "e", "ae", "2", "-"])


@settings(max_examples=3000, deadline=None)
@given(pieces=st.lists(_CHECK_PIECES, max_size=14), low=st.integers(0, 60), high=st.integers(0, 60),
       which=st.sampled_from(["_PAST", "_SUPPOSING", "_SAVED_AD"]))
def test_the_words_at_a_word_start_are_found_as_with_a_look_behind(pieces, low, high, which):
    text = "".join(pieces)
    words = getattr(features, which)
    low = min(low, len(text))
    assert words.occurs(text, low, high) == (re.compile(words.pattern).search(text, low, high) is not None)


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab .!?\n")), max_size=80), start=st.integers(0, 80),
       length=st.integers(0, 10), reach=st.integers(0, 40))
def test_a_sentence_within_reach_is_the_one_found_with_the_reach(text, start, length, reach):
    start = min(start, len(text))
    end = min(start + length, len(text))
    found = features._sentence_around(text, start, end)
    assert features._within_reach(found, start, end, reach) == _sentence_looked_for_within(text, start, end, reach)


def _sentence_looked_for_within(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The sentence around text[start:end], looking at most `reach` characters either side (as the
    past-tense check once found it: the definition _within_reach is held to)."""
    low, high = max(0, start - reach), min(len(text), end + reach)
    before = max(text.rfind(mark, low, start) for mark in ".!?\n")
    after = re.compile(r"[.!?\n]").search(text, end, high)
    return before + 1, after.start() if after else high


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab .,;:!?\n")), max_size=60), low=st.integers(0, 60),
       start=st.integers(0, 60))
def test_the_last_clause_end_is_the_last_of_any_mark(text, low, start):
    found = features._LAST_CLAUSE_END.search(text, low, start)
    assert (found.start() if found else -1) == max(text.rfind(mark, low, start) for mark in ".,;:!?\n")
