"""The conversation after a rejection, followed read-only: did the user reply, did the employer
answer after that, and did the answer hold feedback (onward.classifier.feedback)?

A reply is a message in Sent whose In-Reply-To or References names the rejection (onward's draft,
an edited copy, or one written from scratch). An answer is a later inbox message, within
[follow_up] answer_window after the reply, that names the rejection or the reply in In-Reply-To or
References, or comes from the address the rejection came from. What is found is merged into the
rejection's detail in the state: reply_sent_at, answer_received_at, and `feedback` when an answer
holds some. Mailboxes are only EXAMINEd and read with BODY.PEEK (or, for a Maildir, read as files).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
from dataclasses import dataclass
from email.message import Message as Headers
from typing import TYPE_CHECKING, Callable, Protocol

from onward.daemon.mailbox.message import header_text, parse_headers, read_headers
from onward.daemon.mailbox.replies import REPLY_HEADERS

if TYPE_CHECKING:
    from onward.classifier.feedback import Feedback
    from onward.daemon.mailbox.imap import ImapTarget

logger = logging.getLogger(__name__)
Judge = Callable[[bytes], "Feedback"]

# How long after the rejection a reply from the user is still looked for (beyond it the user has
# moved on, and an hourly SEARCH for it is waste).
REPLY_WINDOW = 180 * 86400.0
MAX_SENTENCE = 1000  # characters of a kept sentence: one without full stops must not fill the state
MAX_ANSWERS = 5  # answers read (BODY.PEEK) per rejection, at most: feedback comes in the first few


@dataclass(frozen=True)
class Seen:
    """A message found in Sent or the inbox: who sent it, when, and how to read it whole."""

    message_id: str
    sender: str  # the bare address, lower-case
    at: float  # its Date, else when it arrived
    read: Callable[[], bytes]


class Threads(Protocol):
    """A mailbox as daemon.follow reads it; `folder` is "sent" or "inbox"."""

    def has_sent(self) -> bool: ...
    def replies(self, folder: str, message_id: str) -> list[Seen]: ...
    def from_address(self, folder: str, address: str) -> list[Seen]: ...
    def to_address(self, folder: str, address: str) -> list[Seen]: ...
    def with_id(self, folder: str, message_id: str) -> list[Seen]: ...


def address_of(sender: str) -> str:
    return email.utils.parseaddr(sender or "")[1].strip().lower()


def seen_at(date_header: str, arrived: float | None) -> float:
    """When a message was written (its Date), else when it arrived, else 0."""
    try:
        parsed = email.utils.parsedate_to_datetime(date_header) if date_header else None
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.timezone.utc)
        return parsed.timestamp()
    return arrived or 0.0


def seen_from_headers(headers: Headers, arrived: float | None, read: Callable[[], bytes]) -> Seen:
    return Seen(header_text(headers.get("Message-ID")), address_of(header_text(headers.get("From"))),
                seen_at(str(headers.get("Date") or ""), arrived), read)


def worth_a_look(row: dict, window: float, now: float) -> bool:
    """Is the conversation after this rejection still open enough to look at?"""
    if row.get("feedback"):
        return False  # what onward wanted from it is known
    reply_at = row.get("reply_sent_at")
    if reply_at is None:
        return (row.get("received_at") or 0) > now - REPLY_WINDOW
    return now <= reply_at + window


def follow_one(threads: Threads, row: dict, window: float, own: set[str],
               judge: Judge) -> dict:
    """What changed about one rejection's conversation, as detail keys to merge (maybe none)."""
    rejection_id = row["message_id"]
    replies = threads.replies("sent", rejection_id)
    if not replies:
        return {}
    first = min(replies, key=lambda s: s.at)
    update: dict = {"reply_sent_at": first.at}
    until = first.at + window
    candidates = threads.replies("inbox", rejection_id)
    for reply in replies:
        if reply.message_id:
            candidates += threads.replies("inbox", reply.message_id)
    sender = address_of(row.get("sender", ""))
    if sender and sender not in own:
        candidates += threads.from_address("inbox", sender)
    answers: dict[str, Seen] = {}
    for seen in candidates:
        bare = seen.message_id.strip().strip("<>")
        if bare == rejection_id.strip().strip("<>") or seen.sender in own:
            continue  # the rejection itself, or the user's own copy of what they sent
        if first.at < seen.at <= until:
            answers.setdefault(bare or f"{seen.at}", seen)
    if not answers:
        return update
    ordered = sorted(answers.values(), key=lambda s: s.at)
    update["answer_received_at"] = ordered[0].at
    judged = set(row.get("answers_judged", []))
    for seen in ordered[:MAX_ANSWERS]:
        name = seen.message_id.strip().strip("<>") or f"{seen.at}"
        if name in judged:
            continue
        judged.add(name)
        verdict = judge(seen.read())
        if verdict.is_feedback:
            update["feedback"] = {"received_at": seen.at,
                                  "sentences": [s[:MAX_SENTENCE] for s in verdict.sentences],
                                  "language": verdict.language,
                                  "probability": round(float(verdict.probability), 3)}
            break
    update["answers_judged"] = sorted(judged)
    return update


def follow(threads: Threads, rows: list[dict], window: float, now: float, own: set[str],
           judge: Judge | None = None) -> dict[str, dict]:
    """For each rejection still worth a look, the detail keys that changed (key -> values)."""
    if not threads.has_sent():
        return {}
    if judge is None:
        from onward.classifier.feedback import judge as judge_feedback  # scikit-learn: load late
        judge = judge_feedback
    updates = {}
    for row in rows:
        if not worth_a_look(row, window, now):
            continue
        try:
            found = follow_one(threads, row, window, own, judge)
        except ValueError:  # a Message-ID that cannot be searched for (control characters)
            continue
        changed = {k: v for k, v in found.items() if row.get(k) != v}
        if changed:
            updates[row["key"]] = {**changed, "followed_at": now}
    return updates


