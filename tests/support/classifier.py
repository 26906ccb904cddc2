"""What the tests of the classifier share: the threshold a draft needs, the margin a job mail beside
a rejection class keeps under it, the shipped model (loaded once per test module), the mail builder
(a message to the candidate Sam Rivera), and a tiny model to train in place of the whole corpus.

A test module imports `model` to use the fixture: pytest finds a fixture by its name in the module.
"""

from __future__ import annotations

import pytest

from onward.classifier import load_model
from onward.classifier.model import Model
from onward.classifier.training import train
from onward.daemon.schema import ClassifierConfig
from tests.support.mail import addressed_mail as mail

__all__ = ["MARGIN", "THRESHOLD", "mail", "model", "train_tiny"]

THRESHOLD = ClassifierConfig().threshold  # the default [classifier] threshold
# "Well under": a job mail beside a rejection class (a look-alike, a place offered) may not sit within
# this margin of the threshold, so a small shift of the weights or of the threshold does not flip it.
MARGIN = 0.2


@pytest.fixture(scope="module")
def model() -> Model:
    return load_model()


def train_tiny(user: list[tuple[str, str]]) -> Model:
    """A model fitted on a dozen phrases and the user's examples: a stand-in for
    store.train_with_user_examples, whose fit on the whole corpus takes many seconds."""
    texts = ["leider keine zusage absage", "einladung zum gespräch termin"] * 6
    return train(texts + [t for t, _ in user], ["rejection", "other"] * 6 + [lab for _, lab in user],
                 origin="yours")
