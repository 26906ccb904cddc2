"""Bounded work per message: the caps are applied before any parser sees the message."""

from __future__ import annotations

import email

from onward.drafts import bounds, mime_text, plan_drafts, read_rejection, DraftSettings
from onward.daemon.mailbox.message import parse_headers
from tests.support.helpers import onward
from tests.support.mail import rejection


def test_a_5_mb_header_line_is_cut_before_parsing(monkeypatch):
    raw = b"From: " + b"x@y.example, " * 400_000 + b"\r\nSubject: hi\r\n\r\nbody\r\n"
    seen = []  # what each reading gave the parsers: the simple split (mime_text.parse) first, then email's parser if need be
    real, real_split = email.message_from_bytes, mime_text.simple_message
    monkeypatch.setattr(email, "message_from_bytes", lambda data, **kw: seen.append(data) or real(data, **kw))
    monkeypatch.setattr(mime_text, "simple_message", lambda data, *a: seen.append(data) or real_split(data, *a))
    read_rejection(raw)
    assert seen and all(len(data) < 20_000 for data in seen)
    assert b"Subject: hi" in seen[0]  # the fields after the huge one are kept


def test_header_count_and_block_are_capped():
    raw = b"".join(b"X-N%d: v\r\n" % i for i in range(10_000)) + b"Subject: late\r\n\r\nbody"
    bounded = bounds.bound_message(raw)
    head, body = bounds.split_message(bounded)
    assert head.count(b"\n") + 1 == bounds.MAX_HEADERS and body == b"body"
    assert len(bounds.bound_header_block(b"X: " + b"a" * (10 << 20))) <= bounds.MAX_FIELD_BYTES
    assert len(parse_headers(b"From: " + b"a" * (5 << 20)).get("From")) <= bounds.MAX_FIELD_BYTES


def test_mime_depth_and_parts_are_capped():
    deep = b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n" + b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(5000))
    body = bounds.split_message(bounds.bound_message(deep))[1]
    assert body.lower().count(b"multipart/") == bounds.MAX_MULTIPARTS
    wide = b"Content-Type: multipart/mixed; boundary=w\r\n\r\n" + b"--w\r\n\r\npart\r\n" * 50_000
    body = bounds.split_message(bounds.bound_message(wide))[1]
    assert body.count(b"\n--w") <= bounds.MAX_BOUNDARY_LINES
    assert len(bounds.bound_message(b"S: x\r\n\r\n" + b"y" * (10 << 20))) <= bounds.MAX_BODY_BYTES + 20


def test_an_ordinary_message_passes_unchanged():
    raw = rejection(1)
    assert bounds.bound_message(raw) is raw
    assert parse_headers(raw)["Message-ID"] == email.message_from_bytes(raw)["Message-ID"]


def test_deep_and_broken_messages_still_give_a_draft():
    deep = (b"From: Priya <priya@fernwood.example>\r\nSubject: Your application\r\n"
            b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n" + b"".join(
                b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1)
                for i in range(1000)) + b"--b1000\r\nContent-Type: text/plain\r\n\r\nThank you.\r\n")
    plan = plan_drafts(deep, "k", DraftSettings())
    assert plan.drafts and plan.rejection.reply_to == "priya@fernwood.example"
    assert mime_text.decode_words("=?undefined?Q?caf=E9?= and =?utf\x00-8?Q?x?=") == "café and x"


def test_preview_never_crashes_on_deep_nesting_or_a_nul_charset(tmp_path):
    cases = {
        "deep.eml": b"From: a@example.org\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
                    + b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1)
                               for i in range(1000)),
        "nul.eml": b"From: a@example.org\r\nSubject: =?utf\x00-8?Q?caf=E9?=\r\n"
                   b"Content-Type: text/plain; charset=\"utf\x00-8\"\r\n\r\nWe decided against it.\r\n",
        "undefined.eml": b"From: a@example.org\r\nSubject: =?undefined?Q?caf=E9?=\r\n"
                         b"Content-Type: text/plain; charset=undefined\r\n\r\nWe decided against it.\r\n",
    }
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        for extra in ((), ("--json",)):
            shown = onward("preview", *extra, str(tmp_path / name), cwd=tmp_path)
            assert shown.returncode == 0, (name, shown.stderr)
            assert "Traceback" not in shown.stderr
    shown = onward("preview", str(tmp_path / "undefined.eml"), cwd=tmp_path)
    assert "Subject: Re: café" in shown.stdout  # the unknown charset read lossily, not dropped


def test_the_classifier_reads_a_part_in_an_unknown_or_broken_charset_lossily():
    from onward.classifier import message_text

    for charset in (b"undefined", b'"utf\x00-8"', b"base64", b"x-no-such"):
        raw = (b"From: a@example.org\r\nSubject: =?" + charset.strip(b'"') + b"?Q?caf=E9?=\r\n"
               b"Content-Type: text/plain; charset=" + charset + b"\r\n\r\nWe decided against it.\r\n")
        assert "We decided against it." in message_text(raw), charset


def test_the_classifier_cuts_deep_nesting_before_parsing(monkeypatch):
    from onward.classifier import text

    seen = []  # what each message gave the parsers: the simple split first, then email's parser if need be
    real = text.simple_message
    monkeypatch.setattr(text, "simple_message", lambda data: seen.append(data) or real(data))
    deep = b"Subject: s\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n" + b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(5000))
    text.message_text(deep)
    assert seen[0].lower().count(b"multipart/") == text.MAX_MULTIPARTS
    text.message_text(b"S: x\r\n\r\n" + b"y" * (10 << 20))
    assert len(seen[1]) == text.MAX_RAW_BYTES


def test_comments_nested_hundreds_deep_are_read_without_them(tmp_path):
    from onward.classifier import message_text

    nested = b"(" * 900
    cases = [
        b"From: " + nested + b"Priya <priya@fernwood.example>" + b")" * 900 + b"\r\nSubject: s\r\n\r\nThank you.\r\n",
        b"From: priya@fernwood.example\r\nContent-Type: text/plain; charset=utf-8 " + nested
        + b"\r\n\r\nThank you.\r\n",
        b"From: priya@fernwood.example\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
        b"Content-Disposition: inline " + nested + b"\r\nContent-Type: text/plain\r\n\r\nThank you.\r\n--x--\r\n",
    ]
    for n, raw in enumerate(cases):
        rejection = read_rejection(raw)
        assert "Thank you." in rejection.text and rejection.sender == "priya@fernwood.example", n
        assert plan_drafts(raw, "k", DraftSettings()).drafts
        assert "Thank you." in message_text(raw)
        (tmp_path / f"{n}.eml").write_bytes(raw)
        shown = onward("preview", str(tmp_path / f"{n}.eml"), cwd=tmp_path)
        assert shown.returncode == 0 and "Traceback" not in shown.stderr, shown.stderr
