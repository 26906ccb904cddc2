"""The progress bar: drawn on a terminal, silent in logs; and `onward train` using it."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from onward.daemon.progress import Progress

REPO = Path(__file__).resolve().parent.parent


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_is_drawn_on_a_terminal_only():
    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        bar = Progress("reading your mail", stream, min_total=50)
        for done in range(1, 61):
            bar(done, 60)
    out = shown.getvalue()
    assert out.startswith("\rreading your mail [") and out.endswith("] 60/60\n")
    assert out.count("\r") < 60  # called per message, redrawn only now and then
    assert hidden.getvalue() == ""
    short = Terminal()
    Progress("reading your mail", short, min_total=50)(10, 10)
    assert short.getvalue() == ""  # a few messages are not worth a bar


def labelled_mail(folder: Path, count: int) -> tuple[Path, Path]:
    """`count` rejections and as many other messages, as folders of .eml files."""
    rejections, others = folder / "rejections", folder / "others"
    for kind, where in (("rejection", rejections), ("other", others)):
        where.mkdir()
        for n in range(count):
            msg = EmailMessage()
            msg["From"] = "Recruiting <jobs@contoso.example>"
            msg["Subject"] = f"Your application {n}" if kind == "rejection" else f"Team lunch {n}"
            msg.set_content("Unfortunately we will not move forward with your application."
                            if kind == "rejection" else "Lunch is at noon on Friday, see you there.")
            (where / f"{n}.eml").write_bytes(msg.as_bytes())
    return rejections, others


def train_command(tmp_path: Path) -> list[str]:
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "state" / "state.sqlite3"}"\n')
    rejections, others = labelled_mail(tmp_path, 40)
    return [sys.executable, "-m", "onward.daemon", "--config", str(config), "train",
            "--rejections", str(rejections), "--others", str(others)]


@pytest.mark.slow  # 20 s or more on the shared 2-core machine
def test_train_prints_no_bar_when_stderr_is_not_a_terminal(tmp_path):
    done = subprocess.run(train_command(tmp_path), cwd=REPO, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    assert "40 rejections and 40 other messages" in done.stdout
    assert "\r" not in done.stderr and "[#" not in done.stderr and "training on" not in done.stderr


@pytest.mark.slow  # 20 s or more on the shared 2-core machine
def test_train_shows_the_bar_on_a_terminal(tmp_path):
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(train_command(tmp_path), cwd=REPO, stdout=subprocess.PIPE,
                            stderr=secondary)
    os.close(secondary)
    seen = b""
    while True:  # read as it comes, or a full terminal buffer would block the child
        ready, _, _ = select.select([primary], [], [], 180)
        if not ready:
            break
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        seen += chunk
    os.close(primary)
    assert proc.wait(timeout=180) == 0
    text = seen.decode()
    assert "reading your mail [" in text and "80/80" in text
    assert "training on the built-in corpus plus 80 messages of yours" in text
