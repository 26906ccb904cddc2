"""What a title is not: the season or the contract written at either end of it (a season cut only
where a job word is left last; a contract's word the role only as the mail writes it), a slash or a
connector it was cut at, an organisation's word with a title's ending, a post the mail points to
where the subject names the programme applied for; and what a title's qualifier keeps of it."""

import pytest

from onward.drafts.role import choose_role_evidence
from onward.drafts.role_title import dangles
from tests.support.drafts import mail
from tests.support.stated import rules_role


def role_of(body: str, subject: str, language: str, company: str = "") -> str:
    return choose_role_evidence(body, subject, language, set(), company)[0]


def test_a_contract_s_word_in_front_of_a_french_title_is_no_word_of_it():
    # The title is what follows it.
    body = ("Merci pour votre candidature au poste d'alternance Chargé(e) de Paie au sein de notre service RH. "
            "Nous avons retenu un autre profil.")
    assert role_of(body, "Votre candidature", "fr") == "Chargé(e) de Paie"


@pytest.mark.parametrize("body, subject, language, role", [
    # The season or term after a title says when it is offered, not which job it is.
    ("Danke für Ihr Interesse an einem Pflichtpraktikum in der Abteilung Restaurierung. Die Plätze "
     "für dieses Semester sind leider schon vergeben.", "Pflichtpraktikum Wintersemester", "de",
     "Pflichtpraktikum"),
    ("Gracias por escribirnos. Este año ya hemos completado el equipo de sala.", "Re: Socorrista temporada",
     "es", "Socorrista"),
    # Two season words after a job word go together.
    ("Many thanks for applying for the post of Teaching Fellow Spring Term in our Law School. We have offered "
     "it to another candidate.", "Your application", "en", "Teaching Fellow"),
    ("Thanks for applying for the Ski Instructor Winter Season vacancy. Every place has now been filled.",
     "Your application", "en", "Ski Instructor"),
    ("vielen Dank für deine Bewerbung als Servicekraft Sommer Saison. Leider sind alle Stellen schon vergeben.",
     "Deine Bewerbung", "de", "Servicekraft"),
    ("Gracias por tu candidatura al puesto de Socorrista temporada verano. Ya hemos elegido a otra persona.",
     "Tu candidatura", "es", "Socorrista"),
    # A season's word that a word other than a job word comes before is a title's own word or half of a
    # phrase ("Java Spring", "Long Term", "haute saison"): the title is written in full.
    ("Thanks for applying for the Backend Developer Java Spring position. We are moving on with other people.",
     "Application: Backend Developer Java Spring", "en", "Backend Developer Java Spring"),
    ("Thanks for your interest. The school has chosen another teacher for this placement.",
     "Re: Supply Teacher Long Term", "en", "Supply Teacher Long Term"),
    ("Thanks for applying for the Sales Assistant Christmas Season vacancy. Every place has now been filled.",
     "Your application", "en", "Sales Assistant Christmas Season"),
    ("Thank you for applying for the Lecturer in Law Fixed Term post. We have now made an appointment.",
     "Your application", "en", "Lecturer in Law Fixed Term"),
    ("Merci pour votre candidature au poste de Réceptionniste haute saison. Nous avons choisi un autre profil.",
     "Votre candidature", "fr", "Réceptionniste haute saison"),
    ("Gracias por tu candidatura al puesto de Recepcionista alta temporada. Ya hemos elegido a otra persona.",
     "Tu candidatura", "es", "Recepcionista alta temporada"),
    # "de saison" after a job word: the season alone would leave "Employé de", which dangles.
    ("Merci pour votre candidature au poste d'Employé de saison. Nous avons choisi un autre profil.",
     "Votre candidature", "fr", "Employé de saison"),
    ("Gracias por presentarte a la oferta de Cocinero de temporada. Ya hemos elegido a otra persona.",
     "Tu candidatura", "es", "Cocinero de temporada"),
])
def test_a_season_is_cut_from_a_title_only_where_a_job_word_is_left_last(body, subject, language, role):
    assert role_of(body, subject, language) == role


