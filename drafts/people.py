"""The person to thank: who signed the rejection, or who it names as the contact.

A team or department signature ("The Acme Talent Team", "Ihr Recruiting-Team") means nobody in
particular; the draft then greets the team instead of inventing a name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from onward.drafts import tables
from onward.drafts.titles import TITLES_BEFORE_A_NAME
from onward.drafts.addresses import VENDOR_NAMES
from onward.drafts.lexicon import (DEPARTMENT_WORDS, JOB_WORDS, NAME_PREFIXES, NOT_NAMES, ORG_WORDS,
                                   TITLE_WORDS, VALEDICTIONS, fold, is_title_compound)
from onward.drafts.layout import Layout, is_closing_word

# Small words inside a name ("Ana de la Torre", "Nadia El Amrani", "Hana Te Rangi", "Omar bin Said"):
# part of the surname, never a word of a sentence there.
_PARTICLES = {"von", "van", "de", "da", "del", "di", "du", "le", "la", "y", "dos", "das", "ten",
              "ter", "zu", "der", "den", "e", "el", "al", "ben", "bin", "ibn", "bint", "abu", "te", "des",
              "della", "degli", "dei", "lo", "af", "av", "mac", "ap"}
_CUT = re.compile(
    r"\s*(?:[|,·•/(]|\s[-–—]\s|\s(?:from|von|vom|del|pour|for|@|at|chez|bei|en|of|de l['’]|"
    r"de la|del equipo|from the)\s).*$",
    re.IGNORECASE,
)
_PREFIX_ONLY = re.compile(r"^(?:i\.\s?a\.|i\.\s?v\.|ppa\.?|pp\.?|im auftrag|p\.o\.|p/o)$", re.IGNORECASE)
# "Für den Rektor:", "Pour le Directeur", "On behalf of the Dean": the office someone signs for,
# on a line of its own above their name; the office is nobody to greet, the name under it is.
# Also the company itself ("For Malabar Spice Exports Ltd.", above "(Lakshmi Menon)"): no name
# starts with these words. The capital is checked case-sensitively: "Por favor …", "pour vous …" are prose.
_ON_BEHALF = re.compile(r"^(?:f(?:ü|ue?)r (?:den|die|das)|pour (?:le|la|l['’])|por (?:el|la)|on behalf of|"
                        r"for the)\b.*$|^(?:for|f(?:ü|ue)r|pour|por)[ \t]+(?-i:[A-ZÀ-Þ]).*$", re.IGNORECASE)
# Academic and professional titles before a name ("Mag. Ursula Pichler-Wendt", "Dipl.-Ing. Jan Ott").
_DEGREES = re.compile(r"^(?:(?:mag\.(?:a\.)?(?:\s?\(fh\))?|dipl\.-\w+\.?|ing\.|di|dott\.(?:ssa)?|lic\.|"
                      r"ldo\.|lda\.)\s+)+", re.IGNORECASE)
# "Rodrigo Saavedra M.": the initial of a second surname after the name.
_TRAILING_INITIAL = re.compile(r"(?<=\w)[ \t]+[A-ZÀ-Þ]\.$")
# Words of a collective that signs (a team, a service) beyond the department words: the parts of
# "HR-Services", "Werkstudierenden-Team", "Personaldienst" are looked up one by one.
_COLLECTIVE = frozenset({"services", "servicios", "personaldienst", "personaldienste", "equipe", "equipo"})
_CONTACT_CUE = re.compile(
    r"(?<!\w)(?i:contact|reach out to|write to|get in touch with|your recruiter|recruiter|"
    r"ansprechpartner(?:in)?|wenden? (?:sie sich|dich)(?: gerne| gern)? an|kontaktier\w*|"
    r"contacter|[ée]crire [àa]|joindre|escribir(?:le)? a|escribirle a|contactar(?: con)?|"
    r"comunicarte con|comunicarse con)"
)
# "Olivia Brandt", "Sabine Krüger", "Ana de la Torre": capitalised words, small particles between.
_FULL_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}")
_ADDRESS = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# Words that are never part of a person's name: a department, a title, an organisation, a
# programme ("Programa Trainee", "Alternance" as a sender's display name), an office or a business.
_BLOCKED = (DEPARTMENT_WORDS | TITLE_WORDS | ORG_WORDS | NOT_NAMES | tables.all_words("programme_words")
            | tables.all_words("not_person_words"))
_TITLES = JOB_WORDS | TITLE_WORDS


def _is_name_token(token: str) -> bool:
    core = token.strip("'’")
    return (len(core) >= 2 and core[0].isupper() and core[0].isalpha() and not core.isupper()
            and all(ch.isalpha() or ch in "-'’" for ch in core))


def person_name(text: str, not_these: AbstractSet[str] = frozenset(), strict: bool = False) -> str:
    """The person's name at the start of `text` ("i.A. Dr. Julia Weber | HR" -> "Julia Weber"), or "".

    `strict`, for the person a draft greets: an office signed for ("Für den Rektor") and a team's
    compound ("HR-Services", "Das Werkstudierenden-Team") are no name either. The company's rules
    read signature lines without it: what they learnt to skip as a signer stays skipped."""
    text = text or ""
    # Kept for the lines a mail's readers ask about again and again; never a long text's answer.
    name, written = (_name_at_start_kept if len(text) <= 200 else _name_at_start)(text, strict)
    if not_these and (fold(written) in not_these or re.sub(r"\W", "", fold(written)) in not_these):
        return ""
    return name


def _name_at_start(text: str, strict: bool) -> tuple[str, str]:
    """person_name without `not_these`: the name, and the text it was read from as the mail
    writes it (what not_these is compared with); ("", "") for no name."""
    text = re.sub(r"^[\s\-–—*•>]+", "", text)
    if text.startswith("(") and text.rstrip().endswith(")"):
        text = text.strip()[1:-1]  # "(Manisha Deshpande)" under "For Suryakanti Auto Components Ltd."
    text = _without_titles(text)
    if strict and _ON_BEHALF.match(text):
        return "", ""
    text = _cut(text)
    # Any other abbreviation with a dot before a name ("Mgs.", "Econ.", "Dr. med."): a title.
    text = TITLES_BEFORE_A_NAME.sub("", text)
    text = _TRAILING_INITIAL.sub("", text).strip(" .")
    tokens = text.split()
    particles = sum(1 for t in tokens[1:-1] if t.lower() in _PARTICLES)
    if (not 1 <= len(tokens) - particles <= 4 or not _is_name_token(tokens[0])
            or not _is_name_token(tokens[-1])):
        return "", ""
    if any(not _is_name_token(t) and t.lower() not in _PARTICLES for t in tokens[1:-1]):
        return "", ""
    # One group of particles ("de la", "El"): "Oficina de Empleabilidad y Prácticas" has two.
    if len(re.findall(r"(?:^|[^p])p+", "".join("p" if t.lower() in _PARTICLES else "w" for t in tokens[1:-1]))) > 1:
        return "", ""
    folded = [fold(t) for t in tokens]
    # "Pauline Le Goff", "Anne De Smet": a particle inside a name is not the French article "le".
    inner_particles = {i for i, f in enumerate(folded) if 0 < i < len(folded) - 1 and f in _PARTICLES}
    if (any(f in _BLOCKED for i, f in enumerate(folded) if i not in inner_particles)
            or is_closing_word(tokens[0]) or is_closing_word(text)
            or (strict and (_names_collective(folded) or (_SYSTEM_NAMES | _FIRM_WORDS) & set(folded)
                            or any(map(_is_office_compound, folded))))):
        return "", ""
    return " ".join(tokens), text


_name_at_start_kept = functools.lru_cache(maxsize=1024)(_name_at_start)


# "Elvira Santamaría de la Fuente", "Ana de la Torre": a particle and one last word end the
# surname; "Lucía de la Fundación", "Lucía del equipo de Talento" are cut there.
_SURNAME_PARTICLES = re.compile(r"^\S+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+)*[ \t]+(?:de la|de las|de los|del|de|dos|da)"
                                r"[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+[ \t.,]*$")


def _cut(text: str) -> str:
    """The name without what follows it on its line (", HR Manager", " – Acme", " from Acme")."""
    if _SURNAME_PARTICLES.match(text) and fold(text.split()[-1].strip(" .,")) not in _BLOCKED:
        return text.strip(" .,")
    return _CUT.sub("", text).strip(" ,;:!")


@functools.cache
def _titles() -> re.Pattern:
    """Every language's titles before a name (the tables' `name_titles`), as written, repeated."""
    titles = sorted(tables.all_phrases("name_titles"), key=len, reverse=True)
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"[ \t]+") for t in titles)
    return re.compile(rf"^(?:(?:{alternatives})(?:(?<=\.)[ \t]*|[ \t]+))+")


def _without_titles(text: str) -> str:
    """ "Dr. med. Katharina Brenner", "i.A. Lcda. Oriana Pérez Bello" -> the name alone."""
    for _ in range(3):  # "i.A. Dr. ...", "Prof. Mag. ...": prefixes and titles in any order
        before = text
        text = NAME_PREFIXES.sub("", text).strip()
        text = _DEGREES.sub("", text).strip()
        text = _titles().sub("", text).strip()
        if text == before:
            break
    return text


# Parts of a job board's or a recruiting system's name that a footer line may start with
# ("StepStone Belgium – Se désabonner", "Indeed Belgium – © 2025 Indeed"); short ones ("Lever",
# "Reed") are surnames too.
_SYSTEM_NAMES = frozenset(fold(n) for n in VENDOR_NAMES if " " not in n and "." not in n and len(n) >= 6)


def _names_collective(folded: list[str]) -> bool:
    """ "HR-Services", "Das Werkstudierenden-Team": a compound whose part is a team's word."""
    return any(word in _COLLECTIVE or ("-" in word and any(
        part in _BLOCKED or part in _COLLECTIVE for part in word.split("-") if len(part) > 2)) for word in folded)


