"""The role applied for, as the rejection names it: "for the Data Analyst position", "Ihre Bewerbung
als Projektingenieur (m/w/d)", "au poste de Chef de projet", "para el puesto de Analista".

Gender markers ("(m/w/d)", "H/F") and requisition numbers are dropped: the draft names the role
the way a person would. What reads as a title is role_title's; the subject's reading of it
role_subject's; the whole title where the body writes more of it role_whole's.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from onward.drafts import tables
from onward.drafts.lexicon import DEPARTMENT_WORDS, JOB_WORDS, TITLE_WORDS, ends_a_name, fold
from onward.drafts.role_qualifiers import without_qualifier_brackets
from onward.drafts.role_runs_on import one_of_two_joined_titles, whole_title
from onward.drafts.role_subject import (after_an_application_word, subject_segments, subject_goes_on, subject_is_it,
                                        with_field_after)
from onward.drafts.role_title import (CONJUNCTIONS, ES_BRACKETED_ENDINGS, FR_BRACKETED_ENDINGS, GENDER_INSIDE,
                                      JOINING, REQUISITION_INSIDE, STOP, TITLE_CASE_LANGUAGES, any_of,
                                      looks_like_role, lowered, names_these, unbracket_endings, whole_word_ends,
                                      without_sentence_tail, clean, common_head, dangles, plausible_shape,
                                      same_role)
from onward.drafts.role_abbreviations import hide_abbreviation_dots, with_dots
from onward.drafts.role_comma import whole_at_comma
from onward.drafts.role_dash_unit import as_the_subject_orders, with_field_after_dash
from onward.drafts.role_declined import as_the_nominative
from onward.drafts.role_internship import as_the_subject_writes_it, internship_titles, is_internship_title
from onward.drafts.role_loose_nouns import loose_noun_titles, names_a_stage
from onward.drafts.role_other_application import in_a_possible_application
from onward.drafts.role_cut_short import a_place_in_the_programme, whole_where_written_on_or_none, without_the_act
from onward.drafts.role_shape import (a_status_cut_short, another_post_than_the_programme, names_a_programme,
                                      names_two_posts,
                                      reads_as_title, with_joined_part, without_lower_case_tail,
                                      without_workplace)
from onward.drafts.role_whole import (as_the_body_writes_it, as_the_compound_written, with_qualifiers,
                                      with_specialty)
from onward.drafts.role_wordings import (body_words_it_otherwise, is_whole_title, written_in_full,
                                         written_within)

# Read from here by the rest of the drafts package.
from onward.drafts.role_title import OPENER_OF_FIELD, job_word, looks_like_title, only_job_words  # noqa: F401
from onward.drafts.subjects import topic


# A dot between digits ends no sentence: "the Warehouse Associate – 2nd Shift – $19.50/hr position".
_CHAR = r"(?:[^\n.;:!?()\"“”«»„<>]|(?<=\d)\.(?=\d))"
_R = rf"(?P<r>{_CHAR}{{2,90}}?)"
_RC = rf"(?P<r>{_CHAR}{{2,90}}?)"  # commas allowed: bounded by the noun after it
# "spending the afternoon with us — I know the final round for the Investment Associate role": the
# capture never runs back across another article into the sentence before the title, but for the
# title's own after "to" or "of" ("the Personal Assistant to the Managing Director position"). It does
# not cut a place or an employer inside the phrase ("the Nurse at the Royal Infirmary position").
_RC_ONE_ARTICLE = (r"(?P<r>(?:(?!(?<!\b[Tt]o)(?<!\b[Oo]f)\s(?i:the|our|your|this)\s)"
                   rf"{_CHAR}){{2,90}}?)")
_END = {
    "en": r"(?=\s+(?:position|role|opening|vacancy|job|post|at|with|in|and|for|on|here|which|that|is|was)\b|"
          r"\s*[,()]|\s+[-–]\s|\s*$|[.;:!?\n])",
    "de": r"(?=\s+(?:bei|beim|in|im|und|an|am|mit|zu|zum|zur|ist|war|nicht|haben|hast|hat|leider|"
          r"entschieden|gefreut|f[üu]r\s+(?:die|den|das|unser|unsere|unseren|unserem|unser[ne]s|ihr|ihre|ihren|"
          r"jemand|einen|eine|andere|uns|Sie|dich))\b|"
          r"\s*[,()]|\s+[-–]\s|\s*$|[.;:!?\n])",
    "fr": r"(?=\s+(?:chez|au sein|pour|et|dans|à|qui|que|avec|n'a|n['’]est|a été|est|nous|malgré|ne|sur|ainsi|"
          r"également|aussi|donc|déjà|ayant)\b|"
          r"\s*[,()]|\s+[-–]\s|\s*$|[.;:!?\n])",
    # "la plaza de Cocinero/a de parrilla se la hemos dado", "el puesto de camarero lo hemos cubierto":
    # the sentence's pronoun ends the title; not the article of "Técnico de lo Social", "Abogado de lo
    # Laboral".
    "es": r"(?=\s+(?:en|para|con|y|que|no|ha|es|fue|nos|hemos|dentro|ya|también|finalmente|se)\b|"
          r"(?<!\s[Dd]e)\s+lo\b|\s*[,()]|\s+[-–]\s|\s*$|[.;:!?\n])",
}
# Each language's words that make a phrase about the job rather than its title, and the words that


@functools.cache
def _end(language: str) -> str:
    """Where a title ends in the language: its _END, or a participle that opens the next clause (tables'
    `clause_participles`: "Pharmacien logisticien basé à Yaoundé", "Analyst based in Leeds",
    "Analista ubicado en Lima"): the place it names is no word of the title."""
    end = _END.get(language, _END["en"])
    participles = tables.phrases(language, "clause_participles")
    prepositions = tables.phrases(language, "clause_prepositions")
    if not participles or not prepositions:
        return end
    alternatives = "|".join(re.escape(p) for p in sorted(participles, key=len, reverse=True))
    places = "|".join(re.escape(p) for p in sorted(prepositions, key=len, reverse=True))
    # Written in lower case and followed by a preposition of place ("based in", "basé à"): "Home Based
    # Carer", "Home based care worker", "Field based Sales Executive" keep theirs.
    return rf"(?:{end}|(?=\s+(?:{alternatives})\s+(?:{places})(?!\w)))"


# The nouns after "the X": a phrase ending so is tried only where one of them is (its cue words).
_NOUNS_AFTER = ("position", "role", "opening", "vacancy", "job", "post")
_NOUN_AFTER = rf"(?=\s+(?i:{'|'.join(_NOUNS_AFTER)})\b)"
_QUOTED = re.compile(r"[\"“«„‚]\s*(?P<r>[^\"“”«»„\n]{2,80}?)\s*[\"”»“‘]")
_QUOTE_CUE = re.compile(r"(?i:position|role|job|opening|vacancy|post|stelle|rolle|poste|r[ôo]le|offre|"
                        r"puesto|posici[óo]n|vacante|plaza|\brol\b|application|applying|applied|"
                        r"bewerbung|candidature|candidatura|postul)")


@functools.cache
def _not_after_other_post_clause() -> str:
    """Lookbehinds, any case, for a clause word and a pronoun before a bare "als" (de.toml
    `other_post_clause_words`, `subject_pronouns`: "wo du als", "wo Sie als")."""
    return "".join(rf"(?<!(?i:\b{re.escape(clause)} {re.escape(pronoun)} ))"
                   for clause in sorted(tables.words("de", "other_post_clause_words"))
                   for pronoun in sorted(tables.words("de", "subject_pronouns")))


_COMMA_FIELD_NEXT = re.compile(r"[ \t]*,[ \t]*[A-ZÀ-Þ]")
_CONJUNCTION_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(CONJUNCTIONS)) + r")\s+\w")


@functools.lru_cache(maxsize=8)
def _bare_title_openers(language: str) -> re.Pattern | None:
    """The language's phrases written right before a title (tables' `bare_title_openers`: "au poste
    Analyste KYC"), with the capitalised title after them."""
    openers = tables.phrases(language, "bare_title_openers")
    if not openers:
        return None
    return re.compile(rf"(?i:\b(?:{any_of(openers)}))\s+(?=[A-ZÀ-Þ]){_R}{_end(language)}")


