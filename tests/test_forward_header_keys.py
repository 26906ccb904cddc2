"""The keys of a forwarded or quoted mail's header block ("From:", "Gesendet:", "À :", "Asunto:") are
one table (classifier/screen/forwards.toml), read by the classifier's text, by the drafts' two
readers of a header block and by the company rule that ends a name where a key was run onto it: a key
in the table is a key to all of them. The keys here are the table's own; the lines are written for
this file.
"""

from __future__ import annotations

import pytest

from onward.classifier import forwards
from onward.classifier.text import _QUOTE_HEADER, _RECIPIENT_LINE, _SENDER_LINE
from onward.drafts import company, forwarded, layout
from onward.drafts.lexicon import fold


@pytest.mark.parametrize("sender_key", forwards.SENDER_KEYS)
@pytest.mark.parametrize("date_key", forwards.DATE_KEYS)
def test_a_quoted_blocks_from_and_date_lines_are_a_quote_to_the_classifier_and_the_drafts(sender_key, date_key):
    block = f"{sender_key.title()}: Personal <personal@example.net>\n{date_key.title()}: Montag, 30. November\n"
    assert _QUOTE_HEADER.search(block)
    assert _SENDER_LINE.match(block)[1] == " Personal <personal@example.net>"
    assert layout._HEADER_FROM.match(block) and layout._HEADER_NEXT.match(block.split("\n")[1])


@pytest.mark.parametrize("key", forwards.TO_KEYS + forwards.CC_KEYS)
def test_a_recipient_line_is_read_by_the_classifier_and_the_drafts(key):
    line = f"{key.upper()} : Alle"
    assert _RECIPIENT_LINE.match(line)[1] == " Alle"
    assert fold(forwarded._HEADER.match(line)["key"]) == fold(key)


@pytest.mark.parametrize("key", forwards.SENDER_KEYS + forwards.SUBJECT_KEYS + forwards.DATE_KEYS)
def test_every_header_key_is_read_by_the_drafts_reader_of_a_forward(key):
    assert forwarded._HEADER.match(f"{key.title()}: Ihre Bewerbung")["value"] == "Ihre Bewerbung"


def test_the_spellings_only_the_drafts_take_are_not_the_classifiers():
    # "Da:" (an Italian client) and an unaccented "Envoye :" cut a block for the drafts only: the
    # classifier's input stays what its model was shipped with.
    assert "da" in forwards.DRAFTS_SENDER_KEYS and "da" not in forwards.SENDER_KEYS
    assert "envoye" in forwards.DRAFTS_DATE_KEYS and "envoye" not in forwards.DATE_KEYS
    assert layout._HEADER_FROM.match("Da: Ufficio HR <hr@example.net>")
    assert not _QUOTE_HEADER.search("Da: Ufficio HR <hr@example.net>\nSent: Monday\n")
    assert not _QUOTE_HEADER.search("From: HR <hr@example.net>\nEnvoye : lundi\n")


@pytest.mark.parametrize("key", sorted({k for k in forwards.SENDER_KEYS + forwards.RECIPIENT_KEYS + forwards.DATE_KEYS
                                        + forwards.SUBJECT_KEYS if " " not in k and len(k) > 1}))
def test_a_header_key_run_onto_a_company_name_ends_it(key):
    text = f"Betreff: Ihre Bewerbung bei der Stadtverwaltung {key.title()}: 02.12.2026"
    name = f"Stadtverwaltung {key.title()}"
    assert company._without_header_key(name, text, text.index(name) + len(name)) == "Stadtverwaltung"


def test_the_company_rule_leaves_a_one_letter_or_a_drafts_only_key_on_the_name():
    # "Halle A:" may be the name's own last letter; "Da" is a key of the drafts' header reading only.
    assert {"a", "à"} <= set(forwards.TO_KEYS) and "da" in forwards.DRAFTS_SENDER_KEYS
    for name in ("Halle A", "Gare À", "Ufficio Da"):
        text = f"Oggetto: {name}: Lager"
        assert company._without_header_key(name, text, text.index(name) + len(name)) == name
    assert {fold(k) for k in ("Enviado", "Envoyé", "Gesendet")} <= company._HEADER_KEYS
