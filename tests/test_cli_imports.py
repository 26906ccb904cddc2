"""`onward --help`, `onward COMMAND --help` and a TAB's worth of parsing import only the parsers:
the model, the templates, IMAP, the state and the service are imported by the command that runs."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version

import pytest

from onward.daemon.cli import build_parser
from tests.support.helpers import onward

# Run `onward ARGV...` for each ARGV given as JSON, in this one process, then list what it imported.
AFTER = """
import contextlib, io, json, sys
from onward.daemon.cli import main
for argv in json.loads(sys.argv[1]):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            main(argv)
        except SystemExit:
            pass
print(json.dumps(sorted(sys.modules)))
"""

HEAVY = ("numpy", "scipy", "sklearn", "jinja2", "imapclient", "imaplib", "ssl", "sqlite3", "email",
         "importlib.metadata", "onward.classifier", "onward.drafts", "onward.daemon.service",
         "onward.daemon.state", "onward.daemon.config", "onward.daemon.mailbox", "onward.daemon.errors",
         "onward.daemon.report")


def imported_after(*argvs: list[str]) -> set[str]:
    done = subprocess.run([sys.executable, "-c", AFTER, json.dumps(argvs)], capture_output=True,
                          text=True, timeout=120, check=True)
    return set(json.loads(done.stdout))


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def every_command_line() -> list[list[str]]:
    def walk(parser, path):
        yield path
        for action in parser._actions:
            if hasattr(action, "choices") and isinstance(action.choices, dict):
                for name, sub in action.choices.items():
                    yield from walk(sub, [*path, name])
    return list(walk(build_parser(), []))


@pytest.mark.parametrize("argv", [["--help"], ["status", "--help"], ["pause", "--help"], ["check", "--help"],
                                  ["run", "--help"], ["service", "install", "--help"]])
def test_help_imports_none_of_what_the_commands_need_to_run(argv):
    assert heavy_in(imported_after(argv)) == []


def test_no_command_s_help_imports_what_it_needs_to_run():
    argvs = [[*path, "--help"] for path in every_command_line()]
    assert len(argvs) > 20  # every command, and service's actions
    assert heavy_in(imported_after(*argvs)) == []


def test_a_usage_error_imports_none_of_it_either():
    assert heavy_in(imported_after(["status", "--nosuchoption"], ["nosuchcommand"], [])) == []


def test_a_command_that_runs_imports_what_it_needs(tmp_path):
    """The other side: the lazy imports happen (here `onward status`, which reads the state)."""
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n')
    modules = imported_after(["--config", str(config), "status"])
    assert {"onward.daemon.config", "onward.daemon.errors", "onward.daemon.lock"} <= modules


def test_version_is_the_installed_one():
    done = onward("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"onward {version('onward')}\n", "")


def test_mark_offers_the_labels_the_classifier_learns():
    from onward.classifier.corpus import LABELS as CLASSIFIER_LABELS
    from onward.daemon.commands.mark import LABELS

    assert LABELS == CLASSIFIER_LABELS


def test_the_version_read_when_asked_leaves_the_help_as_argparse_s_own_does():
    """The completion scripts and the man page build the parser with argparse's own --version (shtab
    knows it by its class); what the user runs reads the version only for --version."""
    assert build_parser().format_help() == build_parser(version="onward 1.0").format_help()


def test_zsh_completion_offers_nothing_after_version_as_after_help():
    done = onward("completion", "zsh")
    assert done.returncode == 0
    assert "\"(- : *)--version[show program\\'s version number and exit]\"" in done.stdout


def test_moving_imports_into_a_function_left_its_docstring_first():
    """An import put above a docstring makes it a bare string: the function loses its __doc__."""
    import ast
    from pathlib import Path

    import onward.daemon

    moved = []
    for path in Path(onward.daemon.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for i, statement in enumerate(node.body[1:], 1):
                    if (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
                            and isinstance(statement.value.value, str)
                            and all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in node.body[:i])):
                        moved.append(f"{path.name}:{node.name}")
    assert moved == []
