"""A title said of an application someone may yet make ("au cas où tu postules aussi pour le poste de
chef de zone") is never the candidate's role; a conditional or an apply verb alone takes no title
away. Mails written for these tests (no corpus mail)."""

import pytest

from onward.drafts import read_rejection
from onward.drafts.role import find_role
from tests.support.drafts import mail
from tests.support.stated import assert_role_read

_FORWARD_FR = (
    "Coucou Lina,\n\nJe te transfère la réponse de la Fromagerie, c'est négatif. Regarde quand même la tournure, "
    "au cas où tu postules toi aussi pour le poste de responsable de rayon. On en parle demain ?\n\nMaxime\n\n"
    "---------- Forwarded message ---------\nFrom: Recrutement Fromagerie Delorme <rh@fromagerie-delorme.example>\n"
    "Date: mar. 1 déc. 2026 à 09:12\nSubject: Votre candidature\nTo: Maxime Roux <maxime.roux@mailbox.example>\n\n"
    "Monsieur Roux,\n\nNous vous remercions de votre candidature au poste de Technicien qualité. "
    "Nous sommes au regret de vous informer qu'elle n'a pas été retenue.\n\nCordialement,\nSylvie Marchal\n"
    "Responsable RH\nFromagerie Delorme SAS")


def test_a_forwarders_note_about_a_friends_possible_application_gives_way_to_the_forwarded_role():
    read = read_rejection(mail(_FORWARD_FR, sender="Maxime Roux <maxime.roux@mailbox.example>",
                               subject="Fwd: Votre candidature", language="fr"))
    assert "rayon" not in read.record_role and "rayon" not in read.role
    assert_role_read(read, "Technicien qualité")


@pytest.mark.parametrize("body, language, role", [
    pytest.param("Thank you for applying for the Barista position. We have offered it to another candidate. "
                 "If you apply for the Shift Supervisor role next spring, we will gladly look at it.", "en",
                 "Barista", id="en-if-you-apply"),
    # Passes on main too (the first title already wins there): kept as the class's Spanish probe.
    pytest.param("Gracias por tu candidatura al puesto de Cocinero. Lo hemos cubierto con otra persona. Por si "
                 "postulas más adelante al puesto de Jefe de Partida, guarda este correo.", "es",
                 "Cocinero", id="es-por-si-postulas"),
    pytest.param("Merci pour votre candidature au poste de Comptable. Elle n'a pas été retenue. Si vous souhaitez "
                 "postuler au poste de Contrôleur de gestion, l'annonce reste ouverte.", "fr",
                 "Comptable", id="fr-si-vous-souhaitez-postuler"),
])
def test_the_post_of_a_possible_application_is_no_rival_title(body, language, role):
    assert find_role(body, "", language, set()) == role


@pytest.mark.parametrize("body, language, role", [
    # An apply verb with no conditional: the post applied for.
    pytest.param("Thank you for taking the time to apply for the Data Analyst role. We will not move forward.",
                 "en", "Data Analyst", id="en-apply-no-if"),
    # A conditional with no apply verb after it.
    pytest.param("If you have questions about the Data Analyst role, please reply. We have chosen another "
                 "applicant.", "en", "Data Analyst", id="en-if-no-apply"),
    pytest.param("Si vous avez des questions sur le poste de Comptable, écrivez-nous. Votre candidature n'a pas "
                 "été retenue.", "fr", "Comptable", id="fr-si-no-postuler"),
    pytest.param("Wenn du Fragen zu deiner Bewerbung als Mechatroniker hast, melde dich. Leider haben wir uns für "
                 "jemand anderen entschieden.", "de", "Mechatroniker", id="de-wenn-noun-only"),
    # A past form names the application made.
    pytest.param("Aunque postulaste al puesto de Recepcionista, hemos elegido a otra persona.", "es",
                 "Recepcionista", id="es-past-form"),
    pytest.param("Même si vous avez postulé au poste de Chef de rang, nous avons retenu un autre profil.",
                 "fr", "Chef de rang", id="fr-si-past-participle"),
    # The conditional comes after the title, in its own clause.
    pytest.param("We read your application for the Barista position, and even if you apply again we cannot "
                 "offer it.", "en", "Barista", id="en-if-after-title"),
])
def test_a_conditional_or_an_apply_verb_alone_takes_no_title_away(body, language, role):
    assert find_role(body, "", language, set()) == role


@pytest.mark.parametrize("body, language, role", [
    # Review of branch role24: a concessive "si"/"wenn"/"if" opens a clause about the application made; the
    # invitation to apply is another clause, after a comma or a semicolon. The title is the one applied for.
    pytest.param("Madame,\n\nSi votre candidature au poste de Chargée de clientèle n'a pas été retenue, nous vous "
                 "invitons à postuler à nos prochaines offres.\n\nCordialement", "fr", "Chargée de clientèle",
                 id="fr-concessive-si"),
    pytest.param("S'il ne nous est pas possible de donner suite à votre candidature au poste de Responsable "
                 "logistique, nous vous encourageons à postuler de nouveau.", "fr", "Responsable logistique",
                 id="fr-concessive-sil"),
    pytest.param("Même si votre profil pour le poste d'Assistant comptable nous a plu, nous avons retenu une autre "
                 "personne ; n'hésitez pas à postuler à nouveau.", "fr", "Assistant comptable", id="fr-meme-si"),
    pytest.param("Si bien tu perfil para el puesto de Analista de Datos es muy sólido, hemos decidido avanzar con "
                 "otra persona; te animamos a postular de nuevo más adelante.", "es", "Analista de Datos",
                 id="es-si-bien"),
    pytest.param("auch wenn Ihre Bewerbung als Industriekauffrau uns gefallen hat, haben wir uns für eine andere "
                 "Kandidatin entschieden und würden uns freuen, wenn Sie sich wieder bewerben.", "de",
                 "Industriekauffrau", id="de-auch-wenn"),
    pytest.param("Even if your background fit the Operations Analyst role well, we chose another candidate, and we "
                 "hope you apply again.", "en", "Operations Analyst", id="en-even-if"),
    pytest.param("We don't know if you will apply again, but your interview for the Operations Analyst role was "
                 "strong; sadly we chose another candidate.", "en", "Operations Analyst", id="en-if-other-clause"),
    # "reapply" names the same post again.
    pytest.param("Thanks for applying. Should you wish to reapply for the Operations Analyst role, note we filled "
                 "it today with another candidate.", "en", "Operations Analyst", id="en-should-you-reapply"),
])
def test_a_conditional_clause_about_the_application_made_keeps_its_title(body, language, role):
    assert find_role(body, "", language, set()) == role
