"""The model's input text from a raw RFC 5322 message: subject, sender and the new part of the body.

Live mail and the training corpus both come through `message_text`, so the model sees the same kind
of text in both. Nothing here raises on bad input: a broken message gives whatever text was readable.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
import functools
import re
from email.message import Message
from typing import Iterable, NamedTuple

from onward.classifier.forwards import (DATE_KEYS, FORWARD_HEADINGS, FORWARD_MARKS, FORWARD_SUBJECT, GROUP_WORDS,
                                        ORIGINAL_MARKS, RECIPIENT_KEYS, ROLE_MAILBOXES, SENDER_KEYS, alternation,
                                        heading_alternation)
from onward.classifier.features import by_first_letter
from onward.classifier.html_text import html_to_text
from onward.classifier.simple_mime import simple_message
from onward.drafts.encoded_words import header_chunks

# Rejections are short; past these sizes only attachments, threads and footers remain.
MAX_RAW_BYTES = 256_000
MAX_BODY_CHARS = 3_000
MAX_PARTS = 50
# The parser's time grows with the square of the MIME nesting (1,000 levels: a third of a second);
# a rejection has two or three: cut the message before the 31st multipart container.
MAX_MULTIPARTS = 30
_MULTIPART = re.compile(rb"content-type:[ \t]*multipart/", re.I)

# The start of a quoted earlier message in en/de/fr/es mail clients: cut it and all after it.
# A forwarded message is not cut: an agency forwarding the client's decision, or a recruiter
# forwarding the hiring manager's, carries the decision in the forwarded part.
_QUOTE_HEADERS = (
    r"(?:"
    r"On .{0,200}wrote:\s*$"
    r"|Am .{0,200}schrieb .{0,200}:\s*$"
    r"|Le .{0,200}a écrit\s?:\s*$"
    r"|El .{0,200}escribió\s?:\s*$"
    rf"|-{{2,}}\s*{alternation(ORIGINAL_MARKS)}\s*-{{2,}}"
    rf"|{alternation(SENDER_KEYS)}\s?: .{{0,200}}\n(?:{alternation(DATE_KEYS)}\s?:)"
    r")"
)
_QUOTE_HEADER = re.compile("^" + _QUOTE_HEADERS, re.M | re.I)
# The same headers with the line end before them matched instead of "^" (which holds only after a line
# end): a regex that starts with a literal lets sre skip in C to the next line end, where "^" is tried at
# every position of the text (twice the time or more: 3.1 -> 1.4 us a mail on the training mail).
# `_quote_header` scans the text with a line end in front with it.
_LINE_END_QUOTE_HEADER = re.compile("\n" + _QUOTE_HEADERS, re.M | re.I)
_FORWARD = re.compile(
    rf"^(?:-{{2,}}\s*{alternation(FORWARD_MARKS)}\s*-{{2,}}|{heading_alternation(FORWARD_HEADINGS)})",
    re.M | re.I,
)
# A forwarded block's line naming whom it was sent to ("To: Alle", "À : Tous", "Cc: Tom Berger <…>").
_RECIPIENT_LINE = re.compile(rf"^>? ?{alternation(RECIPIENT_KEYS)}\s?:(.*)$", re.M | re.I)
# A forwarded block's line naming who wrote it.
_SENDER_LINE = re.compile(rf"^>? ?{alternation(SENDER_KEYS)}\s?:(.*)$", re.M | re.I)
# How far below the block's start its header lines (From, Sent, To, Subject) reach.
_BLOCK_HEADER_CHARS = 600
_ONE_QUOTE_LEVEL = re.compile(r"^> ?")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
_ADDRESS_DOMAIN = re.compile(r"@[\w.-]+")
# A mailbox's local part ("jobs" of "jobs@x.example") or an empty group's name ("undisclosed-recipients:;").
_MAILBOX = re.compile(r"([\w.+-]+)(?:@|:;)")
_LOCAL_PART_HEAD = re.compile(r"[.+_-]")
_SIGNATURE = re.compile(r"^-- ?$", re.M)
# Legal and unsubscribe boilerplate says nothing about the decision, and it repeats across companies
# (a job alert and a rejection from the same ATS share it), so those lines are dropped.
_FOOTER_PHRASES = (  # matched against lower-cased text: far faster than re.I on every position
    r"unsubscribe|opt[ -]out|manage (?:your )?(?:email )?(?:preferences|notifications)"
    r"|privacy (?:policy|notice)"
    r"|this (?:e-?mail|message) (?:and any attachments )?(?:is|are|may be|was sent|contains) "
    r"(?:confidential|privileged|intended|to|by|automatically)"
    r"|confidentiality notice|do not reply to this|all rights reserved|registered (?:office|in england)"
    r"|abmelden|abbestellen|datenschutzerklärung|handelsregister|amtsgericht|geschäftsführer:"
    r"|(?:e-mail|nachricht) (?:enthält|ist) vertraulich"
    r"|se désinscrire|désabonner|désinscription|politique de confidentialité|message .{0,60}confidentiel"
    r"|darse de baja|darte de baja|cancelar (?:la|tu) suscripción|política de privacidad"
    r"|(?:correo|mensaje) .{0,60}confidencial"
)
# Each phrase starts a word: the character before it is matched (no letter), not looked behind at,
# so that sre skips in C to the next position that can start a match (_drop_footer_lines). The phrases
# are grouped by their first letters (features.by_first_letter): at a word start sre then tries only
# those that can start there, not every phrase in turn (the same matches, three times faster).
_FOOTER_LINE = re.compile("[^a-z]" + by_first_letter({"=footer": _FOOTER_PHRASES}))
_PLACEHOLDER_LABELS = {"example", "invalid", "test", "localhost", "co", "com", "org", "net"}
# Runs of whitespace become one space; a single space (most of them) is left alone, which is faster.
# Written as one character class first ("[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]" otherwise): sre then skips
# to the next whitespace character in C instead of trying the pattern at every position (twice as fast).
_WHITESPACE = re.compile(r"[ \t\r\f\v\u00a0](?:[ \t\r\f\v\u00a0]+|(?<=[\t\r\f\v\u00a0]))")


def _collapsed_whitespace(text: str) -> str:
    """_WHITESPACE.sub(" ", text). Most texts have nothing to replace (no two spaces in a row, none of
    the other blanks), which a few substring tests tell in C; the regex would try a match at every space."""
    if "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text or "\u00a0" in text:
        return _WHITESPACE.sub(" ", text)
    return text


def message_text(raw: bytes) -> str:
    """The text the model reads: subject, sender and the body with quotes and footers removed."""
    try:
        raw = _bounded(raw)
        msg = _simply_split(raw)
        if msg is None:  # (not `or`: a Message without headers is falsy)
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:  # the parser is lenient, but a classifier must never be the thing that crashes
        return ""
    subject = _header_text(msg, "Subject")
    from_header = _header_text(msg, "From")
    sender = _sender_text(from_header)
    forwarded = FORWARD_SUBJECT.match(subject) is not None
    # Under a forward's subject, the forwarded mail is read when it went to the forwarder or the reader;
    # with no reader named (no To), that cannot be told and it is read.
    reader = _name_words(_header_text(msg, "To")) if forwarded else frozenset()
    forwarder = _name_words(from_header) if forwarded else frozenset()
    body = _strip_body(_body_text(msg), forwarded=forwarded, forwarder=forwarder, reader=reader)
    return f"{subject}\n{sender}\n{body}".strip()


def _simply_split(raw: bytes) -> Message | None:
    """simple_message(raw), or None (the parser's turn) for a message it leaves to the parser or
    that makes it raise: whatever it gives is the parser's result, so a mistake of its own must
    not cost a mail the parser can read."""
    try:
        return simple_message(raw)
    except Exception:
        return None


def _bounded(raw: bytes) -> bytes:
    """The message within MAX_RAW_BYTES and MAX_MULTIPARTS, before any parsing."""
    raw = raw[:MAX_RAW_BYTES]
    if raw.lower().count(b"multipart/") <= MAX_MULTIPARTS:
        return raw  # each container names it once: no cut to make, and a count is quicker than the regex
    for count, match in enumerate(_MULTIPART.finditer(raw), 1):
        if count > MAX_MULTIPARTS:
            return raw[:match.start()]
    return raw


def _header_text(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
        if value is None:
            return ""
        if isinstance(value, email.header.Header):
            value = str(value)
        if "=?" in value:  # else no encoded word: decode_header would give the value back whole
            value = _decoded_words(value)
        return _collapsed_whitespace(value.replace("\n", " ")).strip()[:500]
    except Exception:
        return str(msg.get(name, ""))[:500]


def _decoded_words(value: str) -> str:
    # encoded_words reads the usual values (ASCII, well-formed words) without decode_header's
    # loops, which were a tenth of the time of reading a mail; the rest go the long way.
    chunks = header_chunks(value)
    pieces: list[str] = []
    previous_encoded = None
    for chunk, charset in email.header.decode_header(value) if chunks is None else chunks:
        # decode_header drops the space between an encoded word and plain text ("über =?utf-8?..?=");
        # put it back, as email.header.make_header would (which raises on unknown charsets).
        encoded = charset is not None
        if pieces and encoded != previous_encoded:
            pieces.append(" ")
        pieces.append(chunk.decode(_codec(charset), "replace") if isinstance(chunk, bytes) else chunk)
        previous_encoded = encoded
    return "".join(pieces)


def _sender_text(value: str) -> str:
    """Display name plus the address split into words: "noreply", "careers", an ATS domain all help.

    Top-level domains and the reserved example/test names say nothing about the message (and the
    corpus uses the reserved ones), so they are left out.
    """
    name, addr = parse_sender(value)
    local, _, domain = addr.rpartition("@")
    labels = [label for label in domain.lower().split(".")[:-1] if label not in _PLACEHOLDER_LABELS]
    words = _ADDRESS_PUNCTUATION.sub(" ", " ".join([local, *labels]))
    return f"{name} {words}".strip()


_ADDRESS_PUNCTUATION = re.compile(r"[._+-]+")


def parse_sender(value: str) -> tuple[str, str]:
    """email.utils.parseaddr's (name, address), without its slow parser for the usual forms.

    "Name <a@b>", "\"Name, Inc\" <a@b>", "<a@b>" and "a@b" (atoms of one line, one space apart) are
    read by one regex, with exactly parseaddr's result (a test compares them); anything else (comments,
    escapes, groups, several addresses) goes to parseaddr itself. The parser was a tenth of the
    classifier's time from raw bytes.
    """
    simple = _SIMPLE_SENDER.fullmatch(value)
    if simple:
        quoted, name, routed, bare = simple.groups()
        if bare is not None:
            return "", bare
        return (quoted if quoted is not None else name or ""), routed
    try:
        return email.utils.parseaddr(value)
    except RecursionError:  # comments nested hundreds deep: read it without them
        return email.utils.parseaddr(value.replace("(", " ").replace(")", " "))


# parseaddr's atoms end at its specials and whitespace; a phrase (the display name) may hold dots.
_ATOM = r'[^\s()<>@,:;."\[\]]+'  # no whitespace at all: parseaddr drops atoms that str.strip() empties
_NAME_ATOM = r'[^\s()<>@,:;"\[\]]+'
_ADDRESS = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
_SIMPLE_SENDER = re.compile(
    rf'(?:(?:"([^"\\\r]*)" ?|({_NAME_ATOM}(?: {_NAME_ATOM})*) ?)?<({_ADDRESS})>|({_ADDRESS}))')


@functools.lru_cache(maxsize=256)
def _codec(charset: str | None) -> str:
    charset = (charset or "utf-8").strip().strip('"').lower()
    try:
        b"a\xff".decode(charset, "replace")
    except Exception:
        # An unknown label (LookupError), one that names no text codec ("undefined" raises
        # UnicodeError, "base64" LookupError), a NUL in it (ValueError): utf-8 with "replace"
        # reads ASCII and most real mail, where giving up would lose the whole part.
        return "utf-8"
    # Mail labelled latin-1 is nearly always Windows-1252 in practice (curly quotes, euro sign).
    return "cp1252" if charset in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else charset


def _decoded_payload(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return payload.decode(_codec(_content_charset(part)), "replace")


def _content_charset(part: Message) -> str | None:
    """part.get_content_charset(), remembered per Content-Type value: parsing its parameters was a tenth
    of the time of reading a mail, and most mail says one of a few things ("text/plain; charset=utf-8")."""
    value = part.get("Content-Type")
    if value is None:
        return None
    if not isinstance(value, str):  # a value with undecodable bytes comes as an email.header.Header
        return part.get_content_charset()
    return _charset_of_content_type(value)


@functools.lru_cache(maxsize=1024)
def _charset_of_content_type(value: str) -> str | None:
    """get_content_charset() of a part whose first Content-Type header is `value`: it reads nothing else."""
    part = Message(policy=email.policy.compat32)
    part["Content-Type"] = value
    return part.get_content_charset()


def _body_text(msg: Message) -> str:
    """The first plain-text part that is not an attachment, else the first HTML part as text."""
    plain = html_part = None
    for index, part in enumerate(msg.walk()):
        if index >= MAX_PARTS:
            break
        if part.is_multipart():
            continue
        if (part.get("Content-Disposition") or "").lower().startswith("attachment"):
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html_part is None:
            html_part = part
        if plain is not None:
            break
    try:
        if plain is not None:
            text = _decoded_payload(plain)
            if text.strip():
                return text
        if html_part is not None:
            return html_to_text(_decoded_payload(html_part))
    except Exception:
        pass
    return ""


def _name_words(text: str) -> frozenset[str]:
    """The words of names and of addresses' local parts ("Tom Berger <tom.berger@x.example>": tom,
    berger), lower-cased. Not the domains: a notice to the whole staff shares the forwarder's."""
    return frozenset(word.lower() for word in _NAME_WORD.findall(_ADDRESS_DOMAIN.sub(" ", text)))


