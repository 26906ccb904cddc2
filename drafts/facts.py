"""How sure the extractor is of each fact it read, and the thresholds below which a draft leaves
the fact out and says it generally ("the role", "your team", "Hello,").

In a reply draft a wrong fact is worse than none. The rules below rank each fact by how it was
found, not by how often it was seen; for the company and the role, that ranking and the clues
behind it are then turned into a calibrated probability by drafts/fact_model.py, whose threshold
was chosen by cross-validation over writers (bench/facts_confidence.py). The contact's, stage's
and language's numbers are still the rules' ranking, not probabilities.
Precision first: a fact one source alone suggests (the sender's domain, one loose mention, a
phrase with no job word in it) stays below its threshold; two sources agreeing lift it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from onward.drafts import fact_model, tables
from onward.drafts.case_blind import lacks_a_word
from onward.drafts import layout as text_layout
from onward.drafts.company import GENERIC_ORGS, STRONG_CLUES, Choice, cuts_words_of, is_place, names_organisation
from onward.drafts.company_clues import PARTS_OF_A_LINE  # a signature line's parts, as the clues split it
from onward.drafts.company_family import relays_its_kin
from onward.drafts.company_keys import NAME_CONNECTORS, inflected_word, without_legal_form, written_with_a_legal_form
from onward.drafts.company_keys import key as company_key
from onward.drafts.company_keys import matches_label
from onward.drafts.company_phrases import BOARDS_EMPLOYER, NAME, NAME_RUN, cued_matches
from onward.drafts.company_label import written_otherwise
from onward.drafts.company_part import (a_part_of, a_unit_of, an_office_of_a_post, is_portal, labels_spell_the_whole,
                                        written_as_a_firm)
from onward.drafts.company_scope import a_groups_site, applied_to_itself, parents
from onward.drafts.lexicon import DEPARTMENT_WORDS, GROUP_WORDS, ORG_WORDS, TITLE_OR_JOB_WORDS, fold
from onward.drafts.name_shape import person_name
from onward.drafts.titles import ABBREVIATED_WORD

# One threshold per fact. A company or role below its threshold is left out of the draft (the
# templates then say "the position", "your team"); a contact below it is not greeted by name;
# a stage below it is taken as "application" (thanks for considering, never for interviews that
# may not have happened); a language below it is answered in English.
# The company's and the role's come with the calibrated model (drafts/fact_model.py) that scores
# them; RULE_THRESHOLD is the rules' own, a feature of that model (and its stand-in without one).
RULE_THRESHOLD = 0.6
THRESHOLDS = {"company": fact_model.threshold("company") or RULE_THRESHOLD,
              "role": fact_model.threshold("role") or RULE_THRESHOLD,
              "contact": 0.6, "stage": 0.5, "language": 0.5}
FACTS = tuple(THRESHOLDS)

_STRONG = STRONG_CLUES


# How a company left out because it is a person's name was found: that person may be the contact.
A_PERSON = "a person's name, not a company"
READS_AS_A_PERSON = "a signature line that reads as a person's name"
A_PLACE = "a town or region, not a company"
THE_AGENCY = "the staffing agency that wrote, not the employer"
FOR_A_CLIENT = "a staffing agency writing about its client"
THE_GROUP = "a group, while the mail names one of its companies or sites"
# Verdicts the calibrated model may not overturn: an agency named as the employer, or a group for
# the hotel or subsidiary the mail names, is wrong whatever else agrees with it (its own domain,
# its signature), and no round of labelled mail holds enough of them to learn that from.
NOT_THE_CLIENT = "in an agency's mail, a name no phrase gives as the employer"
# "Halvorsen Group" (no phrase giving it as the employer) while the mail also writes "Halvorsen
# Maritime AS": writers label either, and a draft naming the one they did not mean is wrong.
A_FAMILY = "a group, while the mail names another company of its family"
# "Ihr Brombeere-Team" from a domain and display name that do not carry the word.
A_TEAMS_WORD = "a word written onto a team, no name the sender carries"
# "Kronberg Versicherung" (the sender's display name and domain) while the application phrase says
# "Ihr Interesse an der Kronberg Lebensversicherung AG": the names disagree, and the candidate applied
# to the one the phrase gives.
NOT_THE_APPLIED = "another name than the one the application phrase gives"
# "Parlement Régional" from parlement-regional (the signature writes "Parlement de la Région des
# Trois-Lacs"): a kind of institution and its reach, no word of its own; many are called so, and the
# model has too few such names to learn it.
ONLY_KINDS = "a kind of institution and its reach, no name of its own"
_INSTITUTION_WORDS = tables.all_words("institution_words")
_INSTITUTIONS_OR_KINDS = frozenset(_INSTITUTION_WORDS | GENERIC_ORGS)  # joined once, not for each word
# "Corvina Lisbon" while the mail writes "on behalf of Corvina Hotels": the group is the employer the
# mail gives, its site is where; writers label the group.
A_SITE = "a site of a group's name, while a phrase gives the group as the employer"
# "Praxis Dr. Sommer" from the display name and domain, "Hausarztpraxis Dr. Sommer" signed: writers
# label the name the mail writes, and the draft cannot tell which of the two that is
# (company_label.written_otherwise).
A_MAILBOX_LABEL = "the sender's display name, while the mail writes the name otherwise"
# "Valdor Sourcing" (the sender's own) above the answer of "Groupe Valdor" it relays: one of a family
# relaying another's decision (company_family.relays_its_kin).
A_RELAYING_KIN = "the sender's own name, relaying the answer of another of its family"
# "Bewerbungsportal Land Mittelrhein" (the display name and domain) for the ministry the post is at: the
# channel the application went through (drafts/company_part.py).
A_PORTAL = "a recruiting portal's name, not the employer's"
# "Kauri Valley Hospital" (the application phrase's) signed "Kauri Valley Health Board" from its domain:
# a part of the sender's own organisation; writers label the organisation.
A_PART = "a part of the organisation that signs from its own domain"
# "Bureau du Représentant Résident" from prgl: an office named for its head's post (drafts/company_part.py).
AN_OFFICE = "an office named for its head's post, not the sender's domain"
VETOED = frozenset({ONLY_KINDS, THE_AGENCY, FOR_A_CLIENT, THE_GROUP, NOT_THE_CLIENT, A_TEAMS_WORD, A_FAMILY,
                    NOT_THE_APPLIED, A_SITE, A_MAILBOX_LABEL, A_RELAYING_KIN, A_PORTAL, A_PART,
                    AN_OFFICE})
# The clues of a name the mail's own sentences and signature do not write: the sender's display name
# and domain, and a loose mention of a part of it ("positions with the State").
_LABELS_ONLY = frozenset({"display", "domain", "domain-only", "loose"})
# The most confidence a vetoed name keeps, whatever the model says.
VETOED_AT_MOST = 0.2
# How a name is found that says it employs ("feedback from X", "our client X", "interest in X", "the X team").
_PHRASES = frozenset({"anchored", "team"})
# Where the sender signs its organisation's name.
_SIGNED = frozenset({"signature", "signature-title", "signature-unit"})


def in_an_agencys_mail(candidates: list[Choice], rule_facts: list[Fact]) -> list[Fact]:
    """When the mail is a staffing agency's (one of its names is the agency's own), only a name a
    phrase gives as the employer may be it: the others are the agency's towns, its trade, the
    places the candidate worked ("Lyon", "Amérique du Nord"), never the client."""
    if not any(f.how == THE_AGENCY for f in rule_facts):
        return rule_facts
    return [f if f.how in VETOED or c.sources & _PHRASES or not f.value else Fact(f.value, min(f.confidence, 0.2),
                                                                                    NOT_THE_CLIENT)
            for c, f in zip(candidates, rule_facts)]


def at_a_groups_site(candidates: list[Choice], rule_facts: list[Fact], text: str) -> list[Fact]:
    """A name that is a group's site ("Corvina Lisbon") is not stated when a phrase gives the group
    itself as the employer ("on behalf of Corvina Hotels", "your interest in Corvina Hotels")."""
    groups = [c.name for c, f in zip(candidates, rule_facts)
              if "anchored" in c.sources and f.value and f.how not in VETOED]
    return [Fact(f.value, min(f.confidence, VETOED_AT_MOST), A_SITE)
            if f.value and f.how not in VETOED and any(a_groups_site(c.name, g, text) for g in groups) else f
            for c, f in zip(candidates, rule_facts)]


def relaying_kin(candidates: list[Choice], rule_facts: list[Fact], relayed: tuple[str, str],
                 sender: str) -> list[Fact]:
    """The sender's own name is not stated when the mail relays the answer of another organisation of
    its family (`relayed`: the earlier mail's display name and address below the sender's words)."""
    if not relayed[1]:
        return rule_facts  # most mails: nothing relayed
    return [Fact(f.value, min(f.confidence, VETOED_AT_MOST), A_RELAYING_KIN)
            if f.value and f.how not in VETOED and relays_its_kin(c, relayed, sender) else f
            for c, f in zip(candidates, rule_facts)]


# How sure the model must be of the application phrase's name to silence the others (a job board's
# own phrase for the employer, "L'entreprise X a étudié", is narrow enough to be believed lower).
APPLIED_BELIEVED = 0.8
BOARDS_EMPLOYER_BELIEVED = 0.3


def against_the_application(candidates: list[Choice], scored: list[Fact], text: str,
                            sender_labels: tuple[str, ...] = ()) -> list[Fact]:
    """When a phrase of the application names the employer ("your interest in X", "Ihre Bewerbung
    bei X", "chez X") and the model believes it (APPLIED_BELIEVED), a name found only elsewhere (the
    sender's display name or domain, a signature, a team's sign-off, a footer) is not stated where
    the two disagree: the candidate applied to the phrase's ("Kronberg Lebensversicherung AG", not
    the group's recruiting "Kronberg Versicherung"). Two forms of one name agree ("Stadt Hollerbach"
    and "Stadtverwaltung Hollerbach", "den Stadtwerken Aarau"), and a group the mail gives as the
    owner ("parte de Grupo X") names no application. `scored`: the candidates' facts, as the model
    scored them. A franchisee's brand ("SARL Fournil du Rhône – franchisé Pains & Co") is the one the
    candidate applied to, as such a phrase's is. Where the phrase names a part of the organisation
    that signs the mail from its own domain (`sender_labels`), the part is not stated, the whole may be."""
    owners = {company_key(g) for g in parents(text)}
    # A job board names the employer in its own words ("L'entreprise Cerval Aerospace a étudié votre
    # candidature"): the board's own name (its team, its display name) is never that employer.
    boards = {company_key(m.group("c")) for m in cued_matches(BOARDS_EMPLOYER, text)}  # at its opening words alone
    applied = [c.name for c, f in zip(candidates, scored)
               if "anchored" in c.sources and f.value and f.how not in VETOED and company_key(c.name) not in owners
               and (f.confidence >= APPLIED_BELIEVED
                    or (company_key(c.name) in boards and f.confidence >= BOARDS_EMPLOYER_BELIEVED))]
    applied += [m.group("c") for m in _franchise().finditer(text)]
    if not applied:
        return scored
    # The sender's own organisation (its domain, its signature) of which the phrase names a part:
    # "the position at Kauri Valley Hospital" signed "Kauri Valley Health Board" from kaurivalleyhb.
    wholes = [c.name for c, f in zip(candidates, scored)
              if f.value and f.how not in VETOED and c.sources & _SIGNED
              and all((a_part_of(other, c.name) and (c.agrees_with_domain or labels_spell_the_whole(
                  other, c.name, sender_labels))) or a_unit_of(other, c.name, text, sender_labels)
                      for other in applied)]
    return [Fact(f.value, min(f.confidence, VETOED_AT_MOST), A_PART, f.features)
            if f.value and f.how not in VETOED and any(a_part_of(c.name, whole) or a_unit_of(
                c.name, whole, text, sender_labels) for whole in wholes)
            else f if "anchored" in c.sources or not f.value or f.how in VETOED or c.name in wholes
            or all(_forms_of_one_name(c.name, other) for other in applied)
            else Fact(f.value, min(f.confidence, VETOED_AT_MOST), NOT_THE_APPLIED, f.features)
            for c, f in zip(candidates, scored)]


@functools.cache
def _franchise() -> re.Pattern:
    """The brand a franchisee names: "franchisé Pains & Co Villeurbanne", "franchisee of Bagel Barn"."""
    words = sorted({re.escape(w) for w in tables.all_phrases("franchise_words")}, key=len, reverse=True)
    articles = sorted({re.escape(w) for w in tables.all_phrases("franchise_articles")}, key=len, reverse=True)
    return re.compile(rf"(?i:\b(?:{'|'.join(words)}))[ \t]+(?:(?i:{'|'.join(articles)})[ \t]+)?(?P<c>{NAME})")


def _forms_of_one_name(a: str, b: str) -> bool:
    """One written inside the other, or the same own words but for a kind of organisation and an
    inflection's ending ("Stadt X" / "Stadtverwaltung X", "Stadtwerke X" / "den Stadtwerken X")."""
    ka, kb = company_key(a), company_key(b)
    if ka and kb and (ka in kb or kb in ka):
        return True
    own_a, own_b = fact_model.own_words(a), fact_model.own_words(b)
    # Two names with no own word at all ("The Group", "Stadtverwaltung") count as one: no veto.
    return len(own_a) == len(own_b) and all(any(inflected_word(x, y) for y in own_b) for x in own_a)


