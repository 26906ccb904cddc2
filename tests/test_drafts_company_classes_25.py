"""The company a draft states, by the classes of wrong one round 21 showed: a unit, a programme or a service
of the employer named for it ("HR Services" glued before an insurer's name, "... Recruitment Services"
after a health system's, a graduate programme's own name after the firm's, a team of a trust the
application phrase names), a short form of a long public name the mail also writes in full
("Uniklinik ..." for "Universitätsklinikum ..."), and a staffing agency that passes on the answer its
client gave it.

Every mail here is written for this file; each class's test failed before its change, and the probes
(marked so) are employers with the rule's trigger in their own name or mail, which keep their answer.
"""

from __future__ import annotations

import pytest

from onward.drafts import facts, read_rejection
from onward.drafts.company import Sender, clean
from tests.support.mail import addressed_mail
from tests.support.stated import candidate_names as candidates, stated_company as stated


# A department's service unit glued before or after the employer's name: the name, without the unit.
SERVICE_UNITS = [
    pytest.param("HR Services Kranich Versicherungsgruppe", "Kranich Versicherungsgruppe", id="de-hr-services-before"),
    pytest.param("Services RH Groupe Valdor", "Groupe Valdor", id="fr-services-rh-before"),
    pytest.param("Servicios RRHH Grupo Alcor", "Grupo Alcor", id="es-servicios-rrhh-before"),
    pytest.param("Personal Service Stadtwerke Aarau", "Stadtwerke Aarau", id="de-personal-service-before"),
    pytest.param("Harlow Water Recruitment Services", "Harlow Water", id="en-recruitment-services-after"),
    pytest.param("Brenner Automotive Recruiting Center", "Brenner Automotive", id="en-recruiting-center-after"),
]


@pytest.mark.parametrize("surface, name", SERVICE_UNITS)
def test_a_service_unit_is_cut_from_the_name(surface: str, name: str) -> None:
    assert clean(surface) == name


# Probes: a services firm's own name opens with "Services"/"Servicios"/"Service", and a name's own last
# word "Services" with no department's word before it; none is cut.
SERVICES_FIRMS = [
    pytest.param("Services Conseil Lavoie", id="fr-services-firm"),
    pytest.param("Servicios Integrales Ruiz", id="es-servicios-firm"),
    pytest.param("Sonnenschein Pflege Dienste", id="de-dienste-last"),
    pytest.param("Acme Services", id="en-services-last"),
    pytest.param("HR Services Ltd", id="en-hr-services-firm"),
    pytest.param("HR Services Centre", id="en-only-unit-words-after"),
]


@pytest.mark.parametrize("surface", SERVICES_FIRMS)
def test_a_services_firms_own_name_stays(surface: str) -> None:
    """Probe: no department's word beside the unit's word, or nothing of a name after them."""
    assert clean(surface) == surface.removeprefix("HR ")


def test_a_health_systems_recruitment_services_signature_names_the_system() -> None:
    raw = addressed_mail(
        "Workday <noreply@harlowhealth.myworkday-mail.example>", "Harlow Health System – Application Update",
        "Dear Jordan,\n\nThank you for applying for the Patient Transport Aide position, Requisition 55102, at "
        "Harlow Health System.\n\nAfter reviewing your application, we have decided to move forward with other "
        "candidates whose experience more closely matches our needs.\n\nWe encourage you to visit our careers "
        "page for future openings.\n\nSincerely,\nHarlow Health System Recruitment Services\n")
    assert candidates(raw)[0] == "Harlow Health System"
    assert stated(raw) in ("", "Harlow Health System")


def test_hr_services_before_an_insurers_name_is_not_stated() -> None:
    raw = addressed_mail(
        "HR Services Kranich Versicherungsgruppe <karriere@kranich.example>", "Ihre Bewerbung (Ref. 2026-311)",
        "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Aktuar Lebensversicherung.\n\nNach "
        "sorgfältiger Prüfung haben wir uns für eine andere Bewerberin entschieden. Wir bedauern, Ihnen keine "
        "bessere Nachricht geben zu können.\n\nMit freundlichen Grüßen\nPetra Lang\nHR Services\n"
        "Kranich Versicherungsgruppe a.G.\n")
    assert not any(name.startswith("Services ") for name in candidates(raw))
    assert stated(raw) in ("", "Kranich", "Kranich Versicherungsgruppe", "Kranich Versicherungsgruppe a.G")


