"""The role applied for, as the rejection names it: "for the Data Analyst position", "Ihre Bewerbung
als Projektingenieur (m/w/d)", "au poste de Chef de projet", "para el puesto de Analista".

Gender markers ("(m/w/d)", "H/F") and requisition numbers are dropped: the draft names the role
the way a person would.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

from onward.drafts.company import is_place
from onward.drafts.company import keys as company_keys
from onward.drafts import tables
from onward.drafts.lexicon import DEPARTMENT_WORDS, JOB_WORDS, ROLE_NOUNS, fold
from onward.drafts.subjects import topic

_R = r"(?P<r>[^\n.;:!?()\"“”«»„<>]{2,90}?)"
_RC = r"(?P<r>[^\n.;:!?()\"“”«»„<>]{2,90}?)"  # commas allowed: bounded by the noun after it
_END = {
    "en": r"(?=\s+(?:position|role|opening|vacancy|job|post|at|with|in|and|for|on|here|which|that|is|was)\b|"
          r"\s*[,()]|\s+[-–]\s|\s*$|[.;:!?\n])",
    "de": r"(?=\s+(?:bei|beim|in|im|und|an|am|mit|zu|zum|zur|ist|war|nicht|haben|hast|hat|leider|"
          r"entschieden|gefreut|f[üu]r\s+(?:die|den|das|unser|unsere|unseren|unserem|unser[ne]s|ihr|ihre|ihren|"
          r"jemand|einen|eine|andere|uns|Sie|dich))\b|"
          r"\s*[,()]|\s+[-–]\s|\s*$|[.;:!?\n])",
    "fr": r"(?=\s+(?:chez|au sein|pour|et|dans|à|qui|que|avec|n'a|a été|est|nous|malgré|ne|sur|ainsi|"
          r"également|aussi|donc|déjà|ayant)\b|"
          r"\s*[,()]|\s+[-–]\s|\s*$|[.;:!?\n])",
    "es": r"(?=\s+(?:en|para|con|y|que|no|ha|es|fue|nos|hemos|dentro|ya|también|finalmente)\b|\s*[,()]|\s+[-–]\s|\s*$|[.;:!?\n])",
}
# Each language's words that make a phrase about the job rather than its title, and the words that
# open a sentence (drafts/languages/*.toml): any language, since ATS templates mix them.
_GENERIC = tables.all_words("generic_role_words")
_OPENERS = tables.all_words("sentence_openers")
_NOUN_AFTER = r"(?=\s+(?i:position|role|opening|vacancy|job|post)\b)"
_QUOTED = re.compile(r"[\"“«„‚]\s*(?P<r>[^\"“”«»„\n]{2,80}?)\s*[\"”»“‘]")
_QUOTE_CUE = re.compile(r"(?i:position|role|job|opening|vacancy|post|stelle|rolle|poste|r[ôo]le|offre|"
                        r"puesto|posici[óo]n|vacante|plaza|\brol\b|application|applying|applied|"
                        r"bewerbung|candidature|candidatura|postul)")
# "(m/w/d)", "(w/m/d)", "H/F", "(f/m/x)", "(all genders)": job-ad markers, not part of the title.
_GENDER = re.compile(
    r"\s*\(?\b(?:[mwdfhxi]|div|all genders?|alle geschlechter|gn)\s*(?:[/|*]\s*(?:[mwdfhxi]|div)\b\s*){1,3}\)?"
    r"|\s*\((?:all genders?|alle geschlechter|gn|m/w/d|w/m/d)\)", re.IGNORECASE)
_GENDER_INSIDE = re.compile(r"[ \t]*\((?:[mwdfhx]\s*/\s*){1,3}[mwdfhx]\)(?=[ \t]+[A-ZÀ-Þ])", re.IGNORECASE)
# "(R-24817)", "(Req. 2024-1187)", "(JR-3321)", "- R-10234": requisition numbers.
_REQUISITION = re.compile(
    r"\s*\((?:req(?:uisition)?\.?|r-|jr-?|ref\.?|id|job id|#)?\s*[\w-]*\d[\w-]*\)"
    r"|\s*[-–|]\s*(?:req\.?\s*|r-|jr-?|ref\.?\s*)?[A-Z]{0,3}-?\d{3,}\S*\s*$", re.IGNORECASE)
_REQUISITION_INSIDE = re.compile(r"[ \t]*\((?:req(?:uisition)?\.?|r-|jr-?|ref\.?|id|job id|#)\s*[\w-]*\d[\w-]*\)",
                                 re.IGNORECASE)
_STOP = {fold(w) for w in """the this that these your our a an to for with next any other one those
    is are be we you i us it my me his her their all some such not process candidates application
    die der das den dem diese dieser eine einer eines einen unsere unser ihre ihr deine dein sie wir uns
    ich mich jemand jemanden mehr sehr noch bereits nicht leider
    le les ce cette votre notre vos nos un une nous vous je ton ta tes chez bei
    el los las este esta estos su sus tu tus nuestro nuestra un una que se nos le""".split()}
_ARTICLES = {"the", "our", "your", "this", "that", "a", "an", "die", "der", "das", "den", "dem", "unsere",
             "ihre", "deine", "le", "la", "les", "votre", "notre", "el", "los", "las", "su", "tu", "nuestro",
             "nuestra"}
_SUBJECT_FILLER = re.compile(
    r"^(?:(?:your|ihre|deine|votre|ta|tu|su|our|unsere|notre|nuestra)\s+)?(?:application|applications|"
    r"candidacy|bewerbung|candidature|candidatura|postulaci[óo]n|update|status|next steps|absage|"
    r"r[üu]ckmeldung|r[ée]ponse|actualizaci[óo]n|proceso de selecci[óo]n|thank you|danke|merci|gracias|"
    r"regarding|re|search|interview|gespr[äa]ch|entretien|entrevista|kandidatur|b[úu]squeda|seguimiento|"
    r"suivi|feedback|follow[- ]up|outcome|result|r[ée]sultat|resultado|estado|novedades|resoluci[óo]n|"
    # "Stelle Logistiker EFZ", "Puesto Auxiliar Administrativo": the word for the opening.
    r"stelle|vacante|poste|puesto|convocatoria)"
    r"(?:\s+(?:update|status|postulaci[óo]n|candidatura|de candidature))?\b\s*"
    r"(?:(?:for|f[üu]r|als|as|pour|para|en tant que|comme|como)\s+(?:(?:the|die|den|le|la|el)\s+)?)?",
    re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _patterns(lang: str) -> list[tuple[re.Pattern, int]]:
    """English phrasings (used by every language: ATS templates mix them in) plus the mail's own."""
    end = _END.get(lang, _END["en"])
    table = {
        "en": [
            (rf"(?i:for|to|of|in) (?i:the) (?i:position|role|post|job) (?i:of) {_R}{end}", 3),
            (rf"(?i:\bthe|\bour|\byour|\bthis)\s+{_RC}{_NOUN_AFTER}", 3),
            (rf"(?i:appl(?:y|ying|ied|ication)|candidacy|interest|interview(?:ing|s)?)\s+(?i:for|as)\s+"
             rf"(?:(?i:the|our|a|an)\s+)?{_R}{end}", 2),
            (rf"(?i:to be an?|as an?)\s+{_R}\s+(?i:at|with)\s", 2),
            (rf"(?i:your)\s+{_R}\s+(?i:application|interview)", 2),
            (rf"(?i:\b(?:position|role|job title|job|vacancy|title|poste|stelle|puesto|posici[óo]n|vacante|"
             rf"rol|plaza))\s*:\s*{_R}{end}", 3),
        ],
        "de": [  # "Bewerbung als X", "die Stelle (als) X", "die Position X", "dich als X"
            (rf"(?i:bewerbung|beworben|interesse|bewerben|dich|sich|mich|einstieg)\s+(?i:als)\s+{_R}{end}", 3),
            (rf"(?i:\b(?:die|der|den|dem|unsere|unserer)\s+(?:position|stelle|rolle|funktion|"
             rf"ausschreibung|stellenausschreibung))\s+(?:(?i:als|des|der|zum|zur|eines|einer)\s+)?{_R}{end}", 3),
            (rf"(?i:\bals)\s+{_R}{end}", 1),
            # "Feedback zur Senior Frontend Developer Position", "für die Buchhalter-Stelle"
            (rf"(?i:\bzur|\bzum|\bf[üu]r die|\bauf die)\s+{_RC}(?=[\s-]+(?i:position|stelle|rolle)\b)", 3),
        ],
        "fr": [  # "au poste de X", "pour le rôle de X", "postulé pour X chez"
            (rf"(?i:\b(?:poste|r[ôo]le|emploi|offre|stage|mission|alternance))\s+(?:(?i:de la|de|d['’]|du|"
             rf"en tant que)\s*){_R}{end}", 3),
            (rf"(?i:postul[ée]|candidat[ée]|candidature)\s+(?i:pour|à|au)\s+(?:(?i:le|la|l['’])\s*)?{_R}"
             rf"\s+(?i:chez|au sein)\b", 2),
        ],
        "es": [  # "el puesto de X", "la posición X", "candidatura para X en"
            (rf"(?i:\b(?:puesto|posici[óo]n|vacante|plaza|rol|oferta|cargo))\s+(?:(?i:de)\s+)?{_R}{end}", 3),
            (rf"(?i:candidatura|postulaci[óo]n|solicitud|postularte|aplicar)\s+(?i:para|a|al)\s+"
             rf"(?:(?i:el|la)\s+)?{_R}\s+(?i:en)\s", 2),
            # "tu candidatura para Office Manager", "presentarte para Night Receptionist", "el proceso
            # de Tramitador/a de Siniestros en el que participaste", "trabajar como Cajero/a en"
            (rf"(?i:candidatura|postulaci[óo]n|solicitud|presentarte|postularte|postulaste|aplicaste)\s+"
             rf"(?i:para|a|al)\s+(?:(?i:el|la)\s+)?(?:(?i:puesto|cargo|vacante|posici[óo]n)\s+(?:(?i:de)\s+)?)?"
             rf"{_R}{end}", 2),
            (rf"(?i:\bproceso)\s+(?i:de|para)\s+{_R}\s+(?i:en el que|al que|para el que|en la que)\b", 2),
            (rf"(?i:\bcomo)\s+{_R}{end}", 1),
        ],
    }
    chosen = table["en"] + (table.get(lang, []) if lang != "en" else [])
    return [(re.compile(p), w) for p, w in chosen]


