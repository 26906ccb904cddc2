"""`onward pause [--until WHEN]` and `onward resume`: hold the drafts back for a while.

While paused, the service keeps recording new mail and rejections; drafts that fall due wait and
are saved once the pause ends.
"""

from __future__ import annotations

import argparse
import math

from onward.daemon.commands import load_config


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pause", help="save no drafts for a while (new mail is still recorded)",
                       description="Save no drafts until `onward resume`, or until WHEN. The service "
                                   "keeps recording new mail; drafts that fall due wait.")
    p.add_argument("--until", metavar="WHEN",
                   help='a duration from now ("2d", "36h") or a local date and time ("2026-12-24 09:00")')
    p.set_defaults(func=run_pause)
    r = sub.add_parser("resume", help="end a pause: drafts that are due are saved again",
                       description="End a pause started with `onward pause`.")
    r.set_defaults(func=run_resume)


def run_pause(args: argparse.Namespace) -> int:
    from onward.daemon import pause

    cfg = load_config(args, need_account=False)
    until = pause.parse_until(args.until) if args.until else None
    pause.pause(cfg.state_path, until)
    print(f"{pause.describe(pause.paused_until(cfg.state_path) or until or math.inf)}: new mail is still "
          "recorded, drafts that fall due wait")
    return 0


def run_resume(args: argparse.Namespace) -> int:
    from onward.daemon import pause

    cfg = load_config(args, need_account=False)
    if pause.resume(cfg.state_path):
        print("resumed: drafts that are due are saved at the next check")
    else:
        print("onward was not paused")
    return 0
