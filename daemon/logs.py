"""Logging set-up for the CLI: journald-friendly text or JSON lines on stderr, secrets redacted."""

from __future__ import annotations

import json
import logging
import re
import sys

# imaplib/imapclient may log the LOGIN or AUTHENTICATE line at high verbosity; never let it through.
_SECRET_PATTERNS = (
    # IMAP commands as imaplib sends them (upper case), not the word "login" in a sentence.
    re.compile(r"(\bLOGIN\s+\S+\s+)(\S+)"),
    re.compile(r"(\bAUTHENTICATE\s+\S+\s+)(\S+)"),
    re.compile(r"(password[\"']?\s*[:=]\s*)(\S+)", re.IGNORECASE),
)
_known_secrets: set[str] = set()


def register_secret(secret: str) -> None:
    """Make sure this exact string never appears in a log line."""
    if secret and len(secret) >= 3:
        _known_secrets.add(secret)


def redact(text: str) -> str:
    for secret in _known_secrets:
        text = text.replace(secret, "**REDACTED**")
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1**REDACTED**", text)
    return text


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record), "level": record.levelname.lower(),
                 "logger": record.name, "message": record.getMessage()}
        if record.exc_text:
            entry["traceback"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def setup(verbosity: int = 0, fmt: str = "text") -> None:
    level = logging.WARNING if verbosity < 0 else (logging.INFO, logging.DEBUG)[min(verbosity, 1)]
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_RedactingFilter())
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        # No timestamp: journald adds its own; the level lets `journalctl -p` filter.
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # imapclient logs every command at DEBUG, watchdog every inotify event; only -vv shows them.
    for chatty in ("imapclient", "schedule", "watchdog"):
        logging.getLogger(chatty).setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
