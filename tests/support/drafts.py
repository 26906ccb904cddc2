"""What the tests of the drafts' reading share: a rejection built the way the corpus and the bench
build one, and the text of the reply onward drafts for it."""

from __future__ import annotations

from onward.classifier.corpus import entry_to_bytes
from onward.drafts import DraftSettings, plan_drafts


def mail(body: str, sender: str = "Talent <talent@quarrymill.com>", subject: str = "Your application",
         language: str = "en", html: bool = False) -> bytes:
    """RFC 5322 bytes built the way the corpus and the bench build them."""
    return entry_to_bytes({"id": f"facts-test-{abs(hash(body)) % 10**8}", "language": language,
                           "from": sender, "subject": subject, "body": body, "html": html})


def reply_text(raw: bytes) -> str:
    plan = plan_drafts(raw, "test-key", DraftSettings(name="Alex Doe"))
    return plan.drafts[0].message.get_content()
