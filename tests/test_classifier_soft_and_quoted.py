"""Soft English rejections the classifier missed by class, and the mail beside each that must stay
no rejection.

The classes (issue 10): a soft "no" that names no other candidate ("it hasn't been successful",
"we will not be advancing your application"); the decision written above the candidate's own
follow-up, quoted below it ("it's been filled"); an agency passing on the client's no and offering
more work; a talent pool's "no for this role" whose consent sentence ends with a privacy notice (a
footer phrase used to drop the decision's whole paragraph); a studentship or a placement given to
someone else; the same soft decisions in French ("une autre personne a été recrutée", "on a engagé
quelqu'un", "le poste a été confié à une candidate"). Beside each, a job mail from the same sender saying nothing is decided, or the post is
still open, stays well under the threshold; so do refusals that are no job (a flat let to someone
else). Each mail is written for this test (none is a corpus line).
"""

from __future__ import annotations

import pytest

from onward.classifier import message_text
from onward.classifier.features import normalise, phrase_terms
from tests.support.classifier import MARGIN, THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


REJECTIONS = {
    "soft, it hasn't been successful": mail(
        "Careers – Ottery Garden Centres <careers@otterygc.example>", "Ottery Garden Centres – Plant Area Assistant",
        "Hi Sam,\n\nThanks for applying to join us as a Plant Area Assistant. We've been through your "
        "application and we're sorry to say it hasn't been successful on this occasion. We had loads of "
        "great people apply.\n\nDo keep an eye on our other vacancies.\n\nCheers,\nTeam Ottery"),
    "soft, another candidate, a confidentiality notice below": mail(
        "Helen Cho <helen.cho@brackenfreight.example>", "Warehouse Supervisor role",
        "Hi Sam,\n\nThanks for meeting us about the Warehouse Supervisor role at our Felixstowe site. I "
        "wanted to tell you myself that we have decided to continue with another candidate.\n\nIt was a "
        "hard call, and I liked your plan for the returns bay. I hope our paths cross again.\n\nBest,\n"
        "Helen Cho\nSite Director\n\nCONFIDENTIALITY: This email and any attachments are intended solely for "
        "the addressee and may contain confidential information. If you received it in error, please "
        "delete it."),
    "a reply to the candidate's follow-up, the decision above the quote": mail(
        "Nora Quist <nora@quistdesign.example>", "Re: any news on the studio assistant job?",
        "Hi Sam,\n\nSorry to keep you waiting - we finished interviewing for the studio assistant a week "
        "ago and it's been filled. I should have told everyone sooner.\n\nThanks for your interest and "
        "good luck,\nNora\n\nOn Wed, 2 Dec 2026, Sam Rivera wrote:\n> Hi Nora, any news on the studio "
        "assistant job? No pressure, just planning ahead. Sam"),
    "a short reply, the job gone": mail(
        "Vic Lomas <vic@lomasroofing.example>", "Re: labourer job",
        "Hi Sam, sorry, the labourer job's gone now. Ta for asking.\nVic\n\nOn 1 Dec 2026, Sam Rivera "
        "wrote:\n> Hi Vic, is the labourer job still going? Sam"),
    "an agency, the client appointed someone internally": mail(
        "Jo Pryce <jo@summitcateringstaff.example>", "Head Chef – The Old Mill",
        "Hi Sam,\n\nApologies for the delay. The Old Mill have come back about the Head Chef role and "
        "they've decided to appoint someone internally. They loved your tasting menu, so please don't "
        "take it personally.\n\nI've a couple of sous chef roles in Cheltenham if you'd consider one? Let "
        "me know.\n\nJo Pryce\nSummit Catering Staff"),
    "a talent pool, the decision before the privacy notice": mail(
        "Talent Team <talent@lough-partners.example>", "Your application to Lough Partners",
        "Hi Sam,\n\nThanks for applying to Lough Partners for the Tax Associate role.\n\nWe won't be "
        "progressing your application for this role. We'd like to keep your CV in our talent pool for a "
        "year, as we expect more openings in tax next spring. If you'd rather we didn't, let us know and we "
        "will delete your details in line with our privacy notice.\n\nBest,\nTalent Team"),
    "a studentship given to another applicant": mail(
        "Dr Farah Nadeem <f.nadeem@westbury-univ.example>", "Funded PhD in Soil Microbiology",
        "Dear Sam,\n\nThank you for the presentation you gave at interview last week. We saw five "
        "candidates, and the panel has offered the studentship to another applicant with more lab "
        "experience in sequencing. I am sorry to send this news.\n\nI would be glad to give feedback by "
        "phone, and I hope you will apply to the January round.\n\nBest wishes,\nFarah Nadeem"),
    "a placement request, every slot taken": mail(
        "HR – Kwara Foods <hr@kwarafoods.example>", "Industrial Training Request",
        "Dear Sam,\n\nWe acknowledge your letter requesting a six-month industrial training placement in "
        "our engineering workshop. We regret that we are unable to accommodate your request, as all "
        "available placement slots for the March to August cycle have been taken.\n\nPlease apply early "
        "for the next cycle.\n\nYours sincerely,\nHR Department"),
    "fr, the post entrusted to another candidate": mail(
        "Agnès Ferrand <a.ferrand@atelier-ferrand.example>", "Votre candidature – Assistante de gestion",
        "Madame,\n\nJe vous remercie pour votre candidature spontanée. Le poste d'assistante de gestion a "
        "depuis été confié à une candidate rencontrée au printemps, et nous n'avons pas d'autre ouverture "
        "pour le moment.\n\nBien à vous,\nAgnès Ferrand"),
    "fr (Québec), a short reply, someone hired": mail(
        "Denis Bouchard <denis@bouchard-paysagement.example>", "Re: Poste d'aide-paysagiste",
        "Salut Sam, on a engagé quelqu'un jeudi passé. Merci pareil!\nDenis"),
}

