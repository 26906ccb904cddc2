"""Decide which drafts a rejection gets and build them (`plan_drafts`); saving them is the caller's.

Computing the drafts as data first (like afew's commit step) lets `onward preview` show exactly what
the daemon would save, and lets the daemon save them in one place.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage

from onward.drafts import render
from onward.drafts.compose import build_reply
from onward.drafts.rejection import Rejection, read_rejection
from onward.drafts.reply import Reply
from onward.drafts.settings import DraftSettings

MODES = ("combined", "separate")
NO_REPLY_POLICIES = ("draft", "skip")


@dataclass(frozen=True)
class Draft:
    kind: str  # "reply", "thanks" or "feedback"
    key: str  # the X-Onward-Key value: "<rejection key>/<kind>"
    reply: Reply

    @property
    def message(self) -> EmailMessage:
        """The draft as an EmailMessage (built on first use: saving a draft needs only its bytes)."""
        return self.reply.message

    def as_bytes(self) -> bytes:
        """The message with CRLF line endings, ready for IMAP APPEND."""
        return self.reply.as_bytes()


@dataclass(frozen=True)
class DraftPlan:
    rejection: Rejection
    drafts: list[Draft] = field(default_factory=list)
    skipped: str | None = None  # why no drafts were made, when none were


def template_context(rejection: Rejection, language: str, kind: str, settings: DraftSettings) -> dict:
    """What a reply's template is rendered with: the mail's facts and the user's settings."""
    return {
        "company": rejection.company, "role": rejection.role, "first_name": rejection.first_name,
        "full_name": rejection.full_name, "formal_name": rejection.formal_name, "stage": rejection.stage,
        "interview": rejection.stage == "interview", "formal": rejection.formal, "language": language,
        "kind": kind, "my_name": settings.name, "my_email": settings.email,
        "original_subject": rejection.subject,
    }


def plan_drafts(raw: bytes, key: str, settings: DraftSettings, now: datetime | None = None) -> DraftPlan:
    """The drafts for one rejection. Raises render.DraftTemplateError for a broken template."""
    if settings.mode not in MODES or settings.no_reply not in NO_REPLY_POLICIES:
        raise ValueError(f"DraftSettings: mode must be one of {MODES}, no_reply one of {NO_REPLY_POLICIES}")
    templates_dir, forced_language = settings.templates_dir or "", settings.language or ""
    rejection = read_rejection(raw)
    if settings.email and rejection.reply_to.lower() == settings.email.lower():
        rejection = dataclasses.replace(rejection, reply_to="", reply_to_name="")  # never to oneself
    if rejection.no_reply and settings.no_reply == "skip":
        return DraftPlan(rejection, [], "automated no-reply sender (drafts.no_reply = skip)")
    language = render.choose_language(rejection.language, forced_language, templates_dir)
    now = now or datetime.now().astimezone()
    drafts = []
    for kind in ("reply",) if settings.mode == "combined" else ("thanks", "feedback"):
        body = render.render(kind, language, template_context(rejection, language, kind, settings), key,
                             templates_dir)
        draft_key = f"{key}/{kind}"
        made = build_reply(rejection, body, key=draft_key, language=language,
                           identity_name=settings.name, identity_email=settings.email,
                           quote_original=settings.quote_original, now=now)
        drafts.append(Draft(kind, draft_key, made))
    return DraftPlan(rejection, drafts, None)
