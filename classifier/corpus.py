"""Labelled examples: the corpus shipped in the package, and the user's own mail for `onward train`.

Corpus entries are JSON Lines; each becomes real RFC 5322 bytes so that training reads it through
`message_text` exactly as it will read live mail. The held-out part is only read by evaluation.
"""

from __future__ import annotations

import base64
import dataclasses
import binascii
import email.header
import email.utils
import hashlib
import json
import mailbox
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

CORPUS_DIR = Path(__file__).parent / "corpus"
TRAIN_DIR = CORPUS_DIR / "train"
HELDOUT_DIR = CORPUS_DIR / "heldout"
LABELS = ("rejection", "other")


class CorpusError(ValueError):
    """A labelled-mail source (file, folder, JSON line) cannot be read."""


@dataclass(frozen=True)
class Example:
    """One labelled message; `raw` is the whole message as it would arrive."""

    id: str
    label: str
    raw: bytes
    category: str = ""
    language: str = ""
    writer: str = ""  # who wrote it: cross-validation keeps one writer's mail on one side of a split


def writer_of(path: Path) -> str:
    """The writer of a corpus file: its name without a trailing part number ("de_more_02" -> "de_more")."""
    return re.sub(r"_\d+$", "", path.stem)


def corpus_files(directory: Path) -> list[Path]:
    """The JSON Lines files of one corpus part, in a stable order."""
    return sorted(directory.glob("*.jsonl"))


def load_corpus(directory: Path = TRAIN_DIR) -> list[Example]:
    """Every well-formed entry of one corpus part; a broken line is skipped, not fatal."""
    examples: list[Example] = []
    seen: set[str] = set()
    for path in corpus_files(directory):
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                example = dataclasses.replace(entry_to_example(entry), writer=writer_of(path))
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a helper's typo must not take the service down; tests count the corpus
            key = f"{path.name}:{example.id}"
            if key not in seen:
                seen.add(key)
                examples.append(example)
    return examples


def entry_to_example(entry: dict) -> Example:
    """A corpus entry as an Example carrying real message bytes."""
    label = entry["label"]
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    return Example(
        id=str(entry["id"]), label=label, raw=entry_to_bytes(entry),
        category=str(entry.get("category", "")), language=str(entry.get("language", "")),
    )


def entry_to_bytes(entry: dict) -> bytes:
    """RFC 5322 bytes for a corpus entry.

    The shape varies with the entry's id (not at random, so the model is reproducible): plain or
    multipart, quoted-printable or base64, and a Latin-1 charset for some European mail, because
    live mail comes in all of these and the extraction must handle each the same way. Written out
    by hand: email.message.EmailMessage takes a millisecond a message, which every training pays.
    """
    body = str(entry.get("body", ""))
    subtype = "html" if entry.get("html") else "plain"
    variant = int(hashlib.sha256(str(entry.get("id", "")).encode()).hexdigest()[:8], 16)
    charset = "utf-8"
    if variant % 5 == 0 and entry.get("language") in ("de", "fr", "es"):
        try:
            body.encode("iso-8859-1")
            charset = "iso-8859-1"
        except UnicodeEncodeError:
            pass
    data = body.encode(charset)
    if variant % 3 == 0:
        cte, payload = "base64", base64.encodebytes(data)
    else:
        cte, payload = "quoted-printable", binascii.b2a_qp(data) + b"\n"
    text_part = (f'Content-Type: text/{subtype}; charset="{charset}"\n'
                 f"Content-Transfer-Encoding: {cte}\n\n").encode() + payload
    headers = (f"From: {_address_header(str(entry.get('from') or ''))}\n"
               f"To: Alex Candidate <alex.candidate@example.org>\n"
               f"Subject: {_text_header(str(entry.get('subject') or ''))}\n"
               f"Date: Wed, 01 Jan 2025 09:00:00 +0000\n"
               f"Message-ID: <{variant:x}.corpus@onward.invalid>\nMIME-Version: 1.0\n"
               f"{_extra_headers(entry.get('headers'))}").encode()
    if variant % 4:
        return headers + text_part
    # Like many senders: the text wrapped in multipart/mixed with a logo attached.
    logo = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return (headers + f'Content-Type: multipart/mixed; boundary="{_BOUNDARY}"\n\n--{_BOUNDARY}\n'.encode()
            + text_part + f"--{_BOUNDARY}\nContent-Type: image/png\n"
            f'Content-Disposition: attachment; filename="logo.png"\n'
            f"Content-Transfer-Encoding: base64\n\n".encode() + logo + f"--{_BOUNDARY}--\n".encode())


_BOUNDARY = "==onward-corpus-part=="  # cannot occur in base64 or quoted-printable text


# A field name as RFC 5322 allows it; the fields a message's shape or identity are made of stay ours.
_FIELD_NAME = re.compile(r"[!-9;-~]+")
_OWN_FIELDS = frozenset(("from", "to", "subject", "date", "message-id", "mime-version", "content-type",
                         "content-transfer-encoding"))


def _extra_headers(fields: object) -> str:
    """An entry's own further header fields ({"List-Unsubscribe": "<…>", …}: what its sender's system
    adds), one line each; a name that is no field name, or one of the fields written here, is left out."""
    if not isinstance(fields, dict):
        return ""
    return "".join(f"{name}: {_text_header(str(value))}\n" for name, value in fields.items()
                   if isinstance(name, str) and _FIELD_NAME.fullmatch(name) and name.lower() not in _OWN_FIELDS)


def _text_header(value: str) -> str:
    value = " ".join(value.split())  # no line breaks inside a header
    return value if value.isascii() else email.header.Header(value, "utf-8").encode()


# "Name <address>" as a person types it, where the name may hold a comma unquoted, which the
# email parser takes for a second address ("Étude Perrin, Notaires <…>" has the address "Étude").
_TYPED_ADDRESS = re.compile(r"\s*(.*?)\s*<([^<>@\s]+@[^<>@\s]+)>\s*")


def _address_header(value: str) -> str:
    name, address = email.utils.parseaddr(value)
    typed = _TYPED_ADDRESS.fullmatch(value)
    if typed and address != typed.group(2):
        name, address = typed.groups()
    if not address:
        return _text_header(value)
    return email.utils.formataddr((" ".join(name.split()), address), charset="utf-8")


def read_mail_source(path: Path) -> list[bytes]:
    """Raw messages from a folder of .eml files (searched recursively), a single .eml, or an mbox."""
    if not path.exists():
        raise CorpusError(f"{path} does not exist")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")
        if not files:
            raise CorpusError(f"{path} holds no .eml files")
        return [p.read_bytes() for p in files]
    if path.suffix.lower() == ".eml":
        return [path.read_bytes()]
    return _read_mbox(path)


def _read_mbox(path: Path) -> list[bytes]:
    with open(path, "rb") as fh:
        start = fh.read(5)
    if start != b"From ":
        raise CorpusError(f"{path} is neither an mbox file (it does not start with 'From ') nor a .eml file")
    box = mailbox.mbox(str(path), create=False)
    try:
        return [box.get_bytes(key) for key in box.keys()]
    finally:
        box.close()


def labelled_mail(rejections: Path, others: Path) -> list[Example]:
    """The user's own mail, labelled by which source it came from."""
    examples = []
    for label, source in (("rejection", rejections), ("other", others)):
        for index, raw in enumerate(read_mail_source(source)):
            examples.append(Example(id=f"{source.name}#{index}", label=label, raw=raw, category="user"))
    return examples


def fingerprint(paths: Iterable[Path]) -> str:
    """A hash of the named files' contents: it changes whenever the corpus does."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()

