"""Rejection classes that rounds 1-20 missed (read as development data, session 23), three mails the
reviews of session 22 found wrong, and the mail beside them that must stay no rejection.

The classes: a public panel the candidate is not placed on or is below the qualifying mark for; someone
hired from within, told in the past; a competition's candidature declared inadmissible; the candidate not
cleared for a selection's next phase; a post "n'est plus disponible"; "aren't able to take your application
further"; a client "going with" someone for the role; a shop that "ya ha cogido a una chica para la
tienda"; a client that "no ha escogido tu perfil"; a German form letter's "für eine Bewerberin/einen
Bewerber entschieden", a "Mitbewerberin gewählt", a post "nicht mit Ihnen besetzen", a status set "auf
Absage" after a long job title; short replies from a person under "Re:"/"AW:" whose new text is the no.
Beside them: the candidate's own withdrawal (also in a "Re:" whose quoted candidate mail holds the no, and
"il ne vous est pas possible de poursuivre"), an invitation while the post is "noch nicht besetzt", a
place in a merit pool or on a reserve list, a recruiter writing from a candidate pool, an interview with
"unfortunately", an application received or still under review, a talent-pool invitation, a job alert, a
friend's "unfortunately", a course, a flat and a tender. Each mail is written for this test (none is a
corpus line).
"""

from __future__ import annotations

import pytest

from onward.classifier.features import normalise, phrase_terms
from tests.support.classifier import MARGIN, THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


@pytest.mark.parametrize("text", [
    "Your interview score was below the qualifying threshold, so your name has not been placed on the panel.",
    "Sorry Jo, we hired from within for the kitchen porter job.",
    "They've appointed someone internally and filled the post from within.",
    "Votre candidature au concours des secrétaires administratifs a été déclarée irrecevable par la commission.",
    "Se le comunica que no fue habilitada para la siguiente fase del concurso de Auxiliar de Biblioteca.",
    "Le poste de soudeur à l'atelier de Brest n'est plus disponible.",
    "Te contamos que tu postulación al aviso Ayudante de Cocina/Pastelería no continuó a la siguiente etapa.",
    "Unfortunately we aren't able to take your application further.",
    "The client rang: they're going with a bank nurse for the night role.",
    "Gracias, pero ya hemos cogido a un chico para la barra.",
    "La empresa cerró la oferta y no ha escogido tu perfil.",
    "Wir haben uns für eine Bewerberin/einen Bewerber entschieden, die/der besser passt.",
    "Der Ausschuss hat eine Mitbewerberin gewählt.",
    "Leider werden wir die Stelle nicht mit Ihnen besetzen.",
    "Der Status Ihrer Bewerbung „Verwaltungsfachangestellte (m/w/d) Bürgerservice – EG 6 TVöD“ im Landratsamt "
    "Nordheide wurde auf „Absage“ gesetzt.",
])
def test_a_missed_class_reads_as_a_decision_against(text):
    assert "=against" in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    # the same words where nothing was decided against the reader
    "Your score was below the qualifying threshold for admission to the MSc in Economics.",
    "You have been placed on the panel and may be offered a post.",
    "We promote from within whenever we can, so grow with us!",
    "80% of our managers were promoted from within.",
    "Votre offre a été déclarée irrecevable.",
    "Fue habilitada para la siguiente fase del concurso.",
    "No fue habilitada para la siguiente fase de admisión al máster.",
    "Le poste est toujours disponible : passez nous voir.",
    "Tu postulación al aviso Cajero/a continuó a la siguiente etapa.",
    "We aren't able to take your call right now.",
    "They went with a local band for the wedding.",
    "Ya hemos contratado a una niñera para los niños.",
    "Wir haben uns für Sie als Bewerberin entschieden!",
    "Die Stelle haben wir noch nicht besetzt.",
])
def test_the_same_words_beside_a_decision_are_no_decision_against(text):
    assert "=against" not in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "Nous avons bien pris note qu'il ne vous est pas possible de poursuivre avec votre candidature.",
    "Malheureusement, il ne m'est pas possible de poursuivre le processus.",
])
def test_the_candidates_own_impossibility_is_their_own(text):
    assert "=own" in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "Die Stelle haben wir noch nicht besetzt, gerne laden wir Sie ein.",
    "You have been found qualified and your name has been placed in a pool of qualified candidates.",
])
def test_a_post_still_open_or_a_pool_placement_is_still_in_play(text):
    assert phrase_terms(normalise(text))[:1] == ["=received"]


