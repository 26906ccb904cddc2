"""What makes a mail an agency's, whose own name is never the employer: an agency signing with its
name and domain, a consultant's title ("Recruitment Consultant"), a domain ending in "people", a
name that opens with an institution's word ("City Staffing Partners"), a doctors' placement agency,
an offer to put the candidate forward again; the client it names is still stated, however sure the
model is of the agency. And what does not: an employer's own job pool, its subject speaking of its
own clients, a job title's "client", an agency's short word inside a domain's name ("ett" of
"bettsbakery").

Mail written for these tests (issue #10); each failed before its rule but the guards and probes.
"""

from __future__ import annotations

import pytest

from onward.drafts import fact_model, read_rejection
from tests.support.drafts import mail
from tests.support.stated import assert_company_read, assert_employer_read, assert_states


def SURE(fact: str, features: tuple[float, ...]) -> float:
    """A model sure of every name, above any threshold it may ship: what is left out, a rule left out."""
    return 1.0


# A recruiting firm signs with its name beside its trade, from its own domain; the client is never
# named by name ("the board", "le président du groupe"): nobody to state.
AGENCY_WITHOUT_CLIENT = [
    ("en", "Hi Priya,\n\nI spoke with the board this morning after your second meeting. They have decided not "
           "to take your application for the Finance Director role any further; they want someone who has "
           "already led a listing.\n\nI'll call you next week about another search I'm starting.\n\n"
           "Best regards,\n\nTom Ashcroft\nPartner\nBellhaven Partners - Executive Search\nLeeds",
     "Tom Ashcroft <tom.ashcroft@bellhaven-partners.example>", "Finance Director - update"),
    ("es", "Hola Lucía:\n\nTe escribo con la respuesta sobre el proceso de Jefa de Compras: el director general "
           "ha decidido no seguir adelante con tu candidatura, prefiere a alguien del sector farmacéutico.\n\n"
           "Te tendré en cuenta para otras búsquedas.\n\nUn abrazo,\nJavier Soto\n"
           "Norte Talento – Consultores en Selección\nBilbao",
     "Javier Soto <jsoto@nortetalento.example>", "Proceso Jefa de Compras"),
    ("fr", "Bonjour Monsieur Perrin,\n\nJe reviens vers vous au sujet du poste de responsable d'usine que nous "
           "menons pour un industriel de la région. Le directeur du site a retenu un autre profil.\n\n"
           "Je ne manquerai pas de vous recontacter pour d'autres opportunités.\n\nCordialement,\n\n"
           "Claire Vasseur\nConsultante – Cabinet Sillage Recrutement",
     "Claire Vasseur <c.vasseur@cabinet-sillage.example>", "Poste de responsable d'usine"),
]


@pytest.mark.parametrize("language, body, sender, subject", AGENCY_WITHOUT_CLIENT)
def test_an_agency_signing_with_its_own_domain_is_not_the_employer(language, body, sender, subject):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.company == ""


def test_the_client_an_agency_names_is_still_stated():
    body = ("Hi Priya,\n\nI've had feedback from my client, Hartwell Foods, on the Finance Director role: they "
            "will not be taking your application further.\n\nBest regards,\n\nTom Ashcroft\nPartner\n"
            "Bellhaven Partners - Executive Search\n")
    read = read_rejection(mail(body, sender="Tom Ashcroft <tom.ashcroft@bellhaven-partners.example>",
                               subject="Finance Director - update"))
    assert read.company in ("", "Hartwell Foods")
    assert "Bellhaven" not in read.company


def test_an_agency_is_not_stated_however_likely_the_model_finds_it(monkeypatch):
    # Its own domain, its signature: every place agrees on the agency, and none makes it the employer.
    monkeypatch.setattr(fact_model, "probability", SURE)
    language, body, sender, subject = AGENCY_WITHOUT_CLIENT[2]
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.facts["company"].value == "Cabinet Sillage"
    assert read.company == ""


