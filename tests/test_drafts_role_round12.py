"""Round 12's classes of wrong roles: a title cut at a bracketed gender ending ("Chef(fe)").
Mails written for these tests (no corpus mail)."""

from __future__ import annotations

from onward.drafts import read_rejection
from tests.test_drafts_facts import mail


def role_of(raw: bytes) -> str:
    """The rules' reading of the role (what the fact model then scores)."""
    return read_rejection(raw).facts["role"].value


def test_a_bracketed_doubled_consonant_ending_is_part_of_the_word():
    # "Chef(fe)": the feminine doubles the consonant; the bracket is no end of the title.
    raw = mail("Bonjour Camille,\n\nNous vous remercions de votre candidature au poste de Chef(fe) d'équipe "
               "logistique. Après examen attentif, nous ne pouvons pas y donner une suite favorable.\n\n"
               "Cordialement,\nNadège Ferrand\nTransports Vellard\n",
               sender="Nadège Ferrand <n.ferrand@vellard.example>", subject="Votre candidature", language="fr")
    assert role_of(raw) == "Chef(fe) d'équipe logistique"
