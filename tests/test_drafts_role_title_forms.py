"""Roles the rules found none of on rounds 1-13 (issue 10, after round 13), by class of how the mail
writes the title; each class with probes that look like it and name no post, or name it otherwise.
Mails written for these tests (no corpus mail)."""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail
from tests.support.stated import rules_role_in


@pytest.mark.parametrize("language, subject, body, role", [
    # "IT" in capitals is the field of the title, not the pronoun "it" of a sentence.
    ("fr", "Votre candidature",
     "Bonjour Maël,\n\nMerci pour votre candidature au poste de Responsable support IT. Nous avons retenu "
     "un autre profil.\n\nCordialement,\nOdile Marchand\nMaison Corbeau\n", "Responsable support IT"),
    ("de", "AW: Bewerbung Teamleiter IT", "Hallo Jonas,\n\nwir haben uns für einen anderen Bewerber "
     "entschieden.\n\nViele Grüße\nMarlene Ost\nHafenwerk Kiel GmbH\n", "Teamleiter IT"),
    ("es", "Re: IT Service Manager – Conservas Bahía", "Hola Nerea,\n\ngracias por tu interés. Hemos "
     "seleccionado a otra persona.\n\nUn saludo,\nIker Salas\nConservas Bahía\n", "IT Service Manager"),
])
def test_a_title_s_field_written_it_in_capitals_is_no_pronoun(language, subject, body, role):
    assert rules_role_in(body, subject, language) == role


@pytest.mark.parametrize("language, subject, body", [
    # The pronoun, not the field: no role from these.
    ("en", "Your application", "Dear Sam,\n\nThank you for applying. IT IS WITH REGRET that we tell you the "
     "post has been filled.\n\nKind regards,\nPriya Nair\nWillowbank Care\n"),
    ("en", "Update", "Dear Sam,\n\nWe reviewed it and we think it is not the right time for us. Thank you "
     "for your interest.\n\nKind regards,\nPriya Nair\nWillowbank Care\n"),
    ("de", "Ihre Bewerbung", "Hallo Jonas,\n\nunsere IT hat Ihre Unterlagen leider erst spät weitergeleitet; "
     "wir haben uns für eine andere Bewerberin entschieden.\n\nViele Grüße\nMarlene Ost\nHafenwerk Kiel GmbH\n"),
])
def test_it_in_capitals_without_a_post_names_no_role(language, subject, body):
    assert rules_role_in(body, subject, language) == ""


@pytest.mark.parametrize("language, body, role", [
    # French: the title right after "au poste" / "l'offre", no "de" between.
    ("fr", "Bonjour Maël,\n\nMerci d'avoir postulé au poste Gestionnaire Paie – Équipe Sud – Lyon. Nous avons "
     "retenu un autre profil.\n\nCordialement,\nOdile Marchand\nMaison Corbeau\n", "Gestionnaire Paie"),
    ("fr", "Bonjour Maël,\n\nVous avez postulé à l'offre Technicien(ne) de maintenance (H/F) – Réf. MC-0412. "
     "Nous avons retenu un autre profil.\n\nCordialement,\nOdile Marchand\nMaison Corbeau\n",
     "Technicien(ne) de maintenance"),
    # The infinitive of applying, where no one invites to: the post applied for.
    ("fr", "Bonjour Maël,\n\nMerci pour le temps que vous avez pris pour postuler au poste Technicien Réseau. Nous "
     "avons retenu un autre profil.\n\nCordialement,\nOdile Marchand\nMaison Corbeau\n", "Technicien Réseau"),
    # Spanish: the title right after "el proceso de".
    ("es", "Hola Nerea,\n\nte escribo para cerrar el proceso de Desarrollador Frontend. Gracias por la prueba "
     "técnica.\n\nUn saludo,\nIker Salas\nConservas Bahía\n", "Desarrollador Frontend"),
    ("es", "Hola Nerea,\n\ngracias por participar en el proceso de Analista de Compras en Conservas Bahía. Hemos "
     "seleccionado a otra persona.\n\nUn saludo,\nIker Salas\nConservas Bahía\n", "Analista de Compras"),
])
def test_a_title_written_right_after_the_phrase_for_the_post(language, body, role):
    assert rules_role_in(body, "Votre candidature" if language == "fr" else "Tu candidatura", language) == role


