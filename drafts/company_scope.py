"""Names a mail writes that are not the employer though every clue may point at them: the system
that sent it ("This email was sent via Oleeo", "Diese Nachricht wurde über Umantis versendet"),
and a group while the mail names the company, hotel, clinic or site the candidate applied to
("Halvorsen Maritime AS, a member of the Halvorsen Group", "Clinique Saint-Roch, établissement du
Groupe Hospitalier Privé Saint-Roch"). company_clues.py asks these before it weighs the votes;
drafts/facts.py asks a_groups_site of the reverse, a group's site for the group the mail gives.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from onward.drafts.case_blind import ODD_CASES
from onward.drafts.company import Choice, is_place
from onward.drafts.company_keys import NAME_CONNECTORS, LEGAL_FORMS_AT_END, initials, key, without_legal_form
from onward.drafts.company_phrases import NAME, NAME_RUN, OWNER_AFTER_A_NAME, OWNER_LINE
from onward.drafts.lexicon import DEPARTMENT_WORDS, GROUP_WORDS, ORG_WORDS, TITLE_WORDS, fold

# A system named as the mail's carrier, in a footer or an automatic line. Group "v" is its name;
# group "by" holds "by / par / por / durch", which an employer's own legal footer also writes
# ("This email was sent by Brightfield Analytics Ltd, 4 King Street"): see carriers().
_CARRIED_BY = [re.compile(p) for p in (
    rf"(?i:powered by|propulsé par|propulsado por|bereitgestellt (?:von|durch)|betrieben (?:von|mit))[ \t]+(?P<v>{NAME})",
    rf"(?i:sent|delivered|generated|created)(?:[ \t]+(?i:automatically))?[ \t]+(?i:via|through|using|(?P<by>by))[ \t]+"
    rf"(?!(?i:[a-z]+[ \t]+)?on behalf)(?P<v>{NAME})",
    rf"(?i:über|via|mit|(?P<by>durch))[ \t]+(?P<v>{NAME})[ \t]+(?:\w+[ \t]+){{0,2}}?"
    rf"(?i:versendet|verschickt|gesendet|erstellt|generiert|verschickt)",
    rf"(?i:envoy[ée]e?|g[ée]n[ée]r[ée]e?|transmise?)(?:[ \t]+(?i:automatiquement))?[ \t]+(?i:(?P<by>par)|via|depuis|avec)"
    rf"[ \t]+(?P<v>{NAME})",
    rf"(?i:enviad[oa]|generad[oa]|gestionad[oa])(?:[ \t]+(?i:automáticamente|automaticamente))?[ \t]+"
    rf"(?i:(?P<by>por)|a través de|mediante|desde|con)[ \t]+(?P<v>{NAME})",
    rf"(?P<v>{NAME})[ \t]+(?i:on behalf of)",
    # A signature's line or a display name that gives the employer, then the system: "Centro Médico
    # Los Aromos – vía Buk", "Calder Freight (via Hirelane)". Only after a dash or a bracket:
    # a sentence's "via" ("apply via our website") names no system, nor a footer's link after a bar
    # ("Impressum | Über Nordwind Energie": the employer's own page).
    rf"(?:[ \t][-–—][ \t]*|\()(?i:via|vía|über)[ \t]+(?P<v>{NAME})",
)]


# A word each of those lines holds (lower case): the patterns run only on mail that has one.
_CARRYING_VERBS = ("on behalf", "powered", "propuls", "bereitgestellt", "betrieben", "sent ", "delivered", "generated", "created",
                   "versendet", "verschickt", "gesendet", "erstellt", "generiert", "envoy", "généré", "genere",
                   "transmis", "enviad", "generad", "gestionad", "via ", "vía ", "über ")


# The words of each of those lines, lower-case, one of which every match of it holds in some case: a
# mail that says "via" is not read for "sent by" (the seven lines cost 0.18 ms a mail that has one of
# their words). re's IGNORECASE takes a letter of theirs only for what lower-cases to it, but for the
# look-alikes of case_blind.ODD_CASES: a mail holding one is read for every line.
_CARRYING_CUES = [re.compile(cue) for cue in (
    r"powered|propuls|bereitgestellt|betrieben",
    r"sent|delivered|generated|created",
    r"versendet|verschickt|gesendet|erstellt|generiert",
    r"envoy|g[ée]n[ée]r[ée]|transmis",
    r"enviad|generad|gestionad",
    r"on behalf of",
    r"via|vía|über",
)]


def carriers(text: str, own_labels: tuple[str, ...] = (), written: str | None = None) -> set[str]:
    """The keys of the names the mail gives as the system that carried it, and of each run of
    their words ("Abacus Umantis Bewerbermanagement" -> "abacusumantis", "umantis", ...): never the
    employer. "sent via Acme's careers site" names the employer's own site, not a system.
    A name only "sent by" is the employer's own legal footer, no carrier, when the mail's own words
    (`written`: subject, body, signature, footer; `text` when not given) write it elsewhere, or when
    it is the sender's (`own_labels`: the sender's domain labels and display names) with its legal
    form or a team's word: "This email was sent by Brightfield Analytics Ltd" from Brightfield Analytics."""
    found: set[str] = set()
    lowered = text.lower()
    if not any(verb in lowered for verb in _CARRYING_VERBS):
        return found  # most mails: no line says what carried them
    plain = not any(odd in text for odd in ODD_CASES)
    for pattern, cue in zip(_CARRIED_BY, _CARRYING_CUES, strict=True):
        if plain and not cue.search(lowered):
            continue  # the words every match of this line holds are nowhere in the mail
        for match in pattern.finditer(text):
            if re.search(r"['’]s$", match.group("v").split()[0]):
                continue
            words = [w for w in without_legal_form(match.group("v")).split() if fold(w) not in DEPARTMENT_WORDS]
            if match.groupdict().get("by") and _the_employers_own(match.group("v"), words, match.group(),
                                                                  text if written is None else written, own_labels):
                continue
            found |= {key(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return {k for k in found if len(k) >= 4}


def _the_employers_own(name: str, words: list[str], line: str, written: str, own_labels: tuple[str, ...]) -> bool:
    """The mail writes the name elsewhere (a sentence, the signature), or it is the sender's own
    name with its legal form after it: the employer signing its footer. A system that sends in its
    own name ("Recrutix <noreply@recrutix…>", "envoyé automatiquement par Recrutix") writes no form."""
    whole = key(" ".join(words))
    if len(whole) < 4:
        return False
    if whole in key(written.replace(line, " ")):
        return True
    senders = {key(label) for label in own_labels if len(key(label)) >= 4}
    # "Brightfield Analytics Ltd", "Harwick Foods Recruitment Team": a company's form or its own team.
    formal = without_legal_form(name) != name or len(words) < len(name.split())
    return formal and any(whole in label or label in whole for label in senders)


# A unit named, then its group: "X, a member of the Y", "X, einer Tochtergesellschaft der Y", "X,
# filiale du Groupe Y", "X, sociedad filial de Grupo Y", "X (filial española de Y)". Group "g".
_OF_THE = r"(?i:of|de|du|des|del|der|von|of the|de la|de l['’]|du groupe|del grupo|au|al)[ \t]+"
# The owner may also stand on the line below: "Dunmore Academy" / "Part of the Dunmore Schools
# Trust" (`owner_phrases`; a German "Mitglied der Geschäftsleitung" below a name is a title).
_PART_OF = re.compile(
    rf"(?:[,(·–—-]|\n(?={OWNER_LINE}))"
    rf"[ \t]*(?:{OWNER_AFTER_A_NAME}[ \t]+|"
    r"(?i:ein unternehmen|eine gesellschaft|einer? tochter(?:gesellschaft)?|tochter(?:gesellschaft)?|teil|mitglied|"
    r"(?:soci[ée]t[ée] |sociedad |empresa |l['’]un des |un |une )?(?:filiale?|établissement|etablissement|membre|"
    r"société|miembro|parte|una empresa|une entreprise)(?:[ \t]+\w+)?)"
    rf"[ \t]+{_OF_THE})(?:(?i:the|la|le|el|l['’])[ \t]*)?(?P<g>{NAME})")


def parents(text: str) -> list[str]:
    """The groups the mail names as the owner of a company it names: "the Halvorsen Group"."""
    return [match.group("g") for match in _PART_OF.finditer(text)]


# The words no name is told apart by, joined once: the union was made for each word of each name.
_SHARED_WORDS = GROUP_WORDS | NAME_CONNECTORS | DEPARTMENT_WORDS | TITLE_WORDS


def distinct_words(name: str) -> set[str]:
    return {fold(w) for w in _NAME_WORD.findall(without_legal_form(name))
            if len(w) >= 3 and fold(w) not in _SHARED_WORDS and not w.islower() and not LEGAL_FORMS_AT_END.search(" " + w)}


def is_group(name: str, groups: list[str]) -> bool:
    """A group's name ("Grupo Almenara", "Lechner Industrieholding"), or a name the mail gives as a
    group's, whole or short: "Elbwerk Energie" for "Elbwerk Energie AG", "GHP Saint-Roch" beside
    "Groupe Hospitalier Privé Saint-Roch" (nothing of it but the group's words and initials)."""
    # "Fellner Gruppe Services": one company of the Fellner group, with the group's word inside.
    words = without_legal_form(name).split()
    if words and any(fold(w).endswith(tuple(GROUP_WORDS)) for w in (words[0], words[-1])):
        return True
    own = distinct_words(name)
    for group in groups:
        letters = initials(group.split(), folded=False)
        if key(name) == key(group) or (own & distinct_words(group) and not {
                w for w in own - distinct_words(group) if not (len(w) >= 2 and letters.startswith(w))}):
            return True
    return False


# What says where the candidate applied: "your application ... at X", "Bewerbung als Koch im X",
# "postulé ... au sein de X", "postulación al cargo ... para X", "the position at X". The name
# follows a preposition. One post or offer (singular, "notre offre ... au sein de X") is the one
# applied to; several ("open positions at X", "nos offres chez X") are advertised.
_APPLIED = re.compile(r"(?i:appli|\bapply|\bposition\b|\brole\b|\bpost\b|bewerb|\bstelle\b|candidat|postul|"
                      r"\bposte\b|\bcargo\b|\bpuesto\b|\boffre\b|\boffer\b|\bvacancy\b|\bvacante\b|\boferta\b|incorpor)")
# What a mail advertises, after the candidate's application: "our offers at X", "las vacantes en
# X", "weitere Stellen bei der X", "open positions at X". A name after one is offered, not applied to.
_ADVERTISED = re.compile(r"(?i:offers|offres|ofertas|vacanc|vacante|stellen|positions|postes|puestos|openings|"
                         r"opportunit|jobs\b|empleos|emplois|career)")
_BEFORE_A_UNIT = re.compile(r"(?i:\b(?:at|with|for|to|im|in|bei|beim|au sein de|chez|à|au|pour|para|en|a|al)"
                            r"(?:[ \t]+(?:the|der|dem|den|die|das|la|le|el|los|las|l['’]))?[ \t]*(?:l['’])?)$")


def _units(name: str, groups: list[str], text: str) -> list[re.Match]:
    """Other companies of the group the mail names: "Halvorsen Maritime AS" beside "Halvorsen Group",
    a name a group owns ("Hotel Cala Blanca, part of Solmarina Group"), an organisation of another
    name the mail says the candidate applied to ("... para Supermercados Los Aromos")."""
    own = distinct_words(name) | {w for g in groups for w in distinct_words(g)}
    found = []
    for run in NAME_RUN.finditer(text):
        words = without_legal_form(run.group()).split()
        if len(words) < 2 or is_group(run.group(), []) or key(run.group()) == key(name):
            continue
        if any(key(run.group()) == key(g) for g in groups):
            continue
        shares = bool(distinct_words(run.group()) & own) and bool(distinct_words(run.group()) - own)
        owned = bool(_PART_OF.match(text, run.end()))
        if (shares or owned) and _an_organisation(run.group(), text, run.end()):
            found.append(run)
        elif not distinct_words(run.group()) & own and {fold(w) for w in words} & ORG_WORDS \
                and applied_to(run, text):
            found.append(run)  # "postulación al cargo ... para Supermercados Los Aromos" from Grupo Cordillera
    return found


def _an_organisation(name: str, text: str, end: int) -> bool:
    """Written as a company of its own: with its legal form ("Halvorsen Maritime AS", "Ilerda
    Agroalimentaria, S.A."), or as the one a group owns ("Lavandière Asia Pacific, filiale du
    Groupe Lavandière"). A hotel or a site of a group's name ("Caravela Hotel Salzburg") is not:
    the group employs there."""
    words = name.split()
    # "Ostendorf Elektronik GmbH Standort: Paderborn": a form's lines run together after it.
    if _PART_OF.match(text, end) or any(LEGAL_FORMS_AT_END.search(" ".join(words[:i])) for i in range(2, len(words) + 1)):
        return True
    tail = text[end:end + 14].split("\n")[0]
    # Its legal form right after it ("Ilerda Agroalimentaria, S.A."), not a town's ("Hotel X, Cobh, Co. Cork").
    return any((found := LEGAL_FORMS_AT_END.search(name + tail[:cut])) is not None and found.start() == len(name)
               for cut in range(len(tail), 1, -1) if tail[cut - 1] != " " and not tail[cut:cut + 1].isalnum())


def _owned(name: str, text: str) -> bool:
    """The mail names this one as a group's company: "Rheinmark Pharma GmbH, ein Unternehmen der ..."."""
    return any(key(run.group()).startswith(key(name)) and _PART_OF.match(text, run.end())
               for run in NAME_RUN.finditer(text))


_SENTENCE_END = re.compile(r"[.!?\n]\s")  # compiled once: re's own cache is crowded by a mail's own patterns
_NAME_WORD = re.compile(r"[\w'’-]+")


def applied_to(run: re.Match, text: str) -> bool:
    """The mail says the candidate applied there: the candidate's application (or the one post),
    then a preposition, then the name; never a name the mail advertises after it."""
    before = text[max(run.start() - 120, 0):run.start()]
    sentence = _SENTENCE_END.split(before)[-1]
    applied = list(_APPLIED.finditer(sentence))
    return bool(applied) and not _ADVERTISED.search(sentence, applied[-1].end()) \
        and bool(_BEFORE_A_UNIT.search(sentence))


def applied_to_itself(name: str, text: str) -> bool:
    """The candidate's application names the group itself: "el puesto de Jefa de Tienda en Grupo Alcor"."""
    own = key(name)
    return any(run_key == own and applied_to(run, text) for run_key, run in _keyed_name_runs(text))


@functools.lru_cache(maxsize=4)  # the mail's text, asked again for each of its candidates (facts.py)
def _keyed_name_runs(text: str) -> tuple[tuple[str, re.Match], ...]:
    """The runs of capitalised words in the text, each with its comparison key."""
    return tuple((key(run.group()), run) for run in NAME_RUN.finditer(text))


def set_aside(found: list[Choice], kept: list[Choice]) -> set[str]:
    """The winner group_or_unit set aside (a group for its company, or for none): no part of the
    role either ("Jefa de Tienda en Grupo Alcor"). Only the winner: the other names found are as
    often a field of the title ("Especialista en Planeación de la Demanda")."""
    return {found[0].name} - {choice.name for choice in kept} if found else set()


def group_or_unit(found: list[Choice], text: str) -> list[Choice]:
    """The candidates, unless the winner is a group while the mail names one of its companies or
    sites: then that company when the mail says the candidate applied there, else none (which of the
    two employs is not the mail's to say, and a wrong name is worse than none)."""
    if not found:
        return found
    groups = parents(text)
    winner = found[0]
    if not is_group(winner.name, groups) or _owned(winner.name, text) or applied_to_itself(winner.name, text):
        return found
    units = _units(winner.name, groups, text)
    if not units:
        return found
    decided = [u for u in units if applied_to(u, text)]
    if len({key(without_legal_form(u.group())) for u in decided}) > 1:
        return []  # two companies the candidate "applied to": the mail does not say which one employs
    for choice in found[1:]:
        if any(key(choice.name) == key(u.group()) or key(u.group()).startswith(key(choice.name)) and
               len(key(choice.name)) >= 6 for u in decided) and not is_group(choice.name, groups):
            return [dataclasses.replace(choice, rank=0)]
    return []


def a_groups_site(name: str, group: str, text: str) -> bool:
    """ "Corvina Lisbon" beside "Corvina Hotels": the group's own words and one town or region (its
    site), no kind of organisation's word ("Hôtel Belvédère Nice" is a hotel of its own) nor legal
    form of its own, and no line of the mail makes it the group's company ("X, part of Y"). The
    group employs at its site."""
    if not is_group(group, []) or without_legal_form(name) != name or _owned(name, text):
        return False
    if any(fold(w) in ORG_WORDS for w in name.split()):
        return False
    # The one more word is a town or region (the tables' towns): "Kestrel Aviation" beside "Kestrel
    # Group" names a business of its own, the company applied to.
    own, groups_own = distinct_words(name), distinct_words(group)
    places = distinct_words(" ".join(w for w in name.split() if is_place(w)))
    return bool(groups_own) and groups_own < own and len(own - groups_own) == 1 and own - groups_own <= places
