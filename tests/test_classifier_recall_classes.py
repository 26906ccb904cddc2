"""Rejections that come through an agency, after an interview, in a tracking system's template, or
forwarded and quoted — and the job mail beside each class that must stay no rejection.

A recruiter at a staffing agency passes on the client's no and, in the same mail, offers the next
job and asks for a call: the offer must not hide the decision. A rejection after an interview opens
with long praise; a template wraps the employer's words in a platform's frame; a forwarded or quoted
rejection carries the candidate's own words around it. Beside them, the same senders' "the client
would like to meet you" and "the role is on hold" stay well under the threshold. Each mail is
written for this test (none is a corpus line), in English, German, French and Spanish.
"""

from __future__ import annotations

import pytest

from onward.classifier.features import normalise, phrase_terms
from tests.support.classifier import MARGIN, THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


REJECTIONS = {
    "en agency, the client chose someone else, more jobs offered": mail(
        "Becky Marsh <becky@lanternstaffing.example>", "Brookfield Dental update",
        "Hi Sam,\n\nJust heard from Brookfield Dental about the receptionist job. The practice manager has "
        "given it to a receptionist from their sister practice who already knows their booking system, "
        "so they won't be taking you further.\n\nNot a reflection on you at all! I've got two other "
        "practices in Harrogate looking for front-of-house from January. Fancy a quick call tomorrow "
        "so I can tell you about them?\n\nBecky\nLantern Staffing | 07700 900 611"),
    "de agency, der Kunde hat intern besetzt": mail(
        "Tanja Reimer <t.reimer@fachkraft-direkt.example>", "Rückmeldung Autohaus Kessler",
        "Hallo Sam,\n\ndas Autohaus Kessler hat sich gemeldet: Die Stelle als Serviceberater hat der "
        "Werkstattleiter jetzt mit einem Mechaniker aus dem eigenen Betrieb besetzt. Für Sie geht es "
        "dort also leider nicht weiter.\n\nIch habe aber noch zwei Autohäuser in Kassel, die Serviceberater "
        "suchen. Darf ich Sie dort vorstellen? Rufen Sie mich gern morgen an.\n\nViele Grüße\nTanja Reimer\n"
        "Fachkraft Direkt Personalvermittlung"),
    "fr agency, le client ne donne pas suite": mail(
        "Maxime Royer <maxime.royer@alizes-interim.example>", "Retour de la Fromagerie Delorme",
        "Bonjour Sam,\n\nLa Fromagerie Delorme m'a répondu pour le poste de conducteur de ligne : ils ont "
        "préféré garder l'intérimaire qui est déjà en poste depuis l'été, et ne vont donc pas plus loin "
        "avec votre candidature.\n\nJ'ai d'autres missions en agroalimentaire sur Bourg-en-Bresse qui "
        "pourraient vous plaire. On s'appelle jeudi ?\n\nMaxime Royer\nAlizés Intérim"),
    "es agency, la empresa eligió a otra persona": mail(
        "Irene Solís <isolis@norte-personal.example>", "Respuesta de Bodegas Arlanza",
        "Hola Sam:\n\nBodegas Arlanza me ha contestado sobre el puesto de técnico de laboratorio: al final "
        "se han quedado con una enóloga que ya hizo la vendimia con ellos, así que no seguirán con tu "
        "candidatura.\n\nTengo otras dos bodegas en Aranda que buscan perfiles como el tuyo. ¿Hablamos "
        "mañana por la mañana?\n\nIrene Solís\nNorte Personal ETT"),
    "en after an interview, long praise first": mail(
        "Dr Ruth Abbott <r.abbott@wyvern-college.example>", "Teacher of Geography - interview",
        "Dear Sam,\n\nThank you for spending the day with us on Tuesday. Your Year 9 lesson on river "
        "landforms was lively and well paced, the students spoke warmly about you, and the panel enjoyed "
        "your ideas for fieldwork.\n\nIt was a very close decision, but we have offered the post to "
        "another candidate whose experience of teaching A level was the deciding factor. I am sorry to "
        "bring this news after such a strong day.\n\nI would be glad to give you feedback by phone.\n\n"
        "Yours sincerely,\nDr Ruth Abbott\nHeadteacher"),
    "de after an interview, long praise first": mail(
        "Stadtverwaltung Lindental <personal@lindental.example>", "Ihr Auswahlgespräch",
        "Sehr geehrter Herr Rivera,\n\nherzlichen Dank für das angenehme Auswahlgespräch. Die Kommission "
        "hat Ihre Präsentation zur Digitalisierung des Bürgerbüros und Ihre Kenntnisse im Melderecht sehr "
        "geschätzt.\n\nNach eingehender Beratung hat sich die Kommission jedoch für eine Bewerberin "
        "entschieden, die bereits Erfahrung in der Leitung eines Teams mitbringt. Wir bedauern, Ihnen "
        "keine Zusage geben zu können.\n\nMit freundlichen Grüßen\nPersonalamt"),
    "fr after an interview, long praise first": mail(
        "Centre hospitalier de Rivesaltes <drh@ch-rivesaltes.example>", "Votre entretien du 19 novembre",
        "Monsieur,\n\nNous vous remercions pour votre venue et pour la qualité de votre présentation. Le "
        "jury a particulièrement apprécié votre connaissance de la gestion des lits et votre aisance à "
        "l'oral.\n\nAprès délibération, le jury a retenu la candidature d'une autre personne, qui dispose "
        "d'une expérience plus longue en cadre de santé. Nous sommes au regret de ne pas pouvoir donner "
        "une suite favorable à votre candidature.\n\nLa Direction des ressources humaines"),
    "es after an interview, long praise first": mail(
        "Fundación Alameda <seleccion@fundacion-alameda.example>", "Tu entrevista para Coordinador/a de Voluntariado",
        "Hola Sam:\n\nGracias por venir el jueves. Al equipo le encantó tu propuesta para captar voluntariado "
        "joven y la cercanía con la que hablaste de tu experiencia en el banco de alimentos.\n\nHa sido una "
        "decisión muy reñida, pero hemos elegido a otra persona con más experiencia en gestión de "
        "subvenciones. Sentimos no traerte mejores noticias.\n\nUn abrazo,\nFundación Alameda"),
    "en tracking-system template": mail(
        "Lever <no-reply@lever-mail.example>", "Your application to Quillstone",
        "Hi Sam,\n\nThank you for your interest in the Support Engineer role at Quillstone.\n\nAfter careful "
        "review, the team has decided to move forward with other applicants whose experience more closely "
        "matches the role.\n\nBest of luck in your search,\nQuillstone Talent\n\n--\nSent via Lever. You are "
        "receiving this email because you applied to a job at Quillstone."),
    "de tracking-system template": mail(
        "Bewerbermanagement Kreiswerke <noreply@bewerbung-kreiswerke.example>", "Ihre Bewerbung (Kennziffer 77/2026)",
        "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Netzmonteur.\n\nDer Status Ihrer "
        "Bewerbung hat sich geändert: Absage. Wir haben uns für andere Bewerberinnen und Bewerber "
        "entschieden.\n\nDiese Nachricht wurde automatisch erstellt.\nKreiswerke GmbH"),
    "fr tracking-system template": mail(
        "Recrutement Altéa <noreply@altea-recrutement.example>", "Mise à jour de votre candidature",
        "Bonjour Sam,\n\nLe statut de votre candidature au poste de Gestionnaire de paie a été mis à jour : "
        "non retenue.\n\nNous vous remercions de l'intérêt porté à Altéa et vous souhaitons pleine réussite.\n\n"
        "Message envoyé automatiquement, merci de ne pas y répondre."),
    "es tracking-system template": mail(
        "Portal de Empleo Grupo Orbe <noreply@empleo-orbe.example>", "Actualización de tu candidatura",
        "Hola Sam,\n\nLa empresa ha revisado tu candidatura a Técnico/a de Soporte y ha cambiado su estado a: "
        "Descartada.\n\nGracias por tu interés y mucha suerte.\n\nMensaje automático, por favor no respondas."),
    "en forwarded by the candidate to a friend": mail(
        "Sam Rivera <sam.rivera@example.org>", "Fwd: Your application - Trainee Electrician",
        "Rob, see below - no luck with Voltline either. Pint on Friday?\n\nSam\n\n---------- Forwarded "
        "message ---------\nFrom: Voltline Electrical <jobs@voltline.example>\nSubject: Your application - "
        "Trainee Electrician\n\nHi Sam,\nThanks for applying. We've filled our trainee places for this year, "
        "so we can't offer you a position.\nVoltline Electrical"),
    "de a reply quoting the candidate's question": mail(
        "Petra Zöllner <p.zoellner@gaertnerei-zoellner.example>", "AW: Stelle Gärtner/in",
        "Hallo Herr Rivera,\n\ndanke für Ihre Nachfrage. Wir haben die Stelle schon vor zwei Wochen an einen "
        "Gärtner aus der Nachbarschaft vergeben. Entschuldigen Sie, dass ich mich nicht früher gemeldet "
        "habe.\n\nPetra Zöllner\n\n-----Ursprüngliche Nachricht-----\nVon: Sam Rivera\nBetreff: Stelle "
        "Gärtner/in\n\nGuten Tag Frau Zöllner, ist die Stelle noch frei? Ich habe mich vor einem Monat "
        "beworben.\nSam Rivera"),
    "fr forwarded by the candidate to a parent": mail(
        "Sam Rivera <sam.rivera@example.org>", "TR: Votre candidature",
        "Maman, voilà la réponse de la médiathèque. Encore raté, on en parle ce soir.\n\nSam\n\n-------- "
        "Message transféré --------\nDe : Médiathèque de Lunel <contact@mediatheque-lunel.example>\nObjet : "
        "Votre candidature\n\nBonjour,\nNous vous remercions pour votre candidature au poste d'agent de "
        "médiathèque. Le poste a été pourvu et nous ne pouvons donc pas y donner suite.\nCordialement"),
    "es a reply quoting the candidate's question": mail(
        "Ramón Gil <ramon@carpinteria-gil.example>", "Re: Puesto de carpintero",
        "Hola Sam,\n\nGracias por escribir de nuevo. Ya cogimos a un oficial hace dos semanas, así que ahora "
        "mismo no necesitamos a nadie más. Perdona por no avisarte antes.\n\nRamón\n\nEl 28/11/2026, Sam "
        "Rivera escribió:\n> Hola Ramón, ¿sigue abierto el puesto de carpintero? Tengo disponibilidad "
        "inmediata.\n> Sam"),
}

