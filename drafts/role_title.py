"""What reads as a job title: a role's words cleaned of gender markers, requisition numbers and
articles, whether a phrase is a title at all (a job word, no sentence's words, not the company),
and whether two titles name one role.
"""

from __future__ import annotations

import functools
import itertools
import re

from onward.drafts import tables
from onward.drafts.company import keys as company_keys
from onward.drafts.lexicon import JOB_WORDS, ORG_WORDS, ROLE_NOUNS, fold



# open a sentence (drafts/languages/*.toml): any language, since ATS templates mix them.
GENERIC = tables.all_words("generic_role_words")
# Words naming the selection itself ("Sélection des stagiaires"): a phrase they start names no title.
_PROCESS_WORDS = tables.all_words("process_words")
# A trainee's word in front of the trade learned ("Auszubildende Steuerfachangestellte").
_TRAINEE_WORDS = tables.all_words("trainee_words")
OPENERS = tables.all_words("sentence_openers")
# The season or term a title is offered for, after it ("Pflichtpraktikum Sommersemester").
_SEASON_WORDS = tables.all_words("season_words")


# "(m/w/d)", "(w/m/d)", "H/F", "(f/m/x)", "(all genders)": job-ad markers, not part of the title.
_GENDER = re.compile(
    r"\s*\(?\b(?:[mwdfhxi]|div|all genders?|alle geschlechter|gn)\s*(?:[/|*]\s*(?:[mwdfhxi]|div)\b\s*){1,3}\)?"
    r"|\s*\((?:all genders?|alle geschlechter|gn|m/w/d|w/m/d)\)", re.IGNORECASE)
GENDER_INSIDE = re.compile(r"[ \t]*\((?:[mwdfhx]\s*/\s*){1,3}[mwdfhx]\)(?=[ \t]+[A-ZÀ-Þ])", re.IGNORECASE)
# "(R-24817)", "(Req. 2024-1187)", "(JR-3321)", "- R-10234": requisition numbers.
_REQUISITION = re.compile(
    r"\s*\((?:req(?:uisition)?\.?|r-|jr-?|ref\.?|id|job id|#)?\s*[\w-]*\d[\w-]*\)"
    r"|\s*[-–|]\s*(?:req\.?\s*|r-|jr-?|ref\.?\s*)?[A-Z]{0,3}-?\d{3,}\S*\s*$", re.IGNORECASE)
REQUISITION_INSIDE = re.compile(r"[ \t]*\((?:req(?:uisition)?\.?|r-|jr-?|ref\.?|id|job id|#)\s*[\w-]*\d[\w-]*\)",
                                 re.IGNORECASE)
STOP = {fold(w) for w in """the this that these your our a an to for with next any other one those
    is are be we you i us it my me his her their all some such not process candidates application
    die der das den dem diese dieser eine einer eines einen unsere unser ihre ihr deine dein sie wir uns
    ich mich jemand jemanden mehr sehr noch bereits nicht leider
    le les ce cette votre notre vos nos un une nous vous je ton ta tes chez bei
    el los las este esta estos su sus tu tus nuestro nuestra un una que se nos le""".split()}
# The nouns among the stop words ("the process", "your application") and the generic words ("the
# 2027 intake": tables' `generic_title_nouns`), which titles use too.
_TITLE_NOUNS = {"process", "application"} | tables.all_words("generic_title_nouns")
ARTICLES = {"the", "our", "your", "this", "that", "a", "an", "die", "der", "das", "den", "dem", "unsere",
             "ihre", "deine", "le", "la", "les", "votre", "notre", "el", "los", "las", "su", "tu", "nuestro",
             "nuestra"}
