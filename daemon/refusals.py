"""What the server's refusals mean, and what may be sent to it.

A refusal the server marks as temporary (RFC 5530 response codes) becomes a ConnectionFailure, which
the service retries with backoff like an outage; only permanent refusals end it. Text taken from a
mail (a Message-ID, a key) is made safe for an IMAP SEARCH first, or declared unsearchable.
"""

from __future__ import annotations

import contextlib
import imaplib
import re

from onward.daemon.errors import ConnectionFailure

# RFC 5530 response codes that say "not now" rather than "never": retried with backoff like an outage.
# OVERQUOTA is the user's to fix, but until they do nothing is lost by waiting.
TEMPORARY_CODES = ("UNAVAILABLE", "INUSE", "SERVERBUG", "LIMIT", "OVERQUOTA", "EXPUNGEISSUED")
MAX_SEARCH_CHARS = 500  # a SEARCH HEADER matches substrings: a long value's start is enough
_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")  # no control may reach a command line


def response_code(exc: BaseException) -> str:
    """The RFC 5530 response code of a server's refusal ("UNAVAILABLE"), or ""."""
    found = re.search(r"\[([A-Za-z-]+)", str(exc))
    return found.group(1).upper() if found else ""


def is_temporary(exc: BaseException) -> bool:
    """Is this refusal from the server marked as temporary (so: try again later)?"""
    return isinstance(exc, imaplib.IMAP4.error) and response_code(exc) in TEMPORARY_CODES


def server_words(exc: BaseException) -> str:
    """The server's refusal on one short line (it is text from the network: no controls)."""
    return " ".join(_UNSEARCHABLE.sub(" ", str(exc)).split())[:200]


@contextlib.contextmanager
def temporary_means_retry(what: str):
    """Turn a refusal the server marks as temporary into a ConnectionFailure, which the service
    retries with backoff; other refusals pass through unchanged."""
    try:
        yield
    except imaplib.IMAP4.error as exc:
        if isinstance(exc, imaplib.IMAP4.abort) or not is_temporary(exc):
            raise
        raise ConnectionFailure(f"the server cannot {what} just now: {server_words(exc)}") from None


def search_value(value: str) -> str | None:
    """`value` as it can go into an IMAP SEARCH, or None when it cannot be searched faithfully.

    Text from a mail may hold anything: raw 8-bit bytes kept as surrogates are re-read as UTF-8
    (else Latin-1), spaces are collapsed, a long value is cut (a substring search still finds it);
    a control character (CR, LF, NUL) left after that makes it unsearchable. Non-ASCII values are
    searched with CHARSET UTF-8.
    """
    if not isinstance(value, str):
        return None
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        try:
            data = value.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a surrogate that stands for no byte
            return None
        try:
            value = data.decode("utf-8")
        except UnicodeDecodeError:
            value = data.decode("latin-1")
    value = " ".join(value.split())[:MAX_SEARCH_CHARS].strip()
    if not value or _UNSEARCHABLE.search(value):
        return None
    return value
