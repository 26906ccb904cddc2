"""A title's qualifiers: what the mail writes after a title about how the job is offered rather than
which job it is — working time, a pay band, the contract, a place or a shift, a reference. One rule
decides what a stated role keeps: none of them, each dropped whole; a part is a qualifier only when
every word of it is one.
"""

from __future__ import annotations

import re

from onward.drafts import tables
from onward.drafts.company import is_place
from onward.drafts.lexicon import fold
from onward.drafts.role_title import whole_word_ends

# "– Remote", "– Standort Hamburg", "– CDI", "– DACH region", "– Ref 2231": how, where or under which
# reference the job is offered (drafts/languages/*.toml `terms_words`, `reference_words`).
TERMS = tables.all_words("terms_words") | tables.all_words("reference_words")
# "– Ref 2231", "– Nr. 114", "– Job ID: 77": a number after the words.
_NUMBER_AFTER = re.compile(r"[ \t]*[.:#]?[ \t]*\d")
# Small words that join a qualifier's words ("befristet auf 2 Jahre", "Équipe de nuit", "30 Std. pro
# Woche"): no qualifier alone, and no field either (drafts/languages/*.toml `qualifier_connectors`).
_CONNECTORS = tables.all_words("qualifier_connectors")
# A figure or its unit: "30", "0.8", "80 %", "30h", "£28k", "h" of "30 h/semana"; a rate of pay
# ("$19.50/hr", "£32k/yr"). Not "hr" alone: "– HR" is a field.
_FIGURE = re.compile(r"^[£€$]?\d+(?:[.,:–-]\d+)*(?:%|h|k|€|£)?(?:/(?:hr|h|hour|yr|year|annum))?$|^[%€£$h]$")
# An ordinal is a qualifier only beside a shift's word ("2nd Shift"): "3rd Grade", "2nd Line" name the
# post (drafts/languages/*.toml `ordinal_terms`).
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_ORDINAL_TERMS = tables.all_words("ordinal_terms")
# A reference code: letters and digits with three digits or more ("JR-0045127", "R4471", "#114",
# "2024/PAS/118").
_REFERENCE_CODE = re.compile(r"^#?(?=(?:[^\d]*\d){3})[^\W_]+(?:[-/.][^\W_]+)*$")


def _qualifier_word(word: str) -> bool:
    """Whether one word of a part says the job's terms: a listed terms or reference word, a figure
    with its unit, a reference code, a town, or a connector; "12-month", "h/semana" and "Std./Woche"
    when each of their pieces does."""
    word = word.strip(".,:;()[]")
    folded = fold(word)
    if (not word or folded in TERMS or folded in _CONNECTORS or _FIGURE.match(folded)
            or _REFERENCE_CODE.match(folded) or is_place(word)):
        return True
    pieces = [p for p in re.split(r"[/-]", word) if p.strip(".")]
    return len(pieces) > 1 and all(_qualifier_word(p) for p in pieces)


def says_terms(words: str, after: str) -> bool:
    """Whether the words of a part (after a dash or a comma, or in brackets) say only the job's
    reference, contract, working time, shift or place rather than its field: every word of them is
    one of these ("– Nights", "(befristet auf 2 Jahre)", "– 30 h/semana"), or they are followed by a
    number ("– Ref" then "2231"). A single listed word among others is not enough: "Night Operations",
    "Contract Services" and "Level 3 Support" are a field. `after` is the text after them."""
    split = words.split()
    if not split or all(fold(w.strip(".,:;()[]")) in _CONNECTORS for w in split):
        return False
    return (_NUMBER_AFTER.match(after) is not None
            or is_place(words) or all(_qualifier_word(w) or _shifts_ordinal(w, split) for w in split))


def _shifts_ordinal(word: str, split: list[str]) -> bool:
    """ "2nd" of "2nd Shift": an ordinal among a shift's words says when, not which job."""
    return bool(_ORDINAL.match(fold(word))) and any(fold(w) in _ORDINAL_TERMS for w in split)


_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?![\w/-])")
_YEAR_AT_END = re.compile(r"^(?P<w>[^\d]*[^\d\s])[ \t]+(?:19|20)\d\d$")


def without_terms_after_dash(role: str, body: str) -> str:
    """ "Comptable – CDI – Bordeaux" -> "Comptable", "Account Manager – DACH" -> "Account Manager":
    a role caught with a dash in it ends before the first part after a dash that gives the job's
    reference, contract, working time or place."""
    dashes = list(_DASH.finditer(role))
    if not dashes:
        return role
    ends = whole_word_ends(role, body)
    after = body[ends[0]:ends[0] + 8] if ends else ""
    for i, dash in enumerate(dashes):
        last = i == len(dashes) - 1
        part = role[dash.end():] if last else role[dash.end():dashes[i + 1].start()]
        # "Cocinero/a – Temporada 2027": a season or intake's year is the title's, a reference's number is not.
        year = _YEAR_AT_END.match(part)
        if says_terms(year.group("w") if year else part, after if last else ""):
            return role[:dash.start()]
    return role