SUBJECT_FILLER = re.compile(
    r"^(?:(?:your|ihre|deine|votre|ta|tu|su|our|unsere|notre|nuestra)\s+)?(?:application|applications|"
    # "Candidatos Residente de Obra", "Candidatures stagiaires …": the batch of applicants an agency or a
    # school sends, named before what they were put forward for (tables' `batch_headings`).
    + "".join(re.escape(w) + "|" for w in sorted(tables.all_phrases("batch_headings"), key=len, reverse=True)) +
    r"candidacy|bewerbung|candidature|candidatura|postulaci[óo]n|update|status|next steps|absage|"
    r"r[üu]ckmeldung|r[ée]ponse|actualizaci[óo]n|proceso de selecci[óo]n|thank you|danke|merci|gracias|"
    r"regarding|re|search|interview|gespr[äa]ch|entretien|entrevista|kandidatur|b[úu]squeda|seguimiento|"
    r"suivi|feedback|retroalimentaci[óo]n|follow[- ]up|outcome|result|r[ée]sultat|resultado|estado|novedades|"
    r"resoluci[óo]n|"
    # "Stelle Logistiker EFZ", "Puesto Auxiliar Administrativo": the word for the opening.
    r"stelle|vacante|poste|puesto|convocatoria|"
    # "Bolsa de trabajo Técnico/a …": the pool of candidates a title is kept for.
    r"bolsa de (?:trabajo|empleo)|talentpool|talent pool|vivier|"
    # "Re: CV électricien", "cv camarero": the document sent, before a title in lower case (a capital
    # after it may be the title's own: "CV Engineer").
    r"cv(?=\s+(?-i:[a-zà-ÿ])))"
    # "Retroalimentación candidatos …", "Feedback candidates …": whom the word is about, no title's.
    r"(?:\s+(?:update|status|postulaci[óo]n|candidatura|de candidature|candidat[oae]s|candidats|kandidaten))?\b\s*"
    r"(?:(?:for|f[üu]r|als|as|pour|para|en tant que|comme|como)\s+(?:(?:the|die|den|le|la|el)\s+)?)?",
    re.IGNORECASE)


