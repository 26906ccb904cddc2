"""Who the employer is (issue 10 item 4): classes of wrong company still seen on independently
written mail, each fixed by a general rule or a language table entry, never by a rule for one mail.

Every mail here is written for this file (not taken from any corpus or held-out set). Each test
failed on the commit before this branch's work (2a4e837) unless it says it guards a case that
must stay.
"""

from __future__ import annotations

from onward.drafts import read_rejection
from tests.support.drafts import mail, reply_text
from tests.support.stated import assert_company_read, assert_role_read


# --- an agency, or a job centre, is not the employer ------------------------------------------

def test_temporary_work_agency_writing_about_the_client_firm_is_not_the_employer():
    # "Einsatzbetrieb" is the temp agency's word for its client: the signature's firm is the agency.
    raw = mail("Hallo Jonas,\n\nich habe leider keine guten Nachrichten: der Einsatzbetrieb in Kassel hat "
               "sich für einen anderen Bewerber als Staplerfahrer entschieden.\n\nIch melde mich, sobald "
               "ich etwas Neues für dich habe.\n\nViele Grüße\nMarkus Brenner\nPersonaldisponent\n"
               "Vorwärts Personal GmbH\nWilhelmshöher Allee 12, 34117 Kassel\n",
               sender="Markus Brenner <m.brenner@vorwaerts-personal.example>",
               subject="Deine Bewerbung", language="de")
    r = read_rejection(raw)
    assert r.company == ""
    assert "Vorwärts" not in reply_text(raw)


def test_it_contractor_writing_about_the_end_client_is_not_the_employer():
    raw = mail("Hallo Frau Keller,\n\nder Endkunde hat sich für das Projekt Cloud Architect leider für einen "
               "anderen Kandidaten entschieden.\n\nBeste Grüße\nTobias Lang\nAccount Manager\n"
               "Brückenwerk IT-Services GmbH · Stuttgart\n",
               sender="Tobias Lang <t.lang@brueckenwerk-it.example>", subject="Projekt Cloud Architect",
               language="de")
    assert read_rejection(raw).company == ""


def test_job_centre_adviser_forwarding_an_answer_is_not_the_employer():
    raw = mail("Bonjour Madame Petit,\n\nJe vous transfère la réponse de la Boulangerie Moreau concernant la "
               "candidature que je leur avais transmise. Elle n'a pas été retenue cette fois.\n\n"
               "Bien cordialement,\nSophie Marchand\nConseillère à l'emploi – Agence France Travail de Tours\n",
               sender="Sophie Marchand <sophie.marchand@francetravail.example>",
               subject="TR: Candidature vendeuse", language="fr")
    r = read_rejection(raw)
    assert "France Travail" not in r.company
    assert "France Travail" not in reply_text(raw)


def test_recruiting_consultancy_signature_with_a_town_is_neither_town_nor_employer():
    raw = mail("Hola Martina, ¿qué tal?\n\nTe escribo para contarte que la búsqueda de Analista Contable para "
               "la que te postulaste avanzó con otros candidatos, así que esta vez no vas a continuar.\n\n"
               "Guardamos tu CV para próximas búsquedas.\n\nSaludos,\n\nPaula Benítez\n"
               "Selectora · Consultora Nexo RRHH\nRosario, Argentina\n",
               sender="Paula Benítez <pbenitez@consultoranexo.example>",
               subject="Búsqueda Analista Contable", language="es")
    r = read_rejection(raw)
    assert r.company == ""
    assert "Rosario" not in r.facts["company"].value or not r.facts["company"].kept("company")


# --- a title, a unit or a project is not the employer -----------------------------------------

def test_a_lawyers_title_under_her_name_is_not_the_law_firm():
    raw = mail("Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihre Bewerbung. Wir haben die Stelle inzwischen "
               "anderweitig besetzt.\n\nMit freundlichen Grüßen\nKatrin Falk\nRechtsanwältin\n\n"
               "Falk & Partner Rechtsanwälte PartG mbB\nLeopoldstraße 20, 80802 München\n",
               sender="Katrin Falk <k.falk@falk-partner-recht.example>",
               subject="Ihre Bewerbung als Rechtsanwaltsfachangestellter", language="de")
    r = read_rejection(raw)
    assert r.company != "Rechtsanwältin"
    assert r.facts["company"].value in ("", "Falk & Partner Rechtsanwälte")