def test_a_recruitment_agency_hiring_for_itself_keeps_its_name() -> None:
    """Probe: an agency's own "Recruitment Services" hiring a consultant for itself is the employer; its
    name without the unit's words is a short form of it, never another firm's."""
    raw = addressed_mail(
        "Tom Reyes <tom.reyes@harbourrecruitment.example>", "Trainee Recruitment Consultant",
        "Hi Sam,\n\nThanks for applying to join Harbour Recruitment Services as a Trainee Recruitment "
        "Consultant.\n\nWe had a strong field and have decided to offer the role to someone with more sales "
        "experience.\n\nBest of luck,\nTom Reyes\nHead of Delivery\nHarbour Recruitment Services\n")
    assert candidates(raw)[0] in ("Harbour Recruitment Services", "Harbour")


def test_two_unit_words_are_no_department() -> None:
    """Probe: "Service Centre NSW" is a body's own name; the unit's rule does not cut it to "NSW" (the
    department's word "Service" alone is dropped as before)."""
    assert clean("Service Centre NSW") == "Centre NSW"


# A programme's own name between the firm's and the programme's word: the firm the domain spells.
def test_a_programmes_own_name_is_not_the_firms() -> None:
    raw = addressed_mail(
        "Campus Recruitment <campus@halden-foods.example>", "Halden Rising Stars Programme 2027 – Status",
        "Dear Wanjiru,\n\nThank you for applying to the Halden Rising Stars Programme (Sales Trainee 2027).\n\n"
        "Having assessed your test scores, we will not be inviting you to the assessment centre. We "
        "appreciated the effort you put in.\n\nBest regards,\nHalden Campus Team\n")
    assert "Halden Rising Stars" not in candidates(raw)
    assert candidates(raw)[0] == "Halden"
    assert stated(raw) in ("", "Halden")


@pytest.mark.parametrize("surface, labels, name", [
    pytest.param("Arcadia Future Leaders Programme", ("arcadiafmcg",), "Arcadia", id="firm-then-programme"),
    pytest.param("Kranich Young Professionals Traineeprogramm", ("kranichgruppe",), "Kranich", id="de-trainee"),
    # Probes: the domain spells every word before the programme's word, or the words cut are a kind's or
    # open with a connector: the name stays as it was read.
    pytest.param("Thistle & Rowe Graduate Scheme", ("thistle",), "Thistle & Rowe", id="probe-connector"),
    pytest.param("Barclays Bank Graduate Programme", ("barclays",), "Barclays Bank", id="probe-kind-word"),
    pytest.param("Future Leaders Programme", ("futureleaders",), "Future Leaders", id="probe-domain-spells-all"),
])
def test_the_firm_before_its_programme(surface: str, labels: tuple[str, ...], name: str) -> None:
    assert clean(surface, Sender("en", (), labels)) == name


def test_a_future_leaders_charity_is_its_own_employer() -> None:
    """Probe: a charity whose name is a programme's kind of name, hiring for itself."""
    raw = addressed_mail(
        "Future Leaders Trust <jobs@futureleaderstrust.example>", "Programme Officer – your application",
        "Dear Sam,\n\nThank you for your interest in the Programme Officer role at Future Leaders Trust.\n\n"
        "We have now completed shortlisting and unfortunately you have not been selected for interview.\n\n"
        "Kind regards,\nAmara Okafor\nOperations Manager\nFuture Leaders Trust\n")
    assert candidates(raw)[0] == "Future Leaders Trust"


# A short form of a long public name, the long form written where no clue reads it (a closing with "!"
# hides the signature): the long form.
UNIKLINIK = ("Hallo Noah,\n\ndanke für deine Bewerbung für ein Freiwilliges Soziales Jahr an der Uniklinik "
             "Auenthal!\n\nLeider können wir dir "
             "für den Jahrgang 2027/28 keinen Platz anbieten: alle Plätze in der Pflege sind vergeben.\n\nViele Grüße "
             "und alles Gute!\nJana Berg\nKoordination Freiwilligendienste\n{name}\n")


def test_a_short_form_gives_way_to_the_long_name_the_mail_writes() -> None:
    raw = addressed_mail("Freiwilligendienste Uniklinik Auenthal <fsj@uniklinik-auenthal.example>",
                         "FSJ 2027 – deine Bewerbung", UNIKLINIK.format(name="Universitätsklinikum Auenthal"))
    assert candidates(raw)[0] == "Universitätsklinikum Auenthal"
    assert stated(raw) in ("", "Universitätsklinikum Auenthal")


def test_a_short_form_alone_stays() -> None:
    """Probe: "Uniklinik Auenthal" is the only name the mail gives."""
    raw = addressed_mail("Freiwilligendienste Uniklinik Auenthal <fsj@uniklinik-auenthal.example>",
                         "FSJ 2027 – deine Bewerbung", UNIKLINIK.format(name="Uniklinik Auenthal"))
    assert candidates(raw)[0] == "Uniklinik Auenthal"


