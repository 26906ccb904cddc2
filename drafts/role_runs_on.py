"""The role stated only when it is the whole title. A title cut short ("Associate" of "Associate –
Supply Chain Analytics", "Werkstudent/in" of "Werkstudent/in im Energiehandel") or with the
company added ("Chief Executive of Highland Hospice Trust") is a wrong fact in a reply; no role
is better than a wrong one.
"""

from __future__ import annotations

import re

from onward.drafts import tables
from onward.drafts.company import is_place, names_organisation
from onward.drafts.company import keys as company_keys
from onward.drafts.lexicon import JOB_WORDS, ROLE_NOUNS, fold
from onward.drafts.role_comma import LOWER_CASE_FIELDS, GENDER_PAIR, field_word
from onward.drafts.role_qualifiers import YEAR_AFTER, TERMS, says_terms, without_qualifiers
from onward.drafts.role_subject import subject_segments
from onward.drafts.role_title import (MARKED_ENDING, ARTICLES, CONJUNCTIONS, GENERIC, GREETINGS, OPENERS, STOP,
                                      SUBJECT_FILLER, TITLE_CONNECTORS, job_word, looks_like_role, whole_word_ends,
                                      only_job_words)

# A gender marker the mail writes between the title and what carries it on: "Auditeur Senior (m/f)
# – Asset Management".
_MARKER_AFTER = rf"(?:[ \t]*\({GENDER_PAIR}\)|[ \t]+(?i:[mwdfhx]/[mwdfhx](?:/[mwdfhx])?)\b)?"
_GENDER_PAIR = re.compile(GENDER_PAIR)
# "Associate – Supply Chain Analytics", "Actuario Senior – Pricing No Vida": a dash, then words
# written with capitals (and the small words between them): the title's field, or the company, a
# town, a reference or the mail's own words ("– Application Update"), which _field_words tells apart.
_DASH_THEN_WORDS = re.compile(_MARKER_AFTER + r"[ \t]+[-–—][ \t]+(?P<w>[A-ZÀ-Þ][\w&'’/-]*"
                              r"(?:[ \t]+(?:(?:de|del|of|and|&|y|et|und|für)[ \t]+)?[A-ZÀ-Þ][\w&'’/-]*){0,4})"
                              r"(?![\w&'’/-])")
# "Mitarbeiterin im Bürgerbüro", "Conseillère à la clientèle privée", "Enfermero/a de residencia":
# a connector that carries a title on into its field, and the word after it. "en nuestra
# residencia", "im Team", "in our team" go on into the sentence instead. A German field's noun may
# come after an adjective: "Pflegefachkraft (m/w/d) für die ambulante Versorgung".
_QUALIFIER = {
    "de": r"(?:im|in der|f[üu]r|f[üu]r den|f[üu]r die)[ \t]+(?:(?P<a>[a-zäöüß]+(?:e|en|er|es))[ \t]+)?"
          r"(?P<w>[A-ZÄÖÜ][\w/-]*)",
    # "en" before a capital is a place or the company: "Recepcionista en Hotel Miramar".
    "fr": r"(?:à la|à l['’]|au|aux|de la|de l['’]|des|du|de|d['’])[ \t]*(?P<w>[^\W\d_][\w'’-]*)"
          r"|en[ \t]+(?P<l>[a-zà-ÿ][\w'’-]*)",
    "es": r"(?:de la|del|de)[ \t]+(?P<w>[^\W\d_][\w-]*)|en[ \t]+(?P<l>[a-zà-ÿ][\w-]*)",
    "en": r"(?:of|for|in)[ \t]+(?P<w>[A-Z][\w&/-]*)",
}
_QUALIFIER_AFTER = {lang: re.compile(_MARKER_AFTER + r"[ \t]+" + pattern) for lang, pattern in _QUALIFIER.items()}
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w&'’-]*(?:[ \t]+[A-ZÀ-Þ][\w&'’-]*){0,3}")
# Nouns after a connector that say where, when or how, not which field: "im Team", "im Rahmen",
# "au sein de", "dans le cadre de"; "in der Abteilung Kunstvermittlung" says where, as "im Team" does.
_NOT_A_FIELD = {"team", "abteilung", "rahmen", "raum", "namen", "auftrag", "haus", "unternehmen", "hause", "moment",
                "vorfeld", "anschluss", "zuge", "bereich", "januar", "februar", "marz", "april", "mai", "juni",
                "juli", "august", "september", "oktober", "november", "dezember", "jahr", "sommer", "herbst",
                "winter", "fruhjahr", "verlauf", "gesprach", "prozess", "auswahlverfahren", "vergleich",
                "sein", "cadre"}
