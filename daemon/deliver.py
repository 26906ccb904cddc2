"""Delivery: saving the drafts of rejections that are due, exactly once, and only while they are
still wanted, into the drafts target of the account's mailbox.

Exactly once: every draft carries an X-Onward-Key header. Before appending, Drafts, Sent and Trash
are searched for that key (for a whole batch at once: see mailbox.imap_lookup), so a crash between
APPEND and the state commit never produces a second draft; once the state says "drafted", nothing
touches that rejection again, so a draft the user edited, sent or deleted is never recreated.
A batch's drafts are saved together where the target can (IMAP MULTIAPPEND), then recorded. A
rejection due when the scan read it comes with its drafts composed there (daemon.composed); the
others are read and composed here. Should the state be lost (a new or emptied file),
the mailbox itself is asked: a reply to the rejection in Drafts (edited drafts lose X-Onward-Key
but keep In-Reply-To), Sent or Trash means the user has seen it, and nothing is drafted again.
"""

from __future__ import annotations

import imaplib
import logging
import re
from pathlib import Path

from onward import drafts

from onward.daemon import faults
from onward.daemon.composed import (Composed, compose, facts_of, settings_from_config, settings_mark,
                                    usable)
from onward.daemon.config import Config
from onward.daemon.draft_digest import body_digest
from onward.daemon.errors import ConfigError, ConnectionFailure
from onward.daemon.isolation import NOT_ONE_MESSAGES_FAULT, note_failure, one_by_one_on_error
from onward.daemon.mailbox import DraftsTarget
from onward.daemon.refusals import server_words
from onward.daemon.state import Due, Status, Store
from onward.daemon.timing import due_time, schedule_of

logger = logging.getLogger(__name__)


def rejection_facts(raw: bytes) -> dict[str, str]:
    """What the drafts will say of a rejection (company, role, language, stage), as far as it can
    be read; for `onward status` while the drafts wait. Never raises: a rejection whose facts
    cannot be read still gets its drafts, which say such things generally."""
    try:
        return facts_of(drafts.read_rejection(raw))
    except Exception:
        logger.debug("cannot read the facts of a rejection", exc_info=True)
        return {}


class DryRunTarget:
    """--dry-run: drafts become .eml files in a folder; the checks still ask the real mailbox."""

    def __init__(self, folder: Path, real: DraftsTarget):
        self.folder = folder
        self.real = real
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / (re.sub(r"[^A-Za-z0-9_-]", "-", key) + ".eml")

    def saved_keys(self, keys: list[str]) -> set[str]:
        # A rehearsal: what is in the mailbox already counts exactly as in a real run.
        return {k for k in keys if self._path(k).exists()} | self.real.saved_keys(keys)

    def save(self, key: str, raw: bytes) -> str:
        self._path(key).write_bytes(raw)
        return str(self._path(key))

    def reasons_not_wanted(self, dues: list[Due]) -> dict[str, str]:
        return self.real.reasons_not_wanted(dues)

    def look_ahead(self, dues: list[Due]) -> None:
        look_ahead(self.real, dues)

    def draft_states(self, drafted: list[dict]) -> dict[str, str]:
        return self.real.draft_states(drafted)


def follow_the_config(store: Store, drafts_cfg) -> None:
    """A changed [drafts] delay or working_hours applies to the rejections still waiting (from
    the later of arrival and first sight, as at first); retried and forgotten ones keep theirs."""
    wanted = schedule_of(drafts_cfg)
    changes = {key: (due_time(max(arrival, seen), wanted["delay"], wanted["working_hours"]),
                     {**detail, "schedule": wanted})
               for key, arrival, seen, detail in store.scheduled()
               if detail.get("schedule") not in (None, wanted)}
    if changes:
        store.reschedule(changes)
        logger.info("%d waiting rejection(s) rescheduled for the new [drafts] delay or working_hours",
                    len(changes))


# Rejections drafted together. Those the scan did not compose (due later) are read here, in the
# service itself, and the more at once, the more memory it keeps afterwards: after a 50,000-message first
# scan, batches of 100 left it waiting at 62 MB, of 20 at 49 MB (bench/idle_memory.py). A batch
# costs a few IMAP round trips, milliseconds on a LAN.
DRAFT_BATCH = 25


def save_due_drafts(store: Store, target: DraftsTarget, settings, now: float,
                    batch_size: int = DRAFT_BATCH) -> list[tuple[str, str]]:
    """Build and save the drafts of every due rejection; returns (key, outcome) pairs.

    Each rejection is isolated: an unexpected error with one is recorded on it (see
    isolation.note_failure) and the others go on. Only failures that are not one message's fault
    (NOT_ONE_MESSAGES_FAULT) end the pass.
    """
    outcomes: list[tuple[str, str]] = []
    # The bytes a batch at a time: a first scan can leave hundreds due at once.
    due_now = store.due(now, raw=False)
    # What the kept compositions are checked against, once for the pass (with a templates_dir,
    # a stat of each of its files).
    mark = settings_mark(settings) if due_now else ""
    if due_now:
        look_ahead(target, due_now)
    for start in range(0, len(due_now), batch_size):
        save_batch(store, target, settings, mark, now,
                   store.with_raw(due_now[start:start + batch_size]), outcomes)
    return outcomes


