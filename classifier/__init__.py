"""Is this email a job-application rejection, and how sure are we? Knows nothing about IMAP.

The daemon calls `load_model(state_dir)` (again when `model_version(state_dir)` changes), then `model.classify(raw, threshold)` or
`model.classify_many(raws, threshold)` with raw RFC 5322 bytes; `message_text` is the model's input.
`onward train` and `onward mark` call `add_corrections(state_dir, [Correction, ...])` (which keeps
them and retrains on all), `onward corrections` reads `kept_corrections(state_dir)`, and
`reset_user_model(state_dir)` forgets them; the files behind them are this package's business.
Importing the package imports neither numpy nor the model: `load_model` does, on first need.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from onward.classifier.model import Model, Verdict, Weight
    from onward.classifier.store import (Correction, add_corrections, forget_models, kept_corrections, load_model,
                                         model_version, reset_user_model, train_user_model)
    from onward.classifier.text import message_text

# Each name is imported on first use. numpy comes with the model, and the text's patterns with
# message_text (the decision phrases' own, a fifth of a second to compile, with the model or at their
# first use): a service that waits for mail, and every command that never classifies, do without them
# (issue 17: small while it waits).
_HOME = {"Model": "model", "Verdict": "model", "Weight": "model", "message_text": "text",
         **dict.fromkeys(("Correction", "add_corrections", "forget_models", "kept_corrections", "load_model",
                          "model_version", "reset_user_model", "train_user_model"), "store")}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value  # looked up once
    return value

__all__ = ["Correction", "Model", "Verdict", "Weight", "add_corrections", "forget_models", "kept_corrections", "load_model",
           "message_text", "model_version", "reset_user_model", "train_user_model"]
