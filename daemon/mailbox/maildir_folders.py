"""A local Maildir's folders, in the layouts mail users have: Maildir++ (the inbox at the root,
other folders as `.Name`), and mbsync/isync's or offlineimap's (INBOX, Drafts, Sent … as sibling
Maildirs in the account folder, `[Gmail]/Drafts` or `[Gmail].Drafts` for nested names).

Nothing in the inbox is renamed, moved or flagged (new/ stays new/); drafts go to the Drafts
folder's cur/ with the Draft flag (`D`), written to tmp/ first so a mail reader never sees half a file.
daemon.mailbox.maildir builds the Maildir mailbox on these.
"""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from imapclient.imapclient import DRAFTS, SENT, TRASH

from onward.daemon.errors import ConnectionFailure
from onward.daemon.mailbox.folders import USUAL_NAMES
from onward.daemon.mailbox.message import read_headers


def unique_name(path: Path) -> str:
    """A Maildir file's identity: its name without the `:2,FLAGS` info, which readers change."""
    return path.name.split(":", 1)[0]


MAILDIR_PARTS = ("cur", "new", "tmp")
SIDE_BY_SIDE = "mbsync/offlineimap"
MAILDIRPP = "Maildir++"
_SPECIAL = {"drafts": DRAFTS, "sent": SENT, "trash": TRASH}
_DEPTH = 3  # how deep nested folders are looked for ([Gmail]/Sent Mail is 2)


class MaildirNotFound(ConnectionFailure):
    """The configured path holds no Maildir inbox (a wrong path, or not synced yet)."""


def is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


def _is_inbox_name(name: str) -> bool:
    return name.upper() == "INBOX"


@dataclass(frozen=True)
class Layout:
    """What the account folder holds: the inbox, and the other folders by name ("a/b" when nested)."""

    kind: str  # MAILDIRPP, SIDE_BY_SIDE, or "" when no inbox was found
    inbox: Path | None
    folders: dict[str, Path] = field(default_factory=dict)
    new_folder_base: Path | None = None  # where a missing folder is created
    dotted: bool = False  # a missing folder is created as `.Name` (Maildir++)


def _nested_maildirs(base: Path, prefix: str = "", depth: int = _DEPTH) -> dict[str, Path]:
    """Maildirs below `base` by relative name, mbsync's `SubFolders Verbatim` style; hidden
    entries (mbsync's and offlineimap's own state) and cur/new/tmp are not folders."""
    found: dict[str, Path] = {}
    if depth == 0:
        return found
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except OSError:
        return found
    for entry in entries:
        if entry.name.startswith(".") or entry.name in MAILDIR_PARTS or not entry.is_dir():
            continue
        path, name = Path(entry.path), prefix + entry.name
        if is_maildir(path):
            found[name] = path
        found.update(_nested_maildirs(path, name + "/", depth - 1))
    return found


def _dot_folders(root: Path) -> dict[str, Path]:
    """Maildir++ folders: `.Name` (`.Work.Projects` for nested names) inside the inbox."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return {}
    return {e.name[1:]: Path(e.path) for e in entries
            if e.name.startswith(".") and len(e.name) > 1 and e.is_dir() and is_maildir(Path(e.path))}


def find_layout(root: Path) -> Layout:
    """Recognise the layout from the configured folder: the inbox itself, or the account folder."""
    if is_maildir(root) or not root.exists():
        folders = _dot_folders(root)
        folders.update({n: p for n, p in _nested_maildirs(root).items() if n not in folders})
        if _is_inbox_name(root.name):  # the path names mbsync's INBOX: its folders are beside it
            beside = {n: p for n, p in _nested_maildirs(root.parent).items()
                      if p != root and not p.is_relative_to(root)}
            if beside:
                return Layout(SIDE_BY_SIDE, root, {**beside, **folders}, root.parent)
        return Layout(MAILDIRPP, root, folders, root, dotted=True)
    found = _nested_maildirs(root)
    inbox = next((n for n in found if _is_inbox_name(n)), None)
    if inbox is None:
        return Layout("", None, found)
    # offlineimap names nested folders with its separator: `INBOX.Sent` is the Sent folder too
    folders = {n: p for n, p in found.items() if n != inbox}
    return Layout(SIDE_BY_SIDE, found[inbox], folders, root)


def _leaf(name: str) -> str:
    """A folder's own name without its parents: `[Gmail]/Drafts`, `[Gmail].Drafts` -> `Drafts`."""
    return name.replace(".", "/").rsplit("/", 1)[-1]


