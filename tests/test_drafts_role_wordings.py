"""Roles a draft stated wrong for new writers: a title cut before its comma, dash or second part;
two wordings of the role in one mail; a programme's or the process's words, or a preposition,
taken for the title. A role the mail does not name for sure is left out: no role is better than a
wrong one."""

import pytest

from onward.drafts.role import choose_role_evidence
from tests.support.stated import chosen_role


def role_of(body: str, subject: str, language: str, company: str = "") -> str:
    return choose_role_evidence(body, subject, language, set(), company)[0]


# --- a title cut before its comma, dash or second part --------------------------------------------

@pytest.mark.parametrize("read, args", [
    # A dash, then a second title: the role is one of its two parts.
    pytest.param(role_of, ("Te escribimos sobre tu solicitud como Reponedor/a – Auxiliar de caja para nuestra tienda "
                           "de Tlalpan. Por ahora no seguiremos con tu proceso.", "Tu candidatura", "es")),
    pytest.param(role_of, ("Thank you for applying as Receptionist – Administrative Assistant at our Leeds clinic. We "
                           "have decided not to take your application further.", "Candidature", "en")),
    # Job words alone, then a dash and the field in lower case (French and Spanish write fields so).
    pytest.param(role_of, ("Merci pour votre venue aux entretiens pour le poste de Technicienne – éoliennes en mer. "
                           "Nous avons retenu un autre profil.", "Candidature", "fr")),
    pytest.param(role_of, ("Gracias por participar en el proceso para el puesto de Ingeniera – instalaciones "
                           "térmicas. Hemos elegido a otra persona.", "Tu candidatura", "es")),
    # Job words alone, then a comma and their field in lower case.
    pytest.param(role_of, ("Al final la tienda cerró el equipo de verano (puesto de Vendedor/a, moda y complementos) "
                           "y no te han elegido esta vez.", "Tu candidatura", "es")),
    pytest.param(role_of, ("Votre candidature (poste de vendeur, parfumerie et maquillage) n'a malheureusement pas "
                           "été retenue.", "Candidature", "fr")),
    # A title of job words alone the mail carries on, read beside the company: left out.
    # French: "Conseiller à la vente en ligne" is the title; "Conseiller" alone is another job.
    pytest.param(chosen_role, ("Madame,\n\nNous faisons suite à votre candidature au poste de Conseiller à la vente "
                               "en ligne. Nous avons retenu un autre profil.\n", "Votre candidature", "fr",
                               "Maison Verlaine")),
    # Spanish: the subject writes the whole title, the body only its job word.
    pytest.param(chosen_role, ("Hola Marta:\n\nGracias por tu candidatura para el puesto de Auxiliar en nuestro "
                               "restaurante. Hemos seleccionado a otra persona.\n", "Candidatura – Auxiliar de cocina",
                               "es", "Casa Ordóñez")),
])
def test_a_title_the_mail_writes_on_after_a_dash_or_comma_is_not_stated_cut(read, args):
    assert read(*args) == ""


