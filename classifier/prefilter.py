"""The first stage of triage: a cheap look at a message's sender, subject and first lines that
stops mail plainly not about a job (orders, statements, newsletters, friends) before the full
parse and model.

It only ever says "not job mail" or "look closer". A message passes when its sender is a known
applicant-tracking system or job board, or when a job word of any supported language
(classifier/screen/words.toml) appears in its From, Reply-To, Sender, List-Id or Subject header or
in the first WINDOW characters of its first text part. Mail a person wrote (no List-Id,
List-Unsubscribe, Precedence: bulk/list/junk or Auto-Submitted) also passes when it is a reply or
names one of the words of informal job talk: small employers turn people down in two lines.
Anything it cannot read cheaply (no text part, a forwarded message attached whole) passes.

The words are data, not code; the model's features and decisions are untouched. Recall on every
labelled set must stay 1.0 (tests/test_prefilter.py; bench/prefilter_recall.py prints it).
"""

from __future__ import annotations

import binascii
import email.header
import functools
import heapq
import html
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from onward.classifier.forwards import SUBJECT_PREFIX
from onward.drafts import encoded_words

WORDS_PATH = Path(__file__).parent / "screen" / "words.toml"
# How much of the first text part is read: job mail says what it is about in its first lines.
# Every job mail of the labelled sets passes with 700 characters (bench/prefilter_recall.py; a
# round-6 job alert needs 620); the window leaves a wide margin for mail unlike them.
WINDOW = 1500
_PARSE_CAP = 64 * 1024  # the text comes first; what follows it is never read
_DECODE_CAP = 16 * 1024  # bytes of a text part decoded (HTML markup takes room before its text)
_MAX_DEPTH = 4  # multipart nesting followed
# Header fields read: for words, for the sender, to tell bulk mail, and the body's shape.
_WORD_FIELDS = ("from", "reply-to", "sender", "list-id", "subject")
# Every field the first stage reads: the others (Received, DKIM-Signature, To...) are neither
# unfolded nor decoded, which was a fifth of its time.
_READ_FIELDS = frozenset(name.encode() for name in (
    *_WORD_FIELDS, "list-unsubscribe", "precedence", "auto-submitted", "in-reply-to",
    "content-type", "content-transfer-encoding", "content-disposition"))
_UNFOLD = re.compile(r"\r?\n[ \t]")
_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.M)
# A forwarded message attached whole (message/rfc822, or an .eml file), looked for in the lower-cased
# body: with a literal start and no IGNORECASE, the regex engine skips to each candidate instead of
# trying every position (a tenth of the time on a 64 KB start, which the service reads of every
# large message before deciding to fetch it whole).
_ATTACHED_TYPE = re.compile(rb"content-type:[ \t]*message/rfc822")  # at the start of a line
_ATTACHED_NAME = re.compile(rb"name\*?=[ \t]*\"?[^\"\r\n;]*\.eml\b")
_ADDRESS_DOMAIN = re.compile(r"@([\w-]+(?:\.[\w-]+)+)")
# Markup, in linear time whatever the HTML (hostile mail: thousands of unclosed "<style" or "<").
_HIDDEN = re.compile(r"(?i)<(script|style|head)\b|<!--")
_CLOSERS = {name: re.compile(rf"(?i)</{name}\s*>") for name in ("script", "style", "head")}
_COMMENT_END = re.compile(r"-->")
_TAG = re.compile(r"<[^<>]*>")
_PARAM = re.compile(r';\s*([\w-]+)\*?\s*=\s*(?:"([^"]*)"|([^;\s]*))')
# "Re:", "AW:", "RE :", "Rép. :", "RV:", "SV:", "Antw:", also after "[tag]" or "Fwd:".
_REPLY = re.compile(r"(?i)^\s*(?:\[[^\]]*\]\s*)?(?:" + SUBJECT_PREFIX + r"\s*:\s*)*"
                    r"(?:re|aw|r[ée]p\.?|rif|sv|antw|resp)\s*(?:\[\d+\])?\s*:")
# A letter of the word lists also matches its accented forms and, for umlauts, the German
# transliteration: "ruckmeldung" finds "Rückmeldung" and "Rueckmeldung".
_LETTER_FORMS = {"a": ("ae", *"aàáâäãå"), "o": ("oe", *"oòóôöõø"), "u": ("ue", *"uùúûü"),
                 "e": tuple("eèéêë"), "i": tuple("iìíîï"), "c": tuple("cç"), "n": tuple("nñ"),
                 "s": tuple("sß")}
_WORD_GAP = r"[\W_]+"  # a space of the word lists: what separates two words


