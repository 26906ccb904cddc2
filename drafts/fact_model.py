"""The calibrated confidence of the company and the role a rejection names, and the ranker that
picks the company among every name the rules found.

The rules (company_clues, role, facts.company_confidence / role_confidence) propose candidates and
say how they found them: for the company every name the clues found (signature lines, the sender's
display name and domain, "interest in X"/"bei X"/"chez X" phrases, the subject), for the role their
one winner. A small logistic regression turns each candidate's features into a probability that it
is right: where it came from, whether sources agree, its rank and margin among the competing names,
whether it is a town or region, a person (with a title or as people.py reads names), a job title,
an agency, its length and case, the language. The draft states the likeliest company and the role
when they clear their thresholds, and says "the role" / "your team" otherwise.
Besides the candidate's own look, the model is told how AMBIGUOUS the mail is (AMBIGUITY_FEATURES:
how many organisations it names, a group beside a company of its family, another firm with its
legal form, a name only a footer writes; for the role, a head cut before its field or begun inside
a longer title): a new kind of mail looks like the training by its candidates, not by these.
And how its OTHER names and places disagree with the candidate (RIVALRY_FEATURES: the application's
phrase names another, a name of its family beside it, places naming another, a name the mail never
writes as stated; for the role, ROLE_RISK_FEATURES): a new round's wrong facts came with high
confidence from mails that name two organisations or word the role twice.
And what the mail says against a role that its look does not (ROLE_SCHEME_FEATURES,
drafts/fact_role_risk.py): a scheme's, season's or contract's word or a slash at its edge, the
post's phrase writing it longer, an organisation's name, a subject and a body naming two roles,
an application to a programme: round 11's wrong roles all came above the threshold so.
And how unusual the role looks as a title (ROLE_SHAPE_FEATURES, drafts/fact_title_shape.py): words
no title has, and a mention that runs on at its start or end where the mail writes it; a role that
runs on so is at most RUNS_ON_AT_MOST likely (at_most), whatever the weights say.
And whether the mail may be a go-between's (GO_BETWEEN_FEATURES, drafts/fact_go_between.py): an
agency's or a client's words, the candidate the sender's own while the mail names another
organisation: round 16's wrong companies were mostly the
sender's own organisation in a mail written by or through an agency, a search firm, a school.
It was trained with scikit-learn on the labelled development mail (classifier/corpus/independent,
rounds 1-19, and tests/data/drafts/facts) by `python bench/facts_confidence.py --write --c 0.03
--policy mean --forward-target 0.005 --company-threshold 0.95`: company 0.95 by hand, role by the
FORWARD policy (each round k of 5-19 by a model of rounds < k): 28 of 4,911 drafts wrong (0.6 %),
71.5 % of the companies and 69.8 % of the roles named. Company 0.93 / role 0.97 named 74.9 % and
73.2 % at 0.9 % wrong but let two rounds reach 1.9 %: no margin under 2 % (README).
A forward figure is optimistic (the rules were mended on every round it measures;
bench/fresh_facts.py), hence the margin under 2 %.
Prediction here is a dot product with the weights shipped in fact-model.npz, read without numpy:
no scikit-learn or numpy at draft time.
"""

from __future__ import annotations

import array
import ast
import functools
import math
import re
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

from onward.drafts import tables
from onward.drafts.company import STRONG_CLUES, Choice, is_place, names_organisation, titled_person
from onward.drafts.lexicon import (DEPARTMENT_WORDS, GROUP_WORDS, JOB_WORDS, LEGAL_FORM, ORG_WORDS, PROGRAMME_WORDS,
                                   TITLE_OR_JOB_WORDS, TITLE_WORDS, fold, is_title_compound)
