"""Classes of wrong roles: a title cut before the field it writes after its gender marker and a dash,
the contract or working time written on after a title with a small word and no dash ("en CDD de
nuit", "a jornada completa"), and words in front of the title borrowed from another post the mail
names. With probes that keep their answer: titles whose own words are schedule-like, a dash then a
town, and two posts of one kitchen in one mail with the decision on one."""

import pytest

from onward.drafts.role import choose_role_evidence
from tests.support.stated import rules_role_of as read_role


def chosen(body: str, subject: str, language: str, company: str = "") -> str:
    return choose_role_evidence(body, subject, language, set(), company)[0]


# -- A title, its gender marker, a dash and a field are one title: never the bare head word.

def test_the_field_after_a_capitals_gender_marker_and_a_dash_is_the_title_s():
    body = ("Madame,\n\nNous vous remercions de votre candidature au poste d'Analyste (H/F) – Risque Crédit "
            "Entreprises. Nous avons retenu un autre profil.\n\nCordialement,\nLa Direction des talents")
    assert chosen(body, "Votre candidature", "fr", "Banque Morvan") == "Analyste – Risque Crédit Entreprises"


def test_a_field_going_on_in_lower_case_after_the_dash_is_taken_whole():
    body = ("Monsieur,\n\nNous revenons vers vous au sujet du poste d'Ingénieur (F/H) – Sûreté de fonctionnement "
            "ferroviaire. Le poste a été pourvu.\n\nBien cordialement,\nL'équipe recrutement")
    assert chosen(body, "Votre candidature", "fr", "Groupe Lancel") == (
        "Ingénieur – Sûreté de fonctionnement ferroviaire")


def test_a_field_whose_end_is_a_guess_gives_no_role_rather_than_its_first_word():
    # the sentence runs on from the field: where it ends is unsure, and "Comptable" alone is a cut
    body = ("Madame,\n\nVotre candidature au poste de Comptable (H/F) – Consolidation des filiales étrangères "
            "n'a pas été retenue.\n\nCordialement,\nService RH")
    assert chosen(body, "Votre candidature", "fr", "Groupe Lancel") == ""


def test_a_workplace_after_the_dash_leaves_the_title_before_it():
    body = ("Madame,\n\nVous avez présenté votre candidature au poste d'Éducateur spécialisé (H/F) – Maison "
            "départementale de l'enfance de Valombre. Nous ne pouvons y donner une suite favorable.\n\n"
            "Cordialement,\nLa DRH")
    assert chosen(body, "Votre candidature", "fr") == "Éducateur spécialisé"


# -- The contract or the working time written on after a title ends it.

@pytest.mark.parametrize("body, subject, language, role", [
    ("Bonjour Monsieur Texier,\n\nMerci pour votre candidature au poste d'Aide-soignant(e) en CDD de nuit à la "
     "résidence Les Tilleuls. Nous avons retenu une autre personne.\n\nCordialement,\nNadia Ferrand",
     "Votre candidature", "fr", "Aide-soignant(e)"),
    ("Sehr geehrter Herr Kuhn,\n\nvielen Dank für Ihre Bewerbung als Fachverkäufer Bäckerei befristet. Leider "
     "haben wir uns für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\nAnja Vogt",
     "Ihre Bewerbung", "de", "Fachverkäufer Bäckerei"),
    ("Bonjour Madame Pelletier,\n\nVotre candidature au poste de Cariste en intérim 35 h n'a pas été retenue "
     "pour cette mission.\n\nBien à vous,\nL'agence de Roanne",
     "Votre candidature", "fr", "Cariste"),
    ("Hola Dani,\n\nGracias por tu candidatura para el puesto de Repartidor a jornada completa en nuestra "
     "tienda de Getafe. Hemos elegido a otra persona.\n\nUn saludo,\nLucía Ortega",
     "Tu candidatura", "es", "Repartidor"),
])
def test_contract_and_working_time_after_a_title_are_no_part_of_it(body, subject, language, role):
    assert chosen(body, subject, language) == role


# -- Words in front of the title borrowed from another post the mail names.

@pytest.mark.parametrize("body, role", [
    ("Hi Marcus,\n\nI heard back from the client about the Site Manager role and they have gone with someone "
     "with more rail experience. I do have a Deputy Site Manager opening in Leeds if you'd consider it.\n\n"
     "Cheers,\nKaren", "Site Manager"),
    ("Dear Lena,\n\nThank you for interviewing for the Data Engineer position. We have decided not to move "
     "forward. Our Lead Data Engineer vacancy opens next spring, and we would welcome your application.\n\n"
     "Kind regards,\nOmar Said", "Data Engineer"),
])
def test_another_post_s_words_are_not_added_in_front_of_the_title(body, role):
    assert chosen(body, "Update", "en", "Brightline Rail") == role


# -- Probes that keep their right answer.

@pytest.mark.parametrize("body, subject, language, role", [
    ("Dear Ms Cole,\n\nThank you for applying for the Night Auditor position at the Harbour Inn. We have "
     "offered the post to another candidate.\n\nKind regards,\nFront Office", "Your application", "en",
     "Night Auditor"),
    ("Hallo Frau Berg,\n\ndanke für Ihre Bewerbung als Tagesmutter in unserem Familienzentrum. Leider müssen "
     "wir Ihnen absagen.\n\nViele Grüße\nPetra Lang", "Ihre Bewerbung", "de", "Tagesmutter"),
    ("Hola Rubén,\n\nGracias por tu interés en el puesto de Jefe de Turno. Hemos decidido continuar con otro "
     "candidato.\n\nSaludos,\nMarta", "Candidatura", "es", "Jefe de Turno"),
    ("Bonjour,\n\nVotre candidature au poste de Responsable Planning n'a pas été retenue.\n\nCordialement,\n"
     "Service RH", "Votre candidature", "fr", "Responsable Planning"),
    ("Bonjour,\n\nVotre candidature au poste de Veilleur de nuit n'a pas été retenue.\n\nCordialement,\n"
     "Service RH", "Votre candidature", "fr", "Veilleur de nuit"),
    # a dash, then a town: where the post is, not its field
    ("Bonjour Madame,\n\nNous vous remercions pour votre candidature au poste de Comptable – Lyon. Nous ne "
     "pouvons pas y donner suite.\n\nCordialement,\nLe service recrutement", "Votre candidature", "fr",
     "Comptable"),
])
def test_titles_whose_own_words_look_like_terms_keep_their_answer(body, subject, language, role):
    assert chosen(body, subject, language) == role


@pytest.mark.parametrize("decided, kept, other", [("Head Chef", "Head Chef", "Sous Chef"),
                                                   ("Sous Chef", "Sous Chef", "Head Chef")])
def test_two_kitchen_posts_in_one_mail_state_the_one_decided(decided, kept, other):
    body = (f"Dear Sam,\n\nThank you for applying for the {decided} position at The Old Mill. We have appointed "
            f"another candidate. Our {other} post is filled too.\n\nBest,\nJo Marsh\nThe Old Mill")
    assert read_role("Jo Marsh <jo@oldmill.example>", f"Your {decided} application", body) == kept


def test_a_gender_marker_after_the_dash_is_no_field():
    body = ("Bonjour,\n\nNous vous remercions pour votre candidature au poste de Chargé(e) de clientèle "
            "Particuliers – H/F. Le poste a été pourvu.\n\nCordialement,\nLe service RH")
    assert chosen(body, "Votre candidature", "fr") == "Chargé(e) de clientèle Particuliers"