def first_name(full: str) -> str:
    return full.split()[0] if full else ""


def display_as_name(display: str) -> str:
    """A display name in "Last, First" order turned around; others unchanged."""
    parts = [p.strip() for p in display.split(",")]
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        return f"{parts[1]} {parts[0]}"
    return display


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
    rows = _signing_rows(layout, skip_offices=strict)
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
    names = [name for name in (person_name(column, not_these, strict=True) for column in _COLUMN_GAP.split(row.strip()))
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
    named = [name for name in names if address and _agrees_with_address(name, address)]
    return named[0] if len(named) == 1 else ""


# Two signers on one line ("Aurore Lemaire & Yohann Cissé", "Dr. Jan Ostermann und Team").
_JOINED = re.compile(rf"^(?P<first>.+?)[ \t]+(?:&|\+|{_JOINING})[ \t]+(?P<second>.+)$")


def _of_joined_signers(line: str, not_these: set[str], display: str, address: str) -> str | None:
    """A signer of a line that joins two: a full name and its team ("Dr. Jan Ostermann und Team"),
    or of two full names or two first names the one the sender names ("Owen & Ruth" from "Owen
    Price"), else "" (a firm's name is joined so too: "Ernst & Young", "Louis Vuitton & Moët
    Hennessy"). None when the line joins no two signers ("José Ortega y Gasset", "Hans Berger & Söhne")."""
    found = _JOINED.match(line.strip())
    first = person_name(found["first"], not_these, strict=True) if found else ""
    if not found or not first:
        return None
    second_words = {fold(w) for w in re.findall(r"[^\W\d_]+", found["second"])}
    if second_words and second_words <= _TEAM_WORDS | tables.all_words("team_articles"):
        return first if " " in first else ""
    second = person_name(found["second"], not_these, strict=True)
    if not second or (" " in first) != (" " in second):
        return None
    return named_by_sender([first, second], display, address, not_these)


# How far under an office's or a firm's lines a letter sets its signer ("Stiftung Sonnenhalde /
# Marco Tschudi / Leiter Personal", "Nordhafen Service GmbH / Personalabteilung / i. A. Kerstin Bode").
_OFFICE_LINES = 2


def _signer_under_the_office(lines: list[str], not_these: set[str]) -> str:
    """The signer on a line under the office's or the firm's own lines, when a mark says that the
    line is a person's: "i. A." or a title before the name, a job title after it or on the line
    under it. A name alone there may be the firm's ("Recruiting Team / Blue Harbor"): nobody."""
    for at in range(1, min(len(lines), _OFFICE_LINES + 1)):
        line = re.sub(r"^[\s\-–—*•>]+", "", lines[at])
        name = person_name(line, not_these, strict=True)
        if not name:
            continue
        before, _, rest = line.partition(name)
        # Marked by a known prefix or title ("i. A.", "Dr."), not any abbreviation ("St. Brendan's …").
        marked = bool(before.strip()) and name in line and _without_titles(before.strip() + " x") == "x"
        titled = _holds_a_title(rest.strip(" ,;:–—-|")) or (at + 1 < len(lines) and _holds_a_title(lines[at + 1]))
        # A title alone before three words may open an institution's name ("Dr. John Wells Wing",
        # "Prof. Hermann Staudinger Gymnasium"): a name of two, or a job title, says it is a person.
        named_so = len([w for w in name.split() if fold(w) not in _PARTICLES]) == 2
        return name if ((marked and named_so) or titled) and " " in name else ""
    return ""


# A name on a line of its own needs no closing formula above it when it ends the mail:
# "¡Mucho ánimo!\n\nClaudia Benavent\nCampus Recruiting Lead", "Ngā mihi nui,\nHana Te Rangi".
_LINE_LENGTH, _BLOCK_LINES = 70, 7
_TEAM_WORDS = tables.all_words("team_words")
_FEMININE_TITLES = tables.all_words("feminine_titles")
_OFFICE_WORDS = tables.all_words("not_person_words")  # "Büro", "Secrétariat": where the signer works
_CLOSING_WORDS = tables.all_words("closing_words") | {fold(w) for v in VALEDICTIONS for w in v.split() if len(w) > 3}


@functools.cache
def _device_footer() -> re.Pattern:
    """A mail app's line under a message written on the phone ("Sent from my iPhone", "Gesendet von
    Outlook für Android"): the tables' `device_footers`, at the start of a line."""
    phrases = sorted(tables.all_phrases("device_footers"), key=len, reverse=True)
    return re.compile(r"^[\s\-–—_]*(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")",
                      re.IGNORECASE)