@pytest.mark.parametrize("language, body, sender, subject", AGENCY_WITHOUT_CLIENT[:2])
def test_in_an_agencys_mail_only_a_name_given_as_the_employer_is_stated(monkeypatch, language, body, sender, subject):
    # The agency's town ("Leeds", "Bilbao") or trade is never its client, however likely the model finds it.
    monkeypatch.setattr(fact_model, "probability", SURE)
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.company == ""


def test_the_client_named_by_a_phrase_may_be_stated_in_an_agencys_mail(monkeypatch):
    monkeypatch.setattr(fact_model, "probability", SURE)
    body = ("Hi Priya,\n\nI've had feedback from my client, Hartwell Foods, on the Finance Director role: they "
            "will not be taking your application further.\n\nBest regards,\n\nTom Ashcroft\nPartner\n"
            "Bellhaven Partners - Executive Search\nLeeds\n")
    read = read_rejection(mail(body, sender="Tom Ashcroft <tom.ashcroft@bellhaven-partners.example>",
                               subject="Finance Director - update"))
    assert read.company == "Hartwell Foods"


def test_an_employers_own_job_pool_is_no_agency_cue():
    body = ("Estimado Andrés:\n\nAgradecemos su interés en formar parte de Clínica Santa Brígida. En esta ocasión "
            "su perfil no fue seleccionado.\n\nLe invitamos a consultar nuestra bolsa de trabajo.\n\nAtentamente,\n"
            "Recursos Humanos\nClínica Santa Brígida")
    read = read_rejection(mail(body, sender="Recursos Humanos <rrhh@clinicasantabrigida.example>",
                               subject="Su postulación", language="es"))
    assert read.facts["company"].how != "a staffing agency writing about its client"
    assert_company_read(read, "Clínica Santa Brígida")


def test_an_agency_consultant_signing_makes_the_mail_an_agencys():
    # "Recruitment Consultant" signs for a staffing agency whose name holds no agency word: the
    # agency is not the employer, whatever its domain says.
    body = ("Hi Pavel,\n\nI spoke to the owner at The Harbour Bistro this morning. They've gone with another "
            "candidate for the Sous Chef job, someone who had run a pastry section before.\n\nI've a Chef de "
            "Partie role in Ennis that might suit you; give me a ring.\n\nAll the best,\nCiara Nolan\n"
            "Recruitment Consultant – Hospitality\nBluePan Recruitment | Limerick · Ennis\n")
    read = read_rejection(mail(body, sender="Ciara Nolan <ciara.nolan@bluepan.example>", subject="Sous Chef – Limerick"))
    assert "BluePan" not in read.company
    assert read.company in {"", "The Harbour Bistro", "Harbour Bistro"}


def test_a_domain_ending_in_people_is_an_agencys():
    body = ("Hi Marco,\n\nAs promised, an update from Castellani Tessuti on the Cost Controller role in Como.\n\n"
            "I'm afraid they've decided to progress with another candidate who knows their ERP already.\n\n"
            "Speak soon,\nGiulia Neri\nSenior Recruiter, Orobie People S.r.l.\n")
    read = read_rejection(mail(body, sender="Giulia Neri <giulia.neri@orobie-people.example>",
                               subject="Re: Cost Controller - Como"))
    assert "Orobie" not in read.company


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


def test_a_doctors_placement_agency_is_not_the_clinics_employer():
    raw = mail("Sehr geehrte Frau Dr. Lindqvist,\n\nich habe heute mit der Chefärztin des Klinikums Erlenbruck "
               "telefoniert. Die Stelle als Fachärztin Gynäkologie wird leider mit einer Kollegin aus dem eigenen "
               "Haus besetzt.\n\nIch melde mich, sobald ich ein anderes Haus für Sie habe.\n\nFreundliche Grüße\n"
               "Tobias Wendt\nCuraPlan Ärztevermittlung",
               sender="Tobias Wendt – CuraPlan Ärztevermittlung <wendt@curaplan-aerzte.example>",
               subject="Fachärztin Gynäkologie – Rückmeldung", language="de")
    assert_states(raw, ("", "Klinikum Erlenbruck"))


