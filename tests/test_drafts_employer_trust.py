"""The company a draft states must be the employer, or nothing ("your team"): mail whose places
seem to agree on a name that is not the employer's. An agency signing with its own name and domain,
a group's HR writing about one of its hotels or subsidiaries, a department's name in a signature, a
team word written onto the name, a forwarded mail's headers run into a name.

Every mail here is written for this file. Each test failed before these classes were told apart
(the draft stated the agency, the group, the department, "Brotzeit-Team" or "... Datum"), but for
three guards of what must not change: an agency's client named by name is still stated, a group
the mail itself calls the employer ("your interest in Fernleigh Hotels") too, and the French
agency without a client was already left out by the model (its veto test makes the model say yes).
"""

from __future__ import annotations

import pytest

from onward.drafts import fact_model, read_rejection
from onward.drafts.company_clues import company_candidates
from onward.drafts.layout import split
from tests.support.drafts import mail
from tests.support.stated import assert_company_read


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


# The group's HR signs; the mail says the applicant applied to one of its hotels or companies.
# Which of the two employs is not the mail's to say plainly: "your team".
GROUP_AND_UNIT = [
    ("fr", "Bonjour Madame Roche,\n\nMerci pour votre candidature au poste de gouvernante générale à l'Hôtel "
           "Lumière Annecy Lac.\n\nNous avons retenu une autre candidature pour ce poste.\n\nBien cordialement,\n\n"
           "Nadia Ferrand\nResponsable recrutement\nGroupe Lumière Hôtels",
     "Nadia Ferrand <nadia.ferrand@groupe-lumiere-hotels.example>", "Votre candidature"),
    ("de", "Sehr geehrter Herr Vogt,\n\nvielen Dank für Ihre Bewerbung als Küchenchef im Tannhof Resort "
           "Allgäu.\n\nLeider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden "
           "haben.\n\nMit freundlichen Grüßen\nSabine Kraus\nLeitung Personal\nTannhof Hotels & Resorts",
     "Sabine Kraus <sabine.kraus@tannhof-hotels.example>", "Ihre Bewerbung als Küchenchef"),
    ("fr", "Monsieur Lemaire,\n\nNous accusons réception de votre candidature au poste de conducteur de travaux "
           "pour notre filiale Corbière Génie Civil.\n\nVotre candidature ne correspond pas au profil "
           "recherché.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nJulie Marin\n"
           "Chargée de recrutement – Groupe Corbière",
     "Julie Marin <j.marin@groupe-corbiere.example>", "Votre candidature – conducteur de travaux"),
]


@pytest.mark.parametrize("language, body, sender, subject", GROUP_AND_UNIT)
def test_a_group_is_not_stated_for_the_unit_the_mail_names(language, body, sender, subject):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert not read.company.startswith("Groupe") and "Hotels" not in read.company


def test_a_group_the_mail_itself_names_as_the_employer_stays():
    body = ("Dear Ms Quinn,\n\nThank you for applying for the Night Manager role at the Fernleigh Harbour Hotel.\n\n"
            "We have decided to progress other candidates. We are grateful for your interest in Fernleigh Hotels.\n\n"
            "Kind regards,\nOwen Price\nHR Manager\nFernleigh Hotels")
    read = read_rejection(mail(body, sender="Owen Price <owen.price@fernleighhotels.example>",
                               subject="Night Manager"))
    assert read.facts["company"].value == "Fernleigh Hotels"
    assert read.facts["company"].how != "a group, while the mail names one of its companies or sites"


def test_a_department_named_in_the_signature_is_not_the_employer():
    body = ("Estimada Sofía:\n\nLe informamos que no fue posible asignarle una plaza de internado en el "
            "Hospital Regional de Occidente para la promoción 2027.\n\nAtentamente,\nDra. Carmen Ibarra\n"
            "Coordinación de Formación y Docencia")
    read = read_rejection(mail(body, sender="Coordinación de Formación <formacion@hro.example>",
                               subject="Plaza de internado", language="es"))
    assert "Formación" not in read.company and "Docencia" not in read.company


