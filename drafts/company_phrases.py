"""Phrases that name the employer in rejections, in English, German, French and Spanish.

Each pattern captures a run of capitalised words as group "c"; company.py weighs and cleans them.
Also the words that come before or after a name and are no part of it: a governing body ("the Board
of Directors of X"), a programme ("X Graduate Scheme").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from onward.drafts import tables
# A text holding a character a case-blind letter of the openings matches that lower-cases to another
# letter (case_blind.ODD_CASES) is read the slow way: `_lowered` gives None for it
# (tests/test_drafts_company_fast_paths_26.py checks every code point).
from onward.drafts.case_blind import lowered as _lowered
from onward.drafts.company_keys import initials
from onward.drafts.lexicon import INTAKE_WORDS, TITLE_VOCABULARY, fold

_CAPITAL = r"[A-ZÀ-ÖØ-Þ0-9]"
_CAP = rf"{_CAPITAL}[\w'’+]*(?:[.\-](?=\w)[\w'’+]*)*"
_CONNECTOR = r"(?:&|and|und|et|y|of|de|du|des|del|la|le|los|las|für|for|von|der|di|da)"
NAME = rf"(?:{_CAP})(?:[ \t]+(?:{_CONNECTOR}[ \t]+)?(?:{_CAP})){{0,4}}"
# Every run of a name in a text, compiled once for the readers that walk them (scope, label, facts).
NAME_RUN = re.compile(NAME)
_THE = r"(?:(?i:the|der|dem|den|die|la|le|l['’]|el)[ \t]*)?"

# "The Acme Talent Team", "Ihr Recruiting-Team der Acme GmbH", "L'équipe RH de Acme", "El equipo de Acme".
TEAM = [re.compile(p) for p in (
    rf"(?P<c>{NAME})[ \t]+(?i:team)\b",
    rf"(?i:team|recruiting|recruitment|everyone|people|talent)[ \t]+(?i:at|@)[ \t]+{_THE}(?P<c>{NAME})",
    rf"(?<![\w-])(?i:[\w-]*team|personalabteilung|bewerbermanagement|recruiting)[ \t]+"
    rf"(?i:der|des|von|vom|bei)[ \t]+(?P<c>{NAME})",
    rf"^(?i:ihr|ihre|dein|deine|euer|eure)[ \t]+(?P<c>{NAME})",
    rf"(?i:l['’]\s?[ée]quipe|[ée]quipe)(?:[ \t]+(?i:recrutement|rh|talents?|ressources humaines|"
    rf"carri[èe]res?))?[ \t]+(?:(?i:de la|de l['’]|du|des|de|d['’]|chez)[ \t]*)?(?P<c>{NAME})",
    rf"(?i:equipo)(?:[ \t]+(?i:de|del)[ \t]+(?i:talento|selecci[óo]n|personas|reclutamiento|"
    rf"recursos humanos|rrhh|people|talent|empleo|atracci[óo]n de talento))?[ \t]+"
    rf"(?:(?i:de|del|en)[ \t]+)?(?P<c>{NAME})",
)]
# A word each TEAM phrase holds in some case: "team" (TEAM[0], [1], [2]), the other words of TEAM[1] and
# [2], the possessives TEAM[3] opens with ("Ihr", "deine"), "équipe" (TEAM[4]) and "equipo" (TEAM[5]).
# A signature line without one matches none of the phrases, the slowest of which tries a name at every
# capital: most lines are a name, a title, an address (tests/test_drafts_fast_paths_29.py).
_TEAM_CUE = re.compile(r"team|recruit|everyone|people|talent|personalabteilung|bewerbermanagement|ihr|dein|euer|eure"
                       r"|quipe|equipo", re.IGNORECASE)


def names_a_team(line: str) -> bool:
    """Whether a TEAM phrase matches somewhere in the line: any(p.search(line) for p in TEAM)."""
    return _TEAM_CUE.search(line) is not None and any(pattern.search(line) for pattern in TEAM)


# Job boards: "La empresa Logística Ebro ha descartado...", "L'entreprise Pistache a..." (the last of
# ANCHORED; facts.against_the_application asks it apart: the board's own name is never that employer).
BOARDS_EMPLOYER = re.compile(rf"(?i:la empresa|l['’]entreprise|la soci[ée]t[ée]|the company|the employer)"
                             rf"[ \t]+(?P<c>{NAME})")
# Anchored phrases in the text: "interest in Acme", "Ihre Bewerbung bei der Acme", "chez Acme"...
ANCHORED = [re.compile(p) for p in (
    rf"(?i:interest in|interest with|interested in)[ \t]+(?:(?i:joining|working (?:at|for|with)|"
    rf"a (?:career|position|role|job) (?:at|with)|employment(?: opportunities)? (?:at|with)|"
    rf"opportunities (?:at|with)|being part of)[ \t]+)?{_THE}(?P<c>{NAME})",
    rf"(?i:employment opportunities with|opportunities (?:at|with)|careers? (?:at|with)|"
    rf"(?:work|working|worked) (?:at|for|with us at)|joining|part of|applying to|apply to|applied to|"
    rf"application to|application with|application at|applying at|applying with|considering|"
    rf"considered|on behalf of|everyone at|all of us at|us here at|us at)[ \t]+{_THE}(?P<c>{NAME})",
    rf"(?i:position|role|opening|vacancy|job|post|opportunity)[ \t]+(?i:at|with)[ \t]+{_THE}(?P<c>{NAME})",
    rf"(?i:interesse an|interesse am|interesse für|interesse bei)[ \t]+(?:(?i:der|dem|den|die|"
    rf"einer (?:mitarbeit|tätigkeit|position|stelle) (?:bei|in)(?: der| dem)?)[ \t]+)?(?P<c>{NAME})",
    rf"(?i:bewerbung|beworben|tätigkeit|mitarbeit|karriere|arbeiten|einstieg)[^.\n]{{0,80}}?"
    rf"(?i:\bbei|\bbeim)[ \t]+(?:(?i:der|dem|den|die)[ \t]+)?(?P<c>{NAME})",
    rf"(?i:im namen (?:der|des|von)|seitens der|seitens)[ \t]+(?P<c>{NAME})",
    rf"(?i:chez|au sein (?:de la|de l['’]|du|des|de|d['’])|rejoindre|int[ée]grer)[ \t]*"
    rf"(?:(?i:la|le|l['’])[ \t]*)?(?P<c>{NAME})",
    rf"(?i:int[ée]r[êe]t (?:que vous portez|que tu portes|port[ée]|manifest[ée] pour|pour))[ \t]+"
    rf"(?:(?i:à|a|au|aux|pour|envers)[ \t]+)?(?:(?i:la|le|l['’]|notre)[ \t]*)?(?P<c>{NAME})",
    rf"(?:^|[.!?][ \t]+|\n){_THE}(?P<c>{NAME})[ \t]+(?i:vous remercie|te remercie|tient à vous "
    rf"remercier|thanks you|bedankt sich|le agradece|te agradece)",
    rf"(?i:inter[ée]s en|inter[ée]s por|formar parte de|trabajar (?:en|con|para)|unirte a|unirse a|"
    rf"sumarte a|en nombre de|parte de)[ \t]+(?:(?i:formar parte de|trabajar en|el|la|los)[ \t]+)?"
    rf"(?P<c>{NAME})",
    rf"(?i:candidatura|postulaci[óo]n|solicitud|aplicar|postular(?:te|se)?|aplicado)[ \t]+"
    rf"(?i:a|en|para)[ \t]+(?P<c>{NAME})",
)] + [BOARDS_EMPLOYER]
# A job board's or a recruiting system's form, a field whose value ends at its line's end or at
# the next field ("Gesellschaft: Ostendorf Elektronik GmbH Standort: Paderborn" once its lines
# are run together; "Entreprise : Moreau & Associés Expertise"), or at a dash before its branch ("Agency:
# Department of Environmental Quality – Northern Regional Office"), labels in drafts/languages/*.toml.
# A hidden employer's value ("Company: Confidential", "Unternehmen: Vertraulich") is no name.
_UNDISCLOSED = sorted({re.escape(w) for w in tables.all_phrases("undisclosed_employer")}, key=len, reverse=True)


def _field_labels(table_key: str) -> str:
    """The labels of a kind of field, one alternative each, lower-case as the tables write them."""
    return "|".join(sorted({re.escape(w) for w in tables.all_phrases(table_key)}, key=len, reverse=True))


def _field(table_key: str) -> re.Pattern:
    return re.compile(rf"(?:^|(?<=[\n \t]))(?i:{_field_labels(table_key)})[ \t]*:[ \t]*"
                      rf"(?!(?i:{'|'.join(_UNDISCLOSED)})(?![\w'’+]))(?P<c>{NAME})"
                      rf"(?![\w'’+])(?=[ \t]*(?:$|\n)|[ \t]+[\w-]+[ \t]?:|[ \t]+[-–—][ \t])")


EMPLOYER_FIELD = _field("employer_field_labels")
# A public job board's field for the hiring body ("Agency: General Services Administration", "Anbieter:
# Bundesamt für ..."): read only where no employer field stands, for on a commercial board the same label
# names the staffing agency that posted the job ("Company: Frischmarkt Foods / Agency: Brightstaff").
AUTHORITY_FIELD = _field("authority_field_labels")
FIELDS = (EMPLOYER_FIELD, AUTHORITY_FIELD)
# Each field opens with its label: tried only where the label stands in the lower-cased text, as the
# phrases of OPENINGS are (a case-blind alternation tried at every character cost 20 µs a mail).
_FIELD_OPENINGS = {EMPLOYER_FIELD: re.compile(_field_labels("employer_field_labels").lower()),
                   AUTHORITY_FIELD: re.compile(_field_labels("authority_field_labels").lower())}
_HEADINGS = sorted(tables.all_phrases("recommendations_headings"), key=len, reverse=True)
_RECOMMENDATIONS = re.compile("|".join(map(re.escape, _HEADINGS)), re.IGNORECASE)
# The same headings, lower-case, for the lower-cased text: found at C speed, where the case-blind
# alternation was tried at every character (70 µs for a mail with a colon, half of them).
_LOWER_CASE_RECOMMENDATIONS = re.compile("|".join(re.escape(w.lower()) for w in _HEADINGS))


def employer_field_text(text: str) -> str:
    """The part of a mail whose employer fields give the employer: before a job board's list of the
    other jobs it recommends ("Diese Jobs könnten Sie interessieren:"), whose fields are those jobs'."""
    # The first heading's start is the same whichever alternative matches there: their order is moot.
    lowered = _lowered(text)
    heading = (_RECOMMENDATIONS.search(text) if lowered is None else _LOWER_CASE_RECOMMENDATIONS.search(lowered))
    return text[:heading.start()] if heading else text


