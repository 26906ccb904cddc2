"""Mail that reads like a rejection but is none: the built-in model keeps it well under the threshold.

An offer made to the reader, an interview moved "unfortunately", a slot already taken, an
application received, the candidate's own "no", a status still under review — in English, German,
French and Spanish. A decision phrase that catches a rejection's words without its subject (the
post given to someone else, the application not retained) turns these into rejections, and the
service would then draft a thank-you for a job offer. Each mail is written for this test.
"""

from __future__ import annotations


import pytest

from tests.support.classifier import MARGIN, THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


OFFERS = {
    "en offer letter": mail(
        "Hannah Boyle <hannah.boyle@quayside-analytics.example>", "Your offer - Data Analyst",
        "Hi Sam,\n\nGreat news: after speaking with the panel, we are delighted to offer you the Data Analyst "
        "position. The formal letter is attached; please let me know by Friday whether you accept.\n\n"
        "Warm regards,\nHannah"),
    "en verbal offer, the role is yours": mail(
        "Marcus Tell <marcus@tell-and-sons.example>", "Good news",
        "Sam - the team loved you. We'd like to give the site coordinator job to you, starting in March if "
        "that works. Can we talk terms tomorrow? Marcus"),
    "de Zusage": mail(
        "Personalabteilung Rhenus Optik <personal@rhenus-optik.example>", "Ihre Bewerbung als Optiker",
        "Sehr geehrter Herr Rivera,\n\nwir freuen uns, Ihnen die Stelle als Augenoptiker in unserer Filiale "
        "Mainz anbieten zu können. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung"),
    "de informal, we want you": mail(
        "Jonas <jonas@kaffeerei-nord.example>", "Barista",
        "Hey Sam, kurz und gut: wir hätten dich gern im Team! Die Stelle gehört dir, wenn du magst. "
        "Sag mir bis Montag Bescheid. Jonas"),
    "fr proposition d'embauche": mail(
        "Claire Dumas <claire.dumas@atelier-lumen.example>", "Proposition pour le poste de graphiste",
        "Bonjour Sam,\n\nSuite à nos échanges, j'ai le plaisir de vous proposer le poste de graphiste en CDI. "
        "Vous trouverez la promesse d'embauche en pièce jointe. Merci de me faire un retour avant le 15.\n\n"
        "Bien cordialement,\nClaire"),
    "fr nous avons retenu votre candidature": mail(
        "Recrutement Cap Ouest <recrutement@capouest.example>", "Votre candidature",
        "Madame, Monsieur,\n\nNous avons le plaisir de vous informer que votre candidature a été retenue "
        "pour le poste de technicien réseau. Nous vous confions ce poste à compter du 1er février.\n\n"
        "Le service RH"),
    "es oferta de trabajo": mail(
        "Lucía Prieto <lucia.prieto@brisamar.example>", "Oferta - Recepcionista",
        "Hola Sam:\n\nMe alegra comunicarte que hemos decidido ofrecerte el puesto de recepcionista. Te "
        "adjunto la propuesta con las condiciones; dime algo antes del viernes.\n\nUn saludo,\nLucía"),
    "es has sido seleccionado": mail(
        "Selección Grupo Albor <seleccion@grupoalbor.example>", "Resultado del proceso",
        "Estimado Sam:\n\nNos complace informarle que ha sido seleccionado para el cargo de analista "
        "contable. Nos pondremos en contacto para firmar el contrato.\n\nAtentamente,\nSelección"),
}