_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _kinds_of_posts(run: str, text: str, end: int, language: str) -> bool:
    """The run names a kind of posts, not one ("your interest in Engineering Manager opportunities",
    "consider applying to Project Manager vacancies"): a plural word for posts (tables'
    `plural_post_words`) in it or right after it. Often posts suggested, not the one applied for."""
    plural = tables.words(language, "plural_post_words")
    after = _NEXT_WORD.match(text, end)
    words = set(re.findall(r"\w+", fold(run))) | ({fold(after.group(1))} if after else set())
    return bool(words & plural)


_GRADE_WORD = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})$")


def _ends_as_a_title(title: str, language: str) -> bool:
    """Where the language writes a title's job word last (tables' `bare_title_head_last`: "Customer
    Success Associate"), a run after a bare opener that ends in another word is the employer, a
    programme or a field ("applying to Driver Hire", "Nurse Plus", "Teacher Training", "interest in
    Developer Relations"); "Head of Finance" ends in its field and is a title. A plural job word last
    names a firm of them ("applying to Apex Engineers"): a title names one."""
    if not tables.table(language).get("bare_title_head_last"):
        return True
    words = list(itertools.takewhile(lambda w: w[:1].isupper() or w[:1].isdigit(), title.split()))
    while words and _GRADE_WORD.match(words[-1]):  # "Commis I", "Associate Scientist II": the grade's
        words.pop()
    if not words:  # the capitalised run the opener is followed by ("Transport Planner last month")
        return False
    last = words[-1]
    plural = fold(last).endswith("s") and not fold(last).endswith("ss") and job_word(last[:-1])
    return (job_word(last) and not plural) or bool(OPENER_OF_FIELD and OPENER_OF_FIELD.search(title))


