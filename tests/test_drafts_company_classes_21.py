"""The company a draft states, by the classes of wrong one round 17 showed (issue #10): a member named
while its group signs, or a group while the member is applied to ("Birchwood Elementary School" beside
"Birchwood Valley School District", "Calloway Hotel Dundee" beside "Calloway Hotels"), a department's desk
for its organisation ("Secrétariat X"), a legal entity's long form for the short name applied to; a
go-between named for the employer whose answer it passes on; a German name in a case's form ("am
Sächsischen ..." for "Sächsisches ..."); a job title taken for a company.

Every mail here is written for this file; each class's test failed before its change, and the probes
(marked so) are employers with the rule's trigger in their own name or mail, which keep their right answer.
"""

from __future__ import annotations

import pytest

from onward.drafts import facts, read_rejection
from tests.support.mail import addressed_mail


def stated(raw: bytes) -> str:
    """The company a draft names: the likeliest candidate, if the model is sure enough of it."""
    company = read_rejection(raw).facts["company"]
    return company.value if company.kept("company") else ""


def candidates(raw: bytes) -> list[str]:
    """Every company candidate the rules found, as the confidence model weighs them."""
    return [c.value for c in read_rejection(raw).facts["company"].candidates]


# A member and its group, one signing and the other applied to: the mail does not say which employs.
FAMILIES = [
    pytest.param("Dr. Helen Marsh <hmarsh@birchwoodvalleysd.example>", "Grade 4 Teacher – Birchwood Elementary School",
                 "Dear Mr. Rivera,\n\nThank you for meeting with our hiring panel for the Grade 4 Teacher position at "
                 "Birchwood Elementary School. We enjoyed hearing about your reading workshops.\n\nAfter careful "
                 "thought, we have offered the position to a candidate with bilingual certification.\n\nPlease keep "
                 "an eye on our postings for the coming year.\n\nKind regards,\n\nHelen Marsh, Ed.D.\nPrincipal, "
                 "Birchwood Elementary School\nBirchwood Valley School District\n",
                 ("Birchwood Elementary School", "Birchwood Valley School District"), id="school-and-its-district"),
    pytest.param("Calloway Hotels Careers <careers@callowayhotels.example>",
                 "Your application for Night Porter at Calloway Hotel Dundee",
                 "Hello Sam,\n\nThank you for applying for the Night Porter role at Calloway Hotel Dundee.\n\nWe have "
                 "looked at every application and decided to move forward with other applicants this time.\n\n"
                 "You are welcome to apply again for future openings.\n\nKind regards,\nCalloway Hotels\n",
                 ("Calloway Hotel Dundee", "Calloway Hotels"), id="hotel-and-its-group"),
]


@pytest.mark.parametrize("sender, subject, body, family", FAMILIES)
def test_a_member_beside_its_group_is_not_stated(sender: str, subject: str, body: str,
                                                 family: tuple[str, str]) -> None:
    """Neither name is stated, and neither is held above what a veto leaves, whatever threshold a
    retrained model ships with."""
    raw = addressed_mail(sender, subject, body)
    assert stated(raw) not in family
    assert all(c.confidence <= facts.VETOED_AT_MOST for c in read_rejection(raw).facts["company"].candidates
               if c.value in family)


# A department's desk of the organisation the mail names: the organisation, never the desk.
DESKS = [
    pytest.param("Secrétariat – Cabinet Dentaire des Tilleuls <secretariat@cdtilleuls.example>",
                 "TR: votre candidature – assistante dentaire",
                 "Bonjour Madame,\n\nLe Dr Morel m'a chargée de vous transmettre sa réponse ci-dessous.\n\n"
                 "Bien cordialement,\nSolène – Secrétariat CD des Tilleuls\n\n-------- Message d'origine --------\n"
                 "De : Dr Bastien Morel\nÀ : Secrétariat CD\nObjet : candidature assistante dentaire\n\n"
                 "Solène, peux-tu répondre à Mme Rivera que nous avons retenu une autre candidature, une personne "
                 "déjà formée au logiciel du cabinet. Merci de la remercier pour sa venue jeudi.\nBastien\n",
                 id="secretariat-fr"),
    pytest.param("Sekretariat Hausarztpraxis Dr. Albers <sekretariat@praxis-albers.example>",
                 "Ihre Bewerbung als Medizinische Fachangestellte",
                 "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung in unserer Praxis. Leider haben wir "
                 "uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\n\nSekretariat "
                 "Hausarztpraxis Dr. Albers\n", id="sekretariat-de"),
]