SCHEDULING = {
    "en unfortunately Monday is taken": mail(
        "Olivia Grant <olivia@harbourline.example>", "Re: Interview times",
        "Hi Sam,\n\nUnfortunately the Monday 10am slot has already been taken by another candidate. Would "
        "Tuesday at 2pm or Wednesday morning suit you instead?\n\nThanks,\nOlivia"),
    "en interviewer ill, rescheduling": mail(
        "Recruiting Team <recruiting@northgate-labs.example>", "Rescheduling your interview",
        "Hi Sam, unfortunately our hiring manager is unwell and we need to cancel tomorrow's interview. "
        "We are sorry for the short notice. Please pick a new time in the link below. Recruiting Team"),
    "de leider belegt": mail(
        "Katrin Vogel <k.vogel@lindenhof-klinik.example>", "Terminvorschlag Vorstellungsgespräch",
        "Hallo Herr Rivera,\n\nder Donnerstag ist leider schon vergeben. Hätten Sie stattdessen am Freitag "
        "um 9 Uhr Zeit für das Gespräch?\n\nViele Grüße\nKatrin Vogel"),
    "de Termin abgesagt, neuer Termin": mail(
        "Bewerbermanagement Falk <bewerbung@falk-logistik.example>", "Verschiebung Ihres Termins",
        "Sehr geehrter Herr Rivera,\n\nleider müssen wir das Vorstellungsgespräch am 12. absagen, da die "
        "Abteilungsleitung verhindert ist. Wir schlagen Ihnen den 16. um 11 Uhr vor.\n\n"
        "Freundliche Grüße"),
    "fr malheureusement le créneau est pris": mail(
        "Julie Marchand <julie.marchand@verdiane.example>", "Créneau d'entretien",
        "Bonjour Sam,\n\nMalheureusement, le créneau de mardi 14h n'est plus disponible. Pourriez-vous "
        "plutôt jeudi à 10h ? Je vous envoie l'invitation dès votre retour.\n\nBelle journée,\nJulie"),
    "fr report d'entretien": mail(
        "RH Boulangeries Ferrand <rh@ferrand.example>", "Report de votre entretien",
        "Bonjour,\n\nNous sommes au regret de devoir reporter votre entretien prévu vendredi : notre "
        "responsable est en déplacement. Nous vous proposons lundi prochain à 15h.\n\nCordialement"),
    "es lamentablemente el lunes está ocupado": mail(
        "Marta Gil <marta.gil@olivarsur.example>", "Entrevista",
        "Hola Sam:\n\nLamentablemente el lunes ya está ocupado con otra entrevista. ¿Te vendría bien el "
        "martes a las 12 o el miércoles por la tarde?\n\nGracias,\nMarta"),
    "es aplazamos la entrevista": mail(
        "Recursos Humanos Cerámicas Vela <rrhh@ceramicasvela.example>", "Cambio de fecha",
        "Estimado Sam:\n\nLamentamos tener que cancelar la entrevista del jueves por un imprevisto del "
        "director. ¿Podría el lunes 9 a las 10:00?\n\nSaludos cordiales"),
}

RECEIVED_AND_UNDER_REVIEW = {
    "en application received": mail(
        "Careers at Fennick <no-reply@fennick.example>", "We've received your application",
        "Hi Sam, thanks for applying for Support Engineer at Fennick. Our team will review your "
        "application and get back to you if there's a match."),
    "en status still under review": mail(
        "Hiring Portal <notifications@hireportal.example>", "Application status update",
        "Hello Sam,\n\nThe status of your application for Payroll Specialist is: Under review. No decision "
        "has been made yet. We appreciate your patience.\n\nHiring Portal"),
    "de Bewerbung in Prüfung": mail(
        "Karriereportal Stadtwerke Auel <karriere@stadtwerke-auel.example>", "Statusänderung",
        "Guten Tag Herr Rivera,\n\nder Status Ihrer Bewerbung als Netzmonteur lautet jetzt: In Prüfung. "
        "Eine Entscheidung ist noch nicht gefallen; wir melden uns.\n\nIhr Karriereportal"),
    "de Eingang bestätigt": mail(
        "Bewerbung Hanse Druck <bewerbung@hansedruck.example>", "Ihre Bewerbung ist eingegangen",
        "Hallo Sam, danke für deine Bewerbung als Drucker! Wir schauen sie uns in Ruhe an und melden "
        "uns innerhalb von zwei Wochen."),
    "fr candidature bien reçue": mail(
        "Recrutement Lys Santé <recrutement@lyssante.example>", "Candidature bien reçue",
        "Bonjour Sam,\n\nVotre candidature au poste d'aide-soignant a bien été reçue. Elle est en cours "
        "d'étude par notre équipe, qui reviendra vers vous prochainement.\n\nL'équipe recrutement"),
    "fr toujours en cours d'examen": mail(
        "Espace candidat Norvia <noreply@norvia.example>", "Suivi de votre candidature",
        "Bonjour,\n\nVotre candidature est toujours en cours d'examen. Aucune décision n'a encore été "
        "prise ; nous vous tiendrons informé.\n\nNorvia"),
    "es candidatura recibida": mail(
        "Empleo Hoteles Brisa <empleo@hotelesbrisa.example>", "Candidatura recibida",
        "Hola Sam, hemos recibido tu candidatura para ayudante de cocina. La revisaremos y te diremos "
        "algo pronto. ¡Gracias!"),
    "es sigue en revisión": mail(
        "Portal de Empleo Acerval <avisos@acerval.example>", "Estado de tu candidatura",
        "Hola Sam:\n\nTu candidatura a Técnico de calidad sigue en revisión. Todavía no se ha tomado una "
        "decisión.\n\nPortal de Empleo"),
}

