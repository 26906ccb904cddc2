"""`onward corrections [--json]`: the corrections onward keeps (from mark, train and the learning
folders), with their label, the mail they are about and when they were added."""

from __future__ import annotations

import argparse
import json

from onward.daemon.commands import load_config


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("corrections", help="list the corrections the classifier learns from",
                       description="List your kept corrections (from `onward mark`, `onward train` "
                                   "and the learning folders): label, mail, when added. "
                                   "`onward train --reset` forgets them.")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.classifier import kept_corrections
    from onward.daemon.table import shown, when

    cfg = load_config(args, need_account=False)
    kept = kept_corrections(cfg.state_dir)
    if args.json:
        print(json.dumps([{"label": c.label, "source": c.source, "id": c.id, "added_at": c.added_at}
                          for c in kept], ensure_ascii=False, indent=2))
        return 0
    if not kept:
        print("no corrections kept: the classifier is the built-in one")
    for c in kept:
        print(f"{c.label:<9}  {when(c.added_at)}  {shown(c.source, 160)}")
    return 0