def _sent_to_others(block: str, people: frozenset[str]) -> bool:
    """True when a forwarded mail's own header says it went to someone who is neither the forwarder
    nor the reader (`people`: their name words): "An: Alle", an internal notice to the staff, is no
    decision on the reader's application. Without such a line, or without `people`, False."""
    found = _RECIPIENT_LINE.findall(block[:_BLOCK_HEADER_CHARS])
    if not found or not people or _only_role_mailboxes(" ".join(found)):
        return False
    return not (_name_words(" ".join(found)) & people)


def _only_role_mailboxes(recipients: str) -> bool:
    """True when every mailbox of `recipients` is a shared or role one ("jobs@", "seleccion@",
    "undisclosed-recipients:;"): the mail went to no person, so it tells nothing of whose it is; an
    employer's no to an agency's desk or HR's applicant mailbox is then read, as is one with no To."""
    mailboxes = [local.lower() for local in _MAILBOX.findall(recipients)]
    return bool(mailboxes) and all(
        local in ROLE_MAILBOXES or _LOCAL_PART_HEAD.split(local, 1)[0] in ROLE_MAILBOXES for local in mailboxes)


def _greeted(text: str) -> frozenset[str]:
    """The name words of whom the note's first line greets ("Sehr geehrter Herr Zimmermann"): whom the
    forwarder passes the mail on to. Never a group ("Hi all,", "Bonjour à tous,": GROUP_WORDS), which an
    internal notice's own To names too, and nothing when the first line is a header (no note at all)."""
    first = next((line for line in text.split("\n", 5) if line.strip()), "")[:80].strip()
    if _SENDER_LINE.match(first) or _RECIPIENT_LINE.match(first) or _QUOTE_HEADER.match(first):
        return frozenset()
    return _name_words(first) - GROUP_WORDS