# "im Energiehandel": one noun after "im" names a German title's field; the rest of the line goes on.
_GERMAN_FIELD = re.compile(_MARKER_AFTER + r"[ \t]+im[ \t]+(?P<w>[A-ZÄÖÜ][\w/-]*)(?=[ \t]*(?:$|[\n.,;:!?()]|"
                           r"[ \t](?:der|des|bei|beim|in|an|am|zum|zur|und|ist|war|hat|haben|wurde|"
                           r"[a-zäöüß]+en)\b))",
                           re.MULTILINE)
# After the company's name, the title it was cut from: "Chief Executive of Highland Hospice Trust".
_TAIL = re.compile(r"^(?P<head>.+?)[ \t]+(?:of|at|with|for|in|bei|beim|im|der|de|del|du|en|chez|para|pour)"
                   r"[ \t]+(?P<tail>.+)$")


def without_company_after(role: str, company: str, subject: str,
                          not_these: set[str] | frozenset[str] = frozenset()) -> str:
    """ "Chief Executive of Highland Hospice Trust" -> "Chief Executive": the company after the
    title and a connector is no part of the role. It is the company when it is the rules' company,
    or when the subject writes it apart ("Chief Executive – Highland Hospice Trust: update"), or a
    name the company's rules set aside (`not_these`: "Jefa de Tienda en Grupo Alcor")."""
    found = _TAIL.match(role)
    if not found:
        return role
    tail = found.group("tail")
    # A field the subject writes alone ("Seguimiento candidatura Enoturismo") is no organisation.
    if (company and company_keys(tail) & company_keys(company)) or company_keys(tail) & not_these or (
            (names_organisation(tail) or len(tail.split()) >= 2)
            and any(fold(segment) == fold(tail) for segment in subject_segments(subject))):
        head = found.group("head")
        return head if looks_like_role(head) or only_job_words(head) else ""
    return role


# The first word of a part after a dash that names where the post is, never its field: "– Agence de
# Vannes Centre", "– Filiale Rosenheim Süd", "– Tienda de Majadahonda" (tables' `workplace_words`).
_WORKPLACE = tables.all_words("workplace_words")
# Words of the contract or a reference, by language, never a title's own: one of them makes a dash's
# part no field ("– CDD de remplacement", "– Jornada parcial de mañanas", "– Maternity Cover", "–
# Referenz R-2026-7"). Other terms words may be a field's or a region's ("– Hours of Service Compliance",
# "– Night Shift Lead", "– Zona Levante"): only all of them together are terms (says_terms).
_CONTRACT_OF = {code: tables.words(code, "contract_words") | tables.words(code, "reference_words")
                for code in tables.tables()}


def _holds_terms(folded: list[str], language: str) -> bool:
    return any(w in _CONTRACT_OF.get(language, ()) for w in folded)


def _field_words(words: str, not_these: set[str] | frozenset[str], after: str = "", language: str = "") -> bool:
    """Whether the words after a dash can be the title's field: not the mail's own words, a
    company, a town, a greeting, a reference, the contract, the working time or the place."""
    folded = [fold(w) for w in words.split()]
    # A town among the words ("– Hôtel Azur Lyon Centre") names a workplace or a place, no field; "– H/F"
    # is the title's gender marker.
    return not (says_terms(words, after) or _GENDER_PAIR.fullmatch(words.strip()) is not None
                or any(is_place(w) for w in words.split())
                or any(w in OPENERS or w in STOP or w in GENERIC or w in GREETINGS for w in folded)
                or (folded and folded[0] in _WORKPLACE) or _holds_terms(folded, language)
                or SUBJECT_FILLER.match(words)
                # "– Data Engineer": another title, not a field ("– Commercial Division")
                or is_place(words) or company_keys(words) & not_these or job_word(words.split()[-1])
                # "– Maison départementale des solidarités de Brenne": where the post is, no field. Only
                # a name going on in lower case: "– Seniorenzentrum Am Mühlbach" may be the title's part.
                or (len(folded) > 2 and _goes_on_in_lower_case(words) and names_organisation(words)))


