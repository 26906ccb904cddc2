"""Facts cut short or run on, on mails written for these tests (no corpus mail): a department's
prefix on the company, a job title, a person or a title taken for the company, a headhunter for the
employer, and a role cut to its job word where the mail gives its field."""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.company import clean
from tests.support.drafts import mail


# --- the company ----------------------------------------------------------------------------------

def test_a_departments_abbreviated_prefix_is_not_part_of_the_company():
    raw = mail("Hola Martina,\n\nQueríamos contarte que la búsqueda de Jefe de Turno para la planta de Rafaela "
               "ya finalizó y no fuiste seleccionada.\n\nSaludos,\nRR.HH. Lácteos La Rafaelina\n",
               sender="Búsquedas Lácteos La Rafaelina <busquedas@larafaelina.example>",
               subject="Novedades sobre tu candidatura", language="es")
    assert read_rejection(raw).facts["company"].value == "Lácteos La Rafaelina"


def test_a_department_with_its_de_is_not_part_of_the_company():
    # A guard: right before this change too (the display name's words win).
    raw = mail("Estimado Sr. Paredes:\n\nLe agradecemos su interés en el puesto de Analista Contable. Hemos "
               "decidido continuar con otros candidatos.\n\nAtentamente,\n"
               "Dpto. de Personal de Aceitera Mediterránea\n",
               sender="Personal <personal@aceiteramediterranea.example>",
               subject="Su candidatura", language="es")
    assert read_rejection(raw).facts["company"].value == "Aceitera Mediterránea"


def test_an_inclusive_job_title_is_not_the_company():
    raw = mail("Hola Tomás,\n\nGracias por postular a Actuario/a Senior en Seguros Araucaria. Revisamos tu "
               "experiencia y hemos decidido no avanzar con tu postulación.\n\nSaludos,\nSeguros Araucaria – "
               "Talent Team\n\nSent via Lever\n",
               sender="Seguros Araucaria <no-reply@hire.lever.example>",
               subject="Seguros Araucaria | Actualización de tu postulación", language="es")
    r = read_rejection(raw)
    assert not r.facts["company"].value.startswith("Actuario")
    assert r.company in ("", "Seguros Araucaria")


def test_a_person_signing_with_an_initial_is_not_the_company():
    raw = mail("Monsieur,\nLe poste d'assistant juridique ayant été pourvu, nous ne pouvons donner suite à "
               "votre candidature.\nSalutations distinguées,\nL. Berthier, notaire\n",
               sender="Lucienne Berthier <l.berthier@office-berthier-notaires.example>",
               subject="Assistant juridique", language="fr")
    r = read_rejection(raw)
    assert r.facts["company"].value != "L. Berthier"
    assert r.company != "L. Berthier"


def test_a_title_before_a_comma_is_not_a_partner_of_the_firm():
    raw = mail("Hi Sam,\n\nThanks for coming in last week. We've decided to go with a designer with more "
               "hospitality work.\n\nAll the best,\nNora\n\nNora Lindqvist\nPrincipal, Birch & Fern Interiors\n"
               "Seattle, WA\n",
               sender="Nora Lindqvist <nora@birchandferninteriors.example>",
               subject="Re: Junior Interior Designer role")
    assert read_rejection(raw).facts["company"].value == "Birch & Fern Interiors"


def test_a_headhunter_firm_is_not_the_employer():
    raw = mail("Estimado Rodrigo:\n\nTe escribo con la respuesta de Viñedos del Maule sobre la posición de "
               "Gerente de Exportaciones. Decidieron no avanzar con tu candidatura.\n\nUn abrazo,\n"
               "Ignacio Soto\nSocio – Hunters Andinos\n",
               sender="Ignacio Soto <isoto@huntersandinos.example>",
               subject="Respuesta de Viñedos del Maule", language="es")
    assert read_rejection(raw).company != "Hunters Andinos"


# --- the role -------------------------------------------------------------------------------------

def test_a_lecturers_field_is_part_of_the_role():
    raw = mail("Dear Dr Okafor,\n\nThank you for attending the interview for the position of Lecturer in "
               "Marine Biology (Level B) last week. We have offered the post to another candidate.\n\n"
               "Kind regards,\nHelen Marsh\nSchool of Ocean Sciences\n",
               sender="Helen Marsh <h.marsh@coastal-uni.example>",
               subject="Lecturer in Marine Biology (Ref 2026/0117)")
    assert read_rejection(raw).facts["role"].value == "Lecturer in Marine Biology"


def test_a_spanish_title_keeps_its_field_after_en():
    raw = mail("Hola Irene:\n\nGracias por presentar tu candidatura al puesto de Técnico/a en Radiología para "
               "nuestro hospital de Burgos. Hemos seleccionado a otra persona.\n\nUn saludo,\nMarta Gil\n"
               "Hospital San Rafael\n",
               sender="Marta Gil <mgil@hospitalsanrafael.example>",
               subject="Tu candidatura", language="es")
    assert read_rejection(raw).facts["role"].value == "Técnico/a en Radiología"


def test_a_german_title_keeps_its_field_after_a_gender_marker():
    raw = mail("Sehr geehrte Frau Lenz,\n\nvielen Dank für Ihre Bewerbung als Referent (m/w/d) im Bereich "
               "Fördermittel an unserem Standort Kassel. Leider haben wir uns für eine andere Person "
               "entschieden.\n\nMit freundlichen Grüßen\nJonas Weber\nStiftung Nordhessen\n",
               sender="Jonas Weber <j.weber@stiftung-nordhessen.example>",
               subject="Ihre Bewerbung", language="de")
    assert read_rejection(raw).facts["role"].value == "Referent im Bereich Fördermittel"


