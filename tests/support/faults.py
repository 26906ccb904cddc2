"""What every fault test checks at the end, and the mail that arrives meanwhile.

The guarantees: each rejection has exactly one draft (counted by X-Onward-Key, matched to the
rejection by In-Reply-To), none missing, none doubled, none for other mail; nothing in Sent;
no flag set on any inbox message (onward only reads, with EXAMINE and BODY.PEEK)."""

from __future__ import annotations

import collections
import email
import random
import time

from tests.support.helpers import visible_flags
from tests.support.mail import interview, message, rejection


class Arrivals:
    """Mail dropped into a mailbox over time: a seeded mix where every `every`-th is a rejection,
    the others an interview invitation or a plain note. Remembers the rejections' Message-IDs."""

    def __init__(self, user, seed: int, every: int = 3, start: int = 1):
        self.user, self.every = user, every
        self.random = random.Random(seed)
        self.next = start
        self.dropped = 0
        self.rejection_ids: set[str] = set()

    def drop(self, count: int = 1, spacing: float = 0.0) -> None:
        for _ in range(count):
            n = self.next
            self.next += 1
            if n % self.every == 0:
                raw = rejection(n, sender=f"Recruiter {n} <talent{n}@company{n}.example>")
                self.rejection_ids.add(email.message_from_bytes(raw)["Message-ID"])
            elif self.random.random() < 0.5:
                raw = interview(n, sender=f"Recruiter {n} <people{n}@firm{n}.example>")
            else:
                raw = message(n)
            self.user.drop(raw)
            self.dropped += 1
            if spacing:
                time.sleep(spacing)


def drafts(user) -> list[tuple[str, str]]:
    """(X-Onward-Key, In-Reply-To) of every message in Drafts."""
    with user.client() as c:
        c.select_folder("Drafts", readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (X-ONWARD-KEY IN-REPLY-TO)]"]) if uids else {}
    found = []
    for d in data.values():
        headers = email.message_from_bytes(d[b"BODY[HEADER.FIELDS (X-ONWARD-KEY IN-REPLY-TO)]"])
        found.append((str(headers["X-Onward-Key"] or ""), str(headers["In-Reply-To"] or "")))
    return found


def count(user, folder: str) -> int:
    with user.client() as c:
        return c.select_folder(folder, readonly=True)[b"EXISTS"]


def tally(user, rejection_ids: set[str]) -> dict[str, int]:
    """The figures a fault run is judged by (all but `drafts` should be 0)."""
    found = drafts(user)
    per_key = collections.Counter(key for key, _reply in found)
    replied = {reply for _key, reply in found}
    flags = visible_flags(user.flags())
    return {
        "drafts": len(found),
        "duplicates": sum(n - 1 for n in per_key.values() if n > 1),
        "losses": len(rejection_ids - replied),
        "strays": len(replied - rejection_ids) + per_key.get("", 0),  # drafts for no rejection
        "flag changes": sum(1 for f in flags.values() if f),
        "sent": count(user, "Sent"),
    }


def assert_each_rejection_drafted_once(user, rejection_ids: set[str]) -> None:
    figures = tally(user, rejection_ids)
    assert figures == {"drafts": len(rejection_ids), "duplicates": 0, "losses": 0, "strays": 0,
                       "flag changes": 0, "sent": 0}, figures
