"""Rejection classes that round 21 missed (read as development data, session 24), two mails the reviews of
session 23 found wrong, and the mail beside them that must stay no rejection.

The classes: another nurse or saleswoman chosen, named by a job's noun ("für eine andere Pflegefachfrau
entschieden"); a person's short "on a trouvé quelqu'un"; an agency's client that "a préféré retenir un autre
profil"; all the needs covered and no posting to offer; a placement a school cannot take the reader in for; a
public competition the candidate "no ha resultado ganador(a)" of, or whose admission conditions they do not
meet; a post "plus d'actualité"; "no lo vamos a considerar para el puesto"; a long ad title before "no
continuó". Beside them: the same words of a flat share, the children, a supplier, a prize draw, a course, a
day; a status "favorable or not" (both outcomes open); a way of hiring told of a past period; the candidate's
own withdrawal (also in a "Re:" whose quoted candidate mail holds the no); an interview with "unfortunately";
an application received or still under review; a talent-pool invitation; a reserve list reached; a job alert;
a friend's "unfortunately". Each mail is written for this test (none is a corpus line).
"""

from __future__ import annotations

import pytest

from onward.classifier.features import normalise, phrase_terms
from tests.support.classifier import MARGIN, THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


@pytest.mark.parametrize("text", [
    "Die Klinik hat sich für eine andere Pflegefachkraft mit OP-Erfahrung entschieden.",
    "Wir haben uns für eine andere Verkäuferin entschieden.",
    "Wir haben uns inzwischen für eine Floristin aus dem Ort entschieden.",
    "Désolé, on a trouvé quelqu'un hier.",
    "Le client a préféré retenir un autre candidat, plus expérimenté.",
    "L'entreprise a finalement préféré prendre une autre personne pour la mission.",
    "On a trouvé quelqu'un pour la place de vendeuse, désolée.",
    "Nous ne sommes pas en mesure de vous proposer d'affectation cette année.",
    "Il ne nous sera pas possible de vous accueillir en stage au mois de mars.",
    "Le tribunal le informa que usted no ha resultado ganador del concurso de méritos.",
    "Vous ne satisfaites pas aux exigences minimales de l'emploi.",
    "Nous avons engagé une serveuse et le poste n'est donc plus d'actualité.",
    "Al final no lo vamos a considerar para el puesto de repartidor.",
    "Sadly we haven't been able to offer you a role this time.",
    "Wir haben beschlossen, die ausgeschriebene Stelle vorerst nicht zu besetzen.",
    "Le informamos que el puesto de cajero ya fue ocupado.",
    "Tu candidatura para la oferta Dependiente/a de tienda de deportes con experiencia en textil para el centro "
    "comercial de Alcalá (fines de semana) no continuó a la siguiente etapa.",
])
def test_a_missed_class_reads_as_a_decision_against(text):
    assert "=against" in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    # the same words where nothing was decided against the reader
    "Wir haben uns für einen anderen Anbieter entschieden.",
    "Wir haben uns für einen anderen Termin entschieden.",
    "Wir haben uns für eine Mitbewohnerin entschieden, die schon im Januar einzieht.",
    "Wir haben uns für eine andere Nachmieterin entschieden.",
    "On a trouvé quelqu'un pour la chambre, désolée.",
    "On a trouvé quelqu'un pour garder les enfants le mercredi.",
    "J'ai trouvé quelqu'un pour me remplacer samedi au club.",
    "J'ai préféré retenir une autre offre, plus proche de chez moi.",
    "Les besoins de financement du projet ont été couverts par la région.",
    "Il ne nous sera pas possible de vous accueillir mardi ; pouvez-vous venir jeudi ?",
    "Usted no ha resultado ganador del sorteo de Navidad.",
    "No ha resultado ganadora del concurso de fotografía.",
    "Vous ne satisfaites pas aux conditions d'admission au programme de master.",
    "Nous reviendrons vers vous, qu'il s'agisse d'une suite favorable ou non.",
    "Last year we hired from within for this role; this year it is open to everyone.",
    "In the past we promoted from within, as our careers page says.",
    "No la vamos a considerar para el sorteo.",
    "We haven't been able to offer you a place on the MSc this year.",
    "We haven't been able to offer you a role yet, but your application is still with the manager.",
    "Die Stelle ist schwer zu besetzen, deshalb freuen wir uns über Ihre Bewerbung.",
    "La plaza de aparcamiento ya fue ocupada.",
    # the review of session 24: the same words of a shop, a restaurant, a nursery, volunteers, a condition
    # told before a trial day, a contest's vote, a tender, a school's or a loan's conditions
    "Nous ne sommes pas en mesure de vous proposer un remplacement ; nous procédons au remboursement.",
    "Il ne nous sera pas possible de vous accueillir pour votre réservation du 14 février.",
    "Il ne nous sera pas possible de vous accueillir dans notre structure à la rentrée, faute de places.",
    "Tous nos besoins en bénévoles ont été couverts pour la collecte de ce week-end.",
    "Nous préférons engager une personne ayant le permis B. L'avez-vous ?",
    "Lamentablemente no has resultado ganador en el proceso de votación del concurso de fotografía.",
    "Su oferta no ha resultado ganadora en el proceso de licitación del servicio de limpieza.",
    "Votre dossier ne répond pas aux critères d'admission de notre école pour la rentrée.",
    "Votre demande ne satisfait pas aux conditions requises pour l'octroi du prêt immobilier.",
    "J'ai trouvé quelqu'un pour les deux places, désolé !",
    "On a trouvé quelqu'un pour le covoiturage de dimanche.",
])
def test_the_same_words_beside_a_decision_are_no_decision_against(text):
    assert "=against" not in phrase_terms(normalise(text))


