"""Small while it waits (issue 17 item 4): what the service imports, and prediction without scipy.

The service that waits for mail imports neither numpy, scipy nor scikit-learn, not even after a
scan: its worker processes read the mail (daemon.scan_worker) and end with the scan, and mail that
the first stage sets aside whole it records without a model. The workers predict
with numpy alone, and give exactly the probabilities of scikit-learn's own scoring.
Imports are checked in a fresh process (this one has imported everything long ago).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from onward.classifier import corpus, message_text
from onward.classifier.persist import read_model
from onward.classifier.store import SHIPPED_PATH
from tests.support.mail import rejection
from tests.support.scan import SHOP

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("numpy", "scipy", "sklearn")
# Nor the reading rules of drafts and the classifier's text features (a second to compile, megabytes
# of patterns and tables): the scan's workers read the mail.
RULES = ("onward.classifier.features", "onward.classifier.text", "onward.drafts.rejection", "onward.drafts.company",
         "onward.drafts.role", "onward.drafts.fact_model", "jinja2")

# Polls an empty inbox, then (when told on stdin) one holding a rejection; prints which heavy
# modules were imported after each step, and the processes it left running.
SERVICE = """
import json, os, re, sys
from pathlib import Path
from onward.daemon import cli, supervisor  # everything `onward run` imports
from onward.daemon import config
from onward.daemon.service import make_service
from onward.classifier import store

def loaded():
    return sorted(m for m in %r + %r if m in sys.modules)

def children():  # processes this one started that are still there (a worker left behind)
    mine = str(os.getpid())
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if re.search(r"^PPid:\\s+" + mine + "$", status.read_text(), re.M):
                found.append(status.parent.name)
        except OSError:
            pass
    return found

service = make_service(config.load(Path(sys.argv[1])))
service.poll()
print(json.dumps({"idle": loaded()}), flush=True)
sys.stdin.readline()  # the rejection is in the inbox now
result = service.poll()
print(json.dumps({"scanned": loaded(), "recorded": result.recorded, "rejections": result.rejections,
                  "children": children(), "cached": len(store._memory)}), flush=True)
service.store.close()
""" % (HEAVY, RULES)


@pytest.mark.parametrize("mail, rejections", [(rejection(1), 1), (SHOP, 0)], ids=["a rejection", "a shop's notice"])
def test_the_waiting_service_imports_no_numpy_scipy_sklearn_or_reading_rules(mail_user, write_config, mail,
                                                                               rejections):
    path = write_config(mail_user, extra='[drafts]\ndelay = "30d"')
    child = subprocess.Popen([sys.executable, "-c", SERVICE, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        idle = json.loads(child.stdout.readline() or "null")
        assert idle == {"idle": []}, child.stderr.read() if idle is None else idle
        mail_user.drop(mail)
        child.stdin.write("go\n")
        child.stdin.flush()
        scanned = json.loads(child.stdout.readline() or "null")
        assert scanned is not None, child.stderr.read()
    finally:
        child.kill()
        child.wait()
    # The mail was read, the rejection found, by a worker that ended with the scan (the shop's
    # notice set aside by the service's own first stage): the service itself never imported numpy,
    # and no process of its own is left.
    assert scanned == {"scanned": [], "recorded": 1, "rejections": rejections, "children": [], "cached": 0}


def test_classifying_imports_neither_scipy_nor_sklearn():
    code = ("import sys; from onward.classifier import load_model; from onward.classifier import kinds, store\n"
            "m = load_model(); m.classify_many([b'Subject: Your application\\n\\nWe regret to tell you no.'], 0.95)\n"
            "kinds.load_head(m, store.source_key()).kinds_of(m, [b'Subject: Interview\\n\\nCome on Monday.'])\n"
            "m.explain(b'Subject: Your application\\n\\nWe regret to tell you that we went with others.')\n"
            "print(sorted(x for x in ('scipy', 'sklearn') if x in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    examples = corpus.load_corpus(corpus.TRAIN_DIR)[::3] + corpus.load_corpus(corpus.HELDOUT_DIR)
    return [message_text(e.raw) for e in examples]


def test_numpy_prediction_gives_the_probabilities_of_sklearn_scoring(corpus_texts):
    from sklearn.feature_extraction.text import TfidfTransformer

    model = read_model(SHIPPED_PATH)[0]
    w = model.weights
    terms, grams = model._counts(corpus_texts)
    blocks = []
    for counts, idf in ((terms, w.term_idf), (grams, w.gram_idf)):
        tfidf = TfidfTransformer(sublinear_tf=True, norm="l2").fit(counts.to_csr().astype(np.float64))
        tfidf.idf_ = idf
        blocks.append(tfidf.transform(counts.to_csr().astype(np.float64)))
    scores = blocks[0] @ w.coef[:len(w.terms)] + blocks[1] @ w.coef[len(w.terms):] + w.intercept
    expected = 1.0 / (1.0 + np.exp(w.sigmoid_a * scores + w.sigmoid_b))
    got = np.concatenate([model.probabilities(corpus_texts[i:i + 500]) for i in range(0, len(corpus_texts), 500)])
    evidence = got > 0  # texts without three content words are set to 0 on purpose (model._has_evidence)
    assert evidence.mean() > 0.95
    assert np.abs(got[evidence] - expected[evidence]).max() < 1e-9


def test_char_gram_counts_are_those_of_the_gram_strings(corpus_texts):
    from onward.classifier import counting
    from onward.classifier.features import normalise, tokens_of

    model = read_model(SHIPPED_PATH)[0]
    tokens = [tokens_of(normalise(t)) for t in corpus_texts[:300]]
    counter = counting.CharGramCounter(model.weights.grams, model.weights.gram_range)
    index = counter.index
    for start in range(0, len(tokens), 37):  # batches, so the per-token cache is used across them
        batch = tokens[start:start + 37]
        got = counter.counts(batch).to_csr().toarray()
        expected = np.zeros_like(got)
        for row, text_tokens in enumerate(batch):
            for token in text_tokens:
                for gram in counter.grams_of(token):
                    if gram in index:
                        expected[row, index[gram]] += 1
        assert (got == expected).all()