def look_ahead(target: DraftsTarget, dues: list[Due]) -> None:
    """Let a target read at once, for the whole pass, what it would otherwise read batch by batch
    (ImapTarget: the inbox's flags of the rejections). Optional, like save_many: without it, or
    should it fail for a reason that may be one message's, each batch asks for itself."""
    read = getattr(target, "look_ahead", None)
    if read is None:
        return
    try:
        read(dues)
    except NOT_ONE_MESSAGES_FAULT:
        raise
    except Exception as exc:
        logger.info("could not read ahead for %d rejection(s) (%s); each batch asks for itself",
                    len(dues), server_words(exc))


def save_batch(store: Store, target: DraftsTarget, settings, mark: str, now: float,
               batch: list[Due], outcomes: list[tuple[str, str]]) -> None:
    """Decide, build and save the drafts of one batch of due rejections, then record what became
    of them in one transaction; each rejection's outcome is added to `outcomes`. `mark`:
    settings_mark(settings)."""
    faults.checkpoint("before_decide")
    errors: dict[str, Exception] = {}
    reasons = one_by_one_on_error(target.reasons_not_wanted, batch, lambda d: d.key, errors, {})
    plans: dict[str, Composed] = {}
    facts: dict[str, dict[str, str]] = {}
    for due in batch:
        if due.key not in reasons and due.key not in errors:
            try:
                plans[due.key] = composed_for(due, settings, mark, now)
            except drafts.DraftTemplateError as exc:
                raise ConfigError(str(exc)) from None  # the user's template: theirs to fix
            except Exception as exc:  # one unreadable rejection must not stop the others
                errors[due.key] = exc
                continue
            facts[due.key] = plans[due.key].facts  # read once, with the drafts
            if plans[due.key].skipped:
                reasons[due.key] = plans.pop(due.key).skipped or ""
    # What became of the batch's rejections, recorded together once the batch is saved (a crash
    # before that leaves them waiting: the next pass finds their drafts in the mailbox), or
    # when an error ends the pass: the skipped ones are decided already.
    finished: list[tuple[str, Status, dict]] = []
    wanted: list[Due] = []
    for due in batch:
        if due.key in errors:
            outcomes.append((due.key, note_failure(store, due, errors[due.key], now)))
        elif due.key in reasons:
            logger.info("no draft for %s: %s", due.message_id or due.key, reasons[due.key])
            # No plan when the user already answered: the facts are read here, still once.
            known = facts[due.key] if due.key in facts else facts_kept_or_read(due, mark, now)
            finished.append((due.key, Status.SKIPPED, {**known, "reason": reasons[due.key]}))
            outcomes.append((due.key, f"skipped: {reasons[due.key]}"))
        else:
            wanted.append(due)
    try:
        _save_wanted(store, target, now, wanted, plans, finished, outcomes)
    except BaseException:
        # What was decided or saved before an error that ends the pass is recorded all the same;
        # a failure to record it must not hide that error (the next pass finds those drafts by
        # their key).
        try:
            record_finished(store, finished, now)
        except Exception:
            logger.exception("could not record the outcomes of a batch of drafts")
        raise
    record_finished(store, finished, now)