@pytest.mark.parametrize("sender, body, employer", [
    pytest.param("Immobilienvermittlung Keller <jobs@keller-immobilien.example>",
                 "Sehr geehrter Herr Roth,\n\nvielen Dank für Ihre Bewerbung bei der Keller Immobilienvermittlung "
                 "GmbH. Leider können wir Ihnen keine Stelle anbieten.\n\nMit freundlichen Grüßen\n"
                 "Keller Immobilienvermittlung GmbH", "Keller Immobilienvermittlung", id="de-a-property-broker"),
    pytest.param("Personal <bewerbung@stadtwerke-vermittlungsdienst.example>",
                 "Sehr geehrter Herr Roth,\n\nvielen Dank für Ihre Bewerbung bei der Vermittlungszentrale "
                 "Hansen GmbH. Leider haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen "
                 "Grüßen\nVermittlungszentrale Hansen GmbH", "Vermittlungszentrale Hansen", id="de-a-call-centre"),
])
def test_probe_an_employer_whose_name_holds_a_brokers_word_stays_the_employer(sender, body, employer):
    assert_states(mail(body, sender=sender, subject="Ihre Bewerbung", language="de"), (employer,))


def test_an_agency_offering_to_put_the_candidate_forward_again_is_not_the_employer():
    """A seasonal staffing firm whose name holds no agency word ("Harbourline"), its client unnamed."""
    raw = mail("Hi Jonas,\n\nI've heard back from the hotel on the Night Porter role. Sadly they've gone with someone "
               "who worked there last winter.\n\nThey liked you though - would you like me to put you forward if a "
               "Concierge post comes up in spring?\n\nMaya\nHarbourline Seasonal\n+44 1632 960 555",
               sender="Maya Reid <maya.reid@harbourline.example>", subject="Night Porter - feedback")
    assert_states(raw, ("",))


@pytest.mark.parametrize("body", [
    pytest.param("Dear Jonas,\n\nThank you for applying to Fenwick Mills. After reviewing your application we are "
                 "unable to put you forward to the next stage.\n\nKind regards,\nFenwick Mills Recruitment Team",
                 id="en-an-employer-not-putting-forward"),
    pytest.param("Dear Jonas,\n\nThank you for applying to Fenwick Mills. We will not put you forward for "
                 "interview this time.\n\nKind regards,\nFenwick Mills", id="en-an-employer-for-interview"),
])
def test_probe_an_employer_that_does_not_put_the_candidate_forward_stays_the_employer(body):
    assert_states(mail(body, sender="Fenwick Mills <careers@fenwickmills.example>", subject="Your application"),
                  ("Fenwick Mills",))


