"""Roles the phrases used to miss or misread: a forwarded rejection's role, a title after an ATS
reference number (a subject's notice before the title: tests/test_drafts_role_qualifiers.py), a
sentence about the filled post taken for a title, a title of job words alone cut short of its
field; and what the confidence model is told about how the mail names the role."""

import pytest

from onward.drafts import fact_model
from onward.drafts.role import (RoleEvidence, choose_role_evidence, find_role, subject_goes_on, subject_is_it,
                                with_field_after)


def test_a_forwarded_rejection_names_the_role_below_the_note():
    note = "Hallo Papa, schau mal, leider wieder eine Absage. Liebe Grüße, Lena"
    forwarded = ("---------- Forwarded message ---------\nVon: Recruiting <jobs@lindwurm.de>\n\n"
                 "> Sehr geehrte Frau Berger,\n> vielen Dank für Ihre Bewerbung als Schadenregulierer*in Kfz.\n"
                 "> Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerbende entschieden haben.")
    role, evidence = choose_role_evidence(note, "WG: Ihre Bewerbung bei der Lindwurm Versicherung", "de",
                                          set(), "Lindwurm Versicherung", quoted=forwarded)
    assert role == "Schadenregulierer*in Kfz"
    assert evidence.from_quote
    # The sender's own words come first: the quoted mail is read only when they name no role.
    role, evidence = choose_role_evidence("Leider wurde die Stelle als Data Analyst vergeben.", "Absage", "de",
                                          set(), "", quoted=forwarded)
    assert role == "Data Analyst" and not evidence.from_quote


def chosen_in(body: str, subject: str, language: str, company: str) -> str:
    return choose_role_evidence(body, subject, language, set(), company)[0]


@pytest.mark.parametrize("read, args, role", [
    pytest.param(find_role, ("", "Mise à jour concernant votre candidature R-0048812 Ingénieur Méthodes Assemblage",
                             "fr", set()), "Ingénieur Méthodes Assemblage", id="fr-subject"),
    pytest.param(find_role, ("", "Eastwell Energy - Job 2600417 Senior Electrical Engineer", "en", set()),
                 "Senior Electrical Engineer", id="en-subject"),
    pytest.param(find_role, ("", "Ihre Bewerbung – Stellenausschreibung 2026/089 Data Scientist (m/w/d)", "de", set()),
                 "Data Scientist", id="de-subject"),
    # A year is no reference number: it belongs to the title.
    pytest.param(find_role, ("", "Summer 2025 Data Science Internship – Outcome", "en", set()),
                 "Summer 2025 Data Science Internship", id="en-subject-year"),
    pytest.param(chosen_in, ("Merci de l'intérêt que vous avez manifesté pour le poste R-0048812 Ingénieur Méthodes "
                             "Assemblage H/F au sein du Groupe Hexavia.",
                             "Mise à jour concernant votre candidature R-0048812 Ingénieur Méthodes Assemblage H/F",
                             "fr", "Groupe Hexavia"), "Ingénieur Méthodes Assemblage", id="fr-body"),
])
def test_an_ats_reference_number_before_the_title_is_no_word_of_it(read, args, role):
    assert read(*args) == role


@pytest.mark.parametrize("body, subject, language, role", [
    ("Auf die Stelle haben sich zahlreiche qualifizierte Personen beworben.", "Status Ihrer Bewerbung", "de", ""),
    ("Leider haben wir die Stelle inzwischen vergeben.", "Ihre Bewerbung", "de", ""),
    ("Le comunicamos que la plaza fue asignada a otro estudiante.", "Respuesta", "es", ""),
    ("Je voulais te dire que le poste de brasseur a finalement été pourvu : on a pris quelqu'un.",
     "Poste de brasseur", "fr", "brasseur"),
    ("On a déjà trouvé quelqu'un pour le poste de serveur cet été.", "Re: Candidature serveur", "fr", "serveur"),
    ("Le poste de clerc de notaire ayant été pourvu, nous ne pouvons donner suite.", "Votre candidature", "fr",
     "clerc de notaire"),
])
def test_a_sentence_about_the_filled_post_is_no_title(body, subject, language, role):
    assert find_role(body, subject, language, set()) == role


def test_how_the_subject_names_the_role():
    assert subject_is_it("Soldador TIG", "Re: Soldador TIG")
    assert subject_is_it("vendeuse", "Candidature vendeuse")
    assert not subject_is_it("Data Analyst", "Your application to Acme")
    assert subject_goes_on("Deputy Director", "Your candidacy - Deputy Director, Finance")
    assert subject_goes_on("Auditeur Senior", "Auditeur Senior (m/f) – Asset Management")
    assert not subject_goes_on("Barista", "Re: Barista application")


