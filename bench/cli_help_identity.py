"""Does the CLI print, byte for byte, what another install of onward prints?

Runs both installs' `python -m onward.daemon` on every command's --help, the completion scripts, the
man page, --version and a few usage errors, and compares stdout, stderr and the exit status of each.
The commands are listed by the other install's own parser, so a command added there is not missed.

    python bench/cli_help_identity.py --against /tmp/venv-main-ro/bin/python
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile

LIST_COMMANDS = """
import argparse
from onward.daemon.cli import build_parser
def walk(parser, path):
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from walk(sub, path + [name])
for path in walk(build_parser(), []):
    print(" ".join(path))
"""

EXTRA = [["--version"], [], ["nosuchcommand"], ["status", "--nosuchoption"], ["pause", "--until"],
         ["completion", "bash"], ["completion", "zsh"], ["completion", "fish"], ["manpage"],
         ["service"], ["-v", "status", "--help"], ["--config", "/nonexistent", "check", "--help"]]


def runs(python: str) -> list[list[str]]:
    listed = subprocess.run([python, "-c", LIST_COMMANDS], capture_output=True, text=True, check=True)
    commands = [line.split() for line in listed.stdout.splitlines()]
    return [command + ["--help"] for command in commands] + EXTRA


def output(python: str, argv: list[str], cwd: str) -> tuple[int, bytes, bytes]:
    done = subprocess.run([python, "-m", "onward.daemon", *argv], capture_output=True, cwd=cwd,
                          env={"PATH": "/usr/bin:/bin", "HOME": cwd, "COLUMNS": "100", "LANG": "C.UTF-8"})
    return done.returncode, done.stdout, done.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", required=True, metavar="PYTHON", help="the other install's python")
    parser.add_argument("--python", default=sys.executable, help="this install's python (default: this one)")
    args = parser.parse_args()
    differ = 0
    with tempfile.TemporaryDirectory() as cwd:
        every = runs(args.against)
        for argv in every:
            theirs, ours = output(args.against, argv, cwd), output(args.python, argv, cwd)
            if theirs != ours:
                differ += 1
                print(f"DIFFERS: onward {' '.join(argv)}")
                for name, a, b in zip(("status", "stdout", "stderr"), theirs, ours):
                    if a != b:
                        print(f"  {name}: {a!r:.300}\n  ours:  {b!r:.300}")
    print(f"{len(every)} command lines compared, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
