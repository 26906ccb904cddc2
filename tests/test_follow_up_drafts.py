"""The stay-in-touch draft as pure logic (onward.drafts.plan_follow_up): every language's template
reads well with and without each fact, an unsupported language falls back to English, the user's
templates override in the sandbox, and the draft threads under the message it answers."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from onward.daemon.follow_up import is_muted
from onward.drafts import DraftSettings, DraftTemplateError, plan_follow_up
from onward.drafts.render import render
from tests.support.templates import BAD, FIELDS, LANGUAGES, context

NOW = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone.utc)
OWN = {"alex@example.com"}
PLACEHOLDER = {"en": "[[Fill in", "de": "[[Vor dem Senden", "fr": "[[À compléter", "es": "[[Completar"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_combination_of_known_and_unknown_facts_reads_well(language):
    for company, role, first_name, stage, formal in FIELDS:
        for key in ("k1", "k2", "k3"):
            ctx = context(language, "follow_up", company, role, first_name, stage, formal)
            text = render("follow_up", language, ctx, key)
            assert not BAD.search(text), (ctx, text)
            assert text.count(PLACEHOLDER[language]) == 1, text
            assert text.endswith("Alex Doe\n") and "\n\n\n" not in text
            for fact in (company, role):
                assert not fact or fact in text, (ctx, text)
            assert len(text) < 900  # short


def _rejection(body: str, sender="Sarah Lee <sarah@acme.com>", subject="Your application") -> bytes:
    return (f"From: {sender}\nTo: alex@example.com\nSubject: {subject}\n"
            f"Message-ID: <rej@acme.com>\n\n{body}").encode()


def _sent(to="Sarah Lee <sarah@acme.com>", refs="<rej@acme.com>") -> bytes:
    return (f"From: Alex <alex@example.com>\nTo: {to}\nSubject: Re: Your application\n"
            f"Message-ID: <mine@example.com>\nIn-Reply-To: <rej@acme.com>\nReferences: {refs}\n\n"
            "Thank you!\n").encode()


EN = "Hi Alex,\n\nThanks for applying to Acme; we will not move forward.\n\nBest,\nSarah\n"
IT = "Ciao Alex,\n\ngrazie per la candidatura. Purtroppo abbiamo scelto un altro candidato.\n\nSaluti,\nSarah\n"


def test_threaded_under_the_users_reply_and_addressed_to_whom_they_wrote():
    draft = plan_follow_up(_rejection(EN), _sent(), True, "k/follow-up", DraftSettings(name="Alex",
                           email="alex@example.com"), {}, OWN, NOW)
    msg = draft.message
    assert msg["In-Reply-To"] == "<mine@example.com>"
    assert msg["References"] == "<rej@acme.com> <mine@example.com>"
    assert msg["To"] == "Sarah Lee <sarah@acme.com>" and msg["X-Onward-Key"] == "k/follow-up"
    assert msg["Subject"] == "Re: Your application"
    assert draft.kind == "follow_up" and msg["Content-Language"] == "en"


def test_under_the_employers_answer_it_goes_to_its_sender_never_to_the_user():
    answer = (b"From: Sarah Lee <sarah@acme.com>\nReply-To: alex@example.com\nTo: alex@example.com\n"
              b"Subject: Re: Re: Your application\nMessage-ID: <ans@acme.com>\n"
              b"References: <rej@acme.com> <mine@example.com>\n\nYou are welcome.\n")
    msg = plan_follow_up(_rejection(EN), answer, False, "k/follow-up", DraftSettings(email="alex@example.com"),
                         {}, OWN, NOW).message
    assert msg["To"] == "Sarah Lee <sarah@acme.com>"
    assert msg["References"] == "<rej@acme.com> <mine@example.com> <ans@acme.com>"


def test_an_unsupported_language_is_written_in_english_and_a_gone_rejection_says_less():
    italian = plan_follow_up(_rejection(IT), _sent(), True, "k", DraftSettings(), {}, OWN, NOW).message
    assert italian["Content-Language"] == "en" and "[[Fill in" in italian.get_content()
    gone = plan_follow_up(None, _sent(), True, "k", DraftSettings(), {"company": "Acme", "language": "fr"},
                          OWN, NOW).message
    text = gone.get_content()
    assert gone["Content-Language"] == "fr" and "Acme" in text and "Sarah" not in text


def test_a_header_injection_in_the_last_message_stays_out_of_the_draft():
    hostile = _sent(to="Eve <eve@evil.example>", refs="<rej@acme.com>").replace(
        b"Subject: Re: Your application", b"Subject: =?utf-8?q?Hi=0D=0ABcc:_x@evil.example?=")
    msg = plan_follow_up(_rejection(EN), hostile, True, "k", DraftSettings(), {}, OWN, NOW).message
    assert msg["Bcc"] is None and "\n" not in msg["Subject"]


def test_a_user_template_overrides_in_the_sandbox(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "follow_up.txt.j2").write_text("Hello again, {{ company or 'team' }}!\n")
    settings = DraftSettings(templates_dir=str(tmp_path))
    text = plan_follow_up(_rejection(EN), _sent(), True, "k", settings, {}, OWN, NOW).message.get_content()
    assert text == "Hello again, Acme!\n"
    (tmp_path / "en" / "follow_up.txt.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}\n")
    with pytest.raises(DraftTemplateError, match="unsafe"):
        plan_follow_up(_rejection(EN), _sent(), True, "k", settings, {}, OWN, NOW)


def test_a_broken_user_template_in_the_rejections_language_is_an_error_not_an_english_draft(tmp_path):
    de = "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung bei Acme. Leider haben wir uns anders entschieden.\n\nSarah\n"
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "follow_up.txt.j2").write_text("Guten Tag {{ company \n")
    with pytest.raises(DraftTemplateError):
        plan_follow_up(_rejection(de), _sent(), True, "k", DraftSettings(templates_dir=str(tmp_path)), {},
                       OWN, NOW)


@pytest.mark.parametrize("muted, row, expected", [
    ({"ACME"}, {"company": "Acme", "sender": "x@y.example"}, True),
    ({"acme.com"}, {"company": "", "sender": "Sarah <sarah@jobs.acme.com>"}, True),
    ({"acme.com"}, {"company": "", "sender": "Sarah <sarah@notacme.com>"}, False),
    ({"Acme"}, {"company": "Acme Analytics", "sender": "s@acme-analytics.example"}, False),
    (set(), {"company": "Acme", "sender": "s@acme.com"}, False),
])
def test_muting_matches_the_company_or_the_domain(muted, row, expected):
    assert is_muted(row, muted) is expected


def test_every_shipped_language_has_a_follow_up_template():
    for language, (company, role) in itertools.product(LANGUAGES, [("Acme", "Analyst")]):
        assert PLACEHOLDER[language] in render("follow_up", language,
                                               context(language, "follow_up", company, role, "", "application", True), "k")
