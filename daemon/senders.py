"""`[classifier] ignore_senders`: addresses and `*@domain` patterns whose mail is never a rejection.

Checked once at start-up (a bad pattern names the key); matched against the From address only,
case-insensitively, never against the display name (which anyone can write).
"""

from __future__ import annotations

import re
from email.utils import getaddresses

from onward.daemon.errors import ConfigError

KEY = "[classifier] ignore_senders"
# Deliberately plain: a local part and a domain, or `*` for any local part. No other wildcard:
# "*@*" or "*bank*" would silence far more than a user means to.
_LOCAL = r"[A-Za-z0-9!#$%&'+/=?^_`{|}~.-]+"
_DOMAIN = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
_PATTERN = re.compile(rf"(?:\*|{_LOCAL})@{_DOMAIN}")


def check_patterns(patterns: tuple[str, ...]) -> None:
    """ConfigError naming the key and the first pattern that is neither an address nor *@domain."""
    for pattern in patterns:
        if not _PATTERN.fullmatch(pattern.strip()):
            raise ConfigError(f'{KEY}: "{pattern}" is neither an address (jobs@x.example) nor a '
                              'pattern for a whole domain (*@x.example)')


def ignored_by(from_header: str, patterns: tuple[str, ...]) -> str | None:
    """The pattern that the From address of a message matches, else None."""
    if not patterns or not from_header:
        return None
    addresses = [a.lower() for _name, a in getaddresses([from_header]) if "@" in a]
    for pattern in patterns:
        wanted = pattern.strip().lower()
        for address in addresses:
            if wanted == address or (wanted.startswith("*@") and address.rsplit("@", 1)[1] == wanted[2:]):
                return pattern
    return None