def test_a_hire_from_within_told_as_today_stays_a_decision():
    assert "=against" in phrase_terms(normalise("Sorry Jo, we hired from within for the porter job."))


REJECTIONS = {
    # short replies from a person under "Re:"/"AW:" whose new text is the no
    "de a short 'AW:' from a person: another saleswoman chosen": mail(
        "Gerda Haas <gerda@haas-mode.example>", "AW: Aushilfe im Laden",
        "Hallo Sam,\n\nsorry für die späte Antwort! Wir haben uns für eine andere Verkäuferin entschieden, die "
        "schon Erfahrung mit Kasse hat.\n\nLiebe Grüße\nGerda\n\nAm 29.11.2026 schrieb Sam Rivera:\n> Hallo Frau "
        "Haas, gibt es schon Neuigkeiten wegen der Aushilfe?"),
    "fr a short 'Re:' from a person: found someone": mail(
        "Momo <momo@kebab-du-port.example>", "Re: Plongeur",
        "Bonjour, désolé on a trouvé quelqu'un. Merci quand même et bon courage.\n\n> Bonjour, je suis intéressé "
        "par le poste de plongeur."),
    "fr a reply: the post no longer current": mail(
        "Agnès Leroy <a.leroy@fleurs-leroy.example>", "Re: Candidature fleuriste",
        "Bonjour Sam,\n\nPardon pour ce silence. Nous avons embauché une fleuriste en novembre, le poste n'est donc "
        "plus d'actualité.\n\nBonne continuation,\nAgnès Leroy\n\n> Bonjour, je me permets de relancer ma "
        "candidature de fleuriste."),
    "es a short reply: not considered for the post": mail(
        "Ramón Gil <ramon@talleresgil.example>", "Re: Mecánico",
        "Hola Sam, te cuento que no lo vamos a considerar para el puesto de mecánico de momento. Gracias y suerte.\n"
        "Ramón\n\n> Buenas, ¿hay novedades sobre el puesto de mecánico?"),
    "de an agency: the clinic chose another nurse": mail(
        "Tina Vogt <tina.vogt@pflegeteam-nord.example>", "Klinik Nord – leider nein",
        "Hallo Sam,\n\ndie Klinik Nord hat sich für den Einsatz im Februar für eine andere Pflegefachkraft "
        "entschieden, die das Haus schon kennt. Schade! Ich melde mich mit Neuem.\n\nLiebe Grüße\nTina"),
    "fr an agency: the client preferred another profile": mail(
        "Hugo Petit – Talents Ouest <h.petit@talentsouest.example>", "Votre candidature – Soudeur",
        "Bonjour Sam,\n\nSuite à votre entretien chez Métal Armor, le chef d'atelier a préféré retenir un autre "
        "profil, déjà habilité TIG. Je suis désolé. Je continue à chercher pour vous.\n\nHugo"),
    "fr a school: no placement on the period": mail(
        "École Jean-Jaurès <ecole.jaures@ac-fictive.example>", "Votre demande de stage",
        "Bonjour,\n\nNous avons bien reçu votre demande de stage. Il ne nous sera pas possible de vous accueillir "
        "sur la période souhaitée, l'école accueillant déjà une stagiaire.\n\nCordialement,\nLa direction"),
    "es a public competition: not the winner": mail(
        "Talento Humano – Prefectura (ficticia) <talento@prefectura.example>", "Resultados finales del concurso",
        "Estimado Sam Rivera:\n\nConcluidas las fases del concurso de méritos y oposición para el puesto de "
        "Analista Financiero, le notificamos que usted no ha resultado ganador de este proceso.\n\nAtentamente,\n"
        "Talento Humano"),
    "es a job board: a long ad title before 'no continuó'": mail(
        "Portal Empleo Sur <avisos@empleosur.example>", "Novedades de tu candidatura",
        "Hola Sam,\n\nTu candidatura para la oferta Auxiliar administrativo/a con inglés y francés para oficina "
        "comercial en el centro de Sevilla (media jornada, incorporación inmediata) no continuó a la siguiente "
        "etapa del proceso.\n\nSigue buscando en Empleo Sur."),
}


