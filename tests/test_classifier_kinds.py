"""Kinds of job mail: the head beside the rejection model, its shipped copy, and its safe loading."""

from __future__ import annotations

import json

import numpy as np
import pytest

from onward.classifier import corpus, kinds, load_model, message_text, store
from onward.classifier.model import Model
from tests.support.mail import talent_mail

MAILS = {
    kinds.APPLIED: ("We received your application", "Dear Sam,\n\nThank you for applying for the Data Analyst "
                    "position. Our recruiters will review your profile and get back to you within two weeks "
                    "if your experience matches.\n\nThe Talent Team"),
    kinds.INVITATION: ("Interview invitation: Data Analyst", "Dear Sam,\n\nThank you for applying. We would "
                       "like to invite you to an interview next Tuesday at 10:00 by video call. Please "
                       "confirm whether the time suits you.\n\nBest, Jo"),
    kinds.OFFER: ("Your offer from Northwind", "Dear Sam,\n\nWe are delighted to offer you the position of "
                  "Data Analyst, starting on 1 March with an annual salary of 58,000. Please sign and "
                  "return the enclosed contract by Friday. Welcome aboard!\n\nJo"),
    kinds.REJECTION: ("Your application for Data Analyst", "Dear Sam,\n\nThank you for your interest in the "
                      "Data Analyst role. After careful consideration we have decided to pursue candidates "
                      "whose experience more closely matches our needs. We wish you every success.\n\nJo"),
    kinds.NOT_JOB: ("Your order has shipped", "Hello,\n\nGood news: your order #4471 (two paperbacks and a "
                    "desk lamp) left our warehouse today and should arrive on Thursday. Track it in your "
                    "account.\n\nThe Bookshop"),
}


@pytest.fixture(scope="module")
def model() -> Model:
    return load_model()


@pytest.fixture(scope="module")
def head(model) -> kinds.KindsHead:
    return kinds.load_head(model, store.source_key())


def test_the_shipped_kinds_belong_to_the_shipped_model(model):
    # `python -m onward.classifier.ship` rebuilds both.
    shipped = kinds.read_head(kinds.SHIPPED_KINDS_PATH, model)
    assert shipped is not None and shipped.key == store.source_key()
    assert shipped.kinds == kinds.KINDS


def test_the_shipped_kinds_were_trained_on_todays_data(model):
    # Changing the everyday mail (classifier/corpus/everyday) changes no key: this catches a head
    # not retrained since (`python -m onward.classifier.kinds`). Probabilities to 1e-3, not to the
    # last bit: another scikit-learn or numpy may move those; a head trained on other mail moves
    # them far more.
    shipped = kinds.read_head(kinds.SHIPPED_KINDS_PATH, model)
    fresh = kinds.train_builtin_head(model, store.source_key())
    texts = [message_text(e.raw) for e in corpus.load_corpus(corpus.HELDOUT_DIR)] + [
        message_text(e.raw) for e in corpus.load_corpus(kinds.EVERYDAY_DIR)][::3]
    assert np.abs(shipped.probabilities(model, texts) - fresh.probabilities(model, texts)).max() < 1e-3


def test_everyday_mail_teaches_the_kinds_alone():
    examples, taught = kinds.builtin_kinds_examples()
    everyday = {e.id for e in corpus.load_corpus(kinds.EVERYDAY_DIR)}
    assert len(everyday) >= 300
    assert {k for e, k in zip(examples, taught) if e.id in everyday} == {kinds.NOT_JOB}
    # The rejection model's training set is the corpus's alone (the shipped model stays as it is).
    texts, _labels = store.builtin_training_set()
    assert len(texts) == len(corpus.load_corpus(corpus.TRAIN_DIR))


@pytest.mark.parametrize("kind", sorted(MAILS))
def test_each_kind_of_job_mail_is_told(model, head, kind):
    verdict = head.kinds_of(model, [talent_mail(*MAILS[kind])])[0]
    assert verdict.kind == kind
    assert 1 / len(kinds.KINDS) < verdict.probability <= 1.0


def test_the_probabilities_of_the_kinds_sum_to_one(model, head):
    probs = head.probabilities(model, ["thank you for applying", "", "we are delighted to offer you the role"])
    assert probs.shape == (3, len(kinds.KINDS))
    assert np.allclose(probs.sum(axis=1), 1.0)


def test_a_malformed_message_gets_a_kind_and_no_exception(model, head):
    verdicts = head.kinds_of(model, [b"\xff\xfe\x00 not a message at all", b""])
    assert [v.kind in kinds.KINDS for v in verdicts] == [True, True]


def test_every_category_of_every_labelled_set_has_a_kind():
    for directory in (corpus.TRAIN_DIR, corpus.HELDOUT_DIR, corpus.CORPUS_DIR / "independent"):
        examples = corpus.load_corpus(directory)
        assert examples
        assert [e.category for e in examples if kinds.kind_of_example(e) is None] == []


def test_a_head_that_does_not_fit_the_model_is_not_used(model, head, tmp_path):
    good = tmp_path / "good.npz"
    kinds.write_head(head, good)
    assert kinds.read_head(good, model) is not None
    small = kinds.KindsHead(head.kinds, head.coef[:, :10], head.intercept, head.key)
    kinds.write_head(small, tmp_path / "small.npz")
    assert kinds.read_head(tmp_path / "small.npz", model) is None
    foreign = tmp_path / "foreign.npz"
    np.savez(foreign, header=np.array(json.dumps({"format": 1, "key": "", "kinds": ["rm -rf"]})),
             coef=head.coef, intercept=head.intercept)
    assert kinds.read_head(foreign, model) is None
    pickled = tmp_path / "pickled.npz"
    np.savez(pickled, header=np.array(json.dumps({"format": 1, "key": "", "kinds": list(head.kinds)})),
             coef=np.array([object()], dtype=object), intercept=head.intercept)
    assert kinds.read_head(pickled, model) is None  # no pickle: a file cannot run code


def test_a_stale_shipped_head_is_replaced_by_one_trained_now(model, monkeypatch, tmp_path):
    monkeypatch.setattr(kinds, "SHIPPED_KINDS_PATH", tmp_path / "missing.npz")
    trained = kinds.load_head(model, "some other model")
    assert trained.key == "some other model"
    assert trained.kinds_of(model, [talent_mail(*MAILS[kinds.OFFER])])[0].kind == kinds.OFFER