def test_the_bodys_full_title_beats_the_common_head_with_the_subject():
    raw = mail("Dear Dr Field,\n\nOn behalf of the search committee for the tenure-track Assistant Professor of "
               "Organic Chemistry position, thank you for your application. We have made an offer to another "
               "candidate.\n\nSincerely,\nProf. Dana Whitt\nDepartment of Chemistry\n",
               sender="Dana Whitt <dwhitt@lakeshore-college.example>",
               subject="Assistant Professor of Chemistry search")
    assert read_rejection(raw).facts["role"].value == "Assistant Professor of Organic Chemistry"


def test_a_french_title_in_a_german_mail_is_not_cut_at_de():
    raw = mail("Grüezi Herr Keller\n\nHerzlichen Dank für Ihre Bewerbung als Chef de Partie für die Wintersaison "
               "in unserem Hotel Bergsonne. Leider müssen wir Ihnen absagen.\n\nFreundliche Grüsse\nAnna Roth\n",
               sender="Anna Roth <anna.roth@hotel-bergsonne.example>",
               subject="Ihre Bewerbung als Chef de Partie", language="de")
    assert read_rejection(raw).facts["role"].value == "Chef de Partie"


def test_a_place_or_a_team_after_the_title_is_not_its_field():
    # Guards: "in unserem Team" is a sentence going on; German "in München" is a place.
    raw = mail("Hi Jo,\n\nThanks for applying for the Data Engineer role in our platform team. We have decided "
               "to move forward with other candidates.\n\nBest,\nKim\n",
               sender="Kim Park <kim@ferncloud.example>", subject="Your application")
    assert read_rejection(raw).facts["role"].value == "Data Engineer"
    raw = mail("Hallo Mia,\n\ndanke für deine Bewerbung als Werkstudent in München. Leider müssen wir dir "
               "absagen.\n\nViele Grüße\nTom\n",
               sender="Tom Berg <tom@isarlabs.example>", subject="Deine Bewerbung", language="de")
    assert read_rejection(raw).facts["role"].value == "Werkstudent"


def test_the_town_line_under_a_firm_of_names_is_not_the_company():
    # "Toronto, ON" under "Tallow & Reed": a town and its province; and "Reed", a job board's name,
    # is a surname inside a firm of names.
    raw = mail("Hi Dana,\n\nThanks for the time you put into the panel. We won't be extending an offer for the "
               "Senior Product Designer role this time.\n\nMarcus\n\n-- \nMarcus Oduya | Design Director\n"
               "Tallow & Reed\nToronto, ON\n",
               sender="Marcus Oduya <marcus.oduya@tallowandreed.example>",
               subject="Re: Senior Product Designer - final round")
    assert read_rejection(raw).facts["company"].value == "Tallow & Reed"


def test_a_recruiting_centre_after_the_name_is_not_part_of_it():
    raw = mail("Sehr geehrte Frau Yilmaz,\n\nleider können wir Sie im weiteren Bewerbungsprozess nicht "
               "berücksichtigen.\n\nMit freundlichen Grüssen\nIhr Falkenried Optik Recruiting Center\n",
               sender="Falkenried Optik Careers <careers-noreply@falkenried.successfactors.example>",
               subject="Ihre Bewerbung – Req ID 55120", language="de")
    assert read_rejection(raw).facts["company"].value == "Falkenried Optik"


def test_a_title_with_a_colon_gender_marker_keeps_its_field():
    raw = mail("Hey Lukas,\n\ndanke für deine Bewerbung als Werkstudent:in Data Analytics (20 h/Woche) bei Quelle "
               "Mobility! Wir mussten uns leider anders entscheiden.\n\nViele Grüße\nNina\n",
               sender="Nina Vogt <nina@quelle-mobility.example>", subject="Deine Bewerbung", language="de")
    assert read_rejection(raw).facts["role"].value == "Werkstudent:in Data Analytics"


def test_the_subjects_short_title_gives_way_to_the_bodys_full_one():
    raw = mail("Sehr geehrter Herr Kaya,\n\nwir haben Ihre Unterlagen für die Position Aktuar (m/w/d) Kranken "
               "sorgfältig gesichtet. Leider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nPetra Lang\n"
               "Hansa Versicherung AG\n",
               sender="Petra Lang <p.lang@hansa-vers.example>", subject="Ihre Bewerbung als Aktuar (m/w/d)",
               language="de")
    assert read_rejection(raw).facts["role"].value == "Aktuar Kranken"


def test_german_intern_after_a_title_is_not_part_of_it():
    raw = mail("Sehr geehrte Frau Wiesner,\n\nwir haben Ihre Kandidatur als Senior Consultant Logistik intern "
               "ausführlich besprochen und uns für eine andere Person entschieden.\n\nBeste Grüße\nMarkus Hold\n"
               "Hold & Berger Consulting\n",
               sender="Markus Hold <m.hold@holdberger.example>", subject="Ihre Kandidatur", language="de")
    assert read_rejection(raw).facts["role"].value == "Senior Consultant Logistik"


def test_a_legal_form_after_a_comma_is_not_a_state():
    # The town rule above must not take "Vidrios Andinos, SA" (a firm and its legal form) for a
    # town and its state: the name as the rules clean it.
    assert clean("Vidrios Andinos, SA") == "Vidrios Andinos"
    assert clean("Helios, SE") == "Helios"
    assert clean("Toronto, ON") == ""
