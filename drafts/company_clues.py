"""Collect the company votes from every part of a rejection (see company.py for the weighing)."""

from __future__ import annotations

import re

import dataclasses
from collections.abc import Callable, Sequence

from onward.drafts import company_phrases as phrases
from onward.drafts import company_scope
from onward.drafts.company_desk import desks_yield
from onward.drafts.company_family import one_family
from onward.drafts import tables
from onward.drafts import language
from onward.drafts.company import (PUBLIC_BODIES, CONTACT_LINE, ORGANISATION_WORDS, STRONG_CLUES, Choice, Sender,
                                   Votes, an_umbrella)
from onward.drafts.layout import Layout
from onward.drafts.company import (PARTNERS, GENERIC_ORGS, own_word, clean, department_head, is_place,
                                   names_organisation, signature_segments)
from onward.drafts.company_keys import (NAME_CONNECTORS, LEGAL_FORMS_AT_END, acronym_labels, company_domains, domain_label,
                                        key, initials, label_words, matches_label, token_keys, without_legal_form)
from onward.drafts.lexicon import (DEPARTMENT_WORDS, JOB_WORDS, LEGAL_FORM, ORG_WORDS, TITLE_WORDS, fold,
                                   is_title_compound)
from onward.drafts.people import looks_personal, person_name
from onward.drafts.subjects import topic

_TITLE_LIKE = TITLE_WORDS | DEPARTMENT_WORDS | JOB_WORDS
_UNIT = re.compile(r"(?:%s)\b" % "|".join(re.escape(fold(u)) for u in
                                           sorted(tables.all_phrases("unit_words"), key=len, reverse=True)))
# A town after a postcode ("6440 Brunnen", "L-2721 Luxembourg", "80539 München"): a place, not a name.
_POSTAL_TOWN = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+(?P<town>[A-ZÀ-Þ][\w-]+)")
_DISPLAY_PARTS = re.compile(r"\s+(?:at|from|@|bei|von|chez)\s+|\s*\|\s*|\s+[-–—]\s+", re.IGNORECASE)
_VIA = re.compile(r"\s*\((?:via\s+)?[^)]*\)|\s+(?:via|über|par|vía|por medio de)\s+.*$", re.IGNORECASE)
_WORDS = re.compile(r"[\w&'’]+")


# "Falk & Partner", "Reed & Associates Ltd": a firm's name, though "partner" is also a title.
_FIRM = re.compile(r"\s&\s*(?:partner|partners|associates|associés|asociados|co)\b", re.IGNORECASE)


_TITLE_WORD_SEPARATORS = re.compile(r"[\s/]+")
_PERSON_TITLE_WORD_SEPARATORS = re.compile(r"[\s/,]+")
_PERSON_TITLE_WORDS = TITLE_WORDS | JOB_WORDS


def _is_title(segment: str) -> bool:
    if _FIRM.search(segment) or LEGAL_FORMS_AT_END.search(segment):
        return False
    words = {fold(w) for w in _TITLE_WORD_SEPARATORS.split(segment) if w}
    return bool(words & _TITLE_LIKE or any(is_title_compound(w) for w in words)) and not words & ORG_WORDS


def _is_person_title(segment: str) -> bool:
    """A job title ("Gerente", "Pflegedirektor", "Marketing Manager"), not only a department."""
    words = {fold(w) for w in _PERSON_TITLE_WORD_SEPARATORS.split(segment) if w}
    return bool(words & _PERSON_TITLE_WORDS or any(is_title_compound(w) for w in words))


def _team_then_company(lines: list[str], index: int, labels: list[str]) -> bool:
    """A team line followed by the employer's own line ("The Graduate Recruitment Team" then
    "Ironbark Engineering", "Equipo de Employer Branding" then "Energías del Cantábrico"): the
    team phrase names a department there, the next line the company."""
    if index + 1 >= len(lines) or CONTACT_LINE.search(lines[index + 1]):
        return False
    following = lines[index + 1]
    if phrases.names_a_team(following) or _is_title(following):
        return False
    name = clean(following)
    return bool(name) and (len(name.split()) >= 2 or any(matches_label(name, label) for label in labels))


