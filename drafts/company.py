"""Which company the rejection is from: every clue is a weighted vote, the strongest cluster wins.

Clues: team signatures, the signature's company line, phrases like "interest in Acme", the
subject, the sender's display name, and the sender's domain (which also confirms the others).
An applicant-tracking system's name is never the answer, even when it sent the mail.
"""

from __future__ import annotations

import re
from collections import defaultdict
import dataclasses
from dataclasses import dataclass
from collections.abc import Iterable
from typing import Callable

from onward.classifier.forwards import DATE_KEYS, RECIPIENT_KEYS, SENDER_KEYS, SUBJECT_KEYS, alternation
from onward.drafts import tables
from onward.drafts.company_keys import (LEGAL_FORMS_AT_END, LEGAL_FORMS_IN_A_LINE, NAME_CONNECTORS, ONLY_LEGAL_FORMS, acronym,
                                        related_names, case_ending_form, declined_form, key, matches_label,
                                        without_legal_form)
from onward.drafts.company_keys import keys  # role.py imports it from here too
from onward.drafts.company_phrases import GOVERNING_BODY, cued_matches, without_owner_phrase, without_programme
from onward.drafts.company_within import the_organisation_within
from onward.drafts.people import person_name
from onward.drafts.titles import TITLES_BEFORE_A_NAME
from onward.drafts.addresses import VENDOR_NAMES
from onward.drafts.lexicon import (DEPARTMENT_WORDS, GROUP_WORDS, JOB_WORDS, LEGAL_FORM, NOT_COMPANIES, NOT_NAMES,
                                   ORG_OR_GROUP_WORDS, ORG_WORDS, PROGRAMME_WORDS, ROLE_NOUNS, TITLE_OR_JOB_WORDS,
                                   TITLE_WORDS, fold)
_LEADING = {"the", "der", "die", "das", "la", "le", "les", "el", "los", "las", "d'", "ihr", "ihre", "dein",
            "deine", "your", "our", "at", "bei", "chez",
            # A subject's first segment: "Postulación Jefe/a de Ventas", "Bewerbung Fahrradladen Speiche".
            "postulacion", "candidatura", "candidature", "bewerbung", "application", "solicitud"}
_ATS_WORDS = {fold(n) for n in VENDOR_NAMES}
# A sentence's small words ("um", "the", "de"): no name opens with one in lower case (_not_a_name),
# and no noun a name describes is one (_describes_a_noun).
_FUNCTION_WORDS = tables.all_words("stopwords")
_OF = {"of", "de", "del", "des", "du", "fur", "der", "d'"}
_ARTICLES = {"la", "las", "los", "the"}
# Words that open a public body's own name: "Department of Transport", "Ministerio de Sanidad".
PUBLIC_BODIES = {"department", "departamento", "departement", "ministry", "ministerio", "ministere"}
# Kinds of organisation that name no one employer on their own ("the University", "la Universidad").
GENERIC_ORGS = {"universitat", "universidad", "universite", "universita", "hochschule", "ecole",
                 "escuela", "hospital", "hopital", "klinikum", "clinic", "ministry", "ministerio",
                 "ministere", "city", "council", "stadt", "ville", "ayuntamiento", "museum", "musee",
                 "museo", "company", "firm"}
STRONG_CLUES = frozenset({"signature", "team", "anchored"})  # clues that name the employer in a known phrase
# The word sets clean() and its parts test a word against, joined once here: a union written inside a
# function is built anew at each call (some hundreds of words, several times a candidate name).
_ORG_GROUP_OR_DEPARTMENT_WORDS = ORG_OR_GROUP_WORDS | DEPARTMENT_WORDS
_DEPARTMENT_WORDS_OR_OF = DEPARTMENT_WORDS | _OF
_NEVER_OPENS_A_COMPANY = NOT_COMPANIES | NOT_NAMES | ROLE_NOUNS | TITLE_WORDS
_ATS_WORDS_INSIDE_A_NAME = _ATS_WORDS - {"join", "gem"}
# clean()'s patterns, compiled once rather than looked up in re's cache at each call.
_ELIDED_DE = re.compile(r"^d'\w", re.IGNORECASE)
_WHAT_FOLLOWS_A_NAME = re.compile(r"\s+[-–—·•|]\s+|,\s+|\s*\(|\s+\*")
CONTACT_LINE = re.compile(r"\d{3}|@|https?://|www\.|^(?:tel|phone|fax|mobile|mob|t|m|f)\b[.:]?",
                           re.IGNORECASE)
SIGNATURE_SEGMENTS = re.compile(r"\s*(?:\||·|•|,|\s[-–—]\s|\s@\s|\s(?:at|bei|chez|en|de)\s)\s*")


def signature_segments(line: str) -> list[str]:
    """A signature line's parts (SIGNATURE_SEGMENTS), a legal form read whole: "Muebles Quinta, S.A. de
    C.V." is not split at its comma nor at the "de" of its form, which left "C.V" a name of its own."""
    # Only a form that ends its part: in "Talent Partner, SE Region" or "Lena Berg, AB Volvo Cars" the
    # letters after the comma open the next part's name, no legal form of the part before.
    forms = [found.span() for found in LEGAL_FORMS_IN_A_LINE.finditer(line)
             if not line[found.end():].strip() or SIGNATURE_SEGMENTS.match(line, found.end())]
    parts, start = [], 0
    for separator in SIGNATURE_SEGMENTS.finditer(line):
        if not any(begin <= separator.start() < end for begin, end in forms):
            parts.append(line[start:separator.start()])
            start = separator.end()
    return parts + [line[start:]]


@dataclass(frozen=True)
class Sender:
    """What a name is weighed against beyond its words: the mail's language and the names the sender
    carries (its display names, its domain's labels). A name the sender carries is its own."""
    language: str = ""
    display_names: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()

    def carries(self, name: str) -> bool:
        own = key(name)
        return bool(own) and (any(own in key(display) for display in self.display_names)
                              or any(matches_label(name, label) for label in self.labels))


