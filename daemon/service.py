"""One account's service: scan on a schedule, save the drafts that fall due, wait for new mail in
between (IDLE, a file watch), and reconnect after outages, for any kind of mailbox.

An outage (Wi-Fi drop, laptop sleep, server restart, a hiccup at login, a Maildir on a disk not
mounted yet) is logged once when it starts and once when it ends; in between, reconnects back off
exponentially with jitter. Each service leaves a heartbeat and a short status line for the
supervisor (daemon.supervisor) to report to systemd.
"""

from __future__ import annotations

import logging
import random
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

import schedule

from onward.daemon import draft_refresh, follow, follow_up, pause
from onward.daemon.config import Account, Config
from onward.daemon.deliver import DryRunTarget, follow_the_config, save_due_drafts, settings_from_config
from onward.daemon.errors import AuthFailure, ConnectionFailure, RuntimeFailure
from onward.daemon.learning import Learner
from onward.daemon.mailbox import Mailbox, open_mailbox, sleep
from onward.daemon.progress import Progress
from onward.daemon.scan import ScanResult, scan
from onward.daemon.scan_worker import ScanWorkers, WorkerFailure
from onward.daemon.state import Status, Store
from onward.daemon.memory import let_go
from onward.daemon.triage import Triage

logger = logging.getLogger(__name__)


class Backoff:
    """Exponential backoff with full jitter: 1 s, 2 s, 4 s … capped at 5 minutes."""

    def __init__(self, first: float = 1.0, cap: float = 300.0):
        self.first, self.cap, self.attempt = first, cap, 0

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.first * 2 ** self.attempt)
        self.attempt += 1
        return random.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.attempt = 0