@pytest.mark.parametrize("language, body", [
    # The phrase before a capitalised word that is no title: a place, a sentence, a selection.
    ("fr", "Bonjour Maël,\n\nLe poste Paris a été pourvu en interne. Nous avons retenu un autre profil.\n\n"
     "Cordialement,\nOdile Marchand\nMaison Corbeau\n"),
    ("fr", "Bonjour Maël,\n\nMerci pour votre intérêt pour l'offre. Nous avons retenu un autre profil.\n\n"
     "Cordialement,\nOdile Marchand\nMaison Corbeau\n"),
    ("es", "Hola Nerea,\n\nhemos cerrado el proceso de Selección de este año. Gracias por tu interés.\n\n"
     "Un saludo,\nIker Salas\nConservas Bahía\n"),
    ("es", "Hola Nerea,\n\ngracias por postular a Conservas Bahía. Hemos seleccionado a otra persona.\n\n"
     "Un saludo,\nIker Salas\nConservas Bahía\n"),
])
def test_the_phrase_before_a_capitalised_word_that_names_no_post(language, body):
    assert rules_role_in(body, "Votre candidature" if language == "fr" else "Tu candidatura", language) == ""


_BODIES = {
    "en": "Dear Sam,\n\nThank you for applying. We have chosen another candidate.\n\nKind regards,\nPriya Nair\n"
          "Willowbank Care\n",
    "de": "Hallo Jonas,\n\nwir haben uns für eine andere Bewerberin entschieden.\n\nViele Grüße\nMarlene Ost\n"
          "Hafenwerk Kiel GmbH\n",
    "fr": "Bonjour Maël,\n\nMerci pour votre intérêt. Nous avons retenu un autre profil.\n\nCordialement,\n"
          "Odile Marchand\nMaison Corbeau\n",
    "es": "Hola Nerea,\n\ngracias por tu interés. Hemos seleccionado a otra persona.\n\nUn saludo,\nIker Salas\n"
          "Conservas Bahía\n",
}


@pytest.mark.parametrize("language, subject, role", [
    # Titles whose job noun the tables did not know: a subject that names the title alone.
    ("de", "Bewerbung Landschaftsgärtnerin", "Landschaftsgärtnerin"),
    ("de", "AW: Bewerbung Erntehelfer", "Erntehelfer"),
    ("en", "Re: Senior Bookkeeper", "Senior Bookkeeper"),
    ("fr", "Candidature – Pharmacien(ne) d'officine", "Pharmacien(ne) d'officine"),
    ("es", "Re: Fisioterapeuta deportivo", "Fisioterapeuta deportivo"),
])
def test_a_title_whose_job_noun_was_unknown(language, subject, role):
    assert rules_role_in(_BODIES[language], subject, language) == role


@pytest.mark.parametrize("language, subject", [
    # Words that name a job elsewhere but here an adjective, a screen, a piece of advice: left out of
    # the tables, so no role.
    ("es", "Re: Trámite administrativo"),
    ("es", "Monitor de candidaturas"),
    ("en", "Expert advice on your CV"),
    # A job word of the new ones in a subject that names no post.
    ("de", "Termin beim Optiker"),
    ("de", "Re: Ihr Anwalt"),
])
def test_a_subject_with_a_job_like_word_that_names_no_post(language, subject):
    assert rules_role_in(_BODIES[language], subject, language) == ""


@pytest.mark.parametrize("language, subject, role", [
    # The applicant's question about the post, as the subject of the reply: it names the post.
    ("en", "Re: Re: Sous Chef role?", "Sous Chef"),
    ("de", "AW: Servicetechniker Stelle?", "Servicetechniker"),
])
def test_a_subject_asking_about_the_post_names_it(language, subject, role):
    assert rules_role_in(_BODIES[language], subject, language) == role


@pytest.mark.parametrize("language, subject", [
    ("en", "Re: Any news on my application?"),
    ("fr", "Re: Des nouvelles ?"),
    ("de", "Re: Gibt es schon Neuigkeiten?"),
])
def test_a_subject_asking_without_a_post_names_none(language, subject):
    assert rules_role_in(_BODIES[language], subject, language) == ""


def test_a_conjunction_after_a_title_read_right_after_the_phrase_gives_no_cut_title():
    # "au poste Magasinier et Cariste": where the title ends is a guess; never the part before "et".
    body = ("Bonjour Maël,\n\nMerci pour votre candidature au poste Magasinier et Cariste chez Maison Corbeau. "
            "Nous avons retenu un autre profil.\n\nCordialement,\nOdile Marchand\nMaison Corbeau\n")
    assert rules_role_in(body, "Votre candidature", "fr") != "Magasinier"


@pytest.mark.parametrize("language, body, role", [
    # A programme, "in" and a town: where it is held, not a field of it.
    ("en", "Dear Sam,\n\nThank you for your application for the Summer Associate Program in Denver. We have "
           "chosen other candidates.\n\nKind regards,\nPriya Nair\nWillowbank Care\n", "Summer Associate Program"),
    ("en", "Dear Sam,\n\nThank you for your application for the Summer Analyst Programme in London. We have "
           "chosen other candidates.\n\nKind regards,\nPriya Nair\nWillowbank Care\n", "Summer Analyst Programme"),
    # A well-known town after any title.
    ("es", "Hola Nerea,\n\ngracias por tu candidatura al puesto de Analista de Datos en Madrid. Hemos "
           "seleccionado a otra persona.\n\nUn saludo,\nIker Salas\nConservas Bahía\n", "Analista de Datos"),
])
def test_a_place_after_in_is_no_field_of_the_title(language, body, role):
    assert rules_role_in(body, "Your application" if language == "en" else "Tu candidatura", language) == role


