"""The calibrated confidence of the company and the role (drafts/fact_model.py): its pure logic on
weights made up here, and extraction on mails written for these tests (no corpus mail): a clear
candidate is stated, a doubtful one is read but left out of the draft."""

from __future__ import annotations

import math

import numpy as np
import pytest

from onward.drafts import FACT_THRESHOLDS, fact_model, read_rejection
from onward.drafts.company import Choice
from onward.drafts.role import RoleEvidence
from tests.support.drafts import mail, reply_text


@pytest.fixture
def toy_model(tmp_path, monkeypatch):
    """A model whose company weights are all zero but for "agrees with domain" (scaled by 2 around
    a mean of 0.5) and whose role weights are zero: probabilities known by hand."""
    def save(**changes):
        company = np.zeros(len(fact_model.COMPANY_FEATURES))
        company[fact_model.COMPANY_FEATURES.index("agrees with domain")] = 3.0
        arrays = {"company_features": np.array(fact_model.COMPANY_FEATURES),
                  "role_features": np.array(fact_model.ROLE_FEATURES),
                  "company_mean": np.full(len(company), 0.5), "company_scale": np.full(len(company), 2.0),
                  "company_coef": company, "company_intercept": np.array([-1.0]),
                  "company_threshold": np.array([0.8]),
                  "role_mean": np.zeros(len(fact_model.ROLE_FEATURES)),
                  "role_scale": np.ones(len(fact_model.ROLE_FEATURES)),
                  "role_coef": np.zeros(len(fact_model.ROLE_FEATURES)), "role_intercept": np.array([0.0]),
                  "role_threshold": np.array([0.7])} | changes
        path = tmp_path / "fact-model.npz"
        np.savez(path, **arrays)
        monkeypatch.setattr(fact_model, "MODEL", path)
        fact_model.model.cache_clear()
    yield save
    fact_model.model.cache_clear()


def _features(agrees: bool) -> tuple[float, ...]:
    choice = Choice("Harbour Lights Ltd", frozenset({"signature"}), 3.0, agrees, domain_known=True)
    return fact_model.company_features(choice, 0.95, "named in the mail", "en", 0.6)


def test_probability_is_the_logistic_of_the_scaled_dot_product(toy_model):
    toy_model()
    # z = -1 + 3 * (x - 0.5) / 2: agreeing (x = 1) gives -0.25, not agreeing (x = 0) gives -1.75.
    assert fact_model.probability("company", _features(True)) == pytest.approx(1 / (1 + math.exp(0.25)))
    assert fact_model.probability("company", _features(False)) == pytest.approx(1 / (1 + math.exp(1.75)))
    assert fact_model.probability("role", (0.0,) * len(fact_model.ROLE_FEATURES)) == pytest.approx(0.5)
    assert fact_model.threshold("company") == 0.8 and fact_model.threshold("role") == 0.7


def test_weights_made_for_other_features_are_not_used(toy_model):
    toy_model(company_features=np.array(fact_model.COMPANY_FEATURES[:-1] + ("something else",)))
    assert fact_model.model() is None
    assert fact_model.probability("company", _features(True)) is None


def test_features_follow_their_names():
    features = _features(True)
    assert len(features) == len(fact_model.COMPANY_FEATURES)
    named = dict(zip(fact_model.COMPANY_FEATURES, features))
    assert named["agrees with domain"] == 1.0 and named["source signature"] == 1.0
    assert named["source domain-only"] == 0.0 and named["words"] == 3.0 and named["language en"] == 1.0
    role = fact_model.role_features("de Profesor Titular", RoleEvidence(weight=3.0, candidates=2, runner_up=1.0),
                                    0.8, 0.6, True, False, "el puesto de Profesor Titular", "es", "Universidad X")
    named = dict(zip(fact_model.ROLE_FEATURES, role))
    assert len(role) == len(fact_model.ROLE_FEATURES)
    assert named["starts lower-case"] == 1.0 and named["competitors"] == 2.0 and named["language es"] == 1.0
    assert named["log margin"] == pytest.approx(math.log1p(2.0))


def test_the_shipped_model_is_used_and_its_thresholds_are_the_facts():
    assert fact_model.model() is not None
    assert FACT_THRESHOLDS["company"] == fact_model.threshold("company")
    assert FACT_THRESHOLDS["role"] == fact_model.threshold("role")


# --- extraction with the shipped model ----------------------------------------------------------

def test_a_clear_company_and_role_are_stated():
    # As clear as real mail gets: the display name, the domain, the subject, the application phrase
    # and the signature all give the employer.
    raw = mail("Dear Alex,\n\nThank you for applying for the Data Engineer position at Harbour Lights "
               "Analytics. After careful review we have decided to move forward with other "
               "candidates.\n\nKind regards,\nNadia Brook\nTalent Partner\nHarbour Lights Analytics\n",
               sender="Harbour Lights Analytics Careers <careers@harbourlightsanalytics.example>",
               subject="Your application for Data Engineer at Harbour Lights Analytics")
    r = read_rejection(raw)
    assert r.company == "Harbour Lights Analytics"
    assert r.facts["company"].confidence >= FACT_THRESHOLDS["company"]
    assert r.role == "Data Engineer"
    assert r.facts["role"].confidence >= FACT_THRESHOLDS["role"]
    assert "Harbour Lights Analytics" in reply_text(raw)


def test_an_agency_that_signs_with_its_own_name_is_read_but_left_out():
    # A German temp agency ("X Personal", a kind of agency by its name alone; no "unser Kunde"):
    # its name is the candidate the rules find, and the model keeps it out of the draft.
    raw = mail("Guten Tag Herr Doe,\n\nvielen Dank für Ihr Interesse. Leider hat sich das Unternehmen für eine "
               "andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nJonas Reiter\nWeserland Personal\n",
               sender="Jonas Reiter <j.reiter@weserland-personal.example>", subject="Ihre Bewerbung",
               language="de")
    r = read_rejection(raw)
    assert r.facts["company"].value.startswith("Weserland")
    assert r.facts["company"].confidence < FACT_THRESHOLDS["company"]
    assert r.company == ""
    assert "Weserland" not in reply_text(raw)


def test_a_name_guessed_from_the_domain_alone_is_left_out():
    raw = mail("Dear Alex,\n\nThanks for applying. We have decided not to proceed with your application.\n\n"
               "Best,\nRecruiting", sender="Jobs <jobs@quillandferncatering.example>")
    r = read_rejection(raw)
    assert r.facts["company"].value and r.facts["company"].confidence < FACT_THRESHOLDS["company"]
    assert r.company == ""


def test_a_role_with_a_sentence_run_into_it_is_left_out_or_cut():
    # "für unseren mobilen Dienst" ends the title; a role read with it would be a sentence's words.
    raw = mail("Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft für unseren mobilen Dienst. "
               "Leider können wir Ihnen keine Zusage geben.\n\nFreundliche Grüße\nIhr Team der Sozialstation "
               "Lindenhof", sender="Sozialstation <bewerbung@sozialstation-lindenhof.example>",
               subject="Ihre Bewerbung", language="de")
    r = read_rejection(raw)
    assert "unseren" not in r.role
    assert r.facts["role"].value == "Pflegefachkraft"