# A staffing agency or headhunter naming its client, the employer: "feedback from Pemberton Foods",
# "our client, Lotus Pharma", "unser Kunde, die Nordfracht GmbH", "notre client, le groupe Sodelia",
# "la respuesta de nuestro cliente, Laboratorios Quetzal". The agency itself is told apart by
# facts.company_confidence (its name or domain holds an agency word).
_KIND = (r"(?:(?i:le groupe|la soci[ée]t[ée]|la mutuelle|la manufacture|l['’]entreprise|la firma|"
         r"die firma|der firma|die|der|das|the|la|le|el|l['’])[ \t]*)?")
_CLIENT_WORD = (r"(?i:our|my|the|unser(?:e[mnrs]?)?|notre|nuestro|nuestra|el|le|la)[ \t]+(?i:client|principal|"
                r"kunden?|kundin|mandanten?|cliente|entreprise cliente|empresa cliente)")
# Each phrase by name: the guards below name the ones they mean, so a phrase added to the list
# cannot shift another out of them.
CLIENT_NAMED = re.compile(rf"{_CLIENT_WORD}[ \t]*[,(:]?[ \t]*{_KIND}(?P<c>{NAME})")
FEEDBACK_FROM = re.compile(
    rf"(?i:feedback|heard back|response|word|retour|r[ée]ponse|respuesta|retroalimentaci[óo]n)"
    rf"(?:[ \t]+(?i:through|today|back))?[ \t]+(?i:from|de la|de l['’]|du|des|de|del|desde)[ \t]+{_KIND}(?P<c>{NAME})")