# "R-10452 Aktuar", "JR-3321 – Data Analyst": a requisition number in front of the title.
# "Requisición 26-0771 Representante Médico", "Job ID 4471 Buyer": a number named as one, however short.
_REQUISITION_FIRST = re.compile(
    r"^\s*(?:(?:req(?:uisition|uisici[óo]n)?|ref(?:erence|erencia|[ée]rence|erenz)?|job[- ]?id|id|kennziffer|"
    r"n[º°r]|#)\.?\s*[:#]?\s*[A-Z]{0,3}-?\d[\w/-]*|[A-Z]{0,3}-?\d{3,}[\w-]*)\s*[-–|:]?\s+", re.IGNORECASE)


def clean_markers(role: str) -> str:
    """A title without gender markers ("(m/w/d)", "H/F") and requisition numbers."""
    return _REQUISITION_FIRST.sub("", _REQUISITION.sub("", _GENDER.sub("", role)))


def clean(role: str) -> str:
    """Drop gender markers, requisition numbers, quotes, articles and a trailing "position"; cut
    at a word that opens the next sentence ("Marketing Manager Unfortunately": a line break lost)
    and before a bracket left open ("Senior Risk Analyst (80")."""
    role = re.sub(r"\s*\([^)]*$", "", clean_markers(role))
    kept = role.split()
    for i, word in enumerate(kept[1:], 1):
        if word[:1].isupper() and fold(word.strip(",")) in _OPENERS:
            role = " ".join(kept[:i])
            break
    words = role.split()
    # "your interest in the Video Producer": a role has no article inside; keep what follows it.
    # But "Executive Assistant to the CEO", "Leiter Finanzen & Mitglied der Geschäftsleitung",
    # "Responsable de la Communication": an article after a title and its connector goes on with it.
    cut = max((i for i, w in enumerate(words) if fold(w) in _ARTICLES and not _title_goes_on(words, i)),
              default=-1)
    role = " ".join(words[cut + 1:])
    role = re.sub(r"^(?:the|a|an|le|la|l['’]|el|die|der|das|un|une|una|ein|eine|einen|einer|eines)\s+", "",
                  role.strip(), flags=re.I)
    role = re.sub(r"\s+(?:position|role|job|opening|vacancy)$", "", role, flags=re.I)
    # "de Profesor Investigador": a phrase's own preposition left in front; no title starts so.
    role = re.sub(r"^(?:de|del|d['’]|of|für|als)\s+(?=\w)", "", role.strip())
    # "Proceso Jefe de Almacén", "proceso para Controller", "um ein Pflichtpraktikum": the process or
    # the request in front of the title.
    role = _PROCESS_FIRST.sub("", role)
    return role.strip(" \t'\"“”«»-–,")