# "R-10452 Aktuar", "JR-3321 – Data Analyst": a requisition number in front of the title.
# "Requisición 26-0771 Representante Médico", "Job ID 4471 Buyer": a number named as one, however short.
_REQUISITION_FIRST = re.compile(
    r"^\s*(?:(?:req(?:uisition|uisici[óo]n)?|ref(?:erence|erencia|[ée]rence|erenz)?|job[- ]?id|id|kennziffer|"
    r"n[º°r]|#)\.?\s*[:#]?\s*[A-Z]{0,3}-?\d[\w/-]*|[A-Z]{0,3}-?\d{3,}[\w-]*)\s*[-–|:]?\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)  # each rule weighing a title cleans it again
def clean_markers(role: str) -> str:
    """A title without gender markers ("(m/w/d)", "H/F") and requisition numbers."""
    return _REQUISITION_FIRST.sub("", _REQUISITION.sub("", _GENDER.sub("", role)))


def grade_one(words: list[str], i: int) -> bool:
    """ "Planner I / Planner II": the grade "I" after a job word, at the title's end or before the
    slash of a grade pair, is no pronoun ("Engineer I applied" opens a sentence)."""
    return (words[i] == "I" and i > 0 and job_word(words[i - 1])
            and (i == len(words) - 1 or words[i + 1].startswith("/")))


@functools.lru_cache(maxsize=1024)  # each rule weighing a title cleans it again
def clean(role: str) -> str:
    """Drop gender markers, requisition numbers, quotes, articles and a trailing "position"; cut
    at a word that opens the next sentence ("Marketing Manager Unfortunately": a line break lost)
    and before a bracket left open ("Senior Risk Analyst (80")."""
    cut_compound = bool(re.search(r"\w-$", role.rstrip()))
    role = re.sub(r"\s*\([^)]*$", "", clean_markers(role))
    kept = role.split()
    for i, word in enumerate(kept[1:], 1):
        if word[:1].isupper() and fold(word.strip(",")) in OPENERS and not grade_one(kept, i):
            role = " ".join(kept[:i])
            break
    words = _before_workplace_after_a(role.split())
    # "your interest in the Video Producer": a role has no article inside; keep what follows it.
    # But "Executive Assistant to the CEO", "Leiter Finanzen & Mitglied der Geschäftsleitung",
    # "Responsable de la Communication": an article after a title and its connector goes on with it.
    cut = max((i for i, w in enumerate(words) if fold(w) in ARTICLES and not _title_goes_on(words, i)),
              default=-1)
    role = " ".join(words[cut + 1:])
    role = re.sub(r"^(?:the|a|an|le|la|l['’]|el|die|der|das|un|une|una|ein|eine|einen|einer|eines)\s+", "",
                  role.strip(), flags=re.I)
    role = re.sub(r"\s+(?:position|role|job|opening|vacancy)$", "", role, flags=re.I)
    # "de Profesor Investigador": a phrase's own preposition left in front; no title starts so.
    role = re.sub(r"^(?:de|del|d['’]|of|für|als)\s+(?=\w)", "", role.strip())
    # "Proceso Jefe de Almacén", "proceso para Controller", "um ein Pflichtpraktikum": the process or
    # the request in front of the title.
    role = _PROCESS_FIRST.sub("", _OPENING_FIRST.sub("", role))
    role = _without_season(_without_word_in_front(role.strip(" \t'\"“”«»-–,")))
    # "in der Schuldner- und Insolvenzberatung": a lone word that ended in its hyphen is the first
    # half of a compound the phrase was cut from, and names no job ("Elektroniker für Energie-" keeps
    # its title's words).
    return "" if cut_compound and len(role.split()) == 1 else role


def _without_season(role: str) -> str:
    """ "Pflichtpraktikum Sommersemester" -> "Pflichtpraktikum", "Ski Instructor Winter Season" -> "Ski
    Instructor": the season or term after a title says when it is offered, not which job it is. Its
    words go only where a job word is left last: the season word is also a title's ("Backend Developer
    Java Spring") or one of a phrase the tables do not know ("Réceptionniste haute saison", "Lecturer
    Fixed Term", "Employé de saison"), and half of such a phrase is a title nobody wrote."""
    words = role.split()
    kept = len(words)
    while kept > 1 and fold(words[kept - 1]) in _SEASON_WORDS:
        kept -= 1
    if kept < len(words) and job_word(words[kept - 1]):
        return " ".join(words[:kept])
    return role


# A title's last word that leaves it unfinished: "Sachbearbeiterin /", "Chef de", "Analyst and".
_DANGLING_END = re.compile(r"[/&,(–—-]$")


def dangles(role: str) -> bool:
    """Whether a title stops before its end: a slash, a dash or a connector last ("Sachbearbeiterin
    /" for "Sachbearbeiterin / eines Sachbearbeiters in der Drittmittelverwaltung"). Such a role is
    a phrase cut short, never stated. A capital letter alone last is a grade ("Software Engineer I",
    "Analyst A"), and a word in capitals an abbreviation ("Infirmier DE", the state diploma): not
    the connector or article they spell, which a title writes in lower case."""
    words = role.split()
    grade = words[-1].isupper() if words else False
    return bool(words) and (_DANGLING_END.search(role) is not None
                            or not grade and fold(words[-1]) in _NO_TITLE_ENDS_WITH)


def _without_word_in_front(role: str) -> str:
    """ "Auszubildende Steuerfachangestellte" -> "Steuerfachangestellte": the trade an apprentice
    learns is the title; "Selección Técnico/a de Empleo" -> "Técnico/a de Empleo": the selection is
    no word of it. The trainee's word alone stays; "Sélection des stagiaires" is no title at all."""
    first, _, rest = role.partition(" ")
    if fold(first) in _TRAINEE_OR_PROCESS_WORDS and rest[:1].isupper() and looks_like_role(rest):
        return rest
    return role


# Words that join a title to what it goes on with: "Assistant to the CEO", "Head of the Board",
# "Chargée de la communication", "Conseillère à la clientèle".
_ARTICLE_CONNECTORS = {"to", "of", "de", "a"}


# "a Tiempo Parcial", "à temps partiel": the terms a job word goes on with after "a" (drafts/languages).
_TERMS_AFTER_A = tuple(fold(p).split() for p in tables.all_phrases("terms_after_a"))


def _terms_follow(words: list[str]) -> bool:
    """Whether the words start with the terms of a job ("Tiempo Parcial"), not a name."""
    folded = [fold(w) for w in words]
    return any(folded[:len(terms)] == terms for terms in _TERMS_AFTER_A)


def _before_workplace_after_a(words: list[str]) -> list[str]:
    """The words before a Spanish/French "a" that follows a job word and leads to a name, not to a
    job's terms: "Cajero a Supermercados Ribera" applied to a shop, the title is "Cajero"."""
    for i in range(1, len(words) - 1):
        if (fold(words[i]) == "a" and job_word(words[i - 1]) and words[i + 1][:1].isupper()
                and not _terms_follow(words[i + 1:])):
            return words[:i]
    return words


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
    elif article == "a" and job_word(words[i - 1]) and _terms_follow(words[i + 1:]):
        # Spanish and French "a" after a job word is no article: "Docente a Tiempo Parcial", "Repartidor
        # a jornada completa" (whose lower-case terms role_qualifiers then cuts); but "Vendedor a
        # Tiendas Ribera" is where the candidate applied.
        head = words[:i]
    else:
        return False
    # The head is the title: the words since the article before it, if any.
    start = max((j for j, w in enumerate(head) if fold(w) in ARTICLES), default=-1)
    return looks_like_role(" ".join(head[start + 1:]))


def any_of(words: tuple[str, ...] | frozenset[str]) -> str:
    """A pattern's alternatives for listed words, longest first, each taken literally."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# "au poste Assistant(e) administratif(ve)", "al puesto Cajero/a", "for the role Data Analyst": a
# phrase's preposition and the word for the opening in front of the title, which no title starts with.
# The words are the tables' (`opening_prepositions`, `opening_articles`, `opening_connectors`), of
# every language: English phrases stand in any mail.
_OPENING_FIRST = re.compile(
    rf"^(?:{any_of(tables.all_phrases('opening_prepositions'))})\s+"
    rf"(?:(?:{any_of(tables.all_phrases('opening_articles'))})\s*)?"
    rf"(?:{any_of(ROLE_NOUNS)})\s+(?:(?:{any_of(tables.all_phrases('opening_connectors'))})\s*)?(?=\w)",
    re.IGNORECASE)
_PROCESS_FIRST = re.compile(r"^(?:proceso(?:\s+(?:de|para|del))?|um\s+(?:ein|eine|einen))\s+(?=\w)", re.IGNORECASE)


# Languages whose titles have no lower-case words but small connectors ("Head of Sales",
# "Referent für Vertrieb"): a lower-case word after a title is the sentence going on.
TITLE_CASE_LANGUAGES = {"en", "de"}
TITLE_CONNECTORS = {"of", "and", "for", "in", "the", "to", "&", "fur", "im", "und", "der", "die", "das",
                     "des", "mit", "zur", "zum", "am", "an", "bei", "von", "e", "i",
                     # French titles in German or English mail: "Chef de Rang", "Chef de produit"
                     "de", "du"}


# Lower-case words that are job words in English but German adverbs: "... Supply Chain intern besprochen".
_ADVERBS = {"intern", "extern"}


def without_sentence_tail(role: str) -> str:
    """ "Senior QA Engineer update", "Steuerfachangestellte inzwischen besetzt" -> the title before
    the first lower-case word, when that part is a title on its own (a job word, no dangling "of")."""
    words = role.split()
    if not words or not words[0][:1].isupper():
        return role
    for i, word in enumerate(words[1:], 1):
        if word.isalpha() and word.islower() and (fold(word) not in _TITLE_CONNECTORS_OR_JOB_WORDS or word in _ADVERBS):
            head = words[:i]
            if fold(head[-1]) not in TITLE_CONNECTORS and looks_like_role(" ".join(head)):
                return " ".join(head)
            return role
    return role


def plausible(role: str, not_these: set[str] | frozenset[str]) -> bool:
    """A title, not a phrase: a few words, no articles or pronouns, not "positions", not the company."""
    return plausible_shape(role) and not names_these(role, not_these)


def names_these(role: str, not_these: set[str] | frozenset[str]) -> bool:
    """Whether the role is one of `not_these` (company keys: the company, the applicant's names)."""
    return bool(not_these) and bool(company_keys(role) & not_these)


def plausible_shape(role: str) -> bool:
    """plausible, whatever the names to set aside: what a role with none of them needs."""
    words = role.split()
    if not 1 <= len(words) <= 8 or not role[:1].isalpha():
        return False
    folded = [fold(w.strip(",")) for w in words]
    # "to the" in "Executive Assistant to the CEO" carries the title on (_title_goes_on).
    carried = {j for i, w in enumerate(words) if fold(w) in ARTICLES and _title_goes_on(words, i)
               for j in (i - 1, i)}
    # "Process Engineer", "Application Developer": a noun of the stop words written as a title's
    # word, capitalised in front of a job word, is no sentence's.
    title_nouns = {i for i, w in enumerate(words[:-1]) if folded[i] in _TITLE_NOUNS and w[:1].isupper()
                   and job_word(words[i + 1])}
    carried |= title_nouns | {i for i in range(len(words)) if grade_one(words, i)} | _acronyms(words)
    if any(all(part in STOP for part in w.split("/")) for i, w in enumerate(folded) if i not in carried):
        return False  # "einer/eines" too
    if folded[-1] in CONJUNCTIONS:  # "summer internships or": a phrase cut short, not a title
        return False
    if folded[0] in _PROCESS_WORDS:  # "Sélection des stagiaires": the selection, not a post
        return False
    if any(w in ROLE_NOUNS or w.rstrip("sn") in ROLE_NOUNS or w in {"stellen", "positionen"}
           for w in (folded[0], folded[-1])):
        return False  # "open positions", "Stellen": the job in general, not its title
    if any(w in GENERIC for i, w in enumerate(folded) if i not in title_nouns):
        return False  # "the above role", "the Fall 2026 cohort", "el puesto de ya": no title
    return True


def _acronyms(words: list[str]) -> set[int]:
    """Where a title writes a stop word in capitals among words that are not ("Chef de projet IT",
    "US Sales Manager"): an abbreviation of a field or a place, not the pronoun."""
    if all(w.isupper() for w in words):
        return set()  # a line written all in capitals: "IT" may be the pronoun there
    return {i for i, w in enumerate(words) if len(w.strip(",")) >= 2 and w.strip(",").isupper()
            and fold(w.strip(",")) in STOP}


# Endings of job titles ("Referent", "Controleur", "Analista", "Filialleiter"), counted only on a
# capitalised word: lower-case "permanent", "ist" or "current" name no job.
# Compounds end in a job word too ("Kreditanalyst", "Filialleiter", "Steuerfachangestellte").
_TITLE_ENDINGS = ("eur", "ista", "iste", "ador", "ent", "ente", "ist", "leader", "ora", "ero", "ico",
                  "ologo", "ologa", "ologe") + tuple(
    w for w in JOB_WORDS if len(w) >= 5)
# An inclusive ending written onto a word ("Werkstudent*in", "Técnico/a", "Chargé·e", "Manager/in",
# "Mitarbeiter/-in") or a German title's other form after "/-" ("Kaufmann/-frau"): one word with it.
MARKED_ENDING = re.compile(r"(?:[·*/:]-?(?:e|in|innen|a|as|r|trice|euse|ère|ne)|/-[a-zäöüß]+|"
                            r"\((?:e|in|innen|a|as|r|trice|euse|ère|ne)\))$", re.IGNORECASE)


# French writes titles in lower case ("éditrice jeunesse", "ergothérapeute"): these endings name
# a job whatever the case; the few other words with them are listed.
_LOWER_TITLE_ENDINGS = ("teur", "trice", "peute", "logue")
_NOT_TITLES = {"secteur", "moteur", "hauteur", "auteur", "lecteur", "facteur", "acteur", "docteur", "vecteur",
               "cadastre", "catalogue", "dialogue", "prologue", "epilogue", "monologue"}
_OTHER_FORM = re.compile(r"/-([a-zäöüß]{4,})$")  # "Assistenzarzt/-ärztin"'s other form


def job_word(word: str) -> bool:
    # "Assistenzarzt/-ärztin": either form may be the listed one.
    other = _OTHER_FORM.search(word.strip(","))
    return _one_job_word(word) or (other is not None and _one_job_word(other.group(1)))


@functools.lru_cache(maxsize=8192)  # the same words of a mail's titles, asked again
def _one_job_word(word: str) -> bool:
    plain = MARKED_ENDING.sub("", word.strip(",")).split("-")[-1]
    folded = fold(plain)
    if len(folded) >= 7 and folded.isalpha() and folded.endswith(_LOWER_TITLE_ENDINGS) and folded not in _NOT_TITLES:
        return True
    # "Recruitment", "Management", "Department" end in "-ent" but name no one's job.
    # "des Front Office Managers": a German genitive or an English plural of a job word.
    # "Aseguradora Cantábrica": an organisation's word has a title's ending, but names no job.
    return folded in JOB_WORDS or folded[:-1] in JOB_WORDS and folded.endswith("s") or (
        plain[:1].isupper() and len(folded) >= 5 and folded.endswith(_TITLE_ENDINGS)
        and not folded.endswith("ment") and folded not in ORG_WORDS)


def looks_like_role(text: str) -> bool:
    return any(job_word(w) for w in text.split()) or bool(OPENER_OF_FIELD and OPENER_OF_FIELD.search(text))


# "Head of Compliance": a title's opening word, capitalised, then "of" and a capitalised field (tables'
# `title_openers_of`); "Head Office", "head of the team" are none.
_OPENERS_OF = sorted(tables.all_words("title_openers_of"))
OPENER_OF_FIELD = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.capitalize()) for w in _OPENERS_OF)
                              + r") of (?=[A-ZÀ-Þ])") if _OPENERS_OF else None