# German capitalises every noun ("die Rückmeldung des Bauunternehmens"): only "von"/"vom" and a name.
FEEDBACK_VON = re.compile(rf"(?i:feedback|rückmeldung)[ \t]+(?i:von|vom)[ \t]+{_KIND}(?P<c>{NAME})")
HIRING_MANAGER_AT = re.compile(
    rf"(?i:hiring manager)[ \t]+(?i:at|of|de|del|de la|bei der|bei|von der)[ \t]+{_KIND}(?P<c>{NAME})")
CLIENT = [CLIENT_NAMED, FEEDBACK_FROM, FEEDBACK_VON, HIRING_MANAGER_AT]
# "feedback from X", "un retour de X": X is as often the hiring manager, a person ("feedback from
# Sarah Jones"), as the client; company_clues passes over an X that reads as a person's name.
# ("your profile to X" is not here: it names where the agency sends the CV next, not who said no.)
CLIENT_OR_PERSON = [FEEDBACK_FROM, FEEDBACK_VON]

# What an apposition says the client is before its name, lower-case words that are no sentence's small
# word: "notre client, la banque privée Dumont & Cie", "our client, the regional grocer Harlow Foods".
_SMALL_WORDS = "|".join(sorted((re.escape(w) for w in tables.all_words("stopwords")), key=len, reverse=True))
_DESCRIBED_AS = (r"(?:(?i:the|les|los|las|la|le|el|die|der|das)[ \t]+|(?i:l['’]))"
                 rf"(?:(?!(?i:{_SMALL_WORDS})\b)[a-zà-öø-ÿ][\w'’-]*[ \t]+){{1,2}}")