CANDIDATE_DECLINED = {
    "en sorry you turned us down": mail(
        "Ruth Keane <ruth@keane-partners.example>", "Re: Offer",
        "Hi Sam, thanks for letting me know you've accepted another offer. Sorry we won't be working "
        "together, and best of luck in the new role! Ruth"),
    "de Sie haben abgesagt": mail(
        "Thomas Brandt <t.brandt@brandt-elektro.example>", "Ihre Absage",
        "Hallo Herr Rivera, schade, dass Sie unser Angebot nicht annehmen. Wir respektieren Ihre "
        "Entscheidung und wünschen Ihnen alles Gute bei Ihrem neuen Arbeitgeber."),
    "fr vous avez décliné": mail(
        "Sophie Renaud <s.renaud@orphee-conseil.example>", "Votre décision",
        "Bonjour Sam, j'ai bien reçu votre message : vous déclinez notre proposition. Je le regrette mais "
        "je comprends votre choix. Bonne continuation dans votre nouveau poste."),
    "es has rechazado la oferta": mail(
        "Andrés Molina <andres@molina-ingenieria.example>", "Re: Propuesta",
        "Hola Sam, entiendo que has decidido rechazar nuestra oferta. Una pena, pero te deseo mucho "
        "éxito en tu nuevo trabajo. Un abrazo, Andrés"),
}

LOOKALIKES = {**OFFERS, **SCHEDULING, **RECEIVED_AND_UNDER_REVIEW, **CANDIDATE_DECLINED}


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_a_look_alike_stays_well_under_the_threshold(model, name):
    assert model.classify(LOOKALIKES[name], THRESHOLD).probability < THRESHOLD - MARGIN


# The sentences a decision phrase must not read as a decision against the candidate: an offer made
# to the reader, a day or a slot taken, an interview moved, a status still in play.
@pytest.mark.parametrize("text", [
    "We are pleased to offer the Data Analyst role to you.", "We'd like to give the coordinator job to you.",
    "We decided to go with Tuesday for the interview.", "We have decided to proceed with your interview on Friday.",
    "Unfortunately Monday is already booked; could you do Tuesday?",
    "Der Montag ist leider bereits belegt; passt Ihnen Dienstag?", "Status: Termin abgesagt, neuer Termin folgt",
    "Wir haben den Termin abgesagt und suchen einen neuen.", "Wir freuen uns, Ihnen die Stelle anbieten zu können.",
    "Bitte leiten Sie die Anfrage an jemand anderen weiter, falls ich nicht zuständig bin.",
    "Nous vous confions ce poste à compter du 1er février.",
    "Le créneau de lundi n'est plus disponible, mardi vous conviendrait ?",
    "Si ce créneau ne correspond pas à vos disponibilités, dites-le-moi.",
    "Malheureusement lundi est déjà pris ; êtes-vous disponible mardi ?",
    "Lamentablemente el lunes ya no está disponible; ¿podemos pasar al martes?",
    "Si el horario no se ajusta a lo que necesitas, dímelo.", "Hemos decidido ofrecerte el puesto.",
    "Lamentablemente el martes ya está ocupado, ¿te va bien el jueves?",
    "No podemos ofrecerte el martes, pero sí el miércoles a las 10.",
    "Leider ist der Termin am Montag um 10 Uhr schon vergeben. Passt Ihnen Dienstag?",
    "Der Termin am Montag ist leider schon vergeben.",
    "Leider müssen wir das Gespräch absagen und neu planen.",
    "Ich muss dir leider für Samstag absagen, das Grillen schaffe ich nicht."])
