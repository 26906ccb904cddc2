"""What a forward's subject ("Fwd:", "WG:", "TR:", "RV:") must not make a rejection of, and what it must
still catch (issue 10).

Under a forward's subject the forwarded mail is read, because an agency, a colleague or the applicant
passing the employer's answer on puts the decision there. That reading must stop at what is not the
reader's: a quote inside a mail forwarded line by line (">>"), and a forwarded mail that went to
neither the forwarder nor the reader (an internal notice "An: Alle" that a post is filled). It must
still read a forward that mail clients set in the same block as a reply ("-----Original Message-----").
Each mail is written for this test, in English, German, French and Spanish.
"""

from __future__ import annotations

import pytest

from onward.classifier.model import Model
from onward.classifier.text import message_text
from tests.support.classifier import THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


# A mail the candidate forwards line by line: an invitation that quotes, one level deeper, an old no.
LINE_QUOTED_INVITATION = mail(
    "Sam Rivera <sam.rivera@example.org>", "TR: Entretien - poste d'assistant logistique",
    "Pour mon suivi.\n\n> De : Service RH Aubrac <rh@aubrac-transports.example>\n> Envoyé : mardi\n>\n"
    "> Bonjour Sam, votre profil nous intéresse pour le poste d'assistant logistique : pouvez-vous venir "
    "mardi prochain à 14h pour un entretien ?\n>\n>> Nous avons le regret de ne pas donner suite à votre "
    "candidature au poste de magasinier.\n>> Service RH Aubrac\n")

# Internal notices a colleague forwards "for information": the post filled is not the reader's.
INTERNAL_NOTICES = {
    "de": mail(
        "Lena Hoff <lena.hoff@kornblum-logistik.example>", "WG: Mitarbeiterinfo KW 49",
        "Nur zur Info.\n\n-----Ursprüngliche Nachricht-----\nVon: Personalbüro <personal@kornblum-logistik.example>\n"
        "Gesendet: Montag, 30. November 2026 08:30\nAn: Alle Mitarbeitenden\nBetreff: Mitarbeiterinfo KW 49\n\n"
        "Liebe Kolleginnen und Kollegen,\n\ndie Stelle der Abteilungsleitung Einkauf ist besetzt: Herr Demir "
        "übernimmt ab Januar. Vielen Dank an alle, die sich intern beworben haben.\n\nEuer Personalbüro"),
    "fr": mail(
        "Hugo Lemaire <hugo.lemaire@atelier-garonne.example>", "TR: Info RH de la semaine",
        "Pour info.\n\nDe : Ressources humaines <rh@atelier-garonne.example>\nEnvoyé : lundi 30 novembre 2026 08:30\n"
        "À : Tout le personnel\nObjet : Info RH de la semaine\n\nBonjour à toutes et à tous,\n\nLe poste de chef "
        "d'atelier est pourvu : Mme Roussel prend ses fonctions le 4 janvier. Merci aux collègues qui ont "
        "postulé en interne.\n\nLes ressources humaines"),
    "en": mail(
        "Owen Price <owen.price@brightwater-mills.example>", "Fwd: People update - December",
        "FYI\n\nFrom: People Team <people@brightwater-mills.example>\nSent: Monday, 30 November 2026 08:30\n"
        "To: All Staff <allstaff@brightwater-mills.example>\nSubject: People update - December\n\nHi all,\n\n"
        "The Warehouse Manager vacancy has now been filled: Priya Shah joins us in January. Thank you to "
        "everyone who applied internally.\n\nPeople Team"),
}
SPANISH_NOTICE = mail(
    "Marta Gil <marta.gil@conservas-nalon.example>", "RV: Novedades de personal",
    "Te lo paso.\n\nDe: Personal <personal@conservas-nalon.example>\nEnviado el: lunes, 30 de noviembre de 2026 8:30\n"
    "Para: Toda la plantilla\nAsunto: Novedades de personal\n\nHola a todos:\n\nEl puesto de jefe de almacén ya "
    "está cubierto: se incorpora Diego Ruiz en enero. Gracias a quienes presentaron su candidatura.\n\nPersonal")

