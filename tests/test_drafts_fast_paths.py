"""The drafts' fast paths give exactly what the general code gives (they exist for speed only: a
scan's workers read every job mail with them, issue 17).

- `tables.fold` drops combining marks with str.translate and a table that learns each code point
  once (and stops learning past its cap): the same as testing each character in Python; the
  answers it keeps (a bounded number of words, the last few whole texts) are the same too.
- `sanitize.fix_surrogates` finds surrogate escapes with a regex: the same test as the loop.
- `addresses.is_ats_domain` looks the domain and its parents up in a set: the same as comparing it
  with every vendor domain and its subdomains.
- `facts._team_suffixed` first looks for any "-team" in the text: the same answer as the name's
  own pattern alone.
- `mime_text.Headers` goes through a message's fields once: the same header, addresses and date
  as `mime_text.header`, `.addresses` and `.date`, which go through them at each ask.
- `mime_text.parse` parses each header field value once, and keeps a bounded number of the short
  ones across messages (policy.default parses anew at each ask): the same message, part for part
  and header for header, as policy.default, on hostile mail.
- `mime_text.addresses` reads a header of one plain mailbox with one regex, and one whose display
  name is one encoded-word by decoding that word strictly: the same display name and address as
  the RFC 5322 parser, which reads every other header.
- `language.scores` looks each word's languages up once: the same counts as asking every language.
- `name_shape._is_name_token` tests a token's letters in C, `_is_office_compound` all the endings
  at once before each: the same answers as testing each character, each ending; `facts`' test of
  a sender's domain label for an agency word makes the label's forms once: the same answer.
- `stage.detect` first looks for what every mention of a conversation holds: declines only a text
  in which the pattern finds none, whatever its case and look-alike letters.
The whole records, kinds and drafts of a scan, before and after: bench/worker_cost.py --against.
"""

from __future__ import annotations

import email
import email.policy
import re
import unicodedata

from hypothesis import example, given, settings, strategies as st

from onward.drafts import addresses, facts, language, mime_text, name_shape, sanitize, stage, tables
from onward.drafts.bounds import bound_message
from tests.support.hostile import BOUNDED, messages
from tests.support.letter_case import any_case

# Letters with and without accents, combining marks alone, other scripts, and what NFKD expands.
_FOLD_CHARS = st.sampled_from(list("aZ éÉßœñ\u0130Σς\u0301\u0308\u0327\u05b0\u0e31\u3099ﬁ½Åǅ\u1e9e") +
                              ["\u00e9\u0301", "Ĳ", "\U0001d400"])


def _fold_by_characters(text: str) -> str:
    """tables.fold as it was written first: each character tested in Python."""
    text = text.casefold()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(), st.lists(_FOLD_CHARS, max_size=30).map("".join)))
def test_fold_is_the_character_by_character_fold(text):
    assert tables.fold(text) == _fold_by_characters(text)


def test_fold_stays_right_once_its_table_is_full():
    # Every code point of the first planes: the table stops learning at its cap, the answers do not change.
    every = "".join(chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c <= 0xDFFF)
    assert tables.fold(every) == _fold_by_characters(every)
    assert len(tables._NOT_COMBINING) <= tables._CODES_REMEMBERED
    for text in ("Équipe", "Zürich\u0301", "\U000e0100x\u0345"):
        assert tables.fold(text) == _fold_by_characters(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=8), st.lists(_FOLD_CHARS, max_size=150).map("".join)), max_size=20))
def test_fold_kept_answers_are_the_fold(texts):
    # Asked again (a kept answer) or after the kept ones were cleared: the same as folding afresh.
    for text in texts + texts[::-1] + texts:
        assert tables.fold(text) == _fold_by_characters(text)


def test_fold_keeps_a_bounded_number_of_answers():
    for i in range(3 * tables._WORDS_KEPT):
        assert tables.fold(f"Wört{i}") == f"wort{i}"
    for i in range(3 * tables._TEXTS_KEPT):
        assert tables.fold(f"Équipe {i} " * 50) == f"equipe {i} " * 50
    assert len(tables._FOLDED_WORDS) <= tables._WORDS_KEPT
    assert len(tables._FOLDED_TEXTS) <= tables._TEXTS_KEPT
    assert all(len(text) <= tables._WORD_LONGEST for text in tables._FOLDED_WORDS)