def test_an_offer_or_a_slot_taken_is_no_decision_phrase(text):
    from onward.classifier.features import normalise, phrase_terms
    assert "=against" not in phrase_terms(normalise(text))


# The same words, said of the post or to the candidate, stay decisions against them.
@pytest.mark.parametrize("text", [
    "La plaza ya está ocupada.", "El puesto ya ha sido ocupado por otra persona.",
    "Por ahora no podemos ofrecerte plaza.", "No vamos a poder ofrecerte un espacio en esta edición.",
    "No vamos a ofrecerte el puesto de coordinadora.", "Die Stelle ist leider bereits vergeben.",
    "Wir müssen Ihnen daher absagen.", "Wir müssen Ihnen für diese Saison leider absagen."])
def test_the_post_taken_or_the_candidate_turned_down_stays_a_decision(text):
    from onward.classifier.features import normalise, phrase_terms
    assert "=against" in phrase_terms(normalise(text))


# A "no" for one thing, then an offer or an interview for the reader: the mail ends on a next step,
# and the model may never call it a rejection, whatever its other words weigh.
MIXED = {
    "en other finalist, then you": mail(
        "Kate Lowe <kate@harbourline.example>", "Your application",
        "Hi Sam,\n\nWe had two finalists and we have decided to offer the position to one of them: you! "
        "Congratulations. The offer letter is attached.\n\nKate"),
    "en candidate declined, offer to you": mail(
        "Tom Reed <tom.reed@bluefin-media.example>", "Update on the Producer role",
        "Hi Sam,\n\nThe candidate we originally offered the Producer position to has declined, and we would "
        "now like to offer the position to you. We're sorry for the wait.\n\nTom"),
    "de Praktikum vergeben, Festanstellung": mail(
        "Personal <personal@planwerk.example>", "Ihre Bewerbung",
        "Hallo Herr Rivera, alle Praktikumsplätze sind bereits vergeben, aber wir möchten Ihnen eine "
        "Festanstellung als Junior-Planer anbieten. Vertrag folgt."),
    "de Gespräch findet statt": mail(
        "Lisa Hahn <l.hahn@hahn-logistik.example>", "Ihr Gespräch am Donnerstag",
        "Hallo Herr Rivera,\n\nleider ist Frau Berg erkrankt, wir haben uns für jemand anderen aus dem Team "
        "als Gesprächspartner entschieden. Das Vorstellungsgespräch am Donnerstag um 10 Uhr findet wie "
        "geplant statt.\n\nViele Grüße\nLisa Hahn"),
    "fr stage pourvu, CDI proposé": mail(
        "Manon Petit <manon@atelier-lumen.example>", "Votre candidature",
        "Bonjour Sam, le stage vient d'être pourvu, mais nous avons le plaisir de vous proposer le poste de "
        "développeur junior en CDI. Malheureusement le télétravail n'est pas possible."),
    "es prácticas no, contrato sí": mail(
        "Sara Gil <sara@estudio-norte.example>", "Tu candidatura",
        "Hola Sam, tu perfil no se ajusta a las prácticas porque tienes demasiada experiencia, así que nos "
        "complace ofrecerte un contrato como diseñador."),
}


@pytest.mark.parametrize("name", sorted(MIXED))
def test_a_no_followed_by_an_offer_or_an_interview_is_no_rejection(model, name):
    assert model.classify(MIXED[name], THRESHOLD).probability < THRESHOLD - MARGIN


def test_a_call_offered_for_feedback_leaves_a_rejection_a_rejection(model):
    raw = mail("Sven Olsen <sven@tidewater-labs.example>", "Interview outcome",
               "Hi Sam,\n\nThanks for interviewing with us on Tuesday. We've decided to offer the position to "
               "another candidate. If you'd like feedback, I'm happy to schedule a short call next week.\n\nSven")
    assert model.classify(raw, THRESHOLD).probability >= THRESHOLD