# Inclusive endings in brackets ("Chargé(e)", "Chef(fe)", "Ingeniero(a)") would cut the title at "(": write
# them the way French ("chargé·e") and Spanish ("ingeniero/a") do without brackets.
FR_BRACKETED_ENDINGS = "e|es|ne|le|se|fe|ve|te|ère|euse|rice|trice"
ES_BRACKETED_ENDINGS = "a|as|o"
# A bracket right after a word character: "(?<=\w)\(" said after the bracket, so that re looks for the
# bracket itself at C speed instead of trying the lookbehind at every character (a body's two
# substitutions cost 17 µs, 3 µs so).
_FR_ENDING = re.compile(rf"\((?<=\w\()({FR_BRACKETED_ENDINGS})\)", re.IGNORECASE)
_ES_ENDING = re.compile(rf"\((?<=\w\()({ES_BRACKETED_ENDINGS})\)", re.IGNORECASE)
CONJUNCTIONS = {"or", "and", "oder", "und", "ou", "et", "o", "y"}
# The word sets joined once, not at each call (a union inside a function is built anew each time).
_NO_TITLE_ENDS_WITH = TITLE_CONNECTORS | ARTICLES | CONJUNCTIONS
_TRAINEE_OR_PROCESS_WORDS = _TRAINEE_WORDS | _PROCESS_WORDS
_TITLE_CONNECTORS_OR_JOB_WORDS = TITLE_CONNECTORS | JOB_WORDS
_NO_HEAD_ENDS_WITH = TITLE_CONNECTORS | {"de", "del", "du", "des", "d'", "la", "el"}