@pytest.mark.parametrize("language, body, role", [
    # Probes: the field after "in"/"en" stays.
    ("en", "Dear Sam,\n\nThank you for your application for the Graduate Program in Finance. We have chosen "
           "other candidates.\n\nKind regards,\nPriya Nair\nWillowbank Care\n", "Graduate Program in Finance"),
    ("es", "Hola Nerea,\n\ngracias por tu candidatura al puesto de Profesor/a Asistente en Economía. Hemos "
           "seleccionado a otra persona.\n\nUn saludo,\nIker Salas\nConservas Bahía\n",
     "Profesor/a Asistente en Economía"),
    ("es", "Hola Nerea,\n\ngracias por tu candidatura al programa de prácticas en Auditoría. Hemos "
           "seleccionado a otra persona.\n\nUn saludo,\nIker Salas\nConservas Bahía\n", None),
])
def test_a_field_after_in_stays_with_the_title(language, body, role):
    got = rules_role_in(body, "Your application" if language == "en" else "Tu candidatura", language)
    if role is None:  # whatever is read, the field is not cut off as a place
        assert not got or got.endswith("Auditoría")
    else:
        assert got == role


@pytest.mark.parametrize("language, subject, role", [
    # A subject that names the entry programme applied to by its name, with no job word in it.
    ("de", "Traineeprogramm Logistik 2027 – Ihre Bewerbung", "Traineeprogramm Logistik 2027"),
    ("fr", "Programme Graduate Achats 2027 – votre candidature", "Programme Graduate Achats 2027"),
    ("es", "Programa Jóvenes Talentos Comerciales 2027 – resultado", "Programa Jóvenes Talentos Comerciales 2027"),
    ("en", "Graduate Programme Procurement 2027 – your application", "Graduate Programme Procurement 2027"),
])
def test_a_subject_naming_the_entry_programme_applied_to(language, subject, role):
    assert rules_role_in(_BODIES[language], subject, language) == role


@pytest.mark.parametrize("language, subject", [
    # Programmes no one applies to as an entrant, or a programme's word in a notice: no role.
    ("en", "Your application – Program Update"),
    ("en", "Our Alumni Program Newsletter"),
    ("es", "Programa de Referidos – actualización"),
    ("fr", "Programme de parrainage – votre filleul"),
])
def test_a_subject_naming_a_programme_no_one_applies_to(language, subject):
    assert rules_role_in(_BODIES[language], subject, language) == ""


@pytest.mark.parametrize("language, subject, role", [
    # "Head of" and a capitalised field: a title with no job word in it.
    ("en", "Your application – Head of Partnerships", "Head of Partnerships"),
    ("de", "Feedback vom Kunden – Head of Procurement", "Head of Procurement"),
    ("es", "Proceso Head of Logistics – cierre", "Head of Logistics"),
])
def test_head_of_a_field_is_a_title(language, subject, role):
    assert rules_role_in(_BODIES[language], subject, language) == role


@pytest.mark.parametrize("language, subject", [
    ("en", "Head Office – your application"),
    ("en", "Re: Head of the queue"),
    ("en", "Ahead of Schedule – update"),
])
def test_head_without_of_and_a_field_is_no_title(language, subject):
    assert rules_role_in(_BODIES[language], subject, language) == ""


_ES = "Hola Nerea,\n\n{}\n\nUn saludo,\nIker Salas\nConservas Bahía\n"
_FR = "Bonjour Maël,\n\n{}\n\nCordialement,\nOdile Marchand\nMaison Corbeau\n"
_DE = "Hallo Jonas,\n\n{}\n\nViele Grüße\nMarlene Ost\nHafenwerk Kiel GmbH\n"
_EN = "Dear Sam,\n\n{}\n\nKind regards,\nPriya Nair\nWillowbank Care\n"


@pytest.mark.parametrize("language, body", [
    # An invitation to apply for another post: the title after the phrase is the post suggested.
    ("es", _ES.format("Hemos seleccionado a otra persona. Te animamos a postular a Técnico de Soporte en nuestra "
                      "web.")),
    ("es", _ES.format("Hemos seleccionado a otra persona. Te animamos a participar en el proceso de Técnico de "
                      "Soporte que abrimos en marzo.")),
    ("fr", _FR.format("Nous avons retenu un autre profil. Nous vous invitons à postuler au poste Technicien "
                      "Support ouvert à Lyon.")),
    ("fr", _FR.format("Nous avons retenu un autre profil. Nous vous invitons à postuler au poste Technicien "
                      "Support, ouvert actuellement.")),
])
def test_a_post_an_invitation_to_apply_names_is_not_the_one_applied_for(language, body):
    subject = "Votre candidature" if language == "fr" else "Tu candidatura"
    assert rules_role_in(body, subject, language) == ""