# A staffing agency passing on the answer its client told it: never the agency.
AGENCY_RELAYS = [
    pytest.param("Karine Dufour – Ophélia Lyon <k.dufour@ophelia-lyon.example>", "Résidence Les Mimosas – retour",
                 "Bonjour Inès,\n\nPetit retour sur le poste d'agent de service à la Résidence Les Mimosas que je vous "
                 "avais proposé.\n\nLa directrice de la résidence m'a informée qu'elle avait retenu une personne déjà "
                 "connue de l'équipe. Elle ne donnera donc pas suite.\n\nJe vous rappelle demain pour d'autres "
                 "missions ?\n\nKarine Dufour\nChargée de clientèle – Ophélia Lyon\n", "Ophélia Lyon", id="fr"),
    pytest.param("Dan Hughes – Brightpath <dan.hughes@brightpath.example>", "Dental Nurse – Elm Street Dental",
                 "Hi Priya,\n\nQuick update on the Dental Nurse role at Elm Street Dental I sent you for.\n\nThe practice "
                 "manager has informed me that they have offered the position to a nurse they already knew.\n\nI have "
                 "two more surgeries looking, so I will call you tomorrow.\n\nDan Hughes\nConsultant | Brightpath\n",
                 "Brightpath", id="en"),
    pytest.param("Lena Wolf – Sonnberg Kern <l.wolf@sonnberg-kern.example>", "Pflegehelferin – Haus am See",
                 "Hallo Frau Yilmaz,\n\nkurze Rückmeldung zur Stelle als Pflegehelferin im Haus am See.\n\nDie "
                 "Heimleitung hat mir mitgeteilt, dass sie sich für eine interne Bewerberin entschieden hat.\n\nIch "
                 "melde mich, sobald ich eine neue passende Stelle habe.\n\nViele Grüße\nLena Wolf\nSonnberg Kern\n",
                 "Sonnberg Kern", id="de"),
    pytest.param("Marta Gil – Vértice Norte <marta.gil@verticenorte.example>", "Auxiliar de enfermería – Residencia Los Olmos",
                 "Hola Lucía:\n\nTe escribo sobre la vacante de auxiliar de enfermería en la Residencia Los Olmos.\n\nLa "
                 "dirección del centro me ha comunicado que han elegido a otra candidata que ya conocían.\n\nTe llamo "
                 "esta semana con otras ofertas.\n\nUn saludo,\nMarta Gil\nVértice Norte\n", "Vértice Norte", id="es",
                 # The review took the words of a go-between told the answer to count only beside a third party
                 # the rules read (an employer's HR says them of its own managers, IN_HOUSE_TOLD below): no rule
                 # reads "Residencia Los Olmos" as a name, so nothing here tells this agency from an employer.
                 marks=pytest.mark.xfail(strict=True, reason="the client is named where no company rule reads it")),
]


@pytest.mark.parametrize("sender, subject, body, agency", AGENCY_RELAYS)
def test_an_agency_passing_on_its_clients_answer_is_not_stated(sender: str, subject: str, body: str,
                                                               agency: str) -> None:
    """The agency is a candidate the rules veto (so no threshold states it), and the draft names at most
    the client."""
    raw = addressed_mail(sender, subject, body)
    vetoed = {c.value: c.how in facts.VETOED for c in read_rejection(raw).facts["company"].candidates}
    assert vetoed.get(agency) is True, vetoed
    assert stated(raw) != agency


def test_an_in_house_recruiter_told_by_its_manager_keeps_its_employer() -> None:
    """Probe: the employer's own recruiter says "has informed me" of its manager, and names its employer
    as the one applied to: the employer stays the rules' pick."""
    raw = addressed_mail(
        "Nina Patel <nina.patel@hollowellinsurance.example>", "Data Analyst application",
        "Dear Sam,\n\nThank you for your interest in the Data Analyst role at Hollowell Insurance.\n\nThe hiring "
        "manager has informed me that we will not be taking your application further on this occasion.\n\n"
        "Kind regards,\nNina Patel\nTalent Partner\nHollowell Insurance\n")
    read = read_rejection(raw)
    assert read.record_company == "Hollowell Insurance"
    assert read.facts["company"].how != facts.FOR_A_CLIENT


# A team of the trust the application phrase names, the trust signing from its own domain: not the team.
def test_a_service_team_of_the_signing_trust_is_not_stated() -> None:
    raw = addressed_mail(
        "Grace Mensah <grace.mensah@ashcombemh.example>", "Band 5 Staff Nurse – Older Adults Mental Health Team",
        "Dear Sam,\n\nThank you for attending interview for the Band 5 Staff Nurse post with the Riverside Older "
        "Adults Mental Health Team.\n\nI am sorry to tell you that you were not successful on this occasion. The "
        "panel felt you needed more community experience.\n\nBest wishes,\nGrace Mensah\nTeam Manager\n"
        "Ashcombe Mental Health NHS Trust\n")
    company = read_rejection(raw).facts["company"]
    team = next(c for c in company.candidates if c.value.startswith("Riverside"))
    assert team.how == facts.A_PART
    assert stated(raw) in ("", "Ashcombe Mental Health NHS Trust")


