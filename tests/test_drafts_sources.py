"""Wrong facts, third pass (issue 10 item 4): the classes of wrong company, role or person still
seen on the second independent round, each fixed by a general rule about where a fact sits in a
mail (a signature's team line, a title line, a link, a programme's name), never by a rule for one
mail.

Every mail here is written for this file (not taken from any corpus or held-out set). Each test
failed on the commit before this work (1abcf11) unless it says it guards a case that must stay.
"""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.company import without_legal_form
from tests.support.drafts import mail, reply_text
from tests.support.stated import assert_company_read


# --- a signature's structure -------------------------------------------------------------------

def test_a_team_line_followed_by_the_employers_line_names_a_department():
    raw = mail("Hi Priya,\n\nThanks for coming to our assessment day. Unfortunately we won't be offering "
               "you a place on the programme this year.\n\nAll the best,\n\nThe Graduate Recruitment Team\n"
               "Halloran Robotics\nLeeds | Sheffield",
               sender="Graduate Recruitment <noreply@candidates-mail.example>",
               subject="2026 Graduate Programme: your application")
    r = read_rejection(raw)
    assert r.company in ("Halloran Robotics", "")
    assert "Graduate" not in r.company


def test_a_spanish_team_line_followed_by_the_employers_line_names_a_department():
    raw = mail("Hola Lucía:\n\nGracias por inscribirte en nuestro programa. Lamentablemente no has sido "
               "seleccionada para la Beca de Ingeniería Naval.\n\nUn saludo,\n\n"
               "Equipo de Marca Empleadora y Talento Joven\nAstilleros del Norte, S.A.",
               sender="Programa Talento Joven <talento@astillerosnorte.example>",
               subject="Programa de Becas 2026 - Resolución", language="es")
    r = read_rejection(raw)
    assert r.company in ("Astilleros del Norte", "")
    assert "Marca" not in r.company and "Talento" not in r.company


def test_a_word_beside_a_job_title_in_the_signature_is_not_the_employer():
    # "Gerente de Operaciones" is split at " de ": "Operaciones" is the title's field.
    raw = mail("Buen día Ing. Salas,\n\nLe informo que la dirección decidió contratar a otro candidato para "
               "la vacante de Supervisor de Obra, por lo que no continuaremos con su proceso.\n\nSaludos,\n"
               "Ing. Ramiro Fuentes\nGerente de Operaciones\nConstructora Vallejo Hermanos",
               sender="Ing. Ramiro Fuentes <rfuentes@cvhermanos.example>",
               subject="Seguimiento a su postulación", language="es")
    r = read_rejection(raw)
    assert r.company in ("Constructora Vallejo Hermanos", "")
    assert "Operaciones" not in reply_text(raw)


def test_a_department_beside_a_title_is_not_the_employer():
    raw = mail("Estimada Dra. Rivas:\n\nLe agradezco su interés. La comisión eligió a otro candidato para "
               "el cargo de Profesor Adjunto, por lo que su postulación no fue seleccionada.\n\n"
               "Cordialmente,\n\nDr. Andrés Molina\nDirector, Departamento de Historia\n"
               "Universidad del Litoral Sur · Rosario",
               sender="Andrés Molina <amolina@ulsur.example>", subject="Concurso Profesor Adjunto",
               language="es")
    r = read_rejection(raw)
    assert r.company in ("Universidad del Litoral Sur", "")
    assert "Historia" not in r.company


def test_a_german_compound_job_title_is_not_the_employer():
    raw = mail("Sehr geehrte Frau Brandt,\n\nleider müssen wir Ihnen mitteilen, dass wir die Stelle der "
               "Wohnbereichsleitung anderweitig besetzen werden.\n\nMit freundlichen Grüßen\n\n"
               "Martin Auerbach\nVerwaltungsdirektor\nKlinik Sonnenhang gGmbH\nBergstraße 4, 79100 Freiburg",
               sender="Martin Auerbach <m.auerbach@klinik-sonnenhang.example>",
               subject="Ihre Bewerbung", language="de")
    r = read_rejection(raw)
    assert_company_read(r, "Klinik Sonnenhang")
    assert "Verwaltungsdirektor" not in reply_text(raw)


