"""The rules' first company candidate, by classes of wrong one rounds 1-15 showed (issue #10): a
guess from a domain that runs a name's words together ("exportadorabanano") while the mail writes
the name otherwise. Such a guess is no candidate: a reply that names no company is better than one
that names it wrong.

Every mail here is written for this file; each class's test failed before its change, and the
probes (marked so) are ordinary employers with the rule's trigger in their name, which stay named.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.company_keys import key
from tests.support.mail import addressed_mail


def candidates(raw: bytes) -> list[str]:
    """Every company candidate the rules found, as the confidence model weighs them."""
    return [c.value for c in read_rejection(raw).facts["company"].candidates]


def first_candidate(raw: bytes) -> str:
    return read_rejection(raw).facts["company"].value


# A domain of squashed words; the mail signs the firm with words the domain opens or closes with.
SQUASHED = [
    pytest.param("Rosa Quintana <rquintana@vitralesluz.example>", "Re: Ayudante de taller",
                 "Buenas tardes, Sr. Paredes. Gracias por su interés; sin embargo, elegimos a otro candidato "
                 "para ayudante de taller. Éxitos.\n\nRosa Quintana\nVitrales Luminosos del Norte S.A.\n",
                 "vitralesluz", id="es"),
    pytest.param("Owen Pryce <owen@harrowgatebakes.example>", "bakery assistant",
                 "Hi Sam - we've taken on someone else for the bakery assistant job, sorry. Thanks for "
                 "popping in. Owen, The Harrow Gate\n",
                 "harrowgatebakes", id="en"),
]


@pytest.mark.parametrize("sender, subject, body, squashed", SQUASHED)
def test_a_squashed_domain_the_mail_writes_otherwise_is_no_candidate(sender: str, subject: str, body: str,
                                                                       squashed: str) -> None:
    found = candidates(addressed_mail(sender, subject, body))
    assert all(key(name) != squashed for name in found), found


# Probes: the mail writes the squashed name with spaces (or "&"), or only a common word the domain
# closes with ("Social Media" of a subject): the domain's guess stays the first candidate.
SQUASHED_PROBES = [
    pytest.param("Jo Marsh <jo@ropeandanchor.example>", "barista job",
                 "Hi Sam, thanks for dropping your CV in - we've filled the barista role now. Good luck! "
                 "Jo, Rope & Anchor\n", "ropeandanchor", id="probe-ampersand"),
    pytest.param("Kit Doyle <kit@quillbrookmedia.example>", "Re: Social Media Assistant application",
                 "Hi Sam,\n\nThanks for following up. We filled the role internally last week, sorry for "
                 "the slow reply.\n\nBest,\nKit\n", "quillbrookmedia", id="probe-common-closing-word"),
]


@pytest.mark.parametrize("sender, subject, body, squashed", SQUASHED_PROBES)
def test_a_squashed_domain_the_mail_writes_as_words_stays(sender: str, subject: str, body: str,
                                                           squashed: str) -> None:
    assert key(first_candidate(addressed_mail(sender, subject, body))) == squashed
