"""The confidence model's rivalry and role-risk features (drafts/fact_model.py): how a mail's
OTHER names and places disagree with a company candidate, a role the mail words otherwise or that
names a scheme; each on mail written for these tests. And that the shipped model keeps a company
candidate under its threshold when two organisations of one family share the mail's places."""

from __future__ import annotations

import pytest

from onward.drafts import FACT_THRESHOLDS, fact_model, read_rejection
from onward.drafts.company import Choice
from onward.drafts.fact_model import names_a_scheme_or_unit, rival_organisation, rivalry, worded_otherwise
from onward.drafts.role import RoleEvidence
from tests.support.drafts import mail

# A job board's mail: the subject and the application's phrase name the hotel, the display name and
# the footer its group. Writers label either; a draft naming the other one is wrong.
TWO_OF_A_FAMILY = ("Dear Ines,\n\nThank you for applying for the Night Auditor position at Halden Porto, "
                   "as advertised on Stayboard.\n\nThe hotel's hiring team has looked at your profile and "
                   "will not take your application further this time.\n\nThis message was sent by Stayboard "
                   "on behalf of Halden Resorts. Please do not reply to it.\n\nThe Stayboard Team\n")


def _named(features: list[float]) -> dict[str, float]:
    return dict(zip(fact_model.RIVALRY_FEATURES, features))


def test_another_name_the_application_gives():
    hotel = Choice("Halden Porto", frozenset({"anchored", "subject"}), 5.0)
    group = Choice("Halden Resorts", frozenset({"display", "loose"}), 3.0)
    assert _named(rivalry(group, [hotel], TWO_OF_A_FAMILY))["another name is the application's"] == 1.0
    assert _named(rivalry(hotel, [group], TWO_OF_A_FAMILY))["another name is the application's"] == 0.0


def test_a_name_of_its_family_and_the_places_that_name_another():
    hotel = Choice("Halden Porto", frozenset({"anchored", "subject"}), 5.0)
    group = Choice("Halden Resorts", frozenset({"display", "loose"}), 3.0)
    named = _named(rivalry(hotel, [group], TWO_OF_A_FAMILY))
    assert named["a name of its family beside it"] == 1.0
    assert named["places naming another, not it"] == 1.0  # the display name
    assert _named(rivalry(group, [hotel], TWO_OF_A_FAMILY))["places naming another, not it"] == 2.0
    # Alone in the mail, nothing disagrees.
    alone = _named(rivalry(hotel, [], TWO_OF_A_FAMILY))
    assert alone == {name: 0.0 for name in fact_model.RIVALRY_FEATURES}


def test_towns_and_generic_words_are_no_rivals():
    hotel = Choice("Halden Porto", frozenset({"anchored"}), 5.0)
    town = Choice("Porto", frozenset({"signature"}), 1.0)
    generic = Choice("Hotel", frozenset({"signature"}), 1.0, short_generic=True)
    assert not rival_organisation(generic) and not rival_organisation(Choice("S.A", frozenset({"signature"})))
    assert rival_organisation(Choice("Halden Resorts", frozenset({"display"})))
    assert _named(rivalry(hotel, [generic], TWO_OF_A_FAMILY))["places naming another, not it"] == 0.0
    assert rival_organisation(town) == (not fact_model.is_place("Porto"))


def test_a_name_the_mail_never_writes_as_stated():
    rebuilt = Choice("Resorts Halden", frozenset({"display"}), 2.0)
    assert _named(rivalry(rebuilt, [], TWO_OF_A_FAMILY))["not written in the mail as stated"] == 1.0
    written = Choice("Halden Resorts", frozenset({"display"}), 2.0)
    assert _named(rivalry(written, [], TWO_OF_A_FAMILY))["not written in the mail as stated"] == 0.0


def test_a_role_worded_otherwise():
    subject = "Interview feedback – Ward Sister, Theatres"
    assert worded_otherwise("Theatre Ward Sister for the Surgical Block", subject)  # any place: here a subject
    assert not worded_otherwise("Ward Sister", subject)  # written so there
    assert not worded_otherwise("Barista", subject)  # no word of it there
    body = "the post of Zugführerin im Nahverkehr"
    assert worded_otherwise("Zugführerin Fernverkehr", body) and not worded_otherwise("Zugführerin", body)


