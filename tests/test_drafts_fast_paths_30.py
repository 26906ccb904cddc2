"""The drafts' fast paths of session 30 give exactly what the general code gives (issue 17: a job
mail's record and a rejection's reading cheaper, every reading the same).

- `company_phrases.FIELDS` (a form's employer field, "Arbeitgeber: Ostendorf Elektronik GmbH") are
  tried only where their labels stand in the lower-cased text, as the phrases of OPENINGS are: the
  same matches at the same offsets as a scan of the whole text.
- `company_phrases.employer_field_text` finds a job board's heading of recommended jobs in the
  lower-cased text: the text is cut where the case-blind search finds the first one.
- `role_title`'s inclusive endings in brackets ("Chargé(e)") are found by their bracket, the word
  character before it asserted after it: the same matches as the pattern that asserted it first.
- `company_scope.carriers` tries each of its lines ("sent via X", "powered by X") only on a mail
  that holds a word each of its matches holds: a line it skips finds nothing there.
- `addresses.addresses_in_text` finds no address in a text without "@", without its pattern.
- `layout.cut_quoted` returns a text none of whose lines starts as a quote's opening line does
  without reading it line by line: the same text the line by line reading returns.
- A mail with a capital "K" (or the Kelvin sign, which lower-cases to the "k" IGNORECASE takes it
  for) is read the fast way: only "İ", "ı" and "ſ" lower-case otherwise than IGNORECASE takes them.
The whole readings before and after: bench/record_identity.py --dump / --against.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st

from onward.drafts import addresses, case_blind, company_phrases, company_scope, layout, role_title, tables
from tests.support.letter_case import any_case, assert_lower_casing_finds_what_ignorecase_finds

# Field labels, headings, hidden employers, names and what separates a form's fields and lines.
_FORM_PIECES = st.sampled_from([
    *tables.all_phrases("employer_field_labels"), *tables.all_phrases("authority_field_labels"),
    *tables.all_phrases("recommendations_headings")[:6], "Diese Jobs könnten Sie interessieren", "Confidential",
    "Ostendorf Elektronik GmbH", "Acme", "Bundesamt für Raumentwicklung", "Standort", "Paderborn", "Compañía",
    ":", " : ", ": ", " ", "  ", "\t", "\n", "\r\n", " – ", "-", ".", ",", "x", "Ltd", "Ümit", "é",
])

# The look-alikes any_case writes ("ı", "İ", "ſ", "K") send most texts the slow way: each text is
# also tried with them written plainly, so that every example tries the fast path.
_PLAIN = str.maketrans({"İ": "I", "ı": "i", "ſ": "s", "\u212a": "K"})


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("c")) for m in matches]


@settings(max_examples=200, deadline=None)
@given(st.lists(_FORM_PIECES.flatmap(any_case), max_size=14).map("".join))
@example("Arbeitgeber: Ostendorf Elektronik GmbH Standort: Paderborn")
@example("Company: Acme\nAgency: Bundesamt für Raumentwicklung")
@example("xcompany: Acme company: Acme")
@example("EMPRESA : Compañía Acme\nEmpleador: Confidential")
@example("CompanY: Acme – Paderborn")
def test_a_form_s_field_tried_at_its_labels_finds_what_the_whole_text_does(text):
    for text in {text, text.translate(_PLAIN)}:
        for field in company_phrases.FIELDS:
            assert _spans(company_phrases.cued_matches(field, text)) == _spans(field.finditer(text)), text


def _cut_as_written(text: str) -> str:
    """employer_field_text as it was: the text before the case-blind search's first heading."""
    heading = company_phrases._RECOMMENDATIONS.search(text)
    return text[:heading.start()] if heading else text


@settings(max_examples=200, deadline=None)
@given(st.lists(_FORM_PIECES.flatmap(any_case), max_size=14).map("".join))
@example("Company: Acme\n\nDiese Jobs könnten Sie interessieren:\nCompany: Harlow")
@example("DIESE JOBS KÖNNTEN SIE INTERESSIEREN")
@example("dıese jobs könnten sie interessieren")
def test_the_recommended_jobs_are_cut_where_the_case_blind_search_finds_their_heading(text):
    for text in {text, text.translate(_PLAIN)}:
        assert company_phrases.employer_field_text(text) == _cut_as_written(text), text


def test_every_letter_of_the_labels_and_headings_lower_cases_as_ignorecase_takes_it():
    # As tests/test_drafts_company_fast_paths_26.py holds it for the phrases' openings: a code point
    # IGNORECASE takes for a letter of a label or a heading lower-cases to it, and no other does, but
    # for case_blind.ODD_CASES (a text holding one is read the slow way).
    letters = {ch for pattern in [*company_phrases._FIELD_OPENINGS.values(),
                                  company_phrases._LOWER_CASE_RECOMMENDATIONS, *company_scope._CARRYING_CUES]
               for ch in pattern.pattern if ch.isalpha()}
    assert_lower_casing_finds_what_ignorecase_finds(letters)


def test_the_fields_are_tried_at_their_labels():
    assert set(company_phrases.FIELDS) <= company_phrases.OPENINGS.keys()


