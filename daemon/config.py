"""The TOML configuration: one typed schema per section, validated once at start-up.

Every error names the key that is wrong (and suggests the close match for a typo), so the CLI can
print one sentence and exit 2. Secrets never live here: see daemon.credentials.
"""

from __future__ import annotations

import dataclasses
import difflib
import ipaddress
import functools
import os
import tomllib
import types as types_module
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onward.daemon.errors import ConfigError
from onward.daemon.schema import (  # noqa: F401 (the schema's names are part of this module's interface)
    LANGUAGES, AccountConfig, ClassifierConfig, Config, DraftsConfig, Duration, FollowUpConfig,
    IdentityConfig, ImapConfig, ReportConfig, ScheduleConfig, StateConfig, check_duration_bounds, parse_duration,
)
from onward.daemon.senders import check_patterns
from onward.daemon.timing import parse_working_hours

_SECTIONS = {
    "imap": ImapConfig, "identity": IdentityConfig, "schedule": ScheduleConfig,
    "drafts": DraftsConfig, "classifier": ClassifierConfig, "state": StateConfig,
    "follow_up": FollowUpConfig, "report": ReportConfig,
}
_PATH_KEYS = {("imap", "ca_file"), ("drafts", "templates_dir"), ("state", "path"),
              ("[[accounts]]", "path"), ("[[accounts]]", "ca_file"), ("imap", "env_file"),
              ("[[accounts]]", "env_file")}


def default_config_path() -> Path:
    """Where the config is looked for when neither --config nor $ONWARD_CONFIG names it."""
    if os.environ.get("ONWARD_CONFIG"):
        return Path(os.environ["ONWARD_CONFIG"])
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return Path(base) / "onward" / "config.toml"


def _unknown_key(name: str, known: list[str], where: str) -> ConfigError:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f'; did you mean "{close[0]}"?' if close else f"; known keys: {', '.join(known)}"
    return ConfigError(f'unknown key "{name}" in {where}{hint}')


_KINDS = {str: "a string", int: "a whole number", bool: "true or false", float: "a number"}


@functools.cache
def _value_types(cls: type) -> dict[str, type]:
    """Each field's type, resolved from its annotation; `X | None` is X (None is never written)."""
    types = {}
    for name, hint in typing.get_type_hints(cls).items():
        optional = typing.get_origin(hint) in (typing.Union, types_module.UnionType)
        args = [a for a in typing.get_args(hint) if a is not type(None)] if optional else []
        types[name] = args[0] if args else hint
    return types


def _check_value(section: str, f: dataclasses.Field, kind: type, value: Any, base: Path) -> Any:
    key = f"{section} {f.name}" if section.startswith("[") else f"[{section}] {f.name}"
    if typing.get_origin(kind) is tuple:  # a list of strings (ignore_senders)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f'{key}: expected a list of strings like ["a@x.example"], got {value!r}')
        return tuple(value)
    if kind is Duration:
        if f.metadata.get("off") and isinstance(value, str) and value.strip().lower() in ("off", ""):
            return None  # a feature that is off by default, and may be written off explicitly
        if not isinstance(value, str):
            raise ConfigError(f'{key}: expected a duration string like "36h", got {value!r}')
        seconds = parse_duration(value, key)
        check_duration_bounds(key, f.name, seconds)
        return Duration(seconds)
    expected: Any = (int, float) if kind is float else kind
    # bool is a subclass of int in Python, but `port = true` is still a mistake.
    if not isinstance(value, expected) or (kind is not bool and isinstance(value, bool)):
        raise ConfigError(f"{key}: expected {_KINDS[kind]}, got {value!r}")
    choices = f.metadata.get("choices")
    if choices and value not in choices:
        raise ConfigError(f"{key}: must be one of {', '.join(repr(c) for c in choices)}, got {value!r}")
    if (section.split(" ")[0], f.name) in _PATH_KEYS and value:
        return str((base / os.path.expanduser(value)).resolve())
    return float(value) if kind is float else value


def _build_section(name: str, table: Any, base: Path):
    cls = _SECTIONS[name]
    if not isinstance(table, dict):
        raise ConfigError(f"[{name}] must be a table")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values = {}
    for key, value in table.items():
        if key not in fields:
            raise _unknown_key(key, list(fields), f"[{name}]")
        values[key] = _check_value(name, fields[key], _value_types(cls)[key], value, base)
    return cls(**values)


def _build_accounts(tables: Any, base: Path) -> tuple[AccountConfig, ...]:
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError("accounts must be written as [[accounts]] tables")
    own = {f.name: f for f in dataclasses.fields(AccountConfig) if f.name != "imap"}
    imap_fields = {f.name: f for f in dataclasses.fields(ImapConfig)}
    accounts = []
    for number, table in enumerate(tables, 1):
        where = f"[[accounts]] {table.get('name') or f'#{number}'}"
        values, imap_values = {}, {}
        for key, value in table.items():
            if key in own:
                values[key] = _check_value(where, own[key], _value_types(AccountConfig)[key], value, base)
            elif key in imap_fields:
                imap_values[key] = _check_value(where, imap_fields[key], _value_types(ImapConfig)[key],
                                                value, base)
            else:
                raise _unknown_key(key, list(own) + list(imap_fields), where)
        account = AccountConfig(**values, imap=ImapConfig(**imap_values))
        if not account.name:
            account = dataclasses.replace(account, name=account.imap.username
                                          or Path(account.path).name or f"account{number}")
        _check_imap(account.imap, where)
        if account.language not in LANGUAGES:
            raise ConfigError(f'{where} language: must be one of {", ".join(LANGUAGES[1:])} or ""')
        if account.type == "maildir" and not account.path:
            raise ConfigError(f"{where} path: a maildir account needs the path of its Maildir")
        accounts.append(account)
    names = [a.name for a in accounts]
    for name in names:
        if names.count(name) > 1:
            raise ConfigError(f'[[accounts]]: two accounts are named "{name}"; give each its own name')
    return tuple(accounts)