STAY_NEGATIVE = {
    "en agency, the client would like to meet you": mail(
        "Becky Marsh <becky@lanternstaffing.example>", "Brookfield Dental update",
        "Hi Sam,\n\nJust heard from Brookfield Dental about the receptionist job: the practice manager would "
        "like to meet you on Wednesday at 11. Shall I confirm?\n\nBecky\nLantern Staffing"),
    "en agency, the role is on hold": mail(
        "Becky Marsh <becky@lanternstaffing.example>", "Brookfield Dental",
        "Hi Sam,\n\nBrookfield Dental have put the receptionist hire on hold until the new year while they "
        "sort out their budget. Nothing has been decided about any candidate - I'll keep you posted.\n\nBecky"),
    "de agency, der Kunde möchte Sie kennenlernen": mail(
        "Tanja Reimer <t.reimer@fachkraft-direkt.example>", "Rückmeldung Autohaus Kessler",
        "Hallo Sam,\n\ndas Autohaus Kessler möchte Sie gern kennenlernen: Wie wäre Dienstag um 9 Uhr im "
        "Autohaus?\n\nViele Grüße\nTanja Reimer"),
    "fr agency, le recrutement est suspendu": mail(
        "Maxime Royer <maxime.royer@alizes-interim.example>", "Fromagerie Delorme",
        "Bonjour Sam,\n\nLa Fromagerie Delorme a suspendu le recrutement du conducteur de ligne jusqu'en "
        "janvier. Aucune décision n'a été prise, votre candidature reste en lice. Je vous tiens au "
        "courant.\n\nMaxime"),
    "es agency, te quieren entrevistar": mail(
        "Irene Solís <isolis@norte-personal.example>", "Bodegas Arlanza",
        "Hola Sam:\n\nBodegas Arlanza quiere entrevistarte para el puesto de técnico de laboratorio el lunes "
        "a las 10. ¿Te confirmo?\n\nIrene"),
    "en template, moved to the next stage": mail(
        "Lever <no-reply@lever-mail.example>", "Your application to Quillstone",
        "Hi Sam,\n\nThank you for your interest in the Support Engineer role at Quillstone. Your application "
        "has moved to the hiring manager review stage; we'll be in touch within two weeks.\n\nQuillstone "
        "Talent\n\n--\nSent via Lever."),
}