REJECTIONS = {
    "es a job board: the ad named before 'no continuó'": mail(
        "Portal Empleo Sur <avisos@empleosur.example>", "Novedades de tu postulación",
        "Hola Sam,\n\nTe contamos que tu postulación al aviso Vendedor/a de tienda (Centro) no continuó a la "
        "siguiente etapa del proceso.\n\nSigue buscando en Empleo Sur."),
    "en a reply from a person: hired from within": mail(
        "Dee Marsh <dee@marshbakery.example>", "Re: Shift supervisor",
        "Thanks for applying Sam - we hired from within for the shift supervisor job in the end. All the best, "
        "Dee\n\nOn 2 Dec 2026, Sam Rivera wrote:\n> Hi Dee, is there any news on the shift supervisor job?"),
    "en a public panel: below the qualifying mark": mail(
        "Recruitment – Harbour County Council <recruitment@harbourcc.example>", "RE: Clerical Officer competition",
        "Dear Sam,\n\nThank you for your query. Your overall mark in the competition fell below the qualifying "
        "threshold, so your name has not been placed on the panel.\n\nRegards,\nRecruitment Unit\n\n"
        "-----Original Message-----\nFrom: Sam Rivera\nSent: 1 December 2026 10:00\nSubject: Clerical Officer "
        "competition\n\nHello, could you tell me whether I was placed on the panel?"),
    "es a shop's short reply": mail(
        "Lola Prieto <lola@zapateriaprieto.example>", "Re: dependiente",
        "Hola Sam, gracias por traer el CV, pero ya hemos cogido a una chica para la tienda. ¡Suerte!\nLola"),
    "de a form letter with its merge fields unfilled": mail(
        "Personalamt Gemeinde Birkenau <personal@birkenau.example>", "Ihre Bewerbung «Stellenbezeichnung»",
        "Sehr geehrte«r» «Anrede» Rivera,\n\nvielen Dank für Ihre Bewerbung auf die Stelle «Stellenbezeichnung». "
        "Wir haben uns nach sorgfältiger Prüfung für eine Bewerberin/einen Bewerber entschieden, die/der dem "
        "Anforderungsprofil besonders entspricht.\n\nMit freundlichen Grüßen\nPersonalamt"),
    "fr a short reply: the post no longer available": mail(
        "Dr Moussa Sarr <m.sarr@clinique-ocean.example>", "Re: Candidature aide-soignant",
        "Bonjour,\nLe poste d'aide-soignant de nuit à la clinique n'est plus disponible. Merci de votre intérêt.\n"
        "Dr M. Sarr"),
}


