"""Split a rejection's text into what the sender wrote and their signature block.

Earlier mail quoted below a reply (often the applicant's own application, signed with the
applicant's name) is cut off first, so nothing is ever read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.classifier.forwards import (DRAFTS_DATE_KEYS, DRAFTS_SENDER_KEYS, FORWARD_MARKS, ORIGINAL_MARKS, TO_KEYS,
                                        accent_optional_alternation, alternation)
from onward.drafts import tables
from onward.drafts.lexicon import VALEDICTIONS, fold

# A new opening here needs its start in _MAY_OPEN_A_QUOTE too, or most mail never tries it.
_QUOTE_OPENERS = re.compile(
    r"^(?:on\s.{4,200}\swrote\s*:|am\s.{4,200}\sschrieb.{0,200}:|le\s.{4,200}\sa\s+[ée]crit\s*:|"
    r"el\s.{4,200}\sescribi[óo]\s*:|"
    rf"-{{2,}}\s*{accent_optional_alternation(ORIGINAL_MARKS + FORWARD_MARKS)}\s*-*|_{{10,}})\s*$",
    re.IGNORECASE,
)
# A quoted mail's header block: its From line, then within three lines when it was sent or to whom.
_HEADER_FROM = re.compile(rf"^{alternation(DRAFTS_SENDER_KEYS)}\s*:\s*\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(rf"^{alternation(DRAFTS_DATE_KEYS + TO_KEYS)}\s*:", re.IGNORECASE)
_FOOTER = re.compile(
    r"unsubscribe|powered by|sent (?:via|with|from)|gesendet (?:über|via|von)|envoy[ée] (?:via|depuis)|"
    r"enviado (?:a trav[ée]s|desde|v[íi]a)|automati|do not reply|don't reply|unmonitored|"
    r"nicht (?:auf diese|antworten)|ne pas (?:y )?r[ée]pondre|no respond|privacy|datenschutz|"
    r"confidential|vertraulich|^https?://|^www\.|@\S+\.\w+$|^\W*$",
    re.IGNORECASE,
)
_FORMAL_CLOSINGS = re.compile(
    r"salutations distingu|sentiments distingu|veuillez agr[ée]er|nous vous prions d'agr[ée]er|"
    r"in erwartung|reciba un (?:cordial )?saludo", re.IGNORECASE)
# Formal closings the rejection reader knows beyond those above ("Je vous prie de croire, Monsieur, à
# l'assurance de ma considération distinguée."); the feedback model reads without them until rebuilt.
_MORE_FORMAL_CLOSINGS = re.compile(
    r"consid[ée]ration (?:la plus |tr[èe]s )?distingu|vous pri(?:e|ons) d['’]agr[ée]er|"
    r"consideraci[óo]n distinguida|(?:mi|nuestra) (?:especial|mayor|m[áa]s alta|distinguida) consideraci[óo]n|"
    r"^(?:sin otro particular,? )?(?:me despido|nos despedimos)\b|^sin otro particular\b",
    re.IGNORECASE)
_DELIMITER = re.compile(r"^(?:--|—|–|__)\s*$")
_CLOSING = re.compile(
    r"^[\s\-–—]*(" + "|".join(re.escape(v) for v in VALEDICTIONS) + r")(?![\w'])[\s,.!:;]*(.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Layout:
    body: str  # what the sender wrote above the signature, paragraphs unwrapped
    signature: tuple[str, ...]  # non-empty signature lines, footers removed
    inline_signer: str  # a name on the closing line itself: "Best, Sarah" -> "Sarah"


_OPENERS = tables.all_words("sentence_openers")


# What a line that opens a quote starts with, once stripped (see cut_quoted): one of _QUOTE_OPENERS'
# openings, a quoted mail's From key, a quote mark. Most mail has no such line, and is then not read
# line by line with three patterns on each (issue 17).
_MAY_OPEN_A_QUOTE = re.compile(
    rf"^\s*(?:on\s|am\s|le\s|el\s|-{{2}}|_{{10}}|>|{alternation(DRAFTS_SENDER_KEYS)}\s*:)", re.IGNORECASE | re.MULTILINE)


def cut_quoted(text: str) -> str:
    """The text above any quoted or forwarded earlier message."""
    if not _MAY_OPEN_A_QUOTE.search(text):
        return text  # no line starts as one that opens a quote does
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        joined = f"{stripped} {lines[i + 1].strip()}" if i + 1 < len(lines) else stripped
        is_header_block = _HEADER_FROM.match(stripped) and any(
            _HEADER_NEXT.match(nxt.strip()) for nxt in lines[i + 1:i + 4])
        opens_quote = (
            _QUOTE_OPENERS.match(stripped) or _QUOTE_OPENERS.match(joined) or is_header_block
            or (stripped.startswith(">") and not any(l.strip().startswith(">") for l in lines[:i]))
        )
        # A forward with nothing above it is the rejection itself: keep what follows then.
        if opens_quote and "\n".join(lines[:i]).strip():
            return "\n".join(lines[:i])
    return text


def _opens_sentence(line: str) -> bool:
    """A line that starts a new sentence ("Unfortunately, we..."), not the wrapped rest of one."""
    first = line.split(maxsplit=1)[0] if line else ""
    return first[:1].isupper() and fold(first.strip(",;:")) in _OPENERS


def unwrap(text: str) -> str:
    """Join lines that a mail client wrapped inside a paragraph, so phrases can span them; a line
    that opens a sentence stays apart, or its first word would be glued to the line before."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if out and line and out[-1] and len(out[-1]) >= 45 and not out[-1].endswith(":") \
                and not _opens_sentence(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _closing(line: str, words_after: bool = False) -> tuple[bool, str]:
    """Whether the line is a closing formula, and a name written after it ("Best, Sarah")."""
    line = line.strip()
    if _FORMAL_CLOSINGS.search(line) or (words_after and _MORE_FORMAL_CLOSINGS.search(line)):
        return True, ""  # long French/Spanish formulas: "Veuillez agréer, ..."
    found = _CLOSING.match(line) if len(line) <= 45 else None
    if not found:
        return False, ""
    rest = found.group(2).strip()
    if words_after and rest[:1].islower():
        # "Un abrazo solidario,", "Un abrazo y mucha suerte,": a closing, and no name in it;
        # "Gracias por tu tiempo y por la buena onda.": a sentence that opens with a thank-you.
        return (not rest.rstrip().endswith((".", "!", "?")), "")
    return True, rest


