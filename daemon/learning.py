"""Learning folders, as spam filters learn from a Junk folder: mail the user copies or moves to
[classifier] learn_rejections or learn_others becomes one of their kept corrections.

At each poll the service reads what is new in those folders since its last look (read-only; an
unchanged IMAP folder costs one STATUS), adds it as corrections and retrains once when something
was added; the triage then loads the new model. A folder not created yet is one warning, not an
error. What was already decided about a mail in the inbox (its drafts) is not revisited.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from onward.daemon.errors import RuntimeFailure

if TYPE_CHECKING:
    from onward.daemon.config import Config
    from onward.daemon.mailbox import Mailbox
    from onward.daemon.state import Store

logger = logging.getLogger(__name__)
CURSOR_PREFIX = "learn:"  # a learning folder's cursor sits in the state beside the inbox's


def learning_folders(cfg: "Config | None") -> list[tuple[str, str]]:
    """(folder, label) of each learning folder the config turns on."""
    if cfg is None:
        return []
    wanted = ((cfg.classifier.learn_rejections, "rejection"), (cfg.classifier.learn_others, "other"))
    return [(folder, label) for folder, label in wanted if folder]


def learning_line(folder: str, label: str, found: bool) -> str:
    """What `onward check` says about one learning folder."""
    what = "a rejection" if label == "rejection" else "not a rejection"
    return (f'learning: "{folder}" found: mail you put there is learnt as {what}' if found else
            f'learning: "{folder}" not found: create it, then mail you put there is learnt as {what}')


class Learner:
    """One account's learning folders; `learn()` once per poll. Remembers which folders it has
    already warned about, so that a missing one is said once, not at every poll."""

    def __init__(self, cfg: "Config", store: "Store", log: logging.Logger | logging.LoggerAdapter = logger):
        self.cfg, self.store, self.log = cfg, store, log
        self.folders = learning_folders(cfg)
        self.missing: set[str] = set()

    def learn(self, mailbox: "Mailbox") -> int:
        """Add what is new in the learning folders as corrections (one retraining); how many."""
        if not self.folders:
            return 0
        from onward.classifier import add_corrections  # scikit-learn only when there is work
        from onward.daemon.corrections import correction

        found, cursors = [], {}
        for folder, label in self.folders:
            got = mailbox.learning_mail(folder, self.store.cursor(CURSOR_PREFIX + folder))
            if got is None:
                if folder not in self.missing:
                    self.log.warning('learning folder "%s" not found: create it to teach onward '
                                     "(nothing else is affected)", folder)
                self.missing.add(folder)
                continue
            if folder in self.missing:
                self.log.info('learning folder "%s" found', folder)
                self.missing.discard(folder)
            cursor, raws = got
            found += [correction(raw, label, f"folder {folder}") for raw in raws]
            cursors[folder] = cursor
        if found:
            try:
                add_corrections(self.cfg.state_dir, found)
            except RuntimeFailure:
                raise
            except Exception as exc:  # the folders are read again next time: nothing is lost
                self.log.warning("could not learn from the learning folders: %s: %s", type(exc).__name__, exc)
                return 0
            self.log.info("learnt %d correction(s) from the learning folders; the model is retrained",
                          len(found))
        for folder, cursor in cursors.items():
            self.store.advance(CURSOR_PREFIX + folder, cursor, [])
        return len(found)