# The applicant forwards a thread whose latest mail is her own thanks; the employer's no is one block down.
OWN_THANKS_OVER_THE_NO = mail(
    "Sam Rivera <sam.rivera@example.org>", "Fwd: RE: Your application - Stock Controller",
    "For the jobcentre log.\n\n-----Original Message-----\nFrom: Sam Rivera <sam.rivera@example.org>\n"
    "Sent: Tuesday, 1 December 2026 09:00\nTo: Karen Shaw <karen.shaw@dunmore-supplies.example>\nSubject: RE: "
    "Your application - Stock Controller\n\nThank you for letting me know, Karen. I appreciate the time you took."
    "\n\nSam\n\n-----Original Message-----\nFrom: Karen Shaw <karen.shaw@dunmore-supplies.example>\nSent: Monday, "
    "30 November 2026 16:00\nTo: Sam Rivera <sam.rivera@example.org>\nSubject: Your application - Stock "
    "Controller\n\nDear Sam,\n\nThank you for interviewing with us. I'm sorry to tell you that we have offered "
    "the stock controller role to another candidate.\n\nKaren Shaw\nDunmore Supplies")

# A friend forwards her own rejection (Outlook's block, sent to her): not the reader's. No guard in the
# text holds for it yet (see the test), so it is marked as a known failure.
FRIENDS_OWN_REJECTION = mail(
    "Robin Ames <robin.ames@example.net>", "Fwd: Your application - Sous Chef",
    "Ugh, another one. Pub on Friday?\n\n-----Original Message-----\nFrom: Kitchen Jobs <jobs@larder-house.example>\n"
    "Sent: Monday, 30 November 2026 10:00\nTo: Robin Ames <robin.ames@example.net>\nSubject: Your application - "
    "Sous Chef\n\nDear Robin,\n\nThank you for applying for the sous chef position. We regret that we will not "
    "be taking your application further.\n\nLarder House")

# Forwarded rejections that must still be read: the decision was sent to the forwarder (an agency, the
# applicant's own other address), to the reader, or to someone with the reader in copy.
FORWARDED_REJECTIONS = {
    "en, an agency forwards the client's no": mail(
        "Nina Park <nina.park@talentbridge.example>", "Fw: RE: Data Analyst - Sam Rivera",
        "Hi Sam, I'm sorry, the client's answer is below.\nNina\n\nFrom: Mark Holt <mark.holt@client-corp.example>\n"
        "Sent: Monday, 30 November 2026 16:40\nTo: Nina Park <nina.park@talentbridge.example>\nSubject: RE: Data "
        "Analyst - Sam Rivera\n\nHi Nina, thanks for putting Sam forward. We have decided not to proceed with "
        "Sam's application; we went with a candidate with more SQL experience.\nMark"),
    "fr, the applicant forwards her own answer to herself": mail(
        "Sam Rivera <sam.rivera@example.org>", "TR: Votre candidature - Assistant comptable",
        "Pour mes archives.\n\nDe : Recrutement Valdor <recrutement@valdor.example>\nEnvoyé : lundi 30 novembre "
        "2026 09:00\nÀ : Sam Rivera <sam.rivera@example.org>\nObjet : Votre candidature - Assistant comptable\n\n"
        "Bonjour Sam,\nNous vous remercions pour votre candidature. Nous sommes au regret de vous informer que "
        "nous ne pouvons pas y donner une suite favorable.\nRecrutement Valdor"),
    "de, a colleague forwards HR's no that had the reader in copy": mail(
        "Jens Adler <jens.adler@holmberg-werke.example>", "WG: Ihre interne Bewerbung Schichtleitung",
        "Hallo Sam, das ging an meine Adresse statt an deine, sorry.\n\n-----Ursprüngliche Nachricht-----\n"
        "Von: Personal Holmberg <personal@holmberg-werke.example>\nGesendet: Montag, 30. November 2026 11:00\n"
        "An: Jens Adler <jens.adler@holmberg-werke.example>\nCc: Sam Rivera <sam.rivera@example.org>\n"
        "Betreff: Ihre interne Bewerbung Schichtleitung\n\nHallo Sam,\n\nleider müssen wir Ihnen mitteilen, dass "
        "wir uns für eine andere Bewerberin entschieden haben.\n\nIhr Personalteam"),
}