def test_a_chair_of_a_university_gives_way_to_the_university():
    raw = mail("Sehr geehrte Frau Roth,\n\nfür die ausgeschriebene Promotionsstelle hatten wir viele gute "
               "Bewerbungen. Ich habe mich für eine andere Bewerberin entschieden.\n\nMit besten Grüßen\n"
               "Thomas Vogt\n\n--\nProf. Dr. Thomas Vogt\nLehrstuhl für Mikroökonomie\nUniversität Hohenau\n"
               "Tel. 0711 555-1200\n",
               sender="Prof. Dr. Thomas Vogt <thomas.vogt@uni-hohenau.example>",
               subject="Ihre Bewerbung am Lehrstuhl", language="de")
    assert_company_read(read_rejection(raw), "Universität Hohenau")


def test_a_research_team_named_by_its_initials_is_not_the_employer():
    # The long closing formula is no valediction the layout knows: the university is named only
    # in the last lines and in the domain, which shortens it ("univ-val-nord").
    raw = mail("Madame,\n\nEn ma qualité de président du comité de sélection, je vous remercie pour votre "
               "audition. Le comité ne vous a pas classée en rang utile, malgré l'intérêt de votre projet "
               "d'intégration à l'équipe MAGE.\n\nJe vous prie d'agréer, Madame, l'expression de mes "
               "salutations les meilleures.\n\nPaul Girard\nProfesseur des universités\nUniversité de Val-Nord\n",
               sender="Pr Paul Girard <paul.girard@univ-val-nord.example>",
               subject="Résultat du comité de sélection", language="fr")
    r = read_rejection(raw)
    assert_company_read(r, "Université de Val-Nord")  # never the team's initials "MAGE"


# --- a name cut short, or run on --------------------------------------------------------------

def test_a_firm_of_several_names_is_not_cut_at_its_first_comma():
    raw = mail("Dear Ms Ong,\n\nThank you for your interest in joining Lim, Chua & Rahman LLP. We have decided "
               "to proceed with other candidates for the Legal Associate position.\n\nYours sincerely,\n"
               "Melissa Koh\nHR Executive\nLim, Chua & Rahman LLP\n",
               sender="Melissa Koh <melissa.koh@limchuarahman.example>", subject="Legal Associate position")
    assert_company_read(read_rejection(raw), "Lim, Chua & Rahman")


def test_a_groups_possessive_does_not_run_into_the_site():
    raw = mail("Dear Mr Hale,\n\nThank you for applying for the Front Desk Supervisor position at Harbourline "
               "Hotels Group's Marina Bay property. We have offered the role to another candidate.\n\n"
               "Best wishes,\nNora Lee\nTalent Acquisition\nHarbourline Hotels Group\n",
               sender="Nora Lee <nora.lee@harbourlinehotels.example>", subject="Front Desk Supervisor")
    assert_company_read(read_rejection(raw), "Harbourline Hotels Group")


def test_the_town_of_the_postal_address_is_not_part_of_the_name():
    raw = mail("Grüezi Herr Weber\n\nVielen Dank für Ihre Bewerbung als Koch. Leider müssen wir Ihnen mitteilen, "
               "dass wir die Stelle anderweitig besetzt haben.\n\nFreundliche Grüsse\n\nAnna Meier\n"
               "Gasthaus Alpenrose Andermatt\nGotthardstrasse 3, 6490 Andermatt\n",
               sender="Gasthaus Alpenrose Andermatt <info@alpenrose-andermatt.example>",
               subject="Ihre Bewerbung als Koch", language="de")
    assert_company_read(read_rejection(raw), "Gasthaus Alpenrose")


def test_a_public_bodys_own_initials_after_its_name_are_dropped():
    raw = mail("Sehr geehrte Frau Graf\n\nNach Prüfung aller Dossiers für die Stelle als Statistikerin können wir "
               "Ihre Bewerbung leider nicht berücksichtigen.\n\nFreundliche Grüsse\n\nMarco Bühler\n"
               "Bundesamt für Wasser und Energie BWE\nHauptstrasse 1, 3003 Bern\n",
               sender="Bundesamt für Wasser und Energie <jobs@bwe.admin.example>",
               subject="Ihre Bewerbung als Statistikerin", language="de")
    assert_company_read(read_rejection(raw), "Bundesamt für Wasser und Energie")


def test_a_registered_association_without_its_last_dot_loses_its_legal_form():
    raw = mail("Liebe Frau Koch,\n\nwir haben uns für eine andere Bewerberin als Projektleiterin entschieden. "
               "Wir würden uns freuen, wenn Sie Brückenbau e.V weiterhin verbunden bleiben.\n\n"
               "Herzliche Grüße\nEva Lorenz\nBrückenbau e.V · Hamburg\n",
               sender="Eva Lorenz <e.lorenz@brueckenbau-ev.example>", subject="Ihre Bewerbung", language="de")
    r = read_rejection(raw)
    assert r.facts["company"].value == "Brückenbau"


