"""`onward mark rejection|other FILE... | --message-id ID`: correct the classifier about a mail.

Each mail becomes one of your kept corrections (the same mail marked again takes the new label),
and the model is trained again on all of them; a running service uses it at its next message.
"""

from __future__ import annotations

import argparse

from typing import TYPE_CHECKING

from onward.daemon.commands import MAIL_PATHS, load_config, read_all

if TYPE_CHECKING:
    from onward.daemon.config import Config

# The classifier's labels (classifier.corpus.LABELS), written out here: importing the classifier
# would make building the parser heavy (tests/test_cli_imports.py holds the two equal).
LABELS = ("rejection", "other")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mark", help="tell the classifier a mail is (or is not) a rejection",
                       description="Keep these mails as corrections with this label and train the "
                                   "classifier again on all your corrections. " + MAIL_PATHS)
    p.add_argument("label", choices=LABELS, help="what the mail is")
    p.add_argument("files", nargs="*", metavar="PATH", help="a message file, a folder, an mbox, or - for stdin")
    p.add_argument("--message-id", action="append", default=[], metavar="ID",
                   help="a mail in the watched inbox, by its Message-ID (read without changing anything)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.classifier import add_corrections
    from onward.daemon.corrections import correction
    from onward.daemon.errors import UsageError
    from onward.daemon.mailbox.message import header_text

    if not args.files and not args.message_id:
        raise UsageError("name the mail: one or more PATH, or --message-id ID")
    cfg = load_config(args, need_account=bool(args.message_id))
    found = [correction(raw, args.label, f"file {name}") for name, raw in read_all(args.files)]
    found += [correction(raw, args.label, where) for where, raw in _from_inbox(cfg, args.message_id)]
    add_corrections(cfg.state_dir, found)
    for item in found:
        print(f"marked {item.label}: {header_text(item.source)}")
    print("the classifier is trained again with your corrections; the service uses it from its next message")
    return 0


def _from_inbox(cfg: Config, message_ids: list[str]) -> list[tuple[str, bytes]]:
    """Each Message-ID's mail, looked for in each account's watched inbox in turn (read-only)."""
    from onward.daemon.config import accounts_of
    from onward.daemon.errors import ConnectionFailure, Refused
    from onward.daemon.mailbox import open_mailbox
    from onward.daemon.mailbox.message import header_text

    found: dict[str, tuple[str, bytes]] = {}
    for account in accounts_of(cfg) if message_ids else []:
        mailbox = open_mailbox(account)
        try:
            mailbox.open()
            for message_id in message_ids:
                raw = None if message_id in found else mailbox.find_message(message_id)
                if raw is not None:
                    found[message_id] = (f"inbox {mailbox.where}", raw)
        except mailbox.transient as exc:  # a dropped connection, a Maildir gone: the sentence, exit 3
            raise ConnectionFailure(mailbox.describe(exc)) from None
        finally:
            mailbox.close()
    missing = [m for m in message_ids if m not in found]
    if missing:
        raise Refused(f"no mail with Message-ID {header_text(missing[0])} in the watched inbox")
    return [found[m] for m in message_ids]