def _save_wanted(store: Store, target: DraftsTarget, now: float, wanted_dues: list[Due],
                 plans: dict[str, Composed], finished: list[tuple[str, Status, dict]],
                 outcomes: list[tuple[str, str]]) -> None:
    """Save the drafts of the wanted rejections that are not in the mailbox yet; each one saved
    (or found there) goes to `finished`."""
    errors: dict[str, Exception] = {}
    draft_keys = [(d.key, due.key) for due in wanted_dues for d in plans[due.key].drafts]
    rejection_of = dict(draft_keys)
    existing = one_by_one_on_error(
        lambda keys: target.saved_keys(keys), [k for k, _ in draft_keys], rejection_of.get, errors, set())
    refused: list[tuple[Due, Exception]] = []  # APPENDs the server said no to
    attempted = 0
    wanted = [(due, _not_saved(plans[due.key], existing)) for due in wanted_dues
              if due.key not in errors]
    outcomes += [(due.key, note_failure(store, due, errors[due.key], now)) for due in wanted_dues
                 if due.key in errors]
    todo_all = [d for _due, todo in wanted for d in todo]
    together = save_together(target, todo_all)
    if together is None and can_save_together(target, todo_all):
        # Refused as a whole: look again (a server that is not all-or-none may have kept
        # some), then each draft alone, so that one draft's fault is charged to its rejection.
        again = one_by_one_on_error(lambda keys: target.saved_keys(keys), [d.key for d in todo_all],
                                    rejection_of.get, errors, set())
        outcomes += [(due.key, note_failure(store, due, errors[due.key], now))
                     for due, _todo in wanted if due.key in errors]
        wanted = [(due, [d for d in todo if d.key not in again]) for due, todo in wanted
                  if due.key not in errors]
    for due, todo in wanted:
        attempted += 1
        try:
            saved = [together[d.key] for d in todo] if together is not None else save_each(target, todo)
        except NOT_ONE_MESSAGES_FAULT:
            raise
        except imaplib.IMAP4.error as exc:
            refused.append((due, exc))
            continue
        except Exception as exc:
            outcomes.append((due.key, note_failure(store, due, exc, now)))
            continue
        plan = plans[due.key]
        finished.append((due.key, Status.DRAFTED, {
            **plan.facts, "drafts": [d.key for d in plan.drafts], "saved_to": sorted(set(saved)),
            # so remove-drafts can tell an edited draft
            "digests": {d.key: body_digest(d.as_bytes()) for d in plan.drafts}}))
        logger.info("saved %d draft(s) for %s", len(saved), due.message_id or due.key)
        # "drafted" only when something was saved now: the run's summary counts what it saved.
        outcomes.append((due.key, Status.DRAFTED if saved else "drafts already there"))
    if len(refused) > 1 and len(refused) == attempted:
        # Every draft of the batch refused (a read-only Drafts folder, a server bug): the
        # server's fault; retry the pass instead of charging each rejection an attempt.
        raise ConnectionFailure(f"the server refuses to save drafts: {refused[0][1]}"[:300])
    outcomes += [(due.key, note_failure(store, due, exc, now)) for due, exc in refused]


def composed_for(due: Due, settings, mark: str, now: float) -> Composed:
    """The rejection's drafts: as the scan composed them when it read the rejection, if that is
    still good (daemon.composed.usable), else composed now from its bytes."""
    return usable(due.composed, mark, now) or compose(due.raw, due.key, settings, now, mark)


def facts_kept_or_read(due: Due, mark: str, now: float) -> dict[str, str]:
    composed = usable(due.composed, mark, now)
    return composed.facts if composed else rejection_facts(due.raw)


def record_finished(store: Store, finished: list[tuple[str, Status, dict]], now: float) -> None:
    """One transaction for a batch's drafted and skipped rejections (one fsync a batch).

    A record that cannot be written (a detail that is no JSON) would roll the whole batch back at
    every pass and stop all drafting; then each is recorded alone and only that one is left out.
    The state file's own faults (locked, full) are not a record's and still end the pass.
    """
    if not finished:
        return
    try:
        store.finish_many(finished, now)
    except (ValueError, TypeError) as batch_error:
        logger.warning("recording a batch of drafts one by one: %s", batch_error)
        for key, status, detail in finished:
            try:
                store.finish(key, status, detail, now)
            except (ValueError, TypeError) as exc:
                logger.error("could not record what became of %s: %s", key, exc)
    faults.checkpoint("after_finish")


def _not_saved(plan, existing: set[str]) -> list:
    """The drafts of a plan not in the mailbox yet."""
    for draft in plan.drafts:
        if draft.key in existing:
            # Saved by a run that stopped before recording it, or under another state file.
            logger.info("draft %s is already in the mailbox; not saving it again", draft.key)
    return [d for d in plan.drafts if d.key not in existing]


def can_save_together(target: DraftsTarget, todo: list) -> bool:
    return hasattr(target, "save_many") and len(todo) > 1


def save_together(target: DraftsTarget, todo: list) -> dict[str, str] | None:
    """Save a batch's drafts in as few commands as the target can (IMAP MULTIAPPEND, RFC 3502:
    all or none); draft key -> where. None when the target cannot, or refused them as a whole."""
    if not can_save_together(target, todo):
        return None
    for _draft in todo:  # the crash tests count APPENDs, one per draft, as before
        faults.checkpoint("before_append")
    try:
        where = target.save_many([(d.key, d.as_bytes()) for d in todo])  # type: ignore[attr-defined]
    except NOT_ONE_MESSAGES_FAULT:
        raise
    except Exception as exc:  # a refusal, or one draft's fault: each is tried alone
        logger.info("%d drafts could not be saved together (%s); saving them one by one",
                    len(todo), server_words(exc))
        return None
    for _draft in todo:
        faults.checkpoint("after_append")
    return dict(zip([d.key for d in todo], where))


def save_each(target: DraftsTarget, todo: list) -> list[str]:
    saved = []
    for draft in todo:
        faults.checkpoint("before_append")
        saved.append(target.save(draft.key, draft.as_bytes()))
        faults.checkpoint("after_append")
    return saved
