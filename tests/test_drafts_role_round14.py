"""Roles the rules found none of on rounds 1-13 (issue 10, after round 13), by class of how the mail
writes the title; each class with probes that look like it and name no post, or name it otherwise.
Mails written for these tests (no corpus mail)."""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.test_drafts_facts import mail


def role_of(body: str, subject: str, language: str) -> str:
    """The rules' reading of the role (what the fact model then scores)."""
    raw = mail(body, sender="Recruiting <jobs@employer.example>", subject=subject, language=language)
    return read_rejection(raw).facts["role"].value


@pytest.mark.parametrize("language, subject, body, role", [
    # "IT" in capitals is the field of the title, not the pronoun "it" of a sentence.
    ("fr", "Votre candidature",
     "Bonjour Maël,\n\nMerci pour votre candidature au poste de Responsable support IT. Nous avons retenu "
     "un autre profil.\n\nCordialement,\nOdile Marchand\nMaison Corbeau\n", "Responsable support IT"),
    ("de", "AW: Bewerbung Teamleiter IT", "Hallo Jonas,\n\nwir haben uns für einen anderen Bewerber "
     "entschieden.\n\nViele Grüße\nMarlene Ost\nHafenwerk Kiel GmbH\n", "Teamleiter IT"),
    ("es", "Re: IT Service Manager – Conservas Bahía", "Hola Nerea,\n\ngracias por tu interés. Hemos "
     "seleccionado a otra persona.\n\nUn saludo,\nIker Salas\nConservas Bahía\n", "IT Service Manager"),
])
def test_a_title_s_field_written_it_in_capitals_is_no_pronoun(language, subject, body, role):
    assert role_of(body, subject, language) == role


@pytest.mark.parametrize("language, subject, body", [
    # The pronoun, not the field: no role from these.
    ("en", "Your application", "Dear Sam,\n\nThank you for applying. IT IS WITH REGRET that we tell you the "
     "post has been filled.\n\nKind regards,\nPriya Nair\nWillowbank Care\n"),
    ("en", "Update", "Dear Sam,\n\nWe reviewed it and we think it is not the right time for us. Thank you "
     "for your interest.\n\nKind regards,\nPriya Nair\nWillowbank Care\n"),
    ("de", "Ihre Bewerbung", "Hallo Jonas,\n\nunsere IT hat Ihre Unterlagen leider erst spät weitergeleitet; "
     "wir haben uns für eine andere Bewerberin entschieden.\n\nViele Grüße\nMarlene Ost\nHafenwerk Kiel GmbH\n"),
])
def test_it_in_capitals_without_a_post_names_no_role(language, subject, body):
    assert role_of(body, subject, language) == ""