# Words that join a title to what it goes on with: "Assistant to the CEO", "Head of the Board",
# "Chargée de la communication", "Conseillère à la clientèle".
_ARTICLE_CONNECTORS = {"to", "of", "de", "a"}


def _title_goes_on(words: list[str], i: int) -> bool:
    """Whether the article words[i] carries a title on rather than starting one: after a title and
    a connector ("to the", "de la"), or a German genitive after a title's noun ("Mitglied der")."""
    if i == 0 or i + 1 >= len(words):
        return False
    before, article, after = fold(words[i - 1]), fold(words[i]), words[i + 1]
    if before in _ARTICLE_CONNECTORS:
        head = words[:i - 1]
        # English and German go on with a capitalised word; French and Spanish also in lower case.
        if not (after[:1].isupper() or article in {"la", "le", "les", "el", "los", "las"}):
            return False
    elif article in {"der", "des"} and words[i - 1][:1].isupper() and after[:1].isupper():
        head = words[:i]
    else:
        return False
    # The head is the title: the words since the article before it, if any.
    start = max((j for j, w in enumerate(head) if fold(w) in _ARTICLES), default=-1)
    return _looks_like_role(" ".join(head[start + 1:]))


_PROCESS_FIRST = re.compile(r"^(?:proceso(?:\s+(?:de|para|del))?|um\s+(?:ein|eine|einen))\s+(?=\w)", re.IGNORECASE)


# Languages whose titles have no lower-case words but small connectors ("Head of Sales",
# "Referent für Vertrieb"): a lower-case word after a title is the sentence going on.
_TITLE_CASE_LANGUAGES = {"en", "de"}
_TITLE_CONNECTORS = {"of", "and", "for", "in", "the", "to", "&", "fur", "im", "und", "der", "die", "das",
                     "des", "mit", "zur", "zum", "am", "an", "bei", "von", "e", "i",
                     # French titles in German or English mail: "Chef de Rang", "Chef de produit"
                     "de", "du"}


# Lower-case words that are job words in English but German adverbs: "... Supply Chain intern besprochen".
_ADVERBS = {"intern", "extern"}


def _without_sentence_tail(role: str) -> str:
    """ "Senior QA Engineer update", "Steuerfachangestellte inzwischen besetzt" -> the title before
    the first lower-case word, when that part is a title on its own (a job word, no dangling "of")."""
    words = role.split()
    if not words or not words[0][:1].isupper():
        return role
    for i, word in enumerate(words[1:], 1):
        if word.isalpha() and word.islower() and (fold(word) not in _TITLE_CONNECTORS | JOB_WORDS or word in _ADVERBS):
            head = words[:i]
            if fold(head[-1]) not in _TITLE_CONNECTORS and _looks_like_role(" ".join(head)):
                return " ".join(head)
            return role
    return role


