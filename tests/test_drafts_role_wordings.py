"""Roles a draft stated wrong for new writers: a title cut before its comma, dash or second part;
two wordings of the role in one mail; a programme's or the process's words, or a preposition,
taken for the title. A role the mail does not name for sure is left out: no role is better than a
wrong one."""

import pytest

from onward.drafts.role import choose_role_evidence, without_company


def role_of(body: str, subject: str, language: str, company: str = "") -> str:
    return choose_role_evidence(body, subject, language, set(), company)[0]


# --- a title cut before its comma, dash or second part --------------------------------------------

@pytest.mark.parametrize("body, language", [
    # A dash, then a second title: the role is one of its two parts.
    ("Te escribimos sobre tu solicitud como Reponedor/a – Auxiliar de caja para nuestra tienda de Tlalpan. "
     "Por ahora no seguiremos con tu proceso.", "es"),
    ("Thank you for applying as Receptionist – Administrative Assistant at our Leeds clinic. We have "
     "decided not to take your application further.", "en"),
    # A dash, then the field in lower case (French and Spanish write fields so).
    ("Merci pour votre venue aux entretiens pour le poste de Technicienne de maintenance – éoliennes en mer. "
     "Nous avons retenu un autre profil.", "fr"),
    ("Gracias por participar en el proceso para el puesto de Ingeniera de obra – instalaciones térmicas. "
     "Hemos elegido a otra persona.", "es"),
    # Job words alone, then a comma and their field in lower case.
    ("Al final la tienda cerró el equipo de verano (puesto de Vendedor/a, moda y complementos) y no te han "
     "elegido esta vez.", "es"),
    ("Votre candidature (poste de vendeur, parfumerie et maquillage) n'a malheureusement pas été retenue.", "fr"),
])
def test_a_title_the_mail_writes_on_after_a_dash_or_comma_is_not_stated_cut(body, language):
    assert role_of(body, "Tu candidatura" if language == "es" else "Candidature", language) == ""


@pytest.mark.parametrize("body, subject, language, role", [
    # A town, a contract or the mail's next words after the comma or dash are no part of the title; a
    # name no table knows may be a town or a field: job words alone are then no title.
    ("Thank you for applying for the Paralegal, Bristol role. Unfortunately we will not progress your "
     "application.", "Your application", "en", "Paralegal"),
    ("Thank you for applying for the Paralegal, Woking role. Unfortunately we will not progress your "
     "application.", "Your application", "en", ""),
    ("Nous vous remercions pour votre candidature au poste de Comptable – CDI – Bordeaux. Elle n'a pas été "
     "retenue.", "Votre candidature", "fr", "Comptable"),
    ("Gracias por tu interés en el puesto de Camarero/a – temporada de verano. Lamentablemente no "
     "seguimos con tu candidatura.", "Candidatura", "es", ""),
    ("Merci pour votre candidature au poste de serveur – malheureusement il a déjà été pourvu.",
     "Candidature serveur", "fr", "serveur"),
])
def test_what_follows_a_comma_or_dash_that_is_no_part_of_the_title(body, subject, language, role):
    assert role_of(body, subject, language) == role