def test_a_quote_inside_a_line_quoted_forward_stays_cut() -> None:
    text = message_text(LINE_QUOTED_INVITATION)
    assert "pouvez-vous venir mardi" in text  # the forwarded mail itself, one ">" level off
    assert "magasinier" not in text  # its own ">>" quote: an old answer, not this mail


def test_a_line_quoted_invitation_over_an_old_no_is_no_rejection(model: Model) -> None:
    assert model.classify(LINE_QUOTED_INVITATION, THRESHOLD).probability < THRESHOLD


@pytest.mark.parametrize("language", sorted(INTERNAL_NOTICES))
def test_an_internal_notice_that_a_post_is_filled_is_no_rejection(model: Model, language: str) -> None:
    assert model.classify(INTERNAL_NOTICES[language], THRESHOLD).probability < THRESHOLD


@pytest.mark.parametrize("raw", [*INTERNAL_NOTICES.values(), SPANISH_NOTICE], ids=[*INTERNAL_NOTICES, "es"])
def test_a_forwarded_mail_sent_to_the_staff_is_not_read(raw: bytes) -> None:
    # Neither the forwarder nor the reader is among its recipients: only the note above it is read.
    text = message_text(raw)
    assert not any(word in text for word in ("besetzt", "pourvu", "filled", "cubierto")), text


@pytest.mark.parametrize("name", sorted(FORWARDED_REJECTIONS))
def test_a_forwarded_rejection_for_the_forwarder_or_the_reader_is_still_caught(model: Model, name: str) -> None:
    assert model.classify(FORWARDED_REJECTIONS[name], THRESHOLD).probability >= THRESHOLD, name


def test_the_no_below_the_forwarders_own_reply_is_read() -> None:
    text = message_text(OWN_THANKS_OVER_THE_NO)
    assert "offered the stock controller role to another candidate" in text


def test_every_reader_knows_the_same_forward_prefixes() -> None:
    # One table (classifier/screen/forwards.toml) for the model's text, the first stage and the drafts:
    # Portuguese "ENC:" was known to the drafts only.
    from onward.classifier.prefilter import _REPLY
    assert "a tarde de sexta" in message_text(mail(
        "Ana Reis <ana.reis@example.net>", "ENC: Convite",
        "Vê abaixo.\n\n-----Original Message-----\nFrom: Rui <rui@example.net>\nSent: segunda\n\na tarde de sexta"))
    assert _REPLY.match("ENC: RE: Candidatura")


@pytest.mark.xfail(strict=True, reason="a friend's own rejection forwarded to the reader: no guard in the text yet")
def test_a_friends_own_forwarded_rejection_is_no_rejection(model: Model) -> None:
    assert model.classify(FRIENDS_OWN_REJECTION, THRESHOLD).probability < THRESHOLD


