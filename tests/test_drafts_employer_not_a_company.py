"""Words a mail writes that read as a company and are none: a job title with its grade ("Data Analyst
II"), a noun of a German sentence, an application word opening the subject, a franchisee's own name
for the brand it names. A firm's own name that opens like one of these is stated whole.

Mail written for these tests (issue #10); each failed before its rule but the guards and probes.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail
from tests.support.stated import assert_company_read


def test_a_job_title_with_its_grade_is_no_company():
    body = ("<p>Dear Ana,</p><p>Thank you for your interest in the <b>Data Analyst II, Credit Risk</b> position "
            "(Job ID R-1182).</p><p>After consideration, we have decided to move forward with other candidates."
            "</p><p>Sincerely,<br/>Talent Acquisition</p><hr/><p>© 2026 Harrowgate Mutual, Inc. All rights "
            "reserved.</p>")
    read = read_rejection(mail(body, sender="Recruiting <recruiting@myworkday.example>",
                               subject="Update regarding your application", html=True))
    assert "Data Analyst" not in read.company
    assert all("Analyst" not in c.value for c in read.facts["company"].candidates)


def test_a_noun_of_a_german_sentence_is_no_company():
    body = ("Sehr geehrter Herr Krämer,\n\nwir beziehen uns auf Ihre Bewerbung auf die Stelle Sachbearbeiter/in "
            "Beitragswesen.\n\nNach Auswertung aller Bewerbungen konnten wir Sie bei der Einladung zu den "
            "Vorstellungsgesprächen leider nicht berücksichtigen.\n\nMit freundlichen Grüßen\nIm Auftrag\n"
            "Miriam Obst\n")
    read = read_rejection(mail(body, sender="Landeskasse Nordhessen – Personal <personal@lk-nordhessen.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.company != "Einladung"
    assert all(c.value != "Einladung" for c in read.facts["company"].candidates)


@pytest.mark.parametrize("language, sender, body, franchisee", [
    ("fr", "Fournée des Alpes <contact@fournee-des-alpes.example>",
     "Bonjour Inès,\n\nMerci d'être passée déposer votre CV à la boutique.\n\nLe poste de Vendeuse en boulangerie a "
     "été pourvu en interne cette semaine.\n\nBonne continuation,\n\nCamille Roux\nSARL Fournée des Alpes – "
     "franchisé Mie & Grain Annecy\n", "Fournée des Alpes"),
    ("en", "Harlow Foods Ltd <jobs@harlowfoods.example>",
     "Hi Sam,\n\nThanks for coming in to meet us. We have offered the Shift Supervisor job to another applicant "
     "this time.\n\nAll the best,\nDeb Walsh\nHarlow Foods Ltd, franchisee of Bagel Barn Leeds\n", "Harlow Foods"),
])
def test_a_franchisees_own_name_is_not_stated_for_the_brand(language, sender, body, franchisee):
    read = read_rejection(mail(body, sender=sender, subject="Votre candidature" if language == "fr" else "Your application",
                               language=language))
    assert franchisee not in read.company


# A firm's own name that opens with what elsewhere is a department, a street or a German noun's
# ending, or whose in-house recruiter signs "Recruitment Consultant": the draft states that name.
# (language, sender, subject, body, the company the draft states)
OWN_NAMES = [
    ("fr", "Capital Humain Associés <recrutement@chassocies.example>", "Votre candidature",
     "Bonjour Élise,\n\nMerci pour l'intérêt porté au poste de chargée de recrutement. Après étude de votre "
     "dossier, nous ne donnerons pas suite.\n\nBien à vous,\nThomas\nCapital Humain Associés\n",
     "Capital Humain Associés"),
    ("es", "Capital Humano Mercader <empleo@chmercader.example>", "Tu candidatura",
     "Hola Andrés,\n\nGracias por presentarte a la vacante de Técnico de Nóminas. Hemos seleccionado a otra "
     "persona.\n\nUn saludo,\nLucía\nCapital Humano Mercader S.L.\n",
     "Capital Humano Mercader"),
    ("en", "Human Capital Partners <jobs@hcpartners.example>", "Your application",
     "Dear Ruth,\n\nThank you for applying for the Payroll Analyst role at Human Capital Partners. We have "
     "chosen another applicant.\n\nRegards,\nHuman Capital Partners\n",
     "Human Capital Partners"),
    ("en", "Daesung Careers <careers@daesung.example>", "Your application – QA Engineer",
     "Dear Tomas,\n\nThank you for applying for the QA Engineer position at Daesung.\n\nWe have decided to "
     "continue with other candidates.\n\nKind regards,\nTalent Acquisition\nDaesung\n",
     "Daesung"),
    ("en", "Lane Thackeray Careers <careers@lanethackeray.example>", "Your application",
     "Dear Priya,\n\nThank you for applying for the Store Manager role at Lane Thackeray. The position has "
     "now been filled.\n\nBest wishes,\nPeople Team\nLane Thackeray\n",
     "Lane Thackeray"),
    ("fr", "Rue des Artisans <emploi@ruedesartisans.example>", "Votre candidature",
     "Bonjour Hugo,\n\nMerci pour votre candidature au poste de vendeur chez Rue des Artisans. Nous avons "
     "retenu un autre candidat.\n\nCordialement,\nL'équipe RH\nRue des Artisans\n",
     "Rue des Artisans"),
    ("en", "Careers <careers@harcourtbuildingsociety.example>", "Your application",
     "Dear Imran,\n\nThank you for your interest in Harcourt Building Society. We have looked at your "
     "application for the Mortgage Adviser role and will not be taking it further.\n\nKind regards,\nJo Pryce\n"
     "Recruitment Consultant\nHarcourt Building Society\n",
     "Harcourt Building Society"),
    ("en", "Dan Okafor <d.okafor@westmere.ac.example>", "Porter post – outcome",
     "Dear Ms Flynn,\n\nThank you for coming to interview for the Porter post. I am sorry to say that you were "
     "not successful on this occasion.\n\nKind regards,\nDan Okafor\nRecruitment Consultant\nHuman Resources\n"
     "Westmere University\n",
     "Westmere University"),
]


@pytest.mark.parametrize("language, sender, subject, body, company", OWN_NAMES,
                         ids=["fr-department-phrase", "es-department-phrase", "en-department-phrase",
                              "en-ung-brand", "en-street-first", "fr-street-first", "en-in-house-consultant",
                              "en-in-house-consultant-no-phrase"])
def test_a_firms_own_name_is_stated_whole(language, sender, subject, body, company):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert_company_read(read, company)


def test_a_german_brand_the_sender_carries_is_no_noun_guard():
    # Guard: "-ung" ends German nouns, and a brand the sender's domain carries is a name all the same.
    body = ("Sehr geehrte Frau Lange,\n\nvielen Dank für Ihre Bewerbung bei Kumsung. Leider müssen wir Ihnen "
            "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\n"
            "Kumsung\nPersonalabteilung\n")
    read = read_rejection(mail(body, sender="Kumsung Deutschland GmbH <karriere@kumsung.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.record_company.startswith("Kumsung") and read.company in ("", read.record_company)


# The French subject is a guard: with the application word taken off, "Spontanée" is no name either.
@pytest.mark.parametrize("language, subject", [("es", "Postulación Analista de Crédito - Resultado"),
                                                ("fr", "Candidature spontanée - Réponse")])
def test_an_application_word_opening_the_subject_names_no_company(language, subject):
    body = {"es": "Hola Marta:\n\nGracias por tu interés. No seguiremos con tu postulación.\n\nSaludos,\nRecursos Humanos",
            "fr": "Bonjour Marc,\n\nMerci pour votre candidature. Nous ne donnerons pas suite.\n\nCordialement,\nRH"}[language]
    read = read_rejection(mail(body, sender="Empleo <empleo@correo-rapido.example>", subject=subject, language=language))
    assert all(not c.value.startswith(("Postulación", "Candidature", "Spontan", "Analista"))
               for c in read.facts["company"].candidates)
