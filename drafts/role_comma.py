"""A title and the specialism the mail writes after a comma: "Senior Manager, Public Sector
Advisory", "Senior Associate, Employment". The role is the whole of it, or none when what follows
the comma cannot be told apart; never the part before the comma alone, which is often only a rank
and a job word ("Senior Manager"). A comma that starts a town, a date, a reference, the employer,
a person or the sentence's next clause is no part of the title.
"""

from __future__ import annotations

import re

from onward.drafts import tables
from onward.drafts.company import is_place, names_organisation
from onward.drafts.company import keys as company_keys
from onward.drafts.lexicon import DEPARTMENT_WORDS, NAME_PREFIXES, NOT_COMPANIES, fold
from onward.drafts.role_qualifiers import says_terms
from onward.drafts.role_title import (ARTICLES, GENERIC, GREETINGS, OPENERS, STOP, SUBJECT_FILLER, job_word,
                                      only_job_words, whole_word_ends)

# "(m/w/d)", "(w/m/d)" after a title (drafts/role_cut_short.py reads past it too).
# Its letters, in either case ("m/w/d", "H/F"): also what a dash's part that is only the marker holds.
GENDER_PAIR = r"(?i:[mwdfhx](?:\s*/\s*[mwdfhx]){1,3})"
GENDER_MARKER = rf"(?:[ \t]*\({GENDER_PAIR}\))?"
_WORD = r"[A-ZÀ-Þ][\w&'’/-]*"
_JOIN = r"(?:&|and|of|for|in|und|für|im|de|del|des|du|et|y|en)"
_JOIN_WORD = re.compile(_JOIN)  # compiled once: asked of every word of a field
# The capitalised words after the comma, with the small words between them; at most six words.
_AFTER_COMMA = re.compile(GENDER_MARKER + rf"[ \t]*,[ \t]*(?P<w>{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,5}})"
                          r"(?![\w&'’/-])")
# What may follow the specialism in running text: the title's noun or the sentence's next words in
# lower case, a bracket, a comma, a dash or the line's end; "..., Sarah." closes a sentence (unless
# every word names a field: "als Referent (m/w/d), Steuern.").
_GOES_ON = re.compile(r"[ \t]*(?:$|\n|[(,;:|<]|[-–—][ \t]|[a-zà-ÿ])", re.MULTILINE)
# Languages that go on with a field's words in lower case ("Droit social", "Recursos humanos"):
# the tables' `lower_case_fields` (French, Spanish).
LOWER_CASE_FIELDS = frozenset(code for code, table in tables.tables().items() if table.get("lower_case_fields"))
_RUNS_ON_LOWER = re.compile(r"[ \t]+[a-zà-ÿ]")
# Words no specialism holds. Where or under which terms and reference the job is offered is told by
# the whole part (role_qualifiers.says_terms): "Night Operations" and "Contract Services" are fields.
_NOT_SPECIALISM = DEPARTMENT_WORDS | NOT_COMPANIES | STOP | OPENERS | GREETINGS | GENERIC | ARTICLES
_FIELD_WORDS = 5


def _specialism(words: str, not_these: set[str] | frozenset[str]) -> bool | None:
    """True when the words after a comma are a title's specialism, False when they are something
    else (a place, the employer, a reference, a person's honorific, another title), None when they
    may name a workplace or are too long to tell."""
    folded = [fold(w) for w in words.split()]
    if (any(w in _NOT_SPECIALISM or is_place(w) for w in folded) or is_place(words) or says_terms(words, "")
            or company_keys(words) & not_these
            or any(company_keys(w) & not_these for w in words.split())
            or NAME_PREFIXES.match(words + " ") or SUBJECT_FILLER.match(words)
            or any(c.isdigit() for c in words)):
        return False
    if job_word(words.split()[-1]):
        return False  # "Analyst, Data Engineer": a list of titles, not one
    # "Hotel Alpenhof Zermatt", "Oakfield School" name a workplace; "Risk Consulting" a practice. A part
    # of field words alone is a field, whatever organisation's name could end so ("Tax Technology").
    if _only_field_words(words):
        return True
    if names_organisation(words) or len([w for w in folded if not _JOIN_WORD.fullmatch(w)]) >= _FIELD_WORDS:
        return None
    # "Lead Data Engineer, Pune": a town no table knows reads like any other name; a field has a
    # field's word ("Payments", "Public Sector Advisory", "Personalentwicklung").
    return True if any(field_word(w) for w in folded) else None


# Fields of work, in any language (drafts/languages/*.toml `field_words`): "Payments", "Employment",
# "Personalentwicklung". A noun's ending alone says nothing: Woking, Kettering, Concepción, Soledad
# and Constance end like "Forecasting", "Compliance" or "Sociedad".
_FIELDS = tables.all_words("field_words") | DEPARTMENT_WORDS
# German writes a field into one word ("Personalentwicklung", "Vertriebssteuerung"): a long enough
# listed word at its end says the same.
_COMPOUND_TAILS = frozenset(w for w in tables.words("de", "field_words") if len(w) >= 6)


def _only_field_words(words: str) -> bool:
    """Whether every word but the small ones names a field ("Steuern", "Risk & Compliance")."""
    return all(field_word(fold(w)) for w in words.split() if not _JOIN_WORD.fullmatch(fold(w)))


def field_word(folded: str) -> bool:
    """Whether a folded word names a field of work (a listed one, or a German compound ending in one)."""
    return folded in _FIELDS or any(folded.endswith(tail) and len(folded) > len(tail) for tail in _COMPOUND_TAILS)


def whole_at_comma(role: str, subject: str, body: str, language: str,
                   not_these: set[str] | frozenset[str]) -> str:
    """The role with the specialism the subject (or, in English and German, the body) writes
    after it and a comma; the role unchanged where no comma carries it on; "" where a comma is
    followed by capitalised words that cannot be told apart from a specialism and the role is
    only a rank and a job word ("Manager, Financial Services Risk Consulting")."""
    if not role or len(body) > 20_000:
        return role
    head, comma, after = (part.strip() for part in role.partition(","))
    if comma and after[:1].isupper():
        # "the Paralegal, Bristol role": a phrase caught what the comma adds with the title. A town,
        # the employer or a reference is no part of it; a name that may be a town ("Woking") leaves
        # job words alone no title, as below.
        verdict = _specialism(after, not_these)
        if verdict is False:
            role = head
        elif verdict is None and only_job_words(head):
            return ""
    texts = (subject, body) if language in {"en", "de"} else (subject,)
    for text in texts:
        for end in whole_word_ends(role, text):
            found = _AFTER_COMMA.match(text, end)
            if not found or (text is body and not _GOES_ON.match(text, found.end("w"))
                             and not _only_field_words(found.group("w"))):
                continue  # "the role of Data Engineer, Sarah.": a name at a sentence's end
            verdict = _specialism(found.group("w"), not_these)
            if verdict is None:
                # A rank and a job word alone is no title without what follows; a title that
                # says which job stands without it.
                return "" if only_job_words(role) else role
            if verdict and language in LOWER_CASE_FIELDS and _RUNS_ON_LOWER.match(text, found.end("w")):
                return role  # "Juriste, Droit social": where the field ends cannot be told; main's role
            if verdict:
                return f"{role}, {found.group('w')}"
    return role