def _written_by(block: str, people: frozenset[str]) -> bool:
    """True when a forwarded mail's own header says one of `people` (name words) wrote it."""
    found = _SENDER_LINE.search(block[:_BLOCK_HEADER_CHARS])
    return bool(found and people and _name_words(found[1]) & people)


def _strip_body(text: str, forwarded: bool = False, forwarder: frozenset[str] = frozenset(),
                reader: frozenset[str] = frozenset()) -> str:
    """The body's new text; with `forwarded` (a forward's subject), the first quoted mail is the
    forwarded one and is kept, and only a quote inside it is cut; a forwarded mail quoted line by
    line ("> ...") is kept without one level of marks. `forwarder` and `reader` are the name words of
    From and To: a forwarded mail whose header says it went to neither, nor to whom the note greets
    (`_greeted`), is cut as a quote is (with no reader known, or a To of role mailboxes only, this is not
    told); a forwarded thread whose latest mail is the forwarder's own reply ("Fwd: RE:" over "thank you
    for letting me know") is read down to the mail it answered."""
    people = forwarder | reader | _greeted(text) if reader else frozenset()
    # Quotes, signatures and footers sit after the new text; the cap bounds the regex work.
    text = text[: MAX_BODY_CHARS * 4].replace("\r\n", "\n").replace("\r", "\n")
    quote = _quote_header(text)
    forward = _span(_FORWARD.search(text)) if quote else None
    # A forward whose mail is all in "> " lines (no header block to keep) is read without the marks.
    unquote = forwarded and quote is None
    if unquote and _sent_to_others(text[text.find("\n>") + 1:] if "\n>" in text else "", people):
        unquote = False  # its "> " lines are then dropped as any quote's
    promoted = bool(quote and forward is None and forwarded and not _sent_to_others(text[quote.start:], people))
    if promoted and quote:  # (promoted holds a quote: said for the type checker)
        forward, quote = quote, _quote_header(text, quote.end)
    quote = _past_own_header(text, forward, quote)
    # The forwarder's own reply says little; the decision is in the mail it answers, one block down.
    if promoted and quote and forward and _written_by(text[forward.start:], forwarder) \
            and not _sent_to_others(text[quote.start:], people):
        forward, quote = quote, _quote_header(text, quote.end)
        quote = _past_own_header(text, forward, quote)
    if quote:
        text = text[: quote.start]
    # sre tries a "^" pattern at every position; a text without "--" cannot hold the line at all.
    signature = _SIGNATURE.search(text) if "--" in text else None
    if signature:
        text = text[: signature.start()]
    text = _drop_footers(text)
    # Blank lines and quoted ones ("> ...") go: a stripped line's first character is its lstripped one's.
    stripped: Iterable[str] = map(str.strip, text.split("\n"))
    if unquote:
        # One level only: a quote inside the forwarded mail (">> ...") stays a quote and is dropped.
        stripped = (_ONE_QUOTE_LEVEL.sub("", line, count=1).strip() for line in stripped)
    lines = [line for line in stripped if line and line[0] != ">"]
    return _collapsed_whitespace("\n".join(lines))[:MAX_BODY_CHARS]


