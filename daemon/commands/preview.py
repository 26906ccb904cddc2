"""`onward preview [--json] FILE.eml`: show the reply drafts for one message, touching no mailbox.

It renders whatever the classifier would think of the message, with the user's [identity] and
[drafts] settings and templates, exactly as the daemon would save the drafts.
"""

from __future__ import annotations

import argparse
import json
import sys

from onward.daemon.commands import load_config, read_message_file
from onward.daemon.drafting import settings_from_config
from onward.daemon.errors import ConfigError
from onward.daemon.state import message_key
from onward.drafts import Draft, DraftPlan, DraftTemplateError, plan_drafts

_SHOWN_HEADERS = ("From", "To", "Subject", "In-Reply-To", "References", "Date", "Message-ID",
                  "X-Onward-Key")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("preview", help="show the reply drafts for a message, without touching any mailbox",
                       description=__doc__.splitlines()[0].split(": ", 1)[1])
    p.add_argument("file", metavar="FILE.eml", help="the message, as saved by a mail client ('-' reads stdin)")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of drafts (to, subject, in_reply_to, references, language, body)")
    p.set_defaults(func=run)


def _as_json(draft: Draft) -> dict:
    msg = draft.message
    return {"kind": draft.kind, "key": draft.key, "to": str(msg.get("To", "")),
            "subject": str(msg.get("Subject", "")), "in_reply_to": str(msg.get("In-Reply-To", "")),
            "references": str(msg.get("References", "")).split(),
            "language": str(msg.get("Content-Language", "")), "body": msg.get_content()}


def _as_text(plan: DraftPlan) -> str:
    r = plan.rejection
    lines = [f"# read: company={r.company or '?'} | role={r.role or '?'} | person={r.full_name or '-'} | "
             f"stage={r.stage} | language={r.language} | no-reply sender={'yes' if r.no_reply else 'no'}"]
    if plan.skipped:
        lines.append(f"# no drafts: {plan.skipped}")
    elif plan.drafts and not plan.drafts[0].message["From"]:
        lines.append("# note: no [identity] name/email in the config, so no From and no name under the text")
    for number, draft in enumerate(plan.drafts, 1):
        lines.append(f"\n===== draft {number} of {len(plan.drafts)} ({draft.kind}) =====")
        lines += [f"{name}: {draft.message[name]}" for name in _SHOWN_HEADERS if draft.message[name]]
        if not draft.message["To"]:
            lines.append("To: (empty: no person's address found; fill it in)")
        lines += ["", draft.message.get_content().rstrip("\n")]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args, need_account=False)
    raw = read_message_file(args.file)
    try:
        plan = plan_drafts(raw, message_key(raw), settings_from_config(cfg))
    except DraftTemplateError as exc:
        raise ConfigError(str(exc)) from None
    if args.json:
        print(json.dumps([_as_json(d) for d in plan.drafts], ensure_ascii=False, indent=2))
        if plan.skipped:
            print(f"onward: no drafts: {plan.skipped}", file=sys.stderr)
    else:
        sys.stdout.write(_as_text(plan))
    return 0
