"""The company feature "a legal form in the mail after it" (drafts/fact_model.py): the language tables'
legal forms are patterns ("ltd\\.?", "s\\.?a\\.?"), read as patterns, so "Acme Ltd" and "Lumar S.A." are
seen; a word that only starts like a form, or a sentence's short word, is not. Mail written for these tests."""

from __future__ import annotations

import pytest

from onward.drafts import fact_model
from onward.drafts.company import Choice

pytestmark = pytest.mark.unit

LEGAL = "a legal form in the mail after it"


def legal_feature(name: str, text: str) -> float:
    features = fact_model.company_features(Choice(name=name, sources=frozenset({"signature"})),
                                           0.9, "named in the mail", "en", 0.6, text)
    return dict(zip(fact_model.COMPANY_FEATURES, features))[LEGAL]


@pytest.mark.parametrize("name, text", [
    ("Acme", "Thank you for your interest in Acme Ltd. We will not proceed."),
    ("Acme", "Kind regards,\nAcme Ltd\n"),
    ("Vogel", "Vielen Dank für Ihre Bewerbung bei der Vogel GmbH & Co. KG."),
    ("Lumar", "Gracias por postularte en Lumar S.A. de C.V., hemos elegido a otra persona."),
    ("Tessaly Foods", "The team at Tessaly Foods, Inc. has reviewed your application."),
    ("Corvin", "Corvin GmbH\nHauptstraße 4"),
    ("Ravel", "Merci de votre candidature chez Ravel S.A.S."),
    ("Barrow", "Barrow plc thanks you for applying."),
])
def test_a_legal_form_after_the_name_is_seen(name: str, text: str) -> None:
    assert legal_feature(name, text) == 1.0


@pytest.mark.parametrize("name, text", [
    ("Acme", "Acme Agile Coaching thanks you for applying."),  # starts like "AG"
    ("Acme", "Acme Sealand Logistics has decided not to proceed."),  # starts like "SE", "S.A."
    ("Acme", "Acme Incubator reviewed your application."),  # starts like "Inc"
    ("Lumar", "En Lumar se valoró mucho tu perfil, pero elegimos a otra persona."),  # Spanish "se"
    ("Ravel", "Ravel a étudié votre dossier; Ravel sa décision est prise."),  # French "sa"
    ("Acme", "Acme co-founders read every application."),  # "co" of a compound word
    ("Acme", "Kind regards,\nAcme\nAG Talent"),  # the next line's word follows no name
    ("Acme", "We at Acme will not proceed."),
])
def test_a_word_that_only_looks_like_a_form_is_not(name: str, text: str) -> None:
    assert legal_feature(name, text) == 0.0


def test_the_form_is_read_whole_after_the_name() -> None:
    """The longest form is taken ("S.A. de C.V.", not "S.A."), so the name runs keep all of it on."""
    assert fact_model.legal_form_after("Lumar", "Lumar S.A. de C.V.")
    assert fact_model._LEGAL_AFTER.match("Lumar S.A. de C.V.", 5).group() == " S.A. de C.V."
    assert fact_model._LEGAL_AFTER.match("Vogel GmbH & Co. KG", 5).group() == " GmbH & Co. KG"