def _name_token_by_characters(token: str) -> bool:
    """name_shape._is_name_token as it was written first: each character tested in Python."""
    core = token.strip("'’")
    return (len(core) >= 2 and core[0].isupper() and core[0].isalpha() and not core.isupper()
            and all(ch.isalpha() or ch in "-'’" for ch in core))


_NAME_CHARS = st.sampled_from(list("AaZzÉéßÅǅ-'’ .1_²½\u0301\u3099ΣσИи"))


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(max_size=12), st.lists(_NAME_CHARS, max_size=12).map("".join)))
@example("Anne-Marie")
@example("O'Neil")
@example("'-")
def test_name_token_is_the_character_by_character_test(token):
    assert name_shape._is_name_token(token) == _name_token_by_characters(token)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.text(max_size=20), st.sampled_from(name_shape._COMPOUND_ENDINGS).flatmap(
    lambda end: st.text(alphabet="abcüß", max_size=8).map(lambda start: start + end))))
def test_office_compound_is_the_test_of_each_ending(word):
    every_ending = word.isalpha() and any(word.endswith(end) and len(word) >= len(end) + 4
                                          for end in name_shape._COMPOUND_ENDINGS)
    assert name_shape._is_office_compound(word) == every_ending


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["north", "point", "staffing", "ett", "rh", "laborplus", "people", "-", "copper",
                                 "kettle", "cafe", "interim", "x"]), max_size=6).map("".join))
def test_agency_label_is_the_test_of_each_word(label):
    each_word = any(word in label.replace("-", "") if len(word) >= 4 else word in label.split("-")
                    for word in facts._squashed_agency_words())
    assert facts._spells_an_agency_word(label) == each_word


_MENTIONS = st.sampled_from(["interviews", "final round", "on-site", "phone screen", "our call", "chatted",
                             "conversation", "speaking with", "spoke with", "meeting with", "met with",
                             "coming in", "seminar", "panel", "gespräch", "kennenlernen", "kennengelernt",
                             "telefonat", "termin", "entretien", "échanges", "rencontre", "rencontré",
                             "entrevistas", "conversación", "reunión", "conocerte", "conocerle", "llamada"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.one_of(_MENTIONS.flatmap(any_case), st.text(alphabet="aeiklnorst \n.İıſ\u0307", max_size=6)),
                max_size=6).map("".join))
@example("Vielen Dank für das nette Kennenlernen.")
def test_stage_precheck_passes_every_mention(text):
    # The cheap test only ever declines a text in which the pattern finds no mention.
    if stage._HELD.search(text):
        assert stage.may_mention_one(text)
    assert stage.detect(text) == _stage_of_each_sentence(text)


def _stage_of_each_sentence(text: str) -> str:
    """stage.detect as it was written first: every sentence searched."""
    for sentence in stage._SENTENCE.split(text):
        if any(stage._took_place(sentence, m) for m in stage._HELD.finditer(sentence)):
            return "interview"
    return "application"


def _has_surrogate_escape(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _fixed_by_characters(text: str) -> str:
    """sanitize.fix_surrogates as it was written first (and, since a lone surrogate beside the
    escapes raised, the text as it is then: tests/test_drafts_lone_surrogates.py)."""
    if not _has_surrogate_escape(text):
        return text
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _outcome(function, *args):
    try:
        return function(*args)
    except Exception as exc:  # a surrogate no parser makes (\udc7f) raised before and must still
        return type(exc)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "\udc80", "\udcff", "\udc7f", "\udd00", "\ud800", "\U0001f600", " "]),
                max_size=12).map("".join))
def test_fix_surrogates_finds_what_the_loop_finds(text):
    assert _outcome(sanitize.fix_surrogates, text) == _outcome(_fixed_by_characters, text)
    assert bool(sanitize._SURROGATE_ESCAPE.search(text)) == _has_surrogate_escape(text)