def test_a_department_is_read_past_to_its_organisation():
    body = ("Madame,\n\nJ'ai bien reçu votre demande de stage au sein de la Direction des Achats du CHU de "
            "Valmont.\n\nJe suis au regret de vous indiquer que nous ne pourrons pas vous accueillir.\n\n"
            "Je vous prie d'agréer, Madame, mes salutations distinguées.\n\nPaul Imbert\nDirecteur adjoint\n"
            "CHU de Valmont")
    read = read_rejection(mail(body, sender="Paul Imbert <p.imbert@chu-valmont.example>",
                               subject="Demande de stage", language="fr"))
    assert read.company in ("", "CHU de Valmont")
    assert all("Achats" not in c.value for c in read.facts["company"].candidates)


def test_a_team_word_written_onto_the_name_is_not_part_of_it():
    body = ("Hallo Herr Krüger,\n\ndanke für Ihr Interesse an einem Aushilfsjob in unserer Bäckerei. Leider "
            "sind alle Stellen schon vergeben.\n\nViele Grüße\nIhr Brotzeit-Team")
    read = read_rejection(mail(body, sender="Bäckerei Brotzeit <jobs@brotzeit-baeckerei.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert "Team" not in read.company
    assert read.facts["company"].value == "Brotzeit"


def test_forwarded_headers_run_together_do_not_end_a_name():
    # A forwarded mail's header lines, joined into one when the text was unwrapped.
    body = ("Hallo Herr Jansen,\n\nanbei die Antwort, wie besprochen.\n\n-------- Original-Nachricht --------\n"
            "Betreff: Ihre Bewerbung bei der Gemeindeverwaltung Datum: 03.11.2026 09:12 Von: Personalamt\n\n"
            "Sehr geehrte Frau Berger,\n\nwir haben uns für eine andere Bewerberin entschieden.")
    found = company_candidates(split(body), "Fwd: Ihre Bewerbung", [("Mia Berger", "mia@webpost.example")], [],
                               "", set())
    assert [c.name for c in found if "Gemeindeverwaltung" in c.name] == ["Gemeindeverwaltung"]


def test_an_agency_is_not_stated_however_likely_the_model_finds_it(monkeypatch):
    # Its own domain, its signature: every place agrees on the agency, and none makes it the employer.
    monkeypatch.setattr(fact_model, "probability", SURE)
    language, body, sender, subject = AGENCY_WITHOUT_CLIENT[2]
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.facts["company"].value == "Cabinet Sillage"
    assert read.company == ""


def test_an_employers_own_job_pool_is_no_agency_cue():
    body = ("Estimado Andrés:\n\nAgradecemos su interés en formar parte de Clínica Santa Brígida. En esta ocasión "
            "su perfil no fue seleccionado.\n\nLe invitamos a consultar nuestra bolsa de trabajo.\n\nAtentamente,\n"
            "Recursos Humanos\nClínica Santa Brígida")
    read = read_rejection(mail(body, sender="Recursos Humanos <rrhh@clinicasantabrigida.example>",
                               subject="Su postulación", language="es"))
    assert read.facts["company"].how != "a staffing agency writing about its client"
    assert_company_read(read, "Clínica Santa Brígida")


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


# The French subject is a guard: with the application word taken off, "Spontanée" is no name either.
@pytest.mark.parametrize("language, subject", [("es", "Postulación Analista de Crédito - Resultado"),
                                                ("fr", "Candidature spontanée - Réponse")])
def test_an_application_word_opening_the_subject_names_no_company(language, subject):
    body = {"es": "Hola Marta:\n\nGracias por tu interés. No seguiremos con tu postulación.\n\nSaludos,\nRecursos Humanos",
            "fr": "Bonjour Marc,\n\nMerci pour votre candidature. Nous ne donnerons pas suite.\n\nCordialement,\nRH"}[language]
    read = read_rejection(mail(body, sender="Empleo <empleo@correo-rapido.example>", subject=subject, language=language))
    assert all(not c.value.startswith(("Postulación", "Candidature", "Spontan", "Analista"))
               for c in read.facts["company"].candidates)
