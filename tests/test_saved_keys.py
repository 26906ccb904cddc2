"""Looking for drafts saved before a crash costs a few commands per batch, not one per draft."""

from __future__ import annotations

import logging
import re

from onward.daemon import config, credentials
from onward.daemon.mailbox.imap import ImapTarget
from onward.daemon.mailbox.imap_session import Session
from onward.daemon.mailbox.replies import KEY_HEADER
from tests.support.mail import message

SENT = re.compile(r"^> b'\w+ ((?:UID )?[A-Z]+)")


def with_key(n: int, key: str) -> bytes:
    return message(n).replace(b"\r\n\r\n", f"\r\n{KEY_HEADER}: {key}\r\n\r\n".encode(), 1)


def test_which_keys_are_present_in_a_few_commands(mail_user, write_config, caplog):
    keys = [f"{n:032x}/reply" for n in range(45)]
    present = set(keys[::4]) | {keys[-1]}
    for n, key in enumerate(sorted(present)):
        mail_user.append(with_key(n, key), folder="Drafts" if n % 3 else "Sent")
    # A value that merely contains a key (HEADER search matches substrings) must not count for it.
    mail_user.append(with_key(99, f"{keys[1]}-other"), folder="Drafts")
    # Nor may a key break out of its quoted string into the search command.
    hostile = 'a" OR ALL'
    cfg = config.load(write_config(mail_user))
    # Before connecting: imaplib logs the protocol only on a connection made while it is shown.
    caplog.set_level(logging.DEBUG, logger="imapclient")
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        target = ImapTarget(session, cfg)
        caplog.clear()
        found = target.saved_keys(keys)
        sent = [m.group(1) for r in caplog.records if (m := SENT.match(r.getMessage()))]
        assert target.saved_keys([hostile]) == set()
    assert found == present  # keys[1] is only a prefix of a value there: not present
    # Drafts, Sent and Trash: one EXAMINE, one SEARCH and one FETCH each, where there were 45.
    assert sent.count("UID SEARCH") <= 3 and sent.count("UID FETCH") <= 3, sent  # (Trash is empty)
    assert sent.count("EXAMINE") == 3, sent