STAY_NEGATIVE = {
    # the three mails the reviews of session 22 found wrong on main
    "de the post not filled yet, an invitation": mail(
        "Personal – Autohaus Brenner <personal@brenner.example>", "Ihre Bewerbung",
        "Die Stelle haben wir noch nicht besetzt, gerne laden wir Sie ein."),
    "fr the candidate's own impossibility told back": mail(
        "Recrutement – Groupe Vallon <recrutement@vallon.example>", "Re: Votre candidature – Chargée de communication",
        "Bonjour Madame Rivera,\n\nNous avons bien pris note qu'il ne vous est pas possible de poursuivre avec "
        "votre candidature pour le poste de chargée de communication.\n\nNous vous souhaitons une bonne "
        "continuation.\n\nCordialement,\nService Recrutement"),
    "fr the candidate withdrawing in a reply": mail(
        "Sam Rivera <sam.rivera@mailbox.example>", "Re: Votre candidature",
        "Bonjour Madame,\n\nMerci pour votre proposition. Malheureusement il ne m'est pas possible de poursuivre "
        "le processus : j'ai accepté un autre poste. Je retire ma candidature.\n\nSam Rivera"),
    # a "Re:" where the candidate's quoted mail holds the no
    "en the candidate withdrew, quoted below": mail(
        "Priya Holt <priya@oakfield-dental.example>", "Re: Dental nurse role",
        "Hi Sam,\n\nThat's a shame but completely understood - thanks for telling us. Good luck in the new job!\n\n"
        "Priya\n\nOn 3 Dec 2026, Sam Rivera wrote:\n> Hi Priya, unfortunately I've accepted another offer, so "
        "I'm withdrawing my application for the dental nurse role."),
    "es the candidate withdrew, quoted below": mail(
        "Marta Gil <marta.gil@clinicamar.example>", "Re: Auxiliar de clínica",
        "Hola Sam,\n\nGracias por avisar y enhorabuena. Te he quitado del proceso.\n\nMarta\n\n"
        "El 3 dic 2026, Sam Rivera escribió:\n> Lamentablemente no podré seguir en el proceso: he aceptado otra "
        "oferta."),
    # a success in a competition or a pool, a recruiter writing from a pool
    "en placed in a pool of qualified candidates": mail(
        "Staffing – Public Service Commission <noreply@psc-jobs.example>", "Your placement in a pool – Clerk (CR-04)",
        "Dear Sam Rivera,\n\nYou have been found qualified for the position of Clerk (CR-04) and your name has "
        "been placed in a pool of qualified candidates. Placement in the pool does not guarantee an "
        "appointment.\n\nStaffing Services"),
    "fr placed on a reserve list": mail(
        "Office de Sélection <selection@oi-fictive.example>", "Liste de réserve",
        "Madame,\n\nÀ l'issue de la procédure de sélection, votre nom a été inscrit sur la liste de réserve. "
        "Cette inscription ne garantit pas un recrutement.\n\nL'Office de Sélection"),
    "es a recruiter writing from a candidate pool": mail(
        "Colegio Santa Clara – RR. HH. <rrhh@santaclara.example>", "Tu perfil en nuestra bolsa de candidatos",
        "Hola Sam:\n\nTu currículum está en nuestra bolsa de candidatos desde una convocatoria anterior. Se nos "
        "ha abierto una vacante de Profesor/a de Inglés para enero; ¿sigues disponible? Si es así, contéstanos "
        "y te llamamos para una entrevista.\n\nRecursos Humanos"),
    "de a recruiter writing from a talent pool": mail(
        "Talentpool – Nordwerk <talente@nordwerk.example>", "Neue Stelle aus unserem Talentpool",
        "Hallo Frau Rivera,\n\nSie sind seit Ihrer letzten Bewerbung in unserem Talentpool. Jetzt ist bei uns eine "
        "Stelle als Disponentin frei geworden – hätten Sie noch Interesse?\n\nIhr Recruiting-Team"),
    # an interview with "unfortunately", a status still open, a job alert, a friend, a course, a flat, a tender
    "en an interview with unfortunately, in a reply": mail(
        "Rob Hale <rob@halebuilders.example>", "Re: site labourer",
        "Hi Sam, unfortunately I'm away till Thursday, but come and see us at the yard on Friday at 8 and we'll "
        "have a chat about the labourer job.\nRob\n\n> Hi Rob, is the site labourer job still going? Sam"),
    "de application still under review": mail(
        "Personal – Stadtwerke Lohr <personal@stadtwerke-lohr.example>", "Ihre Bewerbung als Monteurin",
        "Sehr geehrte Frau Rivera,\n\nIhre Bewerbung ist noch in Prüfung. Die Stelle ist noch nicht besetzt; wir "
        "melden uns bis Ende des Monats.\n\nMit freundlichen Grüßen\nPersonal"),
    "en a job alert": mail(
        "JobsNearYou <alerts@jobsnearyou.example>", "12 new jobs for you",
        "Hi Sam, these roles were posted today: Warehouse Operative, Forklift Driver, Picker/Packer. Apply now "
        "before they're gone!"),
    "es a friend's unfortunately": mail(
        "Nacho <nacho.r@mailbox.example>", "Re: cena",
        "Lamentablemente no podemos el viernes, ya hemos quedado con mis padres. ¿El sábado?"),
    "en a course's qualifying mark": mail(
        "Admissions – Westbridge University <admissions@westbridge.example>", "Your MSc application",
        "Dear Sam,\n\nYour test score was below the qualifying threshold for admission to the MSc in Data "
        "Science, so we cannot offer you a place this year.\n\nAdmissions"),
    "fr a tender declared inadmissible": mail(
        "Service des marchés – Ville de Dax <marches@dax-ville.example>", "Marché 2027-04 – résultat",
        "Madame,\n\nVotre offre pour le marché de nettoyage des écoles a été déclarée irrecevable (pièce "
        "manquante). Le marché a été attribué à une autre entreprise.\n\nService des marchés"),
}


@pytest.mark.parametrize("name", sorted(REJECTIONS))
def test_a_missed_class_is_caught(model, name):
    assert model.classify(REJECTIONS[name], THRESHOLD).probability >= THRESHOLD