class Service:
    """Watches one account's mailbox. `run()` until `stop()` is called (from a signal handler).

    The pipeline is assembled here and only here: scan (which triages) in poll(), then delivery
    in save_due_drafts()."""

    def __init__(self, cfg: Config, store: Store, mailbox: Mailbox, process: Triage | None = None,
                 clock: Callable[[], float] = time.time, dry_run_dir: Path | None = None,
                 fail_fast: bool = True):
        self.cfg = cfg
        self.mailbox = mailbox
        # One account alone exits on a wrong password at start-up; among several, it must not
        # stop the others, so it keeps retrying (and says why, once).
        self.fail_fast = fail_fast
        self.log = _AccountLog(logger, store.account)
        self.store = store
        self.clock = clock
        # The scan's reading runs in worker processes that end with each scan (daemon.scan_worker).
        self.process = process or ScanWorkers(cfg, clock)
        self.scan_failure: WorkerFailure | None = None  # the last poll's, if its worker died
        self.dry_run_dir = dry_run_dir
        self.draft_settings = settings_from_config(cfg)
        if not dry_run_dir:  # a rehearsal changes nothing
            follow_the_config(store, cfg.drafts)
        self.learner = Learner(cfg, store, self.log)
        self.drafted = 0
        self.follow_ups_at: float | None = None  # the last look for due follow-ups (hourly)
        self.paused_until: float | None = None  # as last read: the log says when it changes
        self.stopping = False
        self.ever_logged_in = False
        # Set once start-up is over, either way (logged in and warmed up, or failed and retrying),
        # so that readiness never waits on a server that is down.
        self.started = threading.Event()
        self.heartbeat = time.monotonic()  # a sign of life for the watchdog; see _should_stop
        self.status = "starting"  # for `systemctl status`: never anything secret

    def beat(self) -> None:
        self.heartbeat = time.monotonic()

    def _should_stop(self) -> bool:
        """Asked every second or so while waiting or scanning; each call is also a sign of life."""
        self.beat()
        return self.stopping

    def stop(self) -> None:
        self.stopping = True

    def _connected(self) -> Mailbox:
        self.mailbox.open()  # logs in once per connection; a Maildir looks for its inbox again
        self.ever_logged_in = True
        return self.mailbox

    def _disconnect(self) -> None:
        self.mailbox.close()

    def poll(self) -> ScanResult:
        """Learn from the learning folders, scan the inbox for new mail (with what was learnt),
        then save the drafts that are due."""
        mailbox = self._connected()
        if not self.dry_run_dir:  # a rehearsal changes nothing, the model included
            self.learner.learn(mailbox)
        self.scan_failure = None
        try:
            result = scan(mailbox, self.store, self.process, self.cfg.schedule.lookback,
                          now=self.clock(), should_stop=self._should_stop,
                          progress=Progress(f"scanning {mailbox.folder}"))
        except WorkerFailure as exc:
            # The batches before it are recorded, the one in hand is not: the next poll reads it
            # again. Drafts that are due are no reason to wait for that.
            self.log.warning("%s", exc)
            self.scan_failure, result = exc, ScanResult()
        finally:
            self._release()
        if result.fetched:
            self.log.info("%s: %d new message(s) recorded, %d skipped as malformed",
                          mailbox.folder, result.recorded, result.failed)
        drafted = self.save_due_drafts()
        self.save_due_follow_ups()
        if result.fetched and not drafted:
            # What the fetched mail used here goes back to the system (save_due_drafts did so
            # after drafting): a big first scan fetches hundreds of MB, and the waiting service
            # would otherwise keep the allocator's share.
            let_go()
        return result

    def _next_drafting_at(self) -> float | None:
        """When drafts are next due, or the pause ends if that is later (None: nothing waits)."""
        due_at = self.store.next_due_at()
        if due_at is None:
            return None
        until = pause.paused_until(self.cfg.state_path, self.clock())
        if until != self.paused_until:
            self.log.info("%s", f"{pause.describe(until)}: drafts that fall due wait" if until
                          else "the pause is over: drafts that are due are saved")
        self.paused_until = until
        return due_at if until is None else max(due_at, until)

    def save_due_drafts(self) -> int:
        """Touches the mailbox only when something is due (and onward is not paused); how many
        rejections it looked at (drafted, skipped or failed)."""
        due_at = self._next_drafting_at()
        if due_at is None or due_at > self.clock() or self.stopping:
            return 0
        target = self._connected().drafts_target()
        if self.dry_run_dir:
            target = DryRunTarget(self.dry_run_dir, target)
        outcomes = save_due_drafts(self.store, _Beating(target, self.beat), self.draft_settings,
                                   self.clock())
        self.drafted += sum(outcome == Status.DRAFTED for _key, outcome in outcomes)
        if outcomes:  # reading rejections and rendering drafts filled caches: they go now
            let_go()
        return len(outcomes)

    def save_due_follow_ups(self) -> None:
        """The stay-in-touch drafts that are due ([follow_up] after; daemon.follow_up): looked
        for at start and then hourly, not while paused; the mailbox only when one may be due."""
        now = self.clock()
        if not self.cfg.follow_up.after or self.stopping or (
                self.follow_ups_at is not None and now - self.follow_ups_at < follow_up.EVERY):
            return
        if pause.paused_until(self.cfg.state_path, now) is not None:
            return
        self.follow_ups_at = now
        if not follow_up.anything_to_look_at(self.store, self.cfg, now):
            return
        real = self._connected().drafts_target()
        target = DryRunTarget(self.dry_run_dir, real) if self.dry_run_dir else real
        outcomes = follow_up.save_due(self.store, _Beating(target, self.beat), real, self.cfg,
                                      self.draft_settings, now)
        self.drafted += sum(outcome == "follow-up saved" for _key, outcome in outcomes)

    def refresh_draft_states(self) -> None:
        """Look again at the drafts that may still change (in Drafts or the Trash) and record
        what became of them. A failure to do so is no reason to stop the service."""
        try:
            now = self.clock()
            moving = draft_refresh.still_moving(self.store, now)
            following = follow.any_worth_a_look(self.store, self.cfg, now)
            if moving or following:
                self.beat()
                target = self._connected().drafts_target()
                if moving:
                    draft_refresh.refresh_with(self.store, target, now)
                if following:  # the conversation after each rejection: reply sent, answer, feedback
                    follow.refresh_with(self.store, target, self.cfg, now)
        except (RuntimeFailure,) + self.mailbox.transient:
            raise  # the loop reconnects, or stops for a lost state file, as for any other step
        except Exception as exc:
            self.log.warning("could not look at the drafts' states: %s: %s", type(exc).__name__, exc)

    def _release(self) -> None:
        """The scan is over: its workers end (or the in-process model is let go)."""
        release = getattr(self.process, "release", None)
        if release:
            release()

    def run_once(self) -> ScanResult:
        try:
            result = self.poll()
            if self.scan_failure:  # the drafts that were due are saved; the scan must be run again
                raise self.scan_failure
            return result
        except self.mailbox.transient as exc:
            raise ConnectionFailure(self.mailbox.describe(exc)) from None
        finally:
            self._disconnect()

    def run(self) -> None:
        logged_in = False
        scheduler = schedule.Scheduler()
        # schedule's hints say int; it takes any number of seconds, and these are floats.
        scheduler.every(self.cfg.schedule.poll_interval).seconds.do(self.poll)  # type: ignore[arg-type]
        if not self.dry_run_dir:  # what became of the drafts, for `onward status` (read-only)
            scheduler.every(draft_refresh.EVERY).seconds.do(  # type: ignore[arg-type]
                self.refresh_draft_states)
        backoff = Backoff()
        outage_since: float | None = None
        poll_now = True
        while not self._should_stop():
            try:
                if not logged_in:
                    self._connected()  # log in first: a wrong password is reported at once
                    logged_in = True
                self.started.set()
                if poll_now:
                    self.status = "checking for new mail"
                    self.poll()
                    poll_now = False
                scheduler.run_pending()
                self.save_due_drafts()  # due times fall between polls too
                if outage_since is not None:
                    self.log.warning("connection restored after %.0fs", time.monotonic() - outage_since)
                    outage_since = None
                backoff.reset()
                wait = self._seconds_to_next_task(scheduler)
                next_check = time.strftime("%H:%M:%S", time.localtime(time.time() + wait))
                self.status = f"waiting for new mail, next check at {next_check}"
                self._release()  # the model is read again when new mail comes: the wait is small
                poll_now = self._wait(wait)
            except (ConnectionFailure, AuthFailure) + self.mailbox.transient as exc:
                self._disconnect()
                if isinstance(exc, AuthFailure) and not self.ever_logged_in and self.fail_fast:
                    raise  # a wrong password at start-up is the user's to fix: say so and exit
                self.status = "mailbox unavailable, retrying"
                self.started.set()
                reason = str(exc) if isinstance(exc, ConnectionFailure | AuthFailure) \
                    else self.mailbox.describe(exc)
                delay = backoff.next_delay()
                if outage_since is None:
                    outage_since = time.monotonic()
                    self.log.warning("mailbox unavailable: %s; retrying with backoff (up to 5 min)",
                                     reason)
                else:
                    self.log.debug("still unavailable: %s; next try in %.1fs", reason, delay)
                sleep(delay, self._should_stop)
                poll_now = True
        self._disconnect()
        self.status = "stopped"
        self.log.info("stopped")

    def _seconds_to_next_task(self, scheduler: schedule.Scheduler) -> float:
        """Until the next poll, or sooner if a rejection's drafts fall due before it."""
        wait = scheduler.idle_seconds or 0
        due_at = self._next_drafting_at()
        if due_at is not None:  # math.inf while paused until `onward resume`: the poll wakes it
            wait = min(wait, due_at - self.clock() + 0.5)
        return max(0.0, wait)

    def _wait(self, seconds: float) -> bool:
        """Wait until the next scheduled poll; True if new mail arrived first."""
        if seconds <= 0:
            return False
        return self._connected().wait(seconds, self._should_stop)