def is_device_footer(line: str) -> bool:
    return bool(_device_footer().match(line))


def _ends_sentence(line: str) -> bool:
    """A line of prose or a closing ("…projets.", "¡Mucho ánimo!", "Bises,"), not one of a
    signature ("Tiendas Qhapaq S.A.", "Madrid", "Seehotel GmbH · Uferpromenade 5 · 9210 Pörtschach")."""
    if len(line) > _LINE_LENGTH and len(re.findall(r"\s[·|•]\s", line)) < 2:
        return True
    if line.endswith(("!", "?", ",", ":", ";", "»", "…")):
        return True
    last = line.split()[-1] if line.split() else ""
    return last.endswith(".") and len(last) > 5 and "." not in last[:-1]


def _is_closing_line(line: str) -> bool:
    """ "Hochachtungsvoll", "Sonnige Grüße", "Saluda atentamente,": closing words, no name."""
    return any(fold(word) in _CLOSING_WORDS for word in re.findall(r"[^\W\d_]+", line))


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
    while block and (_is_closing_line(block[0]) or _PREFIX_ONLY.match(block[0]) or _ON_BEHALF.match(block[0])):
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
    if address is not None and not _agrees_with_address(name, address) and _reads_as_firm(name, address):
        # A title under a line proves nothing about the line ("Silver Creek Vineyards / Tasting Room
        # Manager" from careers@scv.com): a name spelling the domain's initials, or a business's word, is the firm.
        return ""
    return name if _holds_a_title(rest) or (len(block) > 1 and _holds_a_title(block[1])) else ""