# --- guards: what must stay --------------------------------------------------------------------

def test_a_two_word_name_keeps_its_town():
    # Guard (passed before too): "Stadtwerke Lindau" is the name itself, not "Stadtwerke" + a place.
    raw = mail("Sehr geehrter Herr Graf,\n\nvielen Dank für Ihre Bewerbung als Elektroniker bei den Stadtwerke "
               "Lindau. Leider haben wir uns für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\n"
               "Personalabteilung\nStadtwerke Lindau\nBahnhofplatz 2, 88131 Lindau\n",
               sender="Stadtwerke Lindau <bewerbung@stadtwerke-lindau.example>",
               subject="Ihre Bewerbung", language="de")
    assert_company_read(read_rejection(raw), "Stadtwerke Lindau")


def test_an_employers_own_initials_as_a_team_are_still_the_employer():
    # Guard: "the BXT team" where the domain is bxt.com is the employer's own name.
    raw = mail("Dear Alex,\n\nThank you for applying for the Data Engineer role. We have decided to move "
               "forward with other candidates.\n\nBest regards,\nThe BXT team\n",
               sender="BXT Careers <careers@bxt.com>", subject="Your application")
    r = read_rejection(raw)
    # The rules read "BXT" (a short name the thresholds chosen forward may leave out, never another).
    assert r.record_company == "BXT" and r.company in ("BXT", "")


# --- the role -------------------------------------------------------------------------------------

def test_the_role_as_the_body_writes_it_not_as_the_subject_shortens_it():
    raw = mail("Estimada Sra. Ríos:\n\nLe agradecemos su interés en el puesto de Técnico Superior de Laboratorio. "
               "Lamentablemente hemos decidido continuar con otros postulantes.\n\nAtentamente,\nJulia Campos\n"
               "Laboratorios Serrano\n",
               sender="Julia Campos <jcampos@labserrano.example>",
               subject="Candidatura Técnico Superior Laboratorio", language="es")
    assert read_rejection(raw).role == "Técnico Superior de Laboratorio"


def test_a_role_with_a_job_word_of_the_language_table_is_named():
    raw = mail("Bonjour,\n\nNous vous remercions pour votre candidature au poste de commis de cuisine. Nous avons "
               "retenu un autre profil.\n\nCordialement,\nLucie Fabre\nRestaurant Le Sémaphore\n",
               sender="Lucie Fabre <lucie@lesemaphore.example>", subject="Votre candidature", language="fr")
    # The role as read; whether a draft states it is the calibrated model's (bench/facts_confidence.py).
    assert read_rejection(raw).facts["role"].value == "commis de cuisine"


def test_the_spanish_cargo_de_names_the_role():
    raw = mail("Hola Diego:\n\nGracias por postularte al cargo de Analista de Costos. En esta ocasión seguiremos "
               "con otros candidatos.\n\nSaludos,\nMónica Prieto\nAgroindustrias del Sur\n",
               sender="Mónica Prieto <mprieto@agrosur.example>", subject="Proceso de selección", language="es")
    assert read_rejection(raw).role == "Analista de Costos"


def test_a_subject_opening_with_the_word_for_the_opening_names_the_role():
    raw = mail("Sehr geehrter Herr Wyss\n\nLeider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
               "Person entschieden haben.\n\nFreundliche Grüsse\nClaudia Senn\nSpedition Aarfeld AG\n",
               sender="Claudia Senn <c.senn@aarfeld.example>", subject="Stelle Mechatroniker EFZ – Rückmeldung",
               language="de")
    assert_role_read(read_rejection(raw), "Mechatroniker EFZ")


def test_an_abbreviated_title_is_read_but_not_stated():
    raw = mail("Sehr geehrte Frau Berg,\n\nnach reiflicher Überlegung habe ich mich für eine andere Bewerberin "
               "entschieden.\n\nMit besten Grüßen\nJan Roth\n",
               sender="Jan Roth <jan.roth@uni-lindenhof.example>",
               subject="Ihre Bewerbung: Wiss. Hilfskraft am Institut", language="de")
    r = read_rejection(raw)
    assert r.role == ""
    assert r.facts["role"].value.startswith("Wiss.")


# --- an organisation is not a person, and a domain may reorder its words ---------------------------

def test_a_name_with_a_kind_of_organisation_from_the_table_is_not_a_person():
    raw = mail("Estimado postulante:\n\nAgradecemos su interés. Le informamos que su postulación al puesto de "
               "Cajero no continuará en el proceso.\n\nAtentamente,\nSupermercados Valdés\n",
               sender="Supermercados Valdés <empleo@supervaldes.example>", subject="Su postulación",
               language="es")
    r = read_rejection(raw)
    # The rules take the supermarket for the employer, not for a person; whether the draft states
    # it is the fact model's threshold (0.948 against 0.952 on 5 Dec 2026).
    assert r.record_company == "Supermercados Valdés" and r.company in ("Supermercados Valdés", "")
    assert r.first_name == ""


