"""The one decision of what gets drafts (classifier.decision): the threshold, and the kinds head's
vote for a message the model was nearly sure of."""

from __future__ import annotations

import numpy as np
import pytest

from onward.classifier import load_model
from onward.classifier.decision import KINDS_REACH, KINDS_VOTE
from onward.classifier.model import verdicts
from tests.support.mail import addressed_mail as mail

T = 0.75


@pytest.mark.parametrize("probability, kind_rejection, label, voted", [
    (0.80, None, "rejection", False),  # over the threshold: the head is not asked
    (0.74, None, "other", False),  # no head (a user's own model): the threshold alone
    (0.74, KINDS_VOTE, "rejection", True),  # close, and the head says rejection
    (T - KINDS_REACH, 0.99, "rejection", True),  # the reach includes its edge
    (T - KINDS_REACH - 0.01, 0.99, "other", False),  # the head never drafts what the model doubts
    (0.74, KINDS_VOTE - 0.01, "other", False),  # nor lifts a message it is not sure of either
])
def test_the_threshold_and_the_kinds_vote_decide(probability, kind_rejection, label, voted):
    kinds = None if kind_rejection is None else np.array([kind_rejection])
    verdict = verdicts(np.array([probability]), T, kinds)[0]
    assert verdict.label == label and verdict.probability == pytest.approx(probability)
    assert (verdict.kinds_vote is not None) is voted


def test_the_built_in_model_asks_its_kinds_head_only_near_the_threshold():
    model = load_model()
    asked: list[int] = []
    vote = model.kinds_vote
    assert vote is not None  # the built-in model has a head
    raws = [mail("Pat <pat@example.org>", "Dinner", "Hi Sam,\n\nDinner on Friday at eight? Bring the salad.\n\nPat"),
            mail("Jo Reyes <jo@quarry-labs.example>", "Your application",
                 "Dear Sam,\n\nThank you for interviewing for the Data Analyst role. We have decided to move "
                 "forward with another candidate whose experience more closely matches our needs.\n\nBest wishes,\nJo")]
    try:
        model.kinds_vote = lambda texts: asked.append(len(texts)) or vote(texts)  # type: ignore[func-returns-value]
        found = model.classify_many(raws, T)
    finally:
        model.kinds_vote = vote
    assert [v.label for v in found] == ["other", "rejection"]
    assert asked == []  # one far under, one far over: the head read nothing


def test_a_model_of_the_users_own_has_no_kinds_vote():
    # A user's model (classifier.store: read from their file or trained on their corrections) is
    # built as a plain Model: only the store gives the built-in one its kinds head.
    from onward.classifier.model import Model

    assert Model(load_model().weights, origin="your own").kinds_vote is None