# Words of a business's name that no table of names blocks ("Silver Creek Vineyards", "Northwind
# Traders", "Green Valley Farm Shop", "Obermeier Gruppe"): beside a job title, the firm signs, not a
# person; and no name a draft greets holds one, under a closing or not ("Cheers, / Northwind Traders").
_FIRM_WORDS = tables.all_words("firm_words") | tables.all_words("group_words")
# The last parts of an office's or a firm's compound in languages that write them as one word
# ("Praktikumsbüro", "Gemeindeverwaltung", "Kreissparkasse", "Personalservice").
_COMPOUND_ENDINGS = tuple(sorted({
    word for code, language in tables.tables().items() if language.get("compound_titles")
    for name in ("firm_words", "group_words", "not_person_words", "department_words")
    for word in tables.words(code, name) if len(word) >= 4}))


def _is_office_compound(word: str) -> bool:
    """ "Praktikumsbüro", "Landeshauptstadt": a long word ending in an office's or a firm's word."""
    return word.isalpha() and any(word.endswith(end) and len(word) >= len(end) + 4 for end in _COMPOUND_ENDINGS)


def _agrees_with_address(name: str, address: str) -> bool:
    """ "Claudia Benavent" from claudia.benavent@…: a part of the name in the mailbox's name."""
    local = {fold(p) for p in re.split(r"[._+-]", address.rpartition("@")[0]) if len(p) > 1}
    return any(transliterations(part) & local for part in name.split())


