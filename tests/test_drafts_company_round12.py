"""Classes of wrong company the round-12 mail showed: a job title the application phrase catches
("your interest in the Deckhand role") is no company.

Every mail here is written for this file; each test failed before its table entry was added.
"""

from __future__ import annotations

from onward.drafts import read_rejection
from tests.test_drafts_facts import mail


def test_a_deckhand_post_the_interest_phrase_names_is_not_the_company():
    body = ("Hi Callum, thanks for your interest in the Deckhand / Crew Rating role. We won't be progressing "
            "your application on this occasion. Best of luck – Tidewater Recruitment")
    read = read_rejection(mail(body, sender="Crew Recruitment <recruitment@tidewatercruises.example>",
                               subject="Deckhand / Crew Rating – Ref TW-0712"))
    assert "Deckhand" not in read.company
