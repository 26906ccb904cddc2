"""Saving and loading models as plain arrays (.npz, pickle disabled): a file cannot run code.

The state folder is writable by other programs, so a model file there is not trusted for being
there: it is read with `allow_pickle=False`, every array must have the expected kind and shape,
and the analyzer is looked up by name in a fixed table (classifier.features.ANALYZER_TRIPLES).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onward.classifier.model import Model


logger = logging.getLogger(__name__)

FORMAT = 1  # bump when ModelWeights changes shape; older files are then retrained, not misread
_ARRAYS = ("terms", "term_idf", "grams", "gram_idf", "coef")
_FLOATS = ("term_idf", "gram_idf", "coef")


def write_model(model: Model, path: Path, meta: dict | None = None, compact: bool = False) -> None:
    """Save atomically (a crash never leaves a half-written model where a good one was).

    `compact` compresses and rounds the weights to float32 (probabilities move by about 1e-6):
    the form that ships in the package, about a tenth of the size.
    """
    import numpy as np

    w = model.weights
    header = {"format": FORMAT, "origin": model.origin, "analyzer": w.analyzer,
              "gram_range": list(w.gram_range), "intercept": w.intercept,
              "sigmoid_a": w.sigmoid_a, "sigmoid_b": w.sigmoid_b, **(meta or {})}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            arrays = {name: getattr(w, name) for name in _ARRAYS}
            if compact:
                arrays.update({name: arrays[name].astype(np.float32) for name in _FLOATS})
            save = np.savez_compressed if compact else np.savez
            save(fh, header=np.array(json.dumps(header)), **arrays)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read_model(path: Path) -> tuple[Model, dict] | None:
    """The model saved at `path` and its header, or None (with a warning) if it is not usable."""
    import numpy as np  # with the model, on first need: not for a service that only waits

    from onward.classifier.model import Model, ModelWeights

    try:
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"][()]))
            if header.get("format") != FORMAT:
                raise ValueError(f"format {header.get('format')!r}, expected {FORMAT}")
            arrays = {name: data[name] for name in _ARRAYS}
        for name in ("terms", "grams"):
            if arrays[name].dtype.kind != "U":
                raise ValueError(f"{name} is not text")
        for name in _FLOATS:
            arrays[name] = arrays[name].astype(np.float64, casting="same_kind")
        low, high = (int(x) for x in header["gram_range"])
        weights = ModelWeights(
            analyzer=str(header["analyzer"]), gram_range=(low, high), intercept=float(header["intercept"]),
            sigmoid_a=float(header["sigmoid_a"]), sigmoid_b=float(header["sigmoid_b"]), **arrays)
        return Model(weights, str(header.get("origin", "built-in"))), header
    except Exception as exc:  # damaged, truncated, foreign or from another version of onward
        logger.warning("not using the model at %s: %s", path, exc)
        return None


def atomic_write(path: Path, data: bytes) -> None:
    """Write a small file so that readers see the old or the new content, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