def plausible(role: str, not_these: set[str]) -> bool:
    """A title, not a phrase: a few words, no articles or pronouns, not "positions", not the company."""
    words = role.split()
    if not 1 <= len(words) <= 8 or not role[:1].isalpha():
        return False
    folded = [fold(w.strip(",")) for w in words]
    # "to the" in "Executive Assistant to the CEO" carries the title on (_title_goes_on).
    carried = {j for i, w in enumerate(words) if fold(w) in _ARTICLES and _title_goes_on(words, i)
               for j in (i - 1, i)}
    if any(all(part in _STOP for part in w.split("/")) for i, w in enumerate(folded) if i not in carried):
        return False  # "einer/eines" too
    if folded[-1] in _CONJUNCTIONS:  # "summer internships or": a phrase cut short, not a title
        return False
    if any(w in ROLE_NOUNS or w.rstrip("sn") in ROLE_NOUNS or w in {"stellen", "positionen"}
           for w in (folded[0], folded[-1])):
        return False  # "open positions", "Stellen": the job in general, not its title
    if company_keys(role) & not_these:
        return False
    if any(w in _GENERIC for w in folded):
        return False  # "the above role", "the Fall 2026 cohort", "el puesto de ya": no title
    return True


# Endings of job titles ("Referent", "Controleur", "Analista", "Filialleiter"), counted only on a
# capitalised word: lower-case "permanent", "ist" or "current" name no job.
# Compounds end in a job word too ("Kreditanalyst", "Filialleiter", "Steuerfachangestellte").
_TITLE_ENDINGS = ("eur", "ista", "iste", "ador", "ent", "ente", "ist", "leader", "ora", "ero", "ico",
                  "ologo", "ologa", "ologe") + tuple(
    w for w in JOB_WORDS if len(w) >= 5)
# An inclusive ending written onto a word ("Werkstudent*in", "Técnico/a", "Chargé·e", "Manager/in").
_MARKED_ENDING = re.compile(r"(?:[·*/:](?:e|in|innen|a|as|r|trice|euse|ère|ne)|"
                            r"\((?:e|in|innen|a|as|r|trice|euse|ère|ne)\))$", re.IGNORECASE)


# French writes titles in lower case ("éditrice jeunesse", "ergothérapeute"): these endings name
# a job whatever the case; the few other words with them are listed.
_LOWER_TITLE_ENDINGS = ("teur", "trice", "peute", "logue")
_NOT_TITLES = {"secteur", "moteur", "hauteur", "auteur", "lecteur", "facteur", "acteur", "docteur", "vecteur",
               "cadastre", "catalogue", "dialogue", "prologue", "epilogue", "monologue"}


def _job_word(word: str) -> bool:
    plain = _MARKED_ENDING.sub("", word.strip(",")).split("-")[-1]
    folded = fold(plain)
    if len(folded) >= 7 and folded.isalpha() and folded.endswith(_LOWER_TITLE_ENDINGS) and folded not in _NOT_TITLES:
        return True
    # "Recruitment", "Management", "Department" end in "-ent" but name no one's job.
    # "des Front Office Managers": a German genitive or an English plural of a job word.
    return folded in JOB_WORDS or folded[:-1] in JOB_WORDS and folded.endswith("s") or (plain[:1].isupper() and len(folded) >= 5 and folded.endswith(_TITLE_ENDINGS)
                                   and not folded.endswith("ment"))


def _looks_like_role(text: str) -> bool:
    return any(_job_word(w) for w in text.split())


def _subject_segments(subject: str) -> list[str]:
    """ "Q9 Systems | Application Update – QA Engineer" -> ["Q9 Systems", "QA Engineer"]."""
    subject = re.sub(r"\s*(?:application|bewerbung|candidature|candidatura)\s*$", "",
                     _SUBJECT_FILLER.sub("", subject), flags=re.I)
    # A comma in a subject's segment starts a place or a grade: "Store Manager, Lille Euralille".
    segments = (_SUBJECT_FILLER.sub("", s.strip()) for s in re.split(r"\s+[-–—|]\s+|\s*[|:,]\s+", subject))
    # "Wiss. Mitarbeiter/in am Lehrstuhl für X", "Data Analyst at Acme": where, not what.
    return [_OPENING_AFTER.sub("", _PLACE_AFTER.split(_after_reference(s))[0])
            for s in segments if s and not _TERM.search(s)]


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
_OPENING_AFTER = re.compile(r"\s+(?:stelle|position|role|poste|puesto|vacancy|opening)$", re.IGNORECASE)


# "Convocatoria docente 2025-1", "Intake 2025/II": a call or a term, which no title holds.
_TERM = re.compile(r"(?<!\w)\d{4}\s*[-/]\s*(?:[IVX]{1,3}|\d{1,2})(?!\w)")


_PLACE_AFTER = re.compile(r"\s+(?:am|an der|bei|beim|at|chez|auprès de)\s+", re.IGNORECASE)


# Inclusive endings in brackets ("Chargé(e)", "Ingeniero(a)") would cut the title at "(": write
# them the way French ("chargé·e") and Spanish ("ingeniero/a") do without brackets.
_FR_ENDING = re.compile(r"(?<=\w)\((e|es|ne|le|se|ère|euse|rice|trice)\)", re.IGNORECASE)
_ES_ENDING = re.compile(r"(?<=\w)\((a|as|o)\)", re.IGNORECASE)
_CONJUNCTIONS = {"or", "and", "oder", "und", "ou", "et", "o", "y"}


# German "Werkstudent:in", "Referent:innen": the colon would end the phrase as a sentence's would.
_COLON_ENDING = re.compile(r"(?<=[a-zäöüß]):(?=in(?:nen)?\b)")


def _unbracket_endings(text: str) -> str:
    return _COLON_ENDING.sub("*", _ES_ENDING.sub(r"/\1", _FR_ENDING.sub(r"·\1", text)))


def find_role(body: str, subject: str, language: str, not_these: set[str]) -> str:
    """The role named in the body or subject, or "" when the mail names none."""
    return choose_role(body, subject, language, not_these)[0]


