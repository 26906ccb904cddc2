"""The company ranker: the rules propose every name they find and the fact model picks one or
none. On mails written for these tests (no corpus mail): a town beside the firm, a person with an
academic or professional title, a job title compound, a legal headhunter, a firm of partners whose
surname is also a recruiting system's name, and a domain that spells an umlaut out."""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.company import clean, is_place, titled_person
from onward.drafts.company_clues import choose_company, company_candidates
from onward.drafts.facts import A_PERSON
from onward.drafts.layout import split
from tests.support.drafts import mail


def test_every_name_the_clues_find_is_a_candidate_the_rules_winner_first():
    layout = split("Dear Ana,\n\nThank you for your interest in Quillon Analytics. We have chosen another "
                   "candidate.\n\nBest regards,\nMarta Jensen\nTalent Partner\nQuillon Analytics\nLeeds\n")
    found = company_candidates(layout, "Your application", [("Marta Jensen", "marta@quillon-analytics.example")],
                               [], "Marta Jensen", set())
    names = [c.name for c in found]
    assert names[0] == "Quillon Analytics" and found[0].rank == 0
    assert "Leeds" in names and found[names.index("Leeds")].rank > 0


def test_a_town_beside_the_firm_in_the_signature_is_not_the_company():
    raw = mail("Dear Priya,\n\nThank you for meeting us about the Office Coordinator post. We have decided to "
               "offer it to a candidate with more experience of dental practice.\n\nKind regards,\n"
               "Helen Marsh\nPractice Owner, Marsh Family Dentistry\nCardiff\n",
               sender="Helen Marsh <helen@marshdentistry.example>", subject="Thank you")
    r = read_rejection(raw)
    assert r.company in ("", "Marsh Family Dentistry")


def test_a_town_that_the_domain_names_too_is_still_a_place():
    raw = mail("Madame,\n\nNous avons bien reçu votre candidature au poste de secrétaire médicale. Nous ne "
               "pouvons malheureusement pas y donner une suite favorable.\n\nCordialement,\n"
               "Responsable RH – Clinique des Tilleuls\nLiège\n",
               sender="Clinique des Tilleuls <rh@cdt-liege.example>", subject="Votre candidature", language="fr")
    r = read_rejection(raw)
    assert r.company in ("", "Clinique des Tilleuls")


def test_a_person_with_a_short_title_is_not_the_company():
    raw = mail("Estimada Lucía:\n\nLe agradecemos su postulación a la plaza de Asistente de Cátedra. Tras evaluar "
               "los expedientes, la comisión ha seleccionado a otra candidata.\n\nAtentamente,\n\n"
               "Mg. Rosario Quispe Huamán\nCoordinadora Académica\nUniversidad Andina del Sur\n",
               sender="Mg. Rosario Quispe Huamán <rquispe@uandinasur.example>",
               subject="Resultado de su postulación", language="es")
    r = read_rejection(raw)
    assert "Rosario" not in r.facts["company"].value
    assert r.company in ("", "Universidad Andina del Sur")


def test_short_academic_titles_name_a_person_not_a_firm():
    assert titled_person("Pr. Odile Marchand") and titled_person("Ab. Jorge Villalba")
    assert not titled_person("St. Mary's Hospital")
    assert clean("Pr. Odile Marchand") == "" and clean("St. Mary's Hospital") == "St. Mary's Hospital"


def test_a_german_title_compound_in_the_signature_is_not_the_company():
    raw = mail("Liebe Frau Kaya,\n\nvielen Dank für Ihre Bewerbung um einen Ausbildungsplatz als Bäckerin. Leider "
               "können wir Ihnen keinen Platz anbieten.\n\nFreundliche Grüße\nJutta Brandl\n"
               "Gleichstellungsbeauftragte\nBäckerei Sonnenkorn\n",
               sender="Jutta Brandl <j.brandl@sonnenkorn-baeckerei.example>",
               subject="Ihre Bewerbung", language="de")
    r = read_rejection(raw)
    assert r.facts["company"].value != "Gleichstellungsbeauftragte"
    assert r.company in ("", "Bäckerei Sonnenkorn")


def test_a_domain_that_spells_an_umlaut_out_agrees_with_the_name_in_another_order():
    layout = split("Hallo Herr Peters,\n\nleider ist die Stelle bereits vergeben.\n\nViele Grüße\nMia Vogt\n"
                   "Bäckerei Sonnenkorn\n")
    choice = choose_company(layout, "Ihre Bewerbung", [("Mia Vogt", "mia@sonnenkornbaeckerei.example")], [],
                            "Mia Vogt", set())
    assert choice.name == "Bäckerei Sonnenkorn" and choice.agrees_with_domain


def test_a_legal_headhunter_is_not_the_employer():
    raw = mail("Hi Daniel,\n\nI heard back from the firm today: they have decided to proceed with candidates "
               "with more banking experience for the Senior Associate role.\n\nBest,\nGrace\n\nGrace Holloway\n"
               "Principal Consultant\nSterling Legal Search Ltd\n",
               sender="Grace Holloway <grace@sterlinglegalsearch.example>", subject="Update on your application")
    r = read_rejection(raw)
    assert r.company != "Sterling Legal Search"