def _ats_by_comparison(domain: str) -> bool:
    """addresses.is_ats_domain as it was written first: the domain compared with each vendor's."""
    domain = domain.lower()
    parts = domain.split(".")
    return any(domain == d or domain.endswith("." + d) for d in addresses.VENDOR_DOMAINS) or (
        len(parts) >= 2 and any(p in addresses._ATS_LABELS or addresses._mail_host_of(p) in addresses._ATS_LABELS
                                for p in parts[:-1]))


_DOMAIN_PIECES = st.sampled_from(sorted(addresses.VENDOR_DOMAINS)[:40] + [
    d.upper() for d in sorted(addresses.VENDOR_DOMAINS)[:5]] + [
    "acme", "mail", "-mail", "umantis", "co", "uk", "", ".", "..", "x-", "jobs", "ℹ", "İ"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_DOMAIN_PIECES, max_size=5).map(".".join))
def test_is_ats_domain_is_the_comparison_with_each_vendor(domain):
    assert addresses.is_ats_domain(domain) == _ats_by_comparison(domain)


def test_is_ats_domain_on_every_vendor_domain_and_its_subdomains():
    for vendor in addresses.VENDOR_DOMAINS:
        for domain in (vendor, "acme." + vendor, "x" + vendor, vendor + ".example", "." + vendor, vendor.upper()):
            assert addresses.is_ats_domain(domain) == _ats_by_comparison(domain), domain


_TEAM_TEXT = st.lists(st.sampled_from(["Brombeere", "-Team", "-team", "-TEAMS", "-Teamleitung", " ", "Ihr ",
                                       "x", "-", "Brombeere-", "ſ", "K", "\n", "Team", "É"]), max_size=10).map("".join)


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(["Brombeere", "brombeere", "Acme AG", "x", "É-", "a.b", "Team"]), _TEAM_TEXT)
def test_team_suffixed_is_the_names_own_pattern(name, text):
    alone = re.compile(rf"(?<![\w-]){re.escape(name)}-teams?\b", re.IGNORECASE)
    assert facts._team_suffixed(name, text) == bool(alone.search(text))


def _reading(msg) -> list:
    """Everything the drafts read of a parsed message, and every header of every part as
    policy.default makes it (its text, its class, its defects, its parameters). Not the message's
    own defects (the parser's notes on its MIME structure, which the reader of simple mail does not
    make and nothing reads)."""
    seen: list = []
    for part in msg.walk():
        seen.append((part.get_content_type(), part.get_content_maintype(), part.get_content_charset(),
                     part.get_boundary(), part.get_params(), part.is_multipart()))
        for name in part.keys():
            value = part.get(name)
            seen.append((name, str(value), type(value).__name__, [type(d).__name__ for d in value.defects],
                         dict(getattr(value, "params", {}))))
    for name in ("Subject", "From", "Reply-To", "To", "Cc", "Date"):
        seen.append((mime_text.header(msg, name), mime_text.addresses(msg, name)))
    seen.append(mime_text.body_text(msg))
    return seen


def _outcome_of(function, *args):
    try:
        return function(*args)
    except Exception as exc:  # whatever policy.default raises on a header, parsed once it raises the same
        return type(exc)


def _read_by_policy_default(raw: bytes) -> list:
    return _reading(email.message_from_bytes(bound_message(raw), policy=email.policy.default))


def _read_by_parse(raw: bytes) -> list:
    return _reading(mime_text.parse(raw))


@BOUNDED
@given(messages())
# The standard library's own header parser recurses once per "(": both ways must fail alike.
@example(b"Content-Type: \x13" + b"(" * 1200)
def test_parse_is_policy_default_on_hostile_mail(raw):
    assert _outcome_of(_read_by_parse, raw) == _outcome_of(_read_by_policy_default, raw)


def _shape(msg) -> tuple:
    """A parsed message as stored: its header fields, its payload or its parts', its default type."""
    payload = [_shape(part) for part in msg.get_payload()] if msg.is_multipart() else msg.get_payload()
    return type(msg), msg._headers, payload, msg.get_default_type(), msg.get_unixfrom()


