"""The scan reads each message once (issue 17): the rejection probability and the kinds of job mail
come from one featurisation, and equal what the two heads give when each reads the text itself."""

from __future__ import annotations

import numpy as np
import pytest

from onward.classifier import corpus, kinds, load_model, message_text, store
from onward.daemon.config import Config
from onward.daemon.job_mail import KindReader
from onward.daemon.mailbox.message import Message, message_key
from onward.daemon.state import Status
from onward.daemon.triage import Triager
from tests.support.mail import talent_mail


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every message of the shipped corpus, training and held-out, as the model reads it."""
    examples = corpus.load_corpus(corpus.TRAIN_DIR) + corpus.load_corpus(corpus.HELDOUT_DIR)
    return [message_text(e.raw) for e in examples]


def test_one_featurisation_gives_both_heads_exactly(texts):
    model = load_model()
    head = kinds.load_head(model, store.source_key())
    joint = kinds.OnePass(model, head)
    for start in range(0, len(texts), 500):  # in batches, as the scan reads them
        part = texts[start:start + 500]
        rejection, kind_probabilities = joint.read(part)
        assert np.abs(rejection - model.probabilities(part)).max() <= 1e-9
        assert np.abs(kind_probabilities - head.probabilities(model, part)).max() <= 1e-9
    # The head kept by OnePass is a view into the joint weights, with the same numbers.
    assert np.array_equal(joint.head.coef, head.coef)


def test_no_text_and_a_head_of_other_features():
    model = load_model()
    joint = kinds.OnePass(model, kinds.load_head(model, store.source_key()))
    rejection, kind_probabilities = joint.read([])
    assert rejection.shape == (0,) and kind_probabilities.shape == (0, len(kinds.KINDS))
    with pytest.raises(ValueError):
        model.with_head(np.zeros((model.n_features - 1, 2)))


def test_the_triage_records_what_each_head_says_on_its_own(tmp_path):
    """The records of a mixed batch equal the two-pass reading: the rejection model's verdict
    (classify) and the kinds head's (kinds_of), message by message."""
    examples = corpus.load_corpus(corpus.HELDOUT_DIR)[:150]
    raws = [e.raw for e in examples] + [talent_mail("Your application", "We regret to tell you no."),
                                        b"\xff\xfe not a message at all", b""]
    batch = [(Message(n + 1, raw, None, len(raw)), "") for n, raw in enumerate(raws)]
    batch = [(m, message_key(m.raw, m.headers) + str(n)) for n, (m, _k) in enumerate(batch)]
    cfg = Config()
    triager = Triager(cfg, clock=lambda: 1.8e9, reason_of=None)
    assert triager.one_pass(triager.model) is not None  # the built-in model: one featurisation
    records = triager(batch)
    model = load_model()
    head = kinds.load_head(model, store.source_key())
    screened = [r.probability is not None for r in records]
    assert sum(screened) > 100  # most of the corpus is job mail and passes the first stage
    for (message, _key), record, passed in zip(batch, records, screened):
        if not passed:
            assert record.job is None or record.job.kind is None
            continue
        verdict = model.classify(message.raw, cfg.classifier.threshold)
        assert record.probability == round(verdict.probability, 4)
        assert (record.status == Status.WAITING) == (verdict.label == "rejection")
        if record.status in (Status.OTHER, Status.WAITING):
            kind = head.kinds_of(model, [message.raw])[0]
            expected = "rejection" if record.status == Status.WAITING else kind.kind
            assert record.job.kind == expected
            assert record.job.probability == round(kind.probability, 4)


def test_a_user_model_is_read_on_its_own_and_the_kinds_on_the_built_in_one():
    reader = KindReader()
    other = load_model()
    assert reader.one_pass(other) is not None
    reader.release()

    class UserModel:  # any model but the built-in one the kinds are read on
        pass

    assert reader.one_pass(UserModel()) is None  # type: ignore[arg-type]
    assert [k for k, _p in reader.kinds([talent_mail("Interview invitation", "Come on Monday at 10.")])]
