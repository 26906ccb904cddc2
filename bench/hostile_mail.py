"""How long one hostile message takes: classification, and reading it for drafts.

Generates a set of hostile messages (huge header lines and blocks, deep and wide MIME trees,
unknown and broken charsets, non-ASCII and control characters in Message-IDs, huge bodies) and
prints, per step, the median and the worst seconds per message, and which message was the worst.
Every message must be handled in well under a second (the service's watchdog waits for no one).

    python bench/hostile_mail.py [--repeat N] [--each]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

REJECTION = (b"Dear Sam,\r\n\r\nThank you for applying for the Data Analyst role at Fernwood.\r\n"
             b"Unfortunately we have decided to move forward with other candidates.\r\n\r\n"
             b"Kind regards,\r\nPriya Raman\r\nFernwood Analytics\r\n")
HEAD = (b"From: Priya Raman <priya@fernwood.example>\r\nTo: Sam <sam@example.net>\r\n"
        b"Subject: Your application\r\nMessage-ID: <h@fernwood.example>\r\n")


def _multipart(depth: int, boundary: bytes = b"b") -> bytes:
    """`depth` nested multipart/mixed containers around one text part."""
    opening = b"".join(b"--%s%d\r\nContent-Type: multipart/mixed; boundary=\"%s%d\"\r\n\r\n"
                       % (boundary, i, boundary, i + 1) for i in range(depth))
    closing = b"".join(b"\r\n--%s%d--\r\n" % (boundary, i) for i in reversed(range(depth)))
    inner = b"--%s%d\r\nContent-Type: text/plain\r\n\r\n" % (boundary, depth) + REJECTION + \
        b"\r\n--%s%d--" % (boundary, depth)
    return (HEAD + b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"%s0\"\r\n\r\n"
            % boundary + opening + inner + closing)


def _wide(parts: int) -> bytes:
    body = b"".join(b"--w\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(parts))
    return (HEAD + b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=w\r\n\r\n" + body
            + b"--w\r\nContent-Type: text/plain\r\n\r\n" + REJECTION + b"--w--\r\n")


def hostile_set() -> dict[str, bytes]:
    """Name -> raw message. Each is a class that broke, or could break, a per-message bound."""
    words = b" ".join(b"=?utf-8?q?w=C3=B6rd" + str(i).encode() + b"?=" for i in range(20_000))
    return {
        "5 MB From line": b"From: " + b"a" * (5 << 20) + b"\r\nSubject: hi\r\n\r\n" + REJECTION,
        "5 MB From, many addresses": b"From: " + b"x@y.example, " * 400_000 + b"\r\n\r\n" + REJECTION,
        "207 kB header block (3,000 headers)": HEAD + b"".join(
            b"X-Filler-%d: %s\r\n" % (i, b"v" * 60) for i in range(3000)) + b"\r\n" + REJECTION,
        "1 MB folded Subject": HEAD + b"Subject: " + b"word\r\n " * 150_000 + b"\r\n\r\n" + REJECTION,
        "20,000 encoded words in Subject": HEAD + b"Subject: " + words + b"\r\n\r\n" + REJECTION,
        "unclosed quote in From, 1 MB": b"From: \"" + b"a\\" * (1 << 19) + b"\r\n\r\n" + REJECTION,
        "1,000-deep multipart": _multipart(1000),
        "5,000-deep multipart": _multipart(5000),
        "20,000 parts": _wide(20_000),
        "5 MB one-line body": HEAD + b"\r\n" + b"x" * (5 << 20),
        "5 MB of short lines": HEAD + b"\r\n" + b"Thank you.\r\n" * 450_000,
        "5 MB HTML, deep tags": HEAD + b"Content-Type: text/html\r\n\r\n" + b"<div>" * 500_000,
        "unknown charset": HEAD.replace(b"Subject: Your application",
                                        b"Subject: =?undefined?Q?caf=E9?=")
        + b"Content-Type: text/plain; charset=undefined\r\n\r\n" + REJECTION,
        "NUL in charset": HEAD.replace(b"Subject: Your application", b"Subject: =?utf\x00-8?Q?x?=")
        + b"Content-Type: text/plain; charset=\"utf\x00-8\"\r\n\r\n" + REJECTION,
        "raw 8-bit Message-ID": HEAD.replace(b"<h@fernwood.example>", "<über@x>".encode("latin-1"))
        + b"\r\n" + REJECTION,
        "CR/LF and NUL in Message-ID": HEAD.replace(b"<h@fernwood.example>", b"<a\rb\x00c@x>")
        + b"\r\n" + REJECTION,
        "broken base64, 3 MB": HEAD + b"Content-Transfer-Encoding: base64\r\n\r\n" + b"@@==!" * 600_000,
        "no header end, 2 MB": b"X-A: " + b"b" * (2 << 20),
        "comments 900 deep in From": b"From: " + b"(" * 900 + b"a@b.example" + b")" * 900
        + b"\r\n\r\n" + REJECTION,
        "comments 900 deep in a part header": HEAD + b"Content-Type: multipart/mixed; boundary=x\r\n\r\n"
        b"--x\r\nContent-Type: text/plain " + b"(" * 900 + b"\r\n\r\n" + REJECTION + b"--x--\r\n",
        "To: 5,000 encoded names": HEAD + b"Cc: " + b", ".join(
            b"=?utf-8?q?N=C3=A4me_%d?= <n%d@x.example>" % (i, i) for i in range(5000)) + b"\r\n\r\n" + REJECTION,
    }


def _time(step, raw: bytes, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        step(raw)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per message; the best counts")
    parser.add_argument("--each", action="store_true", help="also print the time of every message")
    args = parser.parse_args()
    from onward import classifier, drafts
    from onward.daemon.mailbox.message import message_key, parse_headers
    from onward.daemon.mailbox.message import summarise

    model = classifier.load_model(Path(tempfile.mkdtemp()))  # an empty state folder: the built-in model
    settings = drafts.DraftSettings(name="Sam Seeker", email="sam@example.net")
    steps = {
        "headers (state key + record)": lambda raw: (message_key(raw), summarise(parse_headers(raw))),
        "classify": lambda raw: model.classify(raw, 0.95),
        "read_rejection": drafts.read_rejection,
        "plan_drafts": lambda raw: drafts.plan_drafts(raw, "k", settings),
    }
    messages = hostile_set()
    print(f"{len(messages)} hostile messages, {sum(map(len, messages.values())) / 1e6:.1f} MB in all")
    for name, step in steps.items():
        times = {label: _time(step, raw, args.repeat) for label, raw in messages.items()}
        worst = max(times, key=times.get)
        print(f"{name:<30} median {statistics.median(times.values()):.4f} s   "
              f"worst {times[worst]:.4f} s ({worst})")
        if args.each:
            for label, seconds in times.items():
                print(f"    {seconds:8.4f} s  {label}")


if __name__ == "__main__":
    main()