# Lines of simple and less simple MIME, with what policy.default reads otherwise than compat32: comments,
# encoded-words and RFC 2231 parameters in a Content-Type, folded and quoted boundaries, odd encodings
# and dispositions, 8-bit headers, envelope lines, and boundaries right and wrong.
_MIME_LINES = st.sampled_from([
    b"From: Ana <a@b.example>", b"Subject: =?utf-8?q?caf=C3=A9?=", b" folded on", b"\tfolded",
    b"Content-Type: text/plain; charset=utf-8", b"Content-Type: text/html; charset=iso-8859-1", b"Content-Type: text/plain (c)",
    b'Content-Type: multipart/mixed; boundary="XX"', b"Content-Type: multipart/alternative; boundary=XX",
    b"Content-Type: multipart/mixed;", b"  boundary=XX", b'\tboundary="X X"', b"Content-Type: multipart/mixed (x); boundary=XX",
    b"Content-Type: multipart/mixed; boundary*=utf-8''XX", b"Content-Type: multipart/mixed; boundary==?utf-8?q?XX?=",
    b"Content-Type: multipart/digest; boundary=XX", b"Content-Type: message/rfc822", b"Content-Type: multipart/mixed",
    b"Content-Type: =?utf-8?q?text/plain?=", b"Content-Type: text/plain; charset*=utf-8''%E2", b"Content-Type: (((",
    b"Content-Type: text/plain; charset=\"x-bogus\"", b"Content-Type: multipart/mixed; boundary=XX; boundary=YY",
    b"Content-Transfer-Encoding: base64", b"Content-Transfer-Encoding: quoted-printable", b"Content-Transfer-Encoding: (x) base64",
    b"Content-Transfer-Encoding: " + b"(" * 1100, b"Content-Disposition: attachment", b"Content-Disposition: (c) attachment",
    b"Content-Disposition: =?utf-8?q?attachment?=", b"Content-Disposition: inline; filename=a.txt",
    b"From someone Mon Jan 1", b": no name", b"Name : value", b"X-A:", b"--XX", b"--XX--", b"--XX  ", b"--XXY", b"--X X",
    b"--YY", b"", b"", b"body text", b"caf\xc3\xa9", b"Subj\xe9ct: x", b"X: caf\xc3\xa9", b"aGVsbG8=", b"=E9t=C3=A9"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_MIME_LINES, st.sampled_from([b"\n", b"\r\n", b"\r", b"\r\n"])), max_size=16),
       st.booleans())
@example([(b'Content-Type: multipart/mixed; boundary="XX"', b"\r\n"), (b"Content-Transfer-Encoding: " + b"(" * 1100, b"\r\n"),
          (b"", b"\r\n"), (b"--XX", b"\r\n"), (b"", b"\r\n"), (b"body text", b"\r\n"), (b"--XX--", b"\r\n")], True)
def test_parse_is_policy_default_on_made_up_mime(lines, last_line_end):
    # mime_text.parse splits most mail with the classifier's reader (simple_mime): part for part, header
    # for header, payload for payload and reading for reading the parser's message, or its exception.
    raw = b"".join(line + end for line, end in lines)
    if lines and not last_line_end:
        raw = raw[:-len(lines[-1][1])]
    assert _outcome_of(lambda r: _shape(mime_text.parse(r)), raw) == _outcome_of(
        lambda r: _shape(email.message_from_bytes(bound_message(r), policy=email.policy.default)), raw)
    assert _outcome_of(_read_by_parse, raw) == _outcome_of(_read_by_policy_default, raw)


@BOUNDED
@given(messages())
def test_parse_stores_what_policy_default_stores_on_hostile_mail(raw):
    assert _outcome_of(lambda r: _shape(mime_text.parse(r)), raw) == _outcome_of(
        lambda r: _shape(email.message_from_bytes(bound_message(r), policy=email.policy.default)), raw)