class _Beating:
    """A draft target whose every step counts as a sign of life: saving a backlog of drafts is
    many server round trips, each bounded by the socket timeout but not all of them together."""

    def __init__(self, target, beat: Callable[[], None]):
        self.target, self.beat = target, beat
        if hasattr(target, "save_many"):  # an optional step: saving a batch's drafts together
            self.save_many = self._save_many
        if hasattr(target, "look_ahead"):  # another: reading ahead for the whole pass
            self.look_ahead = self._look_ahead

    def _look_ahead(self, dues):
        self.beat()
        return self.target.look_ahead(dues)

    def _save_many(self, drafts):
        self.beat()
        return self.target.save_many(drafts)

    def reasons_not_wanted(self, dues):
        self.beat()
        return self.target.reasons_not_wanted(dues)

    def saved_keys(self, keys):
        self.beat()
        return self.target.saved_keys(keys)

    def save(self, key, raw):
        self.beat()
        return self.target.save(key, raw)

    def draft_states(self, drafted):
        self.beat()
        return self.target.draft_states(drafted)


class _AccountLog(logging.LoggerAdapter):
    """Gives each record the account's name: the `account` field of JSON logs, and a prefix of
    text lines when the config names accounts (see daemon.logs)."""

    def __init__(self, log: logging.Logger, account: str):
        super().__init__(log, {"account": account})
        self.account = account

    def process(self, msg, kwargs):
        kwargs["extra"] = {**self.extra, **kwargs.get("extra", {})}
        return msg, kwargs


def make_service(cfg: Config, process: Triage | None = None, clock: Callable[[], float] = time.time,
                 dry_run_dir: Path | None = None, account: Account | None = None,
                 fail_fast: bool = True) -> Service:
    """A service for one account on the config's state file; with dry_run_dir, on a throwaway copy
    of it, so a dry run shows what would happen without changing what the real run will do."""
    account = account or Account("default", "imap", cfg)
    cfg = account.cfg
    path = cfg.state_path
    if dry_run_dir is not None:
        path = Path(tempfile.mkdtemp(prefix="onward-dry-run-")) / "state.sqlite3"
        if cfg.state_path.exists():
            Store.copy(cfg.state_path, path)
    store = Store(path, account=account.name)
    return Service(cfg, store, open_mailbox(account), process, clock, dry_run_dir, fail_fast)