def test_on_behalf_of_is_no_company_line():
    # "Im Auftrag" (on behalf of) opens a German official's signature: neither a name nor a company.
    from onward.drafts.company import clean

    assert clean("Im Auftrag") == ""


# --- how a name is written ---------------------------------------------------------------------

def test_a_programme_name_after_the_employer_is_not_part_of_it():
    raw = mail("Dear Sam,\n\nThank you for your application to the Marlow & Finch Graduate Leadership "
               "Scheme. We regret that we will not be progressing your application.\n\nKind regards,\n"
               "The Early Careers Team\nMarlow & Finch plc",
               sender="Marlow & Finch Early Careers <earlycareers@mf.oleeo.example>",
               subject="Graduate Leadership Scheme – your application")
    r = read_rejection(raw)
    assert r.company in ("Marlow & Finch", "")
    assert "Scheme" not in r.company and "Graduate" not in r.company


def test_a_governing_body_named_before_the_employer_is_not_part_of_it():
    raw = mail("Dear Maria,\n\nOn behalf of the Board of Trustees of Harbourside Maritime Museum, thank you "
               "for the time you gave to our search for a Director. The Board has selected another "
               "candidate.\n\nWith best wishes,\n\nGeorge Whitcombe\nChair\nHarbourside Maritime Museum",
               sender="George Whitcombe <gwhitcombe@harboursidemaritime.example>",
               subject="Director search")
    r = read_rejection(raw)
    assert "Board" not in r.company and "Trustees" not in r.company
    assert r.company in ("Harbourside Maritime Museum", "")


def test_a_name_stops_before_a_middle_dot_and_a_place():
    raw = mail("Estimado Sr. Pineda:\n\nEn nombre del Hotel Miramar le agradecemos su interés. Las vacantes "
               "de la presente convocatoria ya fueron cubiertas.\n\nAtentamente,\n\n"
               "Coordinación de Personal\nHotel Miramar · Cádiz, Andalucía",
               sender="Hotel Miramar <personal@hotelmiramar.example>", subject="Respuesta convocatoria",
               language="es")
    assert_company_read(read_rejection(raw), "Hotel Miramar")


def test_an_organisations_name_keeps_its_lower_case_words():
    raw = mail("Madame,\n\nNous avons bien reçu votre candidature pour le poste de Chargée de communication à "
               "l'École supérieure d'agronomie du Berry. Nous ne sommes pas en mesure d'y donner une suite "
               "favorable.\n\nCordialement,\n\nHélène Masson\nDirectrice de la communication\n"
               "École supérieure d'agronomie du Berry – Bourges",
               sender="Direction de la communication <drh@esa-berry.example>",
               subject="Votre candidature", language="fr")
    r = read_rejection(raw)
    assert r.company in ("École supérieure d'agronomie du Berry", "")
    assert r.company != "Bourges"


def test_legal_forms_without_their_dot_and_charitable_forms_are_dropped():
    assert without_legal_form("Klinik Sonnenhang gGmbH") == "Klinik Sonnenhang"
    assert without_legal_form("Harbor Coffee Co") == "Harbor Coffee"
    assert without_legal_form("Harbor Coffee Co.") == "Harbor Coffee"


def test_a_domain_spelt_inside_a_link_is_not_a_name():
    raw = mail("Dear Ms. Okoro,\n\nThank you for your candidacy for the position of Programme Manager at "
               "Riverbend International. The panel has recommended another candidate.\n\nWith warm "
               "regards,\n\nLaura Bennett\nDirector, People & Culture\nRiverbend International\n"
               "www.riverbendintl.example",
               sender="Laura Bennett <lbennett@riverbendintl.example>", subject="Your candidacy")
    r = read_rejection(raw)
    assert r.company in ("Riverbend International", "")
    assert "riverbendintl" not in reply_text(raw).lower().split("@")[0]


def test_a_reference_code_that_spells_the_domain_is_not_a_name():
    raw = mail("Dear Mr Patel,\n\nReference: NSW/DHS/1182/26 – Policy Officer\n\nThank you for your "
               "application. I wish to advise that you have not been shortlisted.\n\nYours sincerely\n\n"
               "Recruitment Services",
               sender="Recruitment Services <recruitment@dhs.nsw.gov.example>",
               subject="Application Status – NSW/DHS/1182/26")
    assert read_rejection(raw).company != "NSW"