def _past_own_header(text: str, forward: _Span | None, quote: _Span | None) -> _Span | None:
    """The first quote below `forward`'s mail: its own header block ("From: ...\nDate: ...") is not one."""
    while quote and forward and forward.end <= quote.start <= forward.end + 2:
        quote = _quote_header(text, quote.end)
    return quote


class _Span(NamedTuple):
    """Where a quote's or a forward's header starts and ends in the body's text."""

    start: int
    end: int


def _span(match: re.Match[str] | None) -> _Span | None:
    return _Span(*match.span()) if match else None


def _quote_header(text: str, position: int = 0) -> _Span | None:
    """The span of `_QUOTE_HEADER.search(text, position)`, found by its faster twin. In the text with a line
    end in front, every index moves up by one: the line end the twin matches before a header stands at the
    header's own index in `text`, and the one it needs at `position` is the character before `position`
    in `text` (or the one put in front), which is what "^" needs there."""
    found = _LINE_END_QUOTE_HEADER.search("\n" + text, position)
    return _Span(found.start(), found.end() - 1) if found else None


def _drop_footers(text: str) -> str:
    """`_drop_footer_lines(_footer_sentences_apart(text))`, from one scan for the footer phrases where
    the sentences stay as they are (nearly always): both steps read the same matches of the same text."""
    matches = _footer_matches(text)
    if not matches:
        return text  # most mail: neither step changes anything
    apart = _footer_sentences_apart(text, matches)
    return _drop_footer_lines(apart, matches if apart is text else None)