@dataclass(frozen=True)
class Fact:
    """One extracted fact, its confidence in [0, 1], and in a few words how it was found."""

    value: str
    confidence: float
    how: str = ""
    # What the confidence model scored (drafts/fact_model.py), for the bench that trains it.
    features: tuple[float, ...] = field(default=(), repr=False, compare=False)
    # Every candidate the model weighed for this fact, this one among them (the company's), for the bench.
    candidates: tuple["Fact", ...] = field(default=(), repr=False, compare=False)

    def kept(self, name: str) -> bool:
        return bool(self.value) and self.confidence >= THRESHOLDS[name]


@functools.lru_cache(maxsize=4)  # asked by the rules and by the confidence model's features
def agency_cue(text: str) -> bool:
    """Whether the mail has an agency's words for its client ("our client", "unser Kunde"); the
    employer's own ("nuestra bolsa de trabajo", "notre vivier") are not."""
    folded = fold(text)
    return any(not _OWN.search(folded, max(found.start() - 12, 0), found.start())
               for found in _agency_cues().finditer(folded))


def client_cue(text: str, candidates: list[Choice]) -> bool:
    """Whether the mail is a staffing agency's about its client: an agency's words for its client
    ("our client"), or an agency's title in the signature ("Recruitment Consultant") while the mail
    names a company that is not the sender's own ("the owner at The Harbour Bistro"). An employer's
    in-house recruiter has that title too, and names only its own employer ("your interest in
    Meridian Bank" from meridianbank, or no name but the signature's). A go-between's words for the
    answer it passes on ("I've heard back from", "la respuesta de la empresa", "other mandates") are
    an in-house recruiter's too, of its own managers: they count where the mail names a third party,
    or where its sentences (the text above the signature) never name the sender's own organisation
    (an in-house recruiter's do: "the Supply Planner role at Harwell Foods"). Words of an answer told
    to the writer ("has informed me", "m'a informée") count only beside another organisation named in
    the body or the subject: an in-house recruiter says them of its managers and signs its name only.
    Otherwise the subject is not read: an employer's subject speaks of its own client as often
    ("Einsatz bei unserem Kunden", "our client services team")."""
    if agency_cue(text):
        return True
    folded = fold(text)
    named = [c for c in candidates if c.name and c.sources & _NAMED_IN_THE_BODY]
    third_party = any(not c.agrees_with_domain and not c.sources & _THE_SENDERS for c in named)
    # A decision told in the third person ("the company has decided", "l'entreprise a retenu") is a
    # go-between's only beside the client it names: an employer's own HR writes it of itself too.
    if third_party and (_agency_titles().search(folded) or _relayed_decision_words().search(folded)):
        return True
    # An answer told to the writer ("the practice manager has informed me") is a go-between's beside
    # another organisation the body or the subject names ("EHPAD Les Tilleuls – retour"): an employer's
    # HR tells its managers' answer too, naming its own organisation or none.
    # The names first: most mails name no other organisation, and the words are then not searched.
    if (third_party or any(not c.agrees_with_domain and not c.sources & _THE_SENDERS for c in candidates
                           if c.name and "subject" in c.sources)) and _told_words().search(folded):
        return True
    if not _go_between_words().search(folded):
        return False
    if third_party:
        return True
    # The sender's own name in a sentence: "applying to join Code Harbor", "aux chefs de service de
    # l'Hôtel Belvédère"; a go-between's sentences name the employer, not itself. The body is the one the
    # rules read (rejection.py splits the same text so), split again only here, where it is needed. A
    # line of a few capitalised words ("Career Coach, Forge Academy") signs, whatever the layout made of it.
    body = text_layout.split(text, words_after_closing=True).body
    sentences = fold("\n".join(line for line in body.splitlines()
                                if len(_LOWER_CASE_WORD.findall(line)) >= _SENTENCE_AT_LEAST))
    return not any(c.sources & _NAMED_IN_THE_BODY or re.search(rf"\b{re.escape(fold(c.name))}\b", sentences)
                   for c in candidates if c.name and (c.agrees_with_domain or c.sources & _THE_SENDERS))