@pytest.mark.parametrize("body, subject, language, role", [
    # A town, a contract or the mail's next words after the comma or dash are no part of the title; a
    # name no table knows may be a town or a field: job words alone are then no title.
    ("Thank you for applying for the Paralegal, Bristol role. Unfortunately we will not progress your "
     "application.", "Your application", "en", "Paralegal"),
    ("Thank you for applying for the Paralegal, Woking role. Unfortunately we will not progress your "
     "application.", "Your application", "en", ""),
    ("Nous vous remercions pour votre candidature au poste de Comptable – CDI – Bordeaux. Elle n'a pas été "
     "retenue.", "Votre candidature", "fr", "Comptable"),
    # A season after the dash is no field of the job: the title before the dash stands.
    ("Gracias por tu interés en el puesto de Camarero/a – temporada de verano. Lamentablemente no "
     "seguimos con tu candidatura.", "Candidatura", "es", "Camarero/a"),
    ("Merci pour votre candidature au poste de serveur – malheureusement il a déjà été pourvu.",
     "Candidature serveur", "fr", "serveur"),
    # A title that says more than its job words is one in its own right; the dash's part in lower
    # case may be its field or the sentence's.
    ("Merci pour votre candidature au poste de Secrétaire médicale – service de pneumologie. Elle n'a pas "
     "été retenue.", "Candidature", "fr", "Secrétaire médicale"),
    # A region after a dash is no second title; "Levante" is no listed place, so the part is no
    # qualifier for sure (every word of one is listed): the role goes on with it, as the mail writes it.
    ("Gracias por tu candidatura al puesto de Representante Comercial - Zona Levante. No seguiremos "
     "con tu proceso.", "Candidatura", "es", "Representante Comercial - Zona Levante"),
    # A store, a season, a shift, a replacement or the next sentence after the dash: no field of the
    # job, the title before the dash stands.
    ("Merci pour votre candidature au poste de Vendeur – magasin de Lille Centre. Nous ne donnerons pas "
     "suite.", "Votre candidature", "fr", "Vendeur"),
    ("Merci pour votre candidature au poste de Serveur – saison estivale 2027. Nous ne donnerons pas suite.",
     "Votre candidature", "fr", "Serveur"),
    ("Nous vous remercions pour votre candidature au poste d'Infirmière – remplacement congé maternité. Nous "
     "avons retenu une autre candidate.", "Votre candidature", "fr", "Infirmière"),
    ("Merci pour votre candidature au poste de Vendeur – hélas, nous avons retenu un profil plus "
     "expérimenté.", "Votre candidature", "fr", "Vendeur"),
    ("Gracias por tu interés en el puesto de Dependiente – tienda de Sevilla Este. Lamentablemente no "
     "seguiremos con tu candidatura.", "Tu candidatura", "es", "Dependiente"),
    ("Gracias por aplicar al puesto de Cocinero – horario de tarde. Hemos cubierto la vacante.",
     "Candidatura", "es", "Cocinero"),
    ("Gracias por tu interés en el puesto de Camarero – finalmente hemos elegido a otra persona para la "
     "temporada.", "Tu candidatura", "es", "Camarero"),
])
def test_what_follows_a_comma_or_dash_that_is_no_part_of_the_title(body, subject, language, role):
    assert role_of(body, subject, language) == role


# --- two wordings of the role in one mail ---------------------------------------------------------

@pytest.mark.parametrize("body, subject, language, role", [
    # The body writes the subject's title on with other words: what both say, a whole title.
    ("Te cuento cómo ha ido lo del puesto de reponedor/a de supermercado con carné de manipulador: la "
     "empresa ha elegido a otra persona.", "Re: puesto reponedor/a de supermercado fines de semana", "es",
     "reponedor/a de supermercado"),
    ("Quiero agradecerle su participación en las entrevistas para la plaza de Coordinadora de Servicio de "
     "Pediatría Hospitalaria. Finalmente hemos elegido a otra candidata.",
     "Entrevista – Coordinador/a de Servicio de Pediatría Neonatal", "es", "Coordinador/a de Servicio de Pediatría"),
    # What both say is job words alone: no title.
    ("Thank you for interviewing for the Senior Analyst Credit Risk Modelling post. We have decided to "
     "offer the role to another candidate.", "Interview outcome – Senior Analyst Market Risk", "en", ""),
])
def test_two_wordings_that_neither_holds_give_what_both_say_or_none(body, subject, language, role):
    assert role_of(body, subject, language) == role


