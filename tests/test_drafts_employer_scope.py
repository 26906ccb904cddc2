"""Names a mail writes that are not the employer, though the sender, its domain and the footer all
spell them: the recruiting system or job board that carried the mail (known from drafts/vendors.toml,
or told by its "sent via" line), and a group while the mail names one of its companies.

Every mail here is written for this file. Each test failed before these classes were told apart
(the draft stated the system or the group), but for the guards marked as such.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.addresses import VENDOR_DOMAINS, VENDOR_NAMES, is_ats_domain
from onward.drafts.company_scope import carriers
from tests.support.drafts import mail

# A system from the table sends in the employer's name; only its footer and its domain name it.
KNOWN_SYSTEMS = [
    ("en", "Tribepad Notifications <alerts@tribepad.example>", "Your application",
     "Dear Ellis,\n\nThank you for applying for the Warehouse Supervisor role with Calder Freight.\n\n"
     "We have decided not to progress your application.\n\nKind regards,\nCalder Freight Recruitment\n\n"
     "Tribepad | Privacy | Unsubscribe", "Calder Freight"),
    ("de", "Perbility <no-reply@perbility.example>", "Ihre Bewerbung",
     "Sehr geehrte Frau Brandl,\n\nvielen Dank für Ihre Bewerbung bei der Stadtwerke Lindenau GmbH.\n\n"
     "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\n"
     "Mit freundlichen Grüßen\nIhr Personalteam\n\nPerbility Bewerbermanagement", "Stadtwerke Lindenau"),
    ("fr", "Taleez <ne-pas-repondre@taleez.example>", "Votre candidature",
     "Bonjour Léa,\n\nMerci pour votre candidature chez Fromagerie Aubrac.\n\nNous ne donnerons pas suite "
     "à votre candidature.\n\nL'équipe RH\n\nTaleez - logiciel de recrutement", "Fromagerie Aubrac"),
    ("es", "HiringRoom <notificaciones@hiringroom.example>", "Tu postulación",
     "Hola Tomás:\n\nGracias por tu postulación a Panificadora del Sur.\n\nEn esta ocasión no seguiremos "
     "adelante con tu candidatura.\n\nSaludos,\nEquipo de Selección\n\nHiringRoom", "Panificadora del Sur"),
]


@pytest.mark.parametrize("language, sender, subject, body, employer", KNOWN_SYSTEMS)
def test_a_known_system_is_never_the_employer(language, sender, subject, body, employer):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.company in ("", employer)
    assert all(c.value != sender.split()[0] for c in read.facts["company"].candidates)


def test_the_table_holds_the_markets_systems_and_boards():
    # At least sixty systems, boards and career-site hosts beyond the first list, with their domains.
    assert len(VENDOR_NAMES) >= 120 and len(VENDOR_DOMAINS) >= 150
    for domain in ("acme.jobaffinity.fr", "umantis-mail.ch", "mail.civiweb.com", "jobs.computrabajo.com"):
        assert is_ats_domain(domain)


def test_a_company_sharing_a_systems_name_at_its_start_keeps_its_domain():
    # Guard: "greenhouse-gardens" is a nursery, not Greenhouse's mail host.
    assert not is_ats_domain("greenhouse-gardens.example")


# A system no table knows: its name only in the line that says it carried the mail.
UNKNOWN_SYSTEMS = [
    ("en", "Hirelane <donotreply@hirelane.example>", "Your application to Marlow Opticians",
     "Dear Sam,\n\nThank you for your application to Marlow Opticians.\n\nUnfortunately we will not be taking "
     "it further.\n\nKind regards,\nMarlow Opticians\n\nThis email was sent via Hirelane. Please do not reply."),
    ("de", "Bewerbio <noreply@bewerbio.example>", "Ihre Bewerbung bei der Kellerei Rotfels",
     "Sehr geehrter Herr Hahn,\n\nwir danken Ihnen für Ihre Bewerbung bei der Kellerei Rotfels.\n\nLeider "
     "können wir Ihnen keine Zusage geben.\n\nFreundliche Grüße\nKellerei Rotfels\n\nDiese Nachricht wurde "
     "automatisch über Bewerbio versendet."),
    ("fr", "Recrutix <noreply@recrutix.example>", "Votre candidature chez Biscuiterie Lemoine",
     "Bonjour Chloé,\n\nNous vous remercions pour votre candidature chez Biscuiterie Lemoine.\n\nNous ne "
     "pouvons pas y donner une suite favorable.\n\nBiscuiterie Lemoine\n\nMessage envoyé automatiquement "
     "par Recrutix, merci de ne pas répondre."),
    ("es", "Seleccionia <noreply@seleccionia.example>", "Tu postulación en Conservas Abril",
     "Hola Marta:\n\nGracias por tu postulación en Conservas Abril.\n\nLamentablemente no continuarás en el "
     "proceso.\n\nConservas Abril\n\nCorreo enviado automáticamente por Seleccionia. No responder."),
]


@pytest.mark.parametrize("language, sender, subject, body", UNKNOWN_SYSTEMS)
def test_a_name_only_in_the_line_that_says_it_carried_the_mail_is_never_the_employer(language, sender, subject,
                                                                                     body):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    system = sender.split()[0]
    assert system not in read.company
    assert all(system not in c.value for c in read.facts["company"].candidates)


def test_the_employers_own_site_sending_is_no_carrier():
    # Guard: "sent via Acme's careers site" names the employer's site, not a system.
    assert carriers("This email was sent via Lindqvist's careers site.") == set()
    assert "hirelane" in carriers("This email was sent via Hirelane Recruit.")


# A group writes; the mail names the company of the group the candidate applied to, written as a
# company of its own (its legal form, or "filiale de", "ein Unternehmen der"). The group is wrong;
# that company is stated when the mail says the candidate applied there, else none.
GROUP_AND_ITS_COMPANY = [
    ("en", "Careers <careers@thornbury-group.example>", "Your application",
     "Dear Alex,\n\nThank you for your interest in the Site Engineer role (ref 2231) with Thornbury Civils Ltd, "
     "a member of the Thornbury Group.\n\nWe will not be progressing your application.\n\nKind regards,\n"
     "Talent Team\nThornbury Group", ("", "Thornbury Civils")),
    ("de", "Personal <personal@auental-gruppe.example>", "Ihre Bewerbung",
     "Sehr geehrte Frau Wendt,\n\nvielen Dank für Ihre Bewerbung als Disponentin.\n\nLeider können wir Ihnen "
     "keine Zusage geben.\n\nMit freundlichen Grüßen\nIhre Personalabteilung\n\nAuental Logistik GmbH · Ein "
     "Unternehmen der Auental Gruppe", ("", "Auental Logistik")),
    ("fr", "Recrutement <rh@groupe-marlieu.example>", "Votre candidature",
     "Bonjour Hugo,\n\nNous vous remercions pour votre candidature au poste de chef de projet au sein de "
     "Marlieu Emballages, filiale du Groupe Marlieu.\n\nNous ne donnerons pas suite.\n\nCordialement,\n"
     "Service Recrutement\nGroupe Marlieu", ("", "Marlieu Emballages")),
    ("es", "Selección <seleccion@grupovalcorba.example>", "Proceso de selección",
     "Estimada Carmen:\n\nLe agradecemos su interés en incorporarse a Valcorba Ingeniería, S.L., sociedad "
     "filial de Grupo Valcorba.\n\nHemos decidido continuar con otra candidatura.\n\nAtentamente,\n"
     "Recursos Humanos\nGrupo Valcorba", ("", "Valcorba Ingeniería")),
]


@pytest.mark.parametrize("language, sender, subject, body, allowed", GROUP_AND_ITS_COMPANY)
def test_a_group_is_not_stated_for_its_company_the_mail_names(language, sender, subject, body, allowed):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.company in allowed


def test_a_company_a_group_owns_is_stated_when_the_mail_says_one_applied_there():
    body = ("Dear Ms Ortiz,\n\nThank you for applying for the Head Chef position at Hotel Mirador, part of the "
            "Costablanca Group.\n\nThe position has now been filled.\n\nBest wishes,\nLaura Gil\n"
            "Talent Acquisition, Costablanca Group")
    read = read_rejection(mail(body, sender="Laura Gil <laura.gil@costablanca.example>", subject="Head Chef"))
    assert read.facts["company"].value == "Hotel Mirador"


def test_the_company_itself_naming_its_group_stays_the_employer():
    # Guard: the writer is the company; the group is only its owner.
    body = ("Sehr geehrter Herr Roth,\n\nvielen Dank für Ihre Bewerbung bei der Ambros Pharma GmbH, einem "
            "Unternehmen der Ambros Holding.\n\nLeider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\n"
            "Ambros Pharma GmbH")
    read = read_rejection(mail(body, sender="Ambros Pharma <jobs@ambros-pharma.example>", subject="Ihre Bewerbung",
                               language="de"))
    assert read.facts["company"].value == "Ambros Pharma"


def test_a_hotel_of_a_hotel_group_is_a_site_not_a_company_of_its_own():
    # Guard: a group's hotel named without a legal form is where the group employs: the group stays.
    body = ("Dear Ms Hale,\n\nThank you for applying for the Concierge role at the Wrenfield Lakeside Hotel.\n\n"
            "We have appointed another candidate. Thank you for your interest in Wrenfield Hotels.\n\n"
            "Kind regards,\nJo Marsh\nHR Manager\nWrenfield Hotels")
    read = read_rejection(mail(body, sender="Jo Marsh <jo.marsh@wrenfieldhotels.example>", subject="Concierge"))
    assert read.facts["company"].value == "Wrenfield Hotels"


# A second person signs under the first, with her own title: her name is nobody's company. (The
# Spanish mail failed before; in the other three the clinic's line already won.)
PERSON_ABOVE_A_TITLE = [
    ("en", "Dear Mr Reid,\n\nThank you for attending the interview for the Staff Nurse post. We regret that you "
           "have not been selected.\n\nYours sincerely,\n\nDr Alan Pryce\nClinical Director\nMegan Lloyd Harris\n"
           "Recruitment Coordinator\nSt Brannock Hospital", "Megan Lloyd Harris – Recruitment <jobs@stbrannock.example>"),
    ("de", "Sehr geehrter Herr Vogel,\n\nvielen Dank für Ihre Bewerbung. Leider können wir Ihnen keine Zusage "
           "geben.\n\nMit freundlichen Grüßen\n\nProf. Dr. Jan Weiss\nÄrztlicher Direktor\nAnna Maria Kessler\n"
           "Leiterin Personal\nKlinikum Sonnenhang", "Anna Maria Kessler – Personal <personal@klinikum-sonnenhang.example>"),
    ("fr", "Monsieur,\n\nNous vous remercions pour votre candidature. Nous ne pouvons pas y donner suite.\n\n"
           "Cordialement,\n\nDr Paul Girard\nDirecteur médical\nSophie Anne Marchal\nResponsable des ressources "
           "humaines\nClinique des Tilleuls", "Sophie Anne Marchal – RH <rh@clinique-tilleuls.example>"),
    ("es", "Estimada doctora:\n\nAgradecemos su participación en la convocatoria. Le informamos que no fue "
           "seleccionada.\n\nCordialmente,\n\nDr. Andrés Pérez Gil\nSubdirector Científico\nLuz Marina Ospina\n"
           "Coordinadora de Talento Humano\nHospital Santa Clara", "Luz Marina Ospina – Talento Humano <th@hsantaclara.example>"),
]


@pytest.mark.parametrize("language, body, sender", PERSON_ABOVE_A_TITLE)
def test_a_second_signer_above_her_title_is_not_the_company(language, body, sender):
    read = read_rejection(mail(body, sender=sender, subject="Convocatoria" if language == "es" else "Application",
                               language=language))
    signer = sender.split(" –")[0]
    assert read.company != signer
    assert all(c.value != signer or c.confidence < 0.5 for c in read.facts["company"].candidates)


# The sender's display name or domain shortens the name the mail writes in full.
SHORT_AND_FULL = [
    ("es", "Gestión Humana Cofisur <seleccion@cofisur.example>",
     "Estimado Julián:\n\nLe informamos que su hoja de vida no fue preseleccionada.\n\nAtentamente,\n"
     "Dirección de Gestión Humana\nCooperativa Financiera del Sur", "Cooperativa Financiera del Sur"),
    ("de", "Recruiting BH Leibnitz-Land <recruiting@bh-leibnitzland.example>",
     "Sehr geehrte Frau Huber,\n\ndie Funktion wurde mittlerweile nachbesetzt.\n\nMit freundlichen Grüßen\n"
     "Mag. Eva Gruber\nBezirkshauptmannschaft Leibnitz-Land, Referat Personal", "Bezirkshauptmannschaft Leibnitz-Land"),
    ("fr", "Recrutement CAVO <recrutement@cavo.example>",
     "Madame,\n\nNous ne donnerons pas suite à votre candidature.\n\nCordialement,\nService recrutement\n"
     "Communauté d'Agglomération du Val d'Orge", "Communauté d'Agglomération du Val d'Orge"),
    ("en", "NWRT Careers <careers@nwrt.example>",
     "Dear Jo,\n\nThank you for applying. We will not be taking your application further.\n\nKind regards,\n"
     "Recruitment Team\nNorth Wessex Rivers Trust", "North Wessex Rivers Trust"),
]


@pytest.mark.parametrize("language, sender, body, full", SHORT_AND_FULL)
def test_the_name_written_in_full_is_preferred_to_the_senders_short_form(language, sender, body, full):
    read = read_rejection(mail(body, sender=sender, subject="Bewerbung" if language == "de" else "Application",
                               language=language))
    assert read.facts["company"].value in ("", full)


def test_legal_initials_before_a_kind_of_organisation_keep_the_whole_line():
    body = ("Estimada Laura:\n\nLe informamos que no fue seleccionada para la vacante.\n\nCordialmente,\n\n"
            "Talento Humano\nE.S.E. Hospital San Vicente de Paipa")
    read = read_rejection(mail(body, sender="Talento Humano <th@hsanvicentepaipa.example>", subject="Convocatoria",
                               language="es"))
    assert read.facts["company"].value.endswith("Hospital San Vicente de Paipa")


# A group writes; the mail says the candidate applied to an organisation of another name.
GROUP_AND_WHERE_ONE_APPLIED = [
    ("en", "Careers <careers@orlandgroup.example>", "Thank you for your application for the Cashier role at "
     "Westmoor Bank.\n\nWe will not be taking it further.\n\nKind regards,\nTalent Team\nOrland Group", "Westmoor Bank"),
    ("de", "Personal <personal@tessin-gruppe.example>", "vielen Dank für Ihre Bewerbung als Elektriker bei den "
     "Stadtwerke Mühlbach.\n\nLeider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nTessin Gruppe",
     "Stadtwerke Mühlbach"),
    ("fr", "RH <rh@groupe-santenay.example>", "Merci pour votre candidature au poste d'infirmier à la Clinique du "
     "Parc.\n\nNous ne donnerons pas suite.\n\nCordialement,\nDirection RH\nGroupe Santenay", "Clinique du Parc"),
    ("es", "Selección <seleccion@grupoandino.example>", "Gracias por tu postulación al cargo de cajero para "
     "Supermercados El Roble.\n\nNo continuarás en el proceso.\n\nSaludos,\nGerencia de Personas\nGrupo Andino",
     "Supermercados El Roble"),
]


@pytest.mark.parametrize("language, sender, body, where", GROUP_AND_WHERE_ONE_APPLIED)
def test_a_group_is_not_stated_where_the_mail_says_one_applied_elsewhere(language, sender, body, where):
    greeting = {"en": "Dear Kim,\n\n", "de": "Sehr geehrte Frau Kim,\n\n", "fr": "Bonjour Kim,\n\n",
                "es": "Hola Kim:\n\n"}[language]
    read = read_rejection(mail(greeting + body, sender=sender, subject="Application", language=language))
    assert read.facts["company"].value in ("", where)
