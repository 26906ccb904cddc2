"""Rebuild the model that ships in the package, and the kinds of job mail on its features, after
changing the corpus or the classifier code.

    python -m onward.classifier.ship

A test fails while either is stale (tests/test_classifier_model.py, tests/test_classifier_kinds.py),
so this cannot be forgotten; until it is run, onward trains them on first use instead (seconds).
"""

from onward.classifier import kinds
from onward.classifier.store import ship_builtin

if __name__ == "__main__":
    print(f"wrote {ship_builtin()}")
    kinds.main()