def _is_dash_field(text: str, end: int, found: re.Match, part: tuple[str, int],
                   not_these: set[str] | frozenset[str], language: str) -> bool:
    """Whether the part after the title ending at `end`, its gender marker and a dash is the title's
    field (_field_words). After a marker in capitals ("Juriste (H/F) – Abidjan", the form most French
    and Spanish ads use, with a town, a branch or a reference after it as often as a field), only where
    each of its capitalised words is a field's or a listed job's word ("– Risque Crédit Entreprises"),
    or it goes on in lower-case words as a field does and a town does not ("– Sûreté de fonctionnement
    ferroviaire"): an unknown capitalised word alone may be a town or a name."""
    words = part[0]
    if not _field_words(words, not_these, text[part[1]:part[1] + 8], language):
        return False
    if not any(c.isupper() for c in text[end:found.start("w")]):
        return True
    return _goes_on_in_lower_case(words) or all(
        w[:1].islower() or field_word(fold(w)) or fold(w) in JOB_WORDS for w in words.split())


def _goes_on_in_lower_case(words: str) -> bool:
    """Whether a dash's part holds a lower-case word besides a complement's connector."""
    return any(w[:1].islower() and not _COMPLEMENT_WORD.fullmatch(w) for w in words.split())


# After a dash's capitalised words, a connector of a noun's complement: the field goes on ("– Droit
# des fonds d'investissement", "– Service de réanimation", "– Audit des Institutions Financières").
_COMPLEMENT = r"(?:of the|of|de la|de l['’]|de|des|du|d['’]|del)"
_FIELD_GOES_ON = re.compile(rf"[ \t]+{_COMPLEMENT}[ \t]*[^\W\d_]")
_COMPLEMENT_WORD = re.compile(r"(?:of|the|de|des|du|del|la|[dl]['’][\w-]+)")
# French and Spanish go on in lower case too ("– Maison départementale des solidarités de Brenne").
_LOWER_WORD_NEXT = re.compile(r"[ \t]+(?P<w>[a-zà-ÿ][\w'’-]*)")
# The rest of such a part: words, each maybe after a connector, up to the line's or the sentence's
# end, a comma or a bracket. Anything else after it is the sentence going on.
# A word of it is no verb's elision: "n'a", "qu'il" are the sentence's.
_PART_REST = re.compile(rf"(?:[ \t]+(?:{_COMPLEMENT}[ \t]*)?[^\W\d_][\w-]*(?![\w'’-])){{1,5}}"
                        r"(?=[ \t]*(?:[.,;:!?()\n]|$))")


def _goes_on(body: str, at: int, language: str) -> bool:
    """Whether the part after a dash, whose capitalised words end at `at`, goes on: a connector of a
    complement, or in French and Spanish a lower-case word that is no sentence's ("– Frescos y ...")."""
    if _FIELD_GOES_ON.match(body, at):
        return True
    lower = _LOWER_WORD_NEXT.match(body, at) if language in LOWER_CASE_FIELDS else None
    word = fold(lower.group("w")) if lower else ""
    return bool(word) and not (word in STOP or word in OPENERS or word in ROLE_NOUNS or word in CONJUNCTIONS
                               or word in TITLE_CONNECTORS or word in ARTICLES or len(word) <= 3)


def dash_part(body: str, found: re.Match, language: str) -> tuple[str, int] | None:
    """The whole part after a dash that _DASH_THEN_WORDS found, and where it ends: its capitalised
    words (and a year), or where it goes on, the rest to the line's or the sentence's end, a comma or
    a bracket. None where that end is a guess (a sentence's word on the way): the part is cut."""
    year = YEAR_AFTER.match(body, found.end("w"))  # "Cocinero/a – Temporada 2027"
    taken = year.end() if year else found.end("w")
    if not _goes_on(body, taken, language):
        return body[found.start("w"):taken], taken
    rest = _PART_REST.match(body, taken)
    if not rest or any(fold(w) in STOP or fold(w) in OPENERS for w in re.findall(r"[\w'’-]+", rest.group())
                       if fold(w) not in TITLE_CONNECTORS):
        return None
    return body[found.start("w"):rest.end()], rest.end()


def with_dash_field(role: str, body: str, not_these: set[str] | frozenset[str], language: str = "en") -> str:
    """The role with the field the body writes after it and a dash ("Associate – Supply Chain
    Analytics", "Juriste – Droit des fonds d'investissement"); unchanged when the body writes none or
    a field whose end is a guess (runs_on then leaves no role)."""
    if not role:
        return role
    for end in whole_word_ends(role, body):
        found = _DASH_THEN_WORDS.match(body, end)
        part = dash_part(body, found, language) if found else None
        if not found or not part or not _is_dash_field(body, end, found, part, not_these, language):
            continue
        dash = re.search(r"[-–—]", body[end:found.start("w")])
        return re.sub(r"\s+", " ", f"{role} {dash.group() if dash else '–'} {part[0]}")
    return role


