"""Precision first (issue 10): the classes of wrong company or role still seen on independently
written mail, each left out or read right by a general rule, never by a rule for one mail.

Every mail here is written for this file (not taken from any corpus or held-out set). Each test
failed on the branch's previous commit (cff44be) unless it says it guards a case that must stay.
"""

from __future__ import annotations

from onward.drafts import FACT_THRESHOLDS, read_rejection
from tests.support.drafts import mail, reply_text
from tests.support.stated import assert_company_read


# --- companies -------------------------------------------------------------------------------

def test_staffing_agency_known_by_its_domain_is_not_the_employer():
    raw = mail("Hi Alex,\n\nJust a quick one: Calloway Foods came back on the Logistics Coordinator "
               "role and they are going with someone who has more SAP experience. Sorry it wasn't better "
               "news - I have two similar roles opening next month.\n\nCheers,\nTom Reyes\n"
               "Senior Consultant\nBrightwater\n",
               sender="Tom Reyes <tom.reyes@brightwaterstaffing.com>")
    r = read_rejection(raw)
    assert r.facts["company"].value != "Brightwater" or r.company == ""
    assert "Brightwater" not in reply_text(raw)


def test_staffing_agency_named_with_an_agency_word_is_not_the_employer():
    # The domain says nothing ("meridianws"); the signature writes the agency's name out in full.
    raw = mail("Hello Alex,\n\nThank you for interviewing for the Site Supervisor job last week. "
               "I'm sorry to tell you the hiring manager has chosen another candidate.\n\n"
               "Best regards,\nDana Whitfield\nMeridian Workforce Solutions\n",
               sender="Meridian <dana@meridianws.com>")
    r = read_rejection(raw)
    assert r.company == ""
    assert r.role == "Site Supervisor"


def test_an_employers_own_recruitment_team_is_still_the_employer():
    # Guard (passed before too): "Recruitment Team" after the name is the employer's own team.
    raw = mail("Dear Alex,\n\nThank you for applying for the Store Manager position at Harlow Foods. "
               "We have decided to continue with other candidates.\n\nKind regards,\n"
               "Harlow Foods Recruitment Team\n", sender="Careers <careers@harlowfoods.com>")
    assert_company_read(read_rejection(raw), "Harlow Foods")


def test_job_board_on_a_country_domain_is_not_the_employer():
    raw = mail("Computrabajo Colombia\n\nHola Ana,\n\nHay novedades en tu postulación a Auxiliar de "
               "Bodega. La empresa ha finalizado el proceso y tu hoja de vida no fue seleccionada.\n\n"
               "Recibes este correo porque tienes una cuenta en Computrabajo.",
               sender="Computrabajo <avisos@computrabajo.com.co>", subject="Novedades de tu postulación",
               language="es")
    r = read_rejection(raw)
    assert "computrabajo" not in r.company.lower()
    assert "Recibes" not in r.company


def test_company_name_is_cut_before_its_branch_place_or_rating():
    raw = mail("Madame,\n\nNous vous remercions pour votre candidature. Nous ne pouvons malheureusement "
               "pas y donner une suite favorable.\n\nCordialement,\nService des ressources humaines\n"
               "Clinique Beaulieu – Site de Nantes\n", sender="RH <rh@clinique-beaulieu.fr>",
               subject="Votre candidature", language="fr")
    assert_company_read(read_rejection(raw), "Clinique Beaulieu")
    raw = mail("Dear Alex,\n\nThank you for your application. We will not take it further.\n\n"
               "Kind regards,\nReception team\nGrand Hotel Seeblick ****S\n",
               sender="HR <hr@grandhotel-seeblick.at>")
    assert_company_read(read_rejection(raw), "Grand Hotel Seeblick")


def test_a_sentence_or_a_person_with_a_title_is_not_a_company():
    raw = mail("Estimado Alex:\n\nLe agradecemos su interés. Lamentablemente no continuará en el "
               "proceso.\n\nAtentamente,\nDra. Paula Ríos\n", sender="Paula <paula.rios@gmail.com>",
               subject="Su postulación", language="es")
    assert "Paula" not in read_rejection(raw).company
    raw = mail("Madame,\n\nJ'ai le regret de vous informer que votre candidature n'a pas été retenue.\n\n"
               "Pour la Présidente et par délégation,\nLe Directeur général,\n",
               sender="Recrutement <recrutement@gmail.com>", subject="Votre candidature", language="fr")
    assert read_rejection(raw).company == ""