def test_a_name_that_describes_a_noun_is_not_the_employer():
    raw = mail("Dear Mr Patel,\n\nThank you for your application for the Policy Officer position. Your "
               "application was not successful on this occasion.\n\nThank you for your interest in working "
               "with the Tasmanian public sector.\n\nYours sincerely\n\nPeople and Culture",
               sender="Recruitment <recruitment@dhs.example>", subject="Application outcome")
    assert read_rejection(raw).company != "Tasmanian"


def test_a_domain_agrees_with_a_name_written_with_ampersand_or_small_words():
    # Guard (passed before too): beside a job title, a name needs the domain's agreement now, and
    # "Auberge du Lac Vert" is aubergelacvert, "Hale & Ostrander" haleostrander.
    raw = mail("Bonjour Léa,\n\nMerci pour votre candidature au poste de commis de cuisine. Nous avons "
               "retenu un autre profil.\n\nBonne continuation,\n\nPaul Girard\nChef de cuisine | Auberge du "
               "Lac Vert",
               sender="Paul Girard <paul@aubergelacvert.example>", subject="Votre candidature", language="fr")
    assert_company_read(read_rejection(raw), "Auberge du Lac Vert")


# --- people and agencies -----------------------------------------------------------------------

def test_a_particle_inside_a_persons_name_keeps_it_a_person():
    raw = mail("Bonjour Inès,\n\nVous avez postulé à notre offre de stage « Analyste Risques » et nous vous "
               "en remercions. Nous ne sommes pas en mesure de retenir votre candidature.\n\n"
               "Bien cordialement,\n\nMargaux Le Bihan\nChargée des relations écoles\n"
               "Mutuelle Bretonne de Prévoyance",
               sender="Relations Écoles MBP <stages@mbp-prevoyance.example>",
               subject="Votre candidature", language="fr")
    r = read_rejection(raw)
    assert r.company != "Margaux Le Bihan"
    assert r.full_name == "Margaux Le Bihan"


def test_an_agency_writing_about_the_client_is_not_the_employer_nor_the_contact():
    raw = mail("Bonjour Kevin,\n\nLe client Transports Garnier n'a pas retenu ta candidature pour la mission "
               "de magasinier. Ils ont pris quelqu'un qui a déjà son CACES.\n\nOn te recontacte dès qu'on a "
               "autre chose.\n\nJulie\nInterflex – Agence de Namur",
               sender="Julie Martin <julie.martin@interflex.example>", subject="Mission magasinier",
               language="fr")
    r = read_rejection(raw)
    # The agency is never the employer; its client, named ("Le client Transports Garnier"), is.
    assert r.company in ("", "Transports Garnier")
    assert r.full_name != "Interflex"
    assert "Interflex" not in reply_text(raw)


def test_a_spanish_agency_writing_about_the_client_is_not_the_employer():
    raw = mail("Hola Diego:\n\nPresentamos tu perfil a Almacenes Costa Brava para el puesto de Mozo de "
               "almacén y el cliente nos ha dicho que se queda con otros perfiles.\n\nUn saludo,\n\n"
               "Marta Gil\nConsultora de Selección\nLaborplus ETT · Oficina Reus",
               sender="Marta Gil - Laborplus ETT <marta.gil@laborplus.example>",
               subject="Puesto mozo de almacén", language="es")
    r = read_rejection(raw)
    assert r.company in ("", "Almacenes Costa Brava")  # the client the agency names is the employer
    assert "Laborplus" not in reply_text(raw)


def test_a_department_that_signs_is_nobody_to_greet():
    raw = mail("Guten Tag Herr Marković,\n\ndie Stelle als Lagerhelfer ist bereits vergeben. Wir bedanken "
               "uns für Ihr Interesse.\n\nMit freundlichen Grüßen\nPersonalbüro\nMöbelhaus Stangl KG",
               sender="Personalbüro Möbelhaus Stangl KG <personal@stangl-moebel.example>",
               subject="Lagerhelfer (m/w/d)", language="de")
    r = read_rejection(raw)
    assert r.full_name == "" and r.first_name == ""


# --- roles -------------------------------------------------------------------------------------