def with_german_field(role: str, body: str, language: str) -> str:
    """ "Werkstudent/in" -> "Werkstudent/in im Energiehandel": a title of job words alone and the
    one noun after "im" where the body writes them so."""
    if language != "de" or not role or not only_job_words(role):
        return role
    for end in whole_word_ends(role, body):
        found = _GERMAN_FIELD.match(body, end)
        if found and fold(found.group("w")) not in _NOT_A_FIELD:
            return f"{role} im {found.group('w')}"
    return role


def runs_on(role: str, texts: tuple[str, ...], language: str, not_these: set[str] | frozenset[str]) -> bool:
    """Whether one of the texts (the body first, then the subject) writes more of the title after
    the role: in the body a dash and its field, or a dash and a second title ("Cajero/a – Auxiliar
    de piso de venta"); in French and Spanish a dash and a field in lower case ("Ingénieure
    électricienne – projets solaires") or, for a title of job words alone, a comma and one
    ("Dependiente/a, perfumería y cosmética"); in either text, for a title of job and rank words
    alone, a connector and its field ("Conseillère à la clientèle privée", "Enfermero/a de
    residencia"). Such a role is a head cut from its title."""
    qualifier = _QUALIFIER_AFTER.get(language, _QUALIFIER_AFTER["en"])
    job_words_only = only_job_words(role)
    for text in texts:
        for end in whole_word_ends(role, text):
            # A subject's dash parts its segments ("Cashier - Eastgate", "UI/UX Designer - Portfolio").
            dash = _DASH_THEN_WORDS.match(text, end) if text is texts[0] else None
            part = dash_part(text, dash, language) if dash else None
            if dash and part and _after_its_field(role, part[0], not_these):
                continue
            # A part whose end is a guess is a field cut short: the role is its head.
            if dash and (part is None or _is_dash_field(text, end, dash, part, not_these, language)
                         or _second_title(dash.group("w"), not_these)):
                return True
            if text is texts[0] and language in LOWER_CASE_FIELDS and _lower_case_field_after(
                    text, end, job_words_only):
                return True
            found = qualifier.match(text, end) if job_words_only else None
            if found:
                written = found.group("w") or found.group("l")
                word = fold(written)
                # "Chief Executive of Highland Hospice Trust": the organisation, not a field.
                named = _CAPITALISED_RUN.match(text, found.start("w") if found.group("w") else found.start("l"))
                organisation = named is not None and len(named.group().split()) >= 2 and (
                    names_organisation(named.group()) or bool(company_keys(named.group()) & not_these))
                # "für unseren Betrieb": a determiner (tables' `determiners`), no adjective of a field;
                # "für die neue Filiale": the workplace (tables' `workplace_words`), no field.
                adjective = fold(found.groupdict().get("a") or "")
                if not (word in STOP or word in ARTICLES or adjective in tables.words(language, "determiners")
                        or word in OPENERS or word in GENERIC or organisation or word in _NOT_A_FIELD
                        or word in tables.words(language, "workplace_words") or is_place(written)
                        or company_keys(written) & not_these):
                    return True
    return False


# A spaced dash inside a role: the title and the field with_dash_field took after it.
_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")


def _after_its_field(role: str, words: str, not_these: set[str] | frozenset[str]) -> bool:
    """Whether the words after a second dash, behind a title and its field ("Coordinador(a) de Proyecto
    – Seguridad Alimentaria – Huehuetenango"), are one word and no title of their own: a field has
    its dash already, so one word more names where or when (a town, a region, a site), never the title."""
    return bool(_SPACED_DASH.search(role)) and len(words.split()) == 1 and not _second_title(words, not_these)


def _second_title(words: str, not_these: set[str] | frozenset[str]) -> bool:
    """Whether the words after a dash are a title of their own ("– Auxiliar de piso de venta"), not
    the mail's words, a company or a place: the role is one part of a title the mail writes in two."""
    folded = [fold(w) for w in words.split()]
    # Listed job words only: an ending alone ("Zona Oriente") names no job for sure.
    listed = [fold(MARKED_ENDING.sub("", w)) in JOB_WORDS for w in words.split()]
    return (listed[0] or listed[-1]) and not (
        says_terms(words, "") or any(w in OPENERS or w in STOP or w in GENERIC or w in GREETINGS for w in folded)
        or SUBJECT_FILLER.match(words) or is_place(words) or company_keys(words) & not_these
        or names_organisation(words))


