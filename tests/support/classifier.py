"""What the tests of the classifier's judgement share: the threshold a draft needs, the margin a
job mail beside a rejection class keeps under it, the shipped model (loaded once per test module),
and the mail builder (a message to the candidate Sam Rivera).

A test module imports `model` to use the fixture: pytest finds a fixture by its name in the module.
"""

from __future__ import annotations

import pytest

from onward.classifier import load_model
from onward.classifier.model import Model
from onward.daemon.schema import ClassifierConfig
from tests.support.mail import addressed_mail as mail

__all__ = ["MARGIN", "THRESHOLD", "mail", "model"]

THRESHOLD = ClassifierConfig().threshold  # the default [classifier] threshold
# "Well under": a job mail beside a rejection class (a look-alike, a place offered) may not sit within
# this margin of the threshold, so a small shift of the weights or of the threshold does not flip it.
MARGIN = 0.2


@pytest.fixture(scope="module")
def model() -> Model:
    return load_model()