_LOWER_CASE_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]+\b")
_SENTENCE_AT_LEAST = 4  # lower-case words of a sentence: "Synergie Vacations – agence de Chartres" has two


# The clues of a name the mail's own sentences give ("at X", "interest in X", "the X team"), and those
# that make it the sender's own (its display name, its signature).
_NAMED_IN_THE_BODY = frozenset({"anchored", "team", "loose"})
_THE_SENDERS = frozenset({"display", "signature", "signature-title"})


def _any_of(phrases: tuple[str, ...]) -> re.Pattern:
    # A table's apostrophe stands for either the mail's ' or ’ ("l'entreprise", "l’entreprise").
    alternatives = sorted({re.escape(fold(p)).replace("'", "['’]") for p in phrases}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b" if alternatives else r"(?!)")


@functools.cache
def _agency_titles() -> re.Pattern:
    return _any_of(tables.all_phrases("agency_titles"))


@functools.cache
def _go_between_words() -> re.Pattern:
    return _any_of(tables.all_phrases("go_between_words"))


@functools.cache
def _relayed_decision_words() -> re.Pattern:
    return _any_of(tables.all_phrases("relayed_decision_words"))


@functools.cache
def _told_words() -> re.Pattern:
    return _any_of(tables.all_phrases("told_words"))


_OWN = re.compile(r"\b(?:nuestra|nuestro|nuestras|nuestros|notre|nos|our|unsere[mnrs]?)\s+$")


# The patterns below are built once from the language tables: built per call, their hundreds of
# alternatives overflowed re's own cache and were compiled again for every rejection.
@functools.cache
def _agency_cues() -> re.Pattern:
    cues = sorted({re.escape(fold(cue)) for cue in tables.all_phrases("agency_cues")}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(cues)})\b")


