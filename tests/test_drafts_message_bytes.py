"""A draft's bytes written directly (drafts.reply) are the bytes the email package writes for it.

The direct writer exists for speed only (issue 17: every rejection of a scan is composed in the
workers). Held here to the email package's way, byte for byte:
- as build_reply was written before it: an EmailMessage, its headers set one by one, set_content,
  as_bytes with the APPEND policy (`_old_build_reply` below, the Message-ID made constant);
- Reply.message, the EmailMessage still built when asked for, from the same headers (the Date and
  Message-ID made once);
on every 8th rejection of the corpus (CI; every one with ONWARD_FULL_DRAFT_BYTES=1) in each shipped
language, both draft modes, quoting on and off, identity names with and without non-ASCII, commas
and quotes; and hypothesis over header values
(names, subjects, Message-IDs, References chains, long subjects that fold, non-ASCII, CR/LF and
control characters, which sanitising must still remove) and the clock's time zone.
The composed drafts of a whole scan, before and after: bench/worker_cost.py --against.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import os
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from onward.drafts import DraftSettings, plan_drafts, read_rejection, render
from onward.drafts.compose import _EMPTY_SUBJECT, build_reply, quoted, references
from onward.drafts.plan import template_context
from onward.drafts.rejection import Rejection
from onward.drafts.reply import APPEND_POLICY
from onward.drafts.sanitize import message_ids, one_line, valid_address
from onward.drafts.subjects import reply_subject

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
LANGUAGES = ("en", "de", "fr", "es")
IDENTITIES = (("Alex Doe", "alex@example.com"), ("Jörg Müller-Lüdenscheidt", "joerg@mailhost"),
              ('Doe, Alex "AD"', "a.doe+jobs@example.co.uk"), ("", ""), ("Ana María Núñez", "not an address"))


def _old_build_reply(rejection: Rejection, body: str, *, key: str, language: str, identity_name: str,
                     identity_email: str, quote_original: bool, now: datetime, message_id: str) -> EmailMessage:
    """build_reply as it was before the direct writer (commit cc27e76), the Message-ID given."""
    def address(name: str, addr: str) -> Address | None:
        addr = valid_address(addr)
        if not addr:
            return None
        local, _, domain = addr.rpartition("@")
        return Address(display_name=one_line(name, 100), username=local, domain=domain)

    msg = EmailMessage()
    sender = address(identity_name, identity_email)
    if sender:
        msg["From"] = sender
    recipient = address(rejection.reply_to_name, rejection.reply_to)
    if recipient:
        msg["To"] = recipient
    msg["Subject"] = one_line(reply_subject(rejection.subject, _EMPTY_SUBJECT.get(language, "Thank you")), 900)
    if message_ids(rejection.message_id):
        msg["In-Reply-To"] = rejection.message_id
    refs = references(rejection)
    if refs:
        msg["References"] = " ".join(refs)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["X-Onward-Key"] = one_line(key, 300)
    text = body if not quote_original or not rejection.text.strip() else f"{body}\n{quoted(rejection, language)}"
    msg.set_content(text, charset="utf-8", cte="quoted-printable" if not text.isascii() else "7bit")
    msg["Content-Language"] = language
    return msg


def _held_to_the_email_package(rejection: Rejection, body: str, **kw) -> bytes | None:
    """Build the reply both ways and compare (None when both raise the same kind of error)."""
    try:
        made = build_reply(rejection, body, **kw)
    except Exception as error:
        with pytest.raises(type(error)):
            _old_build_reply(rejection, body, message_id="<1.2.3@onward.invalid>", **kw)
        return None
    message_id = dict(made.headers)["Message-ID"]
    assert isinstance(message_id, str)
    old = _old_build_reply(rejection, body, message_id=message_id, **kw).as_bytes(policy=APPEND_POLICY)
    assert made.as_bytes() == old
    assert dataclasses.replace(made, wire=None).as_bytes() == old  # Reply.message: the same headers
    return made.as_bytes()


def _corpus_rejections() -> list[bytes]:
    from onward.classifier.corpus import entry_to_bytes  # noqa: F401 (the bench's loader needs it)
    import sys
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from read_rejection_speed import rejections
        from independent_quality import ROUNDS
    finally:
        sys.path.pop(0)
    return rejections(list(ROUNDS))


def _every_draft_of(raw: bytes, number: int) -> int:
    """Each shipped language x each kind (both modes) x quote on and off, an identity in turn."""
    rejection = read_rejection(raw)
    checked = 0
    for language in LANGUAGES:
        for kind in render.KINDS:
            for quote in (False, True):
                name, addr = IDENTITIES[(number + checked) % len(IDENTITIES)]
                ident = DraftSettings(name=name, email=addr)
                body = render.render(kind, language, template_context(rejection, language, kind, ident), "k")
                written = _held_to_the_email_package(
                    rejection, body, key=f"k{number}/{kind}", language=language, identity_name=name,
                    identity_email=addr, quote_original=quote, now=NOW)
                assert written is not None
                checked += 1
    return checked


# Every corpus rejection takes ~8 minutes of CPU (6,674 rejections x 24 drafts, each built three
# ways): CI runs every 8th (~1 minute), the whole product on asking:
#   ONWARD_FULL_DRAFT_BYTES=1 python -m pytest tests/test_drafts_message_bytes.py -m slow
_FULL_PRODUCT = os.environ.get("ONWARD_FULL_DRAFT_BYTES") == "1"


@pytest.mark.slow
def test_every_8th_corpus_rejection_in_every_language_mode_and_identity():
    raws = _corpus_rejections()
    assert len(raws) > 6000
    numbered = list(enumerate(raws))[3::8] if not _FULL_PRODUCT else list(enumerate(raws))
    assert sum(_every_draft_of(raw, n) for n, raw in numbered) == 24 * len(numbered)


def test_a_sample_of_the_corpus_rejections():
    raws = _corpus_rejections()[::97]
    assert sum(_every_draft_of(raw, n) for n, raw in enumerate(raws)) == 24 * len(raws)


@pytest.mark.parametrize("mode", ["combined", "separate"])
@pytest.mark.parametrize("quote", [False, True])
@pytest.mark.parametrize("name, addr", IDENTITIES)
def test_plan_drafts_writes_the_bytes_of_its_messages(mode, quote, name, addr):
    raw = ("From: Jörg Müller <j.mueller@mueller.de>\r\nTo: Alex <alex@example.com>\r\n"
           "Subject: AW: Ihre Bewerbung für die Stelle als Entwickler (m/w/d)\r\n"
           "Date: Tue, 11 Mar 2025 10:00:00 +0100\r\nMessage-ID: <orig-1@mueller.de>\r\n"
           "References: <a@x> <b@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Entwickler bei Müller. Leider nicht.\n\n"
           "Mit freundlichen Grüßen\nJörg Müller\n").encode()
    plan = plan_drafts(raw, "k", DraftSettings(name=name, email=addr, mode=mode, quote_original=quote), now=NOW)
    for draft in plan.drafts:
        old = draft.message.as_bytes(policy=APPEND_POLICY)  # the message, built on asking
        assert draft.as_bytes() == old
        parsed = email.message_from_bytes(old, policy=email.policy.default)
        assert parsed["X-Onward-Key"] == draft.key and parsed["Content-Language"] == "de"


# Header text as a rejection may carry it: plain words, non-ASCII, the address specials, what
# looks like an encoded word, CR/LF and other controls, long runs that fold.
_PIECES = st.sampled_from(["Re:", "AW:", "Your", "application", "Müller", "Ünïcödé", "名前", "😀", ",", '"', "'",
                           "(x)", "<", ">", "@", ";", ":", ".", "\\", "=?utf-8?q?x?=", "=?", "?=", "\r\n", "\n",
                           "\r", "\t", "\x00", "\x1b", "\u2028", "\u200e", "\ufeff", "\ud800", "  ", " ", "-",
                           "x" * 90, "y" * 400])
_TEXT = st.one_of(st.text(max_size=60), st.lists(_PIECES, max_size=14).map(" ".join),
                  st.lists(_PIECES, max_size=14).map("".join))
_MSG_ID = st.one_of(st.just(""), st.from_regex(r"<[a-z0-9.$-]{1,40}@[a-z0-9.-]{1,30}>", fullmatch=True),
                    st.just("<" + "z" * 248 + ">"), _TEXT.map(lambda t: f"<{t}@x>"))
_ADDRESS = st.one_of(st.just(""), st.just("sarah@acme.com"), st.just("a.b+c@mailhost"),
                     st.just("o'neil=?x?@example.org"), st.just(f"{'l' * 64}@{'d' * 60}.{'e' * 60}.com"),
                     st.from_regex(r"[a-z0-9._+=?-]{1,20}@[a-z0-9-]{1,12}(\.[a-z]{2,5}){0,2}", fullmatch=True), _TEXT)
_ZONES = st.one_of(st.none(), st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
                   st.integers(-50_000, 50_000).map(lambda s: timezone(timedelta(seconds=s))))
_NOWS = st.builds(lambda when, zone: when.replace(tzinfo=zone),
                  st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)), _ZONES)


@settings(max_examples=600, deadline=None)
@given(subject=_TEXT, name=_TEXT, reply_to=_ADDRESS, message_id=_MSG_ID, refs=st.lists(_MSG_ID, max_size=25),
       my_name=_TEXT, my_email=_ADDRESS, key=_TEXT, body=st.one_of(_TEXT, st.just("Hello,\n\nThanks.\n")),
       quote=st.booleans(), text=_TEXT, language=st.sampled_from(["en", "de", "fr", "es", "pt-BR", "xx yy", ""]),
       now=_NOWS)
@example(subject="Re: " + "long words " * 120, name="Sarah Miller", reply_to="sarah@acme.com",
         message_id="<a@b>", refs=[f"<{n}.{'r' * 60}@example.com>" for n in range(25)], my_name="Alex",
         my_email="alex@example.com", key="k/reply", body="Hi\n", quote=False, text="", language="en", now=NOW)
@example(subject="Bewerbung\r\nBcc: victim@example.com", name="Eve\r\nBcc: x@y.z", reply_to="eve@evil.example",
         message_id="<a@b>\r\nBcc: x@y.z", refs=[], my_name="Alex\nX-Evil: 1", my_email="alex@example.com",
         key="k\r\nX-Evil: 1", body="Hi\n", quote=True, text="line\r\nBcc: x", language="en", now=NOW)
def test_any_header_values_give_the_email_package_s_bytes(subject, name, reply_to, message_id, refs, my_name,
                                                          my_email, key, body, quote, text, language, now):
    rejection = Rejection(company="", role="", first_name="", stage="application", no_reply=False,
                          language="en", reply_to=reply_to, reply_to_name=name, subject=subject,
                          message_id=message_id, references=tuple(refs), text=text, sender_name=name,
                          date=NOW if quote else None)
    written = _held_to_the_email_package(rejection, body, key=key, language=language, identity_name=my_name,
                                         identity_email=my_email, quote_original=quote, now=now)
    if written is None:
        return
    # and no text of the mail became a header of its own
    headers = written.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    names = [line.split(b":", 1)[0].lower() for line in headers if line[:1] not in (b" ", b"\t")]
    assert not {b"bcc", b"x-evil"} & set(names)
    assert len(names) == len(set(names))


# Words one space apart, ASCII and not, that Q or B encodes shorter, up to the subject's 900
# characters and a display name's 100: where encoded words combine, and where a line would fold.
_WORDS = st.sampled_from(["Re:", "Ihre", "Bewerbung", "für", "Entwickler", "(m/w/d)", "–", "Développement", "à",
                          "n°", "名前", "応募について", "😀", "Ωμέγα", "x" * 40, "é" * 30, "a_b", "?", "=", "_",
                          "Müller-Lüdenscheidt", "O'Brien", "&", "Vasseur"])


@settings(max_examples=400, deadline=None)
@given(subject=st.lists(_WORDS, min_size=1, max_size=160).map(" ".join),
       name=st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), language=st.sampled_from(LANGUAGES))
def test_words_that_encode_and_fold_give_the_email_package_s_bytes(subject, name, language):
    rejection = Rejection(company="", role="", first_name="", stage="application", no_reply=False,
                          language=language, reply_to="sarah@acme.example", reply_to_name=name, subject=subject,
                          message_id="<a@b>")
    assert _held_to_the_email_package(rejection, "Hallo\n", key="k/reply", language=language, identity_name=name,
                                      identity_email="me@example.com", quote_original=False, now=NOW) is not None


class _FoldsAHeaderIn(email.policy.EmailPolicy):
    """A policy whose folding of one header leaves a line break that starts a header of its own."""

    def fold_binary(self, name, value):
        return super().fold_binary(name, value).replace(b"SMUGGLED", b"x\r\nBcc: eve@evil.example")


def test_a_header_folded_into_two_is_left_to_the_generator(monkeypatch):
    """Where a header's folding would start a header of its own, the draft's bytes are what the
    email package's generator makes of it (from 3.11.10 on it refuses: HeaderWriteError), never
    the folded header written as it is."""
    from onward.drafts import reply as reply_module
    policy = _FoldsAHeaderIn(linesep="\r\n", max_line_length=998)
    monkeypatch.setattr(reply_module, "APPEND_POLICY", policy)
    headers = (("To", Address('SMUGGLED "HR"', "hr", "acme.example")), ("Subject", "Re: Hello"))
    expected: bytes | type[Exception]
    try:
        expected = reply_module.Reply(headers, "Hi\n", "en").message.as_bytes(policy=policy)
    except Exception as error:
        expected = type(error)
    if isinstance(expected, bytes):
        assert reply_module.reply(headers, "Hi\n", "en").as_bytes() == expected
    else:
        with pytest.raises(expected):
            reply_module.reply(headers, "Hi\n", "en").as_bytes()