def _cut_line_by_line(text: str) -> str:
    """layout.cut_quoted as it was: every line tried."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        joined = f"{stripped} {lines[i + 1].strip()}" if i + 1 < len(lines) else stripped
        is_header_block = layout._HEADER_FROM.match(stripped) and any(
            layout._HEADER_NEXT.match(nxt.strip()) for nxt in lines[i + 1:i + 4])
        opens_quote = (
            layout._QUOTE_OPENERS.match(stripped) or layout._QUOTE_OPENERS.match(joined) or is_header_block
            or (stripped.startswith(">") and not any(l.strip().startswith(">") for l in lines[:i]))
        )
        if opens_quote and "\n".join(lines[:i]).strip():
            return "\n".join(lines[:i])
    return text


# Quotes' opening lines and their pieces, header keys, and what a mail's lines hold around them.
_QUOTE_PIECES = st.sampled_from([
    "On Mon, 3 Nov 2026, Jane Pike <jane@acme.example>", "wrote:", "On", "on", " wrote :", "Am 3. Nov. schrieb",
    "Le lundi 3 nov. 2026", "a écrit :", "El lunes", "escribió:", "-----Original Message-----", "--", "---",
    "---------- Forwarded message ---------", "Ursprüngliche Nachricht", "__________", "_____", ">", "> ",
    "From:", "Von:", "De :", "From: Jane Pike", "Sent:", "Date:", "To:", "Gesendet:", "An:", "Subject:",
    "Thank you for applying.", "Best regards", "Jane", "Acme Ltd", "one", "Lena", "elle", "amazing",
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2003", "\x1c", "x",
])


@settings(max_examples=250, deadline=None)
@given(st.lists(_QUOTE_PIECES.flatmap(any_case), max_size=16).map("".join))
@example("Thanks.\nOn Mon, 3 Nov 2026, Jane Pike <jane@acme.example> wrote:\n> Hello")
@example("Thanks.\n\u00a0On Mon, Jane\nwrote:\nold")
@example("Thanks.\n  From: Jane Pike\nSent: Monday\nold")
@example("Thanks.\n\x1c-- \nJane")
@example("Thanks.\n__________\nold")
@example("> quoted first\nThanks.\n> quoted again")
@example("Thank you.\nLena\nelle\namazing")
def test_a_text_no_line_of_which_opens_a_quote_is_returned_as_the_line_by_line_reading_returns_it(text):
    assert layout.cut_quoted(text) == _cut_line_by_line(text), text


# The two patterns as they were written: the word character before the bracket asserted first.
_FR_AS_WRITTEN = re.compile(rf"(?<=\w)\(({role_title.FR_BRACKETED_ENDINGS})\)", re.IGNORECASE)
_ES_AS_WRITTEN = re.compile(rf"(?<=\w)\(({role_title.ES_BRACKETED_ENDINGS})\)", re.IGNORECASE)
_BRACKET_PIECES = st.sampled_from([
    "Chargé", "Ingeniero", "Chef", "(e)", "(es)", "(ne)", "(ère)", "(trice)", "(a)", "(as)", "(o)", "(x)", "(",
    ")", "((e)", "é", "_", "1", "-", " ", "\n", "\u00a0", "ſ", "K", "e", "a",
])


@settings(max_examples=250, deadline=None)
@given(st.lists(_BRACKET_PIECES.flatmap(any_case), max_size=12).map("".join))
@example("Chargé(e) de mission, Ingeniero(a), Chef (fe), _(e) 1(a) ((e)")
def test_an_inclusive_ending_is_found_by_its_bracket_where_the_pattern_asserting_the_word_first_found_it(text):
    for new, old in ((role_title._FR_ENDING, _FR_AS_WRITTEN), (role_title._ES_ENDING, _ES_AS_WRITTEN)):
        assert [(m.span(), m.group(1)) for m in new.finditer(text)] == [(m.span(), m.group(1))
                                                                       for m in old.finditer(text)], text
        assert new.sub(r"/\1", text) == old.sub(r"/\1", text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab.-_%+' \nxyzACME"), max_size=40))
def test_a_text_without_an_at_sign_holds_no_address(text):
    assert addresses._EMAIL_IN_TEXT.findall(text) == [] and addresses.addresses_in_text(text) == []


# The carriers' lines' words in any case, names, and what stands around them in a footer.
_CARRIER_PIECES = st.sampled_from([
    "sent via", "Sent by", "delivered through", "generated using", "created automatically by", "powered by",
    "Propulsé par", "propulsado por", "bereitgestellt von", "betrieben mit", "über", "via", "vía", "mit", "durch",
    "versendet", "verschickt", "gesendet", "erstellt", "generiert", "envoyé par", "envoyée via", "généré depuis",
    "genere", "transmise par", "enviado por", "generada mediante", "gestionado a través de", "on behalf of",
    "Oleeo", "Umantis", "Acme Ltd", "Recrutix", " – ", " (", ")", " ", "\n", "\t", ".", "x",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CARRIER_PIECES.flatmap(any_case), max_size=10).map(" ".join))
@example("This email was sent via Oleeo")
@example("Diese Nachricht wurde über Umantis versendet")
@example("Acme Ltd on behalf of Recrutix")
@example("Envoyé automatiquement par Recrutix")
def test_a_carrier_s_line_skipped_for_its_words_finds_nothing(text):
    for text in {text, text.translate(_PLAIN)}:
        lowered = text.lower()
        plain = not any(odd in text for odd in case_blind.ODD_CASES)
        for pattern, cue in zip(company_scope._CARRIED_BY, company_scope._CARRYING_CUES, strict=True):
            if plain and not cue.search(lowered):
                assert pattern.search(text) is None, (pattern.pattern[:40], text)


def test_a_capital_k_or_the_kelvin_sign_keeps_the_fast_way():
    for text in ("Unser Kunde, die Nordfracht GmbH, hat sich entschieden. Karriere bei Kessler",
                 "Our \u212aey client, Kestrel Foods, has decided"):
        assert case_blind.lowered(text) == text.lower()
        for pattern in [*company_phrases.OPENINGS, *company_phrases.CUE_WORDS]:
            assert _spans(company_phrases.cued_matches(pattern, text)) == _spans(pattern.finditer(text)), text
    assert not set(case_blind.ODD_CASES) & {"K", "k", "\u212a"}
