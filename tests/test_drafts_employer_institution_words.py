"""An agency whose name opens with an institution's word ("City Staffing Partners", "Hospital
Staffing Network", "Ecole Intérim Ouest") is still an agency; a department's head ("Servicio de
Empleo de ...") is no part of the employer's name; a word written onto "-Team" ("Ihr Kita-Team") is a
company only where it is a name the sender's domain or display name carries.

Every mail here is written for this file. Each test failed before these rules (the draft stated the
agency, the whole "Servicio de ..." line, "Kita"), but for three guards of what must not change:
"Praxis-Team" and "Brombeere-Team" were already left out, "Hagebutte-Team" from hagebutte is stated.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail
from tests.support.stated import assert_company_read

# (language, body, sender, subject, the employer the draft may state: the client the mail names, or "")
AGENCIES_WITH_AN_INSTITUTIONS_WORD = [
    ("en", "Dear Jordan,\n\nThank you for applying for the Forklift Driver vacancy with Brackenfield Dairies in "
           "Chelmsford.\nUnfortunately you have not been shortlisted this time.\n\nKind regards,\nNina Hale\n"
           "Recruitment Consultant\nCity Staffing Partners",
     "City Staffing Partners <jobs@citystaffingpartners.example>", "Your application - Forklift Driver",
     "Brackenfield Dairies"),
    ("en", "Dear Jordan,\n\nThank you for your application for the Theatre Nurse assignment at Greyfriars "
           "Infirmary.\nUnfortunately we cannot offer you this assignment.\n\nSincerely,\n"
           "Hospital Staffing Network",
     "Hospital Staffing Network <bookings@hospitalstaffingnetwork.example>", "Your application - Theatre Nurse",
     ""),
    ("en", "Dear Jordan,\n\nThank you for applying for the Teaching Assistant vacancy with Oakbrook Academy in "
           "Reading.\nUnfortunately you have not been shortlisted on this occasion.\n\nBest wishes,\nTara Quinn\n"
           "Consultant\nSchool Staffing Partners",
     "School Staffing Partners <hello@schoolstaffingpartners.example>", "Your application",
     "Oakbrook Academy"),
    ("fr", "Bonjour Jordan,\n\nMerci pour votre candidature au poste de surveillant au Lycée Jean-Moulin de "
           "Nantes.\nNous ne pouvons malheureusement pas y donner suite.\n\nCordialement,\nPaul Garnier\n"
           "Chargé de recrutement\nEcole Intérim Ouest",
     "Ecole Intérim Ouest <contact@ecole-interim-ouest.example>", "Votre candidature", ""),
]


@pytest.mark.parametrize("language, body, sender, subject, employer", AGENCIES_WITH_AN_INSTITUTIONS_WORD)
def test_an_agency_whose_name_opens_with_an_institutions_word_is_not_the_employer(
        language, body, sender, subject, employer):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    agency = sender.split(" <")[0]
    assert read.company in (employer, "")
    assert agency.split()[0] not in read.company
    assert "Staffing" not in read.company and "Intérim" not in read.company


def test_the_client_an_agency_with_an_institutions_word_names_is_still_stated():
    body, sender, subject, employer = AGENCIES_WITH_AN_INSTITUTIONS_WORD[0][1:]
    read = read_rejection(mail(body, sender=sender, subject=subject))
    assert read.record_company == employer and read.company in (employer, "")


def test_a_service_of_the_employer_is_no_part_of_its_name():
    body = ("Estimada Marta:\n\nLe agradecemos su interés en el puesto de Auxiliar Administrativo. Tras "
            "estudiar su candidatura, hemos decidido no continuar con su proceso.\n\nAtentamente,\n"
            "Servicio de Empleo de Cooperativa Agraria del Ebro")
    read = read_rejection(mail(body, sender="Empleo <empleo@cooperativa-ebro.example>",
                               subject="Su candidatura", language="es"))
    assert "Servicio" not in read.company and "Empleo" not in read.company
    assert read.company in ("", "Cooperativa Agraria del Ebro")


def test_a_service_head_found_by_the_signature_is_cleaned():
    from onward.drafts.company import clean
    assert clean("Servicio de Selección de Cooperativa Agraria del Ebro") in ("", "Cooperativa Agraria del Ebro")
    assert not clean("Service de Recrutement de la Mutuelle Armor").startswith("Service")


@pytest.mark.parametrize("team", ["Praxis", "Filial", "Empfangs", "Bewerbungs", "Kita"])
def test_a_teams_word_written_onto_team_is_no_company(team):
    body = (f"Liebe Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Erzieherin. Leider können wir Sie "
            f"nicht berücksichtigen.\n\nWir wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\n"
            f"Ihr {team}-Team")
    # The domain spells the word too ("kita-sonnenhof"): a team's function, not a name.
    read = read_rejection(mail(body, sender=f"Bewerbung <bewerbung@{team.lower()}-sonnenhof.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.company == ""


def test_a_word_written_onto_team_that_neither_domain_nor_display_name_carries_is_no_company():
    body = ("Liebe Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Köchin. Leider können wir Sie nicht "
            "berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Brombeere-Team")
    read = read_rejection(mail(body, sender="Bewerbung <bewerbung@sonnenhof-verbund.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.company == ""


def test_a_name_written_onto_team_is_stated_where_the_domain_carries_it():
    body = ("Liebe Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Köchin. Leider können wir Sie nicht "
            "berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Hagebutte-Team")
    read = read_rejection(mail(body, sender="Bewerbung <jobs@hagebutte.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert_company_read(read, "Hagebutte")
