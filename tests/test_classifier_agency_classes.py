"""A client's no passed on by a staffing agency or a search firm, an internship's single place filled,
a committee that gave the post to someone else — and the agency mail beside them that must stay no
rejection.

An agency's mail names the client's decision in its own words ("they went with a nurse who could
start sooner", "le client a comblé le besoin à l'interne", "no han seleccionado tu perfil") and
then keeps the reader on its books: other missions, a call to talk about them. That call is the
agency's, not a next step in the process decided, so the decision stands; a meeting or an interview
for another post still is a next step (tests/test_classifier_judgement.py). An invitation to take
part in future calls for applications is no next step either. Beside them, the same senders'
outreach, "the client would like to interview you" and "I've sent your CV to the client" stay well
under the threshold. Each mail is written for this test (none is a corpus line).
"""

from __future__ import annotations

import pytest

from onward.classifier.features import normalise, phrase_terms
from tests.support.classifier import MARGIN, THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


REJECTIONS = {
    "en agency, the client went with someone who could start sooner": mail(
        "Gemma Price <gemma@northlight-nursing.example>", "Ward B cover – Kingsmead",
        "Hi Sam,\n\nKingsmead rang back about the six-week cover on Ward B. They went with a nurse who "
        "could start on Monday, so they've closed the req and won't be offering.\n\nI've got your details "
        "flagged for surgical wards and will pass on anything new.\n\nGemma\nNorthlight Nursing Agency"),
    "en agency, not taking the reader on, more bookings offered": mail(
        "Rob Turner <rob@keystone-industrial.example>", "Packing line – Ashby",
        "Hi Sam, the client in Ashby say they're not taking you on for the packing line after all, they've "
        "cut the seasonal intake. I've got a couple of other bookings near Coalville next week, let me "
        "know which days you're free.\n\nRob\nKeystone Industrial Staffing"),
    "de agency, der Mandant nimmt eine interne Kollegin": mail(
        "Petra Lind <p.lind@fachwerk-personal.example>", "Rückmeldung Stadtbibliothek",
        "Hallo Sam,\n\ndie Stadtbibliothek hat sich gemeldet: Die Leitung hat sich für eine interne Kollegin "
        "entschieden, die die Stelle schon vertretungsweise macht.\n\nIch habe noch zwei weitere Stellen "
        "im Archivbereich, passt Ihnen ein Telefonat am Freitag?\n\nViele Grüße\nPetra Lind\n"
        "Fachwerk Personalberatung"),
    "de agency, der Kunde lädt nicht zum Gespräch ein": mail(
        "Team Technik <technik@brueckenbau-personal.example>", "Ihre Kandidatur – Bauleiter Tiefbau",
        "Guten Tag Sam,\n\nunser Kunde hat entschieden, Sie nicht zu einem Vorstellungsgespräch einzuladen; "
        "gesucht wird Erfahrung im Brückenbau.\n\nWir berücksichtigen Sie gern bei weiteren passenden "
        "Positionen.\n\nFreundliche Grüße\nBrückenbau Personal GmbH"),
    "fr agency, le client a retenu un autre candidat, un appel proposé": mail(
        "Inès Roux <ines.roux@cap-recrutement.example>", "Retour de notre client – Acheteur",
        "Bonjour Sam,\n\nJe reviens vers vous après votre entretien chez notre client. Le directeur des achats "
        "a décidé de retenir un candidat déjà formé à leur ERP.\n\nJ'ai deux autres postes d'acheteur à Nantes "
        "dont j'aimerais vous parler. Êtes-vous disponible mardi pour un point téléphonique ?\n\nInès Roux\n"
        "Cap Recrutement"),
    "fr agency (Québec), le besoin comblé à l'interne": mail(
        "Julie Tremblay <jtremblay@placement-boreal.example>", "Remplacement commis comptable",
        "Bonjour Sam,\n\nLe client a comblé le besoin à l'interne avec une employée de la paie, donc ils ne "
        "vont pas de l'avant avec ta candidature.\n\nDésolée! Je te reviens dès que j'ai un autre mandat.\n\n"
        "Julie\nPlacement Boréal"),
    "es agency, la empresa no seleccionó el perfil": mail(
        "Sonia Vidal <svidal@puente-ett.example>", "Puesto de mozo/a – Logística Tajo",
        "Hola Sam:\n\nLogística Tajo ya ha cerrado las incorporaciones de este mes y no han seleccionado tu "
        "perfil, porque pedían experiencia con radiofrecuencia.\n\nSi te parece, te aviso de la próxima "
        "campaña.\n\nSonia\nPuente ETT"),
    "es agency, se han quedado con otros candidatos": mail(
        "Óscar Lema <olema@atlantico-personal.example>", "Carretillero/a – Arteixo",
        "Hola Sam, la empresa de Arteixo se ha quedado con candidatos que ya habían trabajado en su nave, "
        "así que esta vez no entras. Te tengo en cuenta para las próximas campañas.\n\nÓscar\n"
        "Atlántico Personal"),
    "es a call for applications given to another, future calls invited": mail(
        "Recursos Humanos <rrhh@instituto-sierra.example>", "Convocatoria docente – Química",
        "Estimada Sam:\n\nLe informamos que la plaza de docente de Química ha sido adjudicada a otro "
        "participante tras la evaluación de méritos. Le invitamos a participar en futuras convocatorias.\n\n"
        "Cordialmente,\nRecursos Humanos\nInstituto Sierra"),
    "fr internship, the single place filled": mail(
        "Stages <stages@ferme-des-saules.example>", "Ta demande de stage",
        "Bonjour Sam,\n\nMerci pour ta demande de stage en agronomie. Nous n'accueillons qu'un stagiaire cet "
        "été et la place a été comblée par un étudiant de Rennes.\n\nBonne continuation!\nLa Ferme des Saules"),
}