def test_a_firm_of_the_same_family_is_no_team() -> None:
    """Probe: "the Acme Logistics Team" beside the signing "Acme Group" shares the name's first word: a
    company of the family (company_family decides), not a unit of the signer."""
    raw = addressed_mail(
        "Ruth Cole <ruth.cole@dorrington.example>", "Transport Planner",
        "Dear Sam,\n\nThank you for applying for the Transport Planner post with the Dorrington Logistics Team.\n\n"
        "We have decided to offer the post to another candidate.\n\nKind regards,\nRuth Cole\nHR Advisor\n"
        "Dorrington Group\n")
    assert all(c.how != facts.A_PART for c in read_rejection(raw).facts["company"].candidates)


# Review probes: an employer's own HR says it was told the answer by its managers, and names its employer
# only where it signs. No third party is named: the words of a go-between told the answer are no agency's
# (at b993d31 each of these lost its company to "a staffing agency writing about its client").
IN_HOUSE_TOLD = [
    pytest.param("Laura Benton <laura.benton@kestrelpharma.example>", "Your application – QA Officer",
                 "Dear Alex,\n\nThank you for applying for the QA Officer position.\n\nThe hiring manager has informed "
                 "me that they have decided to progress with other candidates whose experience is a closer match.\n\n"
                 "We wish you every success.\n\nKind regards,\nLaura Benton\nTalent Acquisition Partner\n"
                 "Kestrel Pharma Ltd\n", "Kestrel Pharma", id="en"),
    pytest.param("Claire Morel <c.morel@boulangerie-dufresne.example>", "Votre candidature – vendeuse",
                 "Bonjour Mme Roux,\n\nMerci pour votre candidature au poste de vendeuse.\n\nLe responsable du magasin "
                 "m'a informée qu'il avait retenu une autre candidate pour ce poste.\n\nNous vous souhaitons bonne "
                 "continuation.\n\nCordialement,\nClaire Morel\nResponsable RH\nBoulangerie Dufresne\n",
                 "Boulangerie Dufresne", id="fr"),
    pytest.param("Sabine Kraus <s.kraus@holzbau-rieder.example>", "Ihre Bewerbung als Zimmerer",
                 "Sehr geehrter Herr Becker,\n\nvielen Dank für Ihre Bewerbung als Zimmerer.\n\nUnser Bauleiter hat mir "
                 "mitgeteilt, dass er sich für einen anderen Bewerber entschieden hat.\n\nWir wünschen Ihnen alles "
                 "Gute.\n\nMit freundlichen Grüßen\nSabine Kraus\nPersonalabteilung\nHolzbau Rieder GmbH\n",
                 "Holzbau Rieder", id="de"),
    pytest.param("Ana Ruiz <ana.ruiz@talleresmendez.example>", "Tu candidatura – mecánico",
                 "Hola Jorge:\n\nGracias por tu candidatura al puesto de mecánico.\n\nEl jefe de taller me ha comunicado "
                 "que ha elegido a otro candidato con más experiencia.\n\nTe deseamos mucha suerte.\n\nUn saludo,\n"
                 "Ana Ruiz\nRecursos Humanos\nTalleres Méndez S.L.\n", "Talleres Méndez", id="es"),
]


@pytest.mark.parametrize("sender, subject, body, employer", IN_HOUSE_TOLD)
def test_an_employers_hr_told_by_its_managers_is_no_agency(sender: str, subject: str, body: str,
                                                           employer: str) -> None:
    read = read_rejection(addressed_mail(sender, subject, body))
    assert read.facts["company"].how != facts.FOR_A_CLIENT
    assert read.record_company == employer


def test_a_longer_name_of_the_town_in_a_sentence_is_another_body() -> None:
    """Review probe: the university ("Uni Lahnau") points to the university hospital in a sentence; the
    hospital's name is no long form of the sender's (at b993d31 the draft stated the hospital)."""
    raw = addressed_mail(
        "Uni Lahnau Personalabteilung <bewerbung@uni-lahnau.example>", "Ihre Bewerbung – Sachbearbeitung",
        "Sehr geehrte Frau Wagner,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin in unserer Verwaltung!\n\n"
        "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Stellen in "
        "der Pflege finden Sie übrigens beim Universitätsklinikum Lahnau.\n\nMit freundlichen Grüßen und alles "
        "Gute!\nKarin Fuchs\nPersonalabteilung\n")
    assert "Universitätsklinikum Lahnau" not in candidates(raw)[:1]
    assert stated(raw) != "Universitätsklinikum Lahnau"