def _check_imap(imap: ImapConfig, where: str = "[imap]") -> None:
    if imap.security == "none" and imap.host and not _is_loopback(imap.host):
        raise ConfigError(
            f'{where} security: "none" sends your password unencrypted; it is only allowed for a '
            'server on this machine (127.0.0.1, ::1, localhost). Use "tls" or "starttls".'
        )
    if not 0 <= imap.port <= 65535:
        raise ConfigError(f"{where} port: {imap.port} is not a TCP port")
    if imap.batch_size < 1:
        raise ConfigError(f"{where} batch_size: must be at least 1")


def _check_semantics(cfg: Config) -> None:
    _check_imap(cfg.imap)
    try:
        parse_working_hours(cfg.drafts.working_hours)
    except ValueError as exc:
        raise ConfigError(f"[drafts] working_hours: {exc}") from None
    if cfg.drafts.language not in LANGUAGES:
        raise ConfigError('[drafts] language: must be "en", "de", "fr", "es" or "" (the rejection\'s)')
    if not 0.0 < cfg.classifier.threshold < 1.0:
        raise ConfigError("[classifier] threshold: must be between 0 and 1 (exclusive)")
    check_patterns(cfg.classifier.ignore_senders)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse(data: dict, base: Path, source: Path | None = None) -> Config:
    """Validate a parsed TOML document; relative paths are taken from `base`."""
    sections: dict[str, Any] = {}
    for name, table in data.items():
        if name == "accounts":
            sections[name] = _build_accounts(table, base)
            continue
        if name not in _SECTIONS:
            raise _unknown_key(name, [*_SECTIONS, "accounts"], "the config (a section name)")
        sections[name] = _build_section(name, table, base)
    cfg = Config(**sections, source=source)
    _check_semantics(cfg)
    return cfg


def load(path: Path) -> Config:
    """Read and validate the config file at `path`."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except UnicodeDecodeError as exc:  # tomllib decodes the whole file as UTF-8 first
        raise ConfigError(f"{path} is not UTF-8 text (byte {exc.object[exc.start:exc.start + 1]!r} "
                          f"at offset {exc.start}); save it as UTF-8") from None
    except FileNotFoundError:
        raise ConfigError(
            f"no config file at {path}; `onward init` writes one (or copy config.example.toml "
            "there), or name one with --config PATH or $ONWARD_CONFIG"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    except IsADirectoryError:
        raise ConfigError(f"{path} is a folder; name the config file in it") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    return parse(data, path.parent.resolve(), source=path)


def load_or_defaults(path: Path | None) -> Config:
    """For commands that work without an account (classify, preview): defaults when no file exists.

    A file named on purpose (`path`, or $ONWARD_CONFIG) must exist; only the default location may be absent.
    """
    if path is None and not os.environ.get("ONWARD_CONFIG"):
        path = default_config_path()
        if not path.exists():
            return Config()
    return load(path or default_config_path())


@dataclass(frozen=True)
class Account:
    """A mailbox to watch, with the config as that account sees it (its own [imap], delay, language)."""

    name: str
    type: str  # "imap" or "maildir"
    cfg: Config
    path: Path | None = None  # the Maildir, for type "maildir"

    @property
    def maildir_path(self) -> Path:
        """The Maildir of a "maildir" account (accounts_of sets it for each)."""
        if self.path is None:
            raise ValueError(f"account {self.name} has no Maildir path")
        return self.path


def accounts_of(cfg: Config) -> list[Account]:
    """The accounts to serve: every [[accounts]] table, else the single [imap] account "default"."""
    if not cfg.accounts:
        _require_server(cfg.imap, "[imap]", cfg.source)
        return [Account("default", "imap", cfg)]
    accounts = []
    for a in cfg.accounts:
        drafts = dataclasses.replace(cfg.drafts, delay=cfg.drafts.delay if a.delay is None else a.delay,
                                     language=a.language or cfg.drafts.language)
        if a.type == "imap":
            _require_server(a.imap, f"[[accounts]] {a.name}", cfg.source)
        accounts.append(Account(a.name, a.type, dataclasses.replace(cfg, imap=a.imap, drafts=drafts),
                                Path(a.path) if a.type == "maildir" else None))
    return accounts


def _require_server(imap: ImapConfig, where: str, source: Path | None) -> None:
    for key in ("host", "username"):
        if not getattr(imap, key):
            raise ConfigError(f"{where} {key}: missing in {source or 'the config'}; "
                              "it is needed to reach your mailbox")
