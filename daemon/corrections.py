"""The user's corrections as the daemon makes them: a mail and the label the user gave it (by
`onward mark`, `onward train` or a learning folder) become a classifier Correction, known by the
same message key as everywhere else, so that the same mail marked twice is one correction."""

from __future__ import annotations

import time

from onward.classifier import Correction
from onward.daemon.mailbox.message import header_text, message_key, parse_headers


def correction(raw: bytes, label: str, where: str, now: float | None = None) -> Correction:
    """`raw` labelled `label`; `where` names where it came from (a file, the inbox, a folder)."""
    from onward.classifier import message_text  # the classifier's text reading: only when marking

    headers = parse_headers(raw)
    subject = header_text(headers.get("Subject")) or "(no subject)"
    sender = header_text(headers.get("From")) or "(no sender)"
    return Correction(message_text(raw), label, f"{where}: {subject[:80]} — {sender[:60]}",
                      message_key(raw, headers), time.time() if now is None else now)
