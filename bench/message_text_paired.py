"""message_text's CPU time per message, another checkout's against this one's, in one process, alternating.

    python bench/message_text_paired.py BASE_CHECKOUT [--mail training|independent] [--rounds N]

On a loaded machine two runs of bench/classify_cpu_parts.py minutes apart differ by more than a small
change gains; here the two versions run in turns on the same mail in the same process, and the medians
of the rounds are compared. The other checkout's classifier/text.py and classifier/simple_mime.py are
loaded from its folder (e.g. `git archive main | tar -x -C /tmp/base`); everything else they import is
this checkout's. The two must give the same text for every message, or this stops.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classify_speed import sample_messages  # noqa: E402
from onward.classifier.text import message_text  # noqa: E402


def _loaded(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("--mail", choices=("training", "independent"), default="training")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    base_text = _loaded("base_text", args.base / "classifier" / "text.py")
    base_text.simple_message = _loaded("base_simple_mime", args.base / "classifier" / "simple_mime.py").simple_message
    raws, _ = sample_messages(5000 if args.mail == "training" else 3000, args.mail)
    if [base_text.message_text(raw) for raw in raws] != [message_text(raw) for raw in raws]:
        sys.exit("the two checkouts give different texts")

    def cpu_us(read) -> float:
        started = time.process_time()
        for raw in raws:
            read(raw)
        return (time.process_time() - started) / len(raws) * 1e6

    base, this = [], []
    for turn in range(args.rounds):  # each goes first every other round
        order = ((base, base_text.message_text), (this, message_text))
        for times, read in order if turn % 2 else order[::-1]:
            times.append(cpu_us(read))
    print(f"{len(raws)} messages of the {args.mail} mail, {args.rounds} rounds, message_text CPU time per message: "
          f"base median {statistics.median(base):.1f} us (least {min(base):.1f}), "
          f"this checkout median {statistics.median(this):.1f} us (least {min(this):.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