def test_a_role_that_names_a_scheme_or_a_unit():
    assert names_a_scheme_or_unit("Praktikum") and names_a_scheme_or_unit("Programa de Becas 2027")
    assert names_a_scheme_or_unit("Graduate Scheme") and names_a_scheme_or_unit("Recruitment Team")
    # A sector's word opening a title is no unit's.
    assert not names_a_scheme_or_unit("Software Engineer") and not names_a_scheme_or_unit("Hotel Receptionist")


def test_role_features_carry_the_risk_features_in_order():
    body = "Thank you for interviewing for the post of Theatre Ward Sister, Surgical Block."
    features = fact_model.role_features("Ward Sister for Theatres", RoleEvidence(weight=3.0), 0.8, 0.6, True, True,
                                        body, "en")
    assert len(features) == len(fact_model.ROLE_FEATURES)
    named = dict(zip(fact_model.ROLE_FEATURES, features))
    assert named["the body words it otherwise"] == 1.0 and named["an organisation's or programme's word"] == 0.0
    named = dict(zip(fact_model.ROLE_FEATURES, fact_model.role_features(
        "Theatre Ward Sister", RoleEvidence(weight=3.0), 0.8, 0.6, True, False, body, "en")))
    assert named["the body words it otherwise"] == 0.0


def test_the_mail_reads_its_rivals_into_each_candidates_features():
    raw = mail(TWO_OF_A_FAMILY, sender="Recruitment on behalf of Halden Resorts <noreply@stayboard.example>",
               subject="Night Auditor – Halden Porto")
    read = read_rejection(raw)
    candidates = {c.value: dict(zip(fact_model.COMPANY_FEATURES, c.features))
                  for c in read.facts["company"].candidates}
    assert {"Halden Porto", "Halden Resorts"} <= set(candidates)
    # "at Halden Porto" and "on behalf of Halden Resorts": each is the other's family.
    assert candidates["Halden Porto"]["a name of its family beside it"] == 1.0
    assert candidates["Halden Resorts"]["a name of its family beside it"] == 1.0


# Two organisations that disagree: the application's phrase names a clinic, the signature, the
# display name and the domain a firm. Which the candidate applied to is the writer's to say.
APPLICATION_NAMES_ANOTHER = mail(
    "Dear Priya,\n\nThank you for your application to Smilecraft Clinic.\n\nWe have now filled the post "
    "and will not be taking your application further.\n\nKind regards,\n\nHelen Marsh\nPractice Manager\n"
    "Brightwater Dental Care Ltd\n", sender="Brightwater Dental Care <jobs@brightwaterdental.example>")
# The display name rebuilds the name the signature writes in another order.
REBUILT_NAME = mail(
    "Estimada Lucía:\n\nAgradecemos su postulación al Programa de Voluntariado Cultural 2027.\n\nLamentamos "
    "comunicarle que no ha resultado seleccionada.\n\nSaludos cordiales,\nCoordinación de Voluntariado\n"
    "Museo de Arte de la Fundación Andina – Quito\n",
    sender="Voluntariado – Fundación Museo Andino <voluntariado@museoandino.example>",
    subject="Convocatoria de Voluntariado 2027", language="es")


# Known: at the company threshold shipped (0.95) the signature's "Brightwater Dental" (0.95-0.96)
# is stated where the application names another clinic. The forward policy's own company threshold
# (each round at most 0.5 % wrong: 0.995) kept it out, but named 16 % of the companies the mails name.
@pytest.mark.parametrize("raw", [
    pytest.param(APPLICATION_NAMES_ANOTHER, id="application-names-another",
                 marks=pytest.mark.xfail(strict=True, reason="scores 0.95-0.96 at a company threshold of 0.95")),
    pytest.param(REBUILT_NAME, id="display-name-rebuilds-the-signature"),
])
def test_the_shipped_model_keeps_a_disputed_company_under_its_threshold(raw):
    read = read_rejection(raw)
    assert read.company == ""
    assert all(c.confidence < FACT_THRESHOLDS["company"] for c in read.facts["company"].candidates)
