"""The role is stated only when it is the whole title: a title the mail carries on after a dash or
with its field is completed or left out, never cut short; the company after a title is no part of
it; a subject's "Position in <town>" and a French sentence after the title are no part of it; a
title with "Process" or "Application" in it is one; a reference, the contract, the working time or
the place after a dash ("– Ref 2231", "– CDI", "– Remote", "– Standort Hamburg") is no part of it.
Mails written for these tests (no corpus mail); each fails on the rules before this change."""

from __future__ import annotations

from onward.drafts.company_keys import key
from onward.drafts.role import choose_role_evidence
from onward.drafts.role_runs_on import runs_on, whole_title


def role_of(body: str, subject: str, language: str = "en", company: str = "") -> str:
    """The role as drafts/rejection.py reads it, beside the rules' company."""
    return choose_role_evidence(body, subject, language, {key(company)} - {""}, company)[0]


def test_a_field_after_a_dash_is_part_of_the_title():
    body = ("Dear Ms Okafor,\n\nThank you for your interest in the position of Analyst – Credit Risk Modelling "
            "(Ref 4471) in Leeds. After careful review we will not take your application further.\n")
    assert role_of(body, "Your application – Ref 4471", company="Harwood Bank") == "Analyst – Credit Risk Modelling"


def test_a_requisition_number_or_the_company_after_a_dash_is_not():
    body = ("Dear Mr Lund,\n\nThank you for applying to the position of Data Analyst – R-44812. We have decided "
            "to move forward with other candidates.\n")
    assert role_of(body, "Application update", company="Fenwick Retail") == "Data Analyst"
    assert whole_title("Data Analyst", "for the Data Analyst – Fenwick Retail vacancy", "", "en",
                       "Fenwick Retail", set()) == "Data Analyst"


def test_a_german_title_of_job_words_takes_its_field_after_im():
    body = ("Sehr geehrte Frau Roth,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter/in im Beschaffungswesen. "
            "Leider haben wir uns für eine andere Bewerberin entschieden.\n")
    assert role_of(body, "Ihre Bewerbung", "de", "Stadtwerke Oberau") == "Sachbearbeiter/in im Beschaffungswesen"


def test_a_german_title_in_a_team_takes_no_field():
    body = ("Hallo Jonas,\n\ndanke für deine Bewerbung als Werkstudent im Team Vertrieb. Leider haben wir "
            "die Stelle bereits vergeben.\n")
    assert role_of(body, "Deine Bewerbung", "de", "Kranich Software") == "Werkstudent"


def test_a_title_of_job_words_the_mail_carries_on_is_left_out():
    # French: "Conseiller à la vente en ligne" is the title; "Conseiller" alone is another job.
    body = ("Madame,\n\nNous faisons suite à votre candidature au poste de Conseiller à la vente en ligne. "
            "Nous avons retenu un autre profil.\n")
    assert role_of(body, "Votre candidature", "fr", "Maison Verlaine") == ""
    # Spanish: the subject writes the whole title, the body only its job word.
    body = ("Hola Marta:\n\nGracias por tu candidatura para el puesto de Auxiliar en nuestro restaurante. "
            "Hemos seleccionado a otra persona.\n")
    assert role_of(body, "Candidatura – Auxiliar de cocina", "es", "Casa Ordóñez") == ""


def test_a_title_before_a_place_or_the_company_is_whole():
    body = ("Hola Marta:\n\nGracias por tu candidatura para el puesto de Camarero en Restaurante Olivo. "
            "Hemos seleccionado a otra persona.\n")
    assert role_of(body, "Tu candidatura", "es", "Restaurante Olivo") == "Camarero"
    assert not runs_on("Camarero", ("el puesto de Camarero en nuestra terraza",), "es", set())


def test_the_company_after_a_title_is_no_part_of_it():
    body = ("Dear Ms Doyle,\n\nI am writing following the final interviews for the position of General Manager "
            "of Larchmont Country Club held last week. The committee has appointed another candidate.\n")
    assert role_of(body, "General Manager – Larchmont Country Club: update",
                   company="Kestrel Executive Search") == "General Manager"


