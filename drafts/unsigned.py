"""Who signed a mail whose closing no table knows, or a one-line mail that ends with a closing
and a name: the short lines after the last line of prose, read as a person's name only when
something says it is one (the sender's display name, a job title), not a shop's or a firm's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from onward.drafts import tables
from onward.drafts.lexicon import VALEDICTIONS, fold
from onward.drafts.name_shape import (FIRM_WORDS, ON_BEHALF, PREFIX_ONLY, agrees_with_address,
                                      person_name)
from onward.drafts.signature_lines import holds_a_title, is_device_footer


# A name on a line of its own needs no closing formula above it when it ends the mail:
# "¡Mucho ánimo!\n\nClaudia Benavent\nCampus Recruiting Lead", "Ngā mihi nui,\nHana Te Rangi".
_LINE_LENGTH, _BLOCK_LINES = 70, 7
_CLOSING_WORDS = tables.all_words("closing_words") | {fold(w) for v in VALEDICTIONS for w in v.split() if len(w) > 3}


_COLUMN_DOTS = re.compile(r"\s[·|•]\s")


def _ends_sentence(line: str) -> bool:
    """A line of prose or a closing ("…projets.", "¡Mucho ánimo!", "Bises,"), not one of a
    signature ("Tiendas Qhapaq S.A.", "Madrid", "Seehotel GmbH · Uferpromenade 5 · 9210 Pörtschach")."""
    if len(line) > _LINE_LENGTH and len(_COLUMN_DOTS.findall(line)) < 2:
        return True
    if line.endswith(("!", "?", ",", ":", ";", "»", "…")):
        return True
    last = line.split()[-1] if line.split() else ""
    return last.endswith(".") and len(last) > 5 and "." not in last[:-1]


_WORDS = re.compile(r"[^\W\d_]+")


def _is_closing_line(line: str) -> bool:
    """ "Hochachtungsvoll", "Sonnige Grüße", "Saluda atentamente,": closing words, no name."""
    return any(fold(word) in _CLOSING_WORDS for word in _WORDS.findall(line))


def unsigned_signer(text: str, not_these: AbstractSet[str] = frozenset(), display: str = "",
                    address: str | None = None) -> str:
    """Who signed a mail whose closing no table knows ("Con gratitud,", "Prends soin de toi,", "Alles
    Gute für Sie und freundliche Grüße aus Rosenheim"), or a one-line mail ending "Beste Grüße,
    Hauke von Speiche". The signature is the short lines after the last line of prose or closing;
    its first line (past closing words and an office signed for) is the signer if it reads as a
    person's name. A first name alone, or a name alone on the mail's last line, counts only with
    something after it on its line ("Carolina – Rumbo Sur") or as the sender's display name: a lone
    capitalised word, or a shop's name, ends too many mails."""
    lines = [line.strip() for line in text.strip().split("\n")]
    while lines and (not lines[-1] or is_device_footer(lines[-1])):
        lines.pop()  # "Sent from my iPhone" under "… good luck. Owen": the phone's line, not the signer's
    filled = [i for i, line in enumerate(lines) if line]
    prose = [i for i in filled if _ends_sentence(lines[i])]
    if not filled:
        return ""
    if not prose or prose[-1] == filled[-1]:
        return _closing_in_line(lines[filled[-1]], not_these)
    block = [lines[i] for i in filled if i > prose[-1]]
    while block and (_is_closing_line(block[0]) or PREFIX_ONLY.match(block[0]) or ON_BEHALF.match(block[0])):
        block = block[1:]
    if not block or len(block) > _BLOCK_LINES:
        return ""
    name = person_name(block[0], not_these, strict=True)
    if not name or _is_closing_line(name):
        return ""
    rest = block[0][block[0].find(name) + len(name):].strip(" ,.;:!-–—|") if name in block[0] else ""
    display_words = {fold(w) for w in display.split()}
    # Without a closing, a shop's or a firm's name ends a mail as often as a person's ("Green Valley
    # Farm Shop", "Hollow Oak Outfitters / Hiring Team"): a name needs the sender's display name to
    # agree, or a job title after it, on its line or the next ("Claudia Benavent / Campus Recruiting
    # Lead"); a first name alone, the display name or something after it on its line.
    if display_words & {fold(w) for w in name.split()}:
        return name
    if " " not in name:
        return name if len(rest) >= 3 else ""
    if address is not None and not agrees_with_address(name, address) and _reads_as_firm(name, address):
        # A title under a line proves nothing about the line ("Silver Creek Vineyards / Tasting Room
        # Manager" from careers@scv.com): a name spelling the domain's initials, or a business's word, is the firm.
        return ""
    return name if holds_a_title(rest) or (len(block) > 1 and holds_a_title(block[1])) else ""


def _reads_as_firm(name: str, address: str) -> bool:
    """A firm's name rather than a person's: a business's word in it, or its initials spelling the
    sender's domain in order from its start ("Silver Creek Vineyards" at scv.com, "Northwind Traders" at nwt.com)."""
    words = [fold(w) for w in name.split()]
    if set(words) & FIRM_WORDS:
        return True
    label = fold(address.rpartition("@")[2].split(".")[0]) if "@" in address else ""
    initials = iter(label)
    return bool(label) and label[0] == words[0][0] and all(w[0] in initials for w in words)


@functools.cache
def _closing_at_end() -> re.Pattern:
    valedictions = "|".join(re.escape(v) for v in VALEDICTIONS)
    return re.compile(rf"(?:^|[.!?]\s+)(?:{valedictions})[\s,!.]+(?P<name>[^.!?]{{2,60}})$", re.IGNORECASE)


def _closing_in_line(line: str, not_these: AbstractSet[str]) -> str:
    """ "… leider schon weg. Beste Grüße, Hauke von Speiche": a closing and a name ending the line."""
    found = _closing_at_end().search(line)
    return person_name(found.group("name"), not_these, strict=True) if found else ""