@pytest.mark.parametrize("role, cut", [
    ("Sachbearbeiterin /", True), ("Chef de", True), ("Analyst and", True), ("Referent –", True),
    ("Sachbearbeiter/in", False), ("Head of Sales", False), ("Técnico/a", False), ("Entwickler C++", False),
])
def test_a_title_cut_at_a_slash_or_a_connector_dangles(role, cut):
    assert dangles(role) is cut


def in_mail(body: str) -> str:
    """The rules' role of an English mail from a borough's HR."""
    return rules_role(mail(body, sender="HR <hr@stanwick.example>"))


@pytest.mark.parametrize("read, args, expected", [
    pytest.param(dangles, ("Software Engineer I",), False, id="grade-I-ends-the-title"),
    pytest.param(dangles, ("Analyst A",), False, id="grade-A-ends-the-title"),
    # A lower-case "i" is no grade's letter: the title dangles.
    pytest.param(dangles, ("Técnico de Sistemas i",), True, id="lower-case-i-is-a-connector"),
    # "Analyst I / Analyst II": the grade "I" is no "I" opening a sentence.
    pytest.param(in_mail, ("Dear Sam,\n\nThank you for applying for the Budget Analyst I / Budget Analyst II position "
                           "with the Borough. We have selected other candidates for interview.\n\nRegards,\nHuman "
                           "Resources\nBorough of Stanwick\n",), "Budget Analyst I / Budget Analyst II",
                 id="mail-grade-I-before-the-slash-of-a-grade-pair"),
    pytest.param(in_mail, ("Dear Sam,\n\nThank you for applying for the Records Clerk I position. We have selected "
                           "other candidates.\n\nRegards,\nHuman Resources\nBorough of Stanwick\n",), "Records Clerk I",
                 id="mail-grade-I-before-the-word-for-the-post"),
])
def test_a_grade_s_capital_letter_is_no_pronoun_or_connector(read, args, expected):
    got = read(*args)
    assert got == expected and type(got) is type(expected)


def test_a_title_cut_at_the_slash_between_its_two_forms_is_not_stated():
    body = ("wir danken Ihnen für Ihre Bewerbung auf die Stelle einer Mitarbeiterin / eines Mitarbeiters in der "
            "Haushaltsabteilung (EG 8 TV-L). Leider können wir Sie nicht berücksichtigen.")
    subject = "Ihre Bewerbung – Kennziffer 2027-HH-31 (Mitarbeiter/in Haushalt, EG 8 TV-L)"
    # Neither "Mitarbeiterin /" nor the subject's title, which the body does not write so (a loss, not a
    # wrong fact).
    assert role_of(body, subject, "de") == ""


def test_an_organisation_s_word_with_a_title_s_ending_is_no_title():
    # "Aseguradora" ends like "Programadora"; the subject names the insurer, the body the post.
    body = ("Te escribo sobre el proceso de Perito/a de Automóviles en el que te presentamos. La responsable de "
            "Aseguradora Mirasierra ha preferido a otro candidato.")
    assert role_of(body, "Novedades proceso Aseguradora Mirasierra", "es", "Talentos Norte") == (
        "Perito/a de Automóviles")
    assert role_of("", "Feedback proceso Aseguradora Mirasierra", "es") == ""


def test_a_post_the_mail_points_to_is_not_the_programme_applied_for():
    body = ("vielen Dank für Ihre Teilnahme am Auswahltag unseres Traineeprogramms Logistik 2028. Wir können "
            "Ihnen leider keinen Platz anbieten. Gerne weisen wir Sie auf unsere offenen Stellen hin, etwa als "
            "Junior Disponent (m/w/d) in Bremen.")
    # Never the post pointed to; the programme the subject names by its name is the one applied for.
    assert role_of(body, "Ihre Bewerbung für das Traineeprogramm Logistik 2028", "de") == "Traineeprogramm Logistik 2028"
    # A title the subject names too, or one in a known phrase, is still the one applied for.
    body = "vielen Dank für Ihre Bewerbung als Junior Disponent im Rahmen unseres Traineeprogramms."
    assert role_of(body, "Traineeprogramm: Junior Disponent", "de") == "Junior Disponent"