@pytest.mark.parametrize("sender, subject, body", DESKS)
def test_a_secretariat_is_no_candidate(sender: str, subject: str, body: str) -> None:
    found = candidates(addressed_mail(sender, subject, body))
    assert not [c for c in found if c.split()[0].lower().startswith(("secr", "sekr"))]


def test_the_short_name_applied_to_is_not_written_out() -> None:
    """ "the role at Harrowgate Re": the signature's legal entity "Harrowgate Reinsurance (UK) Ltd" is
    not the name the candidate applied to."""
    raw = addressed_mail("Claims Recruitment – Harrowgate Re <recruitment@harrowgatere.example>",
                         "Claims Analyst – Property",
                         "Dear Mr Rivera,\n\nThank you for your interest in the Claims Analyst role at Harrowgate "
                         "Re and for speaking with us last week.\n\nWe have now decided to continue with "
                         "candidates whose treaty experience is closer to what the team needs.\n\nThank you again "
                         "for considering Harrowgate Re.\n\nYours sincerely,\n\nPriya Nandakumar\nTalent "
                         "Acquisition Partner\nHarrowgate Reinsurance (UK) Ltd, 20 Fenchurch Avenue, London EC3\n")
    assert candidates(raw)[0] == "Harrowgate Re"


# A go-between passing on the employer's answer, with "had feedback from": its own name is vetoed.
def test_an_agency_passing_on_feedback_is_not_the_employer() -> None:
    raw = addressed_mail("Marta Quinn <marta.q@carewellrecruit.example>", "Kitchen Assistant – Ashcombe House",
                         "Hi Sam,\n\nHope your week is going well. I've had feedback from Ashcombe House after your "
                         "trial shift on Thursday for the Kitchen Assistant role.\n\nUnfortunately they have "
                         "decided to offer the post to someone with a food hygiene certificate already.\n\nI can "
                         "book you onto our free Level 2 Food Hygiene course next week, which would open up "
                         "more roles for you. Let me know!\n\nBest wishes,\nMarta Quinn\nConsultant – Catering\n"
                         "Carewell Recruit Ltd, Bedford\n")
    own = [c for c in read_rejection(raw).facts["company"].candidates if c.value.startswith("Carewell")]
    assert own and all(c.confidence <= facts.VETOED_AT_MOST for c in own)
    assert not stated(raw).startswith("Carewell")


def test_a_case_form_is_never_the_name() -> None:
    """ "am Sächsischen Kammerorchester Meißen": the name stands "Sächsisches Kammerorchester Meißen"."""
    raw = addressed_mail("Sächsisches Kammerorchester Meißen <noreply@bewerbung.personio.example>",
                         "Deine Bewerbung bei Sächsisches Kammerorchester Meißen e.V.",
                         "Hallo Sam,\n\nvielen Dank für dein Interesse am Sächsischen Kammerorchester Meißen e.V. "
                         "und für deine Bewerbung als Orchesterwart*in.\n\nLeider können wir dich im weiteren "
                         "Verfahren nicht berücksichtigen.\n\nAlles Gute!\n\nDein Team Orchesterbüro\n")
    found = candidates(raw)
    assert found and found[0].startswith("Sächsisches Kammerorchester")
    assert not any(c.startswith("Sächsischen") for c in found)


