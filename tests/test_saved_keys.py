"""Looking for drafts saved before a crash costs a few commands per batch, not one per draft."""

from __future__ import annotations

import logging
import re

import pytest

from onward.daemon import config, credentials
from onward.daemon.mailbox.replies import KEY_HEADER
from onward.daemon.mailbox.imap_session import Session as Mailbox
from tests.support.mail import message

SENT = re.compile(r"^> b'\w+ ((?:UID )?[A-Z]+)")


def test_which_keys_are_present_in_a_few_commands(mail_user, write_config, caplog):
    keys = [f"{n:032x}/reply" for n in range(45)]
    present = set(keys[::4]) | {keys[-1]}
    for n, key in enumerate(sorted(present)):
        with_key = message(n).replace(b"\r\n\r\n", f"\r\n{KEY_HEADER}: {key}\r\n\r\n".encode(), 1)
        mail_user.append(with_key, folder="Drafts")
    # A value that merely contains a key (HEADER search matches substrings) must not count for it.
    mail_user.append(message(99).replace(b"\r\n\r\n", f"\r\n{KEY_HEADER}: {keys[1]}-other\r\n\r\n".encode(), 1),
                     folder="Drafts")
    cfg = config.load(write_config(mail_user))
    with Mailbox(cfg.imap, credentials.resolve(cfg)) as mailbox:
        mailbox.examine("Drafts")
        caplog.set_level(logging.DEBUG, logger="imapclient")
        caplog.clear()
        found = mailbox.header_values_present(KEY_HEADER, keys)
        sent = [m.group(1) for r in caplog.records if (m := SENT.match(r.getMessage()))]
        with pytest.raises(ValueError):
            mailbox.header_values_present(KEY_HEADER, ['a" OR ALL'])
    assert found == present  # keys[1] is only a prefix of a value there: not present
    # 45 keys in chunks of 20: three SEARCHes and at most three FETCHes, where there were 45.
    assert sent.count("UID SEARCH") == 3 and sent.count("UID FETCH") <= 3, sent