# German "Werkstudent:in", "Referent:innen": the colon would end the phrase as a sentence's would.
_COLON_ENDING = re.compile(r"(?<=[a-zäöüß]):(?=in(?:nen)?\b)")


@functools.lru_cache(maxsize=16)  # a mail's body (40,000 characters at most) and subject, asked by several rules
def unbracket_endings(text: str) -> str:
    if "(" in text:  # what each pattern needs: most texts have no bracket, and no ":in"
        text = _ES_ENDING.sub(r"/\1", _FR_ENDING.sub(r"·\1", text))
    return _COLON_ENDING.sub("*", text) if ":in" in text else text


def looks_like_title(role: str) -> bool:
    """A job word in it ("Engineer", "Referentin", "Analista"), or written like a title."""
    return looks_like_role(role)


def same_role(a: str, b: str) -> bool:
    """Whether two candidates name one role: equal, or one inside the other, word by word, once
    inclusive endings are dropped ("Front Office Manager/in", "Manager")."""
    def words(text: str) -> str:
        return " " + " ".join(fold(MARKED_ENDING.sub("", w)).strip(",;") for w in clean_markers(text).split()) + " "
    wa, wb = words(a), words(b)
    return wa in wb or wb in wa


# Ranks: with job words, a title that says no more than its kind of job ("Deputy Director").
_RANKS = frozenset("""senior junior sr jr principal lead head chief associate assistant executive deputy
stellvertretender stellvertretende adjoint adjointe adjunto adjunta""".split())
_GENDER_ENDING = re.compile(r"[·*/:(]-?(?:e|in|innen|a|as|r|ne|frau|trice|euse|ère)\)?(?=\s|$)", re.IGNORECASE)
JOINING = {"of", "de", "del", "des", "du", "la", "le", "el", "der", "die", "das", "fur", "im", "in", "en",
            "y", "and", "et", "und", "a", "al", "au", "the", "for", "para", "pour"}


