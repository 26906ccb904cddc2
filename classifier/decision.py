"""What gets drafts: the one decision of whether a message is a rejection, for every caller.

A message is a rejection when the rejection model's probability reaches the threshold, or when it
comes within KINDS_REACH of it and the kinds head (classifier.kinds), a second linear head on the
same features, gives the rejection kind at least KINDS_VOTE. The head then lifts mail the model
was nearly sure of; it never drafts what the model doubts. Measured on the independent rounds 1–10
and in writer-disjoint cross-validation (README, "The kinds head's vote"): at 0.85 the vote cost no
false alarm in either and found 11 rejections of the rounds (6 in the folds) under the threshold;
at 0.8 it cost false alarms in rounds 8 and 10. Only the built-in model has a head: a model of the
user's own corrections decides by its probability alone.

The service's triage, `onward classify`, `onward preview`, `onward evaluate` and the benches all
decide through `verdicts` (the model's `classify_many` and `classify_texts` call it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:  # numpy comes with the model: the commands that only print these numbers do without it
    import numpy as np

REJECTION, OTHER = "rejection", "other"
KINDS_VOTE = 0.85  # the kinds head's probability of the rejection kind that lifts a message
KINDS_REACH = 0.25  # how far under the threshold the model's probability may be for that

# The rejection kind's probability of each text, from the kinds head (None: the model has none).
KindsVote = Callable[[Sequence[str]], "np.ndarray"]


def near(probabilities: np.ndarray, threshold: float) -> np.ndarray:
    """Which probabilities are under the threshold but close enough for the kinds head to lift."""
    import numpy as np

    probabilities = np.asarray(probabilities, dtype=float)
    return (probabilities < threshold) & (probabilities >= threshold - KINDS_REACH)


def lifted(probabilities: np.ndarray, threshold: float, kind_rejection: np.ndarray | None) -> np.ndarray:
    """Which messages the kinds head's vote makes rejections (all False without a head)."""
    import numpy as np

    if kind_rejection is None:
        return np.zeros(len(probabilities), dtype=bool)
    return near(probabilities, threshold) & (np.asarray(kind_rejection, dtype=float) >= KINDS_VOTE)


def votes_where_needed(texts: Sequence[str], probabilities: np.ndarray, threshold: float,
                       vote: KindsVote | None) -> np.ndarray | None:
    """The kinds head's rejection probability of the texts it could lift (NaN elsewhere): the head
    reads only those, a few in a hundred, so deciding costs hardly more than the model alone."""
    if vote is None:
        return None
    import numpy as np

    votes = np.full(len(probabilities), np.nan)
    which = np.flatnonzero(near(probabilities, threshold))
    if len(which):
        votes[which] = vote([texts[int(i)] for i in which])
    return votes
