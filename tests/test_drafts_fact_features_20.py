"""The confidence model's go-between features (drafts/fact_go_between.py): when a company candidate
may be the organisation of a go-between (a staffing agency, a search firm, a school's careers
service, a bootcamp) writing about or passing on an employer's answer. Every mail here is written
for this file. Each test failed on the code before these features (no such module, no such features).
"""

from __future__ import annotations

from onward.drafts import fact_model, read_rejection
from onward.drafts.company import Choice
from onward.drafts.fact_go_between import (GO_BETWEEN_FEATURES, another_organisation, client_words, go_between,
                                           go_between_words, names_another, senders_own)
from tests.support.drafts import mail

AGENCY = Choice(name="Pinecrest Talent Search", sources=frozenset({"signature", "domain"}), weight=3.0,
                agrees_with_domain=True)
CLIENT = Choice(name="Marlow Biscuits", sources=frozenset({"loose"}), weight=1.0)
AGENCY_MAIL = ("Hi Jordan,\n\nI've now heard back from Marlow Biscuits Ltd about the Payroll Officer role. "
               "Sadly they won't be taking your application further.\n\nI'll call you about two other roles "
               "with my clients next week.\n\nBest,\nTess Avery\nPinecrest Talent Search")


def test_a_go_betweens_words_are_read_in_the_sender_and_subject_and_client_words_anywhere():
    assert go_between_words("Northgate Executive Search talent.northgate.example")
    assert go_between_words("Feedback from your Recruitment Consultant")
    assert not go_between_words("Marlow Biscuits careers.marlow.example Your application")
    assert client_words("Feedback – Payroll Officer (FMCG client)")
    assert client_words("Ich habe heute mit unseren Kunden gesprochen.")
    assert client_words("Te presentaré a otros clientes.")
    # A word that only holds one ("Kundenservice", "clientele") is not a client's word.
    assert not client_words("Unser Kundenservice meldet sich. Our clientele is loyal.")


def test_the_senders_own_is_its_domains_or_only_its_places():
    assert senders_own(AGENCY)
    assert senders_own(Choice(name="Pinecrest", sources=frozenset({"display"})))
    assert not senders_own(CLIENT)
    assert not senders_own(Choice(name="Marlow Biscuits", sources=frozenset({"anchored", "signature"})))
    assert not senders_own(Choice())


def test_another_organisation_named_by_a_sentence_and_not_by_the_sender():
    assert names_another(AGENCY, [CLIENT])
    town = Choice(name="Leeds", sources=frozenset({"loose"}))
    kin = Choice(name="Pinecrest Group", sources=frozenset({"anchored"}))
    generic = Choice(name="University", sources=frozenset({"loose"}), short_generic=True)
    signed = Choice(name="Marlow Biscuits", sources=frozenset({"loose", "signature"}))
    assert not names_another(AGENCY, [town, kin, generic, signed])


def test_an_organisations_name_in_the_mail_that_shares_none_of_the_candidates_words():
    assert another_organisation("Pinecrest Talent Search", AGENCY_MAIL)  # "Marlow Biscuits Ltd"
    assert not another_organisation("Marlow Biscuits", AGENCY_MAIL)
    assert not another_organisation("Pinecrest Talent Search", "Hi Jordan,\n\nSadly not this time.\n\nTess")
    assert not another_organisation("", AGENCY_MAIL)


def test_the_features_in_their_order():
    values = dict(zip(GO_BETWEEN_FEATURES, go_between(AGENCY, [CLIENT], AGENCY_MAIL,
                                                      ("Tess Avery", "tess@pinecrest-search.example"),
                                                      "Payroll Officer")))
    assert values == {"a go-between's words in the mail": 1.0, "a go-between's words, the sender's own": 1.0,
                      "the sender's own, the mail names another": 1.0,
                      "the sender's own, another organisation's name in the mail": 1.0}
    employer = dict(zip(GO_BETWEEN_FEATURES, go_between(CLIENT, [AGENCY], AGENCY_MAIL)))
    assert employer == {"a go-between's words in the mail": 1.0, "a go-between's words, the sender's own": 0.0,
                        "the sender's own, the mail names another": 0.0,
                        "the sender's own, another organisation's name in the mail": 0.0}


