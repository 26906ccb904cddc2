"""Trainee places all taken: a rejection of a placement, a clerkship station or an internship.

A court, a lab or a hotel that hosts one or two trainees at a time turns the others down by saying
the places are taken and that it cannot offer one ("nicht möglich, Ihnen einen Platz anzubieten",
"no nos es posible acogerte"). The German sentence carries an offer's words after the comma that
closes its negation: read alone they are a next step, which forces a mail to no rejection. Beside
them, a place offered stays well under the threshold. Each mail is written for this test (none is a
corpus line), in English, German, French and Spanish.
"""

from __future__ import annotations

import pytest

from onward.classifier.features import normalise, phrase_terms
from tests.support.classifier import MARGIN, THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


PLACES_TAKEN = {
    "de clerkship station, not possible to offer one": mail(
        "Ausbildungsreferat Finanzgericht Lindau <referendare@fg-lindau.example>", "Ihre Bewerbung um die Wahlstation",
        "Sehr geehrte Frau Referendarin Albers,\n\nhaben Sie vielen Dank für Ihre Bewerbung um die Wahlstation "
        "von Mai bis Juli.\n\nWeil wir je Ausbildungsabschnitt nur eine Referendarin oder einen Referendar "
        "aufnehmen und sich viele beworben haben, ist es uns leider nicht möglich, Ihnen die Station anzubieten."
        "\n\nFür den weiteren Vorbereitungsdienst wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\n"
        "Im Auftrag\nBirgit Schoch"),
    "en placement, both places taken": mail(
        "Placements – Oakfield Community Pharmacy <placements@oakfield-pharmacy.example>",
        "Summer placement request",
        "Dear Amir,\n\nThanks for asking about a summer placement with us. We only take two pharmacy "
        "students each summer and both places have already gone, so I'm afraid we can't offer you one "
        "this year. Good luck with your search.\n\nBest wishes,\nClaire Dunn\nSuperintendent Pharmacist"),
    "fr stage de master, plus de place": mail(
        "Stages – Observatoire des côtes <stages@obs-cotes.example>", "Stage de Master 2 – océanographie",
        "Bonjour Madame Picard,\n\nMerci pour votre candidature au stage de Master 2 en océanographie "
        "côtière.\n\nNotre équipe ne peut encadrer qu'une stagiaire par an et la place est déjà prise ; nous "
        "ne pouvons malheureusement pas vous accueillir cette année.\n\nBonne continuation,\nDr Yann Le Goff"),
    "es prácticas FCT, plazas cubiertas": mail(
        "Prácticas – Taller Motor Levante <taller@motorlevante.example>", "Prácticas FCT de Electromecánica",
        "Hola Iker:\n\nGracias por tu solicitud para hacer la FCT de Electromecánica con nosotros. Este curso "
        "ya tenemos cubiertas las plazas de alumnos en prácticas que podemos tutorizar, así que no podremos "
        "acogerte de marzo a junio.\n\nMucha suerte con el final del ciclo.\n\nUn saludo,\nPaco Ferrer"),
}

# The public sector's notice to the applicants not chosen (a "Konkurrentenmitteilung"): the post is to
# go to a named colleague, and it is given only after a fortnight in which the reader may object.
PLACES_TAKEN["de public-sector notice, the post to go to a named colleague"] = mail(
    "Bezirksregierung Ostfeld – Personaldezernat <personal@bezreg-ostfeld.example>",
    "Konkurrentenmitteilung – Dezernatsleitung Schulaufsicht",
    "Sehr geehrte Frau Oberstudienrätin Kessler,\n\nim Besetzungsverfahren für die Dezernatsleitung "
    "Schulaufsicht ist beabsichtigt, die Stelle mit Herrn Studiendirektor Lars Henning zu besetzen. Er hat in "
    "der aktuellen Beurteilung das bessere Gesamturteil.\n\nDie Stelle wird nicht vor Ablauf von zwei Wochen "
    "nach Zugang dieser Mitteilung besetzt.\n\nMit freundlichen Grüßen\nIm Auftrag\nRuth Albrecht")

PLACE_OFFERED = {
    "de clerkship station offered": mail(
        "Ausbildungsreferat Finanzgericht Lindau <referendare@fg-lindau.example>", "Ihre Wahlstation",
        "Sehr geehrter Herr Referendar Demir,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns, Ihnen die "
        "Wahlstation von Mai bis Juli anbieten zu können. Bitte bestätigen Sie uns bis Freitag, ob Sie "
        "zusagen.\n\nMit freundlichen Grüßen\nIm Auftrag\nBirgit Schoch"),
    "es plaza de prácticas ofrecida": mail(
        "Prácticas – Taller Motor Levante <taller@motorlevante.example>", "Tus prácticas FCT",
        "Hola Iker:\n\nTe escribo porque tenemos una plaza para ti en el taller de marzo a junio. ¿Puedes "
        "pasarte el jueves por la tarde para firmar el convenio con tu tutor?\n\nUn saludo,\nPaco Ferrer"),
}


@pytest.mark.parametrize("name", sorted(PLACES_TAKEN))
def test_trainee_places_all_taken_is_a_rejection(model, name):
    assert model.classify(PLACES_TAKEN[name], THRESHOLD).probability >= THRESHOLD


@pytest.mark.parametrize("name", sorted(PLACE_OFFERED))
def test_a_place_offered_stays_well_under(model, name):
    assert model.classify(PLACE_OFFERED[name], THRESHOLD).probability < THRESHOLD - MARGIN


@pytest.mark.parametrize("text, against", [
    ("Es ist beabsichtigt, den Dienstposten mit Herrn Amtmann Ralf Ott zu besetzen.", True),
    ("Wir beabsichtigen, die Stelle mit Ihnen zu besetzen.", False),
])
def test_a_post_to_go_to_a_named_colleague_is_a_decision_against(text, against):
    assert ("=against" in phrase_terms(normalise(text))) is against


@pytest.mark.parametrize("text, next_step", [
    ("Leider ist es uns nicht möglich, Ihnen einen Platz anzubieten.", False),
    ("Wir sehen uns nicht in der Lage, Ihnen eine Stelle anzubieten.", False),
    ("Wir freuen uns, Ihnen einen Platz anzubieten.", True),
    ("Es ist uns möglich, Ihnen einen Platz anzubieten.", True),
])
def test_a_next_step_declared_impossible_is_none(text, next_step):
    assert ("=invite" in phrase_terms(normalise(text))) is next_step
