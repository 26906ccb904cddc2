"""The command line itself: global options anywhere, usage errors, help, the shared message reader,
shell completion and the man page."""

from __future__ import annotations

import json
import mailbox
import subprocess
from pathlib import Path

import pytest

from tests.support.helpers import onward
from onward.daemon.cli import build_parser, main, parse_args

SAMPLES = Path(__file__).parent / "data" / "drafts" / "samples"
REJECTION = SAMPLES / "de_personio.eml"
INTERVIEW = SAMPLES / "en_personal_interview.eml"


@pytest.mark.parametrize("argv", [
    ["run", "-v", "--config", "X"],
    ["-v", "run", "--config", "X"],
    ["--config", "X", "run", "-v"],
    ["run", "--log-format", "json", "-v", "--config", "X"],
])
def test_global_options_before_or_after_the_subcommand(argv):
    args = parse_args(argv)
    assert str(args.config) == "X" and args.verbose == 1 and args.command == "run"


def test_verbosity_adds_up_on_both_sides():
    args = parse_args(["-v", "check", "-v"])
    assert args.verbose == 2
    assert build_parser().parse_args(["check"]).log_format == "text"
    assert build_parser().parse_args(["check", "--log-format", "json"]).log_format == "json"


def test_global_options_after_the_subcommand_really_apply(tmp_path):
    done = onward("run", "--once", "--config", str(tmp_path / "nope.toml"))
    assert done.returncode == 2 and str(tmp_path / "nope.toml") in done.stderr


@pytest.mark.parametrize("argv, says", [
    (["frobnicate"], "argument COMMAND: invalid choice"),
    (["run", "--bogus"], "unrecognized arguments: --bogus"),
    (["train", "--reset", "--others", "x"], "--reset takes no --rejections or --others"),
    (["train"], "name --rejections PATH or --others PATH or both"),
])
def test_usage_mistakes_say_usage_and_exit_2(argv, says):
    done = onward(*argv)
    assert done.returncode == 2, done.stderr
    assert "usage: onward" in done.stderr
    assert f"onward: usage error: {says}" in done.stderr
    assert "config error" not in done.stderr and "Traceback" not in done.stderr


def test_every_subcommand_has_a_one_line_description():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    helps = {a.dest: a.help for a in sub._choices_actions}
    assert set(helps) == set(sub.choices)
    for name, text in helps.items():
        assert text and "\n" not in text, name
        assert sub.choices[name].description, name  # `onward NAME --help` says what it does
    listing = onward("--help").stdout
    for name, text in helps.items():
        assert name in listing and text.split()[0] in listing


def _mbox(path: Path, *files: Path) -> Path:
    box = mailbox.mbox(str(path))
    for f in files:
        box.add(f.read_bytes())
    box.close()
    return path


def test_classify_takes_files_folders_and_mbox_alike(tmp_path, capsys):
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes(REJECTION.read_bytes())
    (folder / "b.eml").write_bytes(INTERVIEW.read_bytes())
    box = _mbox(tmp_path / "mail.mbox", REJECTION, INTERVIEW)
    assert main(["classify", "--json", str(REJECTION), str(folder), str(box)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["file"] for line in lines] == [
        str(REJECTION), str(folder / "a.eml"), str(folder / "b.eml"), f"{box}#1", f"{box}#2"]
    labels = [line["label"] for line in lines]
    assert labels[1:3] == labels[3:5] and labels[0] == labels[1]


def test_preview_shows_each_message_of_an_mbox(tmp_path, capsys):
    box = _mbox(tmp_path / "two.mbox", REJECTION, INTERVIEW)
    assert main(["preview", str(box)]) == 0
    out = capsys.readouterr().out
    assert f"##### {box}#1" in out and f"##### {box}#2" in out
    assert out.count("# read: company=") == 2
    assert main(["preview", "--json", str(box)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [entry["message"] for entry in listed] == [f"{box}#1", f"{box}#2"]
    assert all(isinstance(entry["drafts"], list) for entry in listed)


def test_train_and_evaluate_take_single_files_too(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n')
    box = _mbox(tmp_path / "others.mbox", INTERVIEW)
    args = ["--config", str(config), "evaluate", "--json", "--rejections", str(REJECTION), "--others", str(box)]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["confusion_matrix"] is not None


@pytest.mark.parametrize("shell, marker", [("bash", "complete"), ("zsh", "#compdef onward"),
                                           ("fish", "complete -c onward")])
def test_shell_completion_is_printed_for_each_shell(shell, marker):
    done = onward("completion", shell)
    assert done.returncode == 0, done.stderr
    assert marker in done.stdout
    for word in ("check", "preview", "config", "log-format"):
        assert word in done.stdout


def test_bash_completion_is_valid_bash(tmp_path):
    script = tmp_path / "onward.bash"
    script.write_text(onward("completion", "bash").stdout)
    assert subprocess.run(["bash", "-n", str(script)]).returncode == 0


def test_man_page_is_printed_from_the_parser():
    done = onward("manpage")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(".TH ONWARD") or ".TH ONWARD" in done.stdout
    for word in ("check", "preview", "completion", "log\\-format"):
        assert word in done.stdout


def test_an_unknown_option_is_reported_with_its_subcommands_usage():
    done = onward("run", "--bogus")
    assert done.returncode == 2
    assert done.stderr.startswith("usage: onward run ") and "see `onward run --help`" in done.stderr
