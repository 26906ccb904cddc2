"""The stay-in-touch draft, months later (issue 14 item 3; opt-in with [follow_up] after).

For a rejection whose reply the user actually sent (found in Sent), `after` that reply (moved into
[drafts] working_hours), onward saves ONE short draft to the same person, threaded under the last
message of the conversation (onward.drafts.plan_follow_up). Never when the employer wrote since
the reply, the user wrote again since, an answer asks not to be contacted, or the user muted the
company (`onward mute`): each of these is recorded on the rejection as the follow-up's reason.

Exactly once, as for the first drafts (daemon.deliver): the draft carries X-Onward-Key
"<rejection key>/follow-up", Drafts, Sent and Trash are searched for it before saving, and the
state records it as saved ("follow_up" in the rejection's detail) only after the save; a crash in
between finds the draft on the next pass and records it without saving it again. Once recorded,
saved or cancelled, a rejection's follow-up is never looked at again.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from onward import drafts
from onward.daemon import faults, follow
from onward.daemon.deliver import can_save_together, save_each, save_together
from onward.daemon.draft_digest import body_digest
from onward.daemon.errors import ConfigError
from onward.daemon.isolation import NOT_ONE_MESSAGES_FAULT
from onward.daemon.state import Status, Store
from onward.daemon.timing import due_time

logger = logging.getLogger(__name__)

SUFFIX = "/follow-up"
EVERY = 3600.0  # the running service looks for due follow-ups this often (and at start)
# Why a rejection gets no follow-up (kept in the state, shown by `onward status`).
COMPANY_WROTE = "the employer wrote since your reply"
USER_WROTE = "you wrote again since your reply"
DO_NOT_CONTACT = "they asked not to be contacted"
MAX_ANSWERS = 10  # answers read whole (BODY.PEEK) per rejection, for a do-not-contact request
_LATER = 60.0  # a second copy of the same reply (Sent and a Gmail label) is not "wrote again"


def key_of(rejection_key: str) -> str:
    return rejection_key + SUFFIX


def is_muted(row: dict, muted: set[str]) -> bool:
    """Is this rejection's company muted: its recorded name, or its sender's mail domain (or a
    domain below it: "mail.acme.example" for "acme.example"), case-insensitively?"""
    company = (row.get("company") or "").strip().casefold()
    domain = follow.address_of(row.get("sender", "")).rpartition("@")[2].casefold()
    for name in (m.strip().casefold() for m in muted):
        if name and (name == company or (domain and (domain == name or domain.endswith("." + name)))):
            return True
    return False


def due_at(row: dict, after: float, working_hours: str = "") -> float | None:
    """When this rejection's follow-up falls due; None before the user's reply is known."""
    reply_at = row.get("reply_sent_at")
    return None if reply_at is None else due_time(reply_at, after, working_hours)


def _open(row: dict) -> bool:
    """Still to decide: first drafts decided, no follow-up saved or cancelled yet."""
    return (row.get("status") in (Status.DRAFTED, Status.SKIPPED)
            and (row.get("follow_up") or {}).get("state") not in ("saved", "cancelled"))


def due_rows(store: Store, cfg, now: float) -> list[dict]:
    """The rejections whose follow-up is due now (by the state alone: no mailbox is asked)."""
    after = cfg.follow_up.after
    if not after:
        return []
    muted = {name for name, _at in store.muted()}
    rows = []
    for row in store.followed():
        when = due_at(row, after, cfg.drafts.working_hours)
        if _open(row) and when is not None and when <= now and not is_muted(row, muted):
            rows.append(row)
    return rows


def _reply_unknown(store: Store, cfg, now: float) -> bool:
    """Could a rejection old enough for a follow-up have a reply that is not recorded yet?"""
    after = cfg.follow_up.after
    return any(_open(row) and row.get("reply_sent_at") is None
               and (row.get("received_at") or 0) + after <= now
               and follow.worth_a_look(row, cfg.follow_up.answer_window, now)
               for row in store.followed())


def anything_to_look_at(store: Store, cfg, now: float) -> bool:
    """Is a mailbox connection worth it for follow-ups now?"""
    return bool(cfg.follow_up.after) and (bool(due_rows(store, cfg, now)) or _reply_unknown(store, cfg, now))


def _unique(found: list[follow.Seen]) -> list[follow.Seen]:
    seen: dict[str, follow.Seen] = {}
    for s in found:
        seen.setdefault(s.message_id.strip() or f"{s.at}/{s.sender}", s)
    return sorted(seen.values(), key=lambda s: s.at)


@dataclass(frozen=True)
class Decision:
    """What becomes of one due follow-up: cancelled (`cancel` says why), a draft threaded under
    `last`, the conversation's last message (`by_user`: the user's, from Sent), or neither yet
    when the user's reply is no longer found (nothing is decided: looked at again next time)."""

    cancel: str = ""
    last: follow.Seen | None = None
    by_user: bool = False