# A note that greets a group ("Hi all") or no note at all: the greeting must add a person's name only,
# so a notice to the staff or to HR's own mailbox stays cut (it greeted the same group as its own To).
GROUP_GREETED_NOTICES = {
    "en, the note greets all": mail(
        "Owen Price <owen.price@brightwater-mills.example>", "FW: People news",
        "Hi all,\n\nSee below, for info.\n\nFrom: People Team <people@brightwater-mills.example>\nSent: Tuesday, "
        "1 December 2026 09:15\nTo: All Staff <allstaff@brightwater-mills.example>\nSubject: People news\n\nHi all,"
        "\n\nThe Dispatch Supervisor post is now filled. Sadly we were unable to offer it to the other internal "
        "candidates.\n\nPeople Team"),
    "fr, the note greets tous": mail(
        "Hugo Lemaire <hugo.lemaire@atelier-garonne.example>", "TR: Note RH",
        "Bonjour à tous,\n\npour information.\n\nDe : Ressources humaines <rh@atelier-garonne.example>\nEnvoyé : "
        "mardi 1 décembre 2026 09:15\nÀ : Tous les salariés\nObjet : Note RH\n\nLe poste de responsable "
        "logistique est pourvu. Nous regrettons de ne pas retenir les autres candidatures internes."),
    "es, the note greets todos": mail(
        "Marta Gil <marta.gil@conservas-nalon.example>", "RV: Aviso de personal",
        "Hola a todos:\n\nos lo reenvío.\n\nDe: Personal <personal@conservas-nalon.example>\nEnviado el: martes, 1 "
        "de diciembre de 2026 9:15\nPara: Todos los empleados\nAsunto: Aviso de personal\n\nLa plaza de jefa de "
        "turno ya está cubierta. Sentimos no poder continuar con las otras candidaturas internas."),
    "de, the note greets alle": mail(
        "Lena Hoff <lena.hoff@kornblum-logistik.example>", "WG: Info aus dem Personalbüro",
        "Hallo an alle,\n\nzur Kenntnis.\n\nVon: Personalbüro <personal@kornblum-logistik.example>\nGesendet: "
        "Dienstag, 1. Dezember 2026 09:15\nAn: Alle Mitarbeitenden\nBetreff: Info aus dem Personalbüro\n\nDie "
        "Stelle der Lagerleitung ist besetzt. Leider können wir die übrigen internen Bewerbungen nicht "
        "berücksichtigen."),
    "en, no note, sent to HR's own mailbox": mail(
        "Owen Price <owen.price@brightwater-mills.example>", "Fwd: People news",
        "From: People Team <people@brightwater-mills.example>\nSent: Tuesday, 1 December 2026 09:15\nTo: People "
        "Team <people@brightwater-mills.example>\nSubject: People news\n\nThe Dispatch Supervisor post is now "
        "filled. Sadly we were unable to offer it to the other internal candidates."),
}

# An employer's no that went to a shared or role mailbox (an agency's desk, HR's applicant mailbox, the
# ATS's Bcc), forwarded to the reader: its To names no person, so it is read.
ROLE_MAILBOX_REJECTIONS = {
    "es, to an agency's seleccion@": mail(
        "Lucía Prieto <lucia.prieto@talento-sur.example>", "RV: Candidatura mozo de almacén",
        "Hola Sam,\n\nte paso la respuesta del cliente. Lo siento mucho.\n\nLucía\n\nDe: RRHH Nervión "
        "<rrhh@nervion.example>\nEnviado el: martes, 1 de diciembre de 2026 10:12\nPara: Selección Talento Sur "
        "<seleccion@talento-sur.example>\nAsunto: Candidatura mozo de almacén\n\nEstimado Sam:\n\nGracias por tu "
        "interés en el puesto de mozo de almacén. Lamentamos comunicarte que no seguiremos adelante con tu "
        "candidatura.\n\nRRHH Nervión"),
    "de, to HR's jobs@": mail(
        "Petra Lang <petra.lang@brenner.example>", "WG: Ihre Bewerbung als Lagerist",
        "Hallo Herr Rivera,\n\nhier die Antwort, die nur in unserem Postfach gelandet ist.\n\nGruß Petra Lang\n\n"
        "Von: Personalabteilung <personal@brenner.example>\nGesendet: Dienstag, 1. Dezember 2026 10:12\nAn: "
        "Bewerbermanagement <jobs@brenner.example>\nBetreff: Ihre Bewerbung als Lagerist\n\nSehr geehrter Herr "
        "Rivera,\n\nvielen Dank für Ihre Bewerbung als Lagerist. Leider müssen wir Ihnen mitteilen, dass wir Ihre "
        "Bewerbung nicht weiter berücksichtigen können.\n\nPersonalabteilung Brenner"),
    "en, to an agency's desk@": mail(
        "Lucy Vance <lucy.vance@northlane-staffing.example>", "FW: Candidate update - Forklift Driver",
        "Hi Sam,\n\nthe client's reply is below, sorry.\n\nLucy\n\nFrom: Hiring Team <hiring@oakfield.example>\n"
        "Sent: Tuesday, 1 December 2026 10:12\nTo: Recruitment Desk <desk@northlane-staffing.example>\nSubject: "
        "Candidate update - Forklift Driver\n\nHello,\n\nthank you for sending Sam Rivera's profile for the forklift "
        "driver role. We will not be moving forward with this candidate.\n\nHiring Team"),
    "en, the ATS's Bcc (undisclosed-recipients)": mail(
        "Sam Rivera <sam.r.old@example.net>", "Fwd: Your application",
        "-----Original Message-----\nFrom: Oakfield Careers <noreply@oakfield.example>\nSent: Tuesday, 1 December "
        "2026 10:12\nTo: undisclosed-recipients:;\nSubject: Your application\n\nDear Sam,\n\nthank you for your "
        "application for the forklift driver role. We regret to tell you that we will not be moving forward "
        "with it.\n\nOakfield Careers"),
}
_NOTICE_WORDS = ("filled", "pourvu", "cubierta", "besetzt")
_DECISION_WORDS = ("no seguiremos adelante", "nicht weiter berücksichtigen", "not be moving forward")


