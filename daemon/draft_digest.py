"""A fingerprint of a draft's body, recorded when onward saves it, so that `onward remove-drafts`
can tell a draft the user never touched from one they edited (some mail clients keep every header,
X-Onward-Key included, when a draft is edited and saved again)."""

from __future__ import annotations

import hashlib

from onward.daemon.mailbox.message import header_block


def body_digest(raw: bytes) -> str:
    """sha256 of everything after the header block, line endings and trailing blanks evened out
    (a server or a Maildir may store LF where onward wrote CRLF)."""
    head = header_block(raw)
    body = raw[len(head):].replace(b"\r\n", b"\n")
    lines = [line.rstrip() for line in body.split(b"\n")]
    return hashlib.sha256(b"\n".join(lines).strip(b"\n")).hexdigest()[:32]
