"""The confidence model's ambiguity and agreement features (drafts/fact_model.py), each on mail
written for these tests: how many organisations a mail names, a group beside a company of its
family, another firm written with its legal form, a name only a footer writes, a role cut from a
longer title; and the rule that leaves a group out when the mail names one of its family."""

from __future__ import annotations

import math

from onward.drafts import fact_model, facts, read_rejection
from onward.drafts.company import Choice
from onward.drafts.fact_model import (another_name_shares_a_word, another_name_with_legal_form, group_word,
                                      only_in_footer_lines, organisation_names, title_word_before)
from onward.drafts.role import RoleEvidence
from tests.support.drafts import mail

FAMILY = ("Dear Sam,\n\nThank you for applying. The hiring team of Brackwater Shipping AS "
          "has decided not to move forward.\n\nKind regards,\nBrackwater Group Talent\n")


def test_organisation_names_counts_each_name_once():
    text = ("Thank you for applying to Tessaly Foods Ltd. Tessaly Foods Ltd works with Corvin Logistics "
            "GmbH, a company of Grupo Almaden.\nDear Sam, Monday")
    names = organisation_names(fact_model._name_runs(text))
    assert len(names) == 3  # "Dear Sam", "Monday", "Thank" are no organisation's
    features = dict(zip(fact_model.AMBIGUITY_FEATURES, fact_model.ambiguity("Tessaly Foods Ltd", text)))
    assert features["log organisation names in the mail"] == math.log1p(3)


def test_a_groups_word_in_the_name():
    assert group_word("Groupe Vendomia") and group_word("Dornbusch Handelsholding") and group_word("Grupo Ilerda")
    assert not group_word("Vendomia Packaging") and not group_word("Groupon")


def test_another_name_of_the_family():
    assert another_name_shares_a_word("Brackwater Group", FAMILY)
    # The name written again, alone or with a department's word, is no other company.
    assert not another_name_shares_a_word("Brackwater Group", "Brackwater Group thanks you. Brackwater Talent Team")
    # Another firm with none of its words is not of its family.
    assert not another_name_shares_a_word("Brackwater Group", "Brackwater Group works with Selden Marine AS")


def test_another_name_with_a_legal_form():
    runs = fact_model._name_runs("Ostendorf Group thanks you.\n\nOstendorf Elektronik GmbH\nHafenweg 2")
    assert another_name_with_legal_form("Ostendorf Group", runs)
    runs = fact_model._name_runs("Thank you for applying to Vogel GmbH.\n\nVogel GmbH\nHafenweg 2")
    assert not another_name_with_legal_form("Vogel", runs)
    assert not another_name_with_legal_form("Vogel GmbH", runs)


def test_a_name_only_in_footer_lines():
    text = ("Dear Sam,\n\nThank you for your application to Larchmont Council.\n\n"
            "Powered by Hirewell | www.hirewell.example\n© 2026 Hirewell\n")
    assert only_in_footer_lines("Hirewell", text)
    assert not only_in_footer_lines("Larchmont Council", text)
    assert not only_in_footer_lines("Absent Name", text)


def test_a_title_word_right_before_the_role():
    body = "su candidatura al puesto de Docente a Tiempo Parcial – Facultad de Ingeniería"
    assert title_word_before(body, body.index("Tiempo"))
    body = "your application for the Senior Manager role"
    assert not title_word_before(body, body.index("Senior"))
    body = "Thank you. Senior Manager roles are rare."
    assert not title_word_before(body, body.index("Senior"))


def test_role_features_for_a_head_cut_before_its_field():
    body = "Thank you for applying for the Senior Manager, Public Sector Advisory role."
    role = fact_model.role_features("Senior Manager", RoleEvidence(weight=3.0), 0.8, 0.6, True, False, body, "en")
    named = dict(zip(fact_model.ROLE_FEATURES, role))
    assert named["job and rank words only, the body goes on"] == 1.0
    body = "Thank you for applying for the Senior Manager role."
    role = fact_model.role_features("Senior Manager", RoleEvidence(weight=3.0), 0.8, 0.6, True, False, body, "en")
    assert dict(zip(fact_model.ROLE_FEATURES, role))["job and rank words only, the body goes on"] == 0.0


def test_company_features_carry_the_ambiguity_features_in_order():
    choice = Choice("Brackwater Group", frozenset({"anchored"}), 3.0, False, domain_known=False)
    features = fact_model.company_features(choice, 0.75, "named in the mail", "en", 0.6, FAMILY)
    assert len(features) == len(fact_model.COMPANY_FEATURES)
    named = dict(zip(fact_model.COMPANY_FEATURES, features))
    assert named["a group's word in the name"] == 1.0 and named["another name shares its word"] == 1.0


def test_a_group_beside_a_company_of_its_family_is_left_out():
    choice = Choice("Brackwater Group", frozenset({"signature", "display"}), 6.0, False, domain_known=False)
    fact = facts.company_confidence(choice, FAMILY, "", False, "")
    assert fact.how == facts.A_FAMILY and fact.how in facts.VETOED
    r = read_rejection(mail(FAMILY, sender="Brackwater Careers <careers@brackwater.example>"))
    assert "Group" not in r.company
    # Alone, the group is the employer the mail names.
    alone = FAMILY.replace("The hiring team of Brackwater Shipping AS has", "We have")
    fact = facts.company_confidence(choice, alone, "", False, "")
    assert fact.how != facts.A_FAMILY
    # Nor when a phrase gives the group as the employer ("your interest in Brackwater Group").
    anchored = Choice("Brackwater Group", frozenset({"anchored", "signature"}), 6.0, False, domain_known=False)
    assert facts.company_confidence(anchored, FAMILY, "", False, "").how != facts.A_FAMILY
