"""The trained model: verdicts, robustness, explanations, and safe persistence."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

import scipy.sparse as sp

from onward.classifier import Verdict, corpus, counting, load_model, message_text, persist, store
from onward.classifier.features import normalise, terms_of, tokens_of, words_of
from onward.classifier.model import Model
from onward.classifier.training import fit_pipeline, to_model, train
from tests.support.mail import talent_mail

REJECTION = ("Your application for Data Analyst",
             "Dear Sam,\n\nThank you for your interest in the Data Analyst role. After careful consideration "
             "we have decided to pursue candidates whose experience more closely matches our needs. "
             "We wish you every success in your search.\n\nThe Talent Team")
INVITATION = ("Interview invitation: Data Analyst",
              "Dear Sam,\n\nThank you for applying. We would like to invite you to an interview next "
              "Tuesday at 10:00 by video call. Please confirm whether the time suits you.\n\nBest, Jo")


@pytest.fixture(scope="module")
def model() -> Model:
    return load_model()  # the built-in model, trained once per test process


def test_clear_cases_are_classified(model):
    rejection = model.classify(talent_mail(*REJECTION), threshold=0.8)
    invitation = model.classify(talent_mail(*INVITATION), threshold=0.8)
    assert rejection.label == "rejection" and rejection.probability >= 0.8
    assert invitation.label == "other" and invitation.probability < 0.5


def test_threshold_decides_the_label(model):
    verdict = model.classify(talent_mail(*REJECTION), threshold=0.8)
    assert model.classify(talent_mail(*REJECTION), threshold=min(0.999999, verdict.probability + 1e-6)).label == "other"
    assert model.classify(talent_mail(*REJECTION), threshold=verdict.probability).label == "rejection"


def test_batch_matches_one_by_one(model):
    raws = [talent_mail(*REJECTION), talent_mail(*INVITATION), b"", b"\xff\x00garbage"]
    batch = model.classify_many(raws, 0.8)
    assert all(isinstance(v, Verdict) for v in batch)
    assert [v.label for v in batch] == [model.classify(r, 0.8).label for r in raws]
    assert np.allclose([v.probability for v in batch], [model.classify(r, 0.8).probability for r in raws])
    assert model.classify_many([], 0.8) == []


def test_malformed_and_empty_messages_never_raise(model):
    for raw in (b"", b"\r\n\r\n", b"Content-Type: multipart/mixed; boundary=q\r\n\r\n--q--", os.urandom(5000)):
        verdict = model.classify(raw, 0.8)
        assert 0.0 <= verdict.probability <= 1.0
    assert model.classify(b"", 0.8) == Verdict("other", 0.0)


def test_explain_names_the_words_that_weighed(model):
    weights = model.explain(talent_mail(*REJECTION))
    assert 0 < len(weights) <= 8
    assert abs(weights[0].weight) >= abs(weights[-1].weight)
    assert sum(w.weight for w in weights) > 0  # the strongest pushes are towards "rejection"
    assert model.explain(b"") == []


def test_training_needs_both_labels():
    with pytest.raises(ValueError, match="both"):
        train(["a b c"] * 4, ["rejection"] * 4)


def _tiny_model() -> Model:
    texts = ["leider keine zusage absage", "einladung zum gespräch termin"] * 6
    return train(texts, ["rejection", "other"] * 6, origin="yours")


def test_user_model_round_trips_as_plain_arrays(tmp_path):
    tiny = _tiny_model()
    path = store.save_user_model(tiny, tmp_path, [("leider absage", "rejection"), ("einladung", "other")])
    assert path.read_bytes()[:2] == b"PK"  # an .npz (zip of .npy arrays), not a pickle
    loaded = load_model(tmp_path)
    assert loaded.origin == "yours"
    raw = talent_mail("Absage", "leider keine zusage")
    assert loaded.classify(raw, 0.5).probability == pytest.approx(tiny.classify(raw, 0.5).probability)


def test_model_predicts_exactly_what_the_fitted_pipeline_predicts():
    examples = corpus.load_corpus(corpus.TRAIN_DIR)[::4]
    texts, labels = [message_text(e.raw) for e in examples], [e.label for e in examples]
    pipeline = fit_pipeline(texts[:-40], labels[:-40])
    expected = pipeline.predict_proba(texts[-40:])[:, list(pipeline.classes_).index("rejection")]
    model = to_model(pipeline)
    # The rules after the weights, which the pipeline has no part in: a text without evidence, or
    # one that ends on a next step for the reader, is no rejection (probability 0).
    evidence: list[bool] = []
    model.scores(texts[-40:], model.weights.coef, evidence)
    assert sum(evidence) >= 30
    assert np.allclose(model.probabilities(texts[-40:]), np.where(evidence, expected, 0.0), atol=1e-6)


def counted_strings(term_lists: list[list[str]], index: dict[str, int]) -> sp.csr_matrix:
    """The reference TermCounter must match: each known term string of each text, counted."""
    rows, columns = [], []
    for row, terms in enumerate(term_lists):
        known = [index[t] for t in terms if t in index]
        rows += [row] * len(known)
        columns += known
    counts = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, columns)),
                           shape=(len(term_lists), len(index)))
    counts.sum_duplicates()
    return counts


@pytest.mark.parametrize("triples", [True, False])
def test_term_counter_counts_exactly_the_terms_training_builds(model, monkeypatch, triples):
    # Prediction counts word runs by number (counting.TermCounter); training builds them as strings
    # (features.terms_of). Any difference would be a model that predicts something else.
    texts = [message_text(e.raw) for e in corpus.load_corpus(corpus.HELDOUT_DIR)[:120]]
    texts += ["", "Absage Absage absage", "d'un poste – équipe ÉQUIPE"]
    words = [words_of(normalise(t)) for t in texts]
    terms = model.weights.terms
    expected = counted_strings([terms_of(w, triples) for w in words], {str(t): i for i, t in enumerate(terms)})
    monkeypatch.setattr(counting, "_CACHE_LIMIT", 50)  # forgetting words between batches changes nothing
    counter = counting.TermCounter(terms, triples)
    got = sp.vstack([counter.counts(words[i:i + 7]).to_csr() for i in range(0, len(words), 7)])
    assert (got != expected).nnz == 0 and expected.nnz > 1_000
    tokens = [tokens_of(normalise(t)) for t in texts]
    grams = counting.CharGramCounter(model.weights.grams, model.weights.gram_range)
    got = sp.vstack([grams.counts(tokens[i:i + 7]).to_csr() for i in range(0, len(tokens), 7)])
    monkeypatch.setattr(counting, "_CACHE_LIMIT", 10**6)
    expected = counting.CharGramCounter(model.weights.grams, model.weights.gram_range).counts(tokens).to_csr()
    assert (got != expected).nnz == 0 and expected.nnz > 10_000


def test_a_model_file_holding_pickled_objects_is_refused(tmp_path, model, caplog):
    # A file planted in the state folder whose arrays would need unpickling: it must not load.
    path = store.user_model_path(tmp_path)
    path.parent.mkdir(parents=True)
    np.savez(path, header=np.array('{"format": 1, "key": "%s"}' % store.build_key()),
             terms=np.array([os.system], dtype=object))
    assert load_model(tmp_path).origin == "built-in"
    assert "allow_pickle=False" in caplog.text  # refused for the pickle, not for some other reason


def test_a_model_file_with_mismatched_arrays_is_refused(tmp_path, model):
    path = tmp_path / "m.npz"
    persist.write_model(model, path)
    with np.load(path) as data:
        arrays = dict(data)
    arrays["coef"] = arrays["coef"][:-1]
    np.savez(path, **arrays)
    assert persist.read_model(path) is None


@pytest.mark.slow  # trains or explores for many seconds: not in the quick loop
def test_a_model_from_another_corpus_or_library_is_retrained_from_saved_examples(tmp_path):
    store.save_user_model(_tiny_model(), tmp_path, [("leider absage", "rejection"), ("einladung", "other")])
    persist.write_model(_tiny_model(), store.user_model_path(tmp_path), {"key": "from-an-older-onward"})
    model = load_model(tmp_path)
    assert model.origin == "yours"
    assert persist.read_model(store.user_model_path(tmp_path))[1]["key"] == store.build_key()
    # Retrained on the full corpus plus the two saved examples, not the 12-text tiny model.
    assert len(model.weights.terms) > 1_000


def test_a_broken_user_model_without_examples_falls_back_to_built_in(tmp_path, caplog):
    path = store.user_model_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a zip file")
    assert load_model(tmp_path).origin == "built-in"
    assert "run `onward train`" in caplog.text


def test_the_shipped_model_is_built_from_this_corpus_and_code():
    # Fails after a change to the corpus or the classifier code until `python -m onward.classifier.ship`.
    shipped = persist.read_model(store.SHIPPED_PATH)
    assert shipped is not None and shipped[1]["key"] == store.source_key()


def test_the_shipped_model_is_used_without_training_or_writing(tmp_path, monkeypatch):
    store._memory.clear()
    monkeypatch.setattr(store, "train_builtin", lambda: pytest.fail("trained although a model ships"))
    assert load_model(tmp_path).origin == "built-in"
    assert not store.model_dir(tmp_path).exists()


@pytest.mark.slow  # trains or explores for many seconds: not in the quick loop
def test_the_shipped_model_decides_as_a_freshly_trained_one():
    examples = corpus.load_corpus(corpus.HELDOUT_DIR)
    texts = [message_text(e.raw) for e in examples]
    shipped = persist.read_model(store.SHIPPED_PATH)[0].probabilities(texts)
    fresh = store.train_builtin().probabilities(texts)
    # float32 weights and liblinear's own tolerance move probabilities a little, verdicts hardly.
    assert np.abs(shipped - fresh).max() < 0.02
    assert np.mean((shipped >= 0.95) == (fresh >= 0.95)) > 0.99


@pytest.mark.slow  # trains or explores for many seconds: not in the quick loop
def test_without_a_current_shipped_model_the_built_in_one_is_trained_and_cached(tmp_path, monkeypatch,
                                                                                  model):
    monkeypatch.setattr(store, "SHIPPED_PATH", tmp_path / "none.npz")
    store._memory.clear()
    load_model(tmp_path)
    cached = list(store.model_dir(tmp_path).glob("builtin-*.npz"))
    assert [p.name for p in cached] == [f"builtin-{store.build_key()}.npz"]
    store._memory.clear()  # now it must come from the file, not be retrained
    monkeypatch.setattr(store, "train_builtin", lambda: pytest.fail("retrained despite the cache"))
    from_file = load_model(tmp_path)
    raw = talent_mail(*REJECTION)
    assert from_file.classify(raw, 0.8).probability == pytest.approx(model.classify(raw, 0.8).probability)
    before = store.build_key()
    train_dir = tmp_path / "train"
    train_dir.mkdir()
    for path in corpus.corpus_files(corpus.TRAIN_DIR):
        (train_dir / path.name).write_bytes(path.read_bytes())
    with open(sorted(train_dir.glob("*.jsonl"))[0], "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "extra", "label": "other", "from": "a@b.c", "subject": "hi",
                             "body": "hello", "html": False}) + "\n")
    monkeypatch.setattr(corpus, "TRAIN_DIR", train_dir)
    assert store.build_key() != before