def split(text: str, words_after_closing: bool = False) -> Layout:
    """Find the closing formula nearest the end and take the lines under it as the signature.

    With `words_after_closing` (the rejection reader), lower-case words after a closing ("Un abrazo
    y mucha suerte,") are no name, and a sentence that opens with a thank-you is no closing. The
    feedback model (classifier/feedback.py) reads with the default until it is rebuilt: its shipped
    weights were trained on text split so."""
    lines = [line.rstrip() for line in cut_quoted(text).split("\n")]
    body_end, sig_start, inline = -1, -1, ""
    for i in range(len(lines) - 1, max(-1, len(lines) - 31), -1):
        is_closing, after = _closing(lines[i], words_after_closing)
        if is_closing and sum(1 for line in lines[i + 1:] if line.strip()) <= 12:
            body_end, sig_start, inline = i, i + 1, after
            break
    if body_end < 0:
        body_end = sig_start = _fallback_signature_start(lines)
    signature: list[str] = []
    for line in lines[sig_start:]:
        stripped = line.strip()
        if not stripped or _DELIMITER.match(stripped):
            continue
        if _FOOTER.search(stripped) and signature:  # the first line is the signer, whatever it holds
            continue
        signature.append(stripped)
    return Layout(body=unwrap("\n".join(lines[:body_end])), signature=tuple(signature[:10]),
                  inline_signer=inline)


_DASH_LED = re.compile(r"^\s*[-–—]+\s*\w")


def _fallback_signature_start(lines: list[str]) -> int:
    """Without a closing formula: a "-- " delimiter, or a last short paragraph led by a dash."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 15), -1):
        if _DELIMITER.match(lines[i].strip()):
            return i + 1
    non_empty = [i for i, line in enumerate(lines) if line.strip()]
    if non_empty and _DASH_LED.match(lines[non_empty[-1]]):
        return non_empty[-1]
    return len(lines)


_FOLDED_CLOSINGS = frozenset(fold(v) for v in VALEDICTIONS)


def is_closing_word(word: str) -> bool:
    return fold(word) in _FOLDED_CLOSINGS
