"""The confidence model's doubt of a company that is a member named beside the larger body of its
family (drafts/fact_doubt.py, drafts/fact_model.at_most): a hotel beside its group, a unit beside
its organisation, a school beside its district. Every name and mail here is written for this file.
Each test failed on the code before this feature (no such module, no such feature, no such cap).
"""

from __future__ import annotations

from onward.drafts import fact_model, read_rejection
from onward.drafts.company import Choice
from onward.drafts.fact_doubt import COMPANY_DOUBT_FEATURES, company_doubt, member_beside_family
from tests.support.drafts import mail


def test_a_member_beside_the_larger_body_of_its_family():
    assert member_beside_family("Quillon Hotel Aarhus", ["Quillon Hotels"])  # a hotel beside its group
    assert member_beside_family("Secrétariat Cabinet des Tilleuls", ["Cabinet des Tilleuls"])  # a unit's word
    assert member_beside_family("Brackwater Junior School", ["Brackwater Unified School District"])


def test_the_larger_body_an_unrelated_name_or_a_name_alone_is_no_member():
    assert not member_beside_family("Quillon Hotels", ["Quillon Hotel Aarhus"])
    assert not member_beside_family("Brackwater Unified School District", ["Brackwater Junior School"])
    assert not member_beside_family("Quillon Hotel Aarhus", ["Tarrow Foods Ltd"])
    assert not member_beside_family("Quillon Hotel Aarhus", ["Quillon Hotel Aarhus"])
    assert not member_beside_family("Quillon Hotel Aarhus", [])
    assert not member_beside_family("", ["Quillon Hotels"])


def test_the_feature_in_the_models_order():
    member = Choice(name="Quillon Hotel Aarhus", sources=frozenset({"signature"}))
    group = Choice(name="Quillon Hotels", sources=frozenset({"anchored"}))
    assert company_doubt(member, [group]) == [1.0]
    assert company_doubt(group, [member]) == [0.0]
    # The member the application's phrase names is the one applied to.
    applied = Choice(name="Quillon Hotel Aarhus", sources=frozenset({"anchored", "signature"}))
    assert company_doubt(applied, [group]) == [0.0]
    assert fact_model.COMPANY_FEATURES[-len(COMPANY_DOUBT_FEATURES):] == COMPANY_DOUBT_FEATURES


def _features(member: float) -> tuple[float, ...]:
    values = [0.0] * len(fact_model.COMPANY_FEATURES)
    values[fact_model.COMPANY_FEATURES.index(COMPANY_DOUBT_FEATURES[0])] = member
    return tuple(values)


def test_a_member_company_is_capped_below_the_threshold():
    assert fact_model.at_most("company", _features(1.0)) == fact_model.MEMBER_AT_MOST
    assert fact_model.at_most("company", _features(0.0)) == 1.0
    threshold = fact_model.threshold("company")
    assert threshold is not None and fact_model.MEMBER_AT_MOST < threshold


HOTEL_MAIL = ("Dear Alex,\n\nThank you for applying for the Night Auditor position with Quillon Hotels. After "
              "careful consideration we have decided not to progress your application.\n\nWe wish you every "
              "success.\n\nKind regards,\nMaren Holt\nFront Office Manager\nQuillon Hotel Aarhus")


def test_a_draft_does_not_state_a_member_beside_its_group_with_confidence():
    read = read_rejection(mail(HOTEL_MAIL, sender="Quillon Hotel Aarhus <jobs@quillon-aarhus.example>",
                               subject="Night Auditor"))
    company = read.facts["company"]
    member = [c for c in company.candidates if c.value == "Quillon Hotel Aarhus"]
    assert member and all(c.confidence <= fact_model.MEMBER_AT_MOST for c in member)
