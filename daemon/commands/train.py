"""`onward train [--rejections PATH] [--others PATH]`: add your own labelled mail to your kept
corrections (as `onward mark` does, many at a time) and train on the built-in corpus plus all of them.

The model is saved in the state folder and used by the daemon and `onward classify` from then on;
`onward train --reset` forgets every correction and goes back to the built-in model.
"""

from __future__ import annotations

import argparse
import sys

from onward.daemon.commands import MAIL_PATHS, labelled_mail, load_config


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train the classifier on your own labelled mail as well",
                       description="Add your own labelled mail to your kept corrections and train on the "
                                   "built-in corpus plus all of them. "
                                   + MAIL_PATHS)
    p.add_argument("--rejections", metavar="PATH", help="mail that IS a job rejection")
    p.add_argument("--others", metavar="PATH", help="mail that is NOT a job rejection")
    p.add_argument("--reset", action="store_true",
                   help="forget your trained model and all your corrections; use the built-in one")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.classifier import add_corrections, reset_user_model
    from onward.daemon.corrections import correction
    from onward.daemon.errors import UsageError
    from onward.daemon.progress import Progress

    cfg = load_config(args, need_account=False)
    if args.reset:
        if args.rejections or args.others:
            raise UsageError("--reset takes no --rejections or --others")
        removed = reset_user_model(cfg.state_dir)
        print("your trained model and corrections are removed; the built-in one is used" if removed
              else "no trained model to remove; the built-in one is used")
        return 0
    if not (args.rejections or args.others):
        raise UsageError("name --rejections PATH or --others PATH or both (or use --reset)")
    examples = labelled_mail(args.rejections, args.others)
    # Reading thousands of messages takes a while: show how far it is, on a terminal only.
    bar = Progress("reading your mail", min_total=50)
    user = []
    for done, example in enumerate(examples, 1):
        user.append(correction(example.raw, example.label, f"train {example.id}"))
        bar(done, len(examples))
    if sys.stderr.isatty():
        print(f"training on the built-in corpus plus {len(user)} messages of yours…", file=sys.stderr)
    path = add_corrections(cfg.state_dir, user)
    n_rejections = sum(c.label == "rejection" for c in user)
    print(f"added {n_rejections} rejections and {len(user) - n_rejections} other messages of yours to "
          f"your corrections; trained on the built-in corpus plus all of them")
    print(f"saved to {path}; the daemon and `onward classify` use it from now on")
    return 0
