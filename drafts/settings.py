"""The settings that shape a draft, in a module of their own: the service holds them from its start,
and needs none of the reading rules or templates to do so (drafts.plan imports those)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DraftSettings:
    """The [identity] and [drafts] settings that shape a draft."""

    name: str = ""  # [identity] name: the From of the drafts and their signature
    email: str = ""  # [identity] email
    mode: str = "combined"  # one reply, or "separate": a thank-you and a feedback request
    no_reply: str = "draft"  # automated no-reply rejections: "draft" anyway, or "skip"
    quote_original: bool = False
    templates_dir: str | None = None  # the user's templates, looked up before the shipped ones
    language: str | None = None  # force one language; empty writes in the rejection's language