def _in_an_invitation(text: str, at: int, language: str) -> bool:
    """The sentence up to `at` invites to apply (tables' `invitation_words`: "Nous vous invitons à
    postuler au poste ..."): the post it names is one suggested, not the one applied for."""
    before = text[:at]
    found = _SENTENCE_START.search(before)
    sentence = before[found.start() + 1:] if found else before
    return bool(set(re.findall(r"\w+", fold(sentence))) & tables.words(language, "invitation_words"))


# A phrase's cue words: every group has one in any text the phrase matches, lower-cased as
# _cue_text does. A phrase is tried only where its cues are: most of a mail's dozen phrases find
# nothing, and trying their first words at every character was a third of reading the role (issue 17).
# Its first words: each of its matches starts with one of them, lower-cased; where its cues are, it
# is tried only there (_matches_at). Keep each phrase, its cues and its first words together
# (tests/test_drafts_role_fast_paths_26.py and _27.py hold them so).
_Cues = tuple[tuple[str, ...], ...]
_NOUNS_OF_A_POST = ("posi", "rol", "job", "vacan", "title", "poste", "stelle", "puesto", "plaza")


def _cue_text(text: str) -> str:
    """The text lower-cased with the dotless "ı", the long "ſ" and the dotted "İ" read as the "i"
    and "s" that re's IGNORECASE matches them with."""
    return lowered(text).replace("\u0307", "").replace("ı", "i").replace("ſ", "s")


@functools.lru_cache(maxsize=8)
def _patterns(lang: str) -> list[tuple[re.Pattern, int, _Cues, tuple[str, ...]]]:
    """English phrasings (used by every language: ATS templates mix them in) plus the mail's own,
    with their weights, cue words and first words."""
    end = _end(lang)
    table: dict[str, list[tuple[str, int, _Cues, tuple[str, ...]]]] = {
        "en": [
            (rf"(?i:for|to|of|in) (?i:the) (?i:position|role|post|job) (?i:of) {_R}{end}", 3,
             (("the position of", "the role of", "the post of", "the job of"),), ("for", "to", "of", "in")),
            # "the Process Engineer (Etch) role": a bracketed specialism before the noun.
            (rf"(?i:\bthe|\bour|\byour|\bthis)\s+{_RC_ONE_ARTICLE}(?:[ \t]*\([^()\n]{{1,30}}\))?{_NOUN_AFTER}", 3,
             (_NOUNS_AFTER,), ("the", "our", "your", "this")),
            (rf"(?i:appl(?:y|ying|ied|ication)|candidacy|interest|interview(?:ing|s)?)\s+(?i:for|as)\s+"
             rf"(?:(?i:the|our|a|an)\s+)?{_R}{end}", 2,
             (("appl", "candidacy", "interest", "interview"), ("for", "as")),
             ("appl", "candidacy", "interest", "interview")),
            (rf"(?i:to be an?|as an?)\s+{_R}\s+(?i:at|with)\s", 2, (("to be a", "as a"), ("at", "with")),
             ("to be a", "as a")),
            (rf"(?i:your)\s+{_R}\s+(?i:application|interview)", 2, (("your",), ("application", "interview")),
             ("your",)),
            (rf"(?i:\b(?:position|role|job title|job|vacancy|title|poste|stelle|puesto|posici[óo]n|vacante|"
             rf"rol|plaza))\s*:\s*{_R}{end}", 3, (_NOUNS_OF_A_POST, (":",)), _NOUNS_OF_A_POST),
        ],
        "de": [  # "Bewerbung als X", "die Stelle (als) X", "die Position X", "dich als X"
            (rf"(?i:bewerbung|beworben|interesse|bewerben|dich|sich|mich|einstieg)\s+(?i:als)\s+{_R}{end}", 3,
             (("als",), ("bewerb", "beworben", "interesse", "dich", "sich", "mich", "einstieg")),
             ("bewerb", "beworben", "interesse", "dich", "sich", "mich", "einstieg")),
            (rf"(?i:\b(?:die|der|den|dem|unsere|unserer)\s+(?:position|stelle|rolle|funktion|"
             rf"ausschreibung|stellenausschreibung))\s+(?:(?i:als|des|der|zum|zur|eines|einer)\s+)?{_R}{end}", 3,
             (("position", "stelle", "rolle", "funktion", "ausschreibung"),), ("die", "der", "den", "dem", "unsere")),
            # Not in a clause about another opening: "wo du als Fullstack-Entwickler gut reinpasst"
            # says what the candidate is, not the post applied for ("dass du als Barista anfangen
            # wolltest" does name it).
            # Its lookbehinds are tried only where "als" is.
            (rf"(?=(?i:\bals)\s){_not_after_other_post_clause()}(?i:\bals)\s+{_R}{end}", 1, (("als",),), ("als",)),
            # "Feedback zur Senior Frontend Developer Position", "für die Buchhalter-Stelle"
            (rf"(?i:\bzur|\bzum|\bf[üu]r die|\bauf die)\s+{_RC}(?=[\s-]+(?i:position|stelle|rolle)\b)", 3,
             (("zur", "zum", "für die", "fur die", "auf die"), ("position", "stelle", "rolle")),
             ("zur", "zum", "für die", "fur die", "auf die")),
        ],
        "fr": [  # "au poste de X", "pour le rôle de X", "postulé pour X chez"
            # "de" before a space only: "le stage dev front" is no "stage de v front".
            (rf"(?i:\b(?:poste|r[ôo]le|emploi|offre|stage|mission|alternance))\s+(?:(?i:de la|de|du|"
             rf"en tant que)\s+|(?i:d['’])\s*){_R}{end}", 3,
             (("poste", "rôle", "role", "emploi", "offre", "stage", "mission", "alternance"),),
             ("poste", "rôle", "role", "emploi", "offre", "stage", "mission", "alternance")),
            (rf"(?i:postul[ée]|candidat[ée]|candidature)\s+(?i:pour|à|au)\s+(?:(?i:le|la|l['’])\s*)?{_R}"
             rf"\s+(?i:chez|au sein)\b", 2, (("postul", "candidat"), ("chez", "au sein")), ("postul", "candidat")),
        ],
        "es": [  # "el puesto de X", "la posición X", "candidatura para X en"
            # Not "una oferta para el rol de X": what follows such a word and a preposition is the
            # next phrase, read on its own.
            (rf"(?i:\b(?:puesto|posici[óo]n|vacante|plaza|rol|oferta|cargo))\s+(?:(?i:de)\s+)?"
             rf"(?!(?i:para|en|con|a|al|por)\s){_R}{end}", 3,
             (("puesto", "posici", "vacante", "plaza", "rol", "oferta", "cargo"),),
             ("puesto", "posici", "vacante", "plaza", "rol", "oferta", "cargo")),
            (rf"(?i:candidatura|postulaci[óo]n|solicitud|postularte|aplicar)\s+(?i:para|a|al)\s+"
             rf"(?:(?i:el|la)\s+)?{_R}\s+(?i:en)\s", 2,
             (("candidatura", "postulaci", "solicitud", "postularte", "aplicar"), ("en",)),
             ("candidatura", "postulaci", "solicitud", "postularte", "aplicar")),
            # "tu candidatura para Office Manager", "presentarte para Night Receptionist", "el proceso
            # de Tramitador/a de Siniestros en el que participaste", "trabajar como Cajero/a en"
            (rf"(?i:candidatura|postulaci[óo]n|solicitud|presentarte|postularte|postulaste|aplicaste)\s+"
             rf"(?i:para|a|al)\s+(?:(?i:el|la)\s+)?(?:(?i:puesto|cargo|vacante|posici[óo]n)\s+(?:(?i:de)\s+)?)?"
             rf"{_R}{end}", 2,
             (("candidatura", "postulaci", "solicitud", "presentarte", "postula", "aplicaste"),),
             ("candidatura", "postulaci", "solicitud", "presentarte", "postula", "aplicaste")),
            (rf"(?i:\bproceso)\s+(?i:de|para)\s+{_R}\s+(?i:en el que|al que|para el que|en la que)\b", 2,
             (("proceso",), ("que",)), ("proceso",)),
            (rf"(?i:\bcomo)\s+{_R}{end}", 1, (("como",),), ("como",)),
        ],
    }
    chosen = table["en"] + (table.get(lang, []) if lang != "en" else [])
    return [(re.compile(p), w, cues, starts) for p, w, cues, starts in chosen]