@pytest.mark.parametrize("name", sorted(GROUP_GREETED_NOTICES))
def test_a_notice_under_a_note_greeting_a_group_or_no_note_is_not_read(name: str) -> None:
    text = message_text(GROUP_GREETED_NOTICES[name])
    assert not any(word in text for word in _NOTICE_WORDS), text


@pytest.mark.parametrize("name", sorted(GROUP_GREETED_NOTICES))
def test_a_notice_under_a_note_greeting_a_group_or_no_note_is_no_rejection(model: Model, name: str) -> None:
    assert model.classify(GROUP_GREETED_NOTICES[name], THRESHOLD).probability < THRESHOLD


def test_a_note_greeting_a_person_still_lets_a_mail_sent_to_them_be_read() -> None:
    # The greeting adds the name ("Herr Zimmermann"); the collective words around it are dropped.
    text = message_text(mail(
        "Ute Brandt <ute.brandt@holmberg-werke.example>", "WG: Ihre Bewerbung",
        "Sehr geehrter Herr Zimmermann,\n\nanbei die Antwort.\n\nVon: Personal <personal@holmberg-werke.example>\n"
        "Gesendet: Dienstag, 1. Dezember 2026 10:00\nAn: Jonas Zimmermann <jz@example.net>\nBetreff: Ihre "
        "Bewerbung\n\nLeider haben wir uns für eine andere Bewerberin entschieden.\n"))
    assert "andere Bewerberin" in text


@pytest.mark.parametrize("name", sorted(ROLE_MAILBOX_REJECTIONS))
def test_a_forwarded_no_sent_to_a_role_mailbox_is_read(name: str) -> None:
    text = message_text(ROLE_MAILBOX_REJECTIONS[name])
    assert any(words in text for words in _DECISION_WORDS), text


@pytest.mark.parametrize("name", ["es, to an agency's seleccion@", "de, to HR's jobs@"])
def test_a_forwarded_no_sent_to_a_role_mailbox_is_caught(model: Model, name: str) -> None:
    assert model.classify(ROLE_MAILBOX_REJECTIONS[name], THRESHOLD).probability >= THRESHOLD