# Words of the kind of contract or training, not the post (tables' `status_words`).
_STATUS_WORDS = tables.all_words("status_words")


def only_a_status(role: str) -> bool:
    """Whether the role is one word of the kind of contract or training alone ("Apprentice", "postdoc"):
    it says what kind of post, not which one. Such a role is dropped only where the mail writes more
    of the title after it (role_shape.a_status_cut_short: "Apprentice" for an "Apprentice joiner");
    written alone ("the postdoc position") it is the role the mail names."""
    words = fold(_GENDER_ENDING.sub("", role)).split()
    return len(words) == 1 and (words[0] in _STATUS_WORDS or words[0].rstrip("s") in _STATUS_WORDS)


def people_in_numbers(text: str) -> bool:
    """Whether the text opens with the plural of a status word ("stagiaires Master 2 Droit des affaires",
    "Praktikanten Sommer 2027"): a school's or a programme's cohort, not the post one of them applied
    for. Not another job word's plural: a post is advertised so too ("Chefs de partie", "Agents de
    sécurité")."""
    words = text.split()
    folded = fold(MARKED_ENDING.sub("", words[0])) if words else ""
    return len(folded) >= 5 and folded not in _STATUS_WORDS and any(
        folded.endswith(ending) and folded[:-len(ending)] in _STATUS_WORDS for ending in _PLURAL_ENDINGS)


