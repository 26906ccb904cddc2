"""A rejection's drafts composed where it was first read: the scan's worker has the message parsed
in hand, so for a rejection due at once it reads the facts and renders the drafts there (on two
cores, while the service fetches), and the service only saves them. Kept with the rejection's
bytes in the state until its drafts are decided (compressed: as plain JSON with the drafts in
base64, it took 2-5× the rejection's own bytes); a composition that is stale by the time the
drafts are saved (other settings, or long since: a pause, a crash) is ignored and the drafts are
composed again from the bytes, as for a rejection due later.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import zlib
from dataclasses import dataclass
from typing import Callable

from onward import drafts
from onward.daemon import __version__

logger = logging.getLogger(__name__)

# Older than this when its drafts are saved, a composition is done again: the Date of a draft is
# when it was composed, and an hour-old one would say so in the user's Drafts folder.
FRESH_FOR = 30 * 60.0


def facts_of(rejection: "drafts.Rejection") -> dict[str, str]:
    """The facts kept with a decided rejection (for `onward status` and `onward drafts`)."""
    facts = {"company": rejection.company, "role": rejection.role, "language": rejection.language,
             "stage": rejection.stage,
             # the person the reply goes to, for `onward contacts` (only when sure: Rejection
             # leaves a name or address out below its confidence threshold)
             "contact": rejection.full_name, "contact_address": rejection.reply_to}
    return {k: v for k, v in facts.items() if v}


@dataclass(frozen=True)
class ReadyDraft:
    """One draft as it will be saved: its X-Onward-Key and its bytes."""

    kind: str
    key: str
    raw: bytes

    def as_bytes(self) -> bytes:
        return self.raw


@dataclass(frozen=True)
class Composed:
    """What delivery needs of a rejection: its facts, and its drafts or why it gets none."""

    facts: dict[str, str]
    drafts: tuple[ReadyDraft, ...]
    skipped: str | None = None
    settings: str = ""  # the settings it was composed with (settings_mark)
    at: float = 0.0  # when (the Date of its drafts)

    def to_bytes(self) -> bytes:
        """As the state file keeps it: JSON (never pickle: the state file is data, not code), each
        draft's bytes as Latin-1 text (one character a byte, any byte), compressed with zlib."""
        return zlib.compress(json.dumps({
            "facts": self.facts, "skipped": self.skipped, "settings": self.settings, "at": self.at,
            "drafts": [[d.kind, d.key, d.raw.decode("latin-1")] for d in self.drafts]}).encode())

    @classmethod
    def from_bytes(cls, data: bytes) -> "Composed":
        """Also reads the form kept before: plain JSON (a zlib stream never starts with "{"), its
        drafts in base64 and its settings mark in full."""
        unpack: Callable[[str], bytes]
        if data[:1] == b"{":
            kept = json.loads(data)
            unpack, mark = base64.b64decode, _digest(str(kept["settings"]))
        else:
            kept = json.loads(zlib.decompress(data))
            unpack, mark = _latin1_bytes, str(kept["settings"])
        return cls(facts={str(k): str(v) for k, v in kept["facts"].items()},
                   drafts=tuple(ReadyDraft(str(kind), str(key), unpack(raw))
                                for kind, key, raw in kept["drafts"]),
                   skipped=kept["skipped"], settings=mark, at=float(kept["at"]))


def _latin1_bytes(text: str) -> bytes:
    return text.encode("latin-1")


def settings_from_config(cfg) -> "drafts.DraftSettings":
    """The [identity] and [drafts] settings that shape a draft (cfg: a daemon.config.Config)."""
    d = cfg.drafts
    return drafts.DraftSettings(
        name=cfg.identity.name, email=cfg.identity.email, mode=d.mode, no_reply=d.no_reply,
        quote_original=d.quote_original, templates_dir=d.templates_dir or None,
        language=d.language or None)


def settings_mark(settings: "drafts.DraftSettings") -> str:
    """What a composition depends on besides the rejection, as one comparable string: the
    settings, the onward version (its shipped templates and code) and, with a templates_dir, the
    name, mtime and size of each file in it, so that an upgrade or an edited template while a
    rejection waits makes its drafts be composed again. A digest: it is compared, never read, and
    kept with every composition."""
    return _digest(json.dumps({"settings": dataclasses.asdict(settings), "version": __version__,
                               "templates": _templates_mark(settings.templates_dir or "")},
                              sort_keys=True))


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _templates_mark(templates_dir: str) -> list[list[str | int]] | str:
    """Each file under templates_dir as [relative path, mtime in ns, size], sorted (a stat each,
    no reading); "" without a templates_dir, "unreadable" when it cannot be listed."""
    if not templates_dir:
        return ""
    files: list[list[str | int]] = []
    try:
        for folder, subfolders, names in os.walk(templates_dir, onerror=_raise):
            subfolders.sort()
            for name in sorted(names):
                path = os.path.join(folder, name)
                st = os.stat(path)
                files.append([os.path.relpath(path, templates_dir), st.st_mtime_ns, st.st_size])
    except OSError:
        return "unreadable"
    return files


def _raise(error: OSError) -> None:
    raise error


def compose(raw: bytes, key: str, settings: "drafts.DraftSettings", now: float,
            mark: str | None = None) -> Composed:
    """Read the rejection and build its drafts (drafts.plan_drafts), as data. `mark`:
    settings_mark(settings), when the caller has it already (once for many rejections). Raises
    what plan_drafts raises (a broken template: DraftTemplateError)."""
    plan = drafts.plan_drafts(raw, key, settings, now=dt.datetime.fromtimestamp(now).astimezone())
    return Composed(facts_of(plan.rejection),
                    tuple(ReadyDraft(d.kind, d.key, d.as_bytes()) for d in plan.drafts),
                    plan.skipped, settings_mark(settings) if mark is None else mark, now)


def compose_early(raw: bytes, key: str, settings: "drafts.DraftSettings", now: float,
                  mark: str | None = None) -> bytes | None:
    """For the scan: the composition of a rejection due now, as the state keeps it; None when it
    cannot be made here (delivery then composes it and meets the same error, where it is handled)."""
    try:
        return compose(raw, key, settings, now, mark).to_bytes()
    except Exception:
        logger.debug("could not compose the drafts of %s at scan time", key, exc_info=True)
        return None


def usable(kept: bytes | None, mark: str, now: float) -> Composed | None:
    """The kept composition, if it was made with the settings of `mark` (settings_mark: computed
    once a pass, as it stats every file of a templates_dir) and is still fresh; else None."""
    if not kept:
        return None
    try:
        composed = Composed.from_bytes(kept)
    except Exception:  # a damaged or older form, whatever it breaks: composed again
        logger.debug("ignoring a kept composition that cannot be read", exc_info=True)
        return None
    if composed.settings != mark or not 0 <= now - composed.at <= FRESH_FOR:
        return None
    return composed