# Client phrases whose capitalised words are as often no name: the singular "unser Mandant, der X"
# (German capitalises its nouns: "der Automobilzulieferer"), a plural article ("notre client, les
# Laboratoires X"; "les équipes Paris Nord"), describing words before it ("the regional Scottish bank",
# "the hiring manager James Holt"). company_clues takes X only when it is surely an organisation's name.
CLIENT_IF_SURE = [re.compile(p) for p in (
    rf"(?i:unser(?:e[mnrs]?)?)[ \t]+(?i:mandant)\b[ \t]*[,(:]?[ \t]*{_KIND}(?P<c>{NAME})",
    rf"{_CLIENT_WORD}[ \t]*[,(:]?[ \t]*(?i:les|los|las)[ \t]+(?P<c>{NAME})",
    rf"(?:{_CLIENT_WORD}|(?i:unser(?:e[mnrs]?)?)[ \t]+(?i:mandant)\b)[ \t]*,[ \t]*{_DESCRIBED_AS}(?P<c>{NAME})",
)]

# A decision's subject, the one who said no: "Maison Verlaine Parfums a décidé d'arrêter le process",
# "Harlow Foods has decided", "Nordfracht GmbH hat sich für ... entschieden". A go-between writes its
# client so, and an employer itself; the name is taken only when it is surely an organisation's (a
# person decides as often: "Sarah has decided"). German puts the post and the reason between "hat sich"
# and its verb ("hat sich für die Position ... in Pratteln gegen eine Weiterführung ... entschieden").
# A sentence's opener before the name is not of it ("Unfortunately Acme Ltd has decided", "As Northgate
# Council has decided"): read past it; nor is an opener alone ("Leider hat sich ... entschieden").
# An aside in brackets may stand between the name and its verb ("Die Hochschule Mainfeld (HSM) hat
# sich ... entschieden", "Lindqvist Shipping (Oslo) has decided"): the name is before it.
_OPENERS = "|".join(sorted(map(re.escape, tables.all_words("sentence_openers")), key=len, reverse=True))
_ASIDE = r"(?:[ \t]+\([^()\n]{1,40}\))?"
# Its match opens with an opener, at a word's start, or with a name, at a capital: said first (the
# lookahead), the engine passes over every other character at once instead of trying each opener there
# (DECIDED then cost a third of what it did).
assert all(re.match(r"\w", opener) for opener in tables.all_words("sentence_openers"))
DECIDED_STARTS = rf"(?=\b\w|{_CAPITAL})"
DECIDED = re.compile(
    rf"{DECIDED_STARTS}(?:\b(?i:{_OPENERS})[ \t,]+)?(?!(?i:{_OPENERS})\b)(?P<c>{NAME}){_ASIDE}[ \t]+(?i:has decided|have decided|a d[ée]cid[ée]|ont d[ée]cid[ée]|ha decidido|han decidido|"
    rf"hat sich[^.\n]{{0,120}}?entschieden|haben sich[^.\n]{{0,120}}?entschieden)")