# "en CDI de jour", "in Vollzeit", "a jornada completa", "on nights": the contract or working time a
# mail writes on after a title with no dash (drafts/languages/*.toml `contract_words`, `terms_openers`).
_CONTRACT = tables.all_words("contract_words")
_OPENERS = tables.all_words("terms_openers")
_CONNECTORS_OR_OPENERS = _CONNECTORS | _OPENERS  # joined once, not at each call


def _lower_case_small_word(word: str) -> bool:
    return word.islower() and fold(word) in _CONNECTORS_OR_OPENERS


def _written_as_terms(word: str) -> bool:
    """A terms word as terms write it: in lower case ("de jour", "nights") or in capitals ("CDI"),
    or a contract's word in any case ("in Vollzeit"). A capitalised schedule word is the title's own:
    "Jefe de Turno", "Head of Nights"."""
    folded = fold(word)
    return folded in TERMS and (folded in _CONTRACT or word.islower() or (word.isupper() and len(word) > 1))


def without_terms_written_on(role: str) -> str:
    """ "Infirmier(e) DE en CDI de jour" -> "Infirmier(e) DE", "Repartidor a jornada completa" ->
    "Repartidor": the title ends before the terms a mail writes on after it with a small word and no
    separator: a run to the role's end opened by a small word in lower case, then terms words written
    as terms are (_written_as_terms), figures and the small words between them, that holds a contract's
    word or is opened otherwise than by a connector of the title's ("de", "of"). Schedule words written
    into a title stay its own ("Night Auditor", "Jefe de Turno", "Veilleur de nuit"): only the run at
    the end goes, and never the whole role."""
    words = role.split()
    for i in range(1, len(words)):
        run = words[i:]
        if _lower_case_small_word(words[i - 1]):
            continue  # the run opens after a small word: the cut would leave the title dangling
        # "Vendedora Part-Time", "Verkäufer Teilzeit", "Reponedor/a turno de noche": terms written on
        # with no small word between are how the mail names the post, and stay.
        if not _lower_case_small_word(run[0]):
            continue
        terms = [w for w in run if not _lower_case_small_word(w)]
        if not (terms and all(_written_as_terms(w) or _FIGURE.match(fold(w)) for w in terms)
                and any(_written_as_terms(w) for w in terms)):
            continue
        # "Veilleur de nuit", "Camarero de noche": a shift after "de"/"of" may be the title's own; a
        # contract's word never is.
        if fold(run[0]) in _CONNECTORS:
            if any(fold(w) in _CONTRACT for w in terms):
                return " ".join(words[:i])
        # "Comptable en alternance", "Directeur financier en intérim": one lower-case word after "en"
        # may say what the post is (an apprenticeship, an interim post); terms that say more ("en CDI",
        # "en intérim 35 h", "en équipe de nuit") are the contract's or the working time's.
        elif len(terms) > 1 or not terms[0].islower():
            return " ".join(words[:i])
    return role


# "(80 %)", "(12-month contract)", "(befristet auf 2 Jahre)": a bracket closing the title.
_BRACKET_AT_END = re.compile(r"[ \t]*\((?P<w>[^()]*)\)$")
# ", Band 7", ", EG 9", ", Nights": the part after a title's last comma.
_LAST_COMMA = re.compile(r"[ \t]*,[ \t]*(?P<w>[^,]+)$")


def without_qualifiers(role: str, body: str = "") -> str:
    """The title without its qualifiers: the one rule for what a stated role keeps. A part after a
    dash, after the last comma or in brackets at the end that says how the job is offered rather
    than which job it is — working time or a percentage ("– 30 h/semana", "(80 %)"), a pay band or
    grade (", Band 7", "EG 9"), a contract or its length ("CDD 8 mois", "(befristet auf 2 Jahre)"),
    a place or a shift ("– Lyon", "– Turno Mixto", "Nights"), a reference ("Req 4471") — goes whole,
    with its separator. It is one only when every word of it is (says_terms): "Manager, Night
    Operations" keeps its field. Its words written into the title without a separator are the
    title's ("Adjoint administratif de 2e classe")."""
    while True:
        bracket = _BRACKET_AT_END.search(role)
        comma = _LAST_COMMA.search(role)
        if bracket and role[:bracket.start()].strip() and says_terms(bracket.group("w"), ""):
            shorter = role[:bracket.start()]
        elif comma and role[:comma.start()].strip() and says_terms(comma.group("w"), ""):
            shorter = role[:comma.start()]
        else:
            shorter = without_terms_written_on(without_terms_after_dash(role, body))
        if shorter == role:
            return role
        role = shorter.rstrip()


# A bracket that says the job's terms anywhere in a text: "Teaching Assistant (Level 3) application".
_BRACKET = re.compile(r"[ \t]*\((?P<w>[^()\n]*)\)")


def without_qualifier_brackets(text: str) -> str:
    """The text without its brackets of qualifiers ("Responsable de Compras (Zaragoza)" -> "Responsable
    de Compras"): a subject read against a role without them."""
    return _BRACKET.sub(lambda m: "" if says_terms(m.group("w"), "") else m.group(0), text)