@functools.cache
def _agency_word_patterns() -> tuple[re.Pattern, re.Pattern]:
    """An agency word standing alone (in a name), and one after up to two more words of a name."""
    words = [fold(w) for w in tables.all_phrases("agency_words")]
    # Written out, "Recruiting"/"Recruitment" also name an employer's own team ("Ridgeway Logistics
    # Recruiting", "Ihr Nordwerft Recruiting-Team"): only the domain counts for those.
    # The longest first: "recrutement de dirigeants" (a search firm's trade) before "recrutement".
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if not w.startswith("recruit"))
    word = rf"\b(?:{alternatives})\b(?![\s-]+{_IN_HOUSE}\b)"
    return re.compile(word), re.compile(rf"(?:\s+[\w&]+){{0,2}}?\s*{word}")


# Parts of a sender's domain that mark a staffing or HR agency ("altitude-rh", "peak-staff").
_AGENCY_LABEL_PARTS = {"rh", "hr", "staff", "interim"}
# A sender's domain that ends or opens with these is an agency's ("northstaff", "stelvio-people", "talentbridge").
_AGENCY_LABEL_ENDINGS = tuple(fold(w) for w in tables.all_phrases("agency_label_endings"))
_AGENCY_LABEL_OPENINGS = tuple(fold(w) for w in tables.all_phrases("agency_label_openings"))
# An agency word followed by these names an employer's own team: "Acme Recruitment Team".
_IN_HOUSE = r"(?:team|teams|department|abteilung|[ée]quipe|equipo|departamento|service|acquisition|management)"