def decide(threads: follow.Threads, row: dict, own: set[str]) -> Decision:
    rejection_id = row["message_id"].strip()
    sent = _unique(threads.replies("sent", rejection_id))
    if not sent:
        return Decision()
    first = sent[0]
    sender = follow.address_of(row.get("sender", ""))
    found = threads.replies("inbox", rejection_id)
    for reply in list(sent):
        if reply.message_id:
            found += threads.replies("inbox", reply.message_id)
            sent += threads.replies("sent", reply.message_id)  # the user replying to themselves
    if sender and sender not in own:
        found += threads.from_address("inbox", sender)
    received = row.get("received_at") or 0
    answers = [s for s in _unique(found) if s.message_id.strip() != rejection_id
               and s.sender not in own and s.at >= received]
    for answer in answers:
        if answer.message_id:
            sent += threads.replies("sent", answer.message_id)
    sent = _unique(sent)
    if any(a.at > first.at for a in answers):
        return Decision(cancel=COMPANY_WROTE)
    # The user wrote again: in the thread, or a new mail of theirs to the same person.
    if sender and sender not in own:
        sent_to = [s for s in threads.to_address("sent", sender) if s.message_id.strip() != first.message_id.strip()]
    else:
        sent_to = []
    if any(s.at > first.at + _LATER for s in [*sent, *sent_to]):
        return Decision(cancel=USER_WROTE)
    if any(drafts.asks_not_to_be_contacted(a.read()) for a in answers[-MAX_ANSWERS:]):
        return Decision(cancel=DO_NOT_CONTACT)
    last = max([*sent, *answers], key=lambda s: s.at)
    return Decision(last=last, by_user=any(last is s for s in sent))


def save_due(store: Store, target, mailbox_target, cfg, settings, now: float) -> list[tuple[str, str]]:
    """Decide and save every due follow-up into `target`; the conversations are read from
    `mailbox_target` (the account's drafts target itself, also under a dry run's). Returns
    (rejection key, outcome) pairs."""
    if _reply_unknown(store, cfg, now):  # the replies sent meanwhile: when each follow-up is due
        follow.refresh_with(store, mailbox_target, cfg, now)
    rows = due_rows(store, cfg, now)
    if not rows:
        return []
    outcomes, planned = _plan(store, follow.threads_of(mailbox_target), rows, cfg, settings, now)
    return outcomes + _save(store, target, planned, now)


def _plan(store: Store, threads: follow.Threads, rows: list[dict], cfg, settings, now: float
          ) -> tuple[list[tuple[str, str]], list[tuple[dict, drafts.Draft]]]:
    """Decide each due follow-up: the cancelled ones are recorded at once (their outcomes are
    returned), the others planned as drafts to save."""
    own = follow.own_addresses(cfg)
    when = dt.datetime.fromtimestamp(now).astimezone()
    outcomes: list[tuple[str, str]] = []
    planned: list[tuple[dict, drafts.Draft]] = []
    for row in rows:
        try:
            decision = decide(threads, row, own)
            if decision.cancel:
                logger.info("no follow-up for %s: %s", row["message_id"], decision.cancel)
                store.note_detail({row["key"]: {"follow_up": {"state": "cancelled", "reason": decision.cancel,
                                                              "at": now}}})
                outcomes.append((row["key"], f"cancelled: {decision.cancel}"))
                continue
            if decision.last is None:
                continue  # the reply is gone from Sent: nothing to thread under, nothing decided
            original = threads.with_id("inbox", row["message_id"])
            raw = original[0].read() if original else None
            known = {k: row[k] for k in ("company", "role", "language", "stage") if row.get(k)}
            planned.append((row, drafts.plan_follow_up(raw, decision.last.read(), decision.by_user,
                                                       key_of(row["key"]), settings, known, own, when)))
        except drafts.DraftTemplateError as exc:
            raise ConfigError(str(exc)) from None  # the user's template: theirs to fix
        except NOT_ONE_MESSAGES_FAULT:
            raise
        except Exception as exc:  # one conversation that cannot be read must not stop the others
            logger.warning("cannot prepare the follow-up for %s: %s: %s", row["message_id"],
                           type(exc).__name__, exc)
    return outcomes, planned


def _save(store: Store, target, planned: list[tuple[dict, drafts.Draft]], now: float) -> list[tuple[str, str]]:
    """Save the planned drafts not in the mailbox yet (together when the target can), and record
    each as saved only after its save: a crash in between finds it there next time."""
    if not planned:
        return []
    existing = target.saved_keys([d.key for _row, d in planned])
    todo = [d for _row, d in planned if d.key not in existing]
    together = save_together(target, todo)
    if together is None and can_save_together(target, todo):
        # Refused as a whole: a server that is not all-or-none may have kept some; look again.
        existing |= target.saved_keys([d.key for d in todo])
    together = together or {}
    outcomes: list[tuple[str, str]] = []
    for row, draft in planned:
        try:
            if draft.key in existing:
                # Saved by a run that stopped before recording it, or under another state file.
                logger.info("follow-up %s is already in the mailbox; not saving it again", draft.key)
            elif draft.key not in together:
                save_each(target, [draft])
        except NOT_ONE_MESSAGES_FAULT:
            raise
        except Exception as exc:
            logger.warning("could not save the follow-up for %s: %s: %s", row["message_id"],
                           type(exc).__name__, exc)
            continue
        store.note_detail({row["key"]: {"follow_up": {
            "state": "saved", "key": draft.key, "saved_at": now, "digest": body_digest(draft.as_bytes()),
            "language": draft.message.get("Content-Language", "")}}})
        faults.checkpoint("after_follow_up")
        logger.info("saved a stay-in-touch draft for %s", row["message_id"])
        outcomes.append((row["key"], "follow-up saved" if draft.key not in existing else
                         "follow-up already there"))
    return outcomes