def find_role(body: str, subject: str, language: str, not_these: set[str]) -> str:
    """The role named in the body or subject, or "" when the mail names none."""
    return choose_role(body, subject, language, not_these)[0]


def choose_role(body: str, subject: str, language: str, not_these: set[str] | frozenset[str],
                reading: RoleReading | None = None) -> tuple[str, float]:
    """The role and its summed weight of evidence: 3 for a known phrase ("the X position", "au poste
    de X"), 2 for a looser one, 1 for a bare "als X"; ("", 0) when the mail names none. `reading`
    is the mail's (RoleReading), when it has one in that language."""
    if reading is None or reading.language != language:
        reading = RoleReading(language)
    return reading.competing(body, subject, not_these)[:2]


class RoleReading:
    """What one mail's readings of its role share (issue 17): the checked role, the subject's own
    role and, for the model's risk, the subject's and the body's own alone, vote for the same
    phrases' captures and the same subject's segments. Each capture is judged once here, each
    subject cut once, each reading made once. Made for one mail (choose_role_evidence hands it on in
    RoleEvidence) and dropped with it: nothing is kept from one mail for another."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._titles: dict[str, tuple[str, str, bool, bool]] = {}
        self._subjects: dict[str, tuple[str, tuple[tuple[str, bool], ...]]] = {}
        self._readings: dict[tuple[str, str, frozenset[str]], tuple[str, float, int, float]] = {}

    def competing(self, body: str, subject: str,
                  not_these: set[str] | frozenset[str]) -> tuple[str, float, int, float]:
        """_competing's reading of the body and the subject, made once a mail."""
        key = (body, subject, frozenset(not_these))
        if key not in self._readings:
            self._readings[key] = _competing(body, subject, self.language, not_these, self)
        return self._readings[key]

    def title(self, raw: str, not_these: set[str] | frozenset[str]) -> tuple[str, str, bool]:
        """The title a capture votes for, folded, and whether it may vote: a plausible title or an
        internship's ("Stage en actuariat": a post's noun opens no title but an internship's with its
        field), none of `not_these`, that reads as a title."""
        known = self._titles.get(raw)
        if known is None:
            role = clean(with_dots(raw))
            if self.language in TITLE_CASE_LANGUAGES:
                role = without_lower_case_tail(without_sentence_tail(role), self.language)
            shaped = plausible_shape(role)
            internship = is_internship_title(role, self.language)
            reads = (shaped or internship) and reads_as_title(role, self.language)
            known = self._titles[raw] = (role, fold(role), reads and shaped, reads and internship)
        role, folded, shaped, internship = known
        # plausible(role, not_these) is its shape and none of not_these; an internship's title with
        # one of them is no title, and one without any may be.
        return role, folded, ((shaped and not names_these(role, not_these))
                              or (internship and is_internship_title(role, self.language, not_these)))

    def subject(self, subject: str) -> tuple[str, tuple[tuple[str, bool], ...]]:
        """The subject as _competing reads it, and its segments, each marked whether it votes as a
        title (else it is one written after an application word, which only backs one)."""
        known = self._subjects.get(subject)
        if known is None:
            # "Aktuar (m/w/d) Leben": a gender marker inside a title would end it at its bracket too.
            # "Referent/in Presse (befristet auf 2 Jahre)": a subject's bracket of qualifiers, which no
            # role keeps.
            cleaned = topic(without_qualifier_brackets(_without_inner_brackets(subject)))
            segments = []
            for segment in map(with_dots, subject_segments(cleaned)):
                if looks_like_role(segment) or _a_programme_s_name(segment):
                    segments.append((segment, True))
                elif after_an_application_word(segment, cleaned):
                    segments.append((segment, False))
            known = self._subjects[subject] = (cleaned, tuple(segments))
        return known