def clean(surface: str, sender: Sender = Sender()) -> str:
    """Strip articles and department words around a captured name; "" if it is not a company."""
    # "HR-Team der Rheinmöbel", "Recruiting-Team von X", "l'équipe RH de X" written as one line.
    if _two_signers(surface):
        return ""  # "Marc Hoffeld            Josée Wagener-Bintz": two people signing side by side
    surface = without_owner_phrase(_TEAM_OF.sub("", surface.replace("’", "'")))
    surface = _AND_THE_READERS.sub("", surface)
    words, firms_own = _without_department_phrase(surface.split(), sender.labels)
    if not words:
        return ""  # "Reclutamiento – Capital Humano": the department alone
    if not firms_own:
        words = _without_a_service_unit(words)
    department_of = False  # a department's name opened it: "Coordinación de ...", "Direction des ..."
    while words and not firms_own and (fold(words[0]) in _LEADING or _department_word(words[0])
                                       or department_head(" ".join(words))):
        if fold(words[0]) in PUBLIC_BODIES and len(words) > 2 and fold(words[1]) in _OF:
            break  # "Department of Coastal Infrastructure": a public body's name, not "of Coastal..."
        popped = words.pop(0)
        # "Dpto. de Personal de X", "Abteilung Personal der X": the department's "de" goes with it.
        # "Direction des ...", "Coordinación de ...": a head of a department, then its field.
        # "Dirección de Personal de X": a department's own word as the field, the employer follows.
        if _department_word(popped) or fold(popped) in DEPARTMENT_HEADS:
            department_of = (fold(popped) in DEPARTMENT_HEADS and len(words) > 1
                             and fold(words[0]) in _ROMANCE_OF)
        if _department_word(popped) and len(words) > 1 and fold(words[0]) in _OF:
            words.pop(0)
        # "Dirección General de Grupo X", "Direction Juridique du Groupe X": the head and its one word,
        # then the organisation itself ("Dirección General de Tráfico", a body of its own, stays as it was).
        article = int(len(words) > 3 and fold(words[2]) in _ARTICLES)  # "Direction Financière de la Banque X"
        if (fold(popped) in DEPARTMENT_HEADS and len(words) > 2 + article and words[0][:1].isupper()
                and fold(words[1]) in _OF and fold(words[2 + article]) in ORG_OR_GROUP_WORDS):
            del words[:2 + article]
            department_of = False
            break
    if all(fold(w) in _DEPARTMENT_WORDS_OR_OF for w in words):
        return ""  # "Dirección de Gestión Humana": a department of the employer
    if department_of:
        words = _after_department_field(words)
        if not words:
            return ""  # "Coordinación de Enseñanza y Servicio Social": the department's field alone
    words = _without_team_suffix(words)
    if words and _ELIDED_DE.match(words[0]):  # "l'équipe d'Opaline"; keep "L'Oréal"
        words[0] = words[0][2:]
    while words and (fold(words[-1]) in DEPARTMENT_WORDS or fold(words[-1]) in {"&", "and", "und", "-"}
                     # "Brenner Automotive Recruiting Center": a department's office after the name
                     or (fold(words[-1]) in _OFFICES and len(words) > 2 and fold(words[-2]) in _RECRUITING)):
        words.pop()
    name = _without_possessive(" ".join(words).strip(" .,;:-–|\"'"))
    if _TOWN_AND_STATE.match(name) and not LEGAL_FORMS_AT_END.search(name):
        return ""  # "Toronto, ON", "Vancouver, BC": the address line under the firm's name
    # "Clinique Santélia – Lyon Est", "Université X, Montréal (Québec)", "Hotel Y ****S": a place,
    # a branch or a rating follows the name; the name is what comes first. A firm of several
    # names ("Tan, Wong & Partners") keeps its commas: cut there, it would be one person's name.
    title = _TITLE_FIRST.match(name)
    if title and all(fold(w) in TITLE_OR_JOB_WORDS for w in title.group(1).split()):
        name = name[title.end():]  # "Principal, Maple & Oak Design Studio": the title, then the firm
    partners = PARTNERS.match(name)
    kept = partners.group(0) if partners else ""
    rest = _WHAT_FOLLOWS_A_NAME.split(name[len(kept):])[0] if not kept or \
        name[len(kept):][:1] not in ",(" else ""
    name = (kept + rest).strip(" .,;:-–|\"'*")
    name = without_programme(_firm_before_its_programme(GOVERNING_BODY.sub("", name), sender.labels))
    folded = [fold(w) for w in name.split()]
    if _not_a_name(name, folded) or _cut_at_a_connector(name) or _only_a_legal_form(name):
        return ""
    if _no_name_alone(name, folded, sender) or _signed_for_an_office(folded):
        return ""
    if folded[0] in _SELECTION_WORDS and len(folded) > 1 and name.split()[1][:1].isupper() \
            and not clean(name.split(maxsplit=1)[1], sender):
        return ""  # "Búsqueda Supervisor de Depósito": a selection's subject, a role after it ("Búsqueda Azul" stays)
    # A job board's word inside a firm of names is a surname ("Tallow & Reed"): only its first word counts.
    # "Ashby & Partners Dental": a surname that is also a recruiting system's name.
    inside = [] if {"&", "and", "und", "et", "y"} & set(folded) else folded
    if not folded or len(name) > 60 or fold(name) in _ATS_WORDS or set(inside) & _ATS_WORDS_INSIDE_A_NAME:
        return ""
    if folded[0] in _NEVER_OPENS_A_COMPANY or _title_word(folded) or _an_office(folded):
        return ""
    if _street(name, folded, surface, sender):
        return ""  # "ValueHub Supermarket – Ring Road, Ibadan", "Rathausplatz 1": the address's street
    if len(folded) == 1 and _abstract_noun(folded[0], sender.language) and not sender.carries(name):
        return ""  # "bei der Einladung zu den Auswahlgesprächen": a noun of the sentence
    if folded[0] in JOB_WORDS or folded[0] in _UNSOLICITED or all(w.isdigit() for w in folded):
        return ""
    if _MARKED.sub("", folded[0]) in JOB_WORDS:
        return ""  # "Actuario/a Senior", "Werkstudent*in": a title written inclusively, not a company
    return the_organisation_within(name, sender.labels)


# "X und Ihre Bewerbung", "X and your interest": the sentence goes on past the name (any language's
# reader's possessive after any language's "and").
_AND_THE_READERS = re.compile(r"\s+(?:und|and|et|y|e)\s+(?:" + "|".join(sorted(tables.all_words("reader_possessives")))
                              + r")\b.*$", re.IGNORECASE | re.DOTALL)
assert tables.all_words("reader_possessives"), "an empty list would cut every name at its 'and'"


