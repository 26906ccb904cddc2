"""The company's fast paths of session 26 (company27) give exactly what the general code gives
(issue 17: a rejection read for its draft in 1 ms at most).

- `fact_model.ambiguity` finds the mail's names written with a legal form once a mail
  (`_legal_runs`), and splits its lines once (`_lines`): the same features as searching every run
  and every line again for each candidate.
- `fact_model.own_words` folds each word once: the same words as folding it for each test.
- `company.names_organisation` looks a word up in the organisation words joined once: the same
  answer as joining them for each word.
- `company._without_department_phrase` folds the name's first words once: the same cut as folding
  them for each department phrase.
- `company._street` tests the street's shape before the organisation's words: the same answer.
The whole readings before and after: bench/record_identity.py --dump / --against.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from onward.drafts import company, fact_model
from onward.drafts.lexicon import DEPARTMENT_WORDS, GROUP_WORDS, JOB_WORDS, LEGAL_FORM, ORG_WORDS, TITLE_WORDS, fold

# Names, legal forms, organisation and department words, footers, and the blanks between them.
_PIECES = st.sampled_from([
    "Acme", "Acme Ltd", "Ostendorf Elektronik GmbH", "Ostendorf Group", "Vogel GmbH", "Vogel", "Halvorsen",
    "Maritime AS", "Groupe", "Vendomia", "Packaging SAS", "Grupo Almenara", "S.A.", "Inc.", ", Inc.", "plc",
    "Capital Humano", "Recursos Humanos", "Human Resources", "Personalabteilung", "Dirección de", "Universidad",
    "Hospital", "Klinikum", "Moselle Data Center", "Bank", "Powered by Oleeo", "© 2026", "www.acme.com",
    "Datenschutz", "via", "Équipe", "ÉCOLE", "Straße", "Ĳssel", "the", "de", "and", "&", "Team",
    " ", "  ", "\n", "\n\n", "\t", ", ", ". ", "-", "'", "\r\n",
])
_TEXTS = st.lists(_PIECES, max_size=25).map("".join)


def _another_name_with_legal_form_per_run(name: str, runs: tuple[str, ...]) -> bool:
    """fact_model.another_name_with_legal_form as written before: every run searched for each name."""
    own = fold(fact_model._LEGAL_END.sub("", name))
    return any(fact_model._LEGAL_END.search(r) and len(r.split()) >= 2 and own not in fold(r) for r in runs)


def _only_in_footer_lines_split_each_time(name: str, text: str) -> bool:
    if not name or name not in text:
        return False
    return all(fact_model._FOOTER_LINE.search(line) for line in text.splitlines() if name in line)


@settings(max_examples=600, deadline=None)
@given(_TEXTS, _TEXTS)
def test_ambiguity_read_once_a_mail_is_the_same(name, text):
    runs = fact_model._name_runs(text)
    assert fact_model.another_name_with_legal_form(name, runs) == _another_name_with_legal_form_per_run(name, runs)
    assert fact_model.only_in_footer_lines(name, text) == _only_in_footer_lines_split_each_time(name, text)
    for run in runs:
        assert fact_model.another_name_with_legal_form(run, runs) == _another_name_with_legal_form_per_run(run, runs)
        assert fact_model.only_in_footer_lines(run, text) == _only_in_footer_lines_split_each_time(run, text)


def _own_words_folding_each_test(name: str) -> frozenset[str]:
    not_own = ORG_WORDS | DEPARTMENT_WORDS | JOB_WORDS | TITLE_WORDS
    return frozenset(fold(w) for w in fact_model._WORD.findall(name) if len(w) >= 3 and w[:1].isupper()
                     and fold(w) not in not_own and not fact_model.group_word(w) and not LEGAL_FORM.fullmatch(w))


def _names_organisation_joining_each_time(name: str) -> bool:
    return any(fold(w) in ORG_WORDS | company.GENERIC_ORGS or fold(w).endswith(company._ORG_ENDINGS)
               for w in name.split())


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_words_folded_once_are_the_same(name):
    assert fact_model.own_words(name) == _own_words_folding_each_test(name)
    assert company.names_organisation(name) == _names_organisation_joining_each_time(name)


def _without_department_phrase_folding_each_phrase(words: list[str], labels: tuple[str, ...] = ()):
    """company._without_department_phrase as written before: the first words folded for each phrase."""
    from onward.drafts.company_keys import key

    for phrase in company._DEPARTMENT_PHRASES:
        if len(words) >= len(phrase) and [fold(w) for w in words[:len(phrase)]] == phrase:
            rest = words[len(phrase):]
            if all(fold(w) in DEPARTMENT_WORDS | company._OF or not w.strip("-–—|·,") for w in rest):
                return [], False
            if not rest[0].strip("-–—|·,") or fold(rest[0]) in company._OF:
                return rest, False
            if fold(rest[0]) in ORG_WORDS | GROUP_WORDS and any(company.own_word(w) for w in rest[1:]):
                return rest, False
            if set(labels) & ({key(" ".join(rest))} | {key(w) for w in rest if len(key(w)) >= 4}):
                return rest, False
            return words, True
    return words, False


_DEPARTMENT_OPENINGS = st.sampled_from(sorted({" ".join(p) for p in company._DEPARTMENT_PHRASES}) + [""])


@settings(max_examples=600, deadline=None)
@given(_DEPARTMENT_OPENINGS, _TEXTS, st.sampled_from([(), ("lumar",), ("acme",), ("grupoalmenara",)]))
def test_department_phrase_folded_once_is_the_same(opening, text, labels):
    words = f"{opening.title()} {text}".split()
    assert company._without_department_phrase(list(words), labels) == \
        _without_department_phrase_folding_each_phrase(list(words), labels)


def _street_organisation_first(name: str, folded: list[str], line: str, sender: company.Sender) -> bool:
    """company._street as written before: the organisation's words looked up first."""
    words = [w for w in folded if not w.isdigit()]
    if not words or len(words) > 4 or company.names_organisation(name):
        return False
    return (words[-1] in company._STREET_WORDS and len(words) > 1) or words[-1].endswith(company._STREET_ENDINGS) \
        or (len(words) > 1 and words[0] in company._STREET_WORDS and bool(company._A_NUMBER.search(line))
            and not sender.carries(name))