def test_a_subjects_position_in_a_town_is_no_part_of_the_title():
    body = ("Hallo Herr Yilmaz,\n\nich melde mich mit dem Feedback unseres Kunden zur Position als Senior "
            "Buchhalter (m/w/d). Der Kunde hat sich für einen anderen Kandidaten entschieden.\n")
    assert role_of(body, "Feedback – Buchhalter Position in Leipzig", "de",
                   "Zeitwerk Personal") == "Senior Buchhalter"


def test_a_french_sentence_after_the_title_is_no_part_of_it():
    body = "Bonjour, le poste de caissier n'est plus disponible. Cordialement, Paul"
    assert role_of(body, "Re: caissier", "fr") == "caissier"


def test_a_title_with_process_or_application_in_it_is_a_title():
    body = ("Hi Wei,\n\nAcme Robotics has reviewed your CV for the Application Engineer (Robotics) role and "
            "decided not to invite you to interview.\n")
    assert role_of(body, "Acme Robotics – Application Engineer",
                   company="Brightpath Talent") == "Application Engineer"


def test_a_part_of_the_companys_name_is_no_role():
    body = "Hi Sam, sadly I didn't get the Halloran job. Onto the next one!"
    assert role_of(body, "Fwd: Your application to Halloran & Price", company="Halloran & Price") == ""


def test_the_letters_of_a_reference_number_are_no_role():
    body = ("Sehr geehrte Frau Lenz,\n\nwir danken Ihnen für Ihre Bewerbung auf die Ausschreibung KVZ-2026-118 "
            "(Sachbearbeitung Haushalt). Leider konnten wir Sie nicht berücksichtigen.\n")
    assert role_of(body, "Ihre Bewerbung", "de", "Landesamt für Statistik") == ""


def test_how_long_the_job_lasts_is_no_part_of_the_title():
    body = ("Bonjour Inès,\n\nJe reviens vers vous au sujet de la mission de gestionnaire paie de 4 mois chez "
            "Maison Dufresne. Le client a retenu une autre candidate.\n")
    assert role_of(body, "Mission gestionnaire paie", "fr", "Intérim Plus") == "gestionnaire paie"


_FENWICK = ("Dear Alex,\n\nThank you for applying for the {} position at Fenwick. We have decided to move forward "
            "with other candidates.\n\nKind regards,\nFenwick Ltd\n")


def test_a_reference_after_a_dash_is_not_the_titles_field():
    assert role_of(_FENWICK.format("Data Analyst – Ref 2231"), "Your application",
                   company="Fenwick") == "Data Analyst"


def test_a_region_or_working_place_after_a_dash_is_not_the_titles_field():
    assert role_of(_FENWICK.format("Account Manager – DACH region"), "Your application",
                   company="Fenwick") == "Account Manager"
    assert role_of(_FENWICK.format("Data Analyst – Remote"), "Your application", company="Fenwick") == "Data Analyst"


def test_a_german_standort_after_a_dash_is_not_the_titles_field():
    body = ("Sehr geehrte Frau Moreau,\n\nvielen Dank für Ihre Bewerbung als Senior Data Analyst (m/w/d) – Standort "
            "Hamburg. Leider haben wir uns\nfür eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\n"
            "Hanse Logistik GmbH\n")
    assert role_of(body, "Ihre Bewerbung: Senior Data Analyst (m/w/d) – Standort Hamburg – Ref. 2026-114", "de",
                   "Hanse Logistik GmbH") == "Senior Data Analyst"
    assert role_of(_FENWICK.format("Steuerfachangestellte (m/w/d) – Standort München"), "Your application",
                   company="Fenwick") == "Steuerfachangestellte"


def test_a_contract_type_after_a_dash_is_not_the_titles_field():
    assert role_of(_FENWICK.format("Comptable – CDI – Bordeaux"), "Your application",
                   company="Fenwick") == "Comptable"


def test_a_year_after_a_dash_stays_but_a_reference_goes():
    body = ("Dear Alex,\n\nThank you for applying for Ski Instructor – Season 2026 at Fenwick. We have decided "
            "to move forward with other candidates.\n")
    assert role_of(body, "Your application", company="Fenwick") == "Ski Instructor – Season 2026"
    from onward.drafts.role_qualifiers import without_terms_after_dash
    assert without_terms_after_dash("Graduate Engineer – Intake 2026", "") == "Graduate Engineer – Intake 2026"
    assert without_terms_after_dash("Graduate Engineer – Ref 2026", "") == "Graduate Engineer"
