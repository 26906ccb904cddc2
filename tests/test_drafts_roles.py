"""Role titles with inclusive endings in brackets (read whole, and written back as the mail wrote
them), and phrases that only look like roles. Mails written for these tests (no corpus mail)."""

import pytest

from onward.drafts.role import find_role
from tests.support.drafts import mail
from tests.support.stated import rules_role


def in_body(body: str, language: str) -> str:
    """The role find_role reads in a body with no subject."""
    return find_role(body, "", language, set())


def in_mail(body: str, sender: str, subject: str, language: str) -> str:
    """The rules' role of a mail built from these parts."""
    return rules_role(mail(body, sender=sender, subject=subject, language=language))


@pytest.mark.parametrize("read, args, role", [
    pytest.param(in_body, ("Nous ne donnerons pas suite à votre candidature pour le poste de Chargé(e) de projet "
                           "marketing digital.", "fr"), "Chargé(e) de projet marketing digital", id="fr-e"),
    pytest.param(in_body, ("Gracias por su interés en el puesto de Ingeniero(a) de Datos en nuestra empresa.", "es"),
                 "Ingeniero(a) de Datos", id="es-a"),
    # "Chef(fe)": the feminine doubles the consonant; the bracket is no end of the title.
    pytest.param(in_mail, ("Bonjour Camille,\n\nNous vous remercions de votre candidature au poste de Chef(fe) "
                           "d'équipe logistique. Après examen attentif, nous ne pouvons pas y donner une suite "
                           "favorable.\n\nCordialement,\nNadège Ferrand\nTransports Vellard\n",
                           "Nadège Ferrand <n.ferrand@vellard.example>", "Votre candidature", "fr"),
                 "Chef(fe) d'équipe logistique", id="fr-mail-doubled-consonant"),
])
def test_a_bracketed_gender_ending_is_part_of_the_title(read, args, role):
    assert read(*args) == role


def test_an_invitation_to_apply_for_other_openings_names_no_role():
    assert in_body("You are welcome to apply for our summer internships or for future graduate intakes.", "en") == ""