@pytest.mark.parametrize("body, subject, language, role", [
    # One holds the other: the longer, as the body writes it.
    ("Thank you for interviewing for the Assistant Professor of Physical Chemistry post. We have offered "
     "it to another candidate.", "Assistant Professor of Chemistry – interview outcome", "en",
     "Assistant Professor of Physical Chemistry"),
    # The subject's short forms: a word's first letters, a run of words' initials.
    ("Vielen Dank für Ihre Bewerbung auf die Position Teamleitung Warenannahme an unserem Standort. Wir "
     "haben uns für jemand anderen entschieden.", "Ihre Bewerbung Teamleitung Waren", "de",
     "Teamleitung Warenannahme"),
    ("Merci pour votre candidature à notre offre « Serveur – BTS Management en Hôtellerie-Restauration ». "
     "Elle n'a pas été retenue.", "Votre candidature – Serveur (BTS MHR)", "fr",
     "Serveur – BTS Management en Hôtellerie-Restauration"),
    # A sentence's word in lower case is no second wording of a capitalised title.
    ("Gracias por escribirme. El cliente se inclinó por un supervisor con más años en obra civil, así que "
     "no vamos a avanzar.", "RE: Postulación Supervisor de Obra – Proyecto Norte", "es", "Supervisor de Obra"),
])
def test_one_wording_within_the_other_is_one_role(body, subject, language, role):
    assert role_of(body, subject, language) == role


# --- a programme's or the process's words, a preposition, a role the mail does not name ----------

@pytest.mark.parametrize("body, subject, language, role", [
    # The subject's short word, the body's compound: the compound is the title.
    ("Hallo Jonas, danke für deine Anfrage wegen dem Ferienpraktikum im Juli. Wir sind leider schon voll.",
     "Praktikum", "de", "Ferienpraktikum"),
    # A trainee's word in front of the trade learned: the trade is the title.
    ("Liebe Frau Yilmaz, wir haben uns für dieses Jahr bereits entschieden und können Ihnen keinen "
     "Ausbildungsplatz mehr anbieten.", "AW: Bewerbung als Auszubildender Industriemechaniker", "de",
     "Industriemechaniker"),
    # The selection is no word of the title; a phrase it starts names no title.
    ("Gracias por tu interés. Hemos cerrado el proceso.", "Selección Auxiliar de Farmacia – resultado", "es",
     "Auxiliar de Farmacia"),
    ("Nous vous remercions pour votre candidature au programme de stages de la Direction Asie. Elle n'a "
     "pas été retenue.", "Sélection des stagiaires – session automne 2027", "fr", ""),
    # "the following offer": the words point at what follows, they are no title.
    ("Votre candidature à l'offre de Volontariat International en Entreprise suivante :\n\nVIE – Acheteur "
     "projet, Singapour (Singapour) – 18 mois\n\nn'a pas été retenue.", "Mise à jour de votre candidature",
     "fr", ""),
    # A preposition and the word for the opening in front of the title are no part of it.
    ("Nous vous remercions pour votre candidature. Elle n'a pas été retenue.",
     "Votre candidature au poste Technicien(ne) de laboratoire", "fr", "Technicien(ne) de laboratoire"),
])
def test_programme_process_and_preposition_words_are_no_title(body, subject, language, role):
    assert role_of(body, subject, language) == role


@pytest.mark.parametrize("body, subject, language, role", [
    # The subject leaves capitalised words out of the title the body writes whole.
    ("Thanks for applying to the Summer 2026 Data Engineering Analyst Internship at Harwick Foods. We won't "
     "be extending an offer this year.", "Your Harwick Foods Summer 2026 Internship Application", "en",
     "Summer 2026 Data Engineering Analyst Internship"),
    # The body writes it so in two ways: which is meant cannot be told; the subject's stays.
    ("Thanks for applying to the Summer 2026 Data Internship and the Summer 2026 Finance Internship. We won't "
     "be extending an offer this year.", "Your Summer 2026 Internship Application", "en",
     "Summer 2026 Internship"),
])
def test_a_subject_s_short_form_is_stated_as_the_body_writes_the_whole_title(body, subject, language, role):
    assert role_of(body, subject, language, "Harwick Foods") == role


# --- a body word changes the role only inside a phrase about the post applied for ---------------
# The person hired, the reviewer, the sender's own title are written in the body too: a compound,
# a fuller or a shorter wording of the role there is no second wording of the title.