@functools.lru_cache(maxsize=8)  # a mail's body and subject: _competing runs some four times a mail
def _without_inner_brackets(text: str) -> str:
    """The text with its requisition numbers and gender markers inside titles taken out, its
    bracketed endings ("(e)", "(a)") run on and its abbreviations' dots hidden ("B.Eng."): a title's
    phrase then reads on past them."""
    text = unbracket_endings(text)
    if "(" in text:  # what both markers start with
        text = GENDER_INSIDE.sub("", REQUISITION_INSIDE.sub("", text))
    return hide_abbreviation_dots(text)


def _competing(body: str, subject: str, language: str, not_these: set[str] | frozenset[str],
               reading: RoleReading) -> tuple[str, float, int, float]:
    """choose_role, with how many other roles competed and the best other one's weight."""
    # "the Field Technician (R-20931) position": requisition numbers and gender markers would stop
    # the phrase at "(", so they go first.
    original_body, original_subject = body, subject
    body = _without_inner_brackets(body)
    subject, segments = reading.subject(subject)
    votes: dict[str, float] = defaultdict(float)
    first_seen: dict[str, str] = {}
    in_body: set[str] = set()
    in_subject: set[str] = set()

    def vote(raw: str, weight: float, from_body: bool = False) -> None:
        role, folded, votes_so = reading.title(raw, not_these)
        if votes_so:
            votes[folded] += weight
            first_seen.setdefault(folded, role)
            (in_body if from_body else in_subject).add(folded)

    # By place, not by identity: the cached cleaning gives one string for a body and a subject alike.
    for text, from_body in ((body, True), (subject, False)):
        for raw, weight in _phrase_titles(text, language):
            vote(raw, weight, from_body)
    for segment, as_title in segments:
        if as_title:
            vote(segment, 2)
    after_the_word = [segment for segment, as_title in segments if not as_title]
    # A segment no job word marks backs a title the mail writes elsewhere, or stands alone where the mail
    # writes none; it never rivals one, and no reading of the subject alone counts it as the subject's
    # title: "Bewerbung MFA" beside the body's "Medizinische Fachangestellte" would lower the confidence
    # of the title the body writes in full.
    found = set(votes)
    for segment in after_the_word if body else ():
        if not found or fold(clean(segment)) in found:
            vote(segment, 1)
    if not votes:
        return "", 0.0, 0, 0.0
    best = max(votes, key=lambda k: votes[k])
    if not in_subject and _another_post_as_sure(best, votes, first_seen):
        return "", 0.0, len(votes) - 1, votes[best]
    # The subject's short form of the title the body writes in full ("Aktuar" and "Aktuar Kranken"):
    # one role, named as the body names it, with the votes of both.
    longer = [k for k in in_body if k.startswith(best + " ") and not (set(k[len(best):].split()) & _NOT_FIELD)
              # English and German fields are capitalised: "Aktuar Kranken", not "... intern besetzt"
              and (language not in TITLE_CASE_LANGUAGES
                   or all(w[:1].isupper() for w in first_seen[k].split()[len(best.split()):]))]
    if longer:
        full = max(longer, key=lambda k: (votes[k], len(k)))
        votes[full] += votes.pop(best)
        best = full
    runner_up = max((v for k, v in votes.items() if k != best), default=0.0)
    return _as_written(first_seen[best], f"{original_body}\n{original_subject}"), votes[best], len(votes) - 1, runner_up