@pytest.mark.parametrize("employer", ["Médicos del Mundo", "Técnicos Unidos", "Consultora Andina",
                                      "Grupo Consultor Andino", "Ingenieros Asociados del Norte"])
def test_an_employer_after_postular_a_is_no_role_though_its_name_holds_a_job_noun(employer):
    body = _ES.format(f"Gracias por postular a {employer}. Hemos seleccionado a otra persona.")
    assert rules_role_in(body, "Tu candidatura", "es") == ""


def test_an_employer_after_la_busqueda_de_is_no_role():
    body = _ES.format("Te escribo sobre la búsqueda de Consultora Andina para su nueva sede. Hemos seleccionado a "
                      "otra persona.")
    assert rules_role_in(body, "Tu candidatura", "es") == ""


@pytest.mark.parametrize("language, subject, employer", [
    # The employer after "au"/"to" in a subject: never stated, nor read as a clean title (main reads
    # "au Cabinet Martin Avocats", which the fact model keeps below the threshold).
    ("fr", "Votre candidature au Cabinet Martin Avocats", "Cabinet"),
    ("fr", "Votre candidature au Groupe Infirmier Lyonnais", "Groupe"),
    ("en", "Your application to Northfield Consultants", "Northfield"),
    ("en", "Application to Smith Surveyors", "Smith"),
    ("en", "Your application to Northgate Engineers", "Northgate"),
])
def test_an_employer_after_au_or_to_in_a_subject_is_no_role(language, subject, employer):
    body = (_FR.format("Merci pour votre intérêt. Nous avons retenu un autre profil.") if language == "fr"
            else _EN.format("Thank you for your interest. We have chosen another candidate."))
    got = read_rejection(mail(body, sender="Recruiting <jobs@employer.example>", subject=subject,
                              language=language)).facts["role"]
    assert not got.kept("role") and not got.value.startswith(employer)


@pytest.mark.parametrize("language, subject, body", [
    # The sender's title in the subject: no post applied for.
    ("fr", "Message du Secrétaire général", _FR.format("Merci pour votre intérêt. Nous avons retenu un autre "
                                                       "profil.")),
    ("fr", "Message de la Secrétaire générale", _FR.format("Merci pour votre intérêt. Nous avons retenu un autre "
                                                           "profil.")),
    ("de", "Ihre Bewerbung – Nachricht von unserer Head of HR", _DE.format("wir haben uns für eine andere "
                                                                           "Bewerberin entschieden.")),
    ("de", "Rückmeldung von unserem Head of Recruiting", _DE.format("wir haben uns für eine andere Bewerberin "
                                                                    "entschieden.")),
    ("es", "Mensaje de nuestra Head of People", _ES.format("Hemos seleccionado a otra persona.")),
    ("en", "Your application – a note from our Head of Recruitment", _EN.format("We have chosen another "
                                                                                "candidate.")),
])
def test_the_sender_s_title_in_a_subject_is_no_role(language, subject, body):
    assert rules_role_in(body, subject, language) == ""


@pytest.mark.parametrize("language, subject, body, role", [
    # ... nor a rival to the post the body names.
    ("en", "Message from the Head of People", _EN.format("Thank you for applying for the Data Analyst role. We "
                                                         "have chosen another candidate."), "Data Analyst"),
    ("en", "Message from the Hiring Manager", _EN.format("Thank you for applying for the Data Analyst role. We "
                                                         "have chosen another candidate."), "Data Analyst"),
    ("de", "Nachricht von unserer Head of HR", _DE.format("vielen Dank für Ihre Bewerbung als Sachbearbeiterin "
                                                          "Buchhaltung. Wir haben uns für eine andere Bewerberin "
                                                          "entschieden."), "Sachbearbeiterin Buchhaltung"),
])
def test_the_sender_s_title_in_a_subject_does_not_push_out_the_body_s_role(language, subject, body, role):
    assert rules_role_in(body, subject, language) == role


@pytest.mark.parametrize("language, subject, role", [
    # A cue word before something that is no title: the segment stays.
    ("en", "Data Analyst – start from January", "Data Analyst"),
    ("de", "Ihre Bewerbung vom 12.03. – Controller", "Controller"),
])
def test_a_sender_cue_before_no_title_keeps_the_subject_s_role(language, subject, role):
    assert rules_role_in(_BODIES[language], subject, language) == role