@pytest.mark.parametrize("body, subject, language, role", [
    # A compound ending in the role names someone else: the one hired, the reviewer, a signature.
    ("Hallo Alex,\n\ndanke für deine Bewerbung. Wir haben uns am Ende für einen Softwareentwickler mit mehr "
     "Erfahrung entschieden.\n\nViele Grüße\nLena", "Bewerbung als Entwickler", "de", "Entwickler"),
    ("Sehr geehrter Herr Doe,\n\nunser Personalberater hat Ihre Unterlagen sorgfältig geprüft. Leider müssen "
     "wir Ihnen mitteilen, dass wir Sie nicht berücksichtigen können.\n\nMit freundlichen Grüßen\n"
     "Personalabteilung", "Ihre Bewerbung als Berater", "de", "Berater"),
    ("Hallo Herr Doe,\n\nunser Küchenchef hat sich leider für einen Beikoch aus der Region entschieden.\n\n"
     "Viele Grüße\nRestaurant Linde", "Bewerbung: Koch", "de", "Koch"),
    ("Sehr geehrter Herr Doe,\n\nleider können wir Ihre Bewerbung nicht berücksichtigen.\n\nMax Muster\n"
     "Personalberater", "Ihre Bewerbung als Berater", "de", "Berater"),
    # A fuller wording is the sender's own title.
    ("Hi Alex,\n\nI'm Tom, the Sales Hiring Manager for this search. Unfortunately we've decided to move "
     "forward with other candidates.\n\nBest,\nTom", "Application: Sales Manager", "en", "Sales Manager"),
    ("Thank you for your application. We will not take it further.\n\nAnna Berg, Project Delivery Office "
     "Manager", "Application: Project Manager", "en", "Project Manager"),
    # A shorter wording, going on with other words, is what the hired or wanted person is.
    ("Hi Alex,\n\nThanks for your time. We've offered the position to a Data Analyst with two years of "
     "experience.\n\nBest,\nPriya", "Your application – Data Analyst Intern", "en", "Data Analyst Intern"),
    ("Hi Alex,\n\nThank you for applying. We have decided to go with a Marketing Assistant with more social "
     "media experience.\n\nBest,\nJo", "Your application: Marketing Assistant Intern", "en",
     "Marketing Assistant Intern"),
    ("Hola,\n\nGracias por tu candidatura. Buscábamos un Técnico de Mantenimiento con experiencia en "
     "robótica, por lo que no seguiremos adelante.\n\nSaludos", "Candidatura: Técnico de Mantenimiento "
     "Industrial", "es", "Técnico de Mantenimiento Industrial"),
])
def test_a_body_word_about_someone_else_does_not_change_the_role(body, subject, language, role):
    assert role_of(body, subject, language) == role


@pytest.mark.parametrize("body, subject, role", [
    # After an application's word.
    ("vielen Dank für Ihr Interesse an einer Tätigkeit als Filialleiterin in unserem Markt in Ulm.",
     "Ihre Bewerbung", "Filialleiterin"),
    # "dass du als X ... wolltest": the post the candidate applied for, after a pronoun too.
    ("Hey Alex,\n\nschön, dass du als Barista bei uns anfangen wolltest. Leider ist die Stelle inzwischen "
     "besetzt.", "Kurzes Feedback", "Barista"),
    ("Hallo Alex,\n\ndanke, dass du als Werkstudentin im Marketing bei uns einsteigen wolltest. Leider ist "
     "die Stelle inzwischen besetzt.", "Kurzes Feedback", "Werkstudentin im Marketing"),
    # "wo du als ... reinpasst": what the candidate is, said of other openings, not the post applied for;
    # so too capitalised as in letters ("wo Du").
    ("Die haben sich für jemand anderen entschieden. Ich hab aber noch ein Mandat, wo du als "
     "Backend-Entwickler gut reinpasst.", "Kurzes Feedback", ""),
    ("Die haben sich für jemand anderen entschieden. Ich hab aber noch ein Mandat, wo Du als "
     "Backend-Entwickler gut reinpasst.", "Kurzes Feedback", ""),
])
def test_a_bare_als_names_the_role_unless_the_clause_is_about_another_post(body, subject, role):
    assert role_of(body, subject, "de") == role
