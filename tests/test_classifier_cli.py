"""`onward classify`, `onward train` and `onward evaluate`, run through the real command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from onward.daemon.cli import main

REPO = Path(__file__).resolve().parent.parent


def eml(subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Recruiting <jobs@contoso.example>"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg.as_bytes()


REJECTION = eml("Your application", "Dear Sam, unfortunately we have decided not to move forward with "
                "your application. We have chosen other candidates whose experience more closely matches "
                "the role. We wish you the best in your search.")
OFFER = eml("Offer of employment", "Dear Sam, we are delighted to offer you the position of analyst. "
            "Please find your contract attached and sign it by Friday. Welcome aboard!")


def zorblax_mail(folder: Path) -> tuple[Path, Path]:
    """Mail the built-in model gets wrong on purpose: this user's "rejection" is a canned phrase."""
    rejections, others = folder / "rej", folder / "oth"
    rejections.mkdir()
    others.mkdir()
    for i in range(6):
        (rejections / f"{i}.eml").write_bytes(eml(f"Ticket {i} closed", f"Zorblax quota {i} exhausted, closed."))
        (others / f"{i}.eml").write_bytes(eml(f"Ticket {i} opened", f"Zorblax quota {i} granted, opened."))
    return rejections, others


@pytest.fixture
def setup(tmp_path, monkeypatch):
    """A config whose state folder is in tmp_path, and two message files."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "state" / "state.sqlite3"}"\n')
    (tmp_path / "rejection.eml").write_bytes(REJECTION)
    (tmp_path / "offer.eml").write_bytes(OFFER)
    return tmp_path, ["--config", str(config)]


def test_classify_json_gives_one_object_per_file(setup, capsys):
    folder, config = setup
    files = [str(folder / "rejection.eml"), str(folder / "offer.eml")]
    assert main([*config, "classify", "--json", *files]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["file"] for line in lines] == files
    assert [line["label"] for line in lines] == ["rejection", "other"]
    assert lines[0]["probability"] >= 0.8 > lines[1]["probability"]


def test_classify_reads_stdin_and_explains(setup, capsys, monkeypatch):
    _, config = setup
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(REJECTION)))
    assert main([*config, "classify", "--explain", "-"]) == 0
    out = capsys.readouterr().out.splitlines()
    name, label, probability = out[0].split("\t")
    assert (name, label) == ("-", "rejection") and float(probability) >= 0.8
    assert len(out) > 1 and "towards rejection" in "\n".join(out[1:])


def test_classify_missing_file_is_a_usage_error(setup, capsys):
    folder, config = setup
    assert main([*config, "classify", str(folder / "nope.eml")]) == 2
    assert "nope.eml: no such file" in capsys.readouterr().err


@pytest.mark.slow  # trains or explores for many seconds: not in the quick loop
def test_train_then_evaluate_then_reset(setup, capsys):
    folder, config = setup
    rejections, others = zorblax_mail(folder)
    args = ["--rejections", str(rejections), "--others", str(others)]
    assert main([*config, "evaluate", "--json", *args]) == 0
    before = json.loads(capsys.readouterr().out)
    # Each mail the model got wrong is named, with its label and probability.
    missed = {m["file"]: m for m in before["misclassified"]}
    right = before["confusion_matrix"][0][0] + before["confusion_matrix"][1][1]
    assert len(missed) == 12 - right and before["recall"] < 1
    assert all(m["label"] != m["predicted"] and 0 <= m["probability"] <= 1 for m in missed.values())
    assert any(m["label"] == "rejection" and str(rejections) in name for name, m in missed.items())
    assert main([*config, "evaluate", *args]) == 0
    listed = capsys.readouterr().out
    assert f"misclassified: {len(missed)}" in listed and "rejection taken for other" in listed
    assert main([*config, "train", *args]) == 0
    assert "6 rejections and 6 other messages" in capsys.readouterr().out
    assert (folder / "state" / "classifier" / "user-model.npz").exists()
    assert main([*config, "evaluate", "--json", *args]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after["model"] == "yours" and before["model"] == "built-in"
    assert after["recall"] > before["recall"] and after["recall"] == 1.0
    assert after["confusion_matrix"] == [[6, 0], [0, 6]]
    assert main([*config, "evaluate", *args]) == 0
    table = capsys.readouterr().out
    assert "precision  1.000" in table and "confusion matrix" in table
    assert "misclassified: none" in table
    assert main([*config, "train", "--reset"]) == 0
    assert not (folder / "state" / "classifier" / "user-model.npz").exists()


def test_train_and_evaluate_reject_bad_paths(setup, capsys):
    folder, config = setup
    assert main([*config, "train", "--rejections", str(folder / "missing"), "--others", str(folder)]) == 2
    assert "missing: no such file or folder" in capsys.readouterr().err
    assert main([*config, "train"]) == 2  # one of the two is enough now: train adds to the corrections
    assert main([*config, "evaluate", "--rejections", str(folder / "x"), "--others", str(folder)]) == 2


def test_onward_classify_answers_from_a_fresh_process(setup):  # how fast: bench/classify_speed.py
    folder, config = setup
    from onward.classifier import load_model

    load_model(folder / "state")  # writes the built-in model's cache there, as a first run would
    command = [sys.executable, "-m", "onward.daemon", *config, "classify", "--json", str(folder / "rejection.eml")]
    done = subprocess.run(command, cwd=REPO, check=True, capture_output=True, text=True, timeout=60)
    assert json.loads(done.stdout)["label"] == "rejection"


@pytest.mark.slow  # trains or explores for many seconds: not in the quick loop
def test_a_running_service_follows_train_and_reset_at_once(setup, capsys):
    from onward.daemon import config as config_module
    from onward.daemon.triage import Triager

    folder, config = setup
    processor = Triager(config_module.load(Path(config[1])))  # as the service holds it
    zorblax = eml("Ticket 9 closed", "Zorblax quota 9 exhausted, closed.")
    assert processor.model.origin == "built-in"
    assert processor.model is processor.model  # not reloaded while nothing changed
    before = processor.model.classify(zorblax, 0.5)
    rejections, others = zorblax_mail(folder)
    assert main([*config, "train", "--rejections", str(rejections), "--others", str(others)]) == 0
    capsys.readouterr()
    assert processor.model.origin == "yours"
    assert "model changed" in capsys.readouterr().err  # through the log handler main() set up
    after = processor.model.classify(zorblax, 0.5)
    assert before.label == "other" and after.label == "rejection"
    assert main([*config, "train", "--reset"]) == 0
    assert processor.model.origin == "built-in"