CLIENT_IF_SURE.append(DECIDED)

# A word every phrase naming the client by the agency's word for it holds ("our client", "unser
# Kunde", "unser Mandant", "nuestro cliente"): most mails have none, and the phrases are slow to try.
CLIENT_WORD = re.compile(r"client|principal|kund|mandant", re.IGNORECASE)
# The word of a decision DECIDED's every verb holds ("decided", "décidé", "decidido", "entschieden"):
# few mails have one, and DECIDED, a name tried at every capital, is the slowest phrase of all.
DECISION_WORD = re.compile(r"d[ée]cid|entschieden", re.IGNORECASE)
# The team's word a team phrase names it by ("the Acme team", "Recruiting-Team der Acme"): most
# mails write it in their signature alone, and the phrase that ends with it tries a name at every capital.
TEAM_WORD = re.compile(r"team|personalabteilung|bewerbermanagement|recruiting", re.IGNORECASE)
# The word each slow phrase cannot match without: where the word is not, the phrase is not tried.
CUE_WORDS = {**{pattern: CLIENT_WORD for pattern in {CLIENT_NAMED, *CLIENT_IF_SURE} - {DECIDED}},
             DECIDED: DECISION_WORD, TEAM[0]: TEAM_WORD, TEAM[2]: TEAM_WORD}


