"""The drafts' fast paths of session 29 give exactly what the general code gives (issue 17: a
rejection read for its draft in 1 ms at most).

- `company_phrases.names_a_team`: a signature line is searched for the TEAM phrases only where it
  holds a word each of them holds; it tells the same lines apart as searching every phrase.
- `language.scores` looks only at the mail's words that are some language's function word: the
  same counts, so the same language and confidence, as looking each word up.
- The word sets the company's and the role's rules test words against are joined once at import:
  each equals the union the rule used to build at each call.
- `case_blind.lacks_a_word` tells a word nowhere in a mail, in any case re's IGNORECASE matches,
  before a pattern is compiled for it (`role_whole.as_the_body_writes_it`, `company_label`): it
  says so only where re's case-blind search finds the word nowhere.
- `fact_go_between.client_words` folds the mail's words apart from its subject: `fold` works
  character by character, so the joined text folds to the joined folds.
The whole readings before and after: bench/record_identity.py --dump / --against.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings, strategies as st

from onward.drafts import (company, company_keys, company_phrases, language, role_qualifiers, role_subject, role_title,
                           role_whole, role_wordings, signature_lines)
from onward.drafts import case_blind, fact_go_between, lexicon, name_shape
from onward.drafts.tables import fold
from tests.support.letter_case import any_case

# The TEAM phrases' own words, names and titles around them, and what separates a line's parts.
_TEAM_PIECES = st.sampled_from([
    "team", "Team", "-Team", "HR-Team", "recruiting", "Recruitment", "everyone", "people", "talent", "at", "@",
    "der", "von", "bei", "ihr", "Ihre", "dein", "deine", "euer", "eure", "l'équipe", "l’équipe", "équipe",
    "Equipe", "equipo", "de", "del", "RH", "talento", "personalabteilung", "bewerbermanagement", "the",
    "Acme", "Acme Ltd", "Nordfracht GmbH", "Maison Verlaine", "Jane Pike", "Recruiter", " ", "  ", "\t", " | ",
    ", ", " – ", ".",
])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_TEAM_PIECES.flatmap(any_case), max_size=8).map(" ".join))
@example("The Acme Talent Team")
@example("Ihr Recruiting-Team der Acme GmbH")
@example("L'équipe RH de Acme")
@example("El equipo de Selección de Acme")
@example("Everyone at Acme")
@example("Ihre Nordfracht GmbH")
@example("Jane Pike | Recruiter | Acme Ltd")
@example("ACME TEAM")
def test_a_team_is_named_where_a_phrase_matches(line):
    assert company_phrases.names_a_team(line) == any(p.search(line) for p in company_phrases.TEAM), line


def _scores_word_by_word(text: str) -> tuple[str, int, int]:
    """language.scores as it was: each different word of the text looked up."""
    known = language._stopwords()
    languages_of = language._languages_of_word()
    counts = {code: 0 for code in known}
    for word, times in Counter(language._WORD.findall(text.lower())).items():
        for code in languages_of.get(word, ()):
            counts[code] += times
    ranked = sorted(known, key=lambda code: -counts[code])
    return ranked[0], counts[ranked[0]], counts[ranked[1]] if len(ranked) > 1 else 0


_LANGUAGE_PIECES = st.sampled_from([
    "the", "and", "your", "application", "der", "die", "und", "Ihre", "Bewerbung", "le", "la", "et", "votre",
    "candidature", "el", "los", "y", "su", "solicitud", "il", "di", "che", "de", "en", "l'équipe", "d’un",
    "Acme", "2026", " ", "\n", ", ", ".", "für", "fur", "über",
])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_LANGUAGE_PIECES.flatmap(any_case), max_size=30).map(" ".join))
@example("")
@example("Thank you for your application. Leider müssen wir Ihnen mitteilen, que nous ne pouvons pas")
def test_the_language_scores_are_those_of_each_word_looked_up(text):
    language.scores.cache_clear()
    assert language.scores(text) == _scores_word_by_word(text), text


def test_the_word_sets_joined_at_import_are_the_unions_the_rules_built():
    assert lexicon.ORG_OR_GROUP_WORDS == lexicon.ORG_WORDS | lexicon.GROUP_WORDS
    assert lexicon.TITLE_OR_JOB_WORDS == lexicon.TITLE_WORDS | lexicon.JOB_WORDS
    assert company._ORG_GROUP_OR_DEPARTMENT_WORDS == lexicon.ORG_WORDS | lexicon.GROUP_WORDS | lexicon.DEPARTMENT_WORDS
    assert company._DEPARTMENT_WORDS_OR_OF == lexicon.DEPARTMENT_WORDS | company._OF
    assert company._NEVER_OPENS_A_COMPANY == (lexicon.NOT_COMPANIES | lexicon.NOT_NAMES | lexicon.ROLE_NOUNS
                                              | lexicon.TITLE_WORDS)
    assert company._ATS_WORDS_INSIDE_A_NAME == company._ATS_WORDS - {"join", "gem"}
    assert company._DEPARTMENT_SHORT_OR_WORDS == company._DEPARTMENT_SHORT | lexicon.DEPARTMENT_WORDS
    assert company._MAY_HAVE_LOWER_CASE_INSIDE == company.GENERIC_ORGS | company._LOWER_CASE_INSIDE
    assert company_keys._NOT_REGISTERED_ENDINGS == company_keys._SECOND_LEVEL | company_keys._PUBLIC_ENDINGS
    assert company_keys._NOT_A_LABEL_WORD == lexicon.DEPARTMENT_WORDS | company_keys._LABEL_NOISE
    assert role_title._NO_TITLE_ENDS_WITH == role_title.TITLE_CONNECTORS | role_title.ARTICLES | role_title.CONJUNCTIONS
    assert role_title._TRAINEE_OR_PROCESS_WORDS == role_title._TRAINEE_WORDS | role_title._PROCESS_WORDS
    assert role_title._TITLE_CONNECTORS_OR_JOB_WORDS == role_title.TITLE_CONNECTORS | lexicon.JOB_WORDS
    assert role_title._NO_HEAD_ENDS_WITH == role_title.TITLE_CONNECTORS | {"de", "del", "du", "des", "d'", "la", "el"}
    assert role_whole._NO_SPECIALTY_AFTER == role_title.TITLE_CONNECTORS | role_whole._SPECIALTY_JOIN
    assert role_wordings._NO_INITIAL == role_title.TITLE_CONNECTORS | role_wordings._INITIALS_SKIP
    assert role_wordings._STOP_OR_TITLE_CONNECTORS == role_title.STOP | role_title.TITLE_CONNECTORS
    assert role_qualifiers._CONNECTORS_OR_OPENERS == role_qualifiers._CONNECTORS | role_qualifiers._OPENERS
    assert role_subject._FIELD_OR_DEPARTMENT_WORDS == role_subject._FIELDS | lexicon.DEPARTMENT_WORDS
    assert signature_lines._TITLE_WORDS_OF_A_LINE == (lexicon.TITLE_OR_JOB_WORDS | lexicon.DEPARTMENT_WORDS
                                                      | signature_lines._FEMININE_TITLES | signature_lines._OFFICE_WORDS)
    assert signature_lines._DEPARTMENT_OR_COLLECTIVE_WORDS == lexicon.DEPARTMENT_WORDS | name_shape.COLLECTIVE_WORDS


@settings(max_examples=2000, deadline=None)
@given(st.text(), st.text())
@example("ΣΑΣ", "\u0301e")
@example("Cafe\u0301", "\u0327\u0301 Équipe")
@example("ﬁ", "Straße İ")
def test_a_text_folds_to_its_parts_folds(first, second):
    assert fold(first + second) == fold(first) + fold(second)
    assert fold(f"{first}\n{second}") == f"{fold(first)}\n{fold(second)}"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["FMCG", "client", "Kunden", "clientes", "Clients", "de", "our", " ", "\n"]),
                max_size=6).map(" ".join),
       st.lists(st.sampled_from(["Feedback", "–", "Payroll", "Officer", "(FMCG", "client)", "CLIENT", " "]),
                max_size=5).map(" ".join))
def test_client_words_of_a_subject_and_text_are_those_of_the_two_joined(text, subject):
    fact_go_between.client_words.cache_clear()
    assert fact_go_between.client_words(text, subject) == fact_go_between.client_words(f"{subject}\n{text}")


def test_ignorecase_takes_a_latin_1_letter_for_its_lower_case_alone_but_for_the_odd_letters():
    latin_1 = [chr(code) for code in range(256) if chr(code) != case_blind._MICRO]
    any_of_them = re.compile("[" + re.escape("".join(latin_1)) + "]", re.IGNORECASE)
    partners = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000
                and any_of_them.fullmatch(chr(code))]
    for char in partners:
        for letter in latin_1:
            if re.fullmatch(re.escape(letter), char, re.IGNORECASE) and char not in case_blind.ODD_CASES:
                assert char.lower() == letter.lower() and len(char.lower()) == 1, (char, letter)


_CASE_PIECES = st.sampled_from(["Senior", "Data", "Analyst", "Médico", "Urgencias", "für", "Straße", "de",
                                "Dr.", "Sommer", "Praxis", "ÿ", "µ", "μ", "Ÿ", "ẞ", "Å", "å", " ", "\n", "-"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_CASE_PIECES.flatmap(any_case), max_size=8).map(" ".join),
       st.lists(_CASE_PIECES.flatmap(any_case), min_size=1, max_size=3))
@example("Profeſſor", ["Professor"])
@example("İnfo", ["info"])
@example("μ", ["µ"])
def test_a_word_is_told_lacking_only_where_a_case_blind_search_finds_none(text, words):
    case_blind.lowered.cache_clear()
    if case_blind.lacks_a_word(text, words):
        assert any(re.search(re.escape(word), text, re.IGNORECASE) is None for word in words), (text, words)


def test_everyday_text_takes_the_short_way():
    # Capital letters, umlauts and the Kelvin sign lower-case as IGNORECASE takes them: told lacking.
    case_blind.lowered.cache_clear()
    assert case_blind.lacks_a_word("Kind regards, Jane (Kundenservice, Größe 3 \u212a)", ["Manager"])
    assert not case_blind.lacks_a_word("Kind regards, the MANAGER", ["Manager"])
    assert not case_blind.lacks_a_word("Profe\u017f\u017for", ["Professor"])  # "ſ": cannot tell
