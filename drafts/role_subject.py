"""The role as a mail's subject writes it: the subject's segments that may be a title, whether a
segment is the role and nothing more, and the field or specialism the subject writes after it.
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.company import is_place
from onward.drafts.company import keys as company_keys
from onward.drafts.lexicon import DEPARTMENT_WORDS, fold
from onward.drafts.role_title import (CONJUNCTIONS, GENERIC, GREETINGS, OPENERS, STOP, SUBJECT_FILLER,
                                      unbracket_endings, whole_word_ends, clean_markers, looks_like_role,
                                      only_job_words, people_in_numbers)
from onward.drafts.role_qualifiers import without_qualifier_brackets
from onward.drafts.subjects import topic



def subject_segments(subject: str) -> list[str]:
    """ "Q9 Systems | Application Update – QA Engineer" -> ["Q9 Systems", "QA Engineer"]."""
    return list(_segments(subject))


@functools.lru_cache(maxsize=16)  # a mail's subject, cut by its reading, its checks and its risk alike
def _segments(subject: str) -> tuple[str, ...]:
    subject = re.sub(r"\s*(?:application|bewerbung|candidature|candidatura)\s*$", "",
                     SUBJECT_FILLER.sub("", subject), flags=re.I)
    # A comma in a subject's segment starts a place or a grade: "Store Manager, Lille Euralille".
    # "Re: Bookkeeper role?": the applicant's question about the post, which it names all the same.
    segments = (SUBJECT_FILLER.sub("", s.strip().rstrip("?").rstrip())
                for s in re.split(r"\s+[-–—|]\s+|\s*[|:,]\s+", subject))
    # "Wiss. Mitarbeiter/in am Lehrstuhl für X", "Data Analyst at Acme": where, not what.
    return tuple(_OPENING_AFTER.sub("", _PLACE_AFTER.split(_after_reference(s))[0])
                 for s in segments if s and not _TERM.search(s) and not _names_the_sender(s)
                 and not people_in_numbers(s))


# A phrase that says who writes (tables' `sender_cues`), an article or a possessive perhaps, then a
# capital: "Message from the Head of People", "Nachricht von unserer Head of HR".
_SENDER_CUES = sorted(tables.all_phrases("sender_cues"), key=len, reverse=True)
_SENDER_CUE = re.compile(r"(?i:\b(?:" + "|".join(re.escape(cue) for cue in _SENDER_CUES) + r"))\s+"
                         r"(?:[a-zäöüßàâçéèêëîïôûùáíóúñ]+\s+)?(?=[A-ZÀ-Þ])")


def _names_the_sender(segment: str) -> bool:
    """The segment names who writes by a title ("Message du Secrétaire général"): the sender's
    post, never the one applied for, and no rival to the body's ("Start from January" is no title)."""
    found = _SENDER_CUE.search(segment)
    return found is not None and looks_like_role(segment[found.end():])


# "votre candidature R-0048812 Ingénieur Méthodes", "Job 2600417 Senior Electrical Engineer",
# "Stellenausschreibung 2026/089 Data Scientist": an ATS subject's reference number, then the
# title. Three digits at least, and not a year alone ("Summer 2025 Internship" is one title).
# Possessive, so a long digit run with no title after it is given up at once, not backtracked
# through; the digits are counted on the match.
_REFERENCE_THEN_TITLE = re.compile(
    r"(?<![\w/-])(?!(?:19|20)\d\d\s)(?:[A-Z]{1,4}-)?(?P<n>\d++)(?:[/-]+\d++)*+[ \t]++(?=[A-ZÀ-Þ])")


def _is_reference(found: re.Match) -> bool:
    """Two digits at least before any dash or slash, three in all."""
    return len(found.group("n")) >= 2 and sum(c.isdigit() for c in found.group()) >= 3


def _after_reference(segment: str) -> str:
    """The words after the last reference number in a subject's segment, when a title follows it."""
    found = None
    for match in _REFERENCE_THEN_TITLE.finditer(segment):
        if _is_reference(match):
            found = match
    return segment[found.end():] if found else segment


# "Küchenchef Stelle", "Data Analyst position": the word for the opening after the title.
# "Controller Position in Stuttgart": and the place after that word.
_OPENING_AFTER = re.compile(r"\s+(?:stelle|position|role|poste|puesto|vacancy|opening)"
                            r"(?:\s+(?:in|at|im|bei|à|en|a)\s+.*)?$", re.IGNORECASE)


# "Convocatoria docente 2025-1", "Intake 2025/II": a call or a term, which no title holds.
_TERM = re.compile(r"(?<!\w)\d{4}\s*[-/]\s*(?:[IVX]{1,3}|\d{1,2})(?!\w)")


_PLACE_AFTER = re.compile(r"\s+(?:am|an der|bei|beim|at|chez|auprès de)\s+", re.IGNORECASE)


# "Deputy Director, Finance", "Actuaire, tarification IARD": a subject's title, a comma, its field.
_FIELD_AFTER_COMMA = re.compile(r"(?:[ \t]*\((?:[mwdfhx]\s*/\s*)+[mwdfhx]\))?,[ \t]*"
                                r"(?P<f>[^\n,;:|()–—\d]{3,40}?)[ \t]*(?=$|[,;:|()–—]|[ \t]-[ \t])")