def test_a_firm_of_partners_whose_surname_is_a_recruiting_systems_name_is_a_company():
    assert clean("Ashby & Partners Dental") == "Ashby & Partners Dental"
    assert clean("Greenhouse") == ""  # the recruiting system's own name still is not


def test_places_are_the_tables_towns():
    assert is_place("Glasgow") and is_place("namur") and is_place("Bodensee")
    assert not is_place("Glasgow Caledonian University")


# --- agencies and offices that pass the employer's answer on -------------------------------------

def test_an_agency_that_states_it_is_an_employment_agency_is_not_the_employer():
    raw = mail("Hi Tom,\n\nHarlow Foods have come back to me: they will not take your application for the Payroll "
               "Officer role further.\n\nBest regards,\nNadia Clarke\nSenior Consultant\nBrookvale Search Ltd\n\n"
               "Brookvale Search Ltd acts as an employment agency for permanent vacancies.\n",
               sender="Nadia Clarke <nadia@brookvale.example>", subject="Payroll Officer")
    assert "Brookvale" not in read_rejection(raw).company


def test_a_universitys_placement_office_is_not_the_employer():
    raw = mail("Estimado estudiante:\n\nTe informamos de que la empresa Conservas del Cantábrico ha finalizado la "
               "selección de la oferta de prácticas de Calidad Alimentaria. La entidad ha comunicado a este "
               "servicio que tu candidatura no ha sido seleccionada.\n\nAtentamente,\n\n"
               "Servicio de Prácticas y Empleo\nUniversidad de Olmedilla\n",
               sender="Servicio de Prácticas – Universidad de Olmedilla <practicas@uolmedilla.example>",
               subject="Oferta de prácticas – Conservas del Cantábrico", language="es")
    assert read_rejection(raw).company != "Universidad de Olmedilla"


def test_the_senders_own_name_spelled_by_the_address_is_no_company():
    # The display name spelled by the address ("youssef.elamrani") is a person: never the company. Since
    # people.py reads particles ("El Amrani"), it is not even a candidate; before, the ranker's rule said so.
    raw = mail("Bonjour,\n\nNous vous remercions pour votre candidature au poste de commercial. Nous avons retenu "
               "un autre profil.\n\nCordialement\n",
               sender="Youssef El Amrani <youssef.elamrani@mail.example>", subject="Votre candidature", language="fr")
    r = read_rejection(raw)
    assert "Youssef" not in r.company and "Youssef" not in r.record_company
    assert r.facts["company"].how in (A_PERSON, "") and not r.facts["company"].value


# --- the role ------------------------------------------------------------------------------------

def test_the_process_in_front_of_a_role_is_not_part_of_it():
    raw = mail("Hola Andrés:\n\nGracias por participar en el proceso. Lamentamos informarte que no continuarás en "
               "la selección.\n\nSaludos,\nEquipo de Talento\nFerretería El Roble\n",
               sender="Talento <talento@ferreteriaelroble.example>",
               subject="Proceso Jefe de Bodega – Ferretería El Roble", language="es")
    assert read_rejection(raw).facts["role"].value == "Jefe de Bodega"


def test_a_subject_role_after_en_tant_que_and_before_stelle_is_read():
    raw = mail("Bonjour Léa,\n\nMerci pour ton intérêt. Nous avons choisi un autre profil.\n\nÀ bientôt,\n"
               "L'équipe du Bistrot des Halles\n", sender="Bistrot des Halles <rh@bistrotdeshalles.example>",
               subject="Ta candidature en tant que Commis de cuisine", language="fr")
    assert read_rejection(raw).facts["role"].value == "Commis de cuisine"
    raw = mail("Hallo Herr Yilmaz,\n\nleider haben wir die Stelle bereits vergeben.\n\nViele Grüße\n"
               "Gasthof Linde\n", sender="Gasthof Linde <info@gasthof-linde.example>",
               subject="Servicekraft Stelle", language="de")
    assert read_rejection(raw).facts["role"].value == "Servicekraft"


def test_french_titles_written_in_lower_case_are_titles():
    raw = mail("Madame,\n\nNous avons bien reçu votre candidature au poste d'orthophoniste. Nous ne pouvons pas y "
               "donner une suite favorable.\n\nCordialement,\nCentre Médical des Saules\n",
               sender="Centre Médical des Saules <recrutement@cmsaules.example>", subject="Votre candidature",
               language="fr")
    raw2 = mail("Madame,\n\nMerci pour votre candidature au poste de conductrice de bus. Nous avons retenu un autre "
                "profil.\n\nCordialement,\nTransports Vallée Verte\n",
                sender="Transports Vallée Verte <rh@tvv.example>", subject="Votre candidature", language="fr")
    from onward.drafts.role import looks_like_title
    assert looks_like_title("conductrice de bus") and looks_like_title("ergothérapeute")
    assert not looks_like_title("dans le secteur")
    assert read_rejection(raw2).facts["role"].value == "conductrice de bus"
    assert read_rejection(raw).facts["role"].value in ("orthophoniste", "")