STAY_NEGATIVE = {
    # the false alarm the review of session 23 found: a way of hiring told as past history
    "en last year we hired from within": mail(
        "Careers – Alder Bank <careers@alderbank.example>", "About our graduate scheme",
        "Dear Sam,\n\nThanks for asking. Last year we hired from within for most analyst posts, and we were "
        "unable to take graduates. This year the scheme opens on 1 February.\n\nAlder Bank Careers"),
    # a status still open, both outcomes named
    "fr still under review, 'favorable ou non'": mail(
        "Recrutement – Cave Marin <recrutement@cave-marin.example>", "Votre candidature est en cours d'étude",
        "Bonjour Sam,\n\nVotre candidature au poste de caviste a été consultée et est en cours d'étude. Nous "
        "reviendrons vers vous, qu'il s'agisse d'une suite favorable ou non.\n\nCordialement,\nCave Marin"),
    # the candidate's own no, quoted below a person's reply
    "fr the candidate withdrew, quoted below": mail(
        "Paul Morin <paul@morin-menuiserie.example>", "Re: Poste de menuisier",
        "Bonjour Sam,\n\nDommage, mais je comprends. Merci de m'avoir prévenu et bonne chance !\n\nPaul\n\n> Bonjour "
        "Paul, malheureusement j'ai trouvé un autre poste et je retire ma candidature."),
    # a flat share and the children, in the same words as the short no
    "fr a flat share: found someone for the room": mail(
        "Léa <lea.b@mailbox.example>", "Re: Chambre",
        "Salut Sam, désolée on a trouvé quelqu'un pour la chambre. Bonne recherche !\n\n> Bonjour, la chambre "
        "est-elle encore libre ?"),
    # an interview with "unfortunately", a received application, a pool invitation, a reserve list, an alert
    "fr an interview with 'malheureusement'": mail(
        "Claire Dumas <c.dumas@dumas-compta.example>", "Re: Candidature aide-comptable",
        "Bonjour Sam,\n\nMalheureusement je suis absente cette semaine, mais je serais ravie de vous recevoir "
        "mardi 15 à 10 h pour un entretien.\n\nClaire Dumas"),
    "es application received": mail(
        "Selección – Grupo Levante <seleccion@grupolevante.example>", "Hemos recibido tu candidatura",
        "Hola Sam,\n\nHemos recibido tu candidatura para Administrativo/a de compras. Te comunicaremos el "
        "resultado, sea favorable o no, en las próximas semanas.\n\nSelección"),
    "de a talent-pool invitation": mail(
        "Talentpool – Werkhaus <talente@werkhaus.example>", "Neue Stelle für Sie",
        "Hallo Sam,\n\nSie sind in unserem Talentpool. Bei uns ist eine Stelle als Disponentin frei geworden – "
        "hätten Sie Interesse an einem Gespräch?\n\nIhr Werkhaus-Team"),
    "es a competition's success: on the reserve list": mail(
        "Tribunal de Selección <tribunal@ayto-ficticio.example>", "Bolsa de empleo – Auxiliar administrativo",
        "Estimado Sam Rivera:\n\nLe comunicamos que ha superado el proceso y ha sido incluido en la bolsa de "
        "empleo de Auxiliar Administrativo, en el puesto 4 de la lista.\n\nEl Tribunal"),
    "en a job alert": mail(
        "JobsNearYou <alerts@jobsnearyou.example>", "9 new jobs for you",
        "Hi Sam, new today: Nursery Assistant, Teaching Assistant, Lunchtime Supervisor. Apply before they're "
        "gone!"),
    # the review of session 24: the same words where no job was refused (each crossed the threshold on the branch)
    "fr a shop out of stock: no replacement to offer": mail(
        "Service client – Maison Déco <sav@maisondeco.example>", "Votre commande 48213",
        "Bonjour,\n\nL'article commandé est en rupture de stock. Malheureusement, nous ne sommes pas en mesure de "
        "vous proposer un remplacement ; nous procédons au remboursement sous 5 jours.\n\nLe service client"),
    "fr a restaurant full on the booked night": mail(
        "Restaurant Le Quai <resa@lequai.example>", "Votre réservation",
        "Bonjour,\n\nMalheureusement, il ne nous sera pas possible de vous accueillir pour votre réservation du 14 "
        "février, le restaurant étant complet.\n\nCordialement"),
    "fr volunteers: all the needs covered": mail(
        "Les Restos <benevoles@restos.example>", "Collecte",
        "Bonjour Sam,\n\nMerci pour votre proposition ! Tous nos besoins en bénévoles ont été couverts pour la "
        "collecte de ce week-end.\n\nÀ bientôt"),
    "fr a condition before a trial day": mail(
        "Boulangerie Roux <contact@roux.example>", "Re: Candidature vendeuse",
        "Bonjour Sam,\n\nNous préférons engager une personne ayant le permis B. L'avez-vous ? Si oui, passez nous "
        "voir mardi pour un essai.\n\nMme Roux"),
    "es a photo contest's vote": mail(
        "Concurso Fotografía <fotos@club.example>", "Resultado",
        "Hola Sam, lamentablemente no has resultado ganador en el proceso de votación del concurso de fotografía. "
        "¡Gracias por participar!"),
    "fr a ride share full, no object named": mail(
        "Sophie <sophie@mail.example>", "Re: covoiturage Lyon",
        "Salut, c'est bon on a trouvé quelqu'un. Bon voyage !\n\n> Bonjour, il reste une place pour Lyon vendredi ?"),
    "en a friend's unfortunately": mail(
        "Dani <dani.k@mailbox.example>", "Re: Saturday",
        "Unfortunately we can't make Saturday, we've got my sister's party. Sunday lunch instead?"),
}