@functools.lru_cache(maxsize=16)
def _post_matches(text: str, language: str) -> tuple[tuple[re.Match, int], ...]:
    """Every match of the language's phrases about the post in `text`, phrase by phrase, with its
    weight: the titles voted for and the spans a body word may change are read from one pass."""
    cue_text = _cue_text(text)
    # The text lower-cased letter for letter, where a phrase's first words are looked for: none of
    # its letters lower-cases to two (the dotted "İ"), so an offset in it is the text's.
    letters = lowered(text).replace("ı", "i").replace("ſ", "s")
    aligned = len(letters) == len(text)
    return tuple((match, weight) for pattern, weight, cues, starts in _patterns(language)
                 if all(any(cue in cue_text for cue in group) for group in cues)
                 for match in (_matches_at(pattern, text, letters, starts) if aligned else pattern.finditer(text)))


def _matches_at(pattern: re.Pattern, text: str, letters: str, starts: tuple[str, ...]) -> Iterator[re.Match]:
    """pattern.finditer(text), the pattern tried only where one of its first words `starts` is (in
    `letters`, the text lower-cased letter for letter): re tries a pattern that opens with words in
    any case at every character, and most of a mail's characters start none of them (issue 17)."""
    at: set[int] = set()
    for start in starts:
        found = letters.find(start)
        while found >= 0:
            at.add(found)
            found = letters.find(start, found + 1)
    end = 0
    for position in sorted(at):
        if position >= end:  # as finditer: the next match is looked for after the last one
            match = pattern.match(text, position)
            if match:
                end = match.end()
                yield match


@functools.lru_cache(maxsize=16)
def _phrase_titles(text: str, language: str) -> tuple[tuple[str, int], ...]:
    """What the phrases about the post capture in `text` as a title, with their weights, in the
    order _competing votes for them. Kept for the last few texts: a mail's body and subject are
    matched by the checked role, the subject's own role and the role's risk alike."""
    found = []
    # Not a post of an application someone may yet make ("au cas où tu postules aussi pour le poste de
    # chef de zone", in a note above a forwarded rejection): the mail decides on another.
    for match, weight in _post_matches(text, language):
        # Else the phrase took a word's first letters.
        # Nor a stage named by its interviewer ("your time at the Hiring Manager interview").
        if (_starts_a_word(text, match.start("r")) and not in_a_possible_application(text, match.start("r"), language)
                and not names_a_stage(match.group("r"), text, match.end("r"), language)):
            found.append((match.group("r"), weight))
    for match in _QUOTED.finditer(text):
        if _QUOTE_CUE.search(text[max(0, match.start() - 40):match.start()]) and not in_a_possible_application(
                text, match.start("r"), language):
            found.append((match.group("r"), 3))
    found += [(title, 2) for title in loose_noun_titles(text, language)]
    found += [(title, 2) for title in internship_titles(text, language, _end(language))]
    opener = _bare_title_openers(language)
    for match in opener.finditer(text) if opener else ():
        # Nothing but the capital and the job word says a title starts here: both, or no vote;
        # and none where a conjunction goes on after it ("au poste Assistant(e) administratif(ve)
        # et commercial(e)"): where the title ends is a guess.
        # Nor for job words alone before a comma and a capitalised field ("applying to Senior Scientist,
        # Process Development"): the title goes on, and its head alone names no post.
        title = clean(match.group("r"))
        if (looks_like_role(title) and not _CONJUNCTION_NEXT.match(text, match.end())
                and not (only_job_words(title) and _COMMA_FIELD_NEXT.match(text, match.end()))
                and not _in_an_invitation(text, match.start(), language)
                and not in_a_possible_application(text, match.start("r"), language)
                and not _kinds_of_posts(match.group("r"), text, match.end(), language)
                and _ends_as_a_title(title, language)):
            found.append((match.group("r"), 2))
    return tuple(found)


_ENTRY_PROGRAMME_WORDS = frozenset(fold(w) for w in tables.all_words("entry_programme_words"))


def _a_programme_s_name(segment: str) -> bool:
    """A subject's segment that names a programme applied to by its name ("Traineeprogramm Finance
    2027", "Graduate Programme Audit 2027", "Programa Jóvenes Profesionales 2027"): a programme's word,
    one of an entry programme's (tables' `entry_programme_words`: not "Employee Referral Program") and
    a capitalised word besides, so not the programme's word alone ("Praktikum")."""
    words = segment.split()
    return (names_a_programme(segment) and len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2
            and any(part in _ENTRY_PROGRAMME_WORDS for part in re.split(r"[\s/-]+", fold(segment))))


def _starts_a_word(text: str, at: int) -> bool:
    return at == 0 or not text[at - 1].isalnum()


def _another_post_as_sure(best: str, votes: dict[str, float], first_seen: dict[str, str]) -> bool:
    """Whether the body names another post, no form of the best one, with as much evidence ("vos
    deux candidatures, l'une pour le poste de X, l'autre pour le poste de Y"), and the subject
    names none: which one the decision is about is a guess."""
    role = first_seen[best]
    return looks_like_role(role) and any(
        votes[other] >= votes[best] and looks_like_role(first_seen[other])
        and not same_role(first_seen[other], role) and not common_head(first_seen[other], role)
        for other in votes if other != best)