# A colleague, an adviser or the applicant passes the employer's answer on in the same "Original
# Message" or "From: … Sent:" block as a reply (Outlook, and "Mensaje original" in Thunderbird): the
# decision is in the forwarded part, which used to be cut as a quote, so only the note was read.
FORWARDED_UNDER_A_QUOTE_LIKE_BLOCK = {
    "en, a note for the jobcentre over Outlook's block": mail(
        "Sam Rivera <sam.rivera@example.org>", "Fwd: RE: Stores Supervisor – Kellbrook Foods",
        "Another one for the jobcentre folder. Dee reckons the Wakefield job is still open.\n\n"
        "-----Original Message-----\nFrom: Ines Roe <ines.roe@kellbrook.example>\nSent: 01 December 2026 09:12\n"
        "To: Dee Hart <dee@rightstep-recruit.example>\nCc: Sam Rivera <sam.rivera@example.org>\n"
        "Subject: RE: Stores Supervisor – Kellbrook Foods\n\nHi Dee, Sam,\n\nThanks for your patience. We "
        "have decided not to go ahead with Sam for the stores supervisor post, as we need someone who has "
        "already run a chilled warehouse.\n\nInes Roe\nOperations Manager, Kellbrook Foods"),
    "es, a colleague passes on the committee's letter": mail(
        "Nuria Pardo <nuria.pardo@aguasdelvalle.example>", "Fwd: Resultado del proceso – Oficial de Mantenimiento",
        "Hola Sam:\n\nTe reenvío la carta de la Comisión, que por lo visto se quedó en tu carpeta de spam. "
        "¿Seguimos en pie para el café del jueves?\n\nNuria\n\n-------- Mensaje original --------\nAsunto: "
        "Resultado del proceso – Oficial de Mantenimiento\nFecha: 01/12/2026 12:40\nDe: Comisión de Selección "
        "<seleccion@aguasdelvalle.example>\nPara: Sam Rivera <sam.rivera@example.org>\n\nEstimado Sr. Rivera:\n\n"
        "Su puntuación en la prueba práctica (3,9 sobre 10) no alcanza el mínimo de 5 puntos, por lo que "
        "no continúa en el proceso de selección.\n\nLa Comisión de Selección"),
    "de, the applicant keeps it for the Jobcenter, Outlook's German block": mail(
        "Sam Rivera <sam.rivera@example.org>", "WG: AW: Bewerbung Fachkraft für Lagerlogistik",
        "Für die Unterlagen beim Jobcenter. Die Beraterin meint, in Hilden ist noch etwas frei.\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Petra Lang <p.lang@moselfracht.example>\nGesendet: Dienstag, "
        "1. Dezember 2026 10:05\nAn: Sam Rivera <sam.rivera@example.org>\nBetreff: AW: Bewerbung Fachkraft für "
        "Lagerlogistik\n\nHallo Herr Rivera,\n\ndanke für Ihre Nachfrage. Wir haben uns für einen Bewerber "
        "entschieden, der den Staplerschein schon hat, und können Ihnen die Stelle daher leider nicht "
        "anbieten.\n\nFreundliche Grüße\nPetra Lang\nPersonal, Moselfracht GmbH"),
    "fr, the adviser forwards the hotel's answer line by line": mail(
        "Claire Dumas <claire.dumas@mission-emploi.example>", "TR: Candidature femme de chambre",
        "Bonjour Sam,\n\nJe te transfère la réponse de l'hôtel. Ne t'inquiète pas, je te propose cette "
        "semaine pour les deux postes en blanchisserie.\n\nClaire\n\n> De : Gouvernante – Hôtel du Port "
        "<gouvernante@hoteldu-port.example>\n> Envoyé : mardi 1 décembre 2026 10:20\n>\n> Bonjour Claire,\n"
        "> Merci pour le CV de Sam. Nous avons finalement pourvu les deux postes avec des personnes de notre "
        "liste d'extras, nous ne pourrons donc pas retenir sa candidature.\n> Cordialement,\n> Martine Roux"),
}


@pytest.mark.parametrize("name", sorted(FORWARDED_UNDER_A_QUOTE_LIKE_BLOCK))
def test_a_rejection_forwarded_under_a_quote_like_block_is_caught(model, name):
    p = model.classify(FORWARDED_UNDER_A_QUOTE_LIKE_BLOCK[name], THRESHOLD).probability
    assert p >= THRESHOLD, f"{name}: p={p:.3f}"
