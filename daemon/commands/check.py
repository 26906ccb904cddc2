"""`onward check`: validate the config, log in, find the inbox and the Drafts, Sent and Trash folders,
say what was found; `--create-drafts` makes a Drafts folder where the server has none."""

from __future__ import annotations

import argparse

from onward.daemon.commands import load_config


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the config and the connection to your mailbox",
                       description="Check the config, log in, and say which inbox, Drafts, Sent and "
                                   "Trash folders onward will use. Changes nothing, unless "
                                   "--create-drafts is given and the server has no Drafts folder.")
    p.add_argument("--create-drafts", action="store_true",
                   help='create a "Drafts" folder (marked \\Drafts where the server can) if there is none')
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.daemon.config import accounts_of
    from onward.daemon.config_paths import check_paths
    from onward.daemon.errors import RuntimeFailure
    from onward.daemon.mailbox import open_mailbox

    cfg = load_config(args)
    accounts = accounts_of(cfg)
    check_paths(cfg)
    print(f"config:  {cfg.source} is valid")
    missing = [key for key in ("name", "email") if not getattr(cfg.identity, key)]
    if missing:  # the service runs without them, but the user should know what the drafts lack
        lacks = {"name": "no name under the text", "email": "no From line"}
        print(f"identity: WARNING: [identity] {' and '.join(missing)} not set, so the drafts have "
              f"{' and '.join(lacks[k] for k in missing)}; set them in {cfg.source}")
    failed = []
    for account in accounts:
        if len(accounts) > 1:
            print(f"\naccount {account.name} ({account.type})")
        try:
            for line in open_mailbox(account).check(args.create_drafts):
                print(line)
        except RuntimeFailure as exc:
            if len(accounts) == 1:
                raise
            print(f"  FAILED: {exc}")
            failed.append(account.name)
    print(f"state:   {state_health(cfg.state_path)}")
    if failed:
        raise RuntimeFailure(f"{len(failed)} of {len(accounts)} accounts failed the check: "
                             f"{', '.join(failed)}")
    return 0


def state_health(path) -> str:
    """One line on the state file; a damaged, read-only or unusable one raises StateError (exit 3)."""
    from onward.daemon.errors import StateError
    from onward.daemon.state import Store
    from onward.daemon.state_guard import writable

    if not path.exists():
        return f"{path} (not created yet: the first run creates it)"
    store = Store(path, readonly=True)  # a reader: works beside the running service
    try:
        health = store.health()
    finally:
        store.close()
    if not writable(path):
        raise StateError(f"the state file {path} (or its folder) is read-only; onward must be "
                         "able to write both: fix their permissions")
    return (f"{path} ok ({health['size'] / 1024:.0f} KiB, "
            f"{health['rejections']} rejection(s) recorded)")