class _CannotTell(Exception):
    """The message cannot be read cheaply (a forwarded message attached whole): it passes."""


def fold(text: str) -> str:
    """Lower case, accents off ("Bewerbung für" -> "bewerbung fur"), one space between words."""
    text = text.casefold()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.split(r"[\W_]+", text)).strip()


def _letter(char: str) -> str:
    """The regex for one letter of a word: its forms, the longer ones tried first."""
    if char == " ":
        return _WORD_GAP
    forms = _LETTER_FORMS.get(char, (char,))
    longer = [re.escape(form) for form in forms if len(form) > 1]
    single = "".join(re.escape(form) for form in forms if len(form) == 1)
    one = f"[{single}]" if len(single) > 1 else single
    return f"(?:{'|'.join([*longer, one])})" if longer else one


def _tree(words: list[str]) -> dict:
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return tree


def _walk(node: dict) -> str:
    branches = [_letter(c) + _walk(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    alternatives = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{alternatives})?" if "" in node else alternatives


def _trie(words: list[str]) -> str:
    """One regex alternation for many words, as a trie: sre tries a branch per letter, not per word."""
    return _walk(_tree(words))


# The searched text's image, one character for each of the text's (latin-1 bytes, through
# bytes.translate: C speed): a letter form of the word lists as its letter ("ü" as "u"), any
# other letter or digit as itself, anything else as a space, as is any character past latin-1
# (encoded as "?"), letter or not. A word's match in the text is thus, in the image, its first
# word with or without an "e" after each a, o or u (the forms "ae", "oe", "ue") and after it a
# space when a gap or the end of a whole word follows.
_FORM_OF = {form: letter for letter, forms in _LETTER_FORMS.items() for form in forms if len(form) == 1}
_IMAGE = bytes(ord(_FORM_OF.get(chr(b), chr(b))) if chr(b).isalnum() else ord(" ") for b in range(256))


def _image(text: str) -> str:
    """The image of `text`, with a space before it and one after it."""
    return f" {text.encode('latin-1', 'replace').translate(_IMAGE).decode('latin-1')} "


def _spellings(word: str) -> set[str]:
    """`word` (letters) with or without an "e" after each a, o and u, as its image can be."""
    spellings = {""}
    for char in word:
        endings = (char, char + "e") if char in "aou" else (char,)
        spellings = {start + end for start in spellings for end in endings}
    return spellings


def _needles(word: str, where: str) -> set[str]:
    """What the image of a match of `word` starts with: `where` is "exact", "prefix" or "inside".
    At a word's start the character before it is a gap (or the text's start): a space."""
    first, gap, _rest = word.partition(" ")
    ends = " " if gap or where == "exact" else ""
    starts = "" if where == "inside" else " "
    return {starts + spelling + ends for spelling in _spellings(first)}


class WordSearch:
    """The words of one list of words.toml, found in a text: the first (leftmost) match of the
    pattern `exact\\b|prefix` at a word's start or `inside` anywhere, as the one regex `plain`
    finds it, but several times faster (issue 17: this search was half of the first stage's
    time). Every place a word can match has, in the text's image (_image), one of the word's
    needles (_needles) right there: one pass of an Aho-Corasick automaton over the image finds
    those few places, and `plain` is tried at each in turn, from the first."""

    def __init__(self, exact: list[str], prefix: list[str], inside: list[str]):
        starts = "|".join(p for p in (exact and rf"{_trie(exact)}\b", prefix and _trie(prefix)) if p)
        # The definition, as one regex: tried where a needle is found, and what the tests hold
        # the search to.
        plain = [p for p in (starts and rf"\b(?:{starts})", inside and _trie(inside)) if p]
        self.plain = re.compile("|".join(plain) or r"(?!)")
        needles = {needle for words, where in ((exact, "exact"), (prefix, "prefix"), (inside, "inside"))
                   for word in words for needle in _needles(word, where)}
        self.needles: ahocorasick.Automaton | None = None
        if needles:
            self.needles = ahocorasick.Automaton()
            for needle in needles:
                # Found ending at `end` of the image, the match it may be starts at `end - back`
                # of the text (the image has one character more in front; a word start's needle
                # begins with the space before it).
                self.needles.add_word(needle, len(needle) - needle.startswith(" "))
            self.needles.make_automaton()
        self.reach = max((len(needle) for needle in needles), default=0)

    def search(self, text: str) -> str | None:
        """The word found first in `text` (as it is written there), or None."""
        if self.needles is None:
            return None
        # plain.search would try every position in turn; only those with a needle can match, so
        # the first of them that matches is its answer (match at `start` sees the text before it,
        # as \b needs). The automaton finds needles by their end, in order: once one ends `reach`
        # past a start found, no needle found later starts before that start, so it is tried
        # then, and in most job mail the automaton stops at the word found, not at the text's end.
        # Starts come out in order (none found later lies before one tried), each tried once
        # though several needles of one word ("job", "job ") find it.
        waiting: list[int] = []
        tried = -1
        for end, back in self.needles.iter(_image(text)):
            heapq.heappush(waiting, end - back)
            while waiting and waiting[0] <= end - self.reach:
                start = heapq.heappop(waiting)
                if start > tried:
                    tried = start
                    found = self.plain.match(text, start)
                    if found:
                        return found.group()
        for start in sorted(set(waiting)):
            if start > tried:
                found = self.plain.match(text, start)
                if found:
                    return found.group()
        return None


def compile_words(entries: list[str]) -> WordSearch:
    """The search for words.toml's notation: "word", "word*" (starts so), "*word*" (anywhere)."""
    exact, prefix, inside = [], [], []
    for entry in entries:
        word = fold(entry.strip("*"))
        if not word:
            continue
        if entry.startswith("*"):
            inside.append(word)
        elif entry.endswith("*"):
            prefix.append(word)
        else:
            exact.append(word)
    return WordSearch(exact, prefix, inside)


@dataclass(frozen=True)
class Screen:
    """The first stage, as read from its data."""

    job: WordSearch  # counted in any mail
    personal: WordSearch  # counted only in mail a person wrote
    domains: frozenset[str]
    window: int = WINDOW

    def reason(self, raw: bytes) -> str:
        """Why the message must go on to the classifier (the sender or the word found), or ""
        when it is plainly not job mail."""
        head, body = _split(raw[:_PARSE_CAP])
        fields = _fields(head)
        senders = " ".join(fields.get(name, "") for name in ("from", "reply-to", "sender"))
        for domain in _ADDRESS_DOMAIN.findall(senders):
            if self.known_sender(domain):
                return f"sender {domain.lower()}"
        if attaches_message(body):  # the user's note comes first, the rejection inside
            return "a message attached whole"
        try:
            text = _first_text(fields, body, 0)
        except _CannotTell:
            return "a message attached whole"
        if text is None:
            return "no text part read cheaply"
        words = " ".join([*(fields.get(name, "") for name in _WORD_FIELDS), text[:self.window]]).lower()
        found = self.job.search(words)
        if found:
            return f"job word {found!r}"
        if is_bulk(fields):
            return ""
        if _REPLY.match(fields.get("subject", "")) or fields.get("in-reply-to"):
            return "a reply"
        found = self.personal.search(words)
        return f"personal word {found!r}" if found else ""

    def passes(self, raw: bytes) -> bool:
        """True unless the message is plainly not job mail. Never raises: in doubt, it passes."""
        try:
            return bool(self.reason(raw))
        except Exception:
            return True

    def known_sender(self, domain: str) -> bool:
        """`domain` is one of [senders] domains, or under one."""
        domain = domain.lower().rstrip(".")
        while domain:
            if domain in self.domains:
                return True
            domain = domain.partition(".")[2]
        return False


def attaches_message(body: bytes) -> bool:
    """Whether the body attaches a message whole: a message/rfc822 part, or an .eml file."""
    lower = body.lower()
    if _ATTACHED_NAME.search(lower):
        return True
    return any(found.start() == 0 or lower[found.start() - 1] == ord("\n")
               for found in _ATTACHED_TYPE.finditer(lower))


def is_bulk(fields: dict[str, str]) -> bool:
    """Mail sent to many or by a machine: a list, a newsletter, a notification, an auto-reply."""
    if fields.get("list-id") or fields.get("list-unsubscribe"):
        return True
    if fields.get("precedence", "").strip().lower() in ("bulk", "list", "junk"):
        return True
    return fields.get("auto-submitted", "no").strip().lower() not in ("", "no")


def _split(raw: bytes) -> tuple[bytes, bytes]:
    r"""(header block, body): split at the first blank line, as the regex rb"\r?\n\r?\n" finds it,
    with two bytes.find: sre tried the regex at each "\r" and "\n" of the header block.
    CRLF first: a bare-LF blank line is looked for only before it, not through all the body."""
    crlf = raw.find(b"\n\r\n")
    lf = raw.find(b"\n\n", 0, crlf + 1) if crlf >= 0 else raw.find(b"\n\n")
    if lf >= 0:
        at, end = lf, lf + 2
    elif crlf >= 0:
        at, end = crlf, crlf + 3
    else:
        return raw, b""
    start = at - 1 if at and raw[at - 1] == ord("\r") else at
    return raw[:start], raw[end:]


def _fields(head: bytes) -> dict[str, str]:
    """The header fields the first stage reads (_READ_FIELDS) by lower-case name, unfolded, encoded
    words decoded; repeated ones joined."""
    fields: dict[str, str] = {}
    for name, value in _FIELD.findall(head):
        name = name.lower()
        if name not in _READ_FIELDS:
            continue
        text = value.decode("utf-8", "replace")
        text = (_UNFOLD.sub(" ", text) if "\n" in text else text).strip()
        if "=?" in text:
            text = _decoded_header(text)
        key = name.decode("ascii")
        fields[key] = f"{fields[key]} {text}" if key in fields else text
    return fields


def _decoded_header(text: str) -> str:
    """A header value with encoded words, decoded as email.header does (most the fast way)."""
    decoded = encoded_words.header_str(text)
    if decoded is not None:
        return decoded
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except Exception:  # a broken encoded word: its raw text still has the ASCII words
        return text


def _content_type(fields: dict[str, str]) -> tuple[str, dict[str, str]]:
    value = fields.get("content-type", "text/plain")
    kind = value.partition(";")[0].strip().lower() or "text/plain"
    return kind, {k.lower(): quoted or bare for k, quoted, bare in _PARAM.findall(value)}


def _first_text(fields: dict[str, str], body: bytes, depth: int) -> str | None:
    """The first text part's text (HTML without its markup), or None when there is none."""
    kind, params = _content_type(fields)
    if kind == "message/rfc822" or (params.get("name") or params.get("filename", "")).endswith(".eml"):
        raise _CannotTell
    if kind.startswith("multipart/"):
        boundary = params.get("boundary")
        if not boundary or depth >= _MAX_DEPTH:
            raise _CannotTell
        for piece in _pieces(body, b"--" + boundary.encode("utf-8", "replace")):
            if piece.startswith(b"--"):
                break  # the closing delimiter
            head, part = _split(piece.lstrip(b" \t").removeprefix(b"\r\n").removeprefix(b"\n"))
            text = _first_text(_fields(head), part, depth + 1)
            if text is not None:
                return text
        return None
    if kind not in ("text/plain", "text/html") or "attachment" in fields.get("content-disposition", "").lower():
        return None
    data = _decoded(body, fields.get("content-transfer-encoding", "").strip().lower())
    try:
        text = data.decode(params.get("charset") or "utf-8", "replace")
    except LookupError:  # an unknown charset: the ASCII words still read
        text = data.decode("latin-1")
    return _html_text(text) if kind == "text/html" else text


def _pieces(body: bytes, delimiter: bytes) -> Iterator[bytes]:
    """body.split(delimiter)[1:], one piece at a time: the first text part comes first, and the
    attachments after it are never cut out."""
    at = body.find(delimiter)
    while at >= 0:
        start = at + len(delimiter)
        at = body.find(delimiter, start)
        yield body[start:] if at < 0 else body[start:at]


def _html_text(text: str) -> str:
    """The words of an HTML text: no tags, comments, scripts, styles or head."""
    kept, pos = [], 0
    while (hidden := _HIDDEN.search(text, pos)):
        kept.append(text[pos:hidden.start()])
        closer = _COMMENT_END if hidden.group() == "<!--" else _CLOSERS[hidden.group(1).lower()]
        end = closer.search(text, hidden.end())
        pos = end.end() if end else len(text)
    kept.append(text[pos:])
    return html.unescape(_TAG.sub(" ", " ".join(kept)))


def _decoded(body: bytes, encoding: str) -> bytes:
    """The first _DECODE_CAP bytes of a part's content, transfer encoding undone."""
    if encoding == "base64":
        letters = b"".join(body[:_DECODE_CAP * 4 // 3 + _DECODE_CAP // 40].split())
        letters = letters[:len(letters) // 4 * 4]
        try:
            return binascii.a2b_base64(letters)[:_DECODE_CAP]
        except binascii.Error:
            raise _CannotTell from None
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body[:_DECODE_CAP * 3])[:_DECODE_CAP]
    return body[:_DECODE_CAP]


def load_screen(path: Path = WORDS_PATH) -> Screen:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Screen(job=compile_words([w for words in data["job"].values() for w in words]),
                  personal=compile_words([w for words in data["personal"].values() for w in words]),
                  domains=frozenset(d.lower() for d in data["senders"]["domains"]))


@functools.cache
def default_screen() -> Screen:
    """The shipped first stage, read once per process."""
    return load_screen()


def passes(raw: bytes) -> bool:
    """True unless the shipped first stage finds `raw` plainly not job mail."""
    return default_screen().passes(raw)