def _reads_as_firm(name: str, address: str) -> bool:
    """A firm's name rather than a person's: a business's word in it, or its initials spelling the
    sender's domain in order from its start ("Silver Creek Vineyards" at scv.com, "Northwind Traders" at nwt.com)."""
    words = [fold(w) for w in name.split()]
    if set(words) & _FIRM_WORDS:
        return True
    label = fold(address.rpartition("@")[2].split(".")[0]) if "@" in address else ""
    initials = iter(label)
    return bool(label) and label[0] == words[0][0] and all(w[0] in initials for w in words)


def _holds_a_title(line: str) -> bool:
    """ "Campus Recruiting Lead", "Recruteuse – Mosaïk Games", "Lehrlingsbeauftragte": a job title or a
    department, not a team ("Hiring Team") nor an address."""
    words = {fold(w) for w in re.split(r"[\s,|/·•:()&–-]+", line) if w}
    if words & _TEAM_WORDS:
        return False
    return bool(words & (_TITLES | DEPARTMENT_WORDS | _FEMININE_TITLES | _OFFICE_WORDS)) or any(map(is_title_compound, words))


@functools.cache
def _closing_at_end() -> re.Pattern:
    valedictions = "|".join(re.escape(v) for v in VALEDICTIONS)
    return re.compile(rf"(?:^|[.!?]\s+)(?:{valedictions})[\s,!.]+(?P<name>[^.!?]{{2,60}})$", re.IGNORECASE)


def _closing_in_line(line: str, not_these: AbstractSet[str]) -> str:
    """ "… leider schon weg. Beste Grüße, Hauke von Speiche": a closing and a name ending the line."""
    found = _closing_at_end().search(line)
    return person_name(found.group("name"), not_these, strict=True) if found else ""


# A motto in quotes above the name ('"Sufragio Efectivo. No Reelección."'), and the office the signer
# holds, on its own line ending in a comma under an office signed for ("Pour le Maire et par délégation,
# / La Directrice générale des services, / Anne Perrot"): neither is the name.
_MOTTO = re.compile(r"^[\"“„«].*[\"”“»]$")
_OFFICE_HELD = re.compile(r"^(?:le|la|l['’]|les|the|el|der|die)\s.+,$", re.IGNORECASE)
# The office written with its article and no comma ("La Directrice des ressources humaines", "Par
# délégation, la Directrice Générale des Services"): an office when a title word says so.
_OFFICE_WITH_ARTICLE = re.compile(r"^(?:par d[ée]l[ée]gation,?\s+)?(?P<office>(?:le|la|l['’]|the|el|der|die)\s.+)$",
                                  re.IGNORECASE)


def is_office_held(line: str) -> bool:
    """ "Le Directeur Général des Services", "La Directrice des ressources humaines,": the office the
    signer holds, on its own line above their name; never the name."""
    line = line.strip()
    if _OFFICE_HELD.match(line):
        return True
    found = _OFFICE_WITH_ARTICLE.match(line)
    return found is not None and _holds_a_title(found["office"])


# Signers side by side, as a letter's template sets them ("Tobias Feldkamp          Dr. Ines Rathgeber"
# above "Leiter Personal          Geschäftsführerin"): columns apart by three spaces or a tab.
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def first_column(line: str) -> str:
    """The first of signature columns set side by side: the first signer, who writes to the applicant."""
    return _COLUMN_GAP.split(line.strip(), maxsplit=1)[0]