def _parsed_as_before(raw: bytes):
    """mime_text.parse as it was, the parser alone: called from where parse is, it runs as deep."""
    return email.message_from_bytes(bound_message(raw), policy=mime_text._POLICY)


def test_parse_runs_out_of_stack_where_the_parser_does():
    # Comments nested a few hundred deep in a Content-Type: whether policy.default's header parser
    # runs out of stack depends on how deep it is called, and where the parser raised, read_rejection
    # read the mail again without comments (its company, its text). Read by simple_mime, a few frames
    # higher, some depths did not raise there and the mail lost its company and its text.
    body = b"\r\nDear Bo,\r\nthank you for applying. We will not proceed.\r\nAna Lee\r\nAcme Foods\r\n"
    shapes = [
        lambda comments: b"From: Ana <ana@acme.example>\r\nContent-Type: text/plain " + comments + b"\r\n" + body,
        lambda comments: (b"From: Ana <ana@acme.example>\r\nContent-Type: multipart/mixed; boundary=XX " + comments +
                          b"\r\n\r\n--XX\r\nContent-Type: text/plain\r\n" + body + b"--XX--\r\n"),
        lambda comments: (b"From: Ana <ana@acme.example>\r\nContent-Type: multipart/mixed; boundary=XX\r\n"
                          b"Content-Transfer-Encoding: 7bit " + comments + b"\r\n\r\n--XX\r\n" + body + b"--XX--\r\n")]
    for shape in shapes:
        # The fewest comments the parser runs out of stack on, from here; then the depths around it.
        low, high = 1, 5000
        while low < high:
            middle = (low + high) // 2
            if isinstance(_outcome_of(_parsed_as_before, shape(b"(" * middle)), type):
                high = middle
            else:
                low = middle + 1
        for depth in range(low - 8, low + 8):
            raw = shape(b"(" * depth)
            for shift in range(3):  # callers a frame or two deeper
                assert _deeper(shift, _outcome_of, lambda r: _shape(mime_text.parse(r)), raw) == _deeper(
                    shift, _outcome_of, lambda r: _shape(_parsed_as_before(r)), raw), (depth, shift)


def _deeper(frames: int, function, *args):
    return function(*args) if frames == 0 else _deeper(frames - 1, function, *args)