@pytest.mark.parametrize("name", sorted(REJECTIONS))
def test_a_missed_class_is_caught(model, name):
    assert model.classify(REJECTIONS[name], THRESHOLD).probability >= THRESHOLD


@pytest.mark.parametrize("name", sorted(STAY_NEGATIVE))
def test_the_mail_beside_it_stays_well_under(model, name):
    assert model.classify(STAY_NEGATIVE[name], THRESHOLD).probability < THRESHOLD - MARGIN


def test_a_bare_regret_over_the_candidates_quoted_withdrawal_stays_under_the_threshold(model):
    # Its new text ("schade, aber danke … alles Gute") is all a rejection's closing words and the withdrawal is in
    # the quote, which is cut: it sits at 0.58 on this branch, under the threshold but not well under it.
    reply = mail(
        "Ute Krämer <ute@kraemer-praxis.example>", "AW: Bewerbung MFA",
        "Liebe Sam,\n\nschade, aber danke für die schnelle Nachricht und alles Gute!\n\nUte Krämer\n\n> Liebe Frau "
        "Krämer, leider ziehe ich meine Bewerbung zurück, ich habe eine andere Stelle angenommen.")
    assert model.classify(reply, THRESHOLD).probability < THRESHOLD


def test_a_nurserys_place_refused_stays_under_the_threshold(model):
    # The review of session 24: "il ne nous sera pas possible de vous accueillir" of a nursery crossed the threshold
    # (0.84) when the phrase took any place; it is a job's placement only now. Its other words ("au regret de vous
    # informer") keep it near the threshold (0.65 on main, 0.70 here), so it is held under it, not well under.
    refusal = mail(
        "Crèche Les Lutins <creche@lutins.example>", "Demande de place",
        "Madame, Monsieur,\n\nNous sommes au regret de vous informer qu'il ne nous sera pas possible de vous "
        "accueillir dans notre structure à la rentrée, faute de places.\n\nLa directrice")
    assert model.classify(refusal, THRESHOLD).probability < THRESHOLD
