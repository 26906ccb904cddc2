"""Build the reply as an RFC 5322 message that threads under the rejection in every mail client.

Threading needs In-Reply-To (the rejection's Message-ID) and References (its References plus its
Message-ID); Gmail also wants the same subject with one "Re: ". Every header value that comes from
the received mail is reduced to one clean line first, so it cannot inject a header.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.utils import format_datetime, make_msgid

from onward.drafts.rejection import Rejection
from onward.drafts.reply import Reply, reply
from onward.drafts.sanitize import message_ids, one_line, valid_address
from onward.drafts.subjects import reply_subject

_EMPTY_SUBJECT = {"en": "Thank you", "de": "Vielen Dank", "fr": "Merci", "es": "Gracias"}
_QUOTE_INTRO = {
    "en": ("On {when}, {who} wrote:", "{who} wrote:"),
    "de": ("Am {when} schrieb {who}:", "{who} schrieb:"),
    "fr": ("Le {when}, {who} a écrit :", "{who} a écrit :"),
    "es": ("El {when}, {who} escribió:", "{who} escribió:"),
}
_MAX_REFERENCES = 20  # long threads: keep the first and the latest ids, as RFC 5322 suggests
_MAX_QUOTED_LINES = 300


def _address(name: str, addr: str) -> Address | None:
    addr = valid_address(addr)
    if not addr:
        return None
    local, _, domain = addr.rpartition("@")
    return Address(display_name=one_line(name, 100), username=local, domain=domain)


def references(rejection: Rejection) -> list[str]:
    ids = list(rejection.references)
    if rejection.message_id and rejection.message_id not in ids:
        ids.append(rejection.message_id)
    if len(ids) > _MAX_REFERENCES:
        ids = ids[:1] + ids[-(_MAX_REFERENCES - 1):]
    return ids


def quoted(rejection: Rejection, language: str) -> str:
    """The rejection below the reply, each line behind "> ", introduced in the draft's language."""
    with_date, without = _QUOTE_INTRO.get(language, _QUOTE_INTRO["en"])
    who = one_line(rejection.sender_name or rejection.sender or "", 100) or "?"
    intro = (with_date.format(when=rejection.date.strftime("%Y-%m-%d %H:%M"), who=who)
             if rejection.date else without.format(who=who))
    lines = rejection.text.strip("\n").split("\n")[:_MAX_QUOTED_LINES]
    return intro + "\n" + "\n".join(f"> {line}".rstrip() if line.strip() else ">" for line in lines) + "\n"


def build_reply(rejection: Rejection, body: str, *, key: str, language: str, identity_name: str,
                identity_email: str, quote_original: bool, now: datetime) -> Reply:
    """The draft message: headers for threading and idempotency, UTF-8 text/plain body. Its bytes
    are written directly where that gives the email package's bytes (drafts.reply); its
    EmailMessage is built when asked for (Reply.message)."""
    headers: list[tuple[str, str | Address]] = []
    sender = _address(identity_name, identity_email)
    if sender:
        headers.append(("From", sender))
    recipient = _address(rejection.reply_to_name, rejection.reply_to)
    if recipient:  # otherwise no To at all: the user fills it in (never a no-reply address)
        headers.append(("To", recipient))
    headers.append(("Subject", one_line(reply_subject(rejection.subject, _EMPTY_SUBJECT.get(language, "Thank you")),
                                        900)))
    if message_ids(rejection.message_id):
        headers.append(("In-Reply-To", rejection.message_id))
    refs = references(rejection)
    if refs:
        headers.append(("References", " ".join(refs)))
    headers.append(("Date", format_datetime(now)))
    domain = identity_email.rpartition("@")[2] if valid_address(identity_email) else "onward.invalid"
    headers.append(("Message-ID", make_msgid(domain=domain)))
    headers.append(("X-Onward-Key", one_line(key, 300)))
    text = body if not quote_original or not rejection.text.strip() else f"{body}\n{quoted(rejection, language)}"
    return reply(tuple(headers), text, language)
