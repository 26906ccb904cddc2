"""Rebuild the model that ships in the package, after changing the corpus or the classifier code.

    python -m onward.classifier.ship

A test fails while the shipped model is stale (tests/test_classifier_model.py), so this cannot be
forgotten; until it is run, onward trains the model on first use instead (a few seconds).
"""

from onward.classifier.store import ship_builtin

if __name__ == "__main__":
    print(f"wrote {ship_builtin()}")