def choose_role(body: str, subject: str, language: str, not_these: set[str]) -> tuple[str, float]:
    """The role and its summed weight of evidence: 3 for a known phrase ("the X position", "au poste
    de X"), 2 for a looser one, 1 for a bare "als X"; ("", 0) when the mail names none."""
    return _competing(body, subject, language, not_these)[:2]


def _competing(body: str, subject: str, language: str, not_these: set[str]) -> tuple[str, float, int, float]:
    """choose_role, with how many other roles competed and the best other one's weight."""
    # "the Field Technician (R-20931) position": requisition numbers and gender markers would stop
    # the phrase at "(", so they go first.
    original_body, original_subject = body, subject
    # "Aktuar (m/w/d) Leben": a gender marker inside a title would end it at its bracket too.
    body, subject = (_GENDER_INSIDE.sub("", _REQUISITION_INSIDE.sub("", _unbracket_endings(s)))
                     for s in (body, subject))
    votes: dict[str, float] = defaultdict(float)
    first_seen: dict[str, str] = {}
    in_body: set[str] = set()

    def vote(raw: str, weight: float, from_body: bool = False) -> None:
        role = clean(raw)
        if language in _TITLE_CASE_LANGUAGES:
            role = _without_sentence_tail(role)
        if plausible(role, not_these):
            votes[fold(role)] += weight
            first_seen.setdefault(fold(role), role)
            if from_body:
                in_body.add(fold(role))

    subject = topic(subject)
    for text in (body, subject):
        for pattern, weight in _patterns(language):
            for match in pattern.finditer(text):
                vote(match.group("r"), weight, text is body)
        for match in _QUOTED.finditer(text):
            if _QUOTE_CUE.search(text[max(0, match.start() - 40):match.start()]):
                vote(match.group("r"), 3, text is body)
    for segment in _subject_segments(subject):
        if _looks_like_role(segment):
            vote(segment, 2)
    if not votes:
        return "", 0.0, 0, 0.0
    best = max(votes, key=lambda k: votes[k])
    # The subject's short form of the title the body writes in full ("Aktuar" and "Aktuar Kranken"):
    # one role, named as the body names it, with the votes of both.
    longer = [k for k in in_body if k.startswith(best + " ") and not (set(k[len(best):].split()) & _NOT_FIELD)
              # English and German fields are capitalised: "Aktuar Kranken", not "... intern besetzt"
              and (language not in _TITLE_CASE_LANGUAGES
                   or all(w[:1].isupper() for w in first_seen[k].split()[len(best.split()):]))]
    if longer:
        full = max(longer, key=lambda k: (votes[k], len(k)))
        votes[full] += votes.pop(best)
        best = full
    runner_up = max((v for k, v in votes.items() if k != best), default=0.0)
    return _as_written(first_seen[best], f"{original_body}\n{original_subject}"), votes[best], len(votes) - 1, runner_up


# Words after a title that name no field of it: a team, a department, a sentence's words.
_NOT_FIELD = DEPARTMENT_WORDS | _STOP | {"team", "teams", "equipe", "equipo", "abteilung"}


def _as_written(role: str, text: str) -> str:
    """The inclusive endings back in brackets where the mail wrote them so ("Technicien(ne)")."""
    def back(match: re.Match) -> str:
        bracketed = f"{match.group(1)}({match.group(2)})"
        return bracketed if bracketed.lower() in text.lower() else match.group(0)
    role = re.sub(r"(\w+)[·/](e|es|ne|le|se|ère|euse|rice|trice|a|as|o)\b", back, role)
    return re.sub(r"(?<=\w)\*(?=in)", lambda m: ":" if role.replace("*", ":").lower() in text.lower() else "*", role)


def looks_like_title(role: str) -> bool:
    """A job word in it ("Engineer", "Referentin", "Analista"), or written like a title."""
    return _looks_like_role(role)


def without_company(role: str, company: str) -> str:
    """ "Bluefin Media Summer Internship" -> "Summer Internship": a subject that puts the company
    in front of the title; the rest is the role only if it still reads as one."""
    if company and fold(role).startswith(fold(company) + " "):
        rest = role[len(company):].strip(" -–|:")
        return rest if _looks_like_role(rest) else ""
    return role


def same_role(a: str, b: str) -> bool:
    """Whether two candidates name one role: equal, or one inside the other, word by word, once
    inclusive endings are dropped ("Front Office Manager/in", "Manager")."""
    def words(text: str) -> str:
        return " " + " ".join(fold(_MARKED_ENDING.sub("", w)).strip(",;") for w in clean_markers(text).split()) + " "
    wa, wb = words(a), words(b)
    return wa in wb or wb in wa


@dataclass(frozen=True)
class RoleEvidence:
    """What stood behind the role chosen: the features drafts/fact_model.py scores."""

    weight: float = 0.0
    candidates: int = 0  # other roles the phrases found
    runner_up: float = 0.0  # the best other one's weight
    subject_role: bool = False  # the subject alone names a role
    agreement: str = ""  # "same", "common head", "subject over body", "subject, body no title", ""
    subject_is_it: bool = False  # a segment of the subject is the role and nothing else ("Re: Barista")
    mentions: int = 0  # how often the body writes the role, as whole words
    from_quote: bool = False  # read from the earlier mail below the sender's words, which named none
    subject_goes_on: bool = False  # the subject writes more after it: "Actuaire, tarification IARD"


