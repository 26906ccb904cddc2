"""The configuration's schema: one frozen dataclass per TOML section, with its defaults.

Every key here is documented in config.example.toml; daemon.config reads and validates them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from onward.daemon.errors import ConfigError

LANGUAGES = ("", "en", "de", "fr", "es")  # "": the rejection's own
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str, key: str = "duration") -> float:
    """Parse "90m", "36h", "2d", "1h30m" or "0m" into seconds."""
    compact = text.strip().lower().replace(" ", "")
    parts = _DURATION_PART.findall(compact)
    if not compact or "".join(n + u for n, u in parts) != compact:
        raise ConfigError(
            f'{key}: "{text}" is not a duration; write a number and a unit, like "90m", "36h" or "2d"'
        )
    return sum(float(n) * _UNIT_SECONDS[u] for n, u in parts)


class Duration(float):
    """A number of seconds given in the config as a string like "36h"."""


DAY = 86400.0
# (least, most) seconds for each duration key: beyond these a value is a typo, not a wish
# (a delay of years would never draft; a 1 s timeout would never log in).
DURATION_BOUNDS = {
    "delay": (0.0, 90 * DAY),
    "lookback": (0.0, 365 * DAY),
    "poll_interval": (1.0, DAY),
    "timeout": (1.0, 3600.0),
    "answer_window": (DAY, 365 * DAY),
    "after": (7 * DAY, 730 * DAY),
    "silent_after": (DAY, 365 * DAY),
}


def format_duration(seconds: float) -> str:
    """The shortest usual way to write `seconds` in the config ("90d", "1h", "10s")."""
    for unit, size in (("d", DAY), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def check_duration_bounds(key: str, name: str, seconds: float) -> None:
    """Raise ConfigError naming `key` when `seconds` is outside DURATION_BOUNDS[name]."""
    least, most = DURATION_BOUNDS[name]
    if seconds < least:
        raise ConfigError(f"{key}: must be at least {format_duration(least)}")
    if seconds > most:
        raise ConfigError(f"{key}: {format_duration(seconds)} is more than the most allowed, "
                          f"{format_duration(most)}")


def _choice(*values: str) -> dict:
    return {"choices": values}


@dataclass(frozen=True)
class ImapConfig:
    host: str = ""
    port: int = 0  # 0: the usual port for the chosen security (993 or 143)
    security: str = field(default="tls", metadata=_choice("tls", "starttls", "none"))
    username: str = ""
    password_env: str = "ONWARD_IMAP_PASSWORD"
    password_command: str = ""
    oauth2_token_command: str = ""
    env_file: str = ""  # the .env holding password_env; empty: .env beside the config file
    inbox: str = "INBOX"
    drafts_folder: str = ""
    sent_folder: str = ""
    ca_file: str = ""
    timeout: Duration = Duration(60)
    batch_size: int = 500

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "tls" else 143)


@dataclass(frozen=True)
class IdentityConfig:
    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class ScheduleConfig:
    poll_interval: Duration = Duration(300)
    idle: bool = True
    lookback: Duration = Duration(14 * 86400)


@dataclass(frozen=True)
class DraftsConfig:
    delay: Duration = Duration(86400)
    mode: str = field(default="combined", metadata=_choice("combined", "separate"))
    no_reply: str = field(default="draft", metadata=_choice("draft", "skip"))
    quote_original: bool = False
    templates_dir: str = ""
    language: str = ""  # empty: write in the rejection's language
    working_hours: str = ""


@dataclass(frozen=True)
class ClassifierConfig:
    threshold: float = 0.75  # chosen on writer-disjoint folds and independently written mail (config.example.toml)
    ignore_senders: tuple[str, ...] = ()  # addresses and *@domain patterns: never a rejection
    learn_rejections: str = ""  # a folder whose mail is learnt as rejections ("": off)
    learn_others: str = ""  # a folder whose mail is learnt as not rejections ("": off)
    screen: bool = True  # the first stage (classifier/prefilter.py) stops mail plainly not about a job


@dataclass(frozen=True)
class FollowUpConfig:
    """What onward notices after a rejection (issue 14): the user's reply, the employer's answer."""

    answer_window: Duration = Duration(60 * DAY)  # after the reply: an answer without threading counts
    # The stay-in-touch draft, this long after the user's reply; None ("off", the default): never.
    after: Duration | None = field(default=None, metadata={"off": True})


@dataclass(frozen=True)
class ReportConfig:
    """The job search in numbers (issue 13): `onward report`."""

    silent_after: Duration = Duration(30 * DAY)  # an application with no answer by then is "silent"


@dataclass(frozen=True)
class StateConfig:
    path: str = ""


@dataclass(frozen=True)
class AccountConfig:
    """One [[accounts]] table: its own mailbox, and optionally its own delay and language.

    The table also takes every [imap] key (host, username, password_env, …) for an IMAP account.
    """

    name: str = ""
    type: str = field(default="imap", metadata=_choice("imap", "maildir"))
    path: str = ""  # a Maildir's folder, for type = "maildir"
    delay: Duration | None = None  # None: [drafts] delay
    language: str = ""  # empty: [drafts] language
    imap: ImapConfig = ImapConfig()


@dataclass(frozen=True)
class Config:
    imap: ImapConfig = ImapConfig()
    identity: IdentityConfig = IdentityConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    drafts: DraftsConfig = DraftsConfig()
    classifier: ClassifierConfig = ClassifierConfig()
    state: StateConfig = StateConfig()
    follow_up: FollowUpConfig = FollowUpConfig()
    report: ReportConfig = ReportConfig()
    accounts: tuple[AccountConfig, ...] = ()  # [[accounts]]; empty: the one [imap] account
    source: Path | None = None  # the file it was read from, if any

    @property
    def state_path(self) -> Path:
        if self.state.path:
            return Path(self.state.path)
        base = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
        return Path(base) / "onward" / "state.sqlite3"

    @property
    def state_dir(self) -> Path:
        """Folder for everything onward keeps: the state store, the user's trained model."""
        return self.state_path.parent
