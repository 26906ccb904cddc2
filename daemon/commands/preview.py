"""`onward preview [--json] PATH`: show the reply drafts for each message, touching no mailbox.

It renders whatever the classifier would think of the message, with the user's [identity] and
[drafts] settings and templates, exactly as the daemon would save the drafts.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from onward.daemon.commands import MAIL_PATHS, load_config, read_messages

if TYPE_CHECKING:
    from onward.drafts import Draft, DraftPlan

_SHOWN_HEADERS = ("From", "To", "Subject", "In-Reply-To", "References", "Date", "Message-ID",
                  "X-Onward-Key")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("preview", help="show the reply drafts for a message, without touching any mailbox",
                       description="Show the reply drafts for each message, touching no mailbox. "
                                   + MAIL_PATHS)
    p.add_argument("file", metavar="PATH", help="a message as saved by a mail client, a folder, an mbox, or -")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of drafts (to, subject, in_reply_to, references, language, body, "
                        "facts with their confidence, classifier label and probability)")
    p.set_defaults(func=run)


def _facts(plan: DraftPlan) -> dict:
    """Each fact as read, its confidence, and whether the draft states it ("used": false when its
    confidence is below the fact's threshold and the draft says it generally instead)."""
    return {name: {"value": fact.value, "confidence": round(fact.confidence, 3),
                   "used": fact.kept(name)}
            for name, fact in plan.rejection.facts.items()}


def _as_json(draft: Draft, plan: DraftPlan, verdict) -> dict:
    msg = draft.message
    return {"kind": draft.kind, "key": draft.key, "to": str(msg.get("To", "")),
            "subject": str(msg.get("Subject", "")), "in_reply_to": str(msg.get("In-Reply-To", "")),
            "references": str(msg.get("References", "")).split(),
            "language": str(msg.get("Content-Language", "")), "body": msg.get_content(),
            "facts": _facts(plan),
            "classifier": {"label": verdict.label, "probability": round(float(verdict.probability), 4)}}


def _verdict_line(verdict, threshold: float) -> str:
    line = f"# classifier: {verdict.label}, p={verdict.probability:.3f} (threshold {threshold})"
    if verdict.label != "rejection":
        line += (": the service would not draft this message (not judged a rejection at this threshold);"
                 " these drafts are only a preview")
    return line


def _left_out(plan: DraftPlan) -> list[str]:
    """One line per fact the extractor found but was too unsure of to put in the draft. The values
    went through one_line() when read: safe to print."""
    from onward import drafts

    return [f"# left out, low confidence: {name} {fact.value!r} ({fact.confidence:.3f} < "
            f"{drafts.FACT_THRESHOLDS[name]}: {fact.how})"
            for name, fact in plan.rejection.facts.items()
            if name in ("company", "role", "contact") and fact.value and not fact.kept(name)]


def _as_text(plan: DraftPlan, verdict, threshold: float) -> str:
    r = plan.rejection
    lines = [_verdict_line(verdict, threshold),
             f"# read: company={r.company or '?'} | role={r.role or '?'} | person={r.full_name or '-'} | "
             f"stage={r.stage} | language={r.language} | no-reply sender={'yes' if r.no_reply else 'no'}",
             *_left_out(plan)]
    if plan.skipped:
        lines.append(f"# no drafts: {plan.skipped}")
    elif plan.drafts and not plan.drafts[0].message["From"]:
        lines.append("# note: no [identity] email in the config, so the drafts have no From line")
    for number, draft in enumerate(plan.drafts, 1):
        lines.append(f"\n===== draft {number} of {len(plan.drafts)} ({draft.kind}) =====")
        lines += [f"{name}: {draft.message[name]}" for name in _SHOWN_HEADERS if draft.message[name]]
        if not draft.message["To"]:
            lines.append("To: (empty: no person's address found; fill it in)")
        lines += ["", draft.message.get_content().rstrip("\n")]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from onward import drafts
    from onward.daemon.deliver import settings_from_config
    from onward.daemon.errors import ConfigError
    from onward.daemon.mailbox.message import message_key

    cfg = load_config(args, need_account=False)
    messages = read_messages(args.file)
    settings = settings_from_config(cfg)
    threshold = cfg.classifier.threshold
    from onward.classifier import load_model  # numpy and friends: only the commands that classify

    verdicts = load_model(cfg.state_dir).classify_many([raw for _name, raw in messages], threshold)
    plans = []
    for name, raw in messages:
        try:
            plans.append((name, drafts.plan_drafts(raw, message_key(raw), settings)))
        except drafts.DraftTemplateError as exc:
            raise ConfigError(str(exc)) from None
    if args.json and len(plans) == 1:  # one message: its list of drafts, as before
        plan = plans[0][1]
        print(json.dumps([_as_json(d, plan, verdicts[0]) for d in plan.drafts], ensure_ascii=False,
                         indent=2))
        if plan.skipped:
            print(f"onward: no drafts: {plan.skipped}", file=sys.stderr)
    elif args.json:
        print(json.dumps([{"message": name, "drafts": [_as_json(d, plan, v) for d in plan.drafts],
                           "skipped": plan.skipped or ""}
                          for (name, plan), v in zip(plans, verdicts)], ensure_ascii=False, indent=2))
    elif len(plans) == 1:
        sys.stdout.write(_as_text(plans[0][1], verdicts[0], threshold))
    else:
        for number, ((name, plan), verdict) in enumerate(zip(plans, verdicts)):
            # The name comes from the command line, never from the mail: safe to print as it is.
            sys.stdout.write(f"{'' if number == 0 else chr(10)}##### {name} #####\n"
                             f"{_as_text(plan, verdict, threshold)}")
    return 0