@pytest.mark.parametrize("body, subject, language, role", [
    # The subject writes the ending in brackets, the body the woman's form and the title's qualifier.
    ("Merci pour votre candidature au poste de Comptable fournisseurs bilingue EN/FR que nous recrutons "
     "pour notre client.", "Votre candidature – Comptable fournisseurs bilingue", "fr",
     "Comptable fournisseurs bilingue EN/FR"),
    ("Merci pour votre candidature au poste d'Assistante commerciale bilingue DE/FR que nous recrutons "
     "pour le compte de notre client.", "Votre candidature – Assistant(e) commercial(e) bilingue", "fr",
     "Assistante commerciale bilingue DE/FR"),
    # A Spanish title names its specialty after "con mención en".
    ("Agradecemos su participación en el proceso para el cargo de Kinesiólogo con mención en Neurología, "
     "jornada completa.", "Postulación Kinesiólogo – Neurología", "es",
     "Kinesiólogo con mención en Neurología"),
])
def test_a_title_is_stated_with_its_qualifier(body, subject, language, role):
    assert role_of(body, subject, language) == role


@pytest.mark.parametrize("body, subject, language, role", [
    # The word alone where the mail writes it alone.
    ("Thank you for applying to the postdoc position in our group. The post has now been filled.",
     "Your application", "en", "postdoc"),
    ("Leider können wir dich als Werkstudent in München nicht berücksichtigen.", "Deine Bewerbung", "de",
     "Werkstudent"),
    # The sentence goes on after it: a German lower-case word, the scheme's noun.
    ("vielen Dank für Ihre Bewerbung als Praktikant ab Februar 2028. Leider sind alle Plätze schon vergeben.",
     "Ihre Bewerbung", "de", "Praktikant"),
    ("Ihre Bewerbung als Praktikantin hat uns sehr gefreut. Leider sind alle Plätze schon vergeben.",
     "Ihre Bewerbung", "de", "Praktikantin"),
    ("Thanks for applying for our Apprentice programme. Every place has now been taken.", "Your application",
     "en", "Apprentice"),
    # Where the mail writes the whole title, it is the role.
    ("Thank you for applying for the Apprentice Electrician position. We have now filled it.", "Your application",
     "en", "Apprentice Electrician"),
    ("Danke für deine Bewerbung als Werkstudent Vertrieb. Leider ist die Stelle schon besetzt.", "Absage", "de",
     "Werkstudent Vertrieb"),
    # Cut from its title ("Apprentice" for an "Apprentice roofer"): which post is not said.
    ("Cheers for sending your CV over. We have taken someone on already, all the best.", "Re: Apprentice roofer",
     "en", ""),
    # A sentence's small word that also joins a title's parts ("para", "en") may carry it on.
    ("Gracias por tu candidatura al puesto de Becario. Ya hemos elegido a otra persona.",
     "Candidatura Becario para Auditoría", "es", ""),
])
def test_a_word_of_the_kind_of_contract_is_the_role_only_as_the_mail_writes_it(body, subject, language, role):
    assert role_of(body, subject, language) == role


def test_one_of_two_titles_the_subject_and_body_join_with_a_dash_is_not_stated():
    body = ("Vous avez sollicité le poste de Responsable du relais petite enfance intercommunal « Les Lucioles » "
            "– Éducateur(trice) de jeunes enfants, à temps complet. Nous avons le regret de vous informer "
            "que votre candidature n'a pu être retenue.")
    subject = ("Réponse à votre candidature – Responsable du relais petite enfance – "
               "Éducateur(trice) de jeunes enfants")
    assert role_of(body, subject, "fr") == ""
    # A subject's dash before a place or the mail's words parts its segments: the title stands.
    body = "Nous vous remercions pour votre candidature au poste d'Éducateur(trice) de jeunes enfants."
    assert role_of(body, "Candidature – Éducateur(trice) de jeunes enfants – Lyon", "fr") == (
        "Éducateur(trice) de jeunes enfants")
