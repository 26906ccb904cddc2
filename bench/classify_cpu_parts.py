"""CPU time per message of the classifier's parts in one process, each the best of several passes.

    python bench/classify_cpu_parts.py [--mail training|independent] [--model FILE] [--passes N]

Prints, per message: message_text from raw bytes, probabilities of already-read texts (warm: every
token seen before), classify_many from raw bytes (warm), counting the character n-grams with a
fresh counter (cold: every token new to it, as for new mail), given the sender's names to leave
out as the model gives them (Model._counts), and the scan's reading of already-read texts: the
rejection model and the kinds of job mail in one pass (kinds.OnePass, warm), in a worker's chunks.
The best of several passes, in CPU time of this process, is steadier on a loaded machine than
bench/classify_speed.py's single pass: to compare two versions of the code, run it in each,
alternating, on the same --model.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # must precede the numpy import

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classify_speed import sample_messages  # noqa: E402
from onward.classifier import kinds  # noqa: E402
from onward.classifier.counting import CharGramCounter  # noqa: E402
from onward.classifier.features import normalise, sender_names, tokens_of  # noqa: E402
from onward.classifier.persist import read_model  # noqa: E402
from onward.classifier.text import message_text  # noqa: E402
from onward.daemon.scan_worker import CHUNK  # noqa: E402

BATCH = 500  # the daemon's batch size


def best_us(work, count: int, passes: int) -> float:
    """The least CPU time of `passes` runs of work(), in microseconds per message."""
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best / count * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mail", choices=("training", "independent"), default="training")
    parser.add_argument("--model", type=Path, default=Path(__file__).resolve().parent.parent / "classifier"
                        / "builtin-model.npz")
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    raws, _ = sample_messages(5000 if args.mail == "training" else 3000, args.mail)
    loaded = read_model(args.model)
    if loaded is None:
        sys.exit(f"cannot load {args.model}")
    model = loaded[0]
    batches = [raws[i:i + BATCH] for i in range(0, len(raws), BATCH)]
    for batch in batches:  # every token seen once: the passes below are warm
        model.classify_many(batch, 0.95)
    texts = [message_text(raw) for raw in raws]
    text_batches = [texts[i:i + BATCH] for i in range(0, len(texts), BATCH)]
    # As the model counts them (Model._counts): every token, and the sender's names, left out by the counter.
    normalised = [normalise(text) for text in texts]
    token_lists = [tokens_of(n) for n in normalised]
    names = [sender_names(n) for n in normalised] if model._mask else None
    grams = model._grams

    def cold_grams() -> None:
        counter = CharGramCounter(grams.index, grams.ngram_range)
        for i in range(0, len(token_lists), BATCH):
            counter.counts(token_lists[i:i + BATCH], names[i:i + BATCH] if names is not None else None)

    n, passes = len(raws), args.passes
    parse = best_us(lambda: [message_text(raw) for raw in raws], n, passes)
    predict = best_us(lambda: [model.probabilities(batch) for batch in text_batches], n, passes)
    whole = best_us(lambda: [model.classify_many(batch, 0.95) for batch in batches], n, passes)
    cold = best_us(cold_grams, n, passes) if grams is not None else float("nan")
    # The scan's worker reads the rejection model and the kinds together, CHUNK texts at a time (the
    # shipped kinds head is read only where its shape fits the model's features: meant for the
    # shipped model).
    head = kinds.read_head(kinds.SHIPPED_KINDS_PATH, model)
    chunks = [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]
    one_pass = kinds.OnePass(model, head) if head is not None else None
    joint = best_us(lambda: [one_pass.read(chunk) for chunk in chunks], n, passes) if one_pass is not None else float("nan")
    print(f"{n} messages of the {args.mail} mail, best of {passes} passes, CPU time per message: "
          f"message_text {parse:.1f} us; probabilities (warm) {predict:.1f} us; classify_many (warm) {whole:.1f} us "
          f"= {1e6 / whole:,.0f} msg/s; character n-grams, cold counter {cold:.1f} us; "
          f"the scan's joint pass with the kinds (warm, chunks of {CHUNK}) {joint:.1f} us")
    return 0


if __name__ == "__main__":
    sys.exit(main())
