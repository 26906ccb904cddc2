"""A real Dovecot IMAP server on 127.0.0.1 for the tests, run from a config in a temporary folder.

Users live in a passwd-file; mail in Maildirs owned by `nobody`, so a big mailbox can be seeded by
writing files straight into Maildir/new, far faster than APPEND.
"""

from __future__ import annotations

import itertools
import os
import pwd
import grp
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from imapclient import IMAPClient

CONFIG = """\
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = {ssl}
{ssl_files}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
default_internal_user = dovecot
default_login_user = dovenull
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/auth/%u.passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={base}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or (os.path.exists("/usr/sbin/dovecot") and "/usr/sbin/dovecot") or None


class Dovecot:
    def __init__(self, base: Path, cert: tuple[Path, Path] | None = None):
        self.base = base
        self.port = free_port()
        self.tls_port = free_port()
        self.conf = base / "dovecot.conf"
        self._counter = itertools.count()
        self.nobody = pwd.getpwnam("nobody").pw_uid
        self.nogroup = grp.getgrnam("nogroup").gr_gid
        for sub in ("run", "state", "auth", "home"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        # The auth process runs as `dovecot`: it must be able to reach and read the passwd-file.
        for folder in (base, base / "auth", base / "home"):
            folder.chmod(0o755)
        ssl_files = ""
        if cert:
            ssl_files = f"ssl_cert = <{cert[0]}\nssl_key = <{cert[1]}"
        self.conf.write_text(CONFIG.format(base=base, port=self.port, tls_port=self.tls_port,
                                           ssl="yes" if cert else "no", ssl_files=ssl_files))

    def start(self) -> None:
        subprocess.run([dovecot_binary(), "-c", str(self.conf)], check=True)
        self._wait_listening()

    def _master_pid(self) -> int | None:
        pidfile = self.base / "run" / "master.pid"
        return int(pidfile.read_text()) if pidfile.exists() else None

    def _children(self) -> list[int]:
        master = self._master_pid()
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if master and int(fields[1]) == master:
                found.append(int(stat.parent.name))
        return found

    def stop(self) -> None:
        """Stop the server and every session it had, as a real restart or reboot does."""
        children = self._children()
        subprocess.run(["doveadm", "-c", str(self.conf), "stop"], check=False,
                       capture_output=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self._listening():
            time.sleep(0.05)
        for pid in children:  # an established session may outlive the master otherwise
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def restart(self) -> None:
        self.stop()
        self.start()

    def _listening(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return True
        except OSError:
            return False

    def _wait_listening(self) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._listening():
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not start; log:\n{self.log()}")

    def log(self) -> str:
        path = self.base / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def add_user(self, name: str, password: str) -> "MailUser":
        # One file per user: Dovecot reads a new file at once, but may miss an append to an old one.
        users = self.base / "auth" / f"{name}.passwd"
        users.write_text(f"{name}:{{PLAIN}}{password}\n")
        users.chmod(0o644)
        home = self.base / "home" / name
        for sub in ("cur", "new", "tmp"):
            (home / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
        for path in [home, *home.rglob("*")]:
            os.chown(path, self.nobody, self.nogroup)
        return MailUser(self, name, password, home / "Maildir")

    def doveadm(self, *args: str) -> str:
        done = subprocess.run(["doveadm", "-c", str(self.conf), *args], capture_output=True,
                              text=True, check=True)
        return done.stdout


class MailUser:
    """One test's own mailbox."""

    def __init__(self, server: Dovecot, name: str, password: str, maildir: Path):
        self.server, self.name, self.password, self.maildir = server, name, password, maildir

    def client(self) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.server.port, ssl=False, timeout=10)
        client.login(self.name, self.password)
        return client

    def append(self, raw: bytes, folder: str = "INBOX", flags=(), when=None) -> None:
        with self.client() as c:
            c.append(folder, raw, flags=flags, msg_time=when)

    def drop(self, raw: bytes, mtime: float | None = None) -> None:
        """Put a message straight into Maildir/new (as a delivery agent would): fast, no IMAP."""
        n = next(self.server._counter)
        name = f"{int(time.time())}.M{n}P{os.getpid()}.onward-test"
        tmp = self.maildir / "tmp" / name
        tmp.write_bytes(raw)
        os.chown(tmp, self.server.nobody, self.server.nogroup)
        if mtime is not None:
            os.utime(tmp, (mtime, mtime))  # Dovecot takes INTERNALDATE from the file's mtime
        tmp.rename(self.maildir / "new" / name)

    def flags(self, folder: str = "INBOX") -> dict[int, tuple]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            return {uid: data[b"FLAGS"] for uid, data in c.fetch(uids, ["FLAGS"]).items()} if uids else {}
