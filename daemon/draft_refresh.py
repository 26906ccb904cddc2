"""Asking the mailbox what became of the drafts onward saved, and keeping the answer in the state
so that a plain `onward status` shows it without connecting (with when it was asked).

Read-only like every look at the mailbox: EXAMINE and SEARCH, nothing is flagged or moved.
"""

from __future__ import annotations

import time

from onward.daemon import follow
from onward.daemon.config import Account, Config, accounts_of
from onward.daemon.mailbox import DraftsTarget, open_mailbox
from onward.daemon.mailbox.replies import EDITED, GONE, THERE, TRASHED
from onward.daemon.state import Store

REMOVED = "removed by onward remove-drafts"
# The running service looks again, read-only, this often, at the drafts that may still change:
# those last known in Drafts (edited or not) or in the Trash, saved in the last RECENT seconds.
# Sent and gone are final enough; a draft left alone for a month is not worth an hourly SEARCH.
EVERY = 3600.0
RECENT = 30 * 86400.0
_STILL_MOVING = (THERE, EDITED, TRASHED)


def states_of(account: Account, drafted: list[dict], store: Store | None = None,
              now: float | None = None) -> dict[str, str]:
    """For each drafted rejection (by key), what became of its drafts, asked of the mailbox; with
    a `store`, the conversations after its rejections are followed too (daemon.follow)."""
    following = store is not None and follow.any_worth_a_look(store, account.cfg, now or time.time())
    if not drafted and not following:
        return {}
    mailbox = open_mailbox(account)
    mailbox.open()
    try:
        target = mailbox.drafts_target()
        if following:
            follow.refresh_with(store, target, account.cfg, now or time.time())
        return target.draft_states(drafted) if drafted else {}
    finally:
        mailbox.close()


def refresh_draft_states(cfg: Config, now: float | None = None) -> int:
    """Ask each account's mailbox about its drafted rejections and record the answers; returns how
    many were checked. Writes only the detail of those rows (alongside a running service: SQLite
    lets a second writer in between the service's short transactions)."""
    if not cfg.state_path.exists():
        return 0
    checked = 0
    for account in accounts_of(cfg):
        store = Store(cfg.state_path, account=account.name)
        try:
            drafted = [] if store.is_empty() else store.drafted()
            when = time.time() if now is None else now
            states = states_of(account, drafted, None if store.is_empty() else store, when)
            store.note_detail({row["key"]: {"draft_state": kept_state(row, states[row["key"]]),
                                            "draft_checked_at": when} for row in drafted})
            checked += len(drafted)
        finally:
            store.close()
    return checked


def kept_state(row: dict, state: str) -> str:
    # A draft onward removed on request is gone on purpose: say that rather than "gone".
    return REMOVED if state == GONE and row.get("draft_state") == REMOVED else state


def still_moving(store: Store, now: float) -> list[dict]:
    """The drafted rejections of the store's account whose drafts may still change."""
    return [row for row in store.drafted()
            if (row["draft_state"] or THERE) in _STILL_MOVING and (row["saved_at"] or 0) > now - RECENT]


def refresh_with(store: Store, target: DraftsTarget, now: float) -> int:
    """The service's hourly look (on its own connection): ask about still_moving drafts, record."""
    rows = still_moving(store, now)
    if not rows:
        return 0
    states = target.draft_states(rows)
    store.note_detail({row["key"]: {"draft_state": states[row["key"]], "draft_checked_at": now}
                       for row in rows})
    return len(rows)