def test_parse_splits_simple_mail_without_the_parser(monkeypatch):
    simple = (b"From: Ana <ana@acme.example>\r\nContent-Type: multipart/alternative; boundary=XX\r\n\r\n"
              b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThank you.\r\n--XX--\r\n")
    nested = (b'Content-Type: multipart/mixed; boundary="a"\n\n--a\nContent-Type: multipart/alternative; '
              b'boundary="b"\n\n--b\n\nhi\n--b--\n--a--\n')
    parsed, parser = [], email.message_from_bytes
    monkeypatch.setattr(email, "message_from_bytes", lambda *a, **k: parsed.append(a) or parser(*a, **k))
    assert mime_text.body_text(mime_text.parse(simple)) == "Thank you."
    assert not parsed  # the usual mail: split by simple_mime
    assert mime_text.body_text(mime_text.parse(nested)) == "hi"
    assert len(parsed) == 1  # the rest: the parser's


@BOUNDED
@given(messages())
@example(b"From: a@acme.example\r\nfrom: b@acme.example\r\nSUBJECT: =?utf-8?q?x?=\r\nDate: Mon, 1 Dec 2025 10:00:00 +0100\r\n\r\nx")
@example(b"Content-Type: " + b"(" * 1000 + b"\r\nFrom: a@acme.example\r\n\r\nx")
def test_headers_read_once_are_the_headers_read_each_time(raw):
    try:
        msg = mime_text.parse(raw)
    except RecursionError:  # comments nested hundreds deep: read_rejection reads it again without them
        return
    headers = mime_text.Headers(msg)
    for name in ("Subject", "Message-ID", "References", "Date", "From", "Reply-To", "To", "Cc"):
        assert _outcome_of(headers.header, name) == _outcome_of(mime_text.header, msg, name)
        assert _outcome_of(headers.addresses, name) == _outcome_of(mime_text.addresses, msg, name)
    assert _outcome_of(headers.date) == _outcome_of(mime_text.date, msg)


def test_parse_parses_a_repeated_header_once():
    raw = (b"From: Ana <ana@acme.example>\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\nThank you.\r\n")
    msg = mime_text.parse(raw)
    assert msg.get("Content-Type") is msg.get("Content-Type")  # made once, given again
    assert mime_text.body_text(msg) == "Thank you.\n"


def test_parse_keeps_a_common_header_across_messages_and_bounds_what_it_keeps():
    def message(n: int) -> bytes:
        return (f"From: Ana <ana@acme.example>\r\nSubject: x\r\nX-Seen: {n}\r\n"
                f"Content-Type: text/plain; charset=utf-8\r\n\r\nThank you.\r\n").encode()

    first, second = mime_text.parse(message(1)), mime_text.parse(message(2))
    assert first.get("Content-Type") is second.get("Content-Type")  # the same value: parsed once
    assert first.get("Content-Type").params["charset"] == "utf-8"
    assert mime_text.body_text(second) == "Thank you.\n"
    factory = mime_text._POLICY.header_factory
    for n in range(3 * factory.most):  # a mailbox of ever new values does not grow what is kept
        mime_text.parse(message(n)).get("X-Seen")
    assert len(factory.made) <= factory.most
    assert str(mime_text.parse(message(7)).get("X-Seen")) == "7"


# Pieces of address headers: the plain ones the fast path takes, and all that must go to the parser
# (encoded-words, escapes, comments, folds, dots and doubled spaces, non-ASCII, several mailboxes).
_MAILBOX_PIECES = st.sampled_from([
    "Ann", "Lee", "O'Neil", "a-b", "_", " ", "  ", "\t", '"', '""', '"Lee, Ann"', "\\", "=?utf-8?q?J=C3=B6rg?=",
    "=", "?", "(", ")", "(x)", ".", "J.", ",", ";", ":", "<", ">", "@", "ann@acme.example", "<ann@acme.example>",
    "ann.lee", "ann..lee", ".ann", "acme", "acme.example", "-x", "+", "%", "é", "\udce9", "\r\n ", "\n",
    "[1.2.3.4]", "x@y", "ANN@ACME.EXAMPLE", "<>", "<ann@>", "<@acme>"])


@settings(max_examples=5000, deadline=None)
@given(st.lists(_MAILBOX_PIECES, max_size=8).map("".join))
@example('"Lee, Ann" <ann@acme.example>')
@example(" Ann Lee\t<ann.lee@acme.example> ")
@example("Ann Lee <ann@acme.example>")
def test_a_plain_mailbox_is_read_as_the_parser_reads_it(value):
    fast = mime_text._plain_mailbox(value)
    if fast is None:
        return
    assert fast == [(a.display_name, a.addr_spec) for a in email.policy.default.header_factory("From", value).addresses]


def test_the_plain_mailboxes_take_the_fast_path():
    # Else the test above would pass with a fast path that takes nothing.
    for value in ('"Lee, Ann" <ann@acme.example>', "Ann Lee <ann.lee@acme.example>", "ann@acme.example",
                  "<ann@acme.example>", " Ann\t<ann@acme.example>"):
        assert mime_text._plain_mailbox(value) is not None, value
    for value in ("=?utf-8?q?J=C3=B6rg?= <j@acme.example>", "J. Lee <j@acme.example>", "Ann  Lee <a@acme.example>",
                  "a@acme.example, b@acme.example", "Ann (HR) <a@acme.example>", '"x\\"y" <a@acme.example>'):
        assert mime_text._plain_mailbox(value) is None, value


# Encoded-words: Q text with spaces, tabs, escapes and specials, base64 with and without padding,
# charsets that decode it and charsets that do not, line breaks inside, and what is no encoded-word.
_ENCODED_PIECES = st.sampled_from([
    "=?utf-8?q?", "=?UTF-8?Q?", "=?iso-8859-1?q?", "=?utf-8?b?", "=?nope?q?", "=?utf-8*en?q?", "=?ascii?q?",
    "?=", "Am=C3=A9lie", "_", "__", "=09", "=0D=0A", "=0A", "=C3", "=E9", "=3F", "=", "=3D", "(x)", '"', ",", "<",
    "QW5u", "IExlZQ==", "w6k=", "w6", "====", "4oCT", "/+", " ", "\t", "  ", "\r\n ", "ann@acme.example",
    "<ann@acme.example>", " <ann.lee@acme.example>", "Ann", ">", "?", "x",
    # whitespace the parser folds into a space or tab before it; lone surrogates, which it refuses
    "=?latin1?q?", "=85", "=0B", "=1F", "=C2=A0", "=E3=80=80", "=?unicode_escape?q?", "=?utf-7?q?", "=5Cud800", "\\udc80",
    "+2AA-"])


@settings(max_examples=5000, deadline=None)
@given(st.lists(_ENCODED_PIECES, max_size=8).map("".join))
@example("=?utf-8?q?Am=C3=A9lie_Fortin?= <afortin@acme.example>")
@example("=?utf-8?b?R3LDvG5zcGFuIEJpby1Nw6Rya3Rl?= <noreply@acme.example>")
@example("=?utf-8?q?_Ann=09=09Lee_?= <a@acme.example>")
@example("=?iso-8859-1?q?J=F6rg?= <j@acme.example>")
@example("=?latin1?q?Ann_=85=A0Lee=0B?= <a@acme.example>")
@example("=?utf-8?q?Ann=09=E3=80=80Lee?= <a@acme.example>")
@example("=?unicode_escape?q?Ann=5Cud800?= <a@acme.example>")
@example("=?utf-7?q?Ann+2AA-?= <a@acme.example>")
def test_an_encoded_mailbox_is_read_as_the_parser_reads_it(value):
    fast = mime_text._encoded_mailbox(value)
    if fast is None:
        return
    assert fast == [(a.display_name, a.addr_spec) for a in email.policy.default.header_factory("From", value).addresses]


def test_the_encoded_mailboxes_take_their_fast_path():
    for value in ("=?utf-8?q?Am=C3=A9lie_Fortin?= <afortin@acme.example>", "=?utf-8?b?w6k=?= <a@acme.example>",
                  "=?iso-8859-1?q?J=F6rg?= <j@acme.example>", " =?UTF-8?Q?Ann_Lee?=\t<ann.lee@acme.example> "):
        assert mime_text._encoded_mailbox(value) is not None, value
    for value in ("=?utf-8?q?=C3?= <a@acme.example>", "=?nope?q?x?= <a@acme.example>", "=?utf-8?q?a=0Ab?= <a@acme.example>",
                  "=?utf-8?q?J?= =?utf-8?q?L?= <a@acme.example>", "=?utf-8?q?J?= Lee <a@acme.example>",
                  "=?utf-8?q?J?=<a@acme.example>", "=?utf-8?b?w6?= <a@acme.example>",
                  "=?unicode_escape?q?Ann=5Cud800?= <a@acme.example>", "=?utf-7?q?Ann+2AA-?= <a@acme.example>"):
        assert mime_text._encoded_mailbox(value) is None, value


def _scores_by_language(text: str) -> tuple[str, int, int]:
    """language.scores as it was written first: every word looked up in every language's words."""
    known = language._stopwords()
    counts = {code: 0 for code in known}
    for word in language._WORD.findall(text.lower()):
        for code, words in known.items():
            if word in words:
                counts[code] += 1
    ranked = sorted(known, key=lambda code: -counts[code])
    return ranked[0], counts[ranked[0]], counts[ranked[1]] if len(ranked) > 1 else 0


_STOPWORDS = sorted({w for words in language._stopwords().values() for w in words})


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_STOPWORDS), st.sampled_from([" ", "\n", "Xyz", "É", "l'", "’", "1"])),
                max_size=40).map(" ".join))
def test_language_scores_count_as_every_language_asked(text):
    assert language.scores(text) == _scores_by_language(text)
