"""The state file's tables and the values its rows hold: what became of a message (Status), the
SQL that tells a rejection, the columns added since the first release, a detail as stored."""

from __future__ import annotations

import enum
import json
import sqlite3

from onward.daemon.state_guard import GuardedConnection

SCHEMA = """
CREATE TABLE IF NOT EXISTS folders (
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    scanned_at  REAL,
    PRIMARY KEY (account, folder)
);
CREATE TABLE IF NOT EXISTS messages (
    account     TEXT NOT NULL,
    key         TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         INTEGER NOT NULL,
    message_id  TEXT,
    subject     TEXT,
    sender      TEXT,
    received_at REAL,
    seen_at     REAL NOT NULL,
    status      TEXT NOT NULL,
    probability REAL,
    due_at      REAL,
    done_at     REAL,
    detail      TEXT,
    PRIMARY KEY (account, key)
);
CREATE INDEX IF NOT EXISTS messages_status ON messages (account, status, due_at);
-- Maildir accounts: the unique file names already dealt with (Maildir has no UIDs).
CREATE TABLE IF NOT EXISTS maildir_names (
    account     TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (account, name)
);
-- Companies (names or mail domains) the user muted: no stay-in-touch draft for them (`onward mute`).
CREATE TABLE IF NOT EXISTS muted (
    name        TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    muted_at    REAL NOT NULL
);
-- Maildir folders read by a history scan (onward scan --since): the file names dealt with.
CREATE TABLE IF NOT EXISTS history_names (
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (account, folder, name)
);
-- The bytes of each rejection still waiting for its drafts; deleted once decided.
CREATE TABLE IF NOT EXISTS pending (
    account     TEXT NOT NULL,
    key         TEXT NOT NULL,
    raw         BLOB NOT NULL,
    PRIMARY KEY (account, key)
);
-- The kind of each message the first stage passed (kind NULL: set aside by it), and for job mail
-- what the report links on: company, role, job id, thread. Written by the service's scan and by
-- `onward scan --since` (history); never a reason to draft anything.
CREATE TABLE IF NOT EXISTS job_mail (
    account     TEXT NOT NULL,
    key         TEXT NOT NULL,
    kind        TEXT,
    probability REAL,
    company     TEXT,
    role        TEXT,
    job_id      TEXT,
    message_id  TEXT,
    in_reply_to TEXT,
    refs        TEXT,
    sender      TEXT,
    subject     TEXT,
    received_at REAL,
    reason      TEXT,
    source      TEXT NOT NULL,
    PRIMARY KEY (account, key)
);
CREATE INDEX IF NOT EXISTS job_mail_kind ON job_mail (account, kind, received_at);
"""


class Status(enum.StrEnum):
    """What became of a message; the values are what the state file holds."""

    OTHER = "other"  # not a rejection
    WAITING = "waiting"  # a rejection whose drafts are not due yet (or are retried)
    DRAFTED = "drafted"
    SKIPPED = "skipped"  # a rejection whose drafts are no longer wanted (replied, deleted, …)
    FAILED = "failed"  # unreadable, or its drafts failed too often
    TOO_OLD = "too_old"  # older than the lookback when first seen: never drafted
    IGNORED = "ignored"  # from a sender on [classifier] ignore_senders: never drafted


# A rejection, whatever became of it (a failed one may have been a message nobody could read).
REJECTION = (f"(due_at IS NOT NULL OR status IN ('{Status.WAITING}', '{Status.DRAFTED}',"
              f" '{Status.SKIPPED}'))")


# Columns added after the first release: a state file from before gets them on opening.
ADDED_COLUMNS = {"messages": (("attempts", "INTEGER NOT NULL DEFAULT 0"),),
                 # A rejection's drafts as composed when it was read (daemon.composed), if it was due then.
                 "pending": (("composed", "BLOB"),)}


def add_missing_columns(db: sqlite3.Connection | GuardedConnection) -> None:
    """Add the columns of ADDED_COLUMNS that an older state file lacks."""
    for table, columns in ADDED_COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for name, decl in columns:
            if name not in have:
                try:
                    db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
                except sqlite3.OperationalError as exc:  # another process added it meanwhile
                    if "duplicate column" not in str(exc):
                        raise


# How json.dumps(ensure_ascii=False) writes a str: in quotes, with JSON's escapes, the rest as it is.
_QUOTED = json.encoder.encode_basestring


def detail_json(value: dict | None) -> str | None:
    """A message's detail as the state file holds it (NULL for none)."""
    if not value:
        return None
    if len(value) == 1:
        # Most details are one reason, a text ({"reason": "not job mail ..."}): written as
        # json.dumps writes it, with the same quoting, in an eighth of its time (it builds an
        # encoder for each call; a first scan writes a detail for each message, issue 17).
        ((name, text),) = value.items()
        if type(name) is str and type(text) is str:
            return "{" + _QUOTED(name) + ": " + _QUOTED(text) + "}"
    return json.dumps(value, ensure_ascii=False)