@pytest.mark.parametrize("name", sorted(REJECTIONS))
def test_a_rejection_of_each_class_is_caught(model, name):
    assert model.classify(REJECTIONS[name], THRESHOLD).probability >= THRESHOLD


@pytest.mark.parametrize("name", sorted(STAY_NEGATIVE))
def test_the_job_mail_beside_each_class_stays_well_under(model, name):
    assert model.classify(STAY_NEGATIVE[name], THRESHOLD).probability < THRESHOLD - MARGIN


# A German post "an einen … vergeben" is a decision only once it is given: a post that will be or
# should be given, or a course place given from a waiting list, is none (each would get a draft).
NOT_YET_GIVEN = {
    "de finalist, the post will be given": mail(
        "Petra Lindner <p.lindner@kaltwasser-bau.example>", "Ihre Bewerbung als Bauleiterin",
        "Guten Tag Frau Berger,\n\ndie Stelle wird in den nächsten Tagen an eine der drei Finalistinnen "
        "vergeben – Sie gehören dazu. Wir laden Sie deshalb zu einem zweiten Gespräch am Dienstag ein.\n\n"
        "Mit freundlichen Grüßen\nPetra Lindner\nKaltwasser Bau GmbH"),
    "de the post should be given soon": mail(
        "Jonas Frey <jobs@gruenland-gaerten.example>", "Gärtner/in gesucht",
        "Hallo Sam,\n\nwir möchten die Stelle zeitnah an einen engagierten Menschen vergeben und würden "
        "Sie gern kennenlernen. Passt Ihnen Donnerstag um 10 Uhr?\n\nViele Grüße\nJonas Frey"),
    "de the position is to be given": mail(
        "Anke Voss <a.voss@nordlicht-versicherung.example>", "Ihre Bewerbung: Sachbearbeitung",
        "Sehr geehrter Herr Kaya,\n\nvielen Dank für Ihre Unterlagen. Die Position soll noch im Januar an "
        "eine Person mit Erfahrung in der Schadenregulierung vergeben werden; Ihre Bewerbung ist weiter "
        "im Verfahren.\n\nFreundliche Grüße\nAnke Voss"),
    "de a course place from the waiting list (no job mail)": mail(
        "Volkshochschule Ried <kurse@vhs-ried.example>", "Ihr Kursplatz Spanisch A2",
        "Guten Tag,\n\nder frei gewordene Platz im Kurs Spanisch A2 wurde an einen Teilnehmer von der "
        "Warteliste vergeben. Sie stehen weiter auf Platz 2 der Liste.\n\nIhre VHS Ried"),
}