# French and Spanish write a title's field in lower case after a dash ("Ingénieure électricienne –
# projets solaires") or, after job words alone, a comma ("Dependiente/a, perfumería y cosmética"):
# role_comma's LOWER_CASE_FIELDS.
_DASH_THEN_LOWER = re.compile(_MARKER_AFTER + r"[ \t]+[-–—][ \t]+(?P<w>[a-zà-ÿ][\w'’-]*)")
# The lower-case words after the dash, to the sentence's end or a capitalised word.
_LOWER_CASE_RUN = re.compile(r"[a-zà-ÿ][\w'’-]*(?:[ \t]+[a-zà-ÿ][\w'’-]*)*")
_COMMA_THEN_LOWER = re.compile(_MARKER_AFTER + r"[ \t]*,[ \t]*(?P<w>[a-zà-ÿ][\w'’-]*)")


def _lower_case_field_after(text: str, end: int, job_words_only: bool) -> bool:
    """Whether, after a title of job words alone, a dash and a lower-case field of the job
    ("– projets solaires", "– instalaciones térmicas": a listed field word among its first words, no
    sentence's, term's or place's word first), or a comma and a field's word, follow the role at
    `end`. A store, a season, a shift, a replacement or the next sentence after the dash ("– magasin
    de Lille", "– saison estivale", "– horario de tarde", "– hélas, nous ...") is none: the title
    before the dash stands. A title that says more ("Secrétaire médicale – service de cardiologie")
    is one in its own right."""
    if not job_words_only:
        return False
    dash = _DASH_THEN_LOWER.match(text, end)
    if dash:
        word = fold(dash.group("w"))
        run = _LOWER_CASE_RUN.match(text, dash.start("w"))
        words = [fold(w) for w in run.group().split()][:3] if run else [word]
        if not (word in OPENERS or word in STOP or word in ARTICLES or word in GENERIC or word in TERMS
                or is_place(word)) and any(field_word(w) for w in words):
            return True
    comma = _COMMA_THEN_LOWER.match(text, end)
    return comma is not None and field_word(fold(comma.group("w")))


# "assistante comptable de 3 mois": how long the job lasts, not the title.
_DURATION = re.compile(r"[ \t]+(?:de|d['’]|of)[ \t]+\d+[ \t]+(?:mois|semaines|ans|jours|meses|semanas|años|días|"
                       r"months|weeks)$", re.IGNORECASE)
# "die Ausschreibung BAVI-2026-071": a reference number's letters.
_REFERENCE_AFTER = re.compile(r"[-/]?\d")


def names_something_else(role: str, body: str, company: str) -> bool:
    """Whether a role with no job word is a part of the company's name ("the Pemberton job" at
    Pemberton & Ashby) or the letters of a reference number ("BAVI-2026-071")."""
    if looks_like_role(role):
        return False
    words = set(fold(role).split())
    if company and words <= set(fold(company).replace("&", " ").split()):
        return True
    ends = whole_word_ends(role, body)
    return bool(ends) and all(_REFERENCE_AFTER.match(body, end) for end in ends)


def whole_title(role: str, body: str, subject: str, language: str, company: str,
                not_these: set[str] | frozenset[str]) -> str:
    """The role when it is the whole title as the mail writes it: completed with the field the
    body writes after it, without the company after it; "" when the mail writes more of it than
    can be taken."""
    role = without_qualifiers(_DURATION.sub("", without_company_after(role, company, subject, not_these)), body)
    if role and names_something_else(role, body, company):
        return ""
    not_these = not_these | company_keys(company)
    role = with_german_field(with_dash_field(role, body, not_these, language), body, language)
    if role and runs_on(role, (body, subject), language, not_these):
        return ""
    return role


def one_of_two_joined_titles(role: str, subject: str, body: str, not_these: set[str] | frozenset[str]) -> bool:
    """Whether the subject writes the role, a dash and a second title the body writes too
    ("Directeur(trice) de crèche – Infirmier(ère) puériculteur(trice)"): the post is named by the two
    together, and the role alone is half of it. A subject's dash before anything else parts its
    segments ("Cashier – Eastgate", "Data Analyst – Application update")."""
    for end in whole_word_ends(role, subject) if role else ():
        dash = _DASH_THEN_WORDS.match(subject, end)
        if dash and _second_title(dash.group("w"), not_these) and whole_word_ends(dash.group("w"), body):
            return True
    return False
