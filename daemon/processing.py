"""What happens to each new message: the one function the watcher calls per message.

For now a message is read just enough to be recognised in `onward status` and recorded as seen;
classification and delayed drafting plug in here.
"""

from __future__ import annotations

import logging
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32

from daemon.imap import FetchedMessage
from daemon.state import Record

logger = logging.getLogger(__name__)
_HEADER_PARSER = BytesHeaderParser(policy=compat32)  # compat32 never raises on broken headers


def header_text(value) -> str:
    """A header as readable one-line text, whatever its encoding; never raises."""
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except Exception:  # unknown charset, broken encoded-word: keep what is printable
        text = str(value)
    return " ".join(text.split())[:500]


def summarise(raw: bytes) -> dict[str, str]:
    """Message-ID, Subject and From of a raw message, decoded for display."""
    headers = _HEADER_PARSER.parsebytes(raw)
    return {name: header_text(headers.get(name)) for name in ("Message-ID", "Subject", "From")}


def process(message: FetchedMessage, key: str) -> Record:
    headers = summarise(message.raw)
    received = message.internal_date.timestamp() if message.internal_date else None
    return Record(key=key, uid=message.uid, message_id=headers["Message-ID"],
                  subject=headers["Subject"], sender=headers["From"], received_at=received,
                  status="seen")
