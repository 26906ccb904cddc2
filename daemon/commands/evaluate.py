"""`onward evaluate --rejections PATH --others PATH [--json]`: how well the model in use does on your mail.

Mail the model was trained on scores better than new mail would: evaluate on messages you did not
pass to `onward train`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from onward.classifier import corpus, evaluation, load_model
from onward.daemon.commands import load_config
from onward.daemon.errors import ConfigError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="precision, recall, F1 and confusion matrix on your labelled mail",
                       description="Each PATH is a folder of .eml files, a single .eml file or an mbox file.")
    p.add_argument("--rejections", type=Path, metavar="PATH", required=True, help="mail that IS a job rejection")
    p.add_argument("--others", type=Path, metavar="PATH", required=True, help="mail that is NOT a job rejection")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args, need_account=False)
    try:
        examples = corpus.labelled_mail(args.rejections, args.others)
    except corpus.CorpusError as exc:
        raise ConfigError(str(exc)) from None
    model = load_model(cfg.state_dir)
    threshold = cfg.classifier.threshold
    verdicts = model.classify_many([e.raw for e in examples], threshold)
    scores = evaluation.score([e.label for e in examples], [v.label for v in verdicts])
    if args.json:
        print(json.dumps({"model": model.origin, "threshold": threshold, **scores.as_dict()}))
        return 0
    print(f"model: {model.origin}, threshold {threshold}")
    print("\n".join(evaluation.report_lines(scores)))
    return 0