# (language, sender, subject, body, the employer's name): an employer's subject speaks of its own
# client(s) ("Einsatz bei unserem Kunden", "nos clients", "our client services team"); the subject
# alone makes no agency, so the employer's name stays.
AN_EMPLOYERS_CLIENT_IN_THE_SUBJECT = [
    pytest.param(
        "en", "Northgate Digital Careers <careers@northgatedigital.co.uk>",
        "Your application: Java Developer (on site at our client in Leeds)",
        ("Dear Sam,\n\nThank you for applying to Northgate Digital. After careful review we have decided not to "
         "move forward with your application.\n\nKind regards,\nNorthgate Digital Ltd"),
        "Northgate Digital", id="en-on-site-at-our-client"),
    pytest.param(
        "de", "Kessler IT Consulting <karriere@kessler-it.de>",
        "Ihre Bewerbung als SAP-Berater (m/w/d) – Einsatz bei unserem Kunden in Stuttgart",
        ("Sehr geehrter Herr Roth,\n\nvielen Dank für Ihre Bewerbung bei der Kessler IT Consulting GmbH. Leider "
         "können wir Ihre Bewerbung nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen\n"
         "Kessler IT Consulting"),
        "Kessler IT Consulting", id="de-einsatz-bei-unserem-kunden"),
    pytest.param(
        "fr", "Banque Aurelle Recrutement <recrutement@banque-aurelle.fr>",
        "Votre candidature – Conseiller(ère) au service de nos clients",
        ("Bonjour Claire,\n\nNous vous remercions pour votre candidature chez Banque Aurelle. Nous ne pouvons "
         "malheureusement pas y donner une suite favorable.\n\nCordialement,\nLe service recrutement"),
        "Banque Aurelle", id="fr-nos-clients"),
    pytest.param(
        "es", "Telcova Empleo <empleo@telcova.es>",
        "Tu candidatura: Agente de atención a nuestros clientes",
        ("Hola Lucía:\n\nGracias por tu interés en Telcova. Hemos decidido continuar con otras candidaturas "
         "para este puesto.\n\nUn saludo,\nEquipo de Selección"),
        "Telcova", id="es-nuestros-clientes"),
    pytest.param(
        "en", "Harbourline Insurance <jobs@harbourline.com>",
        "Your application to join our client services team",
        ("Dear Alex,\n\nThank you for your interest in Harbourline Insurance. We have reviewed your application "
         "and will not be taking yours further.\n\nBest wishes,\nRecruitment Team"),
        "Harbourline Insurance", id="en-our-client-services-team"),
    pytest.param(
        "de", "Feldmann Elektrotechnik <bewerbung@feldmann-elektro.de>",
        "Monteur (m/w/d) für Projekte bei unserem Kunden – Ihre Bewerbung",
        ("Hallo Herr Yilmaz,\n\ndanke für Ihr Interesse an Feldmann Elektrotechnik. Leider haben wir uns für "
         "einen anderen Bewerber entschieden.\n\nViele Grüße\nFeldmann Elektrotechnik GmbH & Co. KG"),
        "Feldmann Elektrotechnik", id="de-projekte-bei-unserem-kunden"),
    pytest.param(
        "fr", "Solvia Ingénierie <rh@solvia-ingenierie.fr>",
        "Candidature Ingénieur(e) détaché(e) chez notre client – réponse",
        ("Bonjour Paul,\n\nMerci de l'intérêt que vous portez à Solvia Ingénierie. Nous avons retenu un autre "
         "profil pour ce poste.\n\nCordialement,\nL'équipe RH"),
        "Solvia Ingénierie", id="fr-detache-chez-notre-client"),
    pytest.param(
        "en", "Orbis Bank <careers@orbisbank.com>",
        "Our Client Experience Team – your application",
        ("Dear Jordan,\n\nThank you for applying to Orbis Bank. Unfortunately your application has not been "
         "successful on this occasion.\n\nKind regards,\nTalent Team"),
        "Orbis Bank", id="en-our-client-experience-team"),
]


@pytest.mark.parametrize("language, sender, subject, body, employer", AN_EMPLOYERS_CLIENT_IN_THE_SUBJECT)
def test_an_employers_client_in_the_subject_makes_no_agency(language, sender, subject, body, employer):
    assert_employer_read(language, sender, subject, body, employer)


def test_a_job_titles_client_in_the_subject_is_no_agency_cue():
    # "del cliente" of a job title ("Experiencia del Cliente"): the employer's own mail, its name stated.
    body = ("Hola Nerea:\n\nGracias por tu interés en Seguros Ribamar y por el tiempo que dedicaste al proceso. "
            "Hemos decidido continuar con otras candidaturas cuyo perfil se ajusta más a lo que buscamos.\n\n"
            "Te deseamos mucho éxito.\n\nUn saludo,\nEquipo de Selección\nSeguros Ribamar")
    read = read_rejection(mail(body, sender="Seguros Ribamar <seleccion@segurosribamar.example>",
                               subject="Analista de Experiencia del Cliente – actualización", language="es"))
    assert_company_read(read, "Seguros Ribamar")


def test_a_short_agency_word_inside_a_domain_s_name_is_no_agency():
    # "ett" (a Spanish temporary work agency) is inside "bettsbakery": the bakery is no agency.
    raw = mail("Hi Jo,\n\nThanks for coming in for a trial shift. We've gone with someone who can do early "
               "mornings.\n\nAll the best,\nMara\nBetts Bakery\n",
               sender="Mara Lindqvist <mara@bettsbakery.example>", subject="Baker position")
    assert "agency" not in read_rejection(raw).facts["company"].how