# "> " in front of a quoted line: not part of its words.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def choose_role_checked(body: str, subject: str, language: str, not_these: set[str],
                        company: str) -> tuple[str, float]:
    """choose_role, without the company in front of the title, and checked against the subject:
    when the body names another role than the subject does ("apply for our Full-Time Programme
    next year", "die Position der Front Office Managerin"), the subject names what was applied for."""
    role, evidence = choose_role_evidence(body, subject, language, not_these, company)
    return role, evidence.weight


def choose_role_evidence(body: str, subject: str, language: str, not_these: set[str],
                         company: str, quoted: str = "") -> tuple[str, RoleEvidence]:
    """choose_role_checked, with what stood behind the role (RoleEvidence). `quoted` is a rejection the
    applicant forwarded ("WG: Ihre Bewerbung bei ..."): read when the note above it names no role,
    and only when it names one role; never the applicant's own words quoted under a reply."""
    role, weight, evidence = _checked(body, subject, language, not_these, company)
    if not role and quoted:
        body = _QUOTE_MARKS.sub("", quoted)
        role, weight, evidence = _checked(body, subject, language, not_these, company)
        if evidence.candidates:  # the earlier mail names two roles: which was applied for is a guess
            role, weight = "", 0.0
        evidence = dataclasses.replace(evidence, from_quote=bool(role))
    not_these = not_these | ({fold(company)} - {""})
    role = with_specialty(with_qualifiers(as_the_body_writes_it(role, body), body, not_these), body, not_these,
                          language)
    role = with_field_after(role, subject, not_these)
    return role, dataclasses.replace(evidence, subject_is_it=subject_is_it(role, subject),
                                     mentions=len(_whole_word_ends(role, body)) if role else 0,
                                     subject_goes_on=subject_goes_on(role, subject))


# Ranks: with job words, a title that says no more than its kind of job ("Deputy Director").
_RANKS = frozenset("""senior junior sr jr principal lead head chief associate assistant executive deputy
stellvertretender stellvertretende adjoint adjointe adjunto adjunta""".split())
_GENDER_ENDING = re.compile(r"[·*/:(]-?(?:e|in|innen|a|as|r|ne|frau|trice|euse|ère)\)?(?=\s|$)", re.IGNORECASE)
_JOINING = {"of", "de", "del", "des", "du", "la", "le", "el", "der", "die", "das", "fur", "im", "in", "en",
            "y", "and", "et", "und", "a", "al", "au", "the", "for", "para", "pour"}


def only_job_words(role: str) -> bool:
    """Whether the role is job and rank words alone ("Deputy Director", "Kaufmann/-frau"): it says
    which kind of job, not which one; often a title cut short of its field."""
    words = [w.strip(",;") for w in fold(_GENDER_ENDING.sub("", role)).split()]
    return bool(words) and all(w in JOB_WORDS or w in _RANKS or w in _JOINING for w in words)


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
    for end in _whole_word_ends(role, text):
        found = _FIELD_AFTER_COMMA.match(text, end)
        if not found:
            continue
        field = found.group("f").strip()
        words = [fold(w) for w in field.split()]
        if (len(words) > 4 or is_place(field) or company_keys(field) & not_these
                or any(w in _STOP or w in _OPENERS or w in _GENERIC or w in _GREETINGS for w in words)
                or _SUBJECT_FILLER.match(field) or not _looks_like_field(field)):
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


def _looks_like_field(field: str) -> bool:
    """A field of work, not a town nor the subject's own words: one to three words, one of them a
    field's word, ending in one or in an acronym ("Finance", "Risk & Compliance", "tarification
    IARD"); no second title after "and" ("Finance and Director"), no "data protection notice"."""
    words = [w for w in field.split() if w != "&"]
    folded = [fold(w) for w in words]
    known = _FIELDS | DEPARTMENT_WORDS
    return (1 <= len(words) <= 3 and not set(folded) & _CONJUNCTIONS and any(f in known for f in folded)
            and (folded[-1] in known or (words[-1].isupper() and words[-1].isalpha())))


# After a title in a subject, what carries it on: a comma, a dash, a bracket that is no gender
# marker, "im Bereich", "à la", "in".
_CARRIED_ON = re.compile(r"(?:[ \t]*\((?:[mwdfhx]\s*/\s*)+[mwdfhx]\))?[ \t]*(?:,|[-–—][ \t]|\((?![mwdfhx]/)|"
                         r"[ \t](?:im Bereich|à la|à l'|au|in|of|de la|des)[ \t])[ \t]*\w", re.IGNORECASE)


def subject_goes_on(role: str, subject: str) -> bool:
    """Whether the subject writes more of the title after the role ("Deputy Director, Finance",
    "Auditeur Senior (m/f) – Asset Management"): the role may be its head only."""
    text = topic(subject)
    return any(_CARRIED_ON.match(text, end) for end in _whole_word_ends(role, text)) if role else False


def subject_is_it(role: str, subject: str) -> bool:
    """Whether a segment of the subject, its filler words and markers left out, is the role and
    nothing more ("Re: Soldador TIG", "Candidature vendeuse", "Barista – Local Miraflores"): a
    subject that names only the role names it for sure."""
    if not role:
        return False
    wanted = fold(clean_markers(role))
    return any(fold(clean_markers(segment)).strip(" -–") == wanted
               for segment in _subject_segments(_unbracket_endings(topic(subject))))