class ImapThreads:
    """Sent and the inbox of an IMAP account (an ImapTarget's session), read-only."""

    def __init__(self, target: ImapTarget) -> None:
        self.session, self.folders = target.session, {"sent": target.sent, "inbox": target.inbox}

    def has_sent(self) -> bool:
        return bool(self.folders["sent"])

    def _seen(self, folder: str, uids: list[int]) -> list[Seen]:
        from onward.daemon.mailbox.imap_session import MessageMeta

        out = []
        for meta in self.session.meta(sorted(set(uids))):
            def read(meta: MessageMeta = meta, folder: str = folder) -> bytes:
                self._open(folder)
                return next((m.raw for m in self.session.fetch([meta])), b"")
            arrived = meta.internal_date.timestamp() if meta.internal_date else None
            out.append(seen_from_headers(parse_headers(meta.header_fields), arrived, read))
        return out

    def _open(self, folder: str) -> None:
        name = self.folders[folder]
        if name is None:  # follow() asks has_sent() first; the inbox is always known
            raise LookupError(f"this account has no {folder} folder")
        if not self.session.is_open(name):
            self.session.examine(name)

    def replies(self, folder: str, message_id: str) -> list[Seen]:
        if not message_id.strip() or not self.session.searchable(message_id):
            return []
        self._open(folder)
        wanted = message_id.strip()
        return self._seen(folder, sorted(self.session.search_any([("In-Reply-To", wanted), ("References", wanted)])))

    def from_address(self, folder: str, address: str) -> list[Seen]:
        if not self.session.searchable(address):
            return []
        self._open(folder)
        # SEARCH HEADER matches a substring: keep only the exact address.
        found = self._seen(folder, self.session.search_header("From", address))
        return [s for s in found if s.sender == address]

    def to_address(self, folder: str, address: str) -> list[Seen]:
        # SEARCH TO matches a substring of To: a near-miss only ever cancels a follow-up (say less).
        if not self.session.searchable(address):
            return []
        self._open(folder)
        return self._seen(folder, self.session.search_header("To", address))

    def with_id(self, folder: str, message_id: str) -> list[Seen]:
        if not message_id.strip() or not self.session.searchable(message_id):
            return []
        self._open(folder)
        wanted = message_id.strip()
        found = self._seen(folder, self.session.search_header("Message-ID", wanted))
        return [s for s in found if s.message_id.strip() == wanted]  # SEARCH matches a substring


class MaildirThreads:
    """Sent and the inbox of a Maildir account (a MaildirTarget's Maildir), read as files."""

    def __init__(self, target) -> None:
        self.maildir = target.maildir
        self.folders = {"sent": "Sent", "inbox": "INBOX"}

    def has_sent(self) -> bool:
        return self.maildir.folder("Sent").is_dir()

    def _all(self, folder: str) -> list[tuple[Headers, Seen]]:
        out = []
        for path in self.maildir.files(self.folders[folder]):
            headers = read_headers(path)
            out.append((headers, seen_from_headers(headers, path.stat().st_mtime, path.read_bytes)))
        return out

    def replies(self, folder: str, message_id: str) -> list[Seen]:
        wanted = message_id.strip()
        return [seen for headers, seen in self._all(folder) if wanted and any(
            wanted in str(v) for h in REPLY_HEADERS for v in headers.get_all(h) or [])]

    def from_address(self, folder: str, address: str) -> list[Seen]:
        return [seen for _h, seen in self._all(folder) if seen.sender == address]

    def to_address(self, folder: str, address: str) -> list[Seen]:
        return [seen for headers, seen in self._all(folder) if address in {
            a.lower() for _n, a in email.utils.getaddresses([str(v) for v in headers.get_all("To") or []])}]

    def with_id(self, folder: str, message_id: str) -> list[Seen]:
        wanted = message_id.strip()
        return [seen for _h, seen in self._all(folder) if wanted and seen.message_id.strip() == wanted]


def threads_of(target) -> Threads:
    """The Threads view of a drafts target (daemon.mailbox.DraftsTarget) of either kind."""
    return MaildirThreads(target) if hasattr(target, "maildir") else ImapThreads(target)


def own_addresses(cfg) -> set[str]:
    """The user's own addresses, of every account: mail from them is never the employer's answer,
    and the user is nobody's contact."""
    names = (cfg.identity.email, cfg.imap.username, *(a.imap.username for a in cfg.accounts))
    return {a.lower() for a in names if "@" in (a or "")}


def refresh_with(store, target, cfg, now: float) -> int:
    """Follow the store's rejections on an open drafts target and record what changed; returns
    how many rejections changed."""
    rows = [row for row in store.followed() if worth_a_look(row, cfg.follow_up.answer_window, now)]
    if not rows:
        return 0
    updates = follow(threads_of(target), rows, cfg.follow_up.answer_window, now, own_addresses(cfg))
    if updates:
        store.note_detail(updates)
        found = sum("feedback" in u for u in updates.values())
        logger.info("the conversations after %d rejection(s) moved on%s", len(updates),
                    f"; {found} answer(s) with feedback (`onward feedback`)" if found else "")
    return len(updates)


def any_worth_a_look(store, cfg, now: float) -> bool:
    return any(worth_a_look(row, cfg.follow_up.answer_window, now) for row in store.followed())

