"""onward lives under one import name: installing python-daemon or PyPI's `classifier` beside it
(both install top-level modules named like onward's folders) must not break it."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*command, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, **kw)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done


@pytest.mark.slow  # 20 s or more on the shared 2-core machine
def test_onward_runs_beside_python_daemon_and_pypi_classifier(tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")
    pip = (python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
    _run(*pip, "python-daemon", "classifier")
    _run(*pip, str(ROOT))  # a real (not editable) install: package data must come along
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ONWARD_CONFIG")}
    clean["XDG_STATE_HOME"] = str(tmp_path / "state")
    clean["XDG_CONFIG_HOME"] = str(tmp_path / "config")

    # The other packages' modules are still theirs, and onward's are found under its own name.
    probe = ("import daemon, classifier, onward.daemon, onward.classifier, onward.drafts\n"
             "print(daemon.__file__, classifier.__file__, onward.daemon.__file__)")
    theirs, their_classifier, ours = _run(python, "-c", probe, cwd=tmp_path, env=clean).stdout.split()
    assert "site-packages/daemon" in theirs and "site-packages/classifier" in their_classifier
    assert "site-packages/onward/daemon" in ours

    onward = str(env_dir / "bin" / "onward")
    assert _run(onward, "--version", cwd=tmp_path, env=clean).stdout.startswith("onward ")
    demo = _run(onward, "demo", cwd=tmp_path, env=clean)
    assert "draft" in demo.stdout.lower()
    assert sys.executable != python  # the test really used the new environment
