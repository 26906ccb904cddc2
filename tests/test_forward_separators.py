"""The lines that open a quoted earlier mail ("-----Original Message-----") or a forwarded one
("---------- Forwarded message ---------", "Begin forwarded message:") are one table
(classifier/screen/forwards.toml), read by the classifier's text, its HTML reader and the drafts'
two readers of a quote or a forward: a mark in the table is a mark to each of them. The marks here
are the table's own; the lines around them are written for this file.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from onward.classifier import forwards
from onward.classifier.html_text import _ATTRIBUTION
from onward.classifier.text import _FORWARD, _QUOTE_HEADER
from onward.drafts import forwarded, layout


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@pytest.mark.parametrize("mark", forwards.ORIGINAL_MARKS)
def test_an_original_message_line_opens_a_quote_for_every_reader(mark):
    line = f"-----{mark.title()}-----"
    assert _QUOTE_HEADER.match(f"{line}\nVon: Personal <personal@example.net>")
    assert layout._QUOTE_OPENERS.match(line)
    assert _ATTRIBUTION.search(f"Zuvor schrieb das Büro: {mark.upper()}:")
    # Typed without its accents, it is a quote to the HTML reader and the drafts only.
    assert layout._QUOTE_OPENERS.match(_unaccented(line)) and _ATTRIBUTION.search(_unaccented(mark))


@pytest.mark.parametrize("mark", forwards.FORWARD_MARKS)
def test_a_forwarded_message_line_opens_a_forward_for_every_reader(mark):
    line = f"---------- {mark.capitalize()} ---------"
    assert _FORWARD.match(line)
    assert layout._QUOTE_OPENERS.match(line)
    assert forwarded._FORWARD_MARK.match(line)
    assert forwarded._FORWARD_MARK.match(_unaccented(line)) and layout._QUOTE_OPENERS.match(_unaccented(line))


@pytest.mark.parametrize("heading", forwards.FORWARD_HEADINGS)
def test_a_forward_heading_opens_a_forward_for_the_classifier_and_the_drafts(heading):
    line = heading.capitalize()
    assert _FORWARD.match(f"{line}\n\nFrom: Personal <personal@example.net>")
    assert forwarded._FORWARD_MARK.match(line)


def test_a_space_before_a_headings_colon_is_taken_where_the_table_writes_one():
    # French writes "réexpédié :" (often with a no-break space) or leaves the space out; English
    # writes "message:" and the classifier's text takes it so only.
    for line in ("Début du message réexpédié :", "Début du message réexpédié\u00a0:", "Début du message réexpédié:"):
        assert _FORWARD.match(line)
    assert not _FORWARD.match("Begin forwarded message :")


def test_the_heading_only_the_drafts_take_is_not_the_classifiers():
    # "Inicio del mensaje reenviado:" opens a forward for the drafts only: the classifier's input
    # stays what its model was shipped with; so does a mark typed without its accents.
    assert "inicio del mensaje reenviado:" in forwards.DRAFTS_FORWARD_HEADINGS
    assert "inicio del mensaje reenviado:" not in forwards.FORWARD_HEADINGS
    assert forwarded._FORWARD_MARK.match("Inicio del mensaje reenviado:")
    assert not _FORWARD.match("Inicio del mensaje reenviado:")
    assert not _FORWARD.match("-------- Message transfere --------")


def test_an_accent_optional_alternation_takes_each_accent_or_its_letter_and_nothing_else():
    pattern = re.compile(forwards.accent_optional_alternation(("réexpédié", "d'origine")) + "$")
    assert all(pattern.match(w) for w in ("réexpédié", "reexpedie", "réexpedie", "d'origine"))
    assert not any(pattern.match(w) for w in ("rxexpedie", "réexpédiée", "d’origine", "dXorigine"))
