"""A sender's name in an encoded word of a lying charset (unicode_escape, utf-7) can decode to a lone
surrogate, which no header can hold: the rejection still gets its draft, addressed to the name
without it (before, building the To line raised and the rejection ended "failed")."""

from __future__ import annotations

import pytest

from onward import drafts
from onward.drafts.sanitize import fix_surrogates, one_line

BODY = (b"Dear Sam,\r\nthank you for applying for the Data Analyst role at Acme. Unfortunately we have "
        b"decided not to move forward with your application.\r\nBest regards,\r\nAnn\r\n")


def mail(sender: bytes) -> bytes:
    return (b"From: " + sender + b"\r\nTo: sam@example.org\r\nSubject: Your application\r\n"
            b"Message-ID: <x1@acme.example>\r\nDate: Mon, 1 Dec 2026 10:00:00 +0000\r\n\r\n" + BODY)


@pytest.mark.unit
@pytest.mark.parametrize("sender, name", [
    (b"=?unicode_escape?q?Ann=5Cud800?= <ann@acme.example>", "Ann"),
    (b"=?utf-7?q?Ann+2AA-?= <ann@acme.example>", "Ann"),
    # beside a raw 8-bit byte (a surrogate escape), which alone would be re-decoded
    (b"=?unicode_escape?q?Ann=5Cud800?= \xe9 <ann@acme.example>", "Ann \u00e9"),
])
def test_a_name_decoded_to_a_lone_surrogate_still_gets_its_draft(sender, name):
    plan = drafts.plan_drafts(mail(sender), "k1", drafts.DraftSettings(name="Sam", email="sam@example.org"))
    assert plan.drafts, plan.skipped
    for draft in plan.drafts:
        assert draft.message["To"] == f"{name} <ann@acme.example>"
        draft.as_bytes().decode("utf-8")  # every byte of it is text


@pytest.mark.unit
def test_one_line_drops_lone_surrogates_and_keeps_re_decodable_bytes():
    assert one_line("Ann\ud800 Vogel") == "Ann Vogel"
    assert one_line("Jos\udcc3\udca9") == "José"  # raw UTF-8 bytes kept as surrogate escapes
    assert fix_surrogates("\udcc3\ud800") == "\udcc3\ud800"  # not bytes: left for one_line to drop