# A capitalised word in front of a title where the body writes it: "Biomedical Engineering
# Internship" for the subject's "Internship", "Specialist Clinical Pharmacist" for "Clinical Pharmacist".
_WORD_BEFORE = re.compile(r"([A-ZÀ-Þ][\w&'’/-]*)[ \t]+$")
# "le poste R-0048812 Ingénieur Méthodes": a requisition number, no word of the title.
_REFERENCE_WORD = re.compile(r"[A-Z]{0,4}-?\d{3,}[\w/-]*")
_GREETINGS = {"dear", "hi", "hello", "liebe", "lieber", "hallo", "bonjour", "hola", "estimado", "estimada",
              "sehr", "geehrte", "geehrter", "madame", "monsieur", "chere", "cher"}


def with_qualifiers(role: str, body: str, not_these: set[str] | frozenset[str] = frozenset()) -> str:
    """The role with the capitalised words the body writes right in front of it (at most three):
    the whole title, not its head word. Not a sentence's first word, a company, a greeting."""
    words = role.split()
    if not words or len(words) > 5 or not words[0][:1].isupper() or len(body) > 20_000:
        return role
    for end in _whole_word_ends(role, body):
        start = end - len(role)
        added: list[str] = []
        at = start
        while len(added) < 3:
            found = _WORD_BEFORE.search(body, max(0, at - 40), at)
            if not found:
                break
            word = found.group(1)
            folded = fold(word)
            if (folded in _OPENERS or folded in _STOP or folded in _ARTICLES or folded in _GREETINGS
                    or folded in ROLE_NOUNS or folded in _GENERIC or _SUBJECT_FILLER.fullmatch(word)
                    or company_keys(word) & not_these or _REFERENCE_WORD.fullmatch(word)):
                break
            added.insert(0, word)
            at = found.start(1)
        # A sentence's first word is capitalised whatever it is: only words inside a line count.
        while added and (at == 0 or re.search(r"(?:^|[.!?]\s*|\n\s*)$", body[max(0, at - 3):at])):
            at += len(added.pop(0))
            at += len(body[at:]) - len(body[at:].lstrip(" \t"))
        if added and not company_keys(" ".join(added)) & not_these:
            return " ".join(added + [body[start:end]])
    return role


# What follows a title and belongs to it: "Lecturer in Environmental Science", "Técnico/a en
# Farmacia", "Assistant Professor of Physical Chemistry", "Pflichtpraktikum im Bereich
# Verfahrenstechnik": a connector, then capitalised words. The phrases stop a role at "in"/"en"
# ("Analyst in our team"), which cut such titles to their job word.
# Each language's own ("in München" is a place, "im Bereich Controlling" a field).
_MARKER = r"(?:[ \t]*\((?:[mwdfhx]\s*/\s*){1,3}[mwdfhx]\))?"
_SPECIALTY_CONNECTORS = {
    "en": re.compile(_MARKER + r"\s+(?:in|of)\s+(?=[A-ZÀ-Þ])"),
    "de": re.compile(_MARKER + r"\s+(?:im Bereich|f[üu]r)\s+(?=[A-ZÀ-Þ])"),
    "fr": re.compile(_MARKER + r"\s+(?:en|de|d['’]|des|du)\s*(?=[A-ZÀ-Þ])"),
    "es": re.compile(_MARKER + r"\s+(?:en|de|del)\s+(?=[A-ZÀ-Þ])"),
}
_SPECIALTY_WORD = re.compile(r"[A-ZÀ-Þ][\w&'’/-]*")
_SPECIALTY_JOIN = {"and", "&", "y", "et", "und", "de", "del", "of", "du", "des"}


def with_specialty(role: str, body: str, not_these: set[str] | frozenset[str] = frozenset(),
                   language: str = "en") -> str:
    """The role with the field the body names right after it, capitalised, when the body writes
    the role so; unchanged otherwise. Never adds the company's name or more than four words."""
    words = role.split()
    if not words or len(words) > 5 or fold(words[-1]) in _TITLE_CONNECTORS | _SPECIALTY_JOIN or len(body) > 20_000:
        return role
    for end in _whole_word_ends(role, body):
        connector = _SPECIALTY_CONNECTORS.get(language, _SPECIALTY_CONNECTORS["en"]).match(body, end)
        if not connector:
            continue
        added: list[str] = []
        at = connector.end()
        while len([w for w in added if w not in _SPECIALTY_JOIN]) < 4:
            word = _SPECIALTY_WORD.match(body, at)
            if word:
                added.append(word.group(0))
                at = word.end()
            join = re.match(r"[ \t]+(\S+)[ \t]+(?=[A-ZÀ-Þ])", body[at:at + 20])
            if word and join and fold(join.group(1)) in _SPECIALTY_JOIN:
                added.append(join.group(1))
                at += join.end()
                continue
            if not word or not re.match(r"[ \t]+[A-ZÀ-Þ]", body[at:at + 3]):
                break
            at += len(body[at:at + 3]) - len(body[at:at + 3].lstrip(" \t"))
        while added and added[-1] in _SPECIALTY_JOIN:
            added.pop()
        if not added or any(company_keys(w) & not_these for w in added) or company_keys(" ".join(added)) & not_these:
            return role
        if any(fold(w) in _OPENERS or fold(w) in _STOP for w in added):
            return role
        return clean_markers(f"{role}{body[end:connector.end()]}{' '.join(added)}".replace("\n", " "))
    return role


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # re's \w