def with_field_after(role: str, subject: str, not_these: set[str] | frozenset[str] = frozenset()) -> str:
    """A role of job and rank words alone with the field the subject writes after it and a comma
    ("Deputy Director" -> "Deputy Director, Finance"); not a place, a company or the subject's
    own words ("Store Manager, Lille", "Analyst, your application")."""
    if not role or not only_job_words(role):
        return role
    text = topic(subject)
    for end in whole_word_ends(role, text):
        found = _FIELD_AFTER_COMMA.match(text, end)
        if not found:
            continue
        field = found.group("f").strip()
        words = [fold(w) for w in field.split()]
        if (len(words) > 4 or is_place(field) or company_keys(field) & not_these
                or any(w in STOP or w in OPENERS or w in GENERIC or w in GREETINGS for w in words)
                or SUBJECT_FILLER.match(field) or not _looks_like_field(field)):
            return role
        return f"{role}, {field}"
    return role


# The fields a title names after a comma ("Deputy Director, Finance"), in any language.
_FIELDS = {"finance", "finances", "finanzen", "finanzas", "marketing", "sales", "vertrieb", "ventes", "ventas",
           "operations", "legal", "recht", "juridique", "engineering", "audit", "tax", "steuern", "fiscalite",
           "compliance", "strategy", "strategie", "procurement", "einkauf", "achats", "compras", "logistics",
           "logistik", "logistique", "logistica", "research", "forschung", "recherche", "investigacion",
           "communications", "kommunikation", "communication", "comunicacion", "it", "data", "risk", "risiko",
           "risques", "riesgos", "policy", "product", "design", "controlling", "treasury", "accounting",
           "pricing", "tarification", "tarificacion", "tarifierung"}
_FIELD_OR_DEPARTMENT_WORDS = _FIELDS | DEPARTMENT_WORDS  # joined once, not at each call


def _looks_like_field(field: str) -> bool:
    """A field of work, not a town nor the subject's own words: one to three words, one of them a
    field's word, ending in one or in an acronym ("Finance", "Risk & Compliance", "tarification
    IARD"); no second title after "and" ("Finance and Director"), no "data protection notice"."""
    words = [w for w in field.split() if w != "&"]
    folded = [fold(w) for w in words]
    known = _FIELD_OR_DEPARTMENT_WORDS
    return (1 <= len(words) <= 3 and not set(folded) & CONJUNCTIONS and any(f in known for f in folded)
            and (folded[-1] in known or (words[-1].isupper() and words[-1].isalpha())))


# After a title in a subject, what carries it on: a comma, a dash, a bracket that is no gender
# marker, "im Bereich", "à la", "in".
_CARRIED_ON = re.compile(r"(?:[ \t]*\((?:[mwdfhx]\s*/\s*)+[mwdfhx]\))?[ \t]*(?:,|[-–—][ \t]|\((?![mwdfhx]/)|"
                         r"[ \t](?:im Bereich|à la|à l'|au|in|of|de la|des)[ \t])[ \t]*\w", re.IGNORECASE)


def subject_goes_on(role: str, subject: str) -> bool:
    """Whether the subject writes more of the title after the role ("Deputy Director, Finance",
    "Auditeur Senior (m/f) – Asset Management"): the role may be its head only."""
    # "Responsable de Compras (Zaragoza)": a qualifier in brackets carries no title on.
    text = without_qualifier_brackets(topic(subject))
    return any(_CARRIED_ON.match(text, end) for end in whole_word_ends(role, text)) if role else False


def subject_is_it(role: str, subject: str) -> bool:
    """Whether a segment of the subject, its filler words and markers left out, is the role and
    nothing more ("Re: Soldador TIG", "Candidature vendeuse", "Barista – Local Miraflores"): a
    subject that names only the role names it for sure."""
    if not role:
        return False
    wanted = fold(clean_markers(role))
    return any(fold(clean_markers(segment)).strip(" -–") == wanted
               for segment in subject_segments(without_qualifier_brackets(unbracket_endings(topic(subject)))))


# The word for the application, right before a subject's segment ("Ihre Bewerbung Vertriebsinnendienst",
# "Votre candidature – Stage Actuariat", "Deine Bewerbung: Barkeeperin").
# Only where the subject opens with it: "Graduate Scheme application – Meridian Engineering" names the post
# before the word, and the employer after it.
_APPLICATION_CUE = re.compile(r"^(?i:(?:your|ihre|deine|votre|ta|tu|su)\s+)?"
                              r"(?i:bewerbung|candidature|candidatura|application|postulaci[óo]n)"
                              r"(?:\s+(?i:spontan[ée]e?|spont[áa]nea))?(?:[ \t]*[:–—-][ \t]*|[ \t]+)$")
_NOT_A_TITLE_START = (GENERIC | tables.all_words("reference_words") | tables.all_words("process_words")
                      | tables.all_words("sentence_openers"))


def after_an_application_word(segment: str, subject: str) -> bool:
    """Whether the subject writes the segment right after the word for an application: the post
    applied for, though no job word of the tables says so ("Veranstaltungstechnik", "Stage Actuariat").
    Not a reference, a figure, a word of the process or the sentence's ("Kennziffer 33/26", "Status")."""
    at = subject.find(segment)
    words = segment.split()
    return (at > 0 and bool(_APPLICATION_CUE.search(subject[:at])) and segment[:1].isupper() and 1 <= len(words) <= 5
            and not any(c.isdigit() for c in segment) and fold(words[0]) not in _NOT_A_TITLE_START
            and not SUBJECT_FILLER.fullmatch(segment))
