"""A member applied to while its parent signs: "the Grade 4 Teacher position at Lakeshore Middle School"
signed "Lakeshore Independent School District", "the role at Nordvik Hotel Bergen" from "Nordvik Hotels";
and a member relaying its group's answer, or the group its member's ("je te transfère la réponse de la
DRH Groupe" from Valdor Sourcing, the group's mail below: relays_its_kin, asked by drafts/facts.py).
The parent may as well be the employer (a district employs its teachers, a hotel group its hotels'
staff) and writers label either: the mail does not say which, and a wrong name is worse than none.
company_clues.py asks this after company_scope.group_or_unit, which settles the groups the mail says
own a company ("X, part of the Y Group").
"""

from __future__ import annotations

from onward.drafts import tables
from onward.drafts.company import Choice, clean, cuts_words_of, names_organisation
from onward.drafts.company_keys import related_names, declined_form, domain_label, label_words
from onward.drafts.company_scope import distinct_words, a_groups_site
from onward.drafts.lexicon import GROUP_WORDS, fold

# Where the sender writes its own name (its signature, its display name; not facts._THE_SENDERS, which
# also counts a title's line) and where a sentence gives
# the one the candidate applied to ("the position at X", "your interest in X").
_SIGNED_OR_DISPLAYED = frozenset({"signature", "display"})
_APPLIED = frozenset({"anchored", "team"})
# A parent's words: a group's ("Hotels", "Group") or a body's over its members ("District").
_PARENT_WORDS = GROUP_WORDS | tables.all_words("parent_words")


def one_family(found: list[Choice], text: str) -> list[Choice]:
    """The candidates, or none when the winner and another of them are a member a sentence names as
    the one applied to and its parent the sender signs as (either may be the winner). A parent
    a phrase gives as the employer is the one the mail gives ("your application to Saltmarsh Hotels",
    signed at one of its hotels; "your interest in Wrenfield Hotels"), and so is a member the sender's
    own domain names. A group's site
    ("Corvina Lisbon" beside "Corvina Hotels") is the group's own (facts.at_a_groups_site)."""
    if len(found) < 2:
        return found
    winner = found[0]
    for other in found[1:]:
        for member, parent in ((winner, other), (other, winner)):
            if _member_and_parent(member, parent) and not a_groups_site(member.name, parent.name, text):
                return []
    return found


def _member_and_parent(member: Choice, parent: Choice) -> bool:
    applied = (bool(member.sources & _APPLIED) and not member.sources & _SIGNED_OR_DISPLAYED
               and not member.agrees_with_domain)
    # "Thank you for your interest in Wrenfield Hotels": a phrase gives the parent as the employer too.
    return (applied and bool(parent.sources & _SIGNED_OR_DISPLAYED) and not parent.sources & _APPLIED
            and names_organisation(member.name)
            and any(fold(w) in _PARENT_WORDS for w in parent.name.split()) and _kin(member.name, parent.name))


def _kin(a: str, b: str) -> bool:
    """Two organisations' names of one family: the same first word of their own, and not one name
    written two ways (a short form, a declined one, one with cut words)."""
    first_a, first_b = _first_own(a), _first_own(b)
    if not first_a or first_a != first_b:
        return False
    return not (related_names(a, b) or declined_form(a, b) or declined_form(b, a) or cuts_words_of(a, b)
                or cuts_words_of(b, a))


def _first_own(name: str) -> str:
    own = distinct_words(name)
    return next((fold(w) for w in name.split() if fold(w) in own), "")


# Where a name is the sender's own: its domain, its display name, its signature.
_SENDERS_OWN = frozenset({"display", "domain", "domain-only", "signature", "signature-title"})


def relays_its_kin(choice: Choice, relayed: tuple[str, str], sender: str) -> bool:
    """The candidate is the sender's own organisation, and the mail relays an answer from another of its
    family: the earlier mail below (`relayed`: its display name and address) is a group's or a member's
    of the same name from another domain ("Recrutement Groupe Valdor <recrutement@valdor-groupe…>" below
    Valdor Sourcing's note). Which of the two decided, and employs, the sender's own name does not say."""
    display, address = relayed
    domain = address.rpartition("@")[2].lower()
    if not choice.name or not domain or domain == sender.rpartition("@")[2].lower():
        return False  # nothing relayed, or a colleague's mail at the sender's own domain
    if not (choice.agrees_with_domain or choice.sources and choice.sources <= _SENDERS_OWN):
        return False
    by_label = " ".join(w.capitalize() for w in label_words(domain_label(domain)))
    return any(_kin(choice.name, other) and _parent_in(choice.name, other)
               for other in {clean(display), by_label} - {""})


def _parent_in(a: str, b: str) -> bool:
    """One of two names holds a parent's word ("Groupe Valdor", "Nordvik Hotels")."""
    return any(fold(w) in _PARENT_WORDS for w in f"{a} {b}".split())
