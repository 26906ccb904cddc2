"""`onward classify [--json] [--explain] PATH...`: is each message a rejection, and how likely?"""

from __future__ import annotations

import argparse
import json

from onward.daemon.commands import MAIL_PATHS, load_config, read_all


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("classify", help="say whether messages are job rejections",
                       description="Print the label and the probability of rejection of each message. "
                                   + MAIL_PATHS)
    p.add_argument("files", nargs="+", metavar="PATH", help="a message file, a folder, an mbox, or - for stdin")
    p.add_argument("--json", action="store_true", help='one JSON object per line: "file", "label", "probability"')
    p.add_argument("--explain", action="store_true",
                   help="also show the words that weighed most, and what the first stage found")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args, need_account=False)
    messages = read_all(args.files)  # every file is checked before the model loads
    from onward.classifier import load_model  # the model and its patterns: only when a message is classified

    model = load_model(cfg.state_dir)
    threshold = cfg.classifier.threshold
    raws = [raw for _name, raw in messages]
    for (name, raw), verdict in zip(messages, model.classify_many(raws, threshold)):
        weights = model.explain(raw) if args.explain else []
        # The model's answer either way; the first stage tells whether the service would ask it.
        screened = screen_note(raw, cfg.classifier.screen) if args.explain else ""
        if args.json:
            line = {"file": name, "label": verdict.label, "probability": round(verdict.probability, 4)}
            if args.explain:
                line["explain"] = [{"feature": w.feature, "weight": round(w.weight, 4)} for w in weights]
                line["first_stage"] = screened
            print(json.dumps(line, ensure_ascii=False))
            continue
        print(f"{name}\t{verdict.label}\t{verdict.probability:.3f}")
        if screened:
            print(f"    first stage: {screened}")
        for weight in weights:
            direction = "rejection" if weight.weight > 0 else "other"
            print(f"    {weight.weight:+.3f}  {weight.feature}  (towards {direction})")
    return 0


def screen_note(raw: bytes, enabled: bool) -> str:
    """What the service's first stage makes of a message (its words are the mail's: shown escaped)."""
    if not enabled:
        return "off ([classifier] screen = false)"
    from onward.classifier import prefilter
    from onward.daemon.table import shown

    found = prefilter.default_screen().reason(raw)
    return (f"passes to the model ({shown(found, 80)})" if found else
            "set aside as not job mail: the service records it as other without asking the model")
