"""Read a rejection email into the facts a reply needs (`read_rejection`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from onward.drafts import addresses as addr_rules
from onward.drafts import language as lang
from onward.drafts import layout as text_layout
from onward.drafts import mime_text, stage
from onward.drafts.bounds import without_comments
from onward.drafts.company import key as company_key
from onward.drafts.company_clues import find_company
from onward.drafts.lexicon import fold
from onward.drafts.people import (complete, display_as_name, first_name, looks_personal, named_contact,
                           person_name, signer)
from onward.drafts.role import find_role
from onward.drafts.sanitize import message_ids, one_line


@dataclass(frozen=True)
class Rejection:
    """What a reply needs to know about a rejection. Unknown text fields are ""."""

    company: str
    role: str
    first_name: str  # of the person to thank; "" for a team signature
    stage: str  # "application" or "interview"
    no_reply: bool  # the sender is an automated no-reply address
    language: str  # "en", "de", "fr" or "es"
    reply_to: str  # where the draft goes; "" when no person's address is known
    subject: str
    message_id: str  # "<...>" or ""
    references: tuple[str, ...] = ()
    full_name: str = ""  # of the person to thank
    reply_to_name: str = ""  # display name for reply_to, when known
    formal: bool = True  # the sender used "Sie"/"vous"/"usted"
    sender: str = ""  # the From address
    sender_name: str = ""
    date: datetime | None = None
    text: str = field(default="", repr=False)  # the readable body, for quoting


_HEAD, _TAIL = 30_000, 10_000  # a rejection is a few thousand characters; the signature is at the end


def _bounded(text: str) -> str:
    """The start and the end of a very long text: extraction stays fast on hostile input."""
    return text if len(text) <= _HEAD + _TAIL else f"{text[:_HEAD]}\n\n{text[-_TAIL:]}"


def read_rejection(raw: bytes) -> Rejection:
    """Extract company, role, person, stage, language and recipient. Never raises on bad input:
    a message the parsers cannot cope with (comments nested hundreds deep) is read again without
    its parentheses, and if even that fails, the reply is written without any of these facts."""
    for attempt in (raw, without_comments(raw or b"")):
        try:
            return _read(attempt)
        except (RecursionError, ValueError, LookupError, TypeError, AttributeError, IndexError, KeyError):
            continue
    return Rejection(company="", role="", first_name="", stage="application", no_reply=False,
                     language="en", reply_to="", subject="", message_id="")


def _read(raw: bytes) -> Rejection:
    msg = mime_text.parse(raw)
    subject = mime_text.header(msg, "Subject")
    senders = mime_text.addresses(msg, "From")[:1]
    reply_tos = mime_text.addresses(msg, "Reply-To")
    applicant = mime_text.addresses(msg, "To") + mime_text.addresses(msg, "Cc")
    sender_name, sender = senders[0] if senders else ("", "")
    text = mime_text.body_text(msg)
    own_words = _bounded(text_layout.cut_quoted(text))
    layout = text_layout.split(own_words)

    # The applicant's own name must never be taken for the company or the person to thank.
    not_these = {fold(n) for n, _ in applicant if n} | {company_key(n) for n, _ in applicant if n}
    for name, _ in applicant:
        not_these |= {fold(part) for part in name.split() if len(part) > 2}
    signed_by = complete(signer(layout, not_these), layout, sender_name, not_these)
    company = find_company(layout, subject, senders + reply_tos, addr_rules.addresses_in_text(own_words),
                           signed_by, not_these)
    not_company = not_these | {company_key(company)} if company else not_these
    if signed_by and company_key(signed_by) == company_key(company):
        signed_by = ""
    contact = signed_by or named_contact(own_words, not_company)
    if not contact and not layout.signature and not layout.inline_signer and sender_name:
        # No signature at all: a sender that is plainly a person ("Sarah Miller <sarah@...>").
        if looks_personal(sender_name, sender):
            contact = person_name(display_as_name(sender_name), not_company)

    language = lang.detect(f"{subject}\n{own_words}")
    exclude = {a.lower() for _, a in applicant}
    reply_to = addr_rules.choose_recipient(
        [a for _, a in reply_tos], sender, own_words, [contact] if contact else [], exclude)
    message_id = next(iter(message_ids(mime_text.header(msg, "Message-ID"))), "")
    known_names = {a.lower(): n for n, a in [*reply_tos, *senders] if n}
    reply_to_name = known_names.get(reply_to.lower(), "")
    if reply_to and not reply_to_name and contact and looks_personal(contact, reply_to):
        reply_to_name = contact  # the named contact's own address: "Olivia Brandt <olivia.brandt@...>"
    return Rejection(
        company=one_line(company, 100),
        role=one_line(find_role(layout.body, subject, language, {company_key(company)} - {""}), 100),
        first_name=one_line(first_name(contact), 60),
        full_name=one_line(contact, 100),
        reply_to_name=one_line(display_as_name(reply_to_name), 100),
        stage=stage.detect(own_words),
        no_reply=bool(sender) and addr_rules.is_automated(sender),
        language=language,
        reply_to=reply_to,
        subject=subject,
        message_id=message_id,
        references=tuple(message_ids(mime_text.header(msg, "References"))),
        formal=lang.is_formal(own_words, language),
        sender=sender,
        sender_name=one_line(sender_name, 100),
        date=mime_text.date(msg),
        text=text,
    )