def test_a_job_title_is_no_company() -> None:
    raw = addressed_mail("Rocío Villca <rvillca@andes-minerotalent.example>",
                         "Novedades – Superintendente de Mantenimiento Mina",
                         "Ing. Rivera, buenas tardes.\n\nLe informo que el cliente (una operación aurífera en "
                         "Cajamarca) decidió no continuar con su postulación a Superintendente de Mantenimiento "
                         "Mina. Prefirieron perfiles con experiencia en flota Komatsu.\n\nGracias por su tiempo.\n\n"
                         "Saludos,\nRocío Villca\nAndes Minero Talent S.A.C.\n")
    assert not [c for c in candidates(raw) if c.startswith("Superintendente")]


# Probes: employers whose own mail or name holds the trigger of a rule above keep their right answer.
PROBES = [
    pytest.param("Hollins Park Primary School <office@hollinspark.example>", "Teaching Assistant application",
                 "Dear Sam,\n\nThank you for your application for the Teaching Assistant position at Hollins Park "
                 "Primary School. We have decided to invite other candidates to interview.\n\nKind regards,\n\n"
                 "Gemma Lowe\nSchool Business Manager\nHollins Park Primary School\n",
                 "Hollins Park Primary School", id="school-as-itself"),
    pytest.param("Calloway Hotels Careers <careers@callowayhotels.example>", "Your application: Revenue Analyst",
                 "Hello Sam,\n\nThank you for applying for the Revenue Analyst role in the head office of Calloway "
                 "Hotels.\n\nWe have decided to move forward with other applicants this time.\n\nKind regards,\n"
                 "Calloway Hotels\n", "Calloway Hotels", id="hotel-group-head-office"),
    pytest.param("Brightwater Group Careers <careers@brightwatergroup.example>", "Your application – Payroll Officer",
                 "Dear Sam,\n\nThank you for your interest in the Payroll Officer role at Brightwater Group. We have "
                 "decided not to take your application further.\n\nBest wishes,\nThe Brightwater Group team\n",
                 "Brightwater Group", id="name-with-group"),
    pytest.param("Kestrel Secretariat Services <jobs@kestrelsecretariat.example>", "Your application",
                 "Dear Sam,\n\nThank you for your interest in the Company Secretarial Assistant role at Kestrel "
                 "Secretariat Services. We have decided not to take your application further.\n\nKind regards,\n"
                 "Kestrel Secretariat Services\n", "Kestrel Secretariat Services", id="name-with-secretariat"),
    pytest.param("Pinewell Recruit <hello@pinewellrecruit.example>", "Office Manager – Pinewell Recruit",
                 "Dear Sam,\n\nThank you for applying for the Office Manager position in our own Leicester office "
                 "at Pinewell Recruit. We have decided to move forward with another applicant.\n\nBest wishes,\n"
                 "Anna Ridley\nOperations Director\nPinewell Recruit Ltd\n", "Pinewell Recruit",
                 id="agency-own-job-name-with-recruit"),
    pytest.param("Bayerische Seenschifffahrt GmbH <karriere@seenschifffahrt.example>",
                 "Ihre Bewerbung – Bayerische Seenschifffahrt",
                 "Sehr geehrte Frau Rivera,\n\ndie Bayerische Seenschifffahrt GmbH bedankt sich für Ihre Bewerbung "
                 "als Bootsführerin. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin "
                 "entschieden haben.\n\nMit freundlichen Grüßen\n\nBayerische Seenschifffahrt GmbH\n",
                 "Bayerische Seenschifffahrt", id="german-after-die"),
]


@pytest.mark.parametrize("sender, subject, body, employer", PROBES)
def test_an_employer_writing_as_itself_stays(sender: str, subject: str, body: str, employer: str) -> None:
    """The employer is the rules' first candidate (the name the model weighs first) and the one stated."""
    raw = addressed_mail(sender, subject, body)
    assert candidates(raw)[0] == employer
    assert stated(raw) == employer