def _whole_word_ends(role: str, body: str) -> list[int]:
    """Where the role stands in the body as whole words, case apart: the offsets after it. With
    str.find, not a pattern of the role: compiled for every rejection, those overflowed re's cache."""
    lower, needle = body.lower(), role.lower()
    if not needle or len(lower) != len(body) or len(needle) != len(role):  # a letter whose lower case is longer
        return [m.end() for m in re.finditer(rf"(?<![\w]){re.escape(role)}(?![\w])", body, re.IGNORECASE)]
    ends, at = [], lower.find(needle)
    while at >= 0:
        end = at + len(needle)
        if (at and _word_char(body[at - 1])) or (end < len(body) and _word_char(body[end])):
            at = lower.find(needle, at + 1)
        else:
            ends.append(end)
            at = lower.find(needle, end)
    return ends


# Small words a subject leaves out of a title the body writes in full: "Médico General Urgencias"
# for "Médico General de Urgencias", "Associate Corporate/M&A" for "Associate (m/w/d) im Bereich
# Corporate/M&A".
_LEFT_OUT = (r"(?:\s+(?:de|del|de la|en|of|in|im|für|du|des|d['’]|la|el|der|bereich|"
             r"\((?:[mwdfhx]\s*/\s*)+[mwdfhx]\)|[mwdfhx]/[mwdfhx](?:/[mwdfhx])?))")


def as_the_body_writes_it(role: str, body: str) -> str:
    """The role with the small words the body writes between its words, when the body writes it
    so: a title shortened in a subject reads wrong ("Médico General Urgencias")."""
    words = role.split()
    lower = body.lower()
    if len(words) < 2 or len(body) > 20_000 or role.lower() in lower:
        return role  # one word, or the body writes it so already
    pattern = re.compile(r"".join(re.escape(w) + (_LEFT_OUT + r"{0,3}\s+" if i < len(words) - 1 else "")
                                  for i, w in enumerate(words)) + r"(?!\w)", re.IGNORECASE)
    first = words[0].lower()
    start = lower.find(first)
    while start >= 0:  # tried only where the first word stands: the pattern is slow to scan with
        found = pattern.match(body, start)
        if found and (start == 0 or not body[start - 1].isalnum()):
            if len(found.group(0).split()) == len(words):
                return role
            return re.sub(r"\s+", " ", clean_markers(found.group(0))).strip()
        start = lower.find(first, start + 1)
    return role


def _checked(body: str, subject: str, language: str, not_these: set[str],
             company: str) -> tuple[str, float, RoleEvidence]:
    role, weight, candidates, runner_up = _competing(body, subject, language, not_these)
    role = without_company(role, company)
    from_subject = as_the_body_writes_it(
        without_company(choose_role("", subject, language, not_these)[0], company), body)

    def evidence(weight: float, agreement: str) -> RoleEvidence:
        return RoleEvidence(weight, candidates, runner_up, bool(from_subject), agreement)

    if role and from_subject and not same_role(role, from_subject) and _looks_like_role(from_subject):
        # The subject and the body name the role differently. What both say is sure ("Assistant
        # Professor of Chemistry" / "... of Physical Chemistry": "Assistant Professor"); else the
        # subject, which names what was applied for, unless the body's role also reads as a title:
        # then the sources disagree, and a reply does without the role.
        head = common_head(role, from_subject)
        if head:
            # The body's title in full where it writes it ("Assistant Professor of Physical
            # Chemistry" beside the subject's "... of Chemistry"): cut to the common head, it is
            # often the job word alone ("Lecturer", "Analista de Riesgo").
            full = " ".join(itertools.dropwhile(lambda w: w.islower(), role.split()))  # "tenure-track"
            if (_looks_like_role(full) and fold(full) in fold(_GENDER_INSIDE.sub("", body))
                    and len(full.split()) > len(head.split())):
                return full, 2.0, evidence(2.0, "common head")
            return head, 2.0, evidence(2.0, "common head")
        if _looks_like_role(role):
            return from_subject, 0.5, evidence(0.5, "subject over body")
        return from_subject, 2.0, evidence(2.0, "subject, body no title")
    agreement = "same" if role and from_subject and same_role(role, from_subject) else ""
    if agreement and len(from_subject.split()) > len(role.split()) and _looks_like_role(from_subject) and (
            _whole_word_ends(from_subject, body) or not _looks_like_role(role)):
        # The body's phrase stopped short of the title the subject names ("Bewerbung als
        # Verkäufer/in in Teilzeit" cut at "in", "the QA role" for "Junior QA Tester"): the whole
        # title, where the body writes it so too or the body's part is no title on its own.
        return from_subject, weight, evidence(weight, agreement)
    return role, weight, evidence(weight, agreement)


def _same_word(a: str, b: str) -> bool:
    """One word, but for an inclusive or plural ending: "Manager/in", "Managerin", "Managers"."""
    fa, fb = (fold(_MARKED_ENDING.sub("", w)).strip(",;") for w in (a, b))
    short, long = sorted((fa, fb), key=len)
    return bool(short) and long.startswith(short) and len(long) - len(short) <= 2


def common_head(a: str, b: str) -> str:
    """The leading words two titles share, when they read as a title on their own."""
    # "tenure-track Assistant Professor of ...": a lower-case word in front qualifies the title.
    wa, wb = (list(itertools.dropwhile(lambda w: w.islower(), t.split())) for t in (a, b))
    n = 0
    while n < min(len(wa), len(wb)) and _same_word(wa[n], wb[n]):
        n += 1
    head = wb[:n]
    while head and fold(head[-1]) in _TITLE_CONNECTORS | {"de", "del", "du", "des", "d'", "la", "el"}:
        head.pop()
    return " ".join(head) if head and _looks_like_role(" ".join(head)) else ""