from onward.drafts.people import person_name
from onward.drafts.company_keys import domain_label, label_words, written_with_a_legal_form
from onward.drafts.company_phrases import NAME_RUN
from onward.drafts.fact_go_between import GO_BETWEEN_FEATURES, go_between
from onward.drafts.fact_role_risk import ROLE_SCHEME_FEATURES, role_scheme_risk
from onward.drafts.fact_title_shape import ROLE_SHAPE_FEATURES, role_shape
from onward.drafts.role import RoleEvidence, only_job_words
from onward.drafts.role_title import lowered

MODEL = Path(__file__).with_name("fact-model.npz")

LANGUAGES = ("en", "de", "fr", "es")
SOURCES = ("signature", "signature-title", "signature-unit", "team", "anchored", "loose", "subject",
           "display", "domain", "domain-only")
# How ambiguous the mail is about its employer, whatever the candidate looks like: a new kind of
# mail (groups and their subsidiaries, an applicant-tracking vendor's footer) looks like the
# training's by the candidate's own shape, and only these say that another reading is at hand.
AMBIGUITY_FEATURES = ("log organisation names in the mail", "a group's word in the name",
                      "another name shares its word", "another name with a legal form",
                      "only in footer lines")
# How the mail's OTHER names and places disagree with the candidate. A new round's wrong companies
# came with high confidence from mails naming two organisations (a brand and its legal firm, a
# hotel and its group, a school and its trust): each name alone looks like a training's right one,
# and only the others say that the mail allows another reading.
RIVALRY_FEATURES = ("another name is the application's", "a name of its family beside it",
                    "places naming another, not it", "not written in the mail as stated")
COMPANY_FEATURES = (
    "rule confidence", "rule keeps it", "rule: agency", "rule: a person", "rule: generic or department",
    *(f"source {s}" for s in SOURCES), "sources", "strong sources", "agrees with domain", "domain known",
    "log weight", "competitors", "log margin", "words", "characters / 20", "all capitals",
    "a lower-case word inside", "a digit", "first word an organisation word", "first word a department word",
    "ends with a job word", "a rival found in a strong place", "an agency word in the name",
    "an agency's client cue in the mail", "a legal form in the mail after it",
    *(f"language {code}" for code in LANGUAGES),
    # The ranker's: the model weighs every name the rules found, not only their winner.
    "rule: a place", "the rules' winner", "rank", "a town or region", "a person with a title",
    "reads as a person's name", "a job or title word inside", "one generic word",
    *AMBIGUITY_FEATURES,
    *RIVALRY_FEATURES,
    *GO_BETWEEN_FEATURES,
    "its own word in the sender's domain",
)
# How the mail names the role besides the phrase that found it (role_mentions).
ROLE_MENTION_FEATURES = ("the subject is the role", "log mentions in the body", "mentioned twice or more",
                         "read from the quoted mail", "the subject goes on after it",
                         "only job and rank words, the subject goes on")
AGREEMENTS = ("same", "common head", "subject over body", "subject, body no title")
# A role that a longer title holds: cut at a comma or dash, or begun inside it.
ROLE_CUT_FEATURES = ("job and rank words only, the body goes on", "a title's word right before it")
# The role read from the subject or a phrase while the body writes it another way ("mozo/a de
# almacén turno noche" in the subject, "mozo/a de almacén con carretilla" in the body): which
# wording the writer meant is a guess; and an organisation's or programme's word inside it
# ("Praktikum", "Recruitment Team"): the scheme or the unit, not the title. (The subject worded
# otherwise was tried too: no more often wrong than any role, across rounds 1-10.)
ROLE_RISK_FEATURES = ("the body words it otherwise", "an organisation's or programme's word")
ROLE_FEATURES = (
    "rule confidence", "rule keeps it", "log weight", "title-like", "in the subject", "in the body as written",
    "subject names a role", *(f"subject and body: {a}" for a in AGREEMENTS), "competitors", "log margin",
    "words", "characters / 20", "a digit", "a slash or bracket", "starts lower-case", "abbreviated",
    "a job word", "one word, no job word", "the company's name in it", "the subject's only",
    "a sentence's word inside",
    *(f"language {code}" for code in LANGUAGES),
    "the body goes on after it", "one word, the body goes on after it",
    *ROLE_MENTION_FEATURES,
    *ROLE_CUT_FEATURES,
    *ROLE_RISK_FEATURES,
    *ROLE_SCHEME_FEATURES,
    *ROLE_SHAPE_FEATURES,
)

