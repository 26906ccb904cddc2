"""`onward init`: write a commented config to the default path, from the shipped example.

The example (config.example.toml, installed in the package) keeps every comment; only the lines
for the server, the login and the user's name and address are filled in, asked for on a terminal
or given as options.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import re
import sys

from onward.daemon.commands import check_identity_email

EXAMPLE = "config.example.toml"
# Where the usual providers' IMAP servers are, by the domain of the address (else imap.DOMAIN).
KNOWN_HOSTS = {
    "gmail.com": "imap.gmail.com", "googlemail.com": "imap.gmail.com",
    "outlook.com": "outlook.office365.com", "hotmail.com": "outlook.office365.com",
    "live.com": "outlook.office365.com", "fastmail.com": "imap.fastmail.com",
    "icloud.com": "imap.mail.me.com", "me.com": "imap.mail.me.com",
    "yahoo.com": "imap.mail.yahoo.com", "gmx.de": "imap.gmx.net", "gmx.net": "imap.gmx.net",
    "web.de": "imap.web.de", "posteo.de": "posteo.de", "mailbox.org": "imap.mailbox.org",
}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="write a config file for your mailbox (asks, or takes options)",
                       description="Write a commented config to the default path (or --config PATH): "
                                   "asks for what it needs on a terminal, or takes it as options.")
    p.add_argument("--email", help="your email address (the drafts' sender)")
    p.add_argument("--host", help="your provider's IMAP server, e.g. imap.gmail.com")
    p.add_argument("--username", help="the IMAP login name (default: the email address)")
    p.add_argument("--name", help="your name, as the drafts are signed")
    p.add_argument("--force", action="store_true", help="replace an existing config file")
    p.set_defaults(func=run)


def example_text() -> str:
    """The shipped example config: the same bytes as config.example.toml at the repository's top."""
    from importlib import resources

    return (resources.files("onward.daemon") / EXAMPLE).read_text(encoding="utf-8")


def fill(text: str, values: dict[str, str]) -> str:
    """Set the first `key = ...` line of each key (comments and all other lines stay as they are)."""
    for key, value in values.items():
        text, count = re.subn(rf"(?m)^{key} = .*$", lambda _m: f"{key} = {json.dumps(value, ensure_ascii=False)}",
                              text, count=1)
        if count != 1:  # the shipped example lost a line: a bug, caught by the tests
            raise AssertionError(f"{EXAMPLE} has no line for {key}")
    return text


def guess_host(email: str) -> str:
    domain = email.rpartition("@")[2].lower()
    return KNOWN_HOSTS.get(domain, f"imap.{domain}") if domain else ""


def _login_name() -> str:
    try:
        return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (KeyError, OSError):
        return ""


def _ask(label: str, default: str) -> str:
    shown = f" [{default}]" if default else ""
    while True:
        answer = input(f"{label}{shown}: ").strip() or default
        if answer:
            return answer


def gather(args: argparse.Namespace) -> dict[str, str]:
    """host, username, email and name: from the options, else asked on a terminal."""
    from onward.daemon.errors import ConfigError

    if args.email:
        check_identity_email(args.email, "--email")
    given = {"email": args.email, "host": args.host, "username": args.username, "name": args.name}
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if not interactive:
        missing = [f"--{k}" for k in ("email", "host") if not given[k]]
        if missing:
            raise ConfigError(f"onward init needs {' and '.join(missing)}: there is no terminal "
                              "to ask on")
        values = {"host": given["host"], "username": given["username"] or given["email"],
                  "email": given["email"], "name": given["name"] or _login_name()}
        return {k: v for k, v in values.items() if v}  # no name known: the example's stays
    email = given["email"] or _ask("Your email address", "")
    check_identity_email(email, "your email address")
    host = given["host"] or _ask("IMAP server", guess_host(email))
    username = given["username"] or _ask("IMAP login name", email)
    name = given["name"] or _ask("Your name (signs the drafts)", _login_name())
    return {"host": host, "username": username, "email": email, "name": name}


def run(args: argparse.Namespace) -> int:
    import tomllib

    from onward.daemon import config
    from onward.daemon.errors import ConfigError

    path = (args.config or config.default_config_path()).expanduser()
    if path.exists() and not args.force:
        raise ConfigError(f"{path} already exists; edit it, or replace it with `onward init --force`")
    values = gather(args)
    text = fill(example_text(), values)
    config.parse(tomllib.loads(text), path.parent)  # what is written must load: fails here, not later
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # never half a file where the config was
    print(f"wrote {path}")
    env_file = path.parent / ".env"
    print(f"\nNext: put your password (or app password) in {env_file} as a line\n"
          "  ONWARD_IMAP_PASSWORD=...\n"
          "(or set password_command in the config), then run `onward check`.")
    return 0
