"""Choosing whom a reply greets among a signature's names: the signer under the closing, of
signers side by side or joined on one line the one the sender names, a signer under an office's
lines, and a short first name completed by the same person's full name.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from onward.drafts import tables
from onward.drafts.lexicon import fold
from onward.drafts.layout import Layout
from onward.drafts.name_shape import (NAME_PARTICLES, agrees_with_address, without_titles, display_as_name,
                                      person_name)
from onward.drafts.signature_lines import (COLUMN_GAP, TEAM_WORDS, holds_a_title, signing_rows,
                                           first_column)


# The rest of a closing after the part the tables know ("Thanks & Regards,", "Danke & alles Gute",
# "Merci / Meilleures salutations,"): more closing, the signer is under it.
# The tables' joining_words ("and", "und", "et", "y") also join two signers on one line (_JOINED).
_JOINING = "|".join(sorted(map(re.escape, tables.all_phrases("joining_words")), key=len, reverse=True))
_MORE_CLOSING = re.compile(rf"^(?:[&+/]|(?:{_JOINING})\s)", re.IGNORECASE)


def signer(layout: Layout, not_these: set[str], strict: bool = False, display: str = "", address: str = "") -> str:
    """Full name of whoever signed: on the closing line, or the first line under it (`strict`: see
    person_name; an office's line above the name is then passed over). Of several signers, side by
    side or joined on one line (`strict`), the one the sender's display name or `address` names."""
    if layout.inline_signer:
        name = person_name(layout.inline_signer, not_these, strict)
        if name or not _MORE_CLOSING.match(layout.inline_signer):
            return name
    rows = signing_rows(layout, skip_offices=strict)
    lines = [first_column(row) for row in rows]
    joined = _of_joined_signers(lines[0], not_these, display, address) if strict and lines else None
    if joined is not None:
        return joined  # before the line as one name: "Carmen Ruiz y Jorge Medina" reads as one with "y"
    name = person_name(lines[0], not_these, strict) if lines else ""
    if strict and name:
        return _of_signers_side_by_side(rows[0], name, not_these, display, address)
    if strict:
        name = _signer_under_the_office(lines, not_these)
    return name


def _of_signers_side_by_side(row: str, first: str, not_these: set[str], display: str, address: str) -> str:
    """The signer of a row of signers set side by side ("ppa. Dr. Klaus Weber      i. A. Sabine
    Roth") whom the sender names; `first`, the first column's, when it stands alone (its title or
    its department beside it). Who writes is as often the right column as the left (the clerk
    beside the head), so the sender decides; when it names none (a team's mailbox), the first
    column's: both signed the letter, and a letter's first signer is the one it answers to."""
    names = [name for name in (person_name(column, not_these, strict=True) for column in COLUMN_GAP.split(row.strip()))
             if name]
    if len(names) < 2:
        return first
    whole = person_name(" ".join(row.split()), not_these, strict=True)
    if whole and fold(whole) == fold(_shown_person(display, not_these)):
        return whole  # "Maria   Fernández" from Maria Fernández: one name, spaced
    return named_by_sender(names, display, address, not_these) or names[0]


def _shown_person(display: str, not_these: AbstractSet[str]) -> str:
    return person_name(display_as_name(display), not_these, strict=True)


def named_by_sender(names: list[str], display: str, address: str, not_these: AbstractSet[str] = frozenset()) -> str:
    """Of several signers, the one the sender names: all of whose name the display name holds, else
    the only one sharing a word with it, else the only one the mailbox's name spells; or ""."""
    shown = {fold(word) for word in _shown_person(display, not_these).split()}
    for agrees in (lambda n: n <= shown, lambda n: bool(n & shown)):
        named = [name for name in names if agrees({fold(word) for word in name.split()})]
        if named:
            return named[0] if len(named) == 1 else ""
    named = [name for name in names if address and agrees_with_address(name, address)]
    return named[0] if len(named) == 1 else ""


# Two signers on one line ("Aurore Lemaire & Yohann Cissé", "Dr. Jan Ostermann und Team").
_JOINED = re.compile(rf"^(?P<first>.+?)[ \t]+(?:&|\+|{_JOINING})[ \t]+(?P<second>.+)$")
_WORDS = re.compile(r"[^\W\d_]+")


def _of_joined_signers(line: str, not_these: set[str], display: str, address: str) -> str | None:
    """A signer of a line that joins two: a full name and its team ("Dr. Jan Ostermann und Team"),
    or of two full names or two first names the one the sender names ("Owen & Ruth" from "Owen
    Price"), else "" (a firm's name is joined so too: "Ernst & Young", "Louis Vuitton & Moët
    Hennessy"). None when the line joins no two signers ("José Ortega y Gasset", "Hans Berger & Söhne")."""
    found = _JOINED.match(line.strip())
    first = person_name(found["first"], not_these, strict=True) if found else ""
    if not found or not first:
        return None
    second_words = {fold(w) for w in _WORDS.findall(found["second"])}
    if second_words and all(_a_team_word(w) for w in second_words):
        return first if " " in first else ""
    second = person_name(found["second"], not_these, strict=True)
    if not second or (" " in first) != (" " in second):
        return None
    return named_by_sender([first, second], display, address, not_these)


_TEAM_ARTICLES = tables.all_words("team_articles")
_ONE_WORD_TEAMS = tuple(w for w in TEAM_WORDS if " " not in w and "'" not in w)


def _a_team_word(word: str) -> bool:
    """A team's word or its article, or a compound ending in one ("Praxisteam", "Personalteam")."""
    return (word in TEAM_WORDS or word in _TEAM_ARTICLES
            or any(word.endswith(team) and len(word) >= len(team) + 3 for team in _ONE_WORD_TEAMS))


# How far under an office's or a firm's lines a letter sets its signer ("Stiftung Sonnenhalde /
# Marco Tschudi / Leiter Personal", "Nordhafen Service GmbH / Personalabteilung / i. A. Kerstin Bode").
_OFFICE_LINES = 2


_LEADING_MARKS = re.compile(r"^[\s\-–—*•>]+")


def _signer_under_the_office(lines: list[str], not_these: set[str]) -> str:
    """The signer on a line under the office's or the firm's own lines, when a mark says that the
    line is a person's: "i. A." or a title before the name, a job title after it or on the line
    under it. A name alone there may be the firm's ("Recruiting Team / Blue Harbor"): nobody."""
    for at in range(1, min(len(lines), _OFFICE_LINES + 1)):
        line = _LEADING_MARKS.sub("", lines[at])
        name = person_name(line, not_these, strict=True)
        if not name:
            continue
        before, _, rest = line.partition(name)
        # Marked by a known prefix or title ("i. A.", "Dr."), not any abbreviation ("St. Brendan's …").
        marked = bool(before.strip()) and name in line and without_titles(before.strip() + " x") == "x"
        titled = holds_a_title(rest.strip(" ,;:–—-|")) or (at + 1 < len(lines) and holds_a_title(lines[at + 1]))
        # A title alone before three words may open an institution's name ("Dr. John Wells Wing",
        # "Prof. Hermann Staudinger Gymnasium"): a name of two, or a job title, says it is a person.
        named_so = len([w for w in name.split() if fold(w) not in NAME_PARTICLES]) == 2
        return name if ((marked and named_so) or titled) and " " in name else ""
    return ""


def complete(name: str, layout: Layout, display: str, not_these: set[str]) -> str:
    """ "Priya" signed above "Priya Raman | Recruiter" (or sent as "Priya Raman"): the full name.
    Only a person's name (read strictly) completes it: the same first name under it or as the
    sender's, else a longer first name it opens ("Gwen" / "Gwendolyn Paltrowski") that a job title
    marks as a person's and that is not the sender's other name ("Paul" from Paul Winter above
    "Paula Berger") nor another form of the signed name ("Jean" / "Jeanne", "Paul" / "Paulette")."""
    if not name or " " in name:
        return name
    below = [(line, person_name(line, not_these, strict=True)) for line in layout.signature[1:4]]
    for _, full in below:
        if " " in full and fold(full.split()[0]) == fold(name):
            return full
    shown = person_name(display_as_name(display), not_these, strict=True)
    for at, (line, full) in enumerate(below):
        if " " not in full or not _opens(full.split()[0], name):
            continue
        # The sender as the same person ("Gwen Paltrowski" sending "Gwen" / "Gwendolyn Paltrowski"), or no person.
        same_sender = " " in shown and fold(shown.split()[-1]) == fold(full.split()[-1]) and (
            fold(shown.split()[0]) in (fold(name), fold(full.split()[0])))
        if ((" " not in shown or same_sender)
                and (same_sender or _titled(line, full, [under for under, _ in below[at + 1:at + 2]]))):
            return full
    return shown if " " in shown and fold(shown.split()[0]) == fold(name) else name


def _opens(full: str, signed: str) -> bool:
    """ "Gwen" signed above "Gwendolyn Paltrowski", "Sam" above "Samantha Reyes": the short form a
    signer uses opens their first name by three letters or more, and not as another name's does
    ("Paul" and "Paula", "Jean" and "Jeanne": the tables' feminine_name_endings)."""
    full, signed = fold(full), fold(signed)
    rest = full[len(signed):]
    return (len(signed) >= 3 and full.startswith(signed) and len(rest) >= 3
            and rest not in _FEMININE_NAME_ENDINGS)


def _titled(line: str, name: str, under: list[str]) -> bool:
    """A job title after the name on its line ("Samantha Okonkwo | Platform Lead") or on the line under it."""
    rest = line.partition(name)[2] if name in line else ""
    return holds_a_title(rest.strip(" ,;:–—-|")) or any(map(holds_a_title, under))


_FEMININE_NAME_ENDINGS = tables.all_words("feminine_name_endings")


# "G. Hoffmann", "P-Y Collin", "Dr. O. Brauer": a signer who writes only the first name's initials.
_INITIALLED = re.compile(r"^(?P<initials>[A-ZÀ-Þ]\.?(?:-[A-ZÀ-Þ]\.?)?)[ \t]+(?P<surname>[A-ZÀ-Þ][\w'’-]+)")
_CAPITALS = re.compile(r"[A-ZÀ-Þ]")


def initialled_signer(layout: Layout, display: str, not_these: set[str]) -> str:
    """The sender's full name for a signer who writes their first name's initials ("G. Hoffmann"
    sent as "Géraldine Hoffmann", "P-Y Collin" as "Pierre-Yves Collin"): the same surname, and first
    names that the initials open, one by one. Without such a sender, nobody: "Hi G.," greets no one."""
    line = layout.inline_signer or (layout.signature[0] if layout.signature else "")
    found = _INITIALLED.match(without_titles(line.strip()))
    if not found:
        return ""  # most signers: the sender's display name need not be read
    shown = _shown_person(display, not_these)
    if " " not in shown:
        return ""
    *first_names, surname = shown.split()
    parts = [fold(part) for name in first_names for part in name.split("-")]
    initials = [fold(letter) for letter in _CAPITALS.findall(found["initials"])]
    opened = len(initials) <= len(parts) and all(part.startswith(i) for i, part in zip(initials, parts))
    return shown if opened and fold(surname) == fold(found["surname"]) else ""