# A known false alarm, kept visible: this short status mail scores about 0.99 with or without its
# "vergeben werden" sentence (0.79 without it; the session-start model too) — the thanks, "Ihre
# Bewerbung" and "eine Person mit Erfahrung" read as a rejection to the model, not any phrase.
KNOWN_FALSE_ALARM = "de the position is to be given"


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="known false alarm, see KNOWN_FALSE_ALARM"))
    if name == KNOWN_FALSE_ALARM else name for name in sorted(NOT_YET_GIVEN)])
def test_a_post_not_yet_given_is_no_decision(model, name):
    assert model.classify(NOT_YET_GIVEN[name], THRESHOLD).probability < THRESHOLD


@pytest.mark.parametrize("text, given", [
    ("Wir haben die Stelle an einen Bewerber aus dem eigenen Haus vergeben.", True),
    ("Die Stelle wurde an eine Kandidatin mit mehr Erfahrung vergeben.", True),
    ("Wir haben uns entschieden, die Stelle an einen anderen Bewerber zu vergeben.", True),
    ("Die Stelle wird in den nächsten Tagen an einen der drei Finalisten vergeben.", False),
    ("Wir möchten die Stelle zeitnah an einen engagierten Menschen vergeben.", False),
    ("Die Position soll noch im Januar an eine Person mit Erfahrung vergeben werden.", False),
])
def test_only_a_post_already_given_is_a_decision_against(text, given):
    assert ("=against" in phrase_terms(normalise(text))) is given