# Words after a title that name no field of it: a team, a department, a sentence's words.
_NOT_FIELD = DEPARTMENT_WORDS | STOP | {"team", "teams", "equipe", "equipo", "abteilung"}


_INCLUSIVE_ENDING = re.compile(rf"(\w+)[·/]({FR_BRACKETED_ENDINGS}|{ES_BRACKETED_ENDINGS})\b")


def _as_written(role: str, text: str) -> str:
    """The inclusive endings back in brackets where the mail wrote them so ("Technicien(ne)")."""
    def back(match: re.Match) -> str:
        bracketed = f"{match.group(1)}({match.group(2)})"
        return bracketed if bracketed.lower() in lowered(text) else match.group(0)
    role = _INCLUSIVE_ENDING.sub(back, role)
    return re.sub(r"(?<=\w)\*(?=in)", lambda m: ":" if role.replace("*", ":").lower() in lowered(text) else "*", role)


def without_company(role: str, company: str) -> str:
    """ "Bluefin Media Summer Internship" -> "Summer Internship": a subject that puts the company
    in front of the title; the rest is the role only if it still reads as one."""
    if company and fold(role).startswith(fold(company) + " "):
        rest = role[len(company):].strip(" -–|:")
        # "Ostrander Consulting Group Summer Internship" where the company reads "Ostrander
        # Consulting": the rest of its name is no word of the title.
        while rest.split() and ends_a_name(rest.split()[0]):
            rest = rest[len(rest.split()[0]):].strip(" -–|:")
        return rest if looks_like_role(rest) else ""
    return role


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
    # The mail's readings of the role, for the model's features to read the subject's and the body's
    # own from (fact_role_risk): the same mail's, never kept past it.
    reading: RoleReading | None = field(default=None, compare=False, repr=False)


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
    reading = RoleReading(language)
    subject_topic = topic(subject)
    role, weight, evidence = _checked(body, subject, language, not_these, company, reading)
    not_these_nor_company = not_these | ({fold(company)} - {""})
    otherwise = body_words_it_otherwise(role, body, not_these_nor_company, post_phrases(body, language))
    role = role if otherwise is None else otherwise
    if one_of_two_joined_titles(role, subject_topic, body, not_these_nor_company):
        role = ""
    if not role and quoted:
        body = _QUOTE_MARKS.sub("", quoted)
        role, weight, evidence = _checked(body, subject, language, not_these, company, reading)
        if evidence.candidates:  # the earlier mail names two roles: which was applied for is a guess
            role, weight = "", 0.0
        evidence = dataclasses.replace(evidence, from_quote=bool(role))
    not_these = not_these_nor_company
    phrases = post_phrases(body, language)
    role = with_specialty(with_qualifiers(as_the_compound_written(as_the_body_writes_it(role, body), body, phrases),
                                          body, not_these), body, not_these, language)
    role = with_field_after(written_in_full(role, body, language, phrases), subject, not_these)
    role = whole_title(role, body, subject_topic, language, company, not_these)
    role = whole_at_comma(without_workplace(role, language), subject_topic, body, language, not_these)
    role = with_joined_part(role, body, language, not_these)
    # The forwarded rejection under a note may write in full the title the subject shortens.
    written = f"{body}\n{_QUOTE_MARKS.sub('', quoted)}" if quoted else body
    # Any phrase that reads a title ("für eine Stelle als Ärztin in Weiterbildung" too, a bare "als"),
    # but only where it reads this one: a sentence elsewhere may name whom the employer seeks.
    role = whole_where_written_on_or_none(without_the_act(role, written, language), written, language,
                                post_phrases(written, language, least_weight=1))
    role = as_the_nominative(role, subject, written, language)
    role = as_the_subject_orders(with_field_after_dash(role, subject_topic), subject_topic)
    role = as_the_subject_writes_it(role, subject_topic, language)
    if names_two_posts(role, body) or dangles(role) or a_status_cut_short(
            role, (body, subject_topic), language) or (evidence.weight < 2 and another_post_than_the_programme(
                role, subject_topic)) or a_place_in_the_programme(role, written, subject_topic, language):
        role = ""
    return role, dataclasses.replace(evidence, subject_is_it=subject_is_it(role, subject),
                                     mentions=len(whole_word_ends(role, body)) if role else 0,
                                     subject_goes_on=subject_goes_on(role, subject), reading=reading)


def post_phrases(body: str, language: str, least_weight: int = 2) -> tuple[tuple[int, int], ...]:
    """Where the body's phrases about the post applied for ("for the X position", "Bewerbung als X",
    "el puesto de X") write a title: only there may a body word change the subject's wording of the
    role. Elsewhere the body names the one hired, the reviewer or the sender ("a Data Analyst with two
    years of experience", "unser Personalberater", "the Sales Hiring Manager for this search")."""
    return tuple(span for span, weight in _weighed_post_phrases(body, language) if weight >= least_weight)