# How each language's plurals end (tables' `plural_endings`: "-s", "-x", "-en", "-nen").
_PLURAL_ENDINGS = tables.all_words("plural_endings")


def only_job_words(role: str) -> bool:
    """Whether the role is job and rank words alone ("Deputy Director", "Kaufmann/-frau"): it says
    which kind of job, not which one; often a title cut short of its field."""
    words = [w.strip(",;") for w in fold(_GENDER_ENDING.sub("", role)).split()]
    return bool(words) and all(w in JOB_WORDS or w in _RANKS or w in JOINING for w in words)


GREETINGS = {"dear", "hi", "hello", "liebe", "lieber", "hallo", "bonjour", "hola", "estimado", "estimada",
              "sehr", "geehrte", "geehrter", "madame", "monsieur", "chere", "cher"}


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # re's \w


def in_a_phrase(at: int, phrases: tuple[tuple[int, int], ...]) -> bool:
    """Whether the offset `at` lies in one of the spans a phrase about the post applied for wrote its
    title in (role.post_phrases)."""
    return any(start <= at < end for start, end in phrases)


@functools.lru_cache(maxsize=64)  # the same few titles looked for in a mail's body by a dozen rules
def whole_word_ends(role: str, body: str) -> tuple[int, ...]:
    """Where the role stands in the body as whole words, case apart: the offsets after it. With
    str.find, not a pattern of the role: compiled for every rejection, those overflowed re's cache."""
    lower, needle = lowered(body), role.lower()
    if not needle or len(lower) != len(body) or len(needle) != len(role):  # a letter whose lower case is longer
        return tuple(m.end() for m in re.finditer(rf"(?<![\w]){re.escape(role)}(?![\w])", body, re.IGNORECASE))
    ends, at = [], lower.find(needle)
    while at >= 0:
        end = at + len(needle)
        if (at and _word_char(body[at - 1])) or (end < len(body) and _word_char(body[end])):
            at = lower.find(needle, at + 1)
        else:
            ends.append(end)
            at = lower.find(needle, end)
    return tuple(ends)


# A mail's texts lower-cased once for the titles and phrases looked for in them, not once an ask: its
# body, its subject, the two together, the body with its brackets run on.
lowered = functools.lru_cache(maxsize=8)(str.lower)


# Small words a subject leaves out of a title the body writes in full: "Médico General Urgencias"


def same_word(a: str, b: str) -> bool:
    """One word, but for an inclusive or plural ending: "Manager/in", "Managerin", "Managers"."""
    fa, fb = (fold(MARKED_ENDING.sub("", w)).strip(",;") for w in (a, b))
    short, long = sorted((fa, fb), key=len)
    return bool(short) and long.startswith(short) and len(long) - len(short) <= 2


def common_head(a: str, b: str) -> str:
    """The leading words two titles share, when they read as a title on their own."""
    # "tenure-track Assistant Professor of ...": a lower-case word in front qualifies the title.
    wa, wb = (list(itertools.dropwhile(lambda w: w.islower(), t.split())) for t in (a, b))
    n = 0
    while n < min(len(wa), len(wb)) and same_word(wa[n], wb[n]):
        n += 1
    head = wb[:n]
    while head and fold(head[-1]) in _NO_HEAD_ENDS_WITH:
        head.pop()
    return " ".join(head) if head and looks_like_role(" ".join(head)) else ""