@pytest.mark.parametrize("name", sorted(STAY_NEGATIVE))
def test_the_mail_beside_it_stays_well_under(model, name):
    assert model.classify(STAY_NEGATIVE[name], THRESHOLD).probability < THRESHOLD - MARGIN


# Review of session 23: three over-reaches of the rules above, each caught by a probe mail.
@pytest.mark.parametrize("text", [
    # an employer's verdict in the second person is no impossibility of the candidate's own
    "Il ne vous sera donc pas possible de poursuivre la procédure de recrutement.",
    "Nous avons le regret de vous informer qu'il ne vous est pas possible de poursuivre le processus.",
    # a pool not reached is no place in it
    "You have not been found qualified and will not be placed in a pool of qualified candidates.",
    "Your name has not been placed in the pool of qualified candidates.",
])
def test_a_verdict_in_the_second_person_or_a_pool_not_reached_is_neither_own_nor_in_play(text):
    terms = phrase_terms(normalise(text))
    assert "=own" not in terms and "=received" not in terms


@pytest.mark.parametrize("text", [
    "Vous nous avez indiqué qu'il ne vous serait plus possible de rejoindre l'équipe.",
    "Nous comprenons qu'il ne t'est pas possible de continuer.",
])
def test_the_candidates_impossibility_told_back_in_other_words_is_their_own(text):
    assert "=own" in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "L'annonce que vous avez sauvegardée a expiré : le poste de vendeur chez Modaline n'est plus disponible.",
    "Le poste « Comptable – Clinique du Lac », que vous aviez sauvegardé, n'est plus disponible.",
    "The job you saved has been filled.",
    "Die Stelle, die Sie gespeichert haben, ist leider schon vergeben.",
    "La oferta que guardaste ya fue cubierta.",
])
def test_a_saved_ad_gone_is_no_decision_against(text):
    assert "=against" not in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "We have saved your details, but the role has been offered to another candidate.",
    "Nous avons enregistré votre candidature, mais le poste de vendeuse n'est plus disponible.",
    "Wir haben Ihre Unterlagen gespeichert, uns aber für eine andere Bewerberin entschieden.",
])
def test_details_saved_beside_a_decision_leave_it_standing(text):
    assert "=against" in phrase_terms(normalise(text))


REVIEW_REJECTIONS = {
    "fr the employer's 'il ne vous est pas possible de poursuivre'": mail(
        "RH – Banque Lorin <rh@lorin.example>", "Votre candidature – Conseiller clientèle",
        "Bonjour Sam,\n\nÀ l'issue des tests en ligne, nous avons le regret de vous informer qu'il ne vous est pas "
        "possible de poursuivre le processus de recrutement.\n\nCordialement,\nRH"),
    "en not found qualified, no place in the pool": mail(
        "Staffing <staffing@gov-jobs.example>", "Assessment result",
        "Dear Sam, you have not been found qualified for this process and will not be placed in a pool of "
        "qualified candidates."),
}


@pytest.mark.parametrize("name", sorted(REVIEW_REJECTIONS))
def test_a_verdict_the_review_found_is_caught(model, name):
    assert model.classify(REVIEW_REJECTIONS[name], THRESHOLD).probability >= THRESHOLD


def test_a_job_alert_of_an_expired_saved_ad_stays_well_under(model):
    alert = mail("Alertes Emploi <alertes@emploi-ouest.example>", "Une annonce a expiré",
                 "Bonjour Sam,\n\nL'annonce que vous avez sauvegardée a expiré : le poste de vendeur chez Modaline "
                 "n'est plus disponible. Voici 5 offres similaires près de chez vous.\n\nL'équipe Emploi Ouest")
    assert model.classify(alert, THRESHOLD).probability < THRESHOLD - MARGIN


@pytest.mark.parametrize("text, against", [
    # an agency's no tied to the post or the round (the retraining had pulled two such mails of rounds 8
    # and 18 under the threshold: review of session 23)
    ("El cliente nos ha comunicado que no te han seleccionado para el puesto de mozo.", True),
    ("Ha cerrado las incorporaciones y no te han seleccionado en esta tanda.", True),
    ("Lamentablemente no la han seleccionado para la plaza de enfermera.", True),
    # not yet, supposed, or chosen
    ("Aún no te han seleccionado para el puesto.", False),
    ("Si no te han seleccionado para el puesto, te avisaremos.", False),
    ("¡Enhorabuena! Te han seleccionado para el puesto.", False),
])
def test_an_agencys_no_tied_to_the_post_or_the_round(text, against):
    assert ("=against" in phrase_terms(normalise(text))) is against
