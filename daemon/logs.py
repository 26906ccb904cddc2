"""Logging set-up for the CLI: text or JSON lines on stderr, secrets redacted.

Text lines start with the local time and its zone, except under journald, which stamps each line
itself. JSON lines carry `time` (ISO 8601 with zone), `level`, `account`, `event` (a short stable
name), `message`, and any extra fields the call passed (a message's `decision`, `subject`, …).
Call sites name the event with `extra={"event": "..."}`; otherwise it is made from the first words
of the message's template (up to 3, before the first punctuation), which do not change from one
call to the next: "rejection from %s (…)" is rejection_from, "mailbox unavailable: %s" is
mailbox_unavailable.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import logging
import os
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
# The account whose work is being done: each account's thread (or `run --once`'s turn) sets it, so
# that every line logged meanwhile, from any module, carries the account's name.
_current_account: contextvars.ContextVar[str | None] = contextvars.ContextVar("account", default=None)


@contextlib.contextmanager
def account_context(name: str):
    """Log lines written inside this block carry `account` = name."""
    token = _current_account.set(name)
    try:
        yield
    finally:
        _current_account.reset(token)


def register_secret(secret: str) -> None:
    """Make sure this exact string never appears in a log line."""
    if secret and len(secret) >= 3:
        _known_secrets.add(secret)


def redact(text: str) -> str:
    for secret in _known_secrets:
        text = text.replace(secret, "**REDACTED**")
    # Most lines (one a message at -v) hold none of the words the patterns need: looked for first,
    # the patterns run rarely. casefold, not lower: every character that IGNORECASE takes for a
    # letter of "password" ("ſ" for "s") casefolds to that letter (tests/test_logs_format.py).
    if "LOGIN" in text or "AUTHENTICATE" in text or "password" in text.casefold():
        for pattern in _SECRET_PATTERNS:
            text = pattern.sub(r"\1**REDACTED**", text)
    return text


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "account", None) is None:
            record.account = _current_account.get()
        if not hasattr(record, "template"):  # the template names the event; the text is redacted
            record.template = record.msg
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


_STANDARD_FIELDS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_PLACEHOLDER = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[sdrfxi]")


def event_name(record: logging.LogRecord) -> str:
    """The record's `event`, else one made from the first words of its template (`record.msg`
    before redaction replaced it, kept by the filter as `template`)."""
    given = getattr(record, "event", None)
    if given:
        return str(given)
    template = redact(str(getattr(record, "template", record.msg))).replace("(s)", "")
    for part in re.split(r"[:;,(\n]", _PLACEHOLDER.sub(" ", template)):
        words = [w for w in re.findall(r"[a-z]+", part.lower()) if len(w) > 1]
        if words:  # "%s: %d new message(s) recorded, …" -> new_message_recorded
            return "_".join(words[:3])
    return record.name.rsplit(".", 1)[-1]


def _local_time(record: logging.LogRecord) -> dt.datetime:
    return dt.datetime.fromtimestamp(record.created).astimezone()


class _TextFormatter(logging.Formatter):
    """`2026-12-03 15:10:00.123+0100 INFO onward.daemon.service: …`, or without the time."""

    def __init__(self, with_time: bool):
        super().__init__(("%(asctime)s " if with_time else "") + "%(levelname)s %(name)s: %(message)s")
        # The last second's date, time and zone as text, by its local wall time and fold: at -v
        # lines come hundreds a second (one a message), and the zone is the same all through a
        # second (the system's zone changes its offset on whole seconds).
        self._second: tuple[dt.datetime, int, str, str] | None = None

    def format(self, record: logging.LogRecord) -> str:
        account = getattr(record, "account", None)
        if account and account != "default":  # named accounts share one log: say whose line it is
            record = logging.makeLogRecord({**vars(record), "msg": f"[{account}] {record.msg}"})
        return super().format(record)

    def formatTime(self, record, datefmt=None) -> str:
        # _local_time's result, in parts: fromtimestamp rounds to the microsecond (which may be
        # the next second's first), then the second's text is the one made last, or made now.
        when = dt.datetime.fromtimestamp(record.created)
        second = when.replace(microsecond=0)
        last = self._second
        if last is None or last[0] != second or last[1] != second.fold:
            local = second.astimezone()
            last = self._second = (second, second.fold, local.strftime("%Y-%m-%d %H:%M:%S."), local.strftime("%z"))
        return last[2] + f"{when.microsecond // 1000:03d}" + last[3]


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": _local_time(record).isoformat(timespec="milliseconds"),
                 "level": record.levelname.lower(), "account": getattr(record, "account", None),
                 "event": event_name(record), "logger": record.name, "message": record.getMessage()}
        for key, value in vars(record).items():  # extra fields given by the call
            if key not in _STANDARD_FIELDS and key not in entry and key != "template":
                value = value if isinstance(value, (int, float, bool, type(None))) else redact(str(value))
                entry[key] = value
        if record.exc_text:
            entry["traceback"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def under_journald() -> bool:
    """True when stderr is the stream journald gave us: JOURNAL_STREAM names its device and inode
    (the variable alone is not enough: children inherit it with stderr sent elsewhere)."""
    device_inode = os.environ.get("JOURNAL_STREAM", "")
    try:
        info = os.fstat(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return device_inode == f"{info.st_dev}:{info.st_ino}"


def setup(verbosity: int = 0, fmt: str = "text") -> None:
    level = logging.WARNING if verbosity < 0 else (logging.INFO, logging.DEBUG)[min(verbosity, 1)]
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_RedactingFilter())
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        # Under journald no time: it stamps each line itself; the level lets `journalctl -p` filter.
        handler.setFormatter(_TextFormatter(with_time=not under_journald()))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # imapclient logs every command at DEBUG, watchdog every inotify event; only -vv shows them.
    for chatty in ("imapclient", "schedule", "watchdog"):
        logging.getLogger(chatty).setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