def _agency(name: str, text: str, sender_labels: tuple[str, ...]) -> bool:
    """Whether the company found is a staffing agency: its name, or the name as the mail writes it
    in full ("CareLink Medical Staffing", "Altitude Conseil RH"), holds an agency word, or the
    sender's domain does ("northpointstaffing", "boreal-placement", "stelvio-people": a
    domain that ends in "people" is a placement firm's, an employer's people team writes from its own)."""
    if any(matches_label(name, label.replace("-", "")) for label in _agency_labels(sender_labels)):
        return True
    in_name, after_name = _agency_word_patterns()
    # "Meridian Workforce Solutions": the word in the name itself; "Kestrel Search": at its end, unless
    # the candidate applied to the firm itself ("your application to join Harwood Search").
    if in_name.search(fold(name)) or (_ends_as_an_agency(name) and not applied_to_itself(name, text)):
        return True
    folded, needle = _folded(text), fold(name)
    if any(after_name.match(folded, end) for end in _word_starts(needle, folded)):
        return True
    # "Hestia Search – Executive Search", "Enlace Talento – Consultores en Selección": a signature's
    # line that holds the name holds an agency word too.
    # A name the mail never writes (a display name's, a domain's form of it): no lines to look at.
    return bool(needle) and needle in folded and any(_agency_line(line) for line in folded.split("\n")
                                                     if needle in line)


_AGENCY_NAME_ENDINGS = tables.all_words("agency_name_endings")
_NAME_TAIL_WORDS = ORG_WORDS | GROUP_WORDS  # "Partners", "Group", "International" after the trade's word


def _ends_as_an_agency(name: str) -> bool:
    """The name's last word of its own is a placement or search firm's ("Kestrel Search", "Helix Search
    Partners", "HomeCare Recruit Ltd"); a name of that word alone ("Search") is none."""
    words = [fold(w) for w in without_legal_form(name).split()]
    while words and words[-1] in _NAME_TAIL_WORDS:
        words.pop()
    return len(words) >= 2 and words[-1] in _AGENCY_NAME_ENDINGS


@functools.lru_cache(maxsize=4)  # the mail's sender, asked again for each of its candidates
def _agency_labels(sender_labels: tuple[str, ...]) -> tuple[str, ...]:
    """The sender's domain labels that spell an agency's ("northpointstaffing", "altitude-rh")."""
    return tuple(label for label in sender_labels if any(p in _AGENCY_LABEL_PARTS for p in label.split("-"))
                 or _spells_an_agency_word(label)
                 or label.endswith(_AGENCY_LABEL_ENDINGS) or label.startswith(_AGENCY_LABEL_OPENINGS))


def _agency_name(name: str) -> bool:
    """An institution's word opens the name, and the name itself holds an agency word: "Hospital
    Staffing Services", "Ecole Intérim", "City Recruiters" ("School Recruitment Team", a school's own
    team, does not)."""
    folded = fold(name)
    return bool(_agency_word_patterns()[0].search(folded) or _RECRUITERS.search(folded))


_RECRUITERS = re.compile(rf"\brecruit(?:ment|ing|ers?)\b(?![\s-]+{_IN_HOUSE}\b)")


# What every "Name-Team" in a text holds: the text is searched for this first, since most mail has
# none, and compiling a pattern for each candidate name was a scan worker's cost (issue 17).
_A_TEAM_SUFFIX = re.compile(r"-teams?\b", re.IGNORECASE)


def _team_suffixed(name: str, text: str) -> bool:
    """Whether `text` writes `name` onto "-Team" ("Ihr Brombeere-Team")."""
    return bool(_A_TEAM_SUFFIX.search(text) and not lacks_a_word(text, (f"{name}-team",))
                and re.search(rf"(?<![\w-]){re.escape(name)}-teams?\b", text, re.IGNORECASE))


def _agency_line(line: str) -> bool:
    """A short line (a signature's, a display name's) with an agency word; "Personal" alone is as
    often a German employer's HR department ("Stadtwerke Ulm · Personal")."""
    if len(line) > 80:
        return False
    return any(_agency_segment(segment) for segment in PARTS_OF_A_LINE.split(line))


# A job title about recruiting: "chargée de recrutement", "head of recruitment", "técnica de selección".
_RECRUITING_TITLE = re.compile(r"^[\w-]+(?:\s+[\w-]+)?\s+(?:de|du|des|of|en|del|für|im)\s")


def _agency_segment(segment: str) -> bool:
    # "Personal" alone is as often an employer's HR department, and "L'équipe Recrutement Acme",
    # "Acme Recruiting" an employer's own team: only the other agency words count in a line, and
    # a trade of recruiting for others ("Recrutement de dirigeants").
    found = [m for m in _agency_word_patterns()[0].finditer(segment)
             if m.group() not in {"personal", "personnel"}
             and not (m.group().startswith(("recru", "reclut")) and " " not in m.group())]
    if not found:
        return False
    # A person's title about recruiting, unless it opens with the agency word ("Consultores en Selección").
    return not (_RECRUITING_TITLE.match(segment) and found[0].start() > 0
                and segment.split()[0] in TITLE_OR_JOB_WORDS)


def _spells_an_agency_word(label: str) -> bool:
    """The domain spells an agency word: inside it ("northpointstaffing"), or a short one ("ett",
    "rh") as a whole part ("laborplus-ett"), not inside a name ("copperkettlecafe"). The label's
    forms are made once, not once a word (a few dozen words for each label of each mail)."""
    joined, parts = label.replace("-", ""), label.split("-")
    return any(word in joined if len(word) >= 4 else word in parts for word in _squashed_agency_words())


@functools.cache
def _squashed_agency_words() -> tuple[str, ...]:
    return tuple(fold(w).replace(" ", "") for w in tables.all_phrases("agency_words"))


@functools.lru_cache(maxsize=4)  # the mail's text, asked again for each of its candidates
def _folded(text: str) -> str:
    return fold(text)