def cued_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), the same matches at the same offsets; a phrase of CUE_WORDS is tried
    only on the lines that hold its word: each of its matches holds the word and lies on one line
    (its spaces are [ \t], never a newline). DECIDED tried on a whole mail cost a tenth of a
    rejection's reading, and "we have decided" is in most of them. A phrase of OPENINGS is tried
    only where its opening words stand (see _opening_matches)."""
    cue = CUE_WORDS.get(pattern)
    if cue is None:
        opening = OPENINGS.get(pattern)
        lowered = _lowered(text) if opening is not None else None
        if opening is not None and lowered is not None:
            yield from _opening_matches(pattern, opening, text, lowered)
        else:
            yield from pattern.finditer(text)
        return
    for start, end in _lines_holding(cue, text, pattern in ENDS_WITH_ITS_CUE):
        # pos and endpos, not a slice: the offsets stay the text's, and \b at the line's start sees
        # the newline before it as on the whole text.
        yield from pattern.finditer(text, start, end)


# The phrases whose every match ends inside the word that holds their cue ("the Acme team", "Acme has
# decided"): tried on a line up to the end of the word of its last cue, not on the rest of it (a
# paragraph goes on long after "we have decided"). The word's end, not the cue's: "(?i:team)\b" sees
# the same character after it as on the whole text.
ENDS_WITH_ITS_CUE = frozenset({TEAM[0], DECIDED})
_WORD_REST = re.compile(r"\w+")


def _word_end(text: str, at: int) -> int:
    """The end of the word `at` is inside of (`at` itself after a word's end)."""
    rest = _WORD_REST.match(text, at)
    return rest.end() if rest else at


@functools.lru_cache(maxsize=4)  # a mail's body, asked for each phrase its cue word serves
def _lines_holding(cue: re.Pattern[str], text: str, to_its_word: bool = False) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each line of the text that holds a match of `cue`, in order, once each;
    `to_its_word`: the end is that of the word holding the line's last match of `cue`."""
    lines: list[tuple[int, int]] = []
    line_end = -1
    lowered = _lowered(text)  # the cue's words found case by case in it, at C speed
    for word in cue.finditer(text) if lowered is None else _LOWER_CASE_CUES[cue].finditer(lowered):
        if word.start() < line_end:
            if to_its_word:  # a further word on a line already taken: the line is tried up to it
                lines[-1] = (lines[-1][0], _word_end(text, word.end()))
            continue
        line_end = text.find("\n", word.end())
        line_end = len(text) if line_end < 0 else line_end
        end = _word_end(text, word.end()) if to_its_word else line_end
        lines.append((text.rfind("\n", 0, word.start()) + 1, end))
    return tuple(lines)


# Weak evidence: "at Acme", "bei Acme", "chez Acme", "en Acme" anywhere.
LOOSE = re.compile(rf"(?i:\bat|\bwith|\bbei|\bchez|\ben)[ \t]+(?:(?i:der|dem|the)[ \t]+)?(?P<c>{NAME})")


# A phrase that opens with its case-blind words ("(?i:interest in|...)") can match only where they
# stand. The engine finds no first letter to skip to in a case-blind opening, so it enters the whole
# phrase at every character of the mail (a third of the company's reading went so); the same words,
# lower-case and matched case by case in the lower-cased mail, are found at C speed, and the phrase
# is tried there alone.
def _opening(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The words a phrase opens with, for the lower-cased text; None for a phrase that opens
    otherwise (with a name, an optional group, a choice of two openings)."""
    source = pattern.pattern
    if not source.startswith("(?i:"):
        return None
    depth, in_class, escaped, close = 0, False, False, -1
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and close < 0:
                close = i
        elif char == "|" and depth == 0:
            return None  # "(?i:a)b|c": the phrase may open otherwise
    words = source[4:close]
    if close < 0 or source[close + 1:close + 2] in {"?", "*", "{"} or words != words.lower():
        return None  # optional, or its lower-casing would change its meaning (\W, \S)
    return re.compile(words)



def _opening_matches(pattern: re.Pattern[str], opening: re.Pattern[str], text: str,
                     lowered: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), tried only at each place `opening` matches the lower-cased text: the
    leftmost match from each place on, as finditer's scan finds it (the phrase sees the text before
    its start, for a lookbehind or a \\b, as finditer does)."""
    end = 0
    found = opening.search(lowered)
    while found is not None:
        start = found.start()
        match = pattern.match(text, start)
        if match is not None:
            yield match
            end = match.end()
        found = opening.search(lowered, max(start + 1, end))


# The cue words, lower-case, for the lower-cased text (as the openings are).
_LOWER_CASE_CUES = {cue: re.compile(cue.pattern) for cue in set(CUE_WORDS.values())}
assert all(cue.pattern == cue.pattern.lower() for cue in _LOWER_CASE_CUES)

# Every phrase read over a whole mail's body whose opening can be found so.
OPENINGS = {pattern: opening for pattern in (*TEAM, *ANCHORED, *CLIENT, *CLIENT_IF_SURE, LOOSE)
            if (opening := _opening(pattern)) is not None} | _FIELD_OPENINGS

SUBJECT = [re.compile(p) for p in (
    rf"(?i:application|candidacy|bewerbung|candidature|candidatura|postulaci[óo]n|solicitud)[ \t]+"
    rf"(?i:to|at|with|bei|chez|en|a|aupr[èe]s de|in)[ \t]+{_THE}(?P<c>{NAME})",
    rf"(?i:your|ihre|deine|votre|ta|tu|su)[ \t]+(?P<c>{NAME})[ \t]+"
    rf"(?i:application|bewerbung|candidature|candidatura|postulaci[óo]n)",
    rf"(?i:applying to|apply to|applied to|interest in|joining|update from|news from|message from|"
    rf"thank you from|greetings from|applying at)[ \t]+{_THE}(?P<c>{NAME})",
    # A job board passing the employer's answer on, an agency its client's: "Réponse de Wallonie
    # Logistique à votre candidature", "Feedback from Carrow Engineering", "Rückmeldung Feldmann".
    rf"(?i:feedback from|response from|r[ée]ponse de|retour de|respuesta de|feedback de|feedback vom|"
    rf"feedback von|rückmeldung von|rückmeldung vom)[ \t]+{_THE}(?P<c>{NAME})",
)]
SUBJECT_TAIL = re.compile(rf"(?i:\bat|\bbei|\bchez|\ben|\bwith)[ \t]+{_THE}(?P<c>{NAME})[ \t]*$")
SUBJECT_SEPARATOR = re.compile(r"\s+[-–—|:]\s+|\s*[|:]\s+")


def _alternatives(name: str) -> str:
    """A language table's phrases as a pattern's alternatives, the longest first."""
    return "|".join(re.escape(p) for p in sorted(tables.all_phrases(name), key=len, reverse=True))


# An owner written on a line of its own below a name: "Dunmore Academy" / "Part of the Dunmore
# Schools Trust" (drafts/company_scope.py); the phrase itself is no part of the owner's name.
OWNER_LINE = rf"(?i:{_alternatives('owner_phrases')})"
# ... and the phrases that name an owner after a comma or a bracket only: "X, owned by Y".
OWNER_AFTER_A_NAME = rf"(?i:{_alternatives('owner_phrases')}|{_alternatives('owner_phrases_after_a_name')})"
_OWNER_OPENING = re.compile(rf"^{OWNER_LINE}[ \t]+(?i:the[ \t]+)?")


def without_owner_phrase(name: str) -> str:
    """ "Part of the Dunmore Schools Trust" -> "Dunmore Schools Trust"."""
    return _OWNER_OPENING.sub("", name)


# "the Board of Directors of Tamarack Industries", "le conseil d'administration de X": a body of the
# employer, named before the employer itself.
GOVERNING_BODY = re.compile(
    r"^(?:(?:the|le|la|el|der|die)\s+)?(?:board(?:\s+of\s+(?:directors|trustees|governors))?|trustees|governors|"
    r"(?:search|selection|hiring|appointments?)\s+(?:committee|panel)|committee|panel|conseil d['’]administration|"
    r"comit[ée](?:\s+de\s+(?:s[ée]lection|direction))?|consejo(?:\s+de\s+administraci[óo]n)?|junta directiva|"
    r"vorstand|aufsichtsrat|gesch[äa]ftsf[üu]hrung|auswahlkommission)\s+"
    r"(?:of(?:\s+the)?|de\s+la|de\s+l['’]|du|des|de|del|der|des|von)\s*", re.IGNORECASE)
_PROGRAMME_WORDS = tables.all_words("programme_words")


def without_programme(name: str) -> str:
    """ "Thistle & Rowe Graduate Management Scheme" -> "Thistle & Rowe": a programme's name follows
    the employer's; a name that opens with one ("Graduate", "Programa Talento Joven") is none."""
    words = name.split()
    for i, word in enumerate(words):
        if fold(word.strip(".,")) in _PROGRAMME_WORDS or (i + 1 < len(words) and fold(f"{word} {words[i + 1]}")
                                                          in _PROGRAMME_WORDS):
            before = _without_an_offices_name(_without_trailing_intake(words[:i]))
            return "" if _only_a_field(before) else " ".join(before)
    # A programme's name cut short of its word by the name's length ("... Attorney General's Honors").
    kept = _without_an_offices_name(words)
    return name if len(kept) == len(words) else " ".join(kept)


def _without_an_offices_name(words: list[str]) -> list[str]:
    """ "Department of Justice Attorney General's Honors" (of "... Honors Program") -> "Department of
    Justice": a programme or award named after a public office ("Attorney General's", "President's")
    follows the employer's name. A trade's possessive ("Northside Baker's Dozen", "The Chef's Table") and a
    firm's own ("McDonald's") are the name itself: only the offices of en.toml's `possessive_offices` cut."""
    for i, word in enumerate(words):
        stem = fold(word)
        if not i or not stem.endswith(("'s", "’s")):
            continue
        if i > 1 and f"{fold(words[i - 1])} {stem[:-2]}" in _OFFICES:
            return words[:i - 1]  # "Attorney General's", "Chief Secretary's": the office in two words
        if stem[:-2] in _OFFICES:
            return words[:i]
    return words


_OFFICES = frozenset(fold(w) for w in tables.all_phrases("possessive_offices"))


def _only_a_field(words: list[str]) -> bool:
    """ "Government Digital and Data" (of "... Apprenticeship Scheme"): the words before the programme's
    word are a profession's or a field's ("Digital", "Data", "Government"), no employer's name."""
    own = [fold(w) for w in words if fold(w) not in _FIELD_CONNECTORS]
    return bool(own) and all(w in TITLE_VOCABULARY for w in own)


_FIELD_CONNECTORS = frozenset({"and", "&", "of", "und", "et", "y", "de"})


_INTAKE_WORDS = frozenset(fold(w) for w in INTAKE_WORDS)


# The year an intake runs in: "2026", "2026/27", "2026-2027".
_A_YEAR = re.compile(r"(?:19|20)\d\d(?:[/-](?:\d\d){1,2})?")


def _without_trailing_intake(words: list[str]) -> list[str]:
    """ "Banyan Consulting Summer" (of "... Summer Internship") -> "Banyan Consulting": the season or
    year an intake runs in belongs to the programme's name ("Amberly Pharmaceuticals 2026 Summer
    Internship"); "Summer Street Bakery", "Studio 1990" keep it, no programme word follows. Nothing is
    left of "Summer Vacation" (of "Summer Vacation Scheme"): it names no employer."""
    while words and (fold(words[-1].strip(".,")) in _INTAKE_WORDS or _A_YEAR.fullmatch(words[-1].strip(".,"))):
        words = words[:-1]
    return words


# An acronym in brackets after a name: "del Banco Interamericano de Desarrollo Regional (BIDR)".
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-ZÀ-Þ]{2,8})\)")
_WORDS_BEFORE_AT_MOST = 10


def spelled_out(text: str) -> dict[str, str]:
    """The acronyms `text` spells out, folded, each with the name it stands for: the shortest run of
    words before the bracket, opening with a capital, whose capitals' initials are the acronym
    ("bidr": "Banco Interamericano de Desarrollo Regional"). An acronym the mail never spells out
    is the name itself ("BBVA", "SNCF")."""
    found = {}
    for match in _ACRONYM_IN_BRACKETS.finditer(text):
        words = text[:match.start()].split()[-_WORDS_BEFORE_AT_MOST:]
        short = fold(match.group(1))
        for start in range(len(words) - 1, -1, -1):
            if not words[start][:1].isupper() or words[start].endswith((".", ",", ":", ";")):
                continue
            run = words[start:]
            if initials(run) == short and len(run) >= 2:
                found[short] = " ".join(run)
                break
    return found