def test_one_loose_mention_with_no_employer_domain_is_left_out():
    # Sent through an applicant-tracking system: "at Riverside" is said once, nothing confirms it.
    raw = mail("Hi Alex,\n\nThanks for your application. We had a very strong pool of candidates at "
               "Riverside this year and will not move forward with yours.\n\nBest,\nThe hiring team",
               sender="Hiring <no-reply@greenhouse.io>")
    r = read_rejection(raw)
    assert r.company == ""
    assert r.facts["company"].confidence < FACT_THRESHOLDS["company"]


# --- roles -----------------------------------------------------------------------------------

def test_role_with_no_job_word_that_the_subject_does_not_repeat_is_left_out():
    raw = mail("Hi Alex,\n\nThe team has decided not to take your application further. I'll keep an eye "
               "out for the ideal long-term role for you.\n\nBest,\nJo\n",
               sender="Jo Hart <jo@fernhillgroup.com>", subject="Update")
    r = read_rejection(raw)
    assert r.role == ""
    raw = mail("Hola Alex:\n\nGracias por tu interés. El puesto de inmediato ya fue cubierto.\n\nSaludos,\n"
               "Equipo de selección", sender="Empleo <empleo@ferreterialuna.es>", subject="Tu candidatura",
               language="es")
    assert read_rejection(raw).role == ""


def test_role_with_a_job_word_is_still_read():
    # Guard: a job word at the end of a compound makes a title ("Bilanzbuchhalter", "Kreditanalyst").
    raw = mail("Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Kreditanalyst. Leider "
               "müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
               sender="Bewerbung <bewerbung@hafenbank.de>", subject="Ihre Bewerbung", language="de")
    # What the rules read; stating it is the calibrated model's call (fact-model.npz): trained on rounds
    # 1-16 it gives 0.979 at a role threshold of 0.980 (0.980 when trained on rounds 1-15), so the
    # guard is that the title is read and scored as a title, near the threshold.
    role = read_rejection(raw).facts["role"]
    assert role.value == "Kreditanalyst"
    assert role.confidence >= 0.95, role


def test_requisition_number_in_front_of_the_title_is_dropped():
    raw = mail("Sehr geehrte Frau Doe,\n\nleider können wir Ihre Bewerbung nicht berücksichtigen.\n\n"
               "Mit freundlichen Grüßen\nPersonalabteilung", sender="Jobs <jobs@hafenbank.de>",
               subject="Ihre Bewerbung für R-55120 Bilanzbuchhalter (m/w/d)", language="de")
    # What the rules read; stating a subject-only role is the calibrated model's call (fact-model.npz).
    assert read_rejection(raw).facts["role"].value == "Bilanzbuchhalter"


def test_the_subjects_role_wins_when_the_body_names_another():
    raw = mail("Dear Alex,\n\nThank you for taking part in our selection days. We regret that you have "
               "not been selected this year. We encourage you to apply for our Senior Associate position "
               "once you graduate.\n\nKind regards,\nEarly Careers Team\nNorthfold Bank",
               sender="Early Careers <earlycareers@northfoldbank.com>",
               subject="Spring Analyst Programme - outcome")
    r = read_rejection(raw)
    assert r.role != "Senior Associate"
    assert r.role in ("", "Spring Analyst Programme")


def test_company_in_front_of_the_role_is_not_part_of_it():
    raw = mail("Hi Alex,\n\nThank you for applying. We won't be moving you forward this year.\n\nBest,\n"
               "The Kestrel Audio team", sender="Kestrel Audio <jobs@kestrelaudio.com>",
               subject="Kestrel Audio Sound Designer Internship")
    r = read_rejection(raw)
    assert_company_read(r, "Kestrel Audio")
    assert r.facts["role"].value == "Sound Designer Internship"  # as read; stated if the model is sure


def test_inclusive_ending_is_written_as_the_mail_wrote_it():
    raw = mail("Bonjour,\n\nNous ne donnerons pas suite à votre candidature au poste de Technicien(ne) "
               "paie.\n\nCordialement,\nLe service RH", sender="RH <rh@laiterie-morvan.fr>",
               subject="Votre candidature", language="fr")
    assert read_rejection(raw).role == "Technicien(ne) paie"


def test_a_signature_line_that_reads_as_a_persons_name_is_not_the_company():
    # The signer is not recognised (a title line stands before the name), so the last line is
    # offered as a company; nothing else in the mail or the domain calls it one.
    raw = mail("Madame,\n\nJe vous remercie de votre candidature au poste de gestionnaire paie. J'ai le "
               "regret de vous informer qu'elle n'a pas été retenue.\n\nVeuillez agréer, Madame, mes "
               "salutations distinguées.\n\nPour le Président et par délégation,\nLa Directrice des "
               "ressources humaines,\nSophie Marchetti\n",
               sender="Recrutement <recrutement@agglo-vallee.fr>", subject="Votre candidature", language="fr")
    assert read_rejection(raw).company != "Sophie Marchetti"


