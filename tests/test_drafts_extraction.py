"""drafts.read_rejection: company, role, person, stage, language, recipient on a table of rejections.

The table is tests/data/drafts/samples (the development set the extractor was built on); the
held-out set in tests/data/drafts/heldout is scored by bench/extraction_quality.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onward.drafts import read_rejection
from tests.support.stated import assert_company_key_read, assert_company_read, assert_role_read

SAMPLES = Path(__file__).parent / "data" / "drafts" / "samples"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_rejection_is_read_as_expected(name):
    want = EXPECTED[name]
    r = read_rejection((SAMPLES / name).read_bytes())
    # expected.json holds the name and the title the rules read; a draft states each, or, when the
    # fact model is less sure than its threshold, nothing (the draft then says it generally).
    assert_company_key_read(r, want["company"] or "")
    assert_role_read(r, want["role"] or "")
    assert (r.first_name or None) == want["first_name"]
    assert r.stage == want["stage"]
    assert r.language == want["language"]
    assert r.no_reply is want["no_reply"]
    assert r.reply_to == want["to"]


def mail(body: str, *, sender: str = "Acme Careers <no-reply@greenhouse.io>", subject: str = "Your application",
         extra: str = "", content_type: str = "text/plain; charset=utf-8") -> bytes:
    head = (f"From: {sender}\nTo: Alex Doe <alex@example.com>\nSubject: {subject}\n"
            f"Message-ID: <m1@example.org>\n{extra}Content-Type: {content_type}\n\n")
    return (head + body).encode("utf-8")


def test_ats_name_is_never_the_company():
    r = read_rejection(mail("Hi Alex,\n\nThanks for applying. We decided not to move forward.\n\n"
                            "Best,\nGreenhouse\n", sender="Greenhouse <no-reply@greenhouse.io>",
                            subject="Application update"))
    assert r.company.lower() not in ("greenhouse", "greenhouse-mail")


def test_company_from_sender_domain_alone_is_read_but_left_out():
    r = read_rejection(mail("Dear Alex,\n\nUnfortunately we will not proceed.\n\nRegards,\nHR\n",
                            sender="HR <hr@careers.fjord-ventures.com>"))
    # One source only, and the mail never names the company: read, but left out of the draft.
    assert r.company == "" and r.facts["company"].value == "Fjord Ventures"


def test_applicant_name_in_greeting_is_not_the_person_to_thank():
    r = read_rejection(mail("Dear Alex,\n\nThank you for applying to Acme. We regret...\n\n"
                            "Kind regards,\nThe Acme Talent Team\n"))
    assert r.first_name == ""
    assert_company_read(r, "Acme")


def test_team_signature_gives_no_name_but_sign_off_with_name_does():
    team = read_rejection(mail("Hi Alex,\n\nWe will not move forward.\n\nCheers,\nThe Acme Hiring Team\n"))
    person = read_rejection(mail("Hi Alex,\n\nWe will not move forward.\n\nBest, Sarah\n"))
    assert team.first_name == "" and person.first_name == "Sarah"


def test_quoted_application_below_a_reply_is_ignored():
    body = ("Hi Alex,\n\nThanks, but we filled the role.\n\nRegards,\nTom Weller\nAcme\n\n"
            "On Mon, 3 Mar 2025 at 10:12, Alex Doe <alex@example.com> wrote:\n"
            "> I'm applying for the Senior Wizard role at Globex.\n> Best,\n> Alex Doe\n")
    r = read_rejection(mail(body, sender="Tom Weller <tom@acme.io>", subject="Re: Application"))
    assert r.first_name == "Tom" and r.role == ""
    assert r.record_company == "Acme" and r.company in ("Acme", "")  # never the quoted "Globex"


def test_interview_that_did_not_happen_is_application_stage():
    r = read_rejection(mail("Hi Alex,\n\nThank you for applying. Unfortunately we will not invite you "
                            "to an interview.\n\nBest,\nAcme Recruiting\n"))
    assert r.stage == "application"


@pytest.mark.parametrize("text, language", [
    ("Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns anders entschieden haben.", "de"),
    ("Nous vous remercions pour votre candidature. Malheureusement nous ne pouvons pas y donner suite.", "fr"),
    ("Gracias por tu candidatura. Lamentablemente hemos decidido seguir con otros perfiles.", "es"),
    ("Thank you for your application. Unfortunately we have decided to move on with other candidates.", "en"),
    ("", "en"),
])
def test_language(text, language):
    assert read_rejection(mail(text)).language == language


def test_german_du_and_sie():
    assert read_rejection(mail("Hallo Lena, danke für deine Bewerbung. Leider haben wir dir absagen müssen.")).formal is False
    assert read_rejection(mail("Sehr geehrte Frau Berg, vielen Dank für Ihre Bewerbung. Leider können wir Ihnen keine Zusage geben.")).formal is True


def test_html_only_body_is_read():
    r = read_rejection(mail("<p>Dear Alex,</p><p>Thank you for applying for the <b>Data Analyst</b> position at "
                            "Globex Corp.</p><p>Kind regards,<br>Jane Smith<br>Recruiter</p>",
                            sender="Jane Smith <jane.smith@globex.com>", content_type="text/html; charset=utf-8"))
    assert (r.first_name, r.reply_to) == ("Jane", "jane.smith@globex.com")
    assert_company_read(r, "Globex")
    assert_role_read(r, "Data Analyst")


def test_no_reply_sender_with_human_reply_to():
    r = read_rejection(mail("Hi Alex,\n\nNot this time.\n\nBest,\nKate\n",
                            extra="Reply-To: Kate Lu <kate.lu@acme.com>\n"))
    assert r.no_reply and r.reply_to == "kate.lu@acme.com"


def test_no_reply_reply_to_is_never_used():
    r = read_rejection(mail("Hi Alex,\n\nNot this time.\n\nThe Acme Team\n",
                            extra="Reply-To: donotreply@acme.com\n"))
    assert r.reply_to == ""


def test_privacy_address_in_footer_is_not_a_contact():
    r = read_rejection(mail("Hi Alex,\n\nNot this time.\n\nThe Acme Team\n\nPrivacy: privacy@acme.com\n"))
    assert r.reply_to == ""


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\xff\xfe garbage",
    b"Subject: only a subject\n\n",
    b"From: <<<@@>>>\nTo: ,,,\nSubject: =?bogus?q?x?=\nMessage-ID: not-an-id\n\nbody",
    b"From: a@b.example\nContent-Type: text/plain; charset=x-unknown-charset\n\nD\xe9j\xe0 vu, merci",
    b"From: a@b.example\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n!!!not base64",
    b"From: a@b.example\nContent-Type: multipart/alternative; boundary=x\n\n--x\nContent-Type: text/html\n\n<p>Hi<br>there",
    b"From: a@b.example\nContent-Type: text/html; charset=utf-8\n\n<script>alert(1)</script><style>p{}</style><p>Thanks",
])
def test_malformed_input_never_crashes(raw):
    r = read_rejection(raw)
    assert r.language in ("en", "de", "fr", "es") and isinstance(r.company, str)


def test_unknown_charset_still_gives_text():
    r = read_rejection(b"From: a@b.example\nContent-Type: text/plain; charset=x-unknown\n\n"
                       b"Nous vous remercions pour votre candidature au poste de Caviste. Cordialement")
    assert r.role == "Caviste" and r.language == "fr"


@pytest.mark.parametrize("body", [
    b"x" * 2_000_000,
    b"Thank you for your interest in " + b"Acme Bbbb Cccc " * 30_000,
    b"contact a.b@c.de " * 30_000,
    b"Best regards,\nSarah\n" * 50_000,
])
def test_huge_hostile_bodies_are_read(body):  # how fast: bench/time_limits.py
    found = read_rejection(b"From: a@b.example\nSubject: x\n\n" + body)
    assert found.language  # read to the end without raising, and judged like any other mail
