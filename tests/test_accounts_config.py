"""Several accounts in one config, the pure part: each takes its own delay and language, and a
mistake names the account and the key. (Serving them against the real Dovecot: tests/test_accounts.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from onward.daemon.config import ConfigError, accounts_of, parse


def test_accounts_take_their_own_delay_and_language():
    cfg = parse({"drafts": {"delay": "2h", "language": "fr"}, "accounts": [
        {"name": "work", "host": "imap.example.org", "username": "me", "delay": "1d"},
        {"type": "maildir", "path": "Mail/home", "language": "de"},
    ]}, Path("/base"))
    work, home = accounts_of(cfg)
    assert (work.name, work.type, work.cfg.imap.host) == ("work", "imap", "imap.example.org")
    assert work.cfg.drafts.delay == 86400 and work.cfg.drafts.language == "fr"
    assert (home.name, home.type, home.path) == ("home", "maildir", Path("/base/Mail/home"))
    assert home.cfg.drafts.delay == 7200 and home.cfg.drafts.language == "de"


@pytest.mark.parametrize("accounts, message", [
    ([{"name": "w", "hots": "x"}], 'unknown key "hots" in [[accounts]] w; did you mean "host"?'),
    ([{"type": "maildir"}], "[[accounts]] #1 path: a maildir account needs the path"),
    ([{"type": "pop3"}], "[[accounts]] #1 type: must be one of 'imap', 'maildir'"),
    ([{"name": "a", "type": "maildir", "path": "x"}, {"name": "a", "type": "maildir", "path": "y"}],
     'two accounts are named "a"'),
    ([{"name": "w", "host": "mail.example.com", "username": "u", "security": "none"}],
     '[[accounts]] w security: "none" sends your password unencrypted'),
    ([{"name": "w", "delay": "soon"}], '[[accounts]] w delay: "soon" is not a duration'),
    ([{"name": "w", "language": "it"}], "[[accounts]] w language: must be one of en, de, fr, es"),
])
def test_account_mistakes_name_the_account_and_key(accounts, message):
    with pytest.raises(ConfigError) as err:
        parse({"accounts": accounts}, Path("."))
    assert message in str(err.value)


def test_an_imap_account_needs_host_and_username():
    with pytest.raises(ConfigError, match=r"\[\[accounts\]\] w host: missing"):
        accounts_of(parse({"accounts": [{"name": "w", "username": "u"}]}, Path(".")))
