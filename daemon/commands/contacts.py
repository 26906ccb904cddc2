"""`onward contacts [--json | --csv | --vcard]`: the people the user exchanged mail with about
applications, from the state; export them for an address book. Nothing in the mailbox changes."""

from __future__ import annotations

import argparse
import json

from typing import TYPE_CHECKING

from onward.daemon.commands import load_config

if TYPE_CHECKING:
    from onward.daemon.contacts import Contact


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("contacts", help="list the people you exchanged mail with about applications",
                       description="List the people you exchanged mail with about applications (name, "
                                   "company, role, last contact, whether feedback came), read from "
                                   "the state. Automated senders are left out.")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="machine-readable output")
    form.add_argument("--csv", action="store_true", help="CSV for a spreadsheet or an address book")
    form.add_argument("--vcard", action="store_true", help="vCard 3.0, for an address book")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.daemon.contacts import as_csv, as_vcard, contacts
    from onward.daemon.follow import own_addresses
    from onward.daemon.state import Store
    from onward.daemon.table import render, terminal_width, when

    cfg = load_config(args, need_account=False)
    found: list[Contact] = []
    if cfg.state_path.exists():
        store = Store(cfg.state_path, readonly=True)  # a reader: never changes the file
        try:
            found = [] if store.is_empty() else contacts(store, own_addresses(cfg))
        finally:
            store.close()
    if args.json:
        print(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=2))
    elif args.csv:
        print(as_csv(found), end="")
    elif args.vcard:
        print(as_vcard(found), end="")
    elif not found:
        print("no contacts yet (onward lists the people who wrote to you about an application)")
    else:
        rows = [[c.name or "-", c.address, c.company or "-", c.role or "-", when(c.last_contact),
                 "yes" if c.feedback else ""] for c in found]
        for line in render(["NAME", "EMAIL", "COMPANY", "ROLE", "LAST CONTACT", "FEEDBACK"], rows,
                           {0, 2, 3}, terminal_width()):
            print(line)
    return 0