@functools.lru_cache(maxsize=16)  # asked thrice a mail here (two least weights), once more by fact_role_risk
def _weighed_post_phrases(body: str, language: str) -> tuple[tuple[tuple[int, int], float], ...]:
    """Every span post_phrases may give, in its order, with its phrase's weight: one pass over the
    body for every least weight. The openers that give no vote count at any least weight."""
    spans = [(match.span("r"), float(weight)) for match, weight in _post_matches(body, language)]
    opener = _post_phrase_openers(language)
    if opener:
        spans += [(found.span("r"), float("inf")) for found in opener.finditer(body)]
    return tuple(spans)


@functools.lru_cache(maxsize=8)
def _post_phrase_openers(language: str) -> re.Pattern | None:
    """The language's phrases about the post that give no vote (tables' `post_phrase_openers`),
    with what follows them up to the sentence's end."""
    openers = tables.phrases(language, "post_phrase_openers")
    if not openers:
        return None
    return re.compile(rf"(?i:\b(?:{any_of(openers)}))\s+(?P<r>[^\n.;:!?]{{2,90}})")


def _the_kind_of_post(role: str, title: str) -> bool:
    """Whether the body's role is the title's first word in lower case, where the subject writes the
    title capitalised ("pas de poste d'analyste" beside "Analyste Risques de Marché"): the body speaks
    of that kind of post in passing; the subject names the one applied for. Only where every later
    word is a title's or a field's (tables' job, title and field words): a subject adds the town, the
    branch or the employer after the title just as capitalised ("Vendeur Lyon Part-Dieu", "Comptable
    Cabinet Moreau"), and those are no part of it."""
    words = title.split()
    return (len(role.split()) == 1 and role.islower() and words[0][:1].isupper()
            and fold(words[0]) == fold(role)
            and all(fold(w) in JOINING or (w[:1].isupper() and _title_or_field_word(w)) for w in words[1:]))


_TITLE_OR_FIELD_WORDS = JOB_WORDS | TITLE_WORDS | tables.all_words("field_words")


def _title_or_field_word(word: str) -> bool:
    return fold(word) in _TITLE_OR_FIELD_WORDS


def _checked(body: str, subject: str, language: str, not_these: set[str],
             company: str, reading: RoleReading) -> tuple[str, float, RoleEvidence]:
    role, weight, candidates, runner_up = reading.competing(body, subject, not_these)
    role = without_company(role, company)
    from_subject = as_the_body_writes_it(
        without_company(choose_role("", subject, language, not_these, reading)[0], company), body)

    def evidence(weight: float, agreement: str) -> RoleEvidence:
        return RoleEvidence(weight, candidates, runner_up, bool(from_subject), agreement)

    if (role and from_subject and not same_role(role, from_subject) and looks_like_role(role)
            and any(fold(segment) == fold(role) for segment in subject_segments(topic(subject)))):
        # "Orchid Semiconductor – Process Engineer": the subject writes the body's role too; its
        # other segment (here the company) is no rival title.
        from_subject = role
    if role and from_subject and not same_role(role, from_subject) and looks_like_role(from_subject):
        # The subject and the body name the role differently. What both say is sure ("Assistant
        # Professor of Chemistry" / "... of Physical Chemistry": "Assistant Professor"); else the
        # subject, which names what was applied for, unless the body's role also reads as a title:
        # then the sources disagree, and a reply does without the role.
        head = common_head(role, from_subject)
        if head:
            # The body's title in full where it writes it and one of the two holds the other
            # ("Assistant Professor of Physical Chemistry" beside the subject's "... of Chemistry"):
            # cut to the common head, it is often the job word alone ("Lecturer", "Analista de Riesgo").
            full = " ".join(itertools.dropwhile(lambda w: w.islower(), role.split()))  # "tenure-track"
            if (looks_like_role(full) and fold(full) in fold(GENDER_INSIDE.sub("", body))
                    and len(full.split()) > len(head.split())
                    and (written_within(from_subject, full) or written_within(full, from_subject))):
                return full, 2.0, evidence(2.0, "common head")
            if not (written_within(from_subject, role) or written_within(role, from_subject) or is_whole_title(head)):
                # "Supervisor/a de Enfermería Quirófano" and "... del Bloque Quirúrgico": the two go on
                # differently, and what both say is no whole title.
                return "", 0.0, evidence(0.0, "")
            return head, 2.0, evidence(2.0, "common head")
        if looks_like_role(role):
            return from_subject, 0.5, evidence(0.5, "subject over body")
        return from_subject, 2.0, evidence(2.0, "subject, body no title")
    agreement = "same" if role and from_subject and same_role(role, from_subject) else ""
    if agreement and len(from_subject.split()) > len(role.split()) and looks_like_role(from_subject) and (
            whole_word_ends(from_subject, body) or not looks_like_role(role)
            or _the_kind_of_post(role, from_subject)):
        # The body's phrase stopped short of the title the subject names ("Bewerbung als
        # Verkäufer/in in Teilzeit" cut at "in", "the QA role" for "Junior QA Tester"): the whole
        # title, where the body writes it so too or the body's part is no title on its own.
        return from_subject, weight, evidence(weight, agreement)
    return role, weight, evidence(weight, agreement)