def _word_starts(needle: str, text: str) -> Iterator[int]:
    """The offsets after each `needle` in `text` that starts at a word boundary (as re's
    "\\bneedle", non-overlapping), found with str.find: a pattern per company name was compiled for
    every rejection."""
    if not needle:
        yield from (m.end() for m in re.finditer(r"\b", text))
        return
    first_is_word = needle[0].isalnum() or needle[0] == "_"
    at = text.find(needle)
    while at >= 0:
        before_is_word = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
        if before_is_word != first_is_word:
            yield at + len(needle)
            at = text.find(needle, at + len(needle))
        else:
            at = text.find(needle, at + 1)


def _written_whole(name: str, text: str) -> bool:
    """The mail writes the name as it stands, not as the start of a longer one ("la Ville de
    Saint-Amerval" writes no "Ville de", "Conseil Général des Landes" no "Conseil Général")."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.search(rf"(?<!\w)(?i:{words})(?!\w)(?![ \t]+(?:[A-ZÀ-Þ]|(?i:{'|'.join(sorted(NAME_CONNECTORS))})\b))",
                     text) is not None


def company_confidence(choice: Choice, text: str, sender_name: str, senders_personal: bool,
                       signer: str, sender_labels: tuple[str, ...] = (), sender: str = "",
                       client_cue: bool | None = None) -> Fact:
    """The company's confidence from the clues behind it.

    Named in the signature or a known phrase ("interest in X", "the X team") and agreeing with the
    sender's domain: high. Named only loosely ("at X", the subject, the display name): medium when
    the domain or a second place agrees, else below the threshold. Guessed from the domain alone
    ("acmelawgroup.com", "pemberton-dental.co.uk"): below the threshold, one source is not enough.
    Then: a staffing agency writing about "our client" is not the employer; a person's name
    ("working with Oliver Grant") and a bare "University" are not a company name. `client_cue`:
    whether the mail is an agency's about its client (client_cue() below); agency_cue(text) if not given.
    """
    if not choice.name:
        return Fact("", 0.0)
    strong = choice.sources & _STRONG
    if choice.sources <= {"domain-only"}:
        # One source, and a weak one: the mail itself never names the company, and a domain
        # ("acmelawgroup.com", "alpenblick-hotel.at") says neither how the name is written nor
        # whether the sender is the employer or works for it. A reply does without it.
        confidence, how = 0.3, "guessed from the sender's domain alone"
    elif strong and choice.agrees_with_domain:
        confidence, how = 0.95, "named in the mail and matching the sender's domain"
    elif len(strong) >= 2:
        confidence, how = 0.85, "named in the mail in several places"
    elif strong:
        confidence, how = 0.75, "named in the mail"
    elif choice.agrees_with_domain:
        confidence, how = 0.7, "named loosely, matching the sender's domain"
    elif not choice.domain_known and len(choice.sources) >= 2:
        # Sent by a recruiting system or from webmail: no domain to check, but two places (the
        # display name and the body, the subject and the body) agree.
        confidence, how = 0.6, "named loosely in two places, no employer domain to check it against"
    elif not choice.domain_known:
        # One loose mention ("... en Nuevo León") and nothing to check it against.
        confidence, how = 0.5, "named loosely once, no employer domain to check it against"
    else:
        confidence, how = 0.45, "named loosely, and not the sender's domain"
    name_key = company_key(choice.name)
    words = choice.name.split()
    as_person = person_name(choice.name)
    if as_person and len(as_person.split()) >= 2 and not names_organisation(choice.name) and (
            (senders_personal and company_key(sender_name) == name_key)
            or (signer and company_key(signer) == name_key)):
        return Fact(choice.name, 0.1, A_PERSON)
    if choice.sources <= {"display"} and len(choice.name.split()) >= 2 and _spells_address(choice.name, sender):
        # "Rachid El Idrissi <rachid.elidrissi@...>": the sender's own name, spelled by the address.
        return Fact(choice.name, 0.1, A_PERSON)
    if (choice.sources <= {"signature"} and not choice.agrees_with_domain
            and 2 <= len(choice.name.split()) <= 3 and person_name(choice.name) == choice.name
            and not names_organisation(choice.name) and not written_with_a_legal_form(choice.name, text)):
        # "Anne Perrot" on the last line of a signature whose signer was not recognised: a line
        # that reads as a person's name, and nothing else in the mail or its domain says company.
        return Fact(choice.name, 0.4, READS_AS_A_PERSON)
    # An institution's name ("Universität Graz" from uni-graz-personal) is exempt from the domain's
    # and the mail's agency clues, never from its own words: "City Staffing Solutions", "Ecole
    # Intérim" are agencies whatever word opens them.
    institution = bool(words) and fold(words[0]) in _NEVER_AGENCIES
    if _agency_name(choice.name) if institution else _agency(choice.name, text, sender_labels):
        return Fact(choice.name, 0.2, THE_AGENCY)
    # A portal or an office the application phrase names is the employer: a portal's firm hiring for
    # itself (or written with its legal form), "the position with the Office of the Superintendent of Schools".
    applied_to = "anchored" in choice.sources or applied_to_itself(choice.name, text)
    if is_portal(choice.name) and not applied_to and not written_as_a_firm(choice.name, text):
        return Fact(choice.name, 0.2, A_PORTAL)
    if not choice.agrees_with_domain and an_office_of_a_post(choice.name, sender_labels) and not applied_to:
        return Fact(choice.name, 0.2, AN_OFFICE)
    if (_team_suffixed(choice.name, text) and not choice.agrees_with_domain
            and company_key(choice.name) not in company_key(sender_name)):
        # "Ihr Brombeere-Team": a word written onto "-Team" is a name only where the sender's
        # domain or display name carries it too.
        return Fact(choice.name, 0.2, A_TEAMS_WORD)
    if "display" in choice.sources and choice.sources <= _LABELS_ONLY and written_otherwise(choice.name, text):
        return Fact(choice.name, 0.2, A_MAILBOX_LABEL)
    if (agency_cue(text) if client_cue is None else client_cue) and not (
            strong - {"signature"} and not choice.agrees_with_domain):
        return Fact(choice.name, 0.2, FOR_A_CLIENT)
    # A group a phrase gives as the employer ("your interest in Fernleigh Hotels", "el puesto de
    # Jefa de Tienda en Grupo Alcor") stays.
    named_as_employer = applied_to  # the same test as above, asked once
    if not named_as_employer and names_one_of_its_units(choice.name, text):
        return Fact(choice.name, 0.2, THE_GROUP)
    if (not named_as_employer and fact_model.group_word(choice.name)
            and fact_model.another_name_shares_a_word(choice.name, text)):
        return Fact(choice.name, 0.2, A_FAMILY)
    if is_place(choice.name) and company_key(choice.name) not in {label.replace("-", "") for label in sender_labels}:
        # "Ashby & Partners Dental, Bristol": the town beside the firm (a firm called as its town
        # writes from that very domain).
        return Fact(choice.name, 0.2, A_PLACE)
    if choice.short_generic:
        return Fact(choice.name, 0.2, "a kind of organisation, not its name")
    # Only a name the mail's own words never write as it stands (the sender's display name or
    # domain): where a sentence or the signature writes it ("applying ... at the National Assembly"),
    # it is that one institution's.
    if len(words) >= 2 and all(fold(w) in _INSTITUTIONS_OR_KINDS
                               or (w.islower() and fold(w) in NAME_CONNECTORS) for w in words) \
            and (words[-1].islower() or not _written_whole(choice.name, text)):
        return Fact(choice.name, 0.2, ONLY_KINDS)
    if (len(words) > 1 and fold(words[0]) in DEPARTMENT_WORDS and len(strong) < 2
            and not choice.agrees_with_domain):
        # "Department of Chemistry" under a professor's name: a unit of the employer as often as
        # a public body; only two strong places or the domain make it the employer.
        return Fact(choice.name, 0.5, "a department's name, found once")
    return Fact(choice.name, confidence, how)


# Kinds of organisation that never place candidates for others: "Universität Graz" writing from
# uni-graz-personal, a clinic's "el cliente" (its patient) are the employer.
_NEVER_AGENCIES = GENERIC_ORGS | {"clinica", "clinique", "klinik", "colegio", "school", "college", "lycee", "instituto"}
# What introduces the place one would work: "à l'Hôtel X", "im X Resort", "at the X Hotel",
# "notre filiale X", "our subsidiary X".
_WHERE_ONE_WORKS = re.compile(
    r"(?i:\b(?:à|au|aux|im|in|at|bei|beim|en|dans|filiale|filial|subsidiary|tochtergesellschaft|"
    r"tochterunternehmen)(?:[ \t]+(?:la|le|el|the|der|dem|die|notre|nuestra|unsere[mnr]?|our))?[ \t]*"
    r"(?:l['’])?)$")


def names_one_of_its_units(name: str, text: str) -> bool:
    """A group's name ("Groupe Horizon Hôtels", "Mondstein Hotels & Resorts", "Groupe Ardoise")
    while the mail names one of its hotels, sites or subsidiaries with the group's own word ("à
    l'Hôtel Horizon Marseille", "im Mondstein Resort Bodensee", "notre filiale Ardoise Travaux
    Publics"): the applicant applied to that one, and which of the two employs is not the group's
    to say."""
    folded = {fold(w) for w in name.split()}
    kinds = folded & GROUP_WORDS or _a_plural_kind(name)
    if not kinds:
        return False
    own = {w for w in name.split() if fold(w) not in kinds | NAME_CONNECTORS and len(w) >= 3 and w[:1].isupper()}
    if not own:
        return False
    for run in NAME_RUN.finditer(text):
        if not _WHERE_ONE_WORKS.search(text, max(run.start() - 40, 0), run.start()):
            continue  # "Revenue Manager – Caravela Hotel Salzburg": a site in a job's title, not where one applied
        # "Harbourline Hotels Group's Marina Bay property": the group names itself the owner.
        words = without_legal_form(re.split(r"['’]s\b", run.group())[0]).split()
        if cuts_words_of(" ".join(words), name):
            continue  # "in the Ostervale Bank assessment day": the group's own name, cut short
        if len(words) >= 2 and own & set(words) and {fold(w) for w in words} - folded - NAME_CONNECTORS and (
                kinds & GROUP_WORDS or _names_a_house(words, folded, kinds)):
            return True
    return False


def _a_plural_kind(name: str) -> set[str]:
    """The last word of a group's name that counts its houses, a kind of organisation in the plural
    ("Medicum Kliniken", "Groupe Lumière Cliniques"): the word, folded; empty if there is none."""
    words = [fold(w) for w in without_legal_form(name).split()]
    last = words[-1] if len(words) >= 2 else ""
    return {last} if last.endswith(_PLURAL_ENDINGS) and any(_kind_of(w, last) for w in _KIND_WORDS) else set()


def _names_a_house(words: list[str], group: set[str], plurals: set[str]) -> bool:
    """ "Medicum Klinikum Oberhavel" of "Medicum Kliniken": one house of the group's kind, with a name of
    its own ("Oberhavel"). "Acme Technology" of "Acme Technologies" is the group's own name in the
    singular, no member of it."""
    rest = {fold(w) for w in words} - group - NAME_CONNECTORS
    houses = {w for w in rest if any(_kind_of(w, plural) for plural in plurals)}
    return bool(houses) and bool(rest - houses)


def _kind_of(word: str, plural: str) -> bool:
    """One kind of house of a group's plural word: "klinikum", "klinik" of "kliniken"; "clinique" of
    "cliniques". Another word than the plural, with its first five letters or more."""
    stem = 0
    while stem < min(len(word), len(plural)) and word[stem] == plural[stem]:
        stem += 1
    return word != plural and stem >= _KIND_STEM and word in _KIND_WORDS


# A kind of house in the singular: "Klinikum", "Clinique", "Hotel". Their plurals end so: "Kliniken", "Cliniques".
_PLURAL_ENDINGS = ("en", "s", "es")
_KIND_WORDS = frozenset(w for w in GENERIC_ORGS | ORG_WORDS if not w.endswith(_PLURAL_ENDINGS))
_KIND_STEM = 5


def _spells_address(name: str, address: str) -> bool:
    """The address's own part spells the name ("rachid.elidrissi@", "jpmorel@" for "Jean-Pierre Morel")."""
    local = re.sub(r"[^a-z]", "", fold(address.partition("@")[0]))
    return len(local) >= 6 and local == company_key(name)