def test_a_domain_with_the_words_of_the_name_reordered_agrees_with_it():
    # Named once, loosely ("en X"): the domain's agreement makes it the candidate. Whether the
    # draft states it is the calibrated model's call (a loose mention the domain agrees with is
    # wrong often enough over writers to stay under the threshold); the candidate is the right one.
    raw = mail("Hola Pablo:\n\nGracias por tu tiempo. Esta vez en Lumenfoto Estudio seguimos con otra persona "
               "para el puesto de Fotógrafo.\n\nUn saludo,\nMarta Gil\n",
               sender="Marta Gil <marta@estudiolumenfoto.example>", subject="Tu candidatura", language="es")
    r = read_rejection(raw)
    assert r.facts["company"].value == "Lumenfoto Estudio"
    assert r.company in ("", "Lumenfoto Estudio")


# --- who signed ---------------------------------------------------------------------------------

def test_a_closing_with_more_words_after_it_still_opens_the_signature():
    # "Un abrazo y mucha suerte," is a closing with no name in it; the signer is on the next line.
    raw = mail("Hola Irene:\n\nGracias por tu tiempo en las entrevistas. Finalmente hemos elegido a otra persona "
               "para el puesto de Diseñadora UX.\n\nUn abrazo y mucha suerte,\n\nRaquel Domínguez\n"
               "People | Brisamar Digital\n",
               sender="Raquel Domínguez <raquel@brisamar.example>", subject="Proceso Diseñadora UX",
               language="es")
    r = read_rejection(raw)
    assert r.full_name == "Raquel Domínguez"


def test_a_sentence_opening_with_thanks_is_no_closing():
    raw = mail("Hola Tomás:\n\nFinalmente seguimos con otra persona para el puesto de Community Manager.\n"
               "Gracias por tu tiempo y por tu paciencia.\n\nAbrazo,\nValeria Soto\nNativo Estudio\n",
               sender="Valeria Soto <valeria@nativoestudio.example>", subject="Community Manager",
               language="es")
    assert read_rejection(raw).full_name == "Valeria Soto"


# --- Spanish phrases that name the role -------------------------------------------------------------

def test_spanish_candidatura_para_and_trabajar_como_name_the_role():
    status = mail("Hola Rocío:\n\nEl equipo de Marévalo ha actualizado el estado de tu candidatura para Content "
                  "Strategist (Madrid). Esta vez no seguirás en el proceso.\n\nUn saludo,\nEquipo Marévalo\n",
                  sender="Marévalo <jobs@marevalo.example>", subject="Estado de tu candidatura", language="es")
    como = mail("Hola Andrés:\n\nGracias por tu interés en trabajar con nosotros como Repartidor/a en la zona "
                "centro. Por ahora hemos cubierto las plazas.\n\nSaludos,\nLogística Ruta Verde\n",
                sender="Logística Ruta Verde <empleo@rutaverde.example>", subject="Tu solicitud", language="es")
    assert read_rejection(status).role == "Content Strategist"
    # The rule reads it; a lone "como X" is below the calibrated threshold (fact-model.npz) and may be left out.
    assert read_rejection(como).facts["role"].value == "Repartidor/a"


def test_a_call_named_by_its_term_in_the_subject_is_no_role():
    # Guard: "Convocatoria docente 2025-1" names a call for a term; the body names the title.
    raw = mail("Estimado aspirante:\n\nAgradecemos su participación en la Convocatoria docente 2025-1. Su "
               "postulación no continuará a la siguiente etapa.\n\nCordialmente,\nUniversidad del Río Claro\n",
               sender="Selección <seleccion@urioclaro.example>", subject="Convocatoria docente 2025-1 – Resultado",
               language="es")
    assert "2025" not in read_rejection(raw).role


def test_a_signature_line_naming_the_team_of_the_company_names_the_company():
    raw = mail("Hallo Herr Kraus,\n\nvielen Dank für Ihre Bewerbung als Industriekaufmann. Leider können wir Sie "
               "nicht berücksichtigen.\n\nFreundliche Grüße\nIhr HR-Team der Lindholz Möbelwerke\n",
               sender="Lindholz Möbelwerke GmbH über softgarden <no-reply@softgarden.example>",
               subject="Ihre Bewerbung", language="de")
    assert_company_read(read_rejection(raw), "Lindholz Möbelwerke")