_STREETS = st.sampled_from(["Ring Road", "Rathausplatz 1", "Calle Mayor 5", "Rue Garibaldi, 69003 Lyon",
                            "Hotel Avenida", "Abbey Road Studios", "Lane Crawford", "Rue du Commerce",
                            "Hauptstraße", "Klinikum Am Ahornpark", "12 Dock Street", "Avenue"])


@settings(max_examples=600, deadline=None)
@given(st.one_of(_STREETS, _TEXTS), st.one_of(_STREETS, _TEXTS),
       st.sampled_from([company.Sender(), company.Sender(labels=("lanecrawford",)),
                        company.Sender(display_names=("Rue du Commerce",))]))
def test_street_looked_up_last_is_the_same(name, line, sender):
    folded = [fold(w) for w in name.split()]
    assert company._street(name, folded, line, sender) == _street_organisation_first(name, folded, line, sender)


_CLIENT_BODIES = [
    "Our client, Harlow Foods Ltd, has decided not to progress your application.",
    "Our client Harlow Foods and our client Meridian Bank have decided.\nFeedback from Sarah Jones: strong CV.",
    "Feedback from Sarah Jones: our client, the regional grocer Harlow Foods, has decided to go another way.",
    "unser Mandant, die Rheinmöbel GmbH & Co. KG, hat sich entschieden.\nFeedback von Rheinmöbel.",
    "nuestro cliente, los Laboratorios Lumar, ha decidido no seguir.",
    "No client here, only Acme Ltd and its team.",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CLIENT_BODIES), min_size=1, max_size=3).map("\n".join), _TEXTS)
def test_client_matches_found_once_vote_as_read_again(body, noise):
    """Votes.add_found of the matches found once gives the votes (their order and float sums)
    add_matches gives, reading each phrase on the body again."""
    from onward.drafts import company_phrases as phrases

    text = f"{noise}\n{body}\n{noise}"
    again, once = company.Votes(set()), company.Votes(set())
    for pattern in phrases.CLIENT + phrases.CLIENT_IF_SURE:
        again.add_matches(pattern, text, 3, "anchored")
        once.add_found(list(phrases.cued_matches(pattern, text)), text, 3, "anchored")
    assert list(once.weights.items()) == list(again.weights.items())
    assert list(once.sources.items()) == list(again.sources.items())