def _signing_rows(layout: Layout, skip_offices: bool) -> list[str]:
    """The signature's lines, columns and all, without an "i.A." line of its own, and
    (`skip_offices`) without the line of an office signed for ("Für den Rektor:")."""
    return [row for row, line in ((row, first_column(row)) for row in layout.signature)
            if not _PREFIX_ONLY.match(line) and not _MOTTO.match(line) and not is_device_footer(line)
            and not (skip_offices and (_ON_BEHALF.match(line) or is_office_held(line)))]


def _signing_lines(layout: Layout, skip_offices: bool) -> list[str]:
    """The signature's lines as `_signing_rows`, each its first column."""
    return [first_column(row) for row in _signing_rows(layout, skip_offices)]


_PERSONA = re.compile(r"^[^\W\d_][\w'’-]*[ \t]+(?:at|from|@|bei|von|chez|de|en)[ \t]+\S", re.IGNORECASE)


def signs_as_persona(layout: Layout) -> bool:
    """ "Aoife at Kestrel Outdoor": a first name and the company on the signing line, as recruiting
    systems' templates sign; without a surname, a persona as often as a person."""
    if layout.inline_signer:
        return bool(_PERSONA.match(layout.inline_signer.strip()))
    lines = _signing_lines(layout, skip_offices=False)
    return bool(lines) and bool(_PERSONA.match(lines[0].strip()))


_TEAM_AFTER = re.compile(r"[\s,|·•/–—-]+(?:[\w&'’-]+\s+){0,3}(?:team|teams|[ée]quipe|equipo)\b", re.IGNORECASE)


def signs_as_organisation(signed: str, layout: Layout, display: str, automated: bool) -> bool:
    """ "Cóndor Seguros – Talent Team" signed, "Cóndor Seguros <no-reply@...>" sending: an
    organisation's name before its team's, from an address no person reads; not a person."""
    lines = [layout.inline_signer] if layout.inline_signer else list(layout.signature[:1])
    if not (signed and automated and lines and lines[0].strip().startswith(signed)):
        return False
    return (fold(display.split("–")[0].split(" - ")[0].strip()) == fold(signed)
            and bool(_TEAM_AFTER.match(lines[0].strip()[len(signed):])))


def signed_by_team(layout: Layout) -> bool:
    """Whether the mail is signed by a team or a department ("Recruitment Services", "Ihr
    Campus-Recruiting-Team", "HR-Services") rather than by a person."""
    if layout.inline_signer:
        return False
    lines = _signing_lines(layout, skip_offices=True)
    if not lines or person_name(lines[0], strict=True):
        return False
    words = {part for word in re.split(r"[\s,|/·•:]+", fold(lines[0])) for part in [word, *word.split("-")]}
    return bool(words & (DEPARTMENT_WORDS | _COLLECTIVE))


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
    return _holds_a_title(rest.strip(" ,;:–—-|")) or any(map(_holds_a_title, under))


_FEMININE_NAME_ENDINGS = tables.all_words("feminine_name_endings")


def transliterations(word: str) -> set[str]:
    """How a name may be spelled in an address: "Krüger" -> {"kruger", "krueger"}."""
    german = word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return {fold(word), fold(german)}


def named_contact(text: str, not_these: set[str]) -> str:
    """A person the mail names as the contact: after a cue like "contact", or next to their address."""
    for cue in _CONTACT_CUE.finditer(text):
        window = text[cue.end():cue.end() + 80]
        for match in _FULL_NAME.finditer(window):
            name = person_name(match.group(0), not_these)
            if len(name.split()) >= 2:
                return name
    for address in _ADDRESS.finditer(text):
        local = {fold(p) for p in re.split(r"[._+-]", address.group(1)) if len(p) > 1}
        before = text[max(0, address.start() - 120):address.start()]
        for match in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'’-]+[ \t\n]+[A-ZÀ-ÖØ-Þ][\w'’-]+", before):
            name = person_name(match.group(0).replace("\n", " "), not_these)
            if name and any(transliterations(part) & local for part in name.split()):
                return name
    return ""


def looks_personal(display: str, address: str) -> bool:
    """A sender display name that is a person: a name whose parts appear in the mailbox name."""
    name = person_name(display_as_name(display))
    if not name:
        return False
    local = fold(address.rpartition("@")[0])
    return any(t & {local} or any(v in local for v in t if len(v) >= 3)
               for t in (transliterations(part) for part in name.split()))
