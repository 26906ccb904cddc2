"""The draft as an RFC 5322 message: headers, threading, subject prefixes, header injection, bytes."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timezone

import pytest

from onward.drafts import DraftSettings, plan_drafts, read_rejection
from onward.drafts.subjects import reply_subject

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
ME = DraftSettings(name="Alex Doe", email="alex@example.com")


def rejection(subject="Your application to Acme", sender="Sarah Miller <sarah.miller@acme.com>",
              extra="", body="Hi Alex,\n\nThank you for applying for the Data Analyst role at Acme. "
                             "We decided not to move forward.\n\nBest regards,\nSarah Miller\nRecruiter, Acme\n"):
    return (f"From: {sender}\r\nTo: Alex Doe <alex@example.com>\r\nSubject: {subject}\r\n"
            f"Date: Tue, 11 Mar 2025 10:00:00 +0100\r\nMessage-ID: <orig-1@acme.com>\r\n{extra}"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode("utf-8")


def parsed(draft):
    """The draft as a mail client reads it (bodies keep the CRLF of the wire format)."""
    return email.message_from_bytes(draft.as_bytes(), policy=email.policy.default)


def text_of(draft) -> str:
    return parsed(draft).get_content().replace("\r\n", "\n")


def test_headers_of_a_combined_reply():
    plan = plan_drafts(rejection(extra="References: <a@x> <b@x>\r\n"), "k1", ME, now=NOW)
    assert plan.skipped is None and [d.kind for d in plan.drafts] == ["reply"]
    msg = parsed(plan.drafts[0])
    assert msg["From"] == "Alex Doe <alex@example.com>"
    assert msg["To"] == "Sarah Miller <sarah.miller@acme.com>"
    assert msg["Subject"] == "Re: Your application to Acme"
    assert msg["In-Reply-To"] == "<orig-1@acme.com>"
    assert msg["References"].split() == ["<a@x>", "<b@x>", "<orig-1@acme.com>"]
    assert msg["Date"] == "Fri, 14 Mar 2025 09:30:00 +0000"
    assert msg["Message-ID"].endswith("@example.com>") and msg["Message-ID"] != "<orig-1@acme.com>"
    assert msg["X-Onward-Key"] == "k1/reply"
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    assert msg["Content-Language"] == "en"


def test_separate_mode_gives_two_drafts_with_distinct_keys():
    plan = plan_drafts(rejection(), "k2", DraftSettings(name="Alex", email="alex@example.com", mode="separate"), now=NOW)
    assert [(d.kind, d.key) for d in plan.drafts] == [("thanks", "k2/thanks"), ("feedback", "k2/feedback")]
    assert [parsed(d)["X-Onward-Key"] for d in plan.drafts] == ["k2/thanks", "k2/feedback"]
    thanks, feedback = (parsed(d).get_content() for d in plan.drafts)
    assert "feedback" not in thanks and "feedback" in feedback


def test_as_bytes_uses_crlf_only_and_keeps_the_key_on_one_line():
    data = plan_drafts(rejection(), "f" * 64, ME, now=NOW).drafts[0].as_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    assert b"X-Onward-Key: " + b"f" * 64 + b"/reply\r\n" in data
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))


def test_non_ascii_body_is_quoted_printable_utf8():
    raw = rejection(body="Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Entwickler bei Müller.\n\n"
                         "Mit freundlichen Grüßen\nJörg Müller\n", sender="Jörg Müller <j.mueller@mueller.de>")
    draft = plan_drafts(raw, "k", ME, now=NOW).drafts[0]
    assert draft.as_bytes().isascii()
    assert parsed(draft)["Content-Transfer-Encoding"] == "quoted-printable"
    assert "Grüße" in parsed(draft).get_content() and parsed(draft)["To"] == "Jörg Müller <j.mueller@mueller.de>"


@pytest.mark.parametrize("original, expected", [
    ("Your application", "Re: Your application"),
    ("Re: Your application", "Re: Your application"),
    ("RE: Re: re: Your application", "Re: Your application"),
    ("AW: Ihre Bewerbung", "Re: Ihre Bewerbung"),
    ("Aw: AW: Antw: Ihre Bewerbung", "Re: Ihre Bewerbung"),
    ("Réf. : Votre candidature", "Re: Votre candidature"),
    ("RE : Votre candidature", "Re: Votre candidature"),
    ("RV: Tu candidatura", "Re: Tu candidatura"),
    ("Re[2]: Update", "Re: Update"),
    ("SV: Ansøgning", "Re: Ansøgning"),
    ("Research Scientist search", "Re: Research Scientist search"),
    ("Fwd: Your application", "Re: Fwd: Your application"),
    ("", "Re: Thank you"),
])
def test_reply_subject_has_exactly_one_re(original, expected):
    assert reply_subject(original, "Thank you") == expected


def test_empty_subject_gets_a_subject_in_the_draft_language():
    raw = rejection(subject="", body="Sehr geehrte Frau Berg, vielen Dank für Ihre Bewerbung. Leider "
                                     "müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nIhr HR-Team")
    assert parsed(plan_drafts(raw, "k", ME, now=NOW).drafts[0])["Subject"] == "Re: Vielen Dank"


@pytest.mark.parametrize("field, value", [
    ("subject", "Hello\r\nBcc: evil@x.example"),
    ("subject", "=?utf-8?q?Hello=0D=0ABcc:_evil@x.example?="),
    ("subject", "=?utf-8?b?SGVsbG8NCkJjYzogZXZpbEB4LmV4YW1wbGU=?="),
    ("subject", "Hello\u2028Bcc: evil@x.example\u0085X-Evil: 1"),
    ("sender", '"Eve\r\nBcc: evil@x.example" <eve@acme.com>'),
    ("sender", "=?utf-8?q?Eve=0D=0ABcc:_evil@x.example?= <eve@acme.com>"),
    ("sender", "=?utf-8?q?Eve=0ABcc=3A_evil=40x=2Eexample?= <eve@acme.com>"),
    ("sender", "Eve <eve@acme.com\r\nBcc: evil@x.example>"),
])
def test_hostile_text_never_injects_a_header(field, value):
    raw = rejection(**{field: value})
    for draft in plan_drafts(raw, "k\r\nBcc: evil@x.example", ME, now=NOW).drafts:
        data = draft.as_bytes()
        head = data.split(b"\r\n\r\n", 1)[0]
        names = [line.split(b":", 1)[0].lower() for line in head.split(b"\r\n") if line and line[:1] not in b" \t"]
        assert b"bcc" not in names and b"x-evil" not in names
        assert names.count(b"to") <= 1 and names.count(b"subject") == 1
        msg = parsed(draft)
        assert "\r" not in msg["Subject"] and "\n" not in msg["Subject"]
        assert msg.get_all("Bcc") is None
        assert "\n" not in msg["X-Onward-Key"]


def test_hostile_message_id_and_references_are_dropped():
    raw = rejection(extra="References: <ok@x> <bad\r\nBcc: e@x> junk\r\n").replace(
        b"Message-ID: <orig-1@acme.com>", b"Message-ID: <evil@x>\r\n Bcc: evil@x.example")
    msg = parsed(plan_drafts(raw, "k", ME, now=NOW).drafts[0])
    assert msg.get_all("Bcc") is None
    assert all(ref.startswith("<") and ref.endswith(">") for ref in msg["References"].split())


def test_no_reply_sender_gets_no_to_header_and_never_the_no_reply_address():
    raw = rejection(sender="Acme <no-reply@greenhouse.io>",
                    body="Hi Alex,\n\nWe decided not to move forward.\n\nThe Acme Talent Team\n")
    plan = plan_drafts(raw, "k", ME, now=NOW)
    msg = parsed(plan.drafts[0])
    assert plan.rejection.no_reply and msg["To"] is None
    assert b"no-reply@" not in plan.drafts[0].as_bytes()


def test_no_reply_policy_skip():
    raw = rejection(sender="Acme <noreply@acme.com>")
    plan = plan_drafts(raw, "k", DraftSettings(name="A", email="a@example.com", no_reply="skip"), now=NOW)
    assert plan.drafts == [] and plan.skipped == "automated no-reply sender (drafts.no_reply = skip)"


def test_human_contact_found_in_a_no_reply_mail():
    raw = rejection(sender="Acme <no-reply@acme.com>",
                    body="Hi Alex,\n\nNot this time. Questions? Contact Dana Park (dana.park@acme.com).\n\n"
                         "The Acme Team\n")
    msg = parsed(plan_drafts(raw, "k", ME, now=NOW).drafts[0])
    assert msg["To"] == "Dana Park <dana.park@acme.com>"


def test_draft_is_never_addressed_to_the_user():
    raw = rejection(extra="Reply-To: alex@example.com\r\n", sender="Acme <no-reply@acme.com>")
    assert parsed(plan_drafts(raw, "k", ME, now=NOW).drafts[0])["To"] is None


def test_quote_original_adds_the_rejection_below():
    settings = DraftSettings(name="Alex", email="alex@example.com", quote_original=True)
    body = text_of(plan_drafts(rejection(), "k", settings, now=NOW).drafts[0])
    assert "On 2025-03-11 10:00, Sarah Miller wrote:\n> Hi Alex," in body
    assert "> Thank you for applying" in body
    plain = text_of(plan_drafts(rejection(), "k", ME, now=NOW).drafts[0])
    assert "wrote:" not in plain


def test_rerendering_the_same_rejection_gives_the_same_text():
    a = parsed(plan_drafts(rejection(), "same", ME, now=NOW).drafts[0]).get_content()
    b = parsed(plan_drafts(rejection(), "same", ME, now=NOW).drafts[0]).get_content()
    assert a == b


def test_missing_identity_still_builds_a_message():
    msg = parsed(plan_drafts(rejection(), "k", DraftSettings(), now=NOW).drafts[0])
    assert msg["From"] is None and msg["Message-ID"].endswith("@onward.invalid>")


def test_message_without_message_id_has_no_threading_headers():
    raw = rejection().replace(b"Message-ID: <orig-1@acme.com>\r\n", b"")
    msg = parsed(plan_drafts(raw, "k", ME, now=NOW).drafts[0])
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_bad_settings_are_a_programming_error():
    with pytest.raises(ValueError):
        plan_drafts(rejection(), "k", DraftSettings(mode="both"))


def test_read_rejection_exposes_threading_fields():
    r = read_rejection(rejection(extra="References: <a@x>\r\n"))
    assert r.message_id == "<orig-1@acme.com>" and r.references == ("<a@x>",)
    assert r.subject == "Your application to Acme"