def _footer_matches(text: str) -> list[re.Match[str]]:
    """Every match of _FOOTER_LINE in the lower-cased text, one after another; the pattern takes the
    character before a phrase, so it scans the text with a line end in front, and every index of a
    match is one past the same character's in `text`."""
    return list(_FOOTER_LINE.finditer("\n" + _same_length_lower(text)))


def _footer_sentences_apart(text: str, matches: list[re.Match[str]] | None = None) -> str:
    """The text with a line break before the sentence that holds a footer phrase, when sentences of
    the mail come before it on its line (the text itself when there is none). `matches`: those of
    `_footer_matches(text)`, if already found.

    A talent pool's consent closes the decision's own paragraph ("We won't be progressing your
    application. … we'll delete your details in line with our privacy notice."): `_drop_footer_lines`
    then drops the consent, and the decision before it stays. A real legal footer holds its phrase in
    its first sentence and is dropped whole, as before.
    """
    breaks = []
    for match in _footer_matches(text) if matches is None else matches:
        phrase_start = match.start()  # one past the character before the phrase in the scanned text
        line_start = text.rfind("\n", 0, phrase_start) + 1
        sentence_end = max(text.rfind(mark, line_start, phrase_start) for mark in _SENTENCE_ENDS)
        if sentence_end >= 0:
            breaks.append(sentence_end + 1)  # the space after the mark
    if not breaks:
        return text
    chars = list(text)
    for index in breaks:
        chars[index] = "\n"
    return "".join(chars)


_SENTENCE_ENDS = (". ", "! ", "? ")


def _same_length_lower(text: str) -> str:
    """`text` lower-cased, each line as long as before (a few characters grow when lower-cased)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "\n".join(line.lower()[: len(line)].ljust(len(line)) for line in text.split("\n"))
    return lowered


def _drop_footer_lines(text: str, matches: list[re.Match[str]] | None = None) -> str:
    """The text without the lines that hold a footer phrase. `matches`: those of `_footer_matches(text)`,
    if already found."""
    kept, position, look_from = [], 0, 0
    for match in _footer_matches(text) if matches is None else matches:
        # After a dropped line, the phrases are looked for from the next line on. No phrase holds a line
        # end (only the character before it may be one), so no match of the one scan runs over that
        # line end, and the first match from there is the one a search from there finds.
        if match.start() < look_from:
            continue
        start = text.rfind("\n", 0, match.start()) + 1  # match.start(): the phrase's start in `text`
        kept.append(text[position:start])
        end = text.find("\n", match.end() - 1)
        if end < 0:
            position = len(text)
            break
        position = end  # the rest of the line is dropped
        look_from = end + 1
    kept.append(text[position:])
    return "".join(kept)