def test_the_company_features_end_with_the_go_between_features():
    # ... and then the one of a public body's domain (tests/test_drafts_public_body_domains.py)
    assert fact_model.COMPANY_FEATURES[-len(GO_BETWEEN_FEATURES) - 1:-1] == GO_BETWEEN_FEATURES
    assert fact_model.COMPANY_FEATURES[-1] == "its own word in the sender's domain"
    features = fact_model.company_features(AGENCY, 0.95, "signature", "en", 0.6, AGENCY_MAIL, False, [CLIENT])
    assert len(features) == len(fact_model.COMPANY_FEATURES)


def _features_of(raw: bytes, name: str) -> dict[str, float]:
    company = read_rejection(raw).facts["company"]
    found = next(c for c in company.candidates if c.value == name)
    return dict(zip(fact_model.COMPANY_FEATURES, found.features))


def test_an_agencys_word_in_the_sender_or_the_subject_alone_is_read():
    """No client's word in the body: the search firm's display name says go-between; an employer's
    own mail from its own domain says nothing of the kind."""
    body = ("Hi Jordan,\n\nThank you for meeting the board of Marlow Biscuits Ltd. They have chosen another "
            "finalist.\n\nBest,\nTess Avery\nPinecrest")
    raw = mail(body, sender="Pinecrest Executive Search <tess@pinecrest.example>", subject="Finance Director")
    assert _features_of(raw, "Pinecrest")["a go-between's words in the mail"] == 1.0
    own = mail("Hi Jordan,\n\nThank you for applying to Marlow Biscuits. We have chosen another candidate."
               "\n\nBest,\nTess Avery\nMarlow Biscuits", sender="Tess Avery <tess@marlowbiscuits.example>")
    features = _features_of(own, "Marlow Biscuits")
    assert [features[name] for name in GO_BETWEEN_FEATURES] == [0.0, 0.0, 0.0, 0.0]


def test_an_agencys_own_name_in_a_mail_about_its_client_carries_the_go_between_features():
    raw = mail(AGENCY_MAIL, sender="Tess Avery <tess.avery@pinecresttalentsearch.example>",
               subject="Feedback – Payroll Officer (FMCG client)")
    features = _features_of(raw, "Pinecrest Talent Search")
    assert features["a go-between's words in the mail"] == 1.0
    assert features["a go-between's words, the sender's own"] == 1.0
    assert features["the sender's own, another organisation's name in the mail"] == 1.0
    assert "Pinecrest" not in read_rejection(raw).company


def test_the_shipped_model_doubts_the_go_betweens_own_name():
    """With the model of the code before (no go-between features), the agency scored 0.85 over its
    client's 0.56, and the search firm's own name 0.945, a hair under the company threshold; the
    shipped model weighs the client above the agency and keeps the search firm well under it."""
    agency = read_rejection(mail(AGENCY_MAIL, sender="Tess Avery <tess.avery@pinecresttalentsearch.example>",
                                 subject="Feedback – Payroll Officer (FMCG client)")).facts["company"]
    scores = {c.value: c.confidence for c in agency.candidates}
    assert scores["Marlow Biscuits"] > scores["Pinecrest Talent Search"], scores
    body = ("Hi Jordan,\n\nThank you for meeting the board of Marlow Biscuits Ltd. They have chosen another "
            "finalist.\n\nBest,\nTess Avery\nPinecrest")
    search = read_rejection(mail(body, sender="Pinecrest Executive Search <tess@pinecrest.example>",
                                 subject="Finance Director")).facts["company"]
    assert search.value == "Pinecrest" and search.confidence < 0.9, search


def test_the_shipped_weights_were_made_for_these_features():
    assert fact_model.model() is not None  # a model for other features would be ignored
