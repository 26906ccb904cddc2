"""Where the classifier's CPU goes, step by step: Model._counts's steps on already-read texts, and
message_text's on raw bytes, each timed over the same 5,000 mails (issue 17).

    python bench/classify_split.py [--passes N]

Each step is run over a whole batch (500 texts, the daemon's batch size) as Model._counts runs it,
with its CPU time summed over the passes; printed per message and as a share. The steps are the
model's own functions, called in its order, so the sum is close to `probabilities` (warm) of
bench/classify_cpu_parts.py; cProfile's view of the same work is more distorted by its overhead.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classify_speed import sample_messages  # noqa: E402
from onward.classifier import features, model as model_module, text  # noqa: E402
from onward.classifier.counting import tfidf_scores  # noqa: E402
from onward.classifier.persist import read_model  # noqa: E402

BATCH = 500


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    raws, _ = sample_messages(5000, "training")
    loaded = read_model(Path(__file__).resolve().parent.parent / "classifier" / "builtin-model.npz")
    if loaded is None:
        sys.exit("cannot load the built-in model")
    model = loaded[0]
    for i in range(0, len(raws), BATCH):  # every token seen once: warm, as classify_cpu_parts measures
        model.classify_many(raws[i:i + BATCH], 0.95)
    texts = [text.message_text(raw) for raw in raws]
    spent: dict[str, float] = {}

    def step(name: str, work):
        started = time.process_time()
        result = work()
        spent[name] = spent.get(name, 0.0) + time.process_time() - started
        return result

    for _ in range(args.passes):
        for i in range(0, len(texts), BATCH):
            batch = texts[i:i + BATCH]
            normalised = step("normalise", lambda: [features.normalise(t) for t in batch])
            names = step("sender_names", lambda: [features.sender_names(n) for n in normalised])
            evidence = step("_has_evidence", lambda: [model_module._has_evidence(t, n, m)
                                                      for t, n, m in zip(batch, normalised, names)])
            token_lists = step("tokens_of", lambda: [features.tokens_of(n) for n in normalised])
            numbers = step("number_tokens", lambda: model._tokens.number_tokens(token_lists))
            phrases = step("phrase_terms", lambda: [features.phrase_terms(n) for n in normalised])
            step("_next_step", lambda: [e and not model_module._next_step(p) for e, p in zip(evidence, phrases)])
            words, per_row = step("token_words", lambda: model._words.words(token_lists, numbers, phrases))
            terms = step("term counts", lambda: model._terms.counts_of_numbers(words, per_row, names))
            grams = step("n-gram counts", lambda: model._grams.counts_of_numbers(
                numbers, [len(t) for t in token_lists], names))
            weights, n_terms = model._weights, model._n_terms
            step("tfidf_scores", lambda: tfidf_scores(terms, weights.term_idf, weights.coef[:n_terms])
                 + tfidf_scores(grams, weights.gram_idf, weights.coef[n_terms:]))
        for raw in raws:
            msg = step("mt: MIME split", lambda: text._simply_split(text._bounded(raw)))
            if msg is None:
                continue
            subject = step("mt: headers", lambda: (text._header_text(msg, "Subject"), text._header_text(msg, "From")))
            step("mt: sender", lambda: text._sender_text(subject[1]))
            body = step("mt: body part", lambda: text._body_text(msg))
            step("mt: strip body", lambda: text._strip_body(body))
    count = len(texts) * args.passes
    model_total = sum(v for k, v in spent.items() if not k.startswith("mt:"))
    text_total = sum(v for k, v in spent.items() if k.startswith("mt:"))
    for name, seconds in spent.items():
        total = text_total if name.startswith("mt:") else model_total
        print(f"{name:16s} {seconds / count * 1e6:7.1f} us  {100 * seconds / total:5.1f} %")
    print(f"Model._counts and scores: {model_total / count * 1e6:.1f} us a message; "
          f"message_text's steps: {text_total / count * 1e6:.1f} us a message")
    return 0


if __name__ == "__main__":
    sys.exit(main())
