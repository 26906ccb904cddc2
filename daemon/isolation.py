"""Per-rejection isolation while saving drafts: one rejection's failure is charged to it alone.

An unexpected error with one rejection is recorded on it (reason and attempt count), retried later
a bounded number of times, then marked "failed"; the other rejections, accounts and the service go
on. Failures that are nobody's single message's fault end the pass instead.
"""

from __future__ import annotations

import imaplib
import logging
import sqlite3
from typing import Callable, TypeVar

from onward.daemon.errors import NETWORK_ERRORS, ConfigError, ConnectionFailure, RuntimeFailure
from onward.daemon.state import Due, Store

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 3  # a rejection whose drafts fail this often is marked "failed", with the reason
RETRY_AFTER = 600.0  # seconds before the next attempt at a failed rejection; doubles each time
# Failures of the mailbox, the connection, the state file or the user's config are nobody's single
# message's fault: they end the pass, and the service retries it whole (with backoff).
NOT_ONE_MESSAGES_FAULT = (RuntimeFailure, ConfigError, sqlite3.Error, *NETWORK_ERRORS)
T = TypeVar("T", dict, set)  # what `call` answers, merged item by item


def one_by_one_on_error(call: Callable[[list], T], items: list, owner: Callable, errors: dict,
                         empty: T) -> T:
    """`call(items)`, asked once for the whole batch; if that fails for a reason that may be one
    item's fault, asked item by item, and each item that still fails is put in `errors` under its
    rejection's key (`owner(item)`), while the others get their answers."""
    items = [i for i in items if owner(i) not in errors]
    if not items:
        return empty
    try:
        return call(items)
    except NOT_ONE_MESSAGES_FAULT:
        raise
    except Exception as exc:
        if len(items) == 1:
            errors[owner(items[0])] = exc
            return empty
    merged, failed = empty, {}
    for item in items:
        try:
            answer = call([item])
        except NOT_ONE_MESSAGES_FAULT:
            raise
        except Exception as exc:
            failed[owner(item)] = exc
            continue
        merged = {**merged, **answer} if isinstance(merged, dict) else merged | answer
    if len(failed) > 1 and len(failed) == len(items) and \
            all(isinstance(e, imaplib.IMAP4.error) for e in failed.values()):
        # The server refuses the same question about every message: its fault, not theirs.
        # Charging each rejection an attempt would mark them all failed; retry the pass instead.
        raise ConnectionFailure(f"the server refuses to search: {next(iter(failed.values()))}"[:300])
    errors.update(failed)
    return merged


def note_failure(store: Store, due: Due, exc: Exception, now: float) -> str:
    """Record a failed attempt on the rejection (reason and count); after MAX_ATTEMPTS it is
    "failed" for good. Logged once as a warning, and once more when onward gives up."""
    reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    attempts = store.note_failed_attempt(due.key, reason, now, RETRY_AFTER, MAX_ATTEMPTS)
    name = due.message_id or due.key
    if attempts >= MAX_ATTEMPTS:
        logger.warning("no drafts for %s after %d attempts: %s; it is marked failed (see "
                       "`onward status`)", name, attempts, reason)
        return f"failed: {reason}"
    log = logger.warning if attempts == 1 else logger.info
    log("cannot save the drafts for %s: %s; trying again later (attempt %d of %d)", name, reason,
        attempts, MAX_ATTEMPTS, exc_info=logger.isEnabledFor(logging.DEBUG))
    return f"retrying: {reason}"