def _is_signer(segment: str, signer: str) -> bool:
    if not signer:
        return False  # no signer to compare with: no person's name to read (person_name is slow)
    name = person_name(segment)
    return bool(name) and fold(name.split()[0]) == fold(signer.split()[0])


def signature_lines(layout: Layout) -> list[str]:
    """The signature's lines; without a closing formula ("Warmest wishes,", "Avec toute ma
    sympathie,", none at all), the mail's last paragraph when it reads as a signature block: two
    to six short lines, none of them a sentence ("Lucy Barrington / General Manager / The Hollies
    Country House Hotel")."""
    if layout.signature or layout.inline_signer:
        return list(layout.signature)
    last = layout.body.rstrip().rpartition("\n\n")[2].split("\n")
    lines = [line.strip() for line in last if line.strip()]
    if 2 <= len(lines) <= 6 and all(len(line) <= 60 and not _ends_a_sentence(line) for line in lines):
        return lines
    return []


# A last word whose period is an abbreviation's, not a sentence's: an initial ("Rosa Quiroga M."), a
# legal form's letters ("Ingenio Azucarero El Carmen S.R.L.", "Acme Inc.").
_ABBREVIATED_END = re.compile(rf"(?:\b\w\.){{1,4}}$|\s(?:{LEGAL_FORM.pattern})$", re.IGNORECASE)


# A degree or a credential, its letters dotted in mixed case: "Dt.P.", "Ed.D.", "Ph.D." ("I.B.M." is a name).
_CREDENTIAL = re.compile(r"^(?=\S*[a-z])[A-Z][a-z]{0,2}\.(?:[A-Z][a-z]{0,2}\.?)+$")


def _ends_a_sentence(line: str) -> bool:
    return line.endswith(("!", "?", ",", ":")) or (line.endswith(".") and not _ABBREVIATED_END.search(line))


def _a_first_name(segment: str) -> bool:
    """One word that is a person's name: "Yasmine" under "Bisous" (a longer line may be a firm's
    name that reads as a person's, "Éditions Papillon", "Open Hands International")."""
    return " " not in segment.strip() and person_name(segment) == segment and not names_organisation(segment)


_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")