def role_confidence(role: str, weight: float, looks_like_title: bool, in_subject: bool = False) -> Fact:
    """A role inside a known phrase ("for the X position", "au poste de X") is likely right; a
    bare "als X" or a subject segment less so; a title-like word (a job word) adds to it.
    A candidate with no job word in it that the subject does not repeat is left out whatever the
    phrase: "the right permanent post", "el puesto de propiedad", "the County's role" fill the
    phrase but are no title, and two sources agreeing is what a title without a job word needs.
    Candidates with generic words ("the above role") never get here: role.plausible drops them."""
    if not role:
        return Fact("", 0.0)
    confidence = min(0.95, 0.35 + 0.15 * weight + (0.1 if looks_like_title else 0.0))
    how = "in a known phrase" if weight >= 3 else "in a loose phrase or the subject"
    if not looks_like_title and not in_subject:
        return Fact(role, round(min(confidence, 0.5), 2), how + ", no job word and not in the subject")
    if ABBREVIATED_WORD.search(role):
        # "Wiss. Mitarbeiter/in", "Dipl.-Ing.": a subject's short form, not how a reply names a role.
        return Fact(role, round(min(confidence, 0.5), 2), how + ", abbreviated")
    return Fact(role, round(confidence, 2), how)


def contact_confidence(name: str, how: str, persona: bool = False, team_signed: bool = False) -> Fact:
    """Who signed (0.9; 0.95 when the display name completes it), a contact the mail names
    (0.8), or a sender whose display name and address are plainly one person (0.7).

    Doubtful people fall below the threshold, as a wrong greeting is worse than "Hello,": a first
    name alone that a no-reply address signs with the company ("Aoife at Kestrel Outdoor", the
    template of a recruiting system: nobody the reply reaches, and no surname to tell a person from
    a persona) or shows as its display name ("Taleo – Groupe Ferrovia"); and a person the body
    names ("contact the hiring manager, Jennifer Lau") in a mail a team signed, unless the mail
    gives their own address: someone to call, not the one who wrote nor the one the draft goes to."""
    if not name:
        return Fact("", 0.0)
    one_word = " " not in name.strip()
    if one_word and persona:
        return Fact(name, 0.5, how + "; a first name alone, from a no-reply address (a persona)")
    if how == "named as the contact" and team_signed:
        return Fact(name, 0.5, how + "; the mail is signed by a team")
    scores = {"signed": 0.9, "signed, full name from the sender": 0.95, "named as the contact": 0.8,
              "the sender's own name": 0.7, "signed the forwarded mail": 0.8, "the sender's own name, above a forwarded mail from elsewhere": 0.5}
    return Fact(name, scores.get(how, 0.6), how)


def stage_confidence(stage: str) -> Fact:
    """"interview" is only said when the mail refers to a conversation that took place."""
    return Fact(stage, 0.85 if stage == "interview" else 0.8,
                "a past conversation is mentioned" if stage == "interview" else "the default")


def best_of(candidates: list[Fact]) -> Fact:
    """The candidate the model finds likeliest right (the first, the rules' winner, on a tie),
    carrying all of them; an empty fact when there are none."""
    if not candidates:
        return Fact("", 0.0)
    best = max(candidates, key=lambda f: f.confidence)  # max keeps the first of equals
    return Fact(best.value, best.confidence, best.how, best.features, tuple(candidates))


def calibrated(name: str, fact: Fact, features: tuple[float, ...]) -> Fact:
    """The rules' fact with the model's probability as its confidence ("company" or "role");
    unchanged but for its features when no model is shipped."""
    if not fact.value:
        return fact
    p = fact_model.probability(name, features)
    confidence = fact.confidence if p is None else round(min(p, fact_model.at_most(name, features, fact.value)), 3)
    return Fact(fact.value, confidence, fact.how, features)
