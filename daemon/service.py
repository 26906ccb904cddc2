"""The long-running loop: poll on a schedule, wait in IDLE between polls, reconnect after outages.

An outage (Wi-Fi drop, laptop sleep, server restart, a hiccup at login) is logged once when it
starts and once when it ends; in between, reconnects back off exponentially with jitter.
"""

from __future__ import annotations

import logging
import random
import time
from typing import Callable

import schedule
from imapclient.exceptions import IMAPClientError

from daemon import credentials
from daemon.config import Config
from daemon.errors import AuthFailure, ConnectionFailure
from daemon.imap import NETWORK_ERRORS, Mailbox, describe
from daemon.processing import process as default_process
from daemon.state import Store
from daemon.watcher import Processor, ScanResult, scan_folder

logger = logging.getLogger(__name__)

IDLE_RENEW = 9 * 60  # servers drop IDLE after 10–29 minutes; renew before the earliest


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
    """Watches one account's inbox. `run()` until `stop()` is called (from a signal handler)."""

    def __init__(self, cfg: Config, store: Store, process: Processor = default_process):
        self.cfg = cfg
        self.store = store
        self.process = process
        self.mailbox: Mailbox | None = None
        self.stopping = False
        self.ever_logged_in = False

    def stop(self) -> None:
        self.stopping = True

    def _connected(self) -> Mailbox:
        if self.mailbox is None:
            self.mailbox = Mailbox(self.cfg.imap, credentials.resolve(self.cfg))
            self.ever_logged_in = True
        return self.mailbox

    def _disconnect(self) -> None:
        if self.mailbox is not None:
            self.mailbox.close()
            self.mailbox = None

    def poll(self) -> ScanResult:
        """Scan the inbox once for new mail."""
        result = scan_folder(self._connected(), self.store, self.cfg.imap.inbox, self.process,
                             self.cfg.schedule.lookback, self.cfg.imap.batch_size,
                             should_stop=lambda: self.stopping)
        if result.fetched:
            logger.info("%s: %d new message(s) recorded, %d skipped as malformed",
                        self.cfg.imap.inbox, result.recorded, result.failed)
        return result

    def run_once(self) -> ScanResult:
        try:
            return self.poll()
        except (*NETWORK_ERRORS, IMAPClientError) as exc:
            raise ConnectionFailure(describe(exc, self.cfg.imap)) from None
        finally:
            self._disconnect()

    def run(self) -> None:
        scheduler = schedule.Scheduler()
        scheduler.every(self.cfg.schedule.poll_interval).seconds.do(self.poll)
        backoff = Backoff()
        outage_since: float | None = None
        poll_now = True
        while not self.stopping:
            try:
                if poll_now:
                    self.poll()
                    poll_now = False
                scheduler.run_pending()
                if outage_since is not None:
                    logger.warning("connection restored after %.0fs", time.monotonic() - outage_since)
                    outage_since = None
                backoff.reset()
                poll_now = self._wait(scheduler.idle_seconds or 0)
            except (ConnectionFailure, AuthFailure, *NETWORK_ERRORS, IMAPClientError) as exc:
                self._disconnect()
                if isinstance(exc, AuthFailure) and not self.ever_logged_in:
                    raise  # a wrong password at start-up is the user's to fix: say so and exit
                reason = str(exc) if isinstance(exc, ConnectionFailure | AuthFailure) \
                    else describe(exc, self.cfg.imap)
                delay = backoff.next_delay()
                if outage_since is None:
                    outage_since = time.monotonic()
                    logger.warning("mailbox unavailable: %s; retrying with backoff (up to 5 min)",
                                   reason)
                else:
                    logger.debug("still unavailable: %s; next try in %.1fs", reason, delay)
                self._sleep(delay)
                poll_now = True
        self._disconnect()
        logger.info("stopped")

    def _wait(self, seconds: float) -> bool:
        """Wait until the next scheduled poll; True if new mail arrived first (IDLE)."""
        if seconds <= 0:
            return False
        mailbox = self._connected()
        if self.cfg.schedule.idle and mailbox.has_idle():
            return mailbox.wait_idle(min(seconds, IDLE_RENEW), lambda: self.stopping)
        self._sleep(seconds)
        return False

    def _sleep(self, seconds: float, step: float = 0.5) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(min(step, max(0.0, deadline - time.monotonic())))


def make_service(cfg: Config, process: Callable | None = None) -> Service:
    store = Store(cfg.state_path)
    return Service(cfg, store, process or default_process)
