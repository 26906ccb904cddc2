"""Counting the IMAP commands onward sends, by name ("UID FETCH", "UID SEARCH", "APPEND"), for the
tests and benchmarks that check how many a poll or a batch of drafts costs (issue 17)."""

from __future__ import annotations

import collections
import functools
import imaplib
from contextlib import contextmanager
from typing import Iterator

from imapclient import IMAPClient


@contextmanager
def imap_commands() -> Iterator[collections.Counter]:
    """Count every IMAP command this process sends inside the block. imaplib sends most (UID
    commands as "UID" plus the command: counted as "UID FETCH"); imapclient sends SEARCH and a few
    others itself."""
    sent: collections.Counter = collections.Counter()
    imaplib_command, raw_command = imaplib.IMAP4._command, IMAPClient._raw_command

    def counting(imap, name, *args):
        sent[f"{name} {args[0]}" if name == "UID" else name] += 1
        return imaplib_command(imap, name, *args)

    def counting_raw(client, command, args, uid=True):
        name = command.decode().upper()
        sent[f"UID {name}" if uid and client.use_uid else name] += 1
        return raw_command(client, command, args, uid=uid)

    imaplib.IMAP4._command, IMAPClient._raw_command = counting, counting_raw  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        imaplib.IMAP4._command, IMAPClient._raw_command = imaplib_command, raw_command  # type: ignore[method-assign]


@contextmanager
def imap_commands_in(owner: type, method: str) -> Iterator[collections.Counter]:
    """Count the IMAP commands sent while `owner.method` runs (e.g. Service.save_due_drafts), for
    as long as the block lasts."""
    sent: collections.Counter = collections.Counter()
    original = getattr(owner, method)

    @functools.wraps(original)
    def counted(*args, **kwargs):
        with imap_commands() as during:
            try:
                return original(*args, **kwargs)
            finally:
                sent.update(during)

    setattr(owner, method, counted)
    try:
        yield sent
    finally:
        setattr(owner, method, original)
