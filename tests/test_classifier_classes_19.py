"""False alarms and missed rejections by class (issue #10, round 15 read as development data).

False alarms: the candidate's own decision told back to them in French and Spanish ("vous avez décidé
de ne pas donner suite à notre offre", "tu ne prends pas la mission", "nos indica que no podrá
continuar", "lamentamos que hayas declinado", "respetamos su decisión"), a selection still under way
("continúa en curso", "sigue siendo considerada"), a flat let to another tenant. Misses: an agency's
client that "ne retiendrait pas" the candidate or "passed on" their submission, a forwarded note that
"prefers to go on with" someone named, "we have made a hire", "nicht zu einem Vorstellungsgespräch
einladen", a doctoral post "an eine Bewerberin vergeben" after its pay grade, a public competition's
"EXCLUIDA". Beside each class, mail of the same kind of sender on the other side of the line. Each
mail is written for this test (none is a corpus line).
"""

from __future__ import annotations

import pytest

from onward.classifier.features import normalise, phrase_terms
from tests.support.classifier import MARGIN, THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


REJECTIONS = {
    "fr agency, the client will not retain the candidate, another mission offered": mail(
        "Joëlle Servais <j.servais@ardenne-interim.example>", "Votre candidature via Ardenne Intérim – Éducatrice (Arlon)",
        "Bonjour Madame Collignon,\n\nJe reviens vers vous pour le poste d'éducatrice au foyer Les Genêts, auquel je "
        "vous avais présentée la semaine dernière.\n\nMalheureusement, le foyer m'a indiqué qu'il ne retiendrait pas "
        "votre candidature : ils ont besoin de quelqu'un qui puisse faire les week-ends de garde.\n\nJ'ai aussi un "
        "remplacement en crèche à Virton qui pourrait vous intéresser. Je vous téléphone vendredi ?\n\nJoëlle "
        "Servais\nArdenne Intérim"),
    "fr forwarded, the manager prefers to go on with someone named": mail(
        "Nadine Perroud <nadine.perroud@mutuelle-jura.example>", "TR: Candidature M. Chappuis – Conseiller clientèle",
        "Bonjour Monsieur Chappuis,\n\nJe vous transmets ci-dessous le retour de M. Wyss après votre entretien de "
        "vendredi, avec mes regrets.\n\nNadine Perroud\nRessources humaines\n\n---------- Message transféré "
        "----------\nDe : Daniel Wyss\nObjet : Candidature M. Chappuis\n\nNadine,\n\nBon contact, mais trop peu "
        "d'expérience de la prévoyance. Je préfère poursuivre avec Mme Gfeller.\n\nMerci de lui répondre.\n\nDaniel"),
    "en, a hire made for the post, the resume kept": mail(
        "Tamsin Ng <tng@harrowgatehardware.example>", "Regional Operations Lead – West Midlands",
        "Hi Sam,\n\nThank you for meeting with me, and with Owen Bright, our Operations Director, over the last few "
        "weeks about the Regional Operations Lead opening.\n\nI wanted to let you know that we have made a hire for "
        "this role. It was a close call, and Owen asked that we keep you in mind: we expect to open two more regional "
        "roles in the North in the spring, and I'd like to come to you first when they are signed off. With your "
        "permission, I'll keep your resume and interview notes on file until then.\n\nThank you again for your time "
        "and openness throughout.\n\nBest regards,\nTamsin Ng\nHead of Field Recruitment\nHarrowgate Hardware\n"
        "0121 555 0190"),
    "en agency, the client passed on the submission, more roles promised": mail(
        "Gus Ferreira <gus@brightwaterlegalstaff.example>", "Re: Conveyancing Assistant submission – Holloway Pierce",
        "Hi Sam,\n\nQuick update: Holloway Pierce LLP has passed on your submission for the Conveyancing Assistant "
        "role. Their feedback was that they're prioritising people who have run residential completions on their own "
        "at a high-volume firm. Not a reflection on your skills - it's a very specific ask.\n\nI'll keep sending you "
        "roles as they come in. There's a probate assistant opening at a small practice in Leeds I think would suit "
        "you better; details to follow.\n\nBest,\nGus\n\nGus Ferreira | Senior Legal Recruiter\nBrightwater Legal "
        "Staffing Ltd\n0113 555 0147"),
    "de, not invited to an interview, three words between": mail(
        "Personalabteilung Nordhafen Spedition <bewerbung@nordhafen-spedition.example>",
        "Ihre Bewerbung als Sachbearbeiter Zoll (m/w/d)",
        "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin Zoll. Nach sorgfältiger "
        "Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch "
        "einladen können.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
    "de, a doctoral post given to another applicant after its pay grade": mail(
        "Prof. Dr. Jana Brückner <brueckner@hs-elbaue.example>", "Promotionsstelle Medienpädagogik",
        "Liebe Frau Rivera,\n\nganz herzlichen Dank, dass Sie den Termin so kurzfristig verlegen konnten, und für das "
        "anregende Gespräch am Dienstag. Ihre Skizze zu Lernvideos in der Grundschule hat mir sehr gefallen.\n\nDie "
        "Wahl ist uns nicht leichtgefallen. Wir haben die Promotionsstelle (E 13, 65 %) jedoch an einen Bewerber "
        "vergeben, dessen Vorhaben unmittelbar in das laufende BMBF-Projekt passt – das hat am Ende den Ausschlag "
        "gegeben, weil die Stelle aus Projektmitteln bezahlt wird.\n\nIch möchte Sie ermutigen, Ihr Thema "
        "weiterzuverfolgen, etwa mit einem Stipendium. Für ein Gutachten stehe ich gern zur Verfügung.\n\nHerzliche "
        "Grüße\nJana Brückner\n\n--\nProf. Dr. Jana Brückner\nProfessur für Medienpädagogik\nHochschule Elbaue"),
    "es, a public competition's application excluded": mail(
        "Servicio de Selección – Universidad de Río Claro <seleccion@urioclaro.example>",
        "Convocatoria LAB-2026-07 – Resolución de admitidos y excluidos",
        "Estimado/a Sr./Sra. Rivera:\n\nLe comunicamos que, según la resolución de la comisión de selección, su "
        "solicitud para la convocatoria LAB-2026-07 (Técnico/a de Laboratorio de Óptica) ha quedado EXCLUIDA por no "
        "acreditar la experiencia exigida en la base 2.\n\nPodrá presentar reclamación en el plazo de 5 días "
        "hábiles.\n\nServicio de Selección"),
}

STAY_NEGATIVE = {
    "fr, the candidate declined the offer": mail(
        "Agathe Morin <a.morin@hotels-alpins.example>", "Re: Offre – Responsable de salle",
        "Chère Madame Rivera,\n\nNous regrettons sincèrement que vous ayez décidé de ne pas donner suite à notre "
        "offre pour le poste de responsable de salle à Megève. Je comprends que la saison d'hiver loin de votre "
        "famille ait pesé dans votre choix.\n\nSi votre situation change, n'hésitez pas à revenir vers moi.\n\n"
        "Bien cordialement,\nAgathe Morin"),
    "fr agency, the candidate does not take the mission": mail(
        "Yohan Leclercq <y.leclercq@flandre-interim.example>", "mission Lomme",
        "Salut Sam,\n\nBien noté que tu ne prends pas la mission d'emballage de nuit à Lomme, avec le bus du matin "
        "ça ne marche pas. Pas de souci, j'ai prévenu le client.\n\nJe te rappelle si j'ai du jour.\n\nYohan"),
    "es, the candidate told the bank she cannot go on": mail(
        "Talento – Banco del Pacífico Sur <talento@bancopacificosur.example>", "Confirmación – retiro de su proceso",
        "Estimada Sra. Rivera:\n\nHemos recibido su correo en el que nos indica que no podrá continuar con el proceso "
        "para Ejecutiva de Cuentas, porque se muda a Valparaíso.\n\nLamentamos no poder contar con usted y "
        "respetamos plenamente su decisión. Hemos cerrado su expediente.\n\nAtentamente,\nGerencia de Talento"),
    "es, the selection still under way": mail(
        "Recursos Humanos – Molinos del Valle <rrhh@molinosdelvalle.example>", "Sobre su postulación – Jefe/a de Turno",
        "Estimado Sr. Rivera:\n\nLe informamos que el proceso para el cargo de Jefe/a de Turno continúa en curso; "
        "por la zafra, la entrevista con la gerencia se ha movido a la segunda semana de enero.\n\nSu postulación "
        "sigue siendo considerada y no necesita hacer nada por ahora.\n\nAtentamente,\nRecursos Humanos"),
    "fr, no job: a flat given to another tenant": mail(
        "Agence du Vieux Port <location@agence-vieuxport.example>", "Votre dossier – Studio quai Rambaud",
        "Bonjour Monsieur Rivera,\n\nMerci pour votre dossier pour le studio du quai Rambaud. Après examen par le "
        "propriétaire, votre dossier n'a pas été retenu : le logement a été attribué à un autre candidat locataire "
        "avec une caution bancaire.\n\nNos autres annonces sont en ligne.\n\nCordialement,\nL'agence"),
    "fr agency, the client has not chosen yet": mail(
        "Joëlle Servais <j.servais@ardenne-interim.example>", "Votre candidature via Ardenne Intérim – Éducatrice (Bastogne)",
        "Bonjour Madame Collignon,\n\nJe reviens vers vous pour le poste d'éducatrice à Bastogne. Le foyer n'a pas "
        "encore fait son choix, la directrice rentre de congé lundi.\n\nJe vous tiens au courant.\n\nJoëlle Servais"),
    "fr forwarded, the manager goes on with the candidate to a second round": mail(
        "Nadine Perroud <nadine.perroud@mutuelle-jura.example>", "TR: Candidature Mme Rivera – Conseillère clientèle",
        "Bonjour Madame Rivera,\n\nJe vous transmets le retour de M. Wyss : il souhaite vous revoir pour un second "
        "entretien.\n\n---------- Message transféré ----------\nDe : Daniel Wyss\n\nNadine, très bon entretien. Je "
        "préfère poursuivre avec elle au second tour ; peux-tu fixer un rendez-vous mardi ?\n\nDaniel"),
    "en agency, the submission passed on to the hiring partner": mail(
        "Gus Ferreira <gus@brightwaterlegalstaff.example>", "Re: Legal Secretary submission",
        "Hi Sam,\n\nI've passed on your application to the hiring partner at Holloway Pierce; they'll look at it "
        "this week and I'll let you know as soon as I hear.\n\nGus"),
    "de, an interview invitation": mail(
        "Personalabteilung Nordhafen Spedition <bewerbung@nordhafen-spedition.example>",
        "Ihre Bewerbung als Disponentin (m/w/d)",
        "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem "
        "Vorstellungsgespräch am 20. Januar um 9 Uhr einladen. Bitte bestätigen Sie den Termin kurz.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung"),
    "es, a public competition's application admitted": mail(
        "Servicio de Selección – Universidad de Río Claro <seleccion@urioclaro.example>",
        "Convocatoria LAB-2026-09 – Resolución de admitidos",
        "Estimado/a Sr./Sra. Rivera:\n\nLe comunicamos que su solicitud para la convocatoria LAB-2026-09 ha quedado "
        "ADMITIDA. La prueba práctica será el 14 de enero a las 10:00 en el edificio B; traiga su documento de "
        "identidad.\n\nServicio de Selección"),
}


@pytest.mark.parametrize("name", sorted(REJECTIONS))
def test_a_rejection_of_each_class_is_caught(model, name):
    assert model.classify(REJECTIONS[name], THRESHOLD).probability >= THRESHOLD


@pytest.mark.parametrize("name", sorted(STAY_NEGATIVE))
def test_the_mail_beside_each_class_stays_well_under(model, name):
    assert model.classify(STAY_NEGATIVE[name], THRESHOLD).probability < THRESHOLD - MARGIN


@pytest.mark.parametrize("text", [
    "Nous regrettons que vous ayez décidé de ne pas donner suite à notre offre.",
    "Vous avez décidé de retirer votre candidature, nous en prenons acte.",
    "Bien noté que tu ne prends pas la mission de Lens.",
    "Hemos recibido su mensaje en el que nos indica que no podrá continuar con el proceso.",
    "Lamentamos que hayas declinado, pero lo entendemos.",
    "Respetamos plenamente su decisión.",
    "Hemos registrado que has rechazado la invitación a entrevista y que no deseas continuar.",
    "We fully respect your decision and wish you well in the new job."])
def test_the_candidates_own_decision_told_back_is_own(text):
    assert phrase_terms(normalise(text))[:1] == ["=own"]


@pytest.mark.parametrize("text", [
    "Nous avons décidé de ne pas donner suite à votre candidature.",
    "Lamentamos informarte que hemos decidido continuar con otra candidata.",
    "Le client ne te prend pas pour la mission de Lens.",
    "Su puntuación no alcanza el mínimo, por lo que no continúa en el proceso."])
def test_the_employers_decision_beside_them_is_not_own(text):
    assert "=own" not in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "Le client ne retiendrait pas votre candidature.",
    "Je préfère poursuivre avec Mme Gfeller.",
    "We have made a hire for this role.",
    "The firm has passed on your submission for the role.",
    "dass wir Sie nicht zu einem Vorstellungsgespräch einladen werden.",
    "Wir haben die Promotionsstelle (E 13, 65 %) an eine Bewerberin vergeben."])
def test_a_decision_in_these_words_is_against(text):
    assert "=against" in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "I've passed on your application to the hiring manager.",
    "Je préfère poursuivre avec elle au second tour.",
    "Wir möchten Sie zu einem Vorstellungsgespräch einladen.",
    "Die Promotionsstelle (E 13, 65 %) soll im März an eine Bewerberin vergeben werden."])
def test_the_same_words_of_no_decision_are_not_against(text):
    assert "=against" not in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "El proceso para el cargo continúa en curso.",
    "Su postulación sigue siendo considerada.",
    "Votre candidature reste à l'étude."])
def test_a_selection_still_under_way_reads_as_received(text):
    assert phrase_terms(normalise(text))[:1] == ["=received"]