STAY_NEGATIVE = {
    "en agency outreach, kept in mind for other roles": mail(
        "Gemma Price <gemma@northlight-nursing.example>", "Surgical ward shifts",
        "Hi Sam,\n\nI recruit for Northlight Nursing and saw your profile on the job board. We have regular "
        "surgical ward shifts at two hospitals in Leicester.\n\nI'll keep you in mind for other roles too. "
        "When would suit you for a quick call?\n\nGemma"),
    "en the client would like to interview you": mail(
        "Rob Turner <rob@keystone-industrial.example>", "Packing line – Ashby",
        "Hi Sam, good news: the client in Ashby would like to interview you for the packing line. They've "
        "offered Tuesday at 9 or Wednesday at 1. Which works?\n\nRob\nKeystone Industrial Staffing"),
    "de the CV sent to the client": mail(
        "Petra Lind <p.lind@fachwerk-personal.example>", "Ihre Unterlagen",
        "Hallo Sam,\n\nich habe Ihre Unterlagen heute an die Stadtbibliothek weitergeleitet. Die Leitung "
        "sichtet bis Ende nächster Woche; eine Entscheidung ist noch nicht gefallen.\n\nViele Grüße\n"
        "Petra Lind"),
    "fr the client would like to meet you": mail(
        "Inès Roux <ines.roux@cap-recrutement.example>", "Entretien chez notre client",
        "Bonjour Sam,\n\nBonne nouvelle : notre client souhaite vous rencontrer pour le poste d'acheteur. "
        "Il vous propose un entretien jeudi à 10 h.\n\nInès Roux\nCap Recrutement"),
    "es the CV sent to the client": mail(
        "Sonia Vidal <svidal@puente-ett.example>", "Tu CV enviado",
        "Hola Sam:\n\nHe enviado tu currículum a Logística Tajo para el puesto de mozo/a. Están revisando "
        "perfiles esta semana y todavía no hay nada decidido. Te escribo en cuanto sepa algo.\n\nSonia"),
}


@pytest.mark.parametrize("name", sorted(REJECTIONS))
def test_a_rejection_of_each_class_is_caught(model, name):
    assert model.classify(REJECTIONS[name], THRESHOLD).probability >= THRESHOLD


@pytest.mark.parametrize("name", sorted(STAY_NEGATIVE))
def test_the_agency_mail_beside_each_class_stays_well_under(model, name):
    assert model.classify(STAY_NEGATIVE[name], THRESHOLD).probability < THRESHOLD - MARGIN


@pytest.mark.parametrize("text", [
    "They went with a nurse who could start on the 4th, so they've closed the req.",
    "The client in Reno is not bringing you on for the night shift.",
    "Die Leitung hat sich für eine interne Kollegin entschieden.",
    "Die Bank hat sich entschieden, Sie nicht zum Vorstellungsgespräch einzuladen.",
    "La clinique ne souhaite pas y donner suite.",
    "Le client a comblé le poste à l'interne, donc ils ne vont pas de l'avant avec ta candidature.",
    "Elle a finalement décidé de retenir un candidat plus expérimenté.",
    "Al final no han seleccionado tu perfil.",
    "Me dijeron que no van a avanzar con tu perfil.",
    "No has sido la candidata propuesta para el contrato.",
    "La plaza ha sido adjudicada a otro participante."])
def test_a_clients_or_committees_no_is_a_decision_against(text):
    assert "=against" in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "I went with a friend who knows the area to the interview.",
    "We are going with a colleague who knows the site to meet you on Monday."])
def test_going_somewhere_with_someone_is_no_decision(text):
    assert "=against" not in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "The client decided not to take your application further. I have two other roles in Leeds; are you "
    "available on Thursday for a call?",
    "Le client ne donne pas suite. J'ai deux missions en cours à Rouen qui pourraient vous correspondre. "
    "Êtes-vous disponible jeudi pour un point téléphonique ?",
    "La plaza ha sido adjudicada a otro participante. Le invitamos a participar en futuras convocatorias."])
def test_an_agencys_other_work_or_future_calls_are_no_next_step(text):
    terms = phrase_terms(normalise(text))
    assert "=against" in terms and "=invite" not in terms and "=invite_after" not in terms