# A legal form right after the name as the mail writes it ("Acme Ltd", "Vogel GmbH & Co. KG",
# "Lumar S.A. de C.V."): a firm. The tables' forms are patterns ("ltd\.?"), longest first so that
# "S.A. de C.V." is read whole; a form must end its word ("Agile" is no "AG"). One or two letters in
# lower case are the sentence's own words, not a form ("Lumar se complace", "Acme co-founder").
_LEGAL_AFTER = re.compile(
    r",?[ \t]+(?!(?-i:[a-zà-ÿ]{1,2})(?![\w.]))(?:"
    + "|".join(sorted(tables.all_phrases("legal_forms"), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE)
_ABBREVIATED = re.compile(r"(?<![\w.])[A-Za-zÄÖÜäöü]{2,5}\.(?=[\s-]|$)")


_GOES_ON = re.compile(r"[ \t]*(?:,|[-–—(/]|[ \t](?:à|au|aux|in|of|de|du|des|en|im|für|for|del|la|y|and|et|und))"
                      r"[ \t]*\w", re.IGNORECASE)


def _shape(value: str) -> list[float]:
    words = value.split()
    return [len(words), len(value) / 20, float(any(c.isdigit() for c in value))]


def _language(language: str) -> list[float]:
    return [float(language == code) for code in LANGUAGES]


@functools.cache
def _agency_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Any language's agency words ("staffing", "Personalvermittlung"), folded: those of one word,
    and the others with spaces around."""
    words = {" ".join(_WORD.findall(fold(p))) for p in tables.all_phrases("agency_words")}
    return frozenset(w for w in words if " " not in w), tuple(f" {w} " for w in words if " " in w)


def _agency_name(name: str) -> bool:
    single, several = _agency_words()
    words = _WORD.findall(fold(name))
    return not single.isdisjoint(words) or any(w in f" {' '.join(words)} " for w in several)


_WORD = re.compile(r"\w+")
# The small words that join a title's parts ("Head of Sales", "Jefe de Ventas", "Leiter für
# Einkauf"); any other function word inside a role is a sentence's ("für unseren Dienst").
_JOINING = {"of", "de", "del", "des", "du", "d", "la", "le", "el", "der", "die", "das", "fur", "im", "in", "en",
            "y", "and", "et", "und", "a", "al", "au", "aux", "los", "las", "les", "the", "for", "para", "pour"}


@functools.cache
def _sentence_words() -> frozenset[str]:
    return frozenset(fold(w) for w in tables.all_words("stopwords")) - _JOINING


def legal_form_after(name: str, text: str) -> bool:
    """The mail writes a legal form right after the name's first mention ("Acme Ltd")."""
    at = text.find(name) if name else -1
    return at >= 0 and bool(_LEGAL_AFTER.match(text, at + len(name)))


def company_features(choice: Choice, rule_confidence: float, rule_how: str, language: str,
                     rule_threshold: float, text: str = "", client_cue: bool = False,
                     others: Sequence[Choice] = (), sender: tuple[str, str] = ("", ""),
                     subject: str = "") -> tuple[float, ...]:
    """The company candidate's features, in COMPANY_FEATURES' order; `text` is the mail's own
    words, `client_cue` whether they hold an agency's words for its client ("our client"),
    `others` the other names the rules found in the mail, `sender` its (display name, address)
    and `subject` the mail's the company was read from (go_between)."""
    name = choice.name
    legal = legal_form_after(name, text)
    words = name.split()
    folded = [fold(w) for w in words]
    how = rule_how.lower()
    values = [
        rule_confidence, float(rule_confidence >= rule_threshold), float("agency" in how),
        float("person" in how), float("kind of organisation" in how or "department" in how),
        *(float(s in choice.sources) for s in SOURCES),
        len(choice.sources), len(choice.sources & STRONG_CLUES), float(choice.agrees_with_domain),
        float(choice.domain_known), math.log1p(choice.weight), min(choice.competitors, 10),
        math.log1p(max(choice.margin, 0.0)), len(words), len(name) / 20, float(name.isupper()),
        float(any(w[:1].islower() for w in words[1:])), float(any(c.isdigit() for c in name)),
        float(bool(folded) and folded[0] in ORG_WORDS), float(bool(folded) and folded[0] in DEPARTMENT_WORDS),
        float(bool(folded) and folded[-1] in JOB_WORDS), float(choice.rival_strong),
        float(_agency_name(name)), float(client_cue), float(legal),
        *_language(language),
        float("town or region" in how), float(choice.rank == 0), min(choice.rank, 5), float(is_place(name)),
        # A name written with its legal form is a firm's, as it was when the name kept the form.
        float(titled_person(name)), float(bool(words) and person_name(name) == name and not names_organisation(name)
                                          and not written_with_a_legal_form(name, text)),
        float(any(w in TITLE_OR_JOB_WORDS or is_title_compound(w) for w in folded)),
        float(choice.short_generic),
        *ambiguity(name, text),
        *rivalry(choice, others, text),
        *go_between(choice, others, text, sender, subject),
        float(own_word_in_domain(name, sender[1]) and not choice.agrees_with_domain),
    ]
    return tuple(map(float, values))


def role_features(role: str, evidence: RoleEvidence, rule_confidence: float, rule_threshold: float,
                  looks_like_title: bool, in_subject: bool, body: str, language: str,
                  company: str = "", subject: str = "", organisations: Sequence[str] = ()) -> tuple[float, ...]:
    """The role candidate's features, in ROLE_FEATURES' order; `company` is the company as read,
    `organisations` the names the mail gives its sender and employer (role_scheme_risk)."""
    folded = fold(role)
    job_word = any(w.strip(",;") in JOB_WORDS for w in folded.split())
    at = lowered(body).find(role.lower()) if role else -1
    in_body = at >= 0
    # "Conseillère à la clientèle privée", "Deputy Director, Finance": the body writes more of the
    # title after what was read (a cut role, the commonest wrong one).
    continued = in_body and bool(_GOES_ON.match(body, at + len(role)))
    values = [
        rule_confidence, float(rule_confidence >= rule_threshold), math.log1p(evidence.weight),
        float(looks_like_title), float(in_subject), float(in_body),
        float(evidence.subject_role), *(float(evidence.agreement == a) for a in AGREEMENTS),
        min(evidence.candidates, 10), math.log1p(max(evidence.weight - evidence.runner_up, 0.0)),
        *_shape(role)[:2], float(any(c.isdigit() for c in role)), float(any(c in role for c in "/()·")),
        float(role[:1].islower()), float(bool(_ABBREVIATED.search(role))),
        float(job_word), float(len(role.split()) == 1 and not job_word),
        float(bool(company) and bool(role) and (fold(company) in folded or folded in fold(company))),
        float(in_subject and not in_body), float(any(w in _sentence_words() for w in folded.split()[1:])),
        *_language(language),
        float(continued), float(continued and len(role.split()) == 1),
        *role_mentions(role, evidence),
        float(only_job_words(role) and continued), float(in_body and title_word_before(body, at)),
        float(worded_otherwise(role, body)),
        float(names_a_scheme_or_unit(folded)),
        *role_scheme_risk(role, subject, body, language, organisations, evidence.reading),
        *role_shape(role, body, subject),
    ]
    return tuple(float(v) for v in values)


def role_mentions(role: str, evidence: RoleEvidence) -> list[float]:
    """ROLE_MENTION_FEATURES: a subject that is only the role, a body that writes it again, a
    subject that goes on after it, and after a role of job and rank words alone: a head cut short
    ("Deputy Director" of "Deputy Director, Finance"). A lone job word alone is no sign: "le poste
    de Caviste" names the whole title."""
    return [float(evidence.subject_is_it), math.log1p(evidence.mentions), float(evidence.mentions >= 2),
            float(evidence.from_quote), float(evidence.subject_goes_on),
            float(only_job_words(role) and evidence.subject_goes_on)]


# --- ambiguity and agreement: how many readings the mail allows -----------------------------------

def ambiguity(name: str, text: str) -> list[float]:
    """AMBIGUITY_FEATURES of the company candidate `name` in the mail's words `text`."""
    runs = _name_runs(text)
    return [math.log1p(len(organisation_names(runs))), float(group_word(name)),
            float(another_name_shares_a_word(name, text)), float(_another_with_legal_form(name, _legal_runs(runs))),
            float(only_in_footer_lines(name, text))]


# Legal forms as the language tables write them (patterns: "ltd\.?", "s\.?a\.?"), at a name's end.
_LEGAL_END = re.compile(r"(?:,?\s+(?:" + "|".join(sorted(tables.all_phrases("legal_forms"), key=len, reverse=True))
                        + r"))\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=4)  # the mail's text, asked again for each of its candidates
def _name_runs(text: str) -> tuple[str, ...]:
    """The runs of capitalised words in the mail, with a legal form written after them kept on."""
    runs = []
    for run in NAME_RUN.finditer(text):
        legal = _LEGAL_AFTER.match(text, run.end())
        runs.append(run.group() + (legal.group() if legal else ""))
    return tuple(runs)


@functools.lru_cache(maxsize=512)  # a mail's runs, asked again for each of its candidates
def _is_organisation(run: str) -> bool:
    words = _WORD.findall(run)
    if len(words) < 2:
        return False  # most of a mail's runs are one capitalised word ("Dear", "Thank"): nothing to fold
    # The word looked up first: most runs that are an organisation's hold one, and the legal forms'
    # pattern is then not searched.
    return any(fold(w) in ORG_WORDS for w in words) or bool(_LEGAL_END.search(run))


@functools.lru_cache(maxsize=4)
def organisation_names(runs: tuple[str, ...]) -> frozenset[str]:
    """The different names of organisations the mail writes: runs of two words or more with an
    organisation's word ("Vendomia Packaging SAS", "Grupo Almenara") or a legal form in them."""
    return frozenset(fold(r) for r in runs if _is_organisation(r))


def organisations_in(text: str) -> frozenset[str]:
    """organisation_names of the runs of `text`, folded."""
    return organisation_names(_name_runs(text))


def group_word(name: str) -> bool:
    """A word of the name names a group ("Groupe Vendomia", "Dornbusch Handelsholding"): the mail
    may be about one of its companies."""
    return any(fold(w).endswith(_GROUP_ENDINGS) for w in name.split())


# The language tables' group words ("Groupe", "Handelsholding"), also at a compound's end.
_GROUP_ENDINGS = tuple(sorted(GROUP_WORDS))


@functools.lru_cache(maxsize=512)
def own_words(name: str) -> frozenset[str]:
    """The distinctive words of a name: capitalised, three letters or more, no organisation's,
    group's, department's or job's word, nor a legal form ("SpA", "KGaA", "ASBL" as "GmbH")."""
    # A word of \w alone is one word: group_word(w) is its fold's ending, the fold taken once.
    return frozenset(folded for w in _WORD.findall(name) if len(w) >= 3 and w[:1].isupper()
                     and (folded := fold(w)) not in _NOT_OWN and not folded.endswith(_GROUP_ENDINGS)
                     and not LEGAL_FORM.fullmatch(w))


_NOT_OWN = ORG_WORDS | DEPARTMENT_WORDS | JOB_WORDS | TITLE_WORDS


def own_word_in_domain(name: str, address: str) -> bool:
    """A distinctive word of the name (own_words, five letters or more) is written inside the
    sender's domain label: "Landratsamt Oberhessel" from lra-oberhessel, "Commune des Aulnaies"
    from lesaulnaies, "Hollowbrook NHS Foundation Trust" from hollowbrook-ccg. A public body's
    domain abbreviates or drops its kind's word, so the rules' agreement (the whole name, its
    initials) misses these, and the model held such right names back below the threshold."""
    label = "".join(label_words(domain_label(address.rpartition("@")[2])))
    return bool(label) and any(len(w) >= 5 and w in label for w in own_words(name))


def another_name_shares_a_word(name: str, text: str) -> bool:
    """Another name of two words or more in the mail carries the candidate's own word and words it
    does not ("Halvorsen Maritime AS" beside "Halvorsen Group"): two companies of one family."""
    own = own_words(name)
    return bool(own) and any(own & other and other - own for other in _names_own_words(text))


@functools.lru_cache(maxsize=4)
def _names_own_words(text: str) -> tuple[frozenset[str], ...]:
    """The own words of each name of two words or more in the mail."""
    return tuple({own_words(r) for r in _name_runs(text) if len(r.split()) >= 2})


def another_name_with_legal_form(name: str, runs: tuple[str, ...]) -> bool:
    """The mail writes another name with its legal form ("Ostendorf Elektronik GmbH") while the
    candidate is not it: the firm the mail is formally from may be that one."""
    return _another_with_legal_form(name, _legal_runs(runs))


@functools.lru_cache(maxsize=4)  # the mail's runs, asked again for each of its candidates
def _legal_runs(runs: tuple[str, ...]) -> tuple[str, ...]:
    """The mail's names of two words or more written with a legal form, folded: found once a mail,
    not once for each of its candidates (a legal form's pattern searched in every run)."""
    return tuple(fold(r) for r in runs if len(r.split()) >= 2 and _LEGAL_END.search(r))


def _another_with_legal_form(name: str, legal_runs: tuple[str, ...]) -> bool:
    own = fold(_LEGAL_END.sub("", name))
    return any(own not in r for r in legal_runs)


# A line of a footer, a vendor's or a platform's: "Powered by Oleeo", "© 2026 Jobaffinity", a link.
_FOOTER_LINE = re.compile(
    r"©|\(c\)|https?://|www\.|\bpowered\s+by\b|\bpropulsé\s+par\b|\bbereitgestellt\b|\bunsubscribe\b|"
    r"\babmelden\b|désinscri|darse\s+de\s+baja|\bprivacy\b|datenschutz|confidentialit|\bvia\b|\bplateforme\b|"
    r"\bplataforma\b|\bportal\b|\bsent\s+(?:by|from)\b|\benvoyé\s+(?:par|depuis)\b|\bgesendet\s+(?:über|von)\b|"
    r"\benviado\s+(?:por|desde)\b", re.IGNORECASE)


def only_in_footer_lines(name: str, text: str) -> bool:
    """Every line of the mail that writes the name is a footer's or a platform's: the vendor that
    carried the mail, not the employer."""
    if not name or name not in text:
        return False
    return all(_FOOTER_LINE.search(line) for line in _lines(text) if name in line)


@functools.lru_cache(maxsize=4)  # the mail's text, asked again for each of its candidates
def _lines(text: str) -> tuple[str, ...]:
    """The text's lines, split once a mail, not once for each of its candidates."""
    return tuple(text.splitlines())


def title_word_before(body: str, at: int) -> bool:
    """The word right before the role (found at `at` in the body) belongs to a title: a job word,
    or a capitalised word inside a sentence ("Docente a Tiempo Parcial" read as "Tiempo Parcial")."""
    before = body[max(at - 40, 0):at]
    words = before.split()
    if not words or not before[-1:].isspace() or before.rstrip()[-1:] in ".:;!?,(\"'«“":
        return False
    while len(words) >= 2 and fold(words[-1]) in _JOINING:  # "Docente a | Tiempo Parcial"
        words.pop()
    word = words[-1]
    return fold(word) in JOB_WORDS or (word[:1].isupper() and len(words) >= 2
                                       and words[-2][-1:] not in ".:;!?" and fold(word) not in _sentence_words())


# --- rivalry: the other names and places of the mail ----------------------------------------------

# The places a name is read from that say who the employer is: each names one organisation.
PLACES = ("subject", "anchored", "signature", "team", "display", "domain")


def rivalry(choice: Choice, others: Sequence[Choice], text: str) -> list[float]:
    """RIVALRY_FEATURES of the company candidate `choice` among the `others` the rules found: the
    application's phrase ("your interest in X") names another and not it; another name shares its
    own word ("Corvina Lisbon" beside "Corvina Hotels"); how many places (PLACES) name another
    organisation and not it; the mail never writes it as stated (a display name's or domain's
    order, "Embajada Cultural Iberoamericana" for "Centro Cultural de la Embajada Iberoamericana")."""
    rivals = [o for o in others if rival_organisation(o)]
    own = own_words(choice.name)
    disagreeing = {p for p in PLACES if p not in choice.sources and any(p in o.sources for o in rivals)}
    return [float("anchored" not in choice.sources and any("anchored" in o.sources for o in rivals)),
            float(bool(own) and any(own & own_words(o.name) for o in rivals)),
            float(len(disagreeing)),
            float(bool(choice.name) and choice.name not in text)]


def rival_organisation(choice: Choice) -> bool:
    """Another name that may be the employer: not a town or region, not one generic word, and
    written with a capital ("Lima", "Universidad" alone, "Kandidatur" pass; "S.A" does not)."""
    words = _WORD.findall(choice.name)
    return (bool(words) and not choice.short_generic and not is_place(choice.name)
            and any(len(w) >= 3 and w[:1].isupper() for w in words))


def worded_otherwise(role: str, place: str) -> bool:
    """`place` (the subject, the body) shares a word of the role's own (four letters or more, no
    sentence's word) but does not write the role as it was read: another wording of it there."""
    if not role or not place:
        return False
    folded_place = fold(place)
    if fold(role) in folded_place:
        return False
    words = {w for w in _WORD.findall(fold(role)) if len(w) >= 4 and w not in _sentence_words()}
    return bool(words & set(_WORD.findall(folded_place)))


def names_a_scheme_or_unit(role: str) -> bool:
    """A programme's word inside the role ("Praktikum", "programa de becas"), or an organisation's
    or department's word closing it ("Recruitment Team", "Analytics Group"): the scheme or the
    unit, not a title. Opening a title, a sector's word is common ("Software Engineer")."""
    words = _WORD.findall(fold(role))
    return bool(words) and (any(w in PROGRAMME_WORDS for w in words) or words[-1] in _UNIT_WORDS)


_UNIT_WORDS = (ORG_WORDS | DEPARTMENT_WORDS) - JOB_WORDS - TITLE_WORDS


def _arrays(path: Path) -> dict[str, list]:
    """The arrays of an .npz written by numpy.savez (float64 and unicode string arrays), read with
    the standard library: drafts are composed in the waiting service, which imports no numpy
    (tests/test_lean.py)."""
    arrays: dict[str, list] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if data[:6] != b"\x93NUMPY":
                raise ValueError(f"{name}: not a .npy array")
            size = struct.unpack("<H", data[8:10])[0] if data[6] == 1 else struct.unpack("<I", data[8:12])[0]
            start = (10 if data[6] == 1 else 12) + size
            header = ast.literal_eval(data[start - size:start].decode("latin1"))
            raw = data[start:]
            if header["descr"] == "<f8":
                values = array.array("d")
                values.frombytes(raw)
                arrays[name.removesuffix(".npy")] = values.tolist()
            elif header["descr"].startswith("<U"):
                width = 4 * int(header["descr"][2:])
                arrays[name.removesuffix(".npy")] = [raw[i:i + width].decode("utf-32-le").rstrip("\x00")
                                                     for i in range(0, len(raw), width)]
            else:
                raise ValueError(f"{name}: unexpected type {header['descr']}")
    return arrays


@functools.cache
def model() -> dict | None:
    """The shipped weights, or None when there are none yet (while the first model is trained)
    or they were made for other features: the rules' own confidence is used then."""
    try:
        arrays = _arrays(MODEL)
    except (OSError, ValueError, KeyError, SyntaxError, zipfile.BadZipFile):
        return None
    if (tuple(arrays.get("company_features", ())) != COMPANY_FEATURES
            or tuple(arrays.get("role_features", ())) != ROLE_FEATURES):
        return None
    model = {}
    for fact in ("company", "role"):
        # The scaling folded into the weights: one product per feature at draft time.
        weights = [c / s for c, s in zip(arrays[f"{fact}_coef"], arrays[f"{fact}_scale"])]
        model[f"{fact}_weights"] = weights
        model[f"{fact}_bias"] = arrays[f"{fact}_intercept"][0] - sum(
            m * w for m, w in zip(arrays[f"{fact}_mean"], weights))
        model[f"{fact}_threshold"] = arrays[f"{fact}_threshold"][0]
    return model


# A role whose every mention runs on into more words where the mail writes it (cut at its gender
# part, inside a grade pair or a compound, a name or a subject's words glued before it) is at most
# this likely, whatever its look: such shapes are rare in the training, so the model weighs them
# lightly, and each new round brought new ones that it then stated with 0.99 (round 12 forward:
# drafts wrong 1.7 -> 0.8 % at the same facts named on rounds 5-11, bench/facts_confidence.py).
RUNS_ON_AT_MOST = 0.9
_RUNS_ON = tuple(ROLE_FEATURES.index(name) for name in ROLE_SHAPE_FEATURES[1:])


def at_most(fact: str, features: Sequence[float], value: str = "") -> float:
    """The most the model may give the candidate with these features: RUNS_ON_AT_MOST for a role
    that runs on where written or that opens as an employer's name (opens_as_an_employer), else 1."""
    if fact == "role" and (len(features) == len(ROLE_FEATURES) and any(features[i] for i in _RUNS_ON)
                           or opens_as_an_employer(value)):
        return RUNS_ON_AT_MOST
    return 1.0


# The small words before an employer's name in a subject ("Votre candidature au Groupe X",
# "Your application to X"): a title never opens with one followed by an organisation's word.
_BEFORE_AN_EMPLOYER = frozenset({"au", "aux", "a", "to", "at", "bei", "beim", "al", "en"})


def opens_as_an_employer(role: str) -> bool:
    """The role opens with such a small word and then an organisation's word ("au Groupe Infirmier
    Lyonnais", "au Cabinet Martin Avocats"): the employer read as the role. At the role threshold of
    0.97 the model stated "au Groupe Infirmier Lyonnais" (0.971) for its job word inside."""
    words = _WORD.findall(fold(role))
    return len(words) >= 2 and role[:1].islower() and words[0] in _BEFORE_AN_EMPLOYER and words[1] in ORG_WORDS


def probability(fact: str, features: tuple[float, ...]) -> float | None:
    """P(the candidate is right) for "company" or "role"; None without a usable model."""
    arrays = model()
    if arrays is None:
        return None
    # Plain floats: a few dozen products are cheaper in Python than numpy's per-call overhead.
    z = arrays[f"{fact}_bias"] + sum(v * w for v, w in zip(features, arrays[f"{fact}_weights"]))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def threshold(fact: str) -> float | None:
    """The shipped threshold for "company" or "role", chosen with the weights."""
    arrays = model()
    return None if arrays is None else arrays[f"{fact}_threshold"]
