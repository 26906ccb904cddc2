"""Patterns the drafts build from a mail's own words are compiled once, not at each call: a reading asks
of the same role or name many times a mail. What they find stays as it was (the probes below)."""

from __future__ import annotations

from onward.drafts import role, role_comma, role_declined, role_whole


def test_the_pattern_of_a_word_before_a_role_is_compiled_once_a_role() -> None:
    role_declined._after_a_word.cache_clear()
    for _ in range(3):
        assert role_declined.declined("Geschäftsführers", "die Position des Geschäftsführers", "de")
    assert role_declined._after_a_word.cache_info().misses == 1


def test_a_title_of_more_than_one_word_needs_no_search_of_the_text() -> None:
    """Only a one-word title in a genitive's "s" is looked up after its article."""
    role_declined._after_a_word.cache_clear()
    assert not role_declined.declined("Technischer Zeichner", "Ihre Bewerbung als Technischer Zeichner", "de")
    assert role_declined._after_a_word.cache_info().currsize == 0


def test_the_word_before_the_roles_first_place_after_a_word_decides() -> None:
    """The first place the role follows a word counts, whatever comes later in the text."""
    assert role_declined.declined("Kanzlers", "Kanzlers Büro: die Stelle des Kanzlers", "de")
    assert not role_declined.declined("Kanzlers", "Büro Kanzlers, die Stelle des Kanzlers", "de")


# Probes of the patterns now compiled at import (constant ones the functions built at each call): each
# still finds what it found, and only that.

def test_a_declined_adjective_is_still_told_by_its_stem_at_the_end() -> None:
    assert role_declined._declined_adjective("Kaufmännischen", "de") == "Kaufmännisch"
    assert role_declined._declined_adjective("Technischen", "de") == "Technisch"
    assert role_declined._declined_adjective("Isch", "de") == ""  # no case's ending
    assert role_declined._declined_adjective("Kaufmännischen", "en") == ""  # no table of endings


def test_a_field_of_field_words_still_skips_only_whole_small_words() -> None:
    assert role_comma._only_field_words("Risk & Compliance")
    assert role_comma._only_field_words("Risk and Compliance")
    assert not role_comma._only_field_words("Risk Andover")


def test_a_firms_name_still_ends_in_a_capitalised_legal_form() -> None:
    assert role_whole._a_firm_s_name(["Seguros", "Austral"], " S.A.")
    assert not role_whole._a_firm_s_name(["Seguros", "Austral"], "")


def test_an_inclusive_ending_is_still_bracketed_where_the_mail_brackets_it() -> None:
    assert role._as_written("Technicien/ne", "le poste de Technicien(ne) de maintenance") == "Technicien(ne)"
    assert role._as_written("Technicien/ne", "le poste de Technicien/ne de maintenance") == "Technicien/ne"