def test_a_human_resources_department_is_not_the_employer():
    raw = mail("Estimado Alex:\n\nAgradecemos su participación en la convocatoria. Su postulación no "
               "continuará en el proceso.\n\nCordialmente,\n\nMarta Gómez\nAnalista de Selección – "
               "Gestión Humana\n", sender="Convocatorias <convocatorias@fundacion-andina.org>",
               subject="Su postulación", language="es")
    assert "Humana" not in read_rejection(raw).company


def test_german_role_before_the_word_position_is_read():
    raw = mail("Hallo Alex,\n\nich habe heute Feedback zur Senior Backend Developer Position bekommen: "
               "leider haben sie sich für jemand anderen entschieden.\n\nViele Grüße\nJana",
               sender="Jana Roth <jana.roth@kaiserwerk.de>", subject="Feedback", language="de")
    assert read_rejection(raw).role == "Senior Backend Developer"


# --- people ----------------------------------------------------------------------------------

def test_footer_links_are_not_a_person_to_thank():
    raw = mail("Dear Alex,\n\nThank you for applying. We will not be moving forward with your application."
               "\n\nBest regards,\nTalent Acquisition Team\nHollin Pharma Ltd.\n\n"
               "Powered by SmartRecruiters | Privacy Policy",
               sender="Hollin Pharma <no-reply@smartrecruiters.com>")
    r = read_rejection(raw)
    assert r.first_name == "" and "Privacy" not in r.full_name and "Terms" not in r.full_name


# --- roles that run on into the sentence -----------------------------------------------------

def test_a_title_is_cut_where_the_sentence_goes_on():
    raw = mail("Hallo Alex,\n\nwir haben deine Bewerbung als Lagerfachkraft inzwischen geprüft und "
               "uns leider anders entschieden.\n\nViele Grüße\nJana", sender="Jana Roth <jana@kaiserwerk.de>",
               subject="Deine Bewerbung", language="de")
    assert read_rejection(raw).role == "Lagerfachkraft"
    raw = mail("Hi Alex,\n\nThanks for your patience.\n\nBest,\nSam", sender="Sam Lee <sam@orbitalfoods.com>",
               subject="Orbital Foods - Line Supervisor update")
    assert read_rejection(raw).facts["role"].value == "Line Supervisor"  # stated or not: the model's call


def test_subject_words_and_an_open_bracket_are_not_part_of_the_title():
    raw = mail("Hola Alex:\n\nEl cliente cerró el proceso con otra persona.\n\nSaludos,\nLucía",
               sender="Lucía Paz <lucia@ferreteria-luna.es>", subject="Búsqueda Analista de Costos – novedades",
               language="es")
    # An agency's mail ("el cliente") with the role only in the subject: the role read is right,
    # and the calibrated model may leave it out of the draft.
    read = read_rejection(raw)
    assert read.facts["role"].value == "Analista de Costos" and read.role in ("", "Analista de Costos")
    raw = mail("Guten Tag,\n\nleider müssen wir Ihnen absagen.\n\nFreundliche Grüße\nPersonalabteilung",
               sender="Bewerbung <bewerbung@hafenbank.de>",
               subject="Kandidatur als Senior Risk Analyst (80-100", language="de")
    read = read_rejection(raw)  # the title read; whether the draft states it is the model's call
    assert read.facts["role"].value == "Senior Risk Analyst" and read.role in ("", "Senior Risk Analyst")


def test_a_french_title_stops_before_an_adverb():
    raw = mail("Bonjour,\n\nNous avons retenu un autre profil pour le poste de Chargé de mission énergie "
               "ainsi que pour les autres postes.\n\nCordialement,\nLe service RH",
               sender="RH <rh@laiterie-morvan.fr>", subject="Votre candidature", language="fr")
    assert read_rejection(raw).role == "Chargé de mission énergie"


def test_an_agency_whose_domain_ends_in_talent_is_not_the_employer():
    raw = mail("Hi Alex,\n\nI spoke to the hiring manager at Tallis Freight this morning: they are going with "
               "another candidate for the Fleet Coordinator role.\n\nCheers,\nMia Cole\nSenior Consultant\n"
               "Ridgeline Talent\n", sender="Mia Cole <mia.cole@ridgelinetalent.com>",
               subject="Tallis Freight - Fleet Coordinator")
    assert "Ridgeline" not in read_rejection(raw).company
