"""`onward evaluate --rejections PATH --others PATH [--json]`: how well the model in use does on your mail.

Mail the model was trained on scores better than new mail would: evaluate on messages you did not
pass to `onward train`.
"""

from __future__ import annotations

import argparse
import json

from onward.daemon.commands import MAIL_PATHS, labelled_mail, load_config


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="precision, recall, F1 and confusion matrix on your labelled mail",
                       description="Score the model in use on your own labelled mail. " + MAIL_PATHS)
    p.add_argument("--rejections", metavar="PATH", required=True, help="mail that IS a job rejection")
    p.add_argument("--others", metavar="PATH", required=True, help="mail that is NOT a job rejection")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.classifier import evaluation, load_model

    cfg = load_config(args, need_account=False)
    examples = labelled_mail(args.rejections, args.others)
    model = load_model(cfg.state_dir)
    threshold = cfg.classifier.threshold
    verdicts = model.classify_many([e.raw for e in examples], threshold)
    scores = evaluation.score([e.label for e in examples], [v.label for v in verdicts])
    wrong = [{"file": e.id, "label": e.label, "predicted": v.label,
              "probability": round(float(v.probability), 4)}
             for e, v in zip(examples, verdicts) if e.label != v.label]
    if args.json:
        print(json.dumps({"model": model.origin, "threshold": threshold, **scores.as_dict(),
                          "misclassified": wrong}, ensure_ascii=False))
        return 0
    print(f"model: {model.origin}, threshold {threshold}")
    print("\n".join(evaluation.report_lines(scores)))
    print(f"misclassified: {len(wrong)}" if wrong else "misclassified: none")
    for w in wrong:  # the probability is always that of "rejection"
        print(f"  {w['file']}\t{w['label']} taken for {w['predicted']}\tp={w['probability']:.3f}")
    return 0
