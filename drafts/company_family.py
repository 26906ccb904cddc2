"""Two organisations of one family named side by side: a member and its group or parent ("Lakeshore
Middle School" in the application's sentence, "Lakeshore Independent School District" signing), or a
hotel and its hotel group ("the role at Nordvik Hotel Bergen" from "Nordvik Hotels"). The mail does
not say which of the two employs: its writer may mean either, and a wrong name is worse than none.
company_clues.py asks this after company_scope.group_or_unit, which settles the groups the mail says
own a company ("X, part of the Y Group").
"""

from __future__ import annotations

from onward.drafts.company import Choice, cuts_words_of, names_organisation
from onward.drafts.company_keys import _related, declined_form
from onward.drafts.company_scope import _distinct_words, a_groups_site
from onward.drafts.lexicon import fold

# Where the sender writes its own name (its signature, its display name) and where a sentence gives
# the one the candidate applied to ("the position at X", "your interest in X").
_THE_SENDERS = frozenset({"signature", "display"})
_APPLIED = frozenset({"anchored", "team"})


def one_family(found: list[Choice], text: str) -> list[Choice]:
    """The candidates, or none when the winner and another of them are two organisations of one family,
    the one the sender signs as and the one a sentence names: "Lakeshore Middle School" applied to,
    "Lakeshore Independent School District" signing. A group's site ("Corvina Lisbon" beside "Corvina
    Hotels") is the group's own (facts.at_a_groups_site), and two forms of one name are one name."""
    if len(found) < 2:
        return found
    winner = found[0]
    for other in found[1:]:
        if _two_sides(winner, other) and _kin(winner.name, other.name) and not (
                a_groups_site(winner.name, other.name, text) or a_groups_site(other.name, winner.name, text)):
            return []
    return found


def _two_sides(a: Choice, b: Choice) -> bool:
    """One is the sender's own name and the other the applied one's, whichever the winner is."""
    return bool((a.sources & _THE_SENDERS and b.sources & _APPLIED and not b.sources & _THE_SENDERS)
                or (b.sources & _THE_SENDERS and a.sources & _APPLIED and not a.sources & _THE_SENDERS))


def _kin(a: str, b: str) -> bool:
    """Two organisations' names of one family: the same first word of their own, other words beside
    it (a group's "Hotels" counts), and one of them a kind of organisation's name ("School", "Hotel"). Not one name written two ways: a short form, a declined one, one with cut words."""
    own_a, own_b = _distinct_words(a), _distinct_words(b)
    first_a, first_b = _first_own(a, own_a), _first_own(b, own_b)
    if not first_a or first_a != first_b or own_a == own_b and a.split()[-1:] == b.split()[-1:]:
        return False
    if _related(a, b) or declined_form(a, b) or declined_form(b, a) or cuts_words_of(a, b) or cuts_words_of(b, a):
        return False
    return names_organisation(a) or names_organisation(b)


def _first_own(name: str, own: set[str]) -> str:
    return next((fold(w) for w in name.split() if fold(w) in own), "")