def _a_person_above_a_title(segment: str, lines: list[str], index: int, labels: list[str]) -> bool:
    """ "Martha Lucía Ávila" above "Coordinadora de Talento Humano": a second person signing, not the
    employer (a firm called as its founder writes from a domain that spells it)."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return (len(segment.split()) >= 2 and person_name(segment) == segment and not names_organisation(segment)
            and not LEGAL_FORMS_AT_END.search(segment) and bool(following) and _is_person_title(following)
            and not names_domain(segment, labels))


def _signature_votes(votes: Votes, layout: Layout, signer: str, labels: list[str]) -> None:
    lines = signature_lines(layout)
    # In a block found without a closing, any line may be the signer's name ("Bisous" then "Yasmine").
    unclosed = bool(lines) and not layout.signature
    for index, line in enumerate(lines):
        # The team phrase first (cheap on one line), then whether the next line names the company.
        if phrases.names_a_team(line) and not _team_then_company(lines, index, labels):
            for pattern in phrases.TEAM:
                votes.add_matches(pattern, line, 3, "signature")
        for registered in registered_names(line):
            # "Grangewood Banking Group plc ("Grangewood Bank"). Registered in Scotland No. SC117032.":
            # the registered name, written in full, on a line the company number makes a contact's.
            votes.add(registered, 3, "signature")
        if CONTACT_LINE.search(line):
            firm = _firm_before_its_address(line, signer)
            if firm:
                votes.add(firm, 3, "signature")
            continue
        words = line.split()
        if _UNIT.match(fold(line)):
            # "Lehrstuhl für Wirtschaftsinformatik": a unit of the employer, weaker than the line
            # that names the institution, and never enough alone.
            votes.add(signature_segments(line)[0], 1, "signature-unit")
            continue
        # "E.S.E. Hospital San Rafael de Tunja": the kind of organisation after its legal initials.
        opening = words[1:2] if words and _INITIALS.match(words[0]) else words[:1]
        if opening and fold(opening[0]) in ORGANISATION_WORDS and len(words) <= 6:
            # "Universidad de Salamanca", "Ville de Lévis-Sud": the connector is part of the name.
            votes.add(line, 3, "signature")
            continue
        if department_head(line):
            # "Coordinación de Enseñanza y Servicio Social", "Direction des Achats du CHU de Brest":
            # one department's name; its "de" is no separator (clean keeps what follows its field).
            for part in PARTS_OF_A_LINE.split(line):
                votes.add(part, 3, "signature")
            continue
        partners = PARTNERS.match(line)
        if partners:  # "Tan, Wong & Partners LLP": its commas are inside the name
            votes.add(partners.group(0) + signature_segments(line[partners.end():])[0], 3, "signature")
            continue
        segments = signature_segments(line)
        # "Gerente de Proyecto", "Director, Departamento de Economía", "Marketing Manager | Acme":
        # beside a person's job title, a segment is the title's field as often as the employer.
        beside_title = len(segments) > 1 and any(_is_person_title(s) for s in segments)
        for segment in segments:
            if not segment[:1].isupper() and not segment[:1].isdigit():
                continue
            if _is_signer(segment, signer) or _is_title(segment) or re.search(r"\w\.[a-z]{2,}$", segment):
                continue
            if _CREDENTIAL.match(segment):
                continue  # "Émilie Gagnon, Dt.P.", "Raymond Foster, Ed.D.": a degree after the signer's name
            if index == 0 and person_name(segment) and not signer and not names_domain(segment, labels):
                continue  # a lone name where a signer would stand, that people.py did not accept
            if unclosed and _a_first_name(segment) and not names_domain(segment, labels):
                continue
            if _a_person_above_a_title(segment, lines, index, labels):
                continue
            if beside_title:
                votes.add(segment, 1.5, "signature-title")
            else:
                votes.add(segment, 3, "signature")


def _firm_before_its_address(line: str, signer: str) -> str:
    """The firm a contact line opens with, before its address or number: "Menuiserie Masson – 49300
    Cholet", "Harrowgate Supermarkets plc | Registered office: ... No. 0412", "© 2026 Meridian Vale
    Pharmaceuticals, Inc. All rights reserved."; "" when the line opens with a person, a title, a
    street or a number ("Jane Pike | +44 ...", "Calle Mayor 5 · 28001 Madrid"), or with a label and
    its value ("Handelsregister: Amtsgericht Paderborn", "Sitz der Gesellschaft: Lippstadt")."""
    # Blanks collapsed first: the checks below are slow on a long run of them (hostile input).
    line = " ".join(line.split())
    copyright = _COPYRIGHT.match(line)
    if copyright:
        first = re.split(r"\.\s+(?=[A-ZÀ-Þ])", line[copyright.end():])[0]
    else:
        first = PARTS_OF_A_LINE.split(line, maxsplit=1)[0] if _LINE_SEPARATOR.search(line) else ""
    first = first.strip(" .")
    if (len(first) > _A_FIRMS_NAME_AT_MOST or ":" in first or not first[:1].isupper() or re.search(r"\d", first)
            or CONTACT_LINE.search(first)
            or _is_signer(first, signer) or _is_title(first) or _is_person_title(first)
            or (person_name(first) and not names_organisation(first))):
        return ""
    return first


_A_FIRMS_NAME_AT_MOST = 80  # characters: a longer first part is a sentence, no firm's name
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*", re.IGNORECASE)
# What separates a signature line's parts ("Acme Ltd | 12 High Street · York"); a comma too, but a
# comma alone does not make a line of parts ("Jane Pike, Recruiter").
_SEPARATOR = r"\s+[-–—|·•]\s+|\s*[|·•]\s*"
_LINE_SEPARATOR = re.compile(_SEPARATOR)
PARTS_OF_A_LINE = re.compile(rf"{_SEPARATOR}|,\s+")


# A registered name, with its legal form, then the short name it goes by in quotes and brackets. The
# name opens the line or one of its parts (a match may not start at any capital: slow on a long word).
_DEFINES_ITS_SHORT_NAME = re.compile(
    r"(?:^|(?<=[|·•–—]\s)|(?<=[.:;]\s))[ \t]*(?P<c>[A-ZÀ-Þ][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,6}?)"
    r"[ \t]*\([ \t]*[\"“'‘](?P<short>[^\"”'’)]{1,60})")


def registered_names(line: str) -> list[str]:
    """The registered names a line defines a short name for ("Grangewood Banking Group plc
    ("Grangewood Bank")"): with its legal form, each word a name's (not "Sent on behalf of Marlow
    Estates Ltd"), the short name capitalised and no generic word ("the Company", "Company")."""
    return [m.group("c") for m in _DEFINES_ITS_SHORT_NAME.finditer(line)
            if LEGAL_FORMS_AT_END.search(m.group("c")) and m.group("short")[:1].isupper()
            and fold(m.group("short").strip()) not in GENERIC_ORGS
            and all(w[:1].isupper() or w[:1].isdigit() or fold(w) in NAME_CONNECTORS
                    for w in without_legal_form(m.group("c")).split())]


def _display_votes(votes: Votes, display: str, address: str, signer: str, weight: float) -> None:
    for part in _DISPLAY_PARTS.split(_VIA.sub("", display or "")):
        if part and not looks_personal(part, address) and not _is_signer(part, signer):
            votes.add(part, weight, "display")


def _subject_votes(votes: Votes, subject: str) -> None:
    subject = topic(subject)
    for pattern in phrases.SUBJECT:
        votes.add_matches(pattern, subject, 3, "subject")
    votes.add_matches(phrases.SUBJECT_TAIL, subject, 2, "subject")
    segments = phrases.SUBJECT_SEPARATOR.split(subject)
    if len(segments) > 1:
        votes.add(segments[0], 1, "subject")


def names_domain(name: str, labels: list[str]) -> bool:
    """Whether a name spells one of the employer's domains from its first word on ("Stadtsparkasse
    Ried" for stadtsparkasse-ried.de): a signature that is the company, not a person. "Max Lindner"
    at lindner-recruiting.de is a person: his first name is not in the domain."""
    first = key(name.split()[0]) if name.split() else ""
    return bool(first) and any(first in label and matches_label(name, label) for label in labels)


_OPENING_CONNECTORS = NAME_CONNECTORS | {"für"}  # compared lower-cased, not folded: this runs for every word


# A number joined to a word by a dash or an underscore: the word heads a reference ("BAVI-2026-071").
_A_REFERENCE_NUMBER = re.compile(r"[-_‐–]\d")


def label_mentions(label: str, text: str) -> list[str]:
    """Places where the text spells a domain's name: "sprout-and-stone" -> "Sprout & Stone"."""
    found = []
    tokens = list(_WORDS.finditer(text))
    head = label[:1]
    for i in range(len(tokens)):
        opening = tokens[i].group()[:1].lower()
        if opening.isascii() and opening != head:
            continue  # most words: they cannot open the label (keys fold accents, so those are tried)
        if tokens[i].group().lower() in _OPENING_CONNECTORS:
            continue  # a name does not open with "de"
        joined = ""
        for j in range(i, min(i + 5, len(tokens))):
            if j > i and "\n" in text[tokens[j - 1].end():tokens[j].start()]:
                break  # "Jakob Riedl" over "Zimmerei Riedl": a name is written on one line
            # The longest key that continues the label: "Université" as "univ", "de" as nothing.
            joined += max((k for k in token_keys(tokens[j].group()) if label.startswith(joined + k)),
                          key=len, default="#")  # "#": no key continues it, so the loop ends below
            if joined == label:
                start, end = tokens[i].start(), tokens[j].end()
                # "www.openhandsintl.org", "QLD/DCI/2291/25", "BAVI-2026-071", "jobs@acme.com": part
                # of an address, a link or a reference code, not the name as people write it.
                before, after = text[start - 1:start], text[end:end + 2]
                if not (before in {".", "@", "/", "\\"} or after[:1] in {"/", "@", "\\"}
                        or (after[:1] == "." and after[1:2].isalnum()) or _A_REFERENCE_NUMBER.match(after)):
                    found.append(text[start:end])
                break
            if not label.startswith(joined):
                break
    return found


def choose_company(layout: Layout, subject: str, senders: list[tuple[str, str]], text_addresses: list[str],
                   signer: str, not_these: set[str]) -> Choice:
    """The employer's name and the clues behind it (see facts.company_confidence)."""
    found = company_candidates(layout, subject, senders, text_addresses, signer, not_these)
    return rules_winner(found, [address for _, address in senders] + text_addresses)


def rules_winner(found: list[Choice], addresses: list[str]) -> Choice:
    """The first of the candidates; with none, an empty choice that knows whether the employer's
    domain was seen among `addresses`."""
    return found[0] if found else Choice(domain_known=bool(company_domains(addresses)))


# The model weighs this many of the best-supported names: further down they are noise.
MAX_CANDIDATES = 6


def company_candidates(layout: Layout, subject: str, senders: list[tuple[str, str]], text_addresses: list[str],
                       signer: str, not_these: set[str], whole_text: str = "",
                       set_aside: set[str] | None = None) -> list[Choice]:
    """Every name the clues found for the employer, the rules' winner first. `whole_text`: the
    mail's own words with their footer, which the layout leaves out ("This email was sent via X").
    `set_aside` gets the keys of the names found and then set aside (a carrier, a group): no
    employer, and no part of the role either."""
    everything = "\n".join([subject, layout.body, *layout.signature, *(d for d, _ in senders)])
    own_labels = company_domains([address for _, address in senders] + text_addresses, everything)
    # "sent via Oleeo": never the employer; "sent by Acme Ltd" from Acme is its own footer.
    carried = company_scope.carriers(f"{everything}\n{whole_text}", (*own_labels, *(d for d, _ in senders)),
                                     "\n".join([subject, layout.body, *layout.signature, whole_text]))
    labels = [label for label in own_labels if label not in carried]
    votes = Votes(not_these | carried, Sender(language.detect(f"{subject}\n{layout.body}"),
                                              tuple(d for d, _ in senders), tuple(labels)),
                  lambda name: company_scope.applied_to_itself(name, everything))
    _signature_votes(votes, layout, signer, labels)
    acronyms = acronym_labels([address for _, address in senders] + text_addresses)

    def project(name: str) -> bool:
        # "l'équipe IRIS", "the BXT team": a research group or a project, unless the domain says
        # these are the employer's own initials.
        return (name.isupper() and len(name) <= 6 and name.lower() not in acronyms
                and not any(matches_label(name, label) for label in labels))

    for pattern in phrases.TEAM[:3] + phrases.TEAM[4:]:
        votes.add_matches(pattern, layout.body, 3, "team", weak=project)
    for pattern in phrases.ANCHORED:
        votes.add_matches(pattern, layout.body, 3, "anchored")
    # A form's employer field, when the form gives one employer: two (a list of jobs) say none of them is.
    # Every field has its colon: most mails have none, and finding the recommendations is slow.
    fields = phrases.employer_field_text(layout.body) if ":" in layout.body else ""
    # The first kind of field the form has decides: an authority's field only where no employer's stands.
    for field in phrases.FIELDS if fields else ():
        if named := {key(m.group("c")) for m in phrases.cued_matches(field, fields)}:
            if len(named) == 1:
                votes.add_matches(field, fields, 3, "anchored")
            break
    # An agency's client: none when the mail names two ("Pemberton Foods has decided ... our client
    # Harlow Logistics has a similar opening"), which said no is then a guess.
    # Each client phrase with the names it sets apart: read once here, for the count and the votes.
    client_phrases = [(pattern, _a_person if pattern in phrases.CLIENT_OR_PERSON else None)
                      for pattern in phrases.CLIENT] + [(pattern, _no_sure_name) for pattern in phrases.CLIENT_IF_SURE]
    # A slow phrase is tried only on the lines holding the word it cannot match without (phrases.CUE_WORDS).
    found_by = [(skip, list(phrases.cued_matches(pattern, layout.body))) for pattern, skip in client_phrases]
    if len(_client_names([(skip, m) for skip, matches in found_by for m in matches])) <= 1:
        # The matches found for the count are the votes: no phrase is tried on the body again.
        for skip, matches in found_by:
            votes.add_found(matches, layout.body, 3, "anchored", skip=skip)
    votes.add_matches(phrases.LOOSE, layout.body, 1, "loose")
    _subject_votes(votes, subject)
    for weight, (display, address) in zip((2, 1, 1), senders):
        _display_votes(votes, display, address, signer, weight)
    for label in labels:
        for mention in label_mentions(label, everything):
            votes.add(mention, 2, "domain")
    if not votes.weights and labels:
        # Last resort: the domain itself, "jobs.transportes-olmedo.es" -> "Transportes Olmedo".
        for addr in [address for _, address in senders] + text_addresses:
            words = label_words(domain_label(addr.rpartition("@")[2]))
            if "".join(words) == labels[0]:
                votes.add(" ".join(w.capitalize() for w in words), 0.5, "domain-only")
                break
    # "BIDR" from bidr.example, the mail spelling it out once ("Banco Interamericano de Desarrollo Regional
    # (BIDR)"): the name in full is written where the mail defines it, and a reply states it so.
    for short, full in phrases.spelled_out(layout.body).items():
        if any(key(name) == short for name in votes.weights):
            votes.add(full, 1, "anchored")
    voted = desks_yield(without_umbrellas(votes.candidates(labels, acronyms), everything), everything)
    voted = without_shrunk_places(voted, everything)
    found = _in_full(one_family(company_scope.group_or_unit(voted, everything), everything))
    found = _written_out_in_the_text(found, f"{layout.body}\n{whole_text}")
    if set_aside is not None:
        set_aside |= carried | {key(name) for name in company_scope.set_aside(voted, found)} - {""}
    return [dataclasses.replace(choice, name=without_place(choice.name, everything)) for choice in found[:MAX_CANDIDATES]]


_WRITTEN = frozenset({"signature", "anchored", "team", "signature-title"})  # places the mail writes a name in


def _in_full(found: list[Choice]) -> list[Choice]:
    """The name the mail writes in full instead of its short form from the sender's display name
    or domain: "Cooperativa Financiera del Valle" for "Coopvalle", "Bezirkshauptmannschaft
    Graz-Umgebung" for "BH Graz-Umgebung". The short form is left out: it is how the sender's
    address shortens the name, not how a reply names it."""
    if len(found) < 2 or found[0].sources & _WRITTEN:
        return found
    short = found[0]
    for choice in found[1:]:
        if choice.sources & _WRITTEN and _shortens(short.name, choice.name):
            return [dataclasses.replace(choice, rank=0)] + [
                dataclasses.replace(c, rank=i + 1) for i, c in enumerate(found[1:]) if c is not choice]
    return found


def _written_out_in_the_text(found: list[Choice], text: str) -> list[Choice]:
    """The winner a sender's domain or display name gives in a short form ("Uniklinik Lahnau"), while
    the mail writes the name in full on a line of its own no clue reads ("Universitätsklinikum Lahnau"
    under a signature its layout missed; in a sentence, a name so built is as often another body of the
    town's): the name in full, as _in_full does for a name a clue found. The full name ends with the short one's last word and contracts its first ones (not "Acme Lahnau" for
    "Acme Holding Lahnau", nor a longer name of other words); "Uniklinik Lahnau" alone stays."""
    if not found or found[0].sources & _WRITTEN:
        return found
    short = found[0]
    words = short.name.split()
    if len(words) < 2:
        return found
    contracted = {fold(w) for w in words[:-1]}
    for run in phrases.NAME_RUN.finditer(text):
        if not _a_line_of_its_own(run, text):
            continue  # the Uni Lahnau's "Stellen beim Universitätsklinikum Lahnau": another body of the town
        full = run.group().split()
        # Each first word of the short form contracted, none written as it stands ("Ruta Sur" is no
        # contraction of "RH Transportes Ruta Sur", a longer name that holds it whole).
        if (len(full) >= len(words) and fold(full[-1]) == fold(words[-1]) and not contracted & {fold(w) for w in full}
                and _shortens(" ".join(words[:-1]), " ".join(full[:-1])) and clean(run.group()) == run.group()):
            return [dataclasses.replace(short, name=run.group())] + found[1:]
    return found


def _a_line_of_its_own(run: re.Match[str], text: str) -> bool:
    """The name run is the whole of its line, as a signature writes its organisation's name."""
    start = text.rfind("\n", 0, run.start()) + 1
    end = text.find("\n", run.end())
    return text[start:end if end >= 0 else len(text)].strip(" \t.,") == run.group()


def _shortens(short: str, full: str) -> bool:
    """Each letter of the short form in order in the full one, from the same first letter, and the
    short one shorter by a word's worth: "Coopvalle" of "Cooperativa Financiera del Valle", "BH
    Graz-Umgebung" of "Bezirkshauptmannschaft Graz-Umgebung"."""
    a, b = key(short), key(full)
    if not a or not b or a[0] != b[0] or len(a) + 4 > len(b):
        return False
    letters = iter(b)
    return all(ch in letters for ch in a)


def _a_person(name: str) -> bool:
    """A name after "feedback from" that reads as a person's ("Sarah Jones", "Julien Marchal"): with no
    list of given names, any two or three name words with no organisation's word or legal form."""
    cleaned = clean(name)
    return bool(person_name(cleaned)) and not names_organisation(cleaned) and not LEGAL_FORMS_AT_END.search(name)


def _no_sure_name(name: str) -> bool:
    """What a loose client phrase gives is surely an organisation's name only with a legal form or a
    kind of organisation's word and a word of its own: "Dumont & Cie", "Laboratoires Dubreuil";
    not "Scottish", "Automobilzulieferer", "Versicherungsgruppe", "James Holt", "Deliveroo Plus"."""
    cleaned = clean(name)
    sure = (LEGAL_FORMS_AT_END.search(name) is not None or names_organisation(cleaned)) and any(
        own_word(w) for w in cleaned.split())
    return not sure


def _client_names(found: Sequence[tuple[Callable[[str], bool] | None, re.Match[str]]]) -> set[str]:
    """The different clients an agency's mail names (`found`: each client phrase's match in the body,
    with what sets a name apart), as keys: "Nordfracht" and "Nordfracht GmbH" are one."""
    names = {key(clean(m.group("c"))) for skip, m in found if not (skip is not None and skip(m.group("c")))}
    names.discard("")
    return {n for n in names if not any(o != n and n.startswith(o) for o in names)}


def without_shrunk_places(found: list[Choice], text: str) -> list[Choice]:
    """The names but a town alone that another name ends with after its "de" ("Valbourg" of valbourg.example
    beside "Mairie de Valbourg", "Lozère" beside "Conseil départemental de la Lozère"): the public body
    shrunk to its place, which names no employer. A town the mail's address writes after a postcode or
    the tables know; a firm called as its town ("Lozère Habitat") is more than the town and stays."""
    towns = {fold(found.group("town")) for found in _POSTAL_TOWN.finditer(text)}
    names = [fold(c.name).split() for c in found]

    def shrunk(place: list[str]) -> bool:
        return (len(place) == 1 and (place[0] in towns or is_place(place[0]))
                and any(len(other) > 2 and other[-1] == place[0] and other[-2] in NAME_CONNECTORS for other in names))

    kept = [c for c, words in zip(found, names) if not shrunk(words)]
    return Votes.compared(kept) if len(kept) < len(found) else found


def without_place(name: str, text: str) -> str:
    """ "Hotel Seeblick Brunnen" -> "Hotel Seeblick" when the mail's address says "6440 Brunnen";
    "Bundesamt für Raumentwicklung und Verkehr BRV" -> without its own initials. The name people
    say; at least two words stay ("Stadtwerke München" is the name itself), and a town after "de" is
    the name's own ("CPAS de Montfleury", "Banque Ardennaise de Luxembourg": never "CPAS de")."""
    words = name.split()
    if len(words) < 3 or fold(words[-2]) in NAME_CONNECTORS:
        return name
    last = words[-1]
    towns = {found.group("town") for found in _POSTAL_TOWN.finditer(text)}
    if last in towns or (last.isupper() and len(last) >= 2 and last.lower() == initials(words[:-1], folded=False)):
        return " ".join(words[:-1]).rstrip(" ,-–")
    return name


def without_umbrellas(voted: list[Choice], text: str) -> list[Choice]:
    """The names once an umbrella over the body that wrote is set aside: "Public Service of Canada" for
    its department, "Cabinet du Recteur" for its university. The names left from the sender's display
    name, its domain, the subject or a signature that repeats them ("Westland Government Jobs", "GC Jobs",
    "Empleo Público", "Ihr Stellenportal") are the umbrella's mailbox, no employer either: only a name a
    phrase gives as the employer or a body's name ("Université de Valmont") stays. A
    name is only an umbrella beside a body the mail names (another name, "Department of ...", a
    university): alone, written by the sender from its own domain, it is the sender's own name
    ("Public Service of New Hampshire" from psnh)."""
    umbrellas = [c for c in voted if an_umbrella(c.name)]
    if not umbrellas:
        return voted
    # Beside a body: another name a strong clue writes, a body's word in the mail, or a second umbrella
    # ("Public Service of Canada" from "Government of Canada Jobs": the public service's own mailbox).
    beside_a_body = (len(umbrellas) > 1 or _names_a_body(text)
                     or any(c not in umbrellas and c.sources & STRONG_CLUES for c in voted))
    umbrellas = [c for c in umbrellas if beside_a_body or not (c.agrees_with_domain and c.sources & STRONG_CLUES)]
    if not umbrellas:
        return voted
    return Votes.compared([c for c in voted if c not in umbrellas and (c.sources & _IN_A_SENTENCE
                                                                       or _names_a_body(c.name))])


def _names_a_body(name: str) -> bool:
    return bool({fold(w) for w in re.findall(r"\w+", name)} & _BODY_WORDS)


# The clues of a name a phrase gives as the employer ("interest in X", "the X team"); "at X" anywhere
# ("EN EVALUACIÓN", "at Service Canada" cut to "Canada") is too loose beside an umbrella's mailbox.
_IN_A_SENTENCE = frozenset({"anchored", "team"})
# Words of a body an umbrella stands over: a department, a ministry, a university, a Bundesamt.
_BODY_WORDS = frozenset(PUBLIC_BODIES | GENERIC_ORGS | {fold(w) for w in tables.all_words("umbrella_bodies")})