def test_subject_and_body_naming_the_role_differently_give_the_bodys_full_title():
    # The body's title in full, as it writes it: cut to what both say ("Associate Curator"), a
    # title loses its field, which the judge counts as a wrong role (bench/facts_judge.py).
    raw = mail("Dear Dr. Hughes,\n\nOn behalf of the search committee for the full-time Associate Curator of "
               "Contemporary Photography position, thank you for your visit. The committee has made an offer "
               "to another candidate.\n\nWith best wishes,\n\nDavid Ames\nChief Curator",
               sender="David Ames <dames@kingsbridge.example>", subject="Associate Curator of Photography search")
    assert read_rejection(raw).facts["role"].value == "Associate Curator of Contemporary Photography"


def test_subject_and_body_naming_two_different_titles_leave_the_role_out():
    raw = mail("Hola Sofía:\n\nGracias por participar en el Assessment Center de nuestro Programa Trainee 2026. "
               "Te informamos que no fuiste seleccionada para la posición de Trainee de Marketing Digital.\n\n"
               "Saludos,\nCarla Ruiz",
               sender="Carla Ruiz <carla.ruiz@lacteosdelvalle.example>",
               subject="Programa Trainee 2026 - Marketing", language="es")
    assert read_rejection(raw).role in ("", "Trainee de Marketing Digital")


def test_a_word_in_ment_is_no_job_title():
    raw = mail("Dear Kevin,\n\nThank you for applying to Recruitment #2026-017, Groundskeeper II. The position "
               "has been filled.\n\nSincerely,\n\nHuman Resources Department\nCity of Fairmount",
               sender="City of Fairmount HR <hr@fairmount.example>",
               subject="Groundskeeper II - Recruitment #2026-017")
    assert "Recruitment" not in read_rejection(raw).role


def test_a_german_indefinite_article_is_not_part_of_the_role():
    raw = mail("Sehr geehrte Frau Engel,\n\nvielen Dank für Ihre Bewerbung. Leider können wir Ihnen keinen "
               "Praktikumsplatz anbieten.\n\nMit freundlichen Grüßen\nLena Hoff",
               sender="Lena Hoff <lena.hoff@vellmar.example>",
               subject="Ihre Bewerbung für eine Teamleiterin Buchhaltung", language="de")
    assert read_rejection(raw).facts["role"].value == "Teamleiterin Buchhaltung"  # as read; stated if the model is sure


def test_titles_known_as_job_words_in_each_language_are_stated():
    # A role with no job word is left out unless the subject repeats it: "Projektleitung",
    # "sommelier", "Redakteurin" are titles, and compounds end in them ("Projektleitung").
    raw = mail("Sehr geehrter Herr Roth,\n\nvielen Dank für Ihr Interesse an der Position Projektleitung "
               "Hochbau. Leider haben wir uns für eine andere Bewerbung entschieden.\n\n"
               "Mit freundlichen Grüßen\nAnja Berg",
               sender="Anja Berg <a.berg@bauwerk-nord.example>", subject="Ihre Bewerbung", language="de")
    assert read_rejection(raw).role == "Projektleitung Hochbau"
    raw = mail("Bonjour Hugo,\n\nMerci pour votre candidature au poste de sommelier. Nous avons retenu un "
               "autre profil.\n\nBonne continuation,\nClaire Morel",
               sender="Claire Morel <claire@lesvignes.example>", subject="Votre candidature", language="fr")
    # The rules read it as a title; stating a one-word lower-case role the subject does not repeat
    # is the fact model's call (0.94 beside a 0.946 threshold since it was retrained on round 6).
    assert read_rejection(raw).facts["role"].value == "sommelier"


def test_a_public_body_is_named_in_full_and_agrees_with_its_initials_in_the_domain():
    # "Department of ..." keeps its words ("of Harbour Services" was read before), and dhs.tas.gov
    # spells its initials: two sources agree.
    raw = mail("Dear Ms Nguyen,\n\nThank you for your application for the Senior Analyst position with the "
               "Department of Harbour Services. I wish to advise that your application was not successful "
               "on this occasion.\n\nYours sincerely\n\nRecruitment Services\nDepartment of Harbour Services",
               sender="Recruitment Services <recruitment@dhs.tas.gov.example>", subject="Application outcome")
    assert read_rejection(raw).company == "Department of Harbour Services"
