"""The short IDs `status` and `drafts` show for a rejection, and finding a rejection from one.

An ID is the start of the rejection's state key (a hash of its Message-ID): 8 characters are
shown, any unique start of 4 or more is accepted, like git's short hashes. With several accounts
an ID may be written ACCOUNT/ID.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.daemon.errors import UsageError
from onward.daemon.state import Store

SHOWN = 8
_ID = re.compile(r"[0-9a-fA-F]{4,32}")


def short_id(key: str) -> str:
    return key[:SHOWN]


@dataclass(frozen=True)
class Found:
    account: str
    key: str
    status: str


def resolve(store: Store, accounts: list[str], given: str) -> Found:
    """The one rejection `given` names among `accounts` of `store`; UsageError otherwise."""
    account, _, wanted = given.rpartition("/")
    if not _ID.fullmatch(wanted):
        raise UsageError(f'"{given}" is not an ID as `onward status` shows them (like 3f9a0c1d)')
    matches = []
    for name in [account] if account else accounts:
        if name not in accounts:
            raise UsageError(f'"{given}": no account named "{name}" in the state file')
        store.account = name
        matches += [Found(name, key, status) for key, status in store.keys_like(wanted)]
    if not matches:
        raise UsageError(f'no rejection with the ID {given} (see `onward status`)')
    if len(matches) > 1:
        where = sorted({m.account for m in matches})
        hint = f"write it as ACCOUNT/ID ({', '.join(where)})" if len(where) > 1 else "give more of it"
        raise UsageError(f"the ID {given} names {len(matches)} messages; {hint}")
    return matches[0]
