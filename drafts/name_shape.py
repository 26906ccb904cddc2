"""Whether a line reads as a person's name ("i.A. Dr. Julia Weber | HR" -> "Julia Weber"), and a
name's parts: its first name, a display name turned around, its spellings in a mailbox's name.

A department, a title, an office, a firm or a team's compound is no name: the words of the
language tables say which.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from onward.drafts import tables
from onward.drafts.titles import TITLES_BEFORE_A_NAME
from onward.drafts.addresses import VENDOR_NAMES
from onward.drafts.lexicon import DEPARTMENT_WORDS, NAME_PREFIXES, NOT_NAMES, ORG_WORDS, TITLE_WORDS, fold
from onward.drafts.layout import is_closing_word


# Small words inside a name ("Ana de la Torre", "Nadia El Amrani", "Hana Te Rangi", "Omar bin Said"):
# part of the surname, never a word of a sentence there.
NAME_PARTICLES = {"von", "van", "de", "da", "del", "di", "du", "le", "la", "y", "dos", "das", "ten",
                  "ter", "zu", "der", "den", "e", "el", "al", "ben", "bin", "ibn", "bint", "abu", "te", "des",
                  "della", "degli", "dei", "lo", "af", "av", "mac", "ap"}
_CUT = re.compile(
    r"\s*(?:[|,·•/(]|\s[-–—]\s|\s(?:from|von|vom|del|pour|for|@|at|chez|bei|en|of|de l['’]|"
    r"de la|del equipo|from the)\s).*$",
    re.IGNORECASE,
)
PREFIX_ONLY = re.compile(r"^(?:i\.\s?a\.|i\.\s?v\.|ppa\.?|pp\.?|im auftrag|p\.o\.|p/o)$", re.IGNORECASE)
# "Für den Rektor:", "Pour le Directeur", "On behalf of the Dean": the office someone signs for,
# on a line of its own above their name; the office is nobody to greet, the name under it is.
# Also the company itself ("For Malabar Spice Exports Ltd.", above "(Lakshmi Menon)"): no name
# starts with these words. The capital is checked case-sensitively: "Por favor …", "pour vous …" are prose.
ON_BEHALF = re.compile(r"^(?:f(?:ü|ue?)r (?:den|die|das)|pour (?:le|la|l['’])|por (?:el|la)|on behalf of|"
                        r"for the)\b.*$|^(?:for|f(?:ü|ue)r|pour|por)[ \t]+(?-i:[A-ZÀ-Þ]).*$", re.IGNORECASE)
# Academic and professional titles before a name ("Mag. Ursula Pichler-Wendt", "Dipl.-Ing. Jan Ott").
_DEGREES = re.compile(r"^(?:(?:mag\.(?:a\.)?(?:\s?\(fh\))?|dipl\.-\w+\.?|ing\.|di|dott\.(?:ssa)?|lic\.|"
                      r"ldo\.|lda\.)\s+)+", re.IGNORECASE)
# "Rodrigo Saavedra M.": the initial of a second surname after the name.
_TRAILING_INITIAL = re.compile(r"(?<=\w)[ \t]+[A-ZÀ-Þ]\.$")
# Words of a collective that signs (a team, a service) beyond the department words: the parts of
# "HR-Services", "Werkstudierenden-Team", "Personaldienst" are looked up one by one.
COLLECTIVE_WORDS = frozenset({"services", "servicios", "personaldienst", "personaldienste", "equipe", "equipo"})


# Words that are never part of a person's name: a department, a title, an organisation, a
# programme ("Programa Trainee", "Alternance" as a sender's display name), an office or a business.
_BLOCKED = (DEPARTMENT_WORDS | TITLE_WORDS | ORG_WORDS | NOT_NAMES | tables.all_words("programme_words")
            | tables.all_words("not_person_words"))


def _is_name_token(token: str) -> bool:
    core = token.strip("'’")
    # Letters, hyphens and apostrophes only (tested in C: the first letter keeps the rest non-empty).
    return (len(core) >= 2 and core[0].isupper() and core[0].isalpha() and not core.isupper()
            and core.replace("-", "").replace("'", "").replace("’", "").isalpha())


def person_name(text: str, not_these: AbstractSet[str] = frozenset(), strict: bool = False) -> str:
    """The person's name at the start of `text` ("i.A. Dr. Julia Weber | HR" -> "Julia Weber"), or "".

    `strict`, for the person a draft greets: an office signed for ("Für den Rektor") and a team's
    compound ("HR-Services", "Das Werkstudierenden-Team") are no name either. The company's rules
    read signature lines without it: what they learnt to skip as a signer stays skipped."""
    text = text or ""
    # Kept for the lines a mail's readers ask about again and again; never a long text's answer.
    name, written = (_name_at_start_kept if len(text) <= 200 else _name_at_start)(text, strict)
    if not_these:
        folded = fold(written)
        if folded in not_these or _NOT_A_WORD_CHARACTER.sub("", folded) in not_these:
            return ""
    return name


# Compiled once: person_name runs some fifteen times a rejection read (issue 17).
_NOT_A_WORD_CHARACTER = re.compile(r"\W")
_LEADING_MARKS = re.compile(r"^[\s\-–—*•>]+")
_PARTICLE_GROUP = re.compile(r"(?:^|[^p])p+")


def _name_at_start(text: str, strict: bool) -> tuple[str, str]:
    """person_name without `not_these`: the name, and the text it was read from as the mail
    writes it (what not_these is compared with); ("", "") for no name."""
    text = _LEADING_MARKS.sub("", text)
    if text.startswith("(") and text.rstrip().endswith(")"):
        text = text.strip()[1:-1]  # "(Manisha Deshpande)" under "For Suryakanti Auto Components Ltd."
    text = without_titles(text)
    if strict and ON_BEHALF.match(text):
        return "", ""
    text = _cut(text)
    # Any other abbreviation with a dot before a name ("Mgs.", "Econ.", "Dr. med."): a title.
    text = TITLES_BEFORE_A_NAME.sub("", text)
    text = _TRAILING_INITIAL.sub("", text).strip(" .")
    tokens = text.split()
    particles = sum(1 for t in tokens[1:-1] if t.lower() in NAME_PARTICLES)
    if (not 1 <= len(tokens) - particles <= 4 or not _is_name_token(tokens[0])
            or not _is_name_token(tokens[-1])):
        return "", ""
    if any(not _is_name_token(t) and t.lower() not in NAME_PARTICLES for t in tokens[1:-1]):
        return "", ""
    # One group of particles ("de la", "El"): "Oficina de Empleabilidad y Prácticas" has two.
    if len(_PARTICLE_GROUP.findall("".join("p" if t.lower() in NAME_PARTICLES else "w" for t in tokens[1:-1]))) > 1:
        return "", ""
    folded = [fold(t) for t in tokens]
    # "Pauline Le Goff", "Anne De Smet": a particle inside a name is not the French article "le".
    inner_particles = {i for i, f in enumerate(folded) if 0 < i < len(folded) - 1 and f in NAME_PARTICLES}
    if (any(f in _BLOCKED for i, f in enumerate(folded) if i not in inner_particles)
            or is_closing_word(tokens[0]) or is_closing_word(text)
            or (strict and (_names_collective(folded) or not _SYSTEM_OR_FIRM.isdisjoint(folded)
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


def without_titles(text: str) -> str:
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
    return any(word in COLLECTIVE_WORDS or ("-" in word and any(
        part in _BLOCKED or part in COLLECTIVE_WORDS for part in word.split("-") if len(part) > 2)) for word in folded)


def first_name(full: str) -> str:
    return full.split()[0] if full else ""


def display_as_name(display: str) -> str:
    """A display name in "Last, First" order turned around; others unchanged."""
    parts = [p.strip() for p in display.split(",")]
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        return f"{parts[1]} {parts[0]}"
    return display


# Words of a business's name that no table of names blocks ("Silver Creek Vineyards", "Northwind
# Traders", "Green Valley Farm Shop", "Obermeier Gruppe"): beside a job title, the firm signs, not a
# person; and no name a draft greets holds one, under a closing or not ("Cheers, / Northwind Traders").
FIRM_WORDS = tables.all_words("firm_words") | tables.all_words("group_words")
_SYSTEM_OR_FIRM = _SYSTEM_NAMES | FIRM_WORDS  # made once: person_name tests it at each strict reading
# The last parts of an office's or a firm's compound in languages that write them as one word
# ("Praktikumsbüro", "Gemeindeverwaltung", "Kreissparkasse", "Personalservice").
_COMPOUND_ENDINGS = tuple(sorted({
    word for code, language in tables.tables().items() if language.get("compound_titles")
    for name in ("firm_words", "group_words", "not_person_words", "department_words")
    for word in tables.words(code, name) if len(word) >= 4}))


def _is_office_compound(word: str) -> bool:
    """ "Praktikumsbüro", "Landeshauptstadt": a long word ending in an office's or a firm's word."""
    # Most words end in none of them: one test in C first.
    return (word.isalpha() and word.endswith(_COMPOUND_ENDINGS)
            and any(word.endswith(end) and len(word) >= len(end) + 4 for end in _COMPOUND_ENDINGS))


def transliterations(word: str) -> set[str]:
    """How a name may be spelled in an address: "Krüger" -> {"kruger", "krueger"}."""
    german = word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return {fold(word), fold(german)}


_LOCAL_PARTS = re.compile(r"[._+-]")


def agrees_with_address(name: str, address: str) -> bool:
    """ "Claudia Benavent" from claudia.benavent@…: a part of the name in the mailbox's name."""
    local = {fold(p) for p in _LOCAL_PARTS.split(address.rpartition("@")[0]) if len(p) > 1}
    return any(transliterations(part) & local for part in name.split())
