"""The classifier's narrow surface: training and forgetting the user's model, the shipped model's
key, and explain()'s TF-IDF weights checked against scikit-learn's own computation."""

from __future__ import annotations

from pathlib import Path

import pytest

import onward.classifier
from onward.classifier import corpus, load_model, message_text, reset_user_model, store, train_user_model
from onward.classifier.training import fit_pipeline, to_model
from onward.classifier.model import _PHRASE_KIND as PHRASE_KIND  # how explain() names a phrase
from tests.support.classifier import train_tiny
from tests.support.mail import talent_mail


def test_train_then_reset_the_users_model_through_the_surface_alone(tmp_path, monkeypatch):
    # The full corpus takes many seconds to fit (the CLI test does that); a tiny one shows the files.
    monkeypatch.setattr(store, "train_with_user_examples", train_tiny)
    assert reset_user_model(tmp_path) is False  # nothing to forget yet
    path = train_user_model(tmp_path, [("leider absage", "rejection"), ("einladung", "other")])
    assert path.parent == tmp_path / "classifier" and path.exists()
    assert load_model(tmp_path).origin == "yours"
    assert reset_user_model(tmp_path) is True
    assert load_model(tmp_path).origin == "built-in"
    assert list((tmp_path / "classifier").iterdir()) == []  # the examples went with the model
    assert reset_user_model(tmp_path) is False


def test_the_daemon_reaches_no_classifier_file_itself():
    daemon = Path(onward.classifier.__file__).resolve().parent.parent / "daemon"
    sources = "".join(p.read_text() for p in daemon.rglob("*.py"))
    for private in ("user_model_path", "user_examples_path", "save_user_model", "model_dir(",
                    "classifier import store", "classifier.store"):
        assert private not in sources, private


def test_the_shipped_key_follows_the_corpus_and_the_features_version(monkeypatch):
    key = store.source_key()
    assert len(key) == 16 and store.source_key() == key
    monkeypatch.setattr(store, "FEATURES_VERSION", store.FEATURES_VERSION + 1)
    assert store.source_key() != key  # a change of features invalidates the shipped model
    monkeypatch.undo()
    monkeypatch.setattr(corpus, "corpus_files", lambda directory: [])
    assert store.source_key() != key  # and so does a change of corpus


@pytest.fixture(scope="module")
def fitted():
    examples = corpus.load_corpus(corpus.TRAIN_DIR)[::6]
    pipeline = fit_pipeline([message_text(e.raw) for e in examples], [e.label for e in examples])
    return pipeline, to_model(pipeline)


MESSAGES = [
    talent_mail("Your application for Data Analyst",
         "Dear Sam,\n\nThank you for your interest. After careful consideration we have decided to "
         "pursue candidates whose experience more closely matches our needs.\n\nThe Talent Team"),
    talent_mail("Interview invitation", "We would like to invite you to an interview next Tuesday at 10:00."),
    talent_mail("Ihre Bewerbung", "Sehr geehrte Frau Weber,\n\nleider müssen wir Ihnen mitteilen, dass wir uns "
         "für eine andere Kandidatin entschieden haben.\n\nMit freundlichen Grüßen"),
    talent_mail("Votre candidature", "Malheureusement, nous ne pouvons pas donner suite à votre candidature."),
]


@pytest.mark.parametrize("raw", MESSAGES, ids=["en-rejection", "en-interview", "de-rejection", "fr-rejection"])
def test_explain_weighs_terms_as_scikit_learn_does(fitted, raw):
    pipeline, model = fitted
    vectorizer = dict(pipeline.named_steps["features"].transformer_list)["terms"]
    linear = pipeline.named_steps["classify"].calibrated_classifiers_[0].estimator
    sign = 1.0 if linear.classes_[1] == "rejection" else -1.0  # positive weights push to rejection
    names = vectorizer.get_feature_names_out()
    row = vectorizer.transform([message_text(raw)])  # sklearn's TF-IDF of the word-term block
    expected = {str(names[i]): sign * float(linear.coef_[0, i]) * float(value)
                for i, value in zip(row.indices, row.data)}
    # A decision phrase is shown as the words it matched ("decision against you: pas donner suite");
    # among sklearn's terms it is its pseudo-word ("=against").
    pseudo_word = {shown: term for term, shown in PHRASE_KIND.items()}
    explained = {pseudo_word.get(w.feature.split(": ")[0], w.feature): w.weight
                 for w in model.explain(raw, top=len(names))}
    assert expected  # each message has terms the model knows, or this would prove nothing
    assert explained.keys() == expected.keys()
    for term, weight in expected.items():
        assert explained[term] == pytest.approx(weight, rel=1e-6, abs=1e-9), term
    strongest = sorted((abs(w) for w in expected.values()), reverse=True)[:3]
    # scikit-learn computes in float32 (the pipeline's dtype), the Model in float64: equal to ~1e-7.
    assert [abs(w.weight) for w in model.explain(raw, top=3)] == pytest.approx(strongest, rel=1e-6)
