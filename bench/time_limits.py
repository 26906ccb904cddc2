"""The wall-clock limits that used to be asserted in tests: reading huge or hostile mail stays fast.

    python bench/time_limits.py

Prints each check's seconds against its limit and exits 1 when one is over. The tests keep the
behaviour (the cap, the text found, no exception); the times live here because a loaded machine
makes a timing assertion in a test fail for reasons that are not the code's.
"""

from __future__ import annotations

import argparse
import sys
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from onward.classifier import message_text  # noqa: E402
from onward.drafts import read_rejection  # noqa: E402


def _eml(body: str, subtype: str = "plain", subject: str = "Your application") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Acme Careers <careers@acme.example>"
    msg["Subject"] = subject
    msg.set_content(body, subtype=subtype)
    return msg.as_bytes()


def _seconds(work, repeat: int = 1) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        work()
    return (time.perf_counter() - started) / repeat


HOSTILE_BODIES = {
    "2 MB of one letter": b"x" * 2_000_000,
    "a 30,000-word company name": b"Thank you for your interest in " + b"Acme Bbbb Cccc " * 30_000,
    "30,000 addresses": b"contact a.b@c.de " * 30_000,
    "50,000 signatures": b"Best regards,\nSarah\n" * 50_000,
}


def checks() -> list[tuple[str, float, float]]:
    """(what, seconds, limit) for each check."""
    huge = _eml("We regret to inform you. " + "Lorem ipsum dolor sit amet. " * 400_000, subject="Huge")
    html = _eml("<p>Unfortunately not this time.</p>" + "<div>x</div>" * 1_000_000, subtype="html")
    small = _eml("Dear Alex,\n\nThank you for applying. " * 20 + "\n-- \nTalent team")
    found = [
        ("message_text of an 11 MB message", _seconds(lambda: message_text(huge)), 0.5),
        ("message_text of a 12 MB HTML message", _seconds(lambda: message_text(html)), 0.5),
        # The whole budget at 2,000 msg/s is 0.5 ms; this only catches blow-ups.
        ("message_text of a short message (mean of 500)", _seconds(lambda: message_text(small), 500), 0.002),
    ]
    for name, body in HOSTILE_BODIES.items():
        raw = b"From: a@b.example\nSubject: x\n\n" + body
        found.append((f"read_rejection of {name}", _seconds(lambda: read_rejection(raw)), 5.0))
    return found


def main() -> int:
    over = 0
    for what, seconds, limit in checks():
        verdict = "ok" if seconds < limit else "OVER"
        over += verdict == "OVER"
        print(f"{what:55s} {seconds:9.4f} s  (limit {limit:g} s: {verdict})")
    return 1 if over else 0


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()  # --help, and no stray argument
    sys.exit(main())
