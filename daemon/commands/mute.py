"""`onward mute COMPANY`, `onward mute --list`, `onward unmute COMPANY`: no stay-in-touch draft
([follow_up] after) for a company. A name matches the company recorded for a rejection or the
mail domain it came from (or a domain below it), case-insensitively. Kept in the state file."""

from __future__ import annotations

import argparse
import time
import unicodedata

from onward.daemon.commands import load_config

MAX_NAME = 200


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mute", help="no stay-in-touch drafts for a company ([follow_up] after)",
                       description="Never save a stay-in-touch draft ([follow_up] after) for this "
                                   "company: its name as `onward status` shows it, or its mail "
                                   "domain. Case does not matter.")
    p.add_argument("company", nargs="?", metavar="COMPANY", help='a company name or a mail domain ("acme.example")')
    p.add_argument("--list", action="store_true", help="list the muted companies")
    p.set_defaults(func=run_mute)
    u = sub.add_parser("unmute", help="allow stay-in-touch drafts for a muted company again",
                       description="Undo `onward mute COMPANY`.")
    u.add_argument("company", metavar="COMPANY")
    u.set_defaults(func=run_unmute)


def _name(given: str) -> str:
    from onward.daemon.errors import UsageError

    name = " ".join(given.split())
    if not name or len(name) > MAX_NAME or any(unicodedata.category(c).startswith("C") for c in name):
        raise UsageError(f"COMPANY must be a name or a domain on one line, at most {MAX_NAME} "
                         "characters, without control characters")
    return name


def run_mute(args: argparse.Namespace) -> int:
    from onward.daemon.errors import UsageError
    from onward.daemon.state import Store
    from onward.daemon.table import shown, when

    if bool(args.company) == args.list:
        raise UsageError("name a company to mute, or give --list (not both)")
    cfg = load_config(args, need_account=False)
    if args.list:
        muted = []
        if cfg.state_path.exists():
            store = Store(cfg.state_path, readonly=True)
            try:
                muted = store.muted()
            finally:
                store.close()
        if not muted:
            print("no company is muted")
        for name, at in muted:
            print(f"{shown(name, 60):<60} muted {when(at)}")
        return 0
    name = _name(args.company)
    store = Store(cfg.state_path)
    try:
        added = store.mute(name, time.time())
    finally:
        store.close()
    print(f"muted {shown(name)}: no stay-in-touch draft for it{_when_off(cfg)}" if added else
          f"{shown(name)} is already muted")
    return 0


def run_unmute(args: argparse.Namespace) -> int:
    from onward.daemon.errors import UsageError
    from onward.daemon.state import Store
    from onward.daemon.table import shown

    cfg = load_config(args, need_account=False)
    name = _name(args.company)
    if not cfg.state_path.exists():
        raise UsageError(f"{shown(name)} is not muted")
    store = Store(cfg.state_path)
    try:
        removed = store.unmute(name)
    finally:
        store.close()
    if not removed:
        raise UsageError(f"{shown(name)} is not muted (`onward mute --list` lists those that are)")
    print(f"unmuted {shown(name)}: its stay-in-touch drafts are saved when due{_when_off(cfg)}")
    return 0


def _when_off(cfg) -> str:
    """The follow-ups are opt-in: say so, rather than promise a draft that never comes."""
    return "" if cfg.follow_up.after else " (stay-in-touch drafts are off until [follow_up] after is set)"