# Words that never name an employer standing alone: a subject's or a mailbox's label ("Outcome",
# "Résultat", "Notif"), an office or a rank ("Bureau", "Dean"), a contract's kind ("CDD"), a sentence's
# pronoun ("Ihrer") (drafts/languages/*.toml `not_company_alone`). Inside a name they are its own:
# "Bureau Veritas", "Public Storage".
_NOT_ALONE = tables.all_words("not_company_alone")


# An umbrella over the body that wrote: "Public Service of Canada" for its department, "Cabinet du
# Recteur" for its university, "Bundesverwaltung" for its Bundesamt (drafts/languages/*.toml
# `umbrella_names`; company_clues.without_umbrellas decides when it is one). A phrase written with
# "…" takes a place after it ("Government of …": "Government of Western Australia"); the others only
# stand alone ("Civil Service Fast Stream", "Public Service Credit Union" are names of their own).
_OPEN_END = "…"
_UMBRELLAS = tuple((tuple(fold(p.rstrip(_OPEN_END)).split()), p.endswith(_OPEN_END))
                   for p in tables.all_phrases("umbrella_names"))
_PLACE_WORDS_AT_MOST = 3


def an_umbrella(name: str) -> bool:
    """Whether a name is an umbrella's: "Public Service of Canada", "Bundesverwaltung"."""
    folded = [fold(w) for w in name.split()]
    for phrase, open_ended in _UMBRELLAS:
        if tuple(folded[:len(phrase)]) != phrase:
            continue
        rest = len(folded) - len(phrase)
        if rest == 0 or (open_ended and rest <= _PLACE_WORDS_AT_MOST):
            return True
    return False


# A selection's word opening a subject before the role ("Proceso Director/a de Operaciones").
_SELECTION_WORDS = tables.all_words("selection_subject_words")
_SIGNING_FOR = frozenset(tuple(fold(p).split()) for p in tables.all_phrases("signing_for"))


def _signed_for_an_office(folded: list[str]) -> bool:
    """ "Für die Bildungsdirektorin", "Pour le CA": a signer acting for an office of one word; "Für die
    Stadtwerke Ulm" names a firm and stays."""
    return len(folded) >= 3 and tuple(folded[:-1]) in _SIGNING_FOR


def _no_name_alone(name: str, folded: list[str], sender: Sender) -> bool:
    """One word that is no employer's by itself: one of the words above, or one lower-case word of a
    sentence or a mailbox ("outcome", "avisos" of bumeran-avisos), unless the sender's domain label is
    that word (a brand "lumenio"; a firm called "Bureau", capitalised, of bureau.example). A town alone stays a candidate (facts.A_PLACE):
    it keeps a department behind it ("Área de Compras / Valencia") from being the rules' winner (alone,
    with nothing behind it, Votes.candidates leaves it out)."""
    if len(folded) != 1:
        return False
    own = any(folded[0] == fold(label).replace("-", "") for label in sender.labels)
    if folded[0] in _NOT_ALONE:  # kept only as a firm's capitalised name its domain gives: "Bureau" of bureau.example
        return not own or name.islower()
    return name.islower() and not own


# The gap between a signature's columns: the mayor's and the HR head's names side by side.
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def _two_signers(surface: str) -> bool:
    """A line of two or more columns that each read as a person's name ("Gérald Zufferey      Martine
    Fellay", "Tobias Feldkamp      Dr. Ines Rathgeber"): two signers, whose names run together once the line's spaces are read as one. A firm
    beside its address ("Kavanagh White LLP      12 Dock Street") is no such line."""
    columns = [c.strip(" ,") for c in _COLUMN_GAP.split(surface.strip()) if c.strip(" ,")]
    return len(columns) >= 2 and all(_a_signers_column(c) for c in columns)


def _a_signers_column(column: str) -> bool:
    """A person's name, a title before it at most ("Dr. Ines Rathgeber", "Mag. Eva-Maria Fink")."""
    name = person_name(column)
    return (2 <= len(name.split()) <= 4 and column.endswith(name) and len(column.split()) <= len(name.split()) + 2
            and not names_organisation(column) and not LEGAL_FORMS_AT_END.search(column))


def own_word(word: str) -> bool:
    """A word of a name's own ("Tolteca"), no kind of organisation's, group's, department's or
    legal form's ("Solutions Ltd" is no name by itself)."""
    return (len(word) >= 3 and word[:1].isupper() and not LEGAL_FORM.fullmatch(word)
            and fold(word) not in _ORG_GROUP_OR_DEPARTMENT_WORDS)


_DEPARTMENT_PHRASES = tuple(fold(p).split() for p in tables.all_phrases("department_phrases"))
_DEPARTMENT_PHRASE_WORDS = max((len(phrase) for phrase in _DEPARTMENT_PHRASES), default=0)


def _without_department_phrase(words: list[str], labels: tuple[str, ...] = ()) -> tuple[list[str], bool]:
    """"Capital Humano Grupo Financiero Tolteca" -> "Grupo Financiero Tolteca": the department the
    sender writes from, before the employer's name; [] for the department alone. Cut only when what
    follows is itself an organisation's whole name (a group's or an organisation's word, then the
    name's own words) or follows a separator ("Human Capital – Acme Corp"): "Capital Humain
    Partenaires", "Human Capital Solutions Ltd" are firms' own names, kept whole (True: no
    department's word is stripped from their front). Cut too where the sender's domain (`labels`) is
    what follows or a word of it, with nothing of the department: "Capital Humano Farmacéutica Lumar"
    from lumar, not "Capital Humano Mercader" from chmercader."""
    opening = [fold(w) for w in words[:_DEPARTMENT_PHRASE_WORDS]]  # folded once, not once a phrase
    for phrase in _DEPARTMENT_PHRASES:
        if len(words) >= len(phrase) and opening[:len(phrase)] == phrase:
            rest = words[len(phrase):]
            if all(fold(w) in _DEPARTMENT_WORDS_OR_OF or not w.strip("-–—|·,") for w in rest):
                return [], False
            if not rest[0].strip("-–—|·,") or fold(rest[0]) in _OF:
                return rest, False  # "Capital Humano – Grupo X", "Capital Humano de Grupo X"
            if fold(rest[0]) in ORG_OR_GROUP_WORDS and any(own_word(w) for w in rest[1:]):
                return rest, False
            if set(labels) & ({key(" ".join(rest))} | {key(w) for w in rest if len(key(w)) >= 4}):
                return rest, False  # the domain is the rest's name or a word of it, nothing more ("lumar")
            return words, True
    return words, False


