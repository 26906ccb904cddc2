"""Patterns the drafts build from a mail's own words are compiled once, not at each call: a reading asks
of the same role or name many times a mail. What they find stays as it was (the probes below)."""

from __future__ import annotations

from onward.drafts import role_declined


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