def test_the_model_is_told_a_role_of_job_and_rank_words_alone():
    def features(role: str, evidence: RoleEvidence) -> dict[str, float]:
        return dict(zip(fact_model.ROLE_MENTION_FEATURES, fact_model.role_mentions(role, evidence)))

    cut = features("Deputy Director", RoleEvidence(subject_goes_on=True, mentions=2))
    assert cut["only job and rank words, the subject goes on"] == 1.0
    assert cut["mentioned twice or more"] == 1.0
    assert features("Kaufmann/-frau", RoleEvidence(subject_goes_on=True))["only job and rank words, the subject goes on"] == 1.0
    assert features("Data Analyst", RoleEvidence(subject_goes_on=True))["only job and rank words, the subject goes on"] == 0.0
    assert features("Actuaire", RoleEvidence())["only job and rank words, the subject goes on"] == 0.0
    assert features("Barista", RoleEvidence(from_quote=True))["read from the quoted mail"] == 1.0


@pytest.mark.parametrize("role, subject, whole", [
    ("Deputy Director", "Your candidacy - Deputy Director, Finance", "Deputy Director, Finance"),
    ("Actuaire", "Votre candidature – Actuaire, tarification IARD", "Actuaire, tarification IARD"),
    # A town, the subject's own words, a title that says which job already: as read.
    ("Store Manager", "Store Manager, Lille Euralille", "Store Manager"),
    ("Analyst", "Analyst, your application", "Analyst"),
    ("Data Analyst", "Data Analyst, Finance", "Data Analyst"),
    # No field's word, a notice, a second title after "and": the subject's own words, not a field.
    ("Senior Manager", "Senior Manager, remote applicants", "Senior Manager"),
    ("Director", "Director, data protection notice", "Director"),
    ("Assistant Manager", "Assistant Manager, Finance and Director, Finance", "Assistant Manager"),
    ("Head", "Head, Risk & Compliance", "Head, Risk & Compliance"),
])
def test_a_title_of_job_words_alone_takes_the_field_the_subject_writes_after_a_comma(role, subject, whole):
    assert with_field_after(role, subject) == whole


QUOTING_THE_APPLICANT = [
    ("Emma Clark <emma.clark@brightwave.example>", "Re: Following up",
     "Hi Alex,\n\nUnfortunately we won't be moving forward with your application.\n\nBest,\nEmma\n\n"
     "On Mon, 1 Dec 2026, Alex Moreau wrote:\n> Hi Emma, just following up on my application. My former "
     "colleague Jo has applied for the Marketing Manager position as well.\n> Alex\n", "en"),
    ("Laura Vega <l.vega@grupo-norte.example>", "RE: Candidatura",
     "Hola Alex, lamentablemente no seguiremos adelante con tu candidatura. Un saludo, Laura\n\n"
     "El 1 dic 2026, Alex Moreau escribió:\n> Hola Laura, actualmente trabajo como Jefe de Almacén en "
     "Transportes Ruiz y me gustaría formar parte de vuestro equipo.\n", "es"),
    ("Emma Clark <emma.clark@brightwave.example>", "Re: Application",
     "Hi Alex,\n\nThank you for your interest. Unfortunately we have decided not to move forward with your "
     "application.\n\nBest,\nEmma\n\nOn Mon, 1 Dec 2026, Alex Moreau wrote:\n> Dear Emma,\n> please find "
     "attached my CV. I currently work as a Senior Accountant at Fielding & Co and would love to join "
     "Brightwave.\n> Kind regards, Alex\n", "en"),
]


@pytest.mark.parametrize("sender, subject, body, language", QUOTING_THE_APPLICANT)
def test_a_reply_quoting_the_applicant_takes_no_role_from_the_applicant_s_words(sender, subject, body, language):
    from onward.drafts import read_rejection
    from tests.support.drafts import mail

    r = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert r.role == "" and r.record_role == ""


def test_a_forwarded_mail_naming_two_roles_names_none():
    note = "Hallo Papa, schau mal, leider wieder eine Absage. Liebe Grüße, Lena"
    forwarded = ("---------- Forwarded message ---------\nVon: Recruiting <jobs@lindwurm.de>\n\n"
                 "> Sehr geehrte Frau Berger,\n> vielen Dank für Ihre Bewerbung als Projektleiter. Wir würden "
                 "Sie gerne auch für die Stelle als Teamleiter Logistik kennenlernen.\n"
                 "> Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerbende entschieden haben.")
    role, evidence = choose_role_evidence(note, "WG: Ihre Bewerbung bei der Lindwurm Versicherung", "de",
                                          set(), "Lindwurm Versicherung", quoted=forwarded)
    assert role == "" and not evidence.from_quote


def test_a_long_digit_run_in_the_subject_is_read_in_linear_time():
    import time

    from onward.drafts.role import subject_segments

    started = time.perf_counter()
    subject_segments("Application " + "1" * 20000 + " x")
    assert time.perf_counter() - started < 0.5