# A grade after a job title: "Clinical Research Associate II", "Engineer 3".
_GRADE = re.compile(r"^(?:i{1,3}|iv|v|[1-5])$")


# A person's office opening a name: "Dekanin des Fachbereichs ...", "Superintendente de Planta ...",
# "Dean of the School of Law" (drafts/languages/*.toml `office_titles`). Read only here: many of these
# words are surnames too ("Alcalde", "Doyen"), which a person's name may still hold.
_OFFICE_TITLES = tuple({tuple(fold(p).split()) for p in tables.all_phrases("office_titles")})
# The titles by their first word: a name is compared only with those its first word opens.
_OFFICE_TITLES_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _title in _OFFICE_TITLES:
    _OFFICE_TITLES_BY_FIRST_WORD.setdefault(_title[0], []).append(_title)


def _an_office(folded: list[str]) -> bool:
    """The name's first words are an office's title: the signer's, not the employer."""
    return bool(folded) and any(tuple(folded[:len(title)]) == title
                                for title in _OFFICE_TITLES_BY_FIRST_WORD.get(folded[0], ()))


def _title_word(folded: list[str]) -> bool:
    """A name that ends like a job title, its grade aside ("Research Associate II")."""
    last = folded[-2] if len(folded) > 1 and _GRADE.match(folded[-1]) else folded[-1]
    return last in JOB_WORDS


def _abstract_noun(word: str, language: str) -> bool:
    """One of the mail's language's abstract nouns by its ending ("Einladung", "Entscheidung" in a
    German mail; an English mail's "Samsung" is a name); an organisation's or an office's word is
    none ("Gemeindeverwaltung", "Bürgerstiftung")."""
    endings = tuple(fold(e) for e in tables.phrases(language, "abstract_noun_endings")) if language else ()
    return (any(word.endswith(e) and len(word) >= len(e) + 4 for e in endings)
            and not names_organisation(word) and not word.endswith(_OFFICE_ENDINGS))


_STREET_WORDS = frozenset(fold(w) for w in tables.all_phrases("street_words"))
_STREET_ENDINGS = tuple(fold(w) for w in tables.all_phrases("street_endings"))


def _street(name: str, folded: list[str], line: str, sender: Sender) -> bool:
    """A street's name, its number aside: a street's word last ("Ring Road", "Rathausplatz 1") or
    first with what makes an address on its line, a number or a postcode ("Calle Mayor 5", "Rue
    Garibaldi, 69003 Lyon"), and not the sender's own name ("Lane Crawford", "Rue du Commerce" are
    firms; a shop's domain may carry its street, "pennywise-millroad"); a kind of organisation's word
    makes it a company's ("Hotel Avenida", "Abbey Road Studios")."""
    words = [w for w in folded if not w.isdigit()]
    if not words or len(words) > 4:
        return False
    # The street's shape first: most names have none, and their words are then not looked up.
    return ((words[-1] in _STREET_WORDS and len(words) > 1) or words[-1].endswith(_STREET_ENDINGS)
            or (len(words) > 1 and words[0] in _STREET_WORDS and bool(_A_NUMBER.search(line))
                and not sender.carries(name))) and not names_organisation(name)


_A_NUMBER = re.compile(r"\b\d{1,5}\b")


_OFFICE_ENDINGS = tuple(w for w in tables.all_words("not_person_words") if len(w) >= 5)


# The words that open a department's name before its field: "Direction des Achats du CHU",
# "Servicio de Empleo de Caja X" (folded).
DEPARTMENT_HEADS = {"direction", "direccion", "coordinacion", "coordination", "service", "servicio", "pole",
                    "subdireccion", "gerencia", "jefatura"}
_ROMANCE_OF = {"de", "des", "du", "del"}


def department_head(line: str) -> bool:
    """A line that opens with a department's head and its "de": "Servicio de Selección de X"."""
    words = line.split(maxsplit=2)
    return len(words) == 3 and fold(words[0]) in DEPARTMENT_HEADS and fold(words[1]) in _ROMANCE_OF


def _after_department_field(words: list[str]) -> list[str]:
    """What follows a department's field: "[Direction des] Affaires Financières du CHU" -> "CHU";
    [] when nothing follows ("[Coordinación de] Enseñanza y Servicio Social" names a department,
    not its organisation)."""
    if len(words) > 3 and fold(words[0]) in _OF and words[1][:1].isupper() and fold(words[2]) in _OF \
            and words[3][:1].isupper():
        return words[3:]  # "[Servicio de Empleo de] Caja Rural de Navarra": a field of one word
    for i in range(len(words) - 2, 0, -1):
        if fold(words[i]) in _OF and words[i + 1][:1].isupper():
            return words[i + 1:]
    return []


def _without_a_service_unit(words: list[str]) -> list[str]:
    """ "HR Services Falkenried Versicherungsgruppe" -> "Falkenried Versicherungsgruppe", "Services RH
    Groupe Valdor" -> "Groupe Valdor": a department's service unit (a department's word and a unit's, in
    either order) written before the employer's name. Only before a word of a name's own: "HR Services
    Ltd" is a firm's name, and "Services Conseil Lavoie", "Service Centre NSW" (no department's word but
    a unit's) are a services firm's and a body's."""
    if len(words) < 3 or not any(own_word(w) and fold(w) not in _OFFICES for w in words[2:]):
        return words
    first, second = fold(words[0]), fold(words[1])
    if {first, second} & _PORTAL_PARTS:
        return words  # "Portail Emploi Région Sud": a portal's name, which drafts/facts.py vetoes whole
    # One of the two a department's word that is no unit's ("Service Centre NSW" is a body's own name).
    if (first in _OFFICES and second not in _OFFICES and _department_word(words[1])) or (
            _department_word(words[0]) and first not in _OFFICES and second in _OFFICES):
        return words[2:]
    return words