class Maildir:
    """A mailbox on disk, found from the account's `path` (see `find_layout`)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    @property
    def layout(self) -> Layout:
        # Looked up each time: mbsync may create a folder while onward runs; it is a few scandirs.
        return find_layout(self.root)

    @property
    def inbox(self) -> Path:
        return self.layout.inbox or self.root

    def folder(self, name: str) -> Path:
        """A folder by name: the exact name first, then (for Drafts, Sent and Trash) a usual name for
        it, also under a parent such as `[Gmail]`; where it would be created when none exists yet."""
        layout = self.layout
        if _is_inbox_name(name):
            return layout.inbox or self.root
        names = [name, *USUAL_NAMES.get(_SPECIAL.get(name.lower()), ())]
        wanted = [n.casefold() for n in names]
        # The whole name first, then the folder's own name under a parent (`[Gmail]/Drafts`);
        # among equals, the wanted name's rank, then the least nested.
        for name_of in (str.casefold, lambda k: _leaf(k).casefold()):
            ranked = sorted((k for k in layout.folders if name_of(k) in wanted),
                            key=lambda k: (wanted.index(name_of(k)), k.count("/") + k.count(".")))
            if ranked:
                return layout.folders[ranked[0]]
        base = layout.new_folder_base or self.root
        return base / (f".{name}" if layout.dotted else name)

    def require_inbox(self) -> Path:
        """The inbox; MaildirNotFound naming what was found when there is none."""
        layout = self.layout
        if layout.inbox is not None and is_maildir(layout.inbox):
            return layout.inbox
        raise MaildirNotFound(no_inbox_hint(self.root, layout))

    def create(self, *folders: str) -> None:
        for name in ("INBOX", *folders):
            for sub in ("cur", "new", "tmp"):
                (self.folder(name) / sub).mkdir(parents=True, exist_ok=True)

    def files(self, folder: str = "INBOX") -> Iterator[Path]:
        for sub in ("new", "cur"):
            directory = self.folder(folder) / sub
            if directory.is_dir():
                yield from (Path(e.path) for e in os.scandir(directory) if e.is_file())

    def headers_match(self, folder: str, header: str, value: str) -> bool:
        """Does any message in `folder` have `value` in its `header`? (For small folders.)"""
        for path in self.files(folder):
            found = read_headers(path).get_all(header) or []
            if any(value in str(v) for v in found):
                return True
        return False

    def save_draft(self, raw: bytes) -> Path:
        drafts = self.folder("Drafts")
        self.create("Drafts")
        name = f"{time.time_ns()}.P{os.getpid()}.{socket.gethostname().replace('/', '-')}"
        tmp = drafts / "tmp" / name
        with open(tmp, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        final = drafts / "cur" / f"{name}:2,DS"  # D: draft, S: seen (the user's own words)
        os.rename(tmp, final)
        return final


def no_inbox_hint(root: Path, layout: Layout) -> str:
    if not root.exists():
        return f"the Maildir {root} does not exist (set the account's path to your Maildir's folder)"
    if layout.folders:
        names = list(layout.folders)
        shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        inboxes = [p for n, p in layout.folders.items() if _is_inbox_name(n.rsplit("/", 1)[-1])]
        example = inboxes[0].parent if inboxes else layout.folders[names[0]]
        return (f"{root} holds no Maildir inbox (no cur/ and new/, no INBOX folder); found the "
                f"Maildir folder(s) {shown}: set the account's path to the folder holding INBOX, "
                f"or to the inbox itself, e.g. {example}")
    return (f"{root} is not a Maildir: no cur/ and new/ in it, and no INBOX folder (mbsync, "
            "offlineimap) or other Maildir below it")


def describe_layout(maildir: Maildir) -> str:
    """One line for `onward check`: the layout found, the inbox and the folders."""
    inbox = maildir.require_inbox()
    layout = maildir.layout
    names = [f".{n}" if layout.dotted else n for n in layout.folders]
    shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    if layout.kind == SIDE_BY_SIDE:
        where = f"INBOX and its folders side by side in {inbox.parent}"
    else:
        where = f"the inbox at {inbox}, its folders inside it"
    return f"{layout.kind} ({where}); folders: {shown or 'none yet'}"
