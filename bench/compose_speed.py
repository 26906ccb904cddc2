"""Time `daemon.composed.compose` on each rejection of the independent rounds: CPU per rejection,
and how it splits.

    python bench/compose_speed.py [--rounds 1,2,...] [--every N] [--passes N] [--mode combined|separate]
                                  [--quote] [--identity "Name <address>"] [--profile N]

compose = read_rejection + plan (language, template context) and render + build_reply (the draft's
headers and body) + the draft's bytes (Draft.as_bytes) + Composed.to_bytes (the form the state
keeps). Each rejection (raw bytes, as the scan hands them over) is composed whole, and each part is
also timed alone on what the part before it made, each part over all the rejections in turn (so that
no part reads a mail right after another part read it); a rejection's figure for each is its fastest
of `--passes` (the machine is shared: other work inflates the slower passes, not the fastest), and
the mean over rejections is printed (means add up: "rest" is compose less read_rejection). The split
is a guide, the whole is the figure: a part run over every rejection in a row runs warmer than
inside compose (its code and tables stay in the CPU's caches), so the parts after read_rejection add
up to less than "rest". A first pass, before any timing, warms the caches as the service's first
rejections do. `--profile N` prints the N costliest functions of one more pass of compose instead.

Only public functions of drafts and daemon.composed: main's checkout runs this file too
(cd /tmp/main-ro && python /path/to/this/bench/compose_speed.py). That the drafts are the same
bytes: bench/worker_cost.py --against, and tests/test_drafts_message_bytes.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from read_rejection_speed import profile, rejections  # noqa: E402
from independent_quality import ROUNDS  # noqa: E402

from onward import drafts  # noqa: E402
from onward.daemon import composed  # noqa: E402
from onward.drafts import render  # noqa: E402
from onward.drafts.compose import build_reply  # noqa: E402
from onward.drafts.plan import Draft, template_context  # noqa: E402

NOW = 1_796_000_000.0
PARTS = ("compose", "read_rejection", "plan/render", "build_reply", "as_bytes", "to_bytes")


def _identity(text: str) -> tuple[str, str]:
    if not text:
        return "", ""
    name, _, addr = text.rpartition("<")
    return name.strip(), addr.rstrip(">").strip()


def _kinds(settings: drafts.DraftSettings) -> tuple[str, ...]:
    return ("reply",) if settings.mode == "combined" else ("thanks", "feedback")


def one_pass(raws: list[bytes], settings: drafts.DraftSettings, mark: str) -> list[dict[str, int]]:
    """CPU ns of each part for each rejection: each part over all the rejections in turn, so that
    every part meets a rejection after others (the caches of a reading hold the mail before, as
    in a scan), never right after another part read the same mail."""
    now = dt.datetime.fromtimestamp(NOW).astimezone()
    keys = [hashlib.sha256(raw).hexdigest() for raw in raws]
    spent: list[dict[str, int]] = [{} for _ in raws]
    clock = time.process_time_ns
    for i, raw in enumerate(raws):
        started = clock()
        composed.compose(raw, keys[i], settings, NOW, mark)
        spent[i]["compose"] = clock() - started
    read = []
    for i, raw in enumerate(raws):
        started = clock()
        read.append(drafts.read_rejection(raw))
        spent[i]["read_rejection"] = clock() - started
    rendered = []
    for i, rejection in enumerate(read):
        started = clock()
        language = render.choose_language(rejection.language, settings.language or "", settings.templates_dir or "")
        bodies = [(kind, render.render(kind, language, template_context(rejection, language, kind, settings),
                                       keys[i], settings.templates_dir or "")) for kind in _kinds(settings)]
        spent[i]["plan/render"] = clock() - started
        rendered.append((language, bodies))
    built = []
    for i, (rejection, (language, bodies)) in enumerate(zip(read, rendered)):
        started = clock()
        built.append([(kind, build_reply(rejection, body, key=f"{keys[i]}/{kind}", language=language,
                                         identity_name=settings.name, identity_email=settings.email,
                                         quote_original=settings.quote_original, now=now))
                      for kind, body in bodies])
        spent[i]["build_reply"] = clock() - started
    for i, (rejection, made) in enumerate(zip(read, built)):
        made_drafts = [Draft(kind, f"{keys[i]}/{kind}", message) for kind, message in made]
        started = clock()
        ready = tuple(composed.ReadyDraft(d.kind, d.key, d.as_bytes()) for d in made_drafts)
        spent[i]["as_bytes"] = clock() - started
        kept = composed.Composed(composed.facts_of(rejection), ready, None, mark, NOW)
        started = clock()
        kept.to_bytes()
        spent[i]["to_bytes"] = clock() - started
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default=",".join(ROUNDS), help="independent rounds, comma-separated")
    parser.add_argument("--every", type=int, default=16, help="every Nth rejection (16: ~420 of 6,674)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes; a rejection's figure is its fastest")
    parser.add_argument("--mode", default="combined", choices=("combined", "separate"))
    parser.add_argument("--quote", action="store_true", help="drafts.quote_original = true")
    parser.add_argument("--identity", default="", help='"Name <address>" ([identity]); default none')
    parser.add_argument("--profile", type=int, metavar="N", help="print the N costliest functions instead")
    args = parser.parse_args()
    name, email = _identity(args.identity)
    settings = drafts.DraftSettings(name=name, email=email, mode=args.mode, quote_original=args.quote)
    mark = composed.settings_mark(settings)
    raws = rejections(args.rounds.split(","))[::args.every]
    one_pass(raws, settings, mark)  # warm-up
    if args.profile:
        profile(raws, args.profile,
                lambda raw: composed.compose(raw, hashlib.sha256(raw).hexdigest(), settings, NOW, mark))
        return 0
    best = [dict.fromkeys(PARTS, 1 << 62) for _ in raws]
    for _ in range(args.passes):
        for i, spent in enumerate(one_pass(raws, settings, mark)):
            for part, ns in spent.items():
                best[i][part] = min(best[i][part], ns)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{len(raws)} rejections of rounds {args.rounds}, mode {args.mode}, quote {args.quote}, "
          f"identity {args.identity or 'none'}; fastest of {args.passes} passes each; load average {load}")
    means = {part: statistics.fmean(b[part] for b in best) / 1e6 for part in PARTS}
    for part in PARTS:
        times = [b[part] / 1e6 for b in best]
        print(f"  {part:<15} mean {means[part]:.3f} ms  median {statistics.median(times):.3f} ms")
    print(f"  {'rest':<15} mean {means['compose'] - means['read_rejection']:.3f} ms (compose less read_rejection; "
          f"the four parts after it add up to {sum(means[p] for p in PARTS[2:]):.3f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