def _firm_before_its_programme(name: str, labels: tuple[str, ...]) -> str:
    """ "Arcadia Future Leaders Programme" from arcadia-fmcg -> "Arcadia": between the firm's name and the
    programme's word stands the programme's own name ("Future Leaders"); the firm's is the first words the
    sender's domain spells from its start. Left whole where the domain spells all the words before the
    programme's word ("Thistle & Rowe Graduate Scheme" from thistlerowe), where it spells none of them, and
    where the words cut would open with a connector ("& Rowe") or be a kind of organisation's ("Bank",
    "Group"): a charity called "Future Leaders Trust" has no programme's word, and stays."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if fold(w.strip(".,")) in PROGRAMME_WORDS), 0)
    if at < 2 or set(keys(" ".join(words[:at]))) & set(labels):
        return name
    for end in range(at - 1, 0, -1):  # the longest first: "Arcadia Brands" before "Arcadia"
        opening = key(" ".join(words[:end]))
        cut = words[end:at]
        if (len(opening) >= _A_LABELS_OPENING_AT_LEAST and any(label.startswith(opening) for label in labels)
                and fold(words[end - 1]) not in NAME_CONNECTORS and all(own_word(w) for w in cut)):
            return " ".join(words[:end])
    return name


_A_LABELS_OPENING_AT_LEAST = 4  # letters of a firm's name a domain opens with: "arcadia" of arcadia-fmcg


def _without_team_suffix(words: list[str]) -> list[str]:
    """ "Ihr Lindgrün-Team" -> "Lindgrün": the team word written onto the name is not part of it;
    "HR-Team" is a department with nothing of a name left."""
    if words:
        head, dash, tail = words[-1].rpartition("-")
        if dash and head and fold(tail) in {"team", "teams"}:
            words = [*words[:-1], head] if not _teams_function(head) else words[:-1]
    return words


# "[Candidature] Spontanée", "[Solicitud] espontánea": what is left of an unsolicited application.
_UNSOLICITED = {"spontanee", "spontanea", "espontanea", "spontaneous", "unsolicited", "initiativ"}
# An inclusive ending written onto a word ("actuario/a", "werkstudent*in", "charge·e").
_MARKED = re.compile(r"(?:[·*/:](?:e|in|innen|a|as|r|trice|euse|ere|ne)|\((?:e|in|innen|a|as|r|ne)\))$")
# Abbreviated names of a department ("RR.HH.", "Dpto.", "Abt."), written with or without their dots.
_DEPARTMENT_SHORT = {"dpto", "depto", "dept", "abt", "drh", "rrhh", "rh", "hr"}
_DEPARTMENT_SHORT_OR_WORDS = _DEPARTMENT_SHORT | DEPARTMENT_WORDS


# What a team is of rather than whose: "Ihr Kita-Team", "Filial-Team", "Empfangs-Team".
_TEAMS_FUNCTIONS = {"kita", "krippe", "hort", "filial", "filiale", "empfang", "empfangs", "praxis", "kanzlei",
                    "buro", "kuchen", "pflege", "service", "karriere", "talent", "recruiting", "job", "jobs",
                    "vertrieb", "vertriebs", "verkauf", "verkaufs", "marketing", "lager", "technik", "hotel",
                    "shop", "store", "markt", "laden", "schul", "schule", "kinder", "kundenservice"}
# A compound's first part with its linking "s" ("Bewerbungs-", "Ausbildungs-", "Sicherheits-").
_LINKED_PART = re.compile(r"(?:ungs|ions|tats|heits|keits|schafts|ings)$")


def _teams_function(head: str) -> bool:
    folded = fold(head)
    return (_department_word(head) or folded in _TEAMS_FUNCTIONS or folded in ORGANISATION_WORDS
            or bool(_LINKED_PART.search(folded)))


def _department_word(word: str) -> bool:
    """A word that names a department of the employer: "Personal", "RR.HH.", "Dpto.", "Abteilung"."""
    folded = fold(word).strip(".,:;")
    return folded in DEPARTMENT_WORDS or folded.replace(".", "") in _DEPARTMENT_SHORT_OR_WORDS


_TEAM_OF = re.compile(r"^(?:[\w-]*-?team|[ée]quipe(?:\s+rh)?|equipo(?:\s+de\s+rrhh)?)\s+"
                      r"(?:der|des|von|vom|bei|de la|de l'|du|de|del|of)\s+", re.IGNORECASE)
# "Tan, Wong & Partners", "Cuatrecasas, Gonçalves y Asociados": surnames joined by commas and a
# last "&"/"and": the comma is inside the firm's name.
PARTNERS = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:,\s+[A-ZÀ-Þ][\w'’-]+)+,?\s+(?:&|and|und|et|y)\s+[A-ZÀ-Þ][\w'’-]+")
# A unit's word that serves the employer ("Services", "Center", "Pôle"): glued to its name with a
# department's or recruiting word, it and that word are the unit, not the name (`service_unit_words`).
_OFFICES = tables.all_words("service_unit_words")
assert _OFFICES, "without them no recruiting unit would be cut from a name"
_PORTAL_PARTS = frozenset(w for p in tables.all_phrases("portal_words") for w in fold(p).split()) | {"portal", "portail"}
_RECRUITING = {"recruiting", "recruitment", "talent", "karriere", "career", "careers", "hr", "personal", "bewerber"}
_TOWN_AND_STATE = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*)?,\s*[A-Z]{2}$")
_TITLE_FIRST = re.compile(r"^([^,]{2,40}),\s+(?=[A-ZÀ-Þ])")
# "Orchid Hospitality Group's Sentosa resort": after a kind of organisation, "'s" ends the name.
_POSSESSIVE = re.compile(r"['’]s\b.*$")


def _without_possessive(name: str) -> str:
    """ "Orchid Hospitality Group's Sentosa" -> "Orchid Hospitality Group"; "McDonald's" and
    "St Mary's Hospital" keep theirs: only a name ending in a kind of organisation owns a place."""
    found = _POSSESSIVE.search(name)
    if found and name[:found.start()].split() and fold(name[:found.start()].split()[-1]) in ORG_WORDS:
        return name[:found.start()]
    return name


# Titles that open a person's name: "Dra. Mariana Olvera", "Prof. Weber" name a person.
_LOWER_CASE_INSIDE = {"caisse", "societe", "compagnie", "banque", "banco", "groupe", "grupo", "institut",
                      "instituto", "clinique", "clinica", "centre", "centro", "cabinet", "atelier", "maison",
                      "colegio", "universite", "university", "college", "school"}
_MAY_HAVE_LOWER_CASE_INSIDE = GENERIC_ORGS | _LOWER_CASE_INSIDE
_PERSON_TITLES = {"dr", "dra", "prof", "profa", "sr", "sra", "srta", "mr", "mrs", "ms", "mme", "mlle",
                  "herr", "frau", "lic", "ing"}


def _not_a_name(name: str, folded: list[str]) -> bool:
    """A sentence, a person with a title, or an abbreviation cut at its dot ("St" of "St. Mary's")."""
    if not folded or folded[0].rstrip(".") in _PERSON_TITLES or " ".join(folded) in {"im auftrag", "i.a.", "i. a."}:
        return True
    if titled_person(name):
        return True
    if _INITIAL_AND_NAME.match(name):
        return True  # "G. Hoffmann", "J.-P. Morel": a person signing with an initial
    if len(key(name)) < 3 and not name.isupper():
        return True
    if len(folded) > 1 and name[:1].islower() and folded[0] in _FUNCTION_WORDS and folded[0] not in NAME_CONNECTORS:
        return True  # "um die Stelle „Referent*in …“": a sentence's words from a preposition on ("van Dalen Bouw" is a name)
    # "Pour le Maire et par délégation", "Recibes este correo porque...": lower-case words that no
    # name has inside it. A name that opens with a kind of organisation may have them: "École
    # d'ingénieurs du Vercors", "Caisse d'épargne", "Universidad técnica".
    if folded[0] in _MAY_HAVE_LOWER_CASE_INSIDE:
        return False
    return any(w.islower() and fold(w.strip(".,'")) not in NAME_CONNECTORS and not LEGAL_FORMS_AT_END.search(" " + w)
               for w in name.split()[1:])


def _cut_at_a_connector(name: str) -> bool:
    """A name that ends on a lower-case connector ("Bureau des", "Oficina de", "Empleabilidad y",
    "École doctorale Sciences de la"): the line broke or the capture stopped before the name's own
    words, and which body it names the words kept do not say."""
    words = name.split()
    return len(words) > 1 and words[-1].islower() and fold(words[-1]) in NAME_CONNECTORS


def _only_a_legal_form(name: str) -> bool:
    """ "S.A", "Inc", "LLC", "S.A. de C.V": the legal form of "Aceites del Sur, S.A." cut off at its comma, no name."""
    return bool(ONLY_LEGAL_FORMS.match(name)) or all(LEGAL_FORM.fullmatch(w) or LEGAL_FORM.fullmatch(w + ".")
                                                     for w in name.replace(",", " ").split())


def titled_person(name: str) -> bool:
    """A person named with an academic or professional title of any language, written short
    ("Mg.", "Ab.", "Pr.", "Lic.", "Dipl."): the abbreviation, then two or more words of a person's
    name. "St. Mary's Hospital" names a kind of organisation, so it is not one."""
    found = TITLES_BEFORE_A_NAME.match(name)
    if not found:
        return False
    rest = name[found.end():].strip()
    return len(rest.split()) >= 2 and person_name(rest) == rest and not names_organisation(rest)


_TOWNS = frozenset(fold(t) for t in tables.all_phrases("towns"))


def is_place(name: str) -> bool:
    """A well-known town or region alone ("Bristol", "Namur", "Bodensee"): the place a signature
    names beside the employer (drafts/languages/*.toml `towns`)."""
    return fold(name.strip(" .,")) in _TOWNS


def _a_place_alone(name: str, labels: list[str]) -> bool:
    """A town or region alone, but for a firm called as its town that writes from that very domain."""
    return is_place(name) and key(name) not in {label.replace("-", "") for label in labels}


_INITIAL_AND_NAME = re.compile(r"^[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?\s*[A-ZÀ-Þ][a-zà-ÿ'’-]+$")


_ORG_ENDINGS = tuple(w for w in ORG_WORDS | GENERIC_ORGS if len(w) >= 4) + ("center", "centre", "zentrum",
                                                                              "centro", "kanzlei", "praxis")


def names_organisation(name: str) -> bool:
    """A word of it names a kind of organisation, alone or at the end of a compound: "Klinikum Am
    Ahornpark", "Alpenländische Privatbank", "Moselle Data Center" are no person's names."""
    return any((folded := fold(w)) in ORGANISATION_WORDS or folded.endswith(_ORG_ENDINGS) for w in name.split())


# The words of a kind of organisation, joined once (the union was made for each word of each name asked).
ORGANISATION_WORDS = frozenset(ORG_WORDS | GENERIC_ORGS)



@dataclass(frozen=True)
class Choice:
    """The winning name and how it was found: the kinds of clue that named it ("signature",
    "team", "anchored", "loose", "subject", "display", "domain", "domain-only"), its summed weight,
    and whether it agrees with the sender's domain."""

    name: str = ""
    sources: frozenset[str] = frozenset()
    weight: float = 0.0
    agrees_with_domain: bool = False
    short_generic: bool = False  # one generic word ("University") where no longer form was found
    domain_known: bool = False  # the sender or the text has an address at the employer's own domain
    competitors: int = 0  # other names (clusters of forms of one name) the clues found
    margin: float = 0.0  # by how much the winner's score beat the best other one's
    rival_strong: bool = False  # the best other name was found in a strong place too (STRONG_CLUES)
    rank: int = 0  # 0 for the rules' winner, 1 for the runner-up...


# English only: German nouns are capitalised, and French and Spanish put the describing word after
# the noun ("la Cooperativa ... agradece" is a verb after a name).
_ARTICLE_BEFORE = re.compile(r"(?i:\bthe)[ \t]*$")


def _describes_a_noun(before: str, following: str) -> bool:
    """ "the Queensland public sector", "the Acme graduate programme": after "the", a name
    followed by a lower-case noun describes that noun; a company's name ends where it does."""
    word = following.strip(".,;:!?")
    return (bool(_ARTICLE_BEFORE.search(before)) and word.isalpha() and word.islower() and len(word) >= 3
            and fold(word) not in _FUNCTION_WORDS)


# The keys of a forwarded mail's headers: "Betreff: Ihre Bewerbung bei der Stadtverwaltung Datum:
# 02.12.2026" (the header lines run together) ends the name before "Datum". The classifier's keys,
# folded, but for the one-letter "A :"/"À :", which could as well be a name's own last letter
# ("Halle A: Lager").
_HEADER_KEYS = frozenset(fold(k) for k in SENDER_KEYS + RECIPIENT_KEYS + DATE_KEYS + SUBJECT_KEYS if len(k) > 1)
_KEY_WORDS = max(len(k.split()) for k in _HEADER_KEYS)
# A key's words after the captured name, up to its colon: the "el" of "Enviado el:" (lower case, no
# name's word), the space of "Envoyé :".
_KEY_TAIL = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]*)?:")
# A header's value on the rest of its line: a date or time, an address, or the next key of header
# lines run together ("Envoyé : lundi 30 novembre 2026", "De : rh@x.fr Objet : ...").
_HEADER_KEY_ON_LINE = re.compile(rf"\b{alternation(tuple(sorted(_HEADER_KEYS)))}[ \t]*:")


def _a_header_value(line: str) -> bool:
    # A date's day or an address opens a header's value (a weekday before it at most); a digit further
    # on is a sentence's ("nous avons reçu 300 candidatures").
    return any(c.isdigit() or c == "@" for c in line[:24]) or bool(_HEADER_KEY_ON_LINE.search(fold(line)))


def _without_header_key(name: str, text: str, end: int) -> str:
    """The name without a header's key its last words begin: "Acme Enviado" of "Acme Enviado el:",
    "Acme Datum" of "Acme Datum: 02.12.". French writes a space before every colon, so a key with
    one is cut only before a header's value: "Galerie Date : votre profil n'a pas été retenu" keeps
    its name, "Verreries Dallière Envoyé : lundi 30 novembre 2026" loses the key."""
    tail = _KEY_TAIL.match(text, end)
    if tail is None:
        return name
    spaced = tail.group()[:-1] != tail.group()[:-1].rstrip()
    if spaced and not _a_header_value(text[tail.end():].split("\n", 1)[0]):
        return name
    rest = tail.group().rstrip(":").split()
    words = name.split()
    for taken in range(1, min(_KEY_WORDS, len(words) - 1) + 1):
        if fold(" ".join(words[-taken:] + rest)) in _HEADER_KEYS:
            return " ".join(words[:-taken])
    return name


def _without_a_cut_legal_form(name: str, text: str, end: int) -> str:
    """ "Kayl & Partners" of "Kayl & Partners S.à" when the mail goes on "r.l.": a phrase's capture that
    stops inside a legal form ("S.à r.l.", "S. en C.") leaves the form out whole, never a piece of it."""
    blank = name.rfind(" ")
    if blank < 0:
        return name
    form = LEGAL_FORMS_IN_A_LINE.match(text, end - len(name) + blank)
    # Only letters past the capture make it a piece: "Acme Ltd" of "Acme Ltd." is the form whole.
    return name[:blank] if form and any(c.isalnum() for c in text[end:form.end()]) else name


class Votes:
    """Weighted mentions of possible company names, with the kind of clue behind each."""

    def __init__(self, not_these: set[str], sender: Sender = Sender(),
                 applied_to: Callable[[str], bool] = lambda name: False) -> None:
        self.weights: dict[str, float] = defaultdict(float)
        self.sources: dict[str, set[str]] = defaultdict(set)
        self.not_these = not_these
        self.sender = sender
        # Whether the mail says the candidate applied to a name ("your application ... at X").
        self.applied_to = applied_to
        # Each surface's cleaned name and its key: a mail names its employer in several places
        # ("the Acme team", "interest in Acme", the display name), and cleaning is the costly part.
        self._cleaned: dict[str, tuple[str, str]] = {}

    def add(self, surface: str, weight: float, source: str = "") -> None:
        cleaned = self._cleaned.get(surface)
        if cleaned is None:
            name = clean(surface, self.sender)
            cleaned = self._cleaned[surface] = (name, key(name) if name else "")
        name, name_key = cleaned
        if name and name_key not in self.not_these:
            self.weights[name] += weight
            self.sources[name].add(source)

    def add_matches(self, pattern: re.Pattern, text: str, weight: float, source: str = "",
                    weak: Callable[[str], bool] | None = None, skip: Callable[[str], bool] | None = None) -> None:
        """Each name the pattern captures; one that `weak` tells apart counts as a loose mention,
        one that `skip` tells apart not at all."""
        # A slow client phrase only where its word is.
        self.add_found(cued_matches(pattern, text), text, weight, source, weak, skip)

    def add_found(self, matches: Iterable[re.Match[str]], text: str, weight: float, source: str = "",
                  weak: Callable[[str], bool] | None = None, skip: Callable[[str], bool] | None = None) -> None:
        """add_matches of a phrase's matches in `text` already found (cued_matches(pattern, text))."""
        for match in matches:
            if skip is not None and skip(match.group("c")):
                continue
            following = text[match.end():match.end() + 20].split()
            if following and fold(following[0].strip(".,;:")) in ROLE_NOUNS:
                continue  # "applying to the Data Engineer position": a role, not a company
            if following and _describes_a_noun(match.group(0)[:match.start("c") - match.start()], following[0]):
                continue  # "working with the Queensland public sector": a word describing a noun
            found = _without_a_cut_legal_form(_without_header_key(match.group("c"), text, match.end("c")),
                                              text, match.end("c"))
            if weak is not None and weak(found):
                self.add(found, 1, "loose")
            else:
                self.add(found, weight, source)

    def winner(self, labels: list[str]) -> str:
        return self.choose(labels).name

    def choose(self, labels: list[str], acronyms: tuple[str, ...] = ()) -> Choice:
        """The best-supported name (the first of `candidates`)."""
        found = self.candidates(labels, acronyms)
        return found[0] if found else Choice(domain_known=bool(labels))

    def candidates(self, labels: list[str], acronyms: tuple[str, ...] = ()) -> list[Choice]:
        """Every name the clues found, best-supported first. Forms of one name ("Acme", "Acme
        Labs", "ACL") pool their votes, and a name that matches the sender's domain gets a bonus.
        Each carries how it compares with the others (its rank, its margin over the best other
        one), for the model that picks one of them or none (drafts/fact_model.py)."""
        clusters: list[list[str]] = []
        language = self.sender.language
        for name in sorted(self.weights, key=lambda n: -self.weights[n]):
            home = next((c for c in clusters if any(related_names(name, other) or declined_form(name, other, language)
                                                    or declined_form(other, name, language) for other in c)), None)
            if home is None:
                clusters.append([name])
            else:
                home.append(name)

        def agrees(cluster: list[str]) -> bool:
            return (any(matches_label(n, label) for n in cluster for label in labels)
                    or any(acronym(n) == short for n in cluster for short in acronyms))

        # agrees() is the costly part: once per cluster.
        scores = [sum(self.weights[n] for n in c) + (_AGREES_BONUS if agrees(c) else 0) for c in clusters]
        # Best first; on a tie the cluster of the heavier first name, as the rules always chose.
        order = sorted(range(len(clusters)), key=lambda i: -scores[i])
        if len(clusters) == 1 and all(_a_place_alone(n, labels) for n in clusters[0]):
            # "Oruro", "Namur" under a signature whose firm the clues missed: a town names no employer, and
            # with no department or team behind it to keep from winning (facts.A_PLACE) it is only a wrong guess.
            return []
        found = []
        for i in order:
            best = clusters[i]
            weight = sum(self.weights[n] for n in best)
            surface = self._surface(best)
            found.append(Choice(without_legal_form(surface), frozenset().union(*(self.sources[n] for n in best)),
                                weight, scores[i] > weight,
                                len(surface.split()) == 1 and fold(surface) in ORGANISATION_WORDS,
                                bool(labels)))
        return self.compared(found)

    @staticmethod
    def compared(found: list[Choice]) -> list[Choice]:
        """The names, best first, each with how it compares with the others: its rank, how many others
        there are, its margin over the best other one, whether that one was found in a strong place.
        Asked again when some names are set aside (company_clues.without_umbrellas)."""
        scores = [c.weight + (_AGREES_BONUS if c.agrees_with_domain else 0) for c in found]
        compared = []
        for rank, choice in enumerate(found):
            rival = max(((scores[j], other) for j, other in enumerate(found) if j != rank), key=lambda t: t[0],
                        default=None)
            compared.append(dataclasses.replace(
                choice, competitors=len(found) - 1, margin=scores[rank] - (rival[0] if rival else 0.0),
                rival_strong=bool(rival and rival[1].sources & STRONG_CLUES), rank=rank))
        return compared

    def _surface(self, best: list[str]) -> str:
        """How a cluster's name is written: its heaviest form, or a fuller one said in a strong place."""
        surface = max(best, key=lambda n: (self.weights[n], len(n)))
        # "the University" said often, "University of Leeds" once in the signature: the full name.
        longer = [n for n in best if len(n.split()) > len(surface.split()) and self.weights[n] >= 2
                  and key(n).startswith(key(surface))]
        if longer and fold(surface.split()[0]) in ORG_WORDS:
            surface = max(longer, key=lambda n: (self.weights[n], len(n)))
        # "Tan" said often ("joining Tan, Wong & Partners" cut at its comma), the firm in full once:
        # the first name alone is a person's.
        firms = [n for n in best if len(n) > len(surface) and n.startswith(surface) and PARTNERS.match(n)]
        if firms:
            surface = max(firms, key=len)
        # "NWRT" from the sender, "North Wessex Rivers Trust" in the signature: the name in full.
        full = [n for n in best if acronym(n) == key(surface) and self.sources[n] & STRONG_CLUES]
        if surface.isupper() and full:
            return max(full, key=len)
        # "an der Nordhanseatischen Landesbank" said twice, "Nordhanseatische Landesbank" signed: the
        # name as it is written, not as a sentence declines it. A German mail's sender writes its name
        # as it stands too ("Deine Bewerbung bei den Stadtwerken Auenthal" from "Stadtwerke Auenthal
        # Karriere"): no reply names a firm in the dative. Only where the longer form is written in no
        # strong place: "Autohaus Petersen" signed is the firm's name, "Autohaus Peters" in the display
        # name a shorter one. Only an ending tells a declined form; the same word in other capitals
        # ("EDEKA", "Edeka") is the firm's own way of writing it.
        # A case's ending in place of the name's own ("am Deutschen Jugendrotkreuz" beside "Deutsches
        # Jugendrotkreuz" in the subject) is never how the name stands, wherever the mail writes it.
        language = self.sender.language
        undeclined = [n for n in best if declined_form(surface, n, language) and (self.sources[n] & STRONG_CLUES or (
            language in _INFLECTING and fold(n) != fold(surface)
            and (not self.sources[surface] & STRONG_CLUES or case_ending_form(surface, n, language))))]
        if undeclined:
            surface = max(undeclined, key=lambda n: self.weights[n])
        # "Tavistock Re" signed, "Tavistock Reinsurance Company" written in a sentence: a reply
        # states the name as the mail writes it out, not its cut words.
        written_out = [n for n in best if cuts_words_of(surface, n) and self._ties_to_the_employer(n, surface)]
        return max(written_out, key=len) if written_out else surface

    def _ties_to_the_employer(self, full: str, short: str) -> bool:
        """Whether the mail gives the longer name as the employer's own: signed or in the footer
        ("Grangewood Banking Group plc ("Grangewood Bank")") or as the one applied to, while the short form
        is not the one applied to: "the role at Tavistock Re" names the employer as the candidate knows it,
        and the signature's "Tavistock Reinsurance (UK) Ltd" is its legal entity. Both, signed and applied
        to ("applying ... at Tavistock Reinsurance AG"), it is the employer's name whatever the subject
        says. Elsewhere a longer name with the same first words is as often another firm ("you previously
        worked at North Banking Solutions" from North Bank): the short form stays."""
        signed, applied = bool(self.sources[full] & _SIGNED), self.applied_to(full)
        return (signed and applied) or ((signed or applied) and not self.applied_to(short))


def cuts_words_of(short: str, full: str) -> bool:
    """Whether `short` is `full` with some of its words cut ("Tavistock Re" of "Tavistock
    Reinsurance Company", "Grangewood Bank" of "Grangewood Banking Group"): the same first word,
    each next word the start of the full name's word at its place, at least one of them cut short.
    A cut word is short, as abbreviations are ("Re", "Bank", "Intl"): a longer one is a compound's
    head ("Kronberg Versicherung" of "Kronberg Versicherungsgruppe", the group, is another name)."""
    a = [fold(w) for w in without_legal_form(short).split()]
    b = [fold(w) for w in without_legal_form(full).split()]
    if len(a) < 2 or len(b) < len(a) or a[0] != b[0]:
        return False
    cut = [(x, y) for x, y in zip(a, b) if x != y]
    return (all(y.startswith(x) for x, y in zip(a, b)) and bool(cut)
            and all(len(x) <= _CUT_AT_MOST and not y.endswith(tuple(GROUP_WORDS)) for x, y in cut))


# The languages whose sentences decline a firm's name ("bei den Stadtwerken X", "der Nordhanseatischen Y").
_INFLECTING = frozenset(code for code in tables.tables() if tables.table(code).get("declines_names"))
_SIGNED = frozenset({"signature", "signature-title"})  # the signature or footer block writes the name
_AGREES_BONUS = 2  # votes a name gains by matching the sender's domain
_CUT_AT_MOST = 4  # letters of a word cut short: "Re" of "Reinsurance", "Bank" of "Banking"