STAY_NEGATIVE = {
    "soft, nothing decided yet, a confidentiality notice below": mail(
        "Helen Cho <helen.cho@brackenfreight.example>", "Warehouse Supervisor role",
        "Hi Sam,\n\nThanks for meeting us about the Warehouse Supervisor role. We haven't decided yet: two "
        "more people come in next week, and I'll write to everyone by the 18th.\n\nBest,\nHelen Cho\n\n"
        "CONFIDENTIALITY: This email and any attachments are intended solely for the addressee and may "
        "contain confidential information. If you received it in error, please delete it."),
    "a reply to the candidate's follow-up, the post still open": mail(
        "Nora Quist <nora@quistdesign.example>", "Re: any news on the studio assistant job?",
        "Hi Sam,\n\nSorry to keep you waiting - it's still open, and we're seeing people this week. Could "
        "you come in on Thursday at 11?\n\nNora\n\nOn Wed, 2 Dec 2026, Sam Rivera wrote:\n> Hi Nora, any "
        "news on the studio assistant job? No pressure, just planning ahead. Sam"),
    "an agency, the client has not decided yet": mail(
        "Jo Pryce <jo@summitcateringstaff.example>", "Head Chef – The Old Mill",
        "Hi Sam,\n\nQuick update: The Old Mill haven't decided on the Head Chef role yet, the owner is "
        "away until Monday. I'll chase them then.\n\nJo Pryce\nSummit Catering Staff"),
    "a talent pool joined on purpose, with the privacy notice": mail(
        "Talent Team <talent@lough-partners.example>", "Welcome to the Lough Partners talent pool",
        "Hi Sam,\n\nThanks for joining our talent pool. We'll keep your CV for a year and tell you when "
        "tax roles open. If you'd rather we didn't, let us know and we will delete your details in line "
        "with our privacy notice.\n\nBest,\nTalent Team"),
    "a placement request granted": mail(
        "HR – Kwara Foods <hr@kwarafoods.example>", "Industrial Training Request",
        "Dear Sam,\n\nWe acknowledge your letter requesting an industrial training placement. We are "
        "pleased to offer you a place in our engineering workshop from 2 March; please report to the "
        "gatehouse at 8am with your school letter.\n\nYours sincerely,\nHR Department"),
    "no job: a flat let to another applicant": mail(
        "Lettings – Moorgate Homes <lettings@moorgatehomes.example>", "Your application – 12 Canal Walk",
        "Dear Sam,\n\nThank you for applying to rent 12 Canal Walk. The landlord has chosen another "
        "tenant for this flat.\n\nYou can sign up for alerts about new flats on our website.\n\nMoorgate "
        "Homes"),
    "fr, no room for the interview on a day, another offered": mail(
        "Agnès Ferrand <a.ferrand@atelier-ferrand.example>", "Votre candidature – Assistante de gestion",
        "Madame,\n\nNous ne sommes pas en mesure de vous accueillir lundi ; pourriez-vous venir mercredi à "
        "10 h pour un entretien à l'atelier ?\n\nBien à vous,\nAgnès Ferrand"),
}


@pytest.mark.parametrize("name", sorted(REJECTIONS))
def test_a_rejection_of_each_class_is_caught(model, name):
    assert model.classify(REJECTIONS[name], THRESHOLD).probability >= THRESHOLD


@pytest.mark.parametrize("name", sorted(STAY_NEGATIVE))
def test_the_mail_beside_each_class_stays_well_under(model, name):
    assert model.classify(STAY_NEGATIVE[name], THRESHOLD).probability < THRESHOLD - MARGIN


def test_a_privacy_notice_ending_the_decisions_paragraph_keeps_the_decision():
    text = message_text(REJECTIONS["a talent pool, the decision before the privacy notice"])
    assert "We won't be progressing your application" in text
    assert "privacy notice" not in text


def test_a_confidentiality_notice_whose_attachments_are_intended_is_a_footer():
    text = message_text(REJECTIONS["soft, another candidate, a confidentiality notice below"])
    assert "continue with another candidate" in text
    assert "intended solely" not in text


@pytest.mark.parametrize("text", [
    "We're sorry to say it hasn't been successful this time.",
    "We will not be advancing your application.",
    "The panel has offered the studentship to another applicant.",
    "We've given the weekend shifts to someone who can also do evenings.",
    "Sorry, the labourer job's gone now.",
    "We finished interviewing a week ago and it's been filled.",
    "They've decided to appoint someone internally.",
    "Une autre personne a été recrutée et prendra ses fonctions lundi.",
    "Salut, on a engagé quelqu'un la semaine passée.",
    "Le poste a depuis été confié à une candidate que nous avions rencontrée.",
    "Nous avons retenu un étudiant dont la formation colle davantage au sujet.",
    "Nous avons choisi de poursuivre le recrutement avec des candidats plus expérimentés.",
    "Nous ne sommes pas en mesure de vous accueillir sur la période de mai à juin."])
def test_a_soft_decision_naming_no_other_candidate_is_against(text):
    assert "=against" in phrase_terms(normalise(text))


@pytest.mark.parametrize("text", [
    "The job has gone live on our careers site today.",
    "If it's been filled by then, we'll find you another role.",
    "Your payment hasn't gone through yet.",
    "Nous ne sommes pas en mesure de vous accueillir lundi, pourriez-vous venir mardi ?",
    "Nous avons retenu votre candidature pour un entretien.",
    "Nous avons retenu un créneau mardi à 10 h."])
def test_the_same_words_of_no_decision_are_not_against(text):
    assert "=against" not in phrase_terms(normalise(text))
