"""A public body's domain and its name: the label it registers sits under a public ending
("kingsmere.nhs.uk", "ssss.gouv.qc.ca", "lochside.scot", "staldhelms.sch.uk") or under a
country's code before the reserved ending that written examples use ("marinabaybank.sg.example");
and the domain abbreviates or drops the kind's word ("lra-oberhessel" for "Landratsamt Oberhessel",
"lesaulnaies" for "Commune des Aulnaies"). Right names of this class were held back below the
company threshold because the domain seemed to say nothing of them (drafts/company_keys.py
domain_label, drafts/fact_model.py own_word_in_domain).

Every mail here is written for this file; each test but the guards failed before these changes.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.company_keys import domain_label
from onward.drafts.fact_model import own_word_in_domain
from tests.support.drafts import mail


@pytest.mark.parametrize("domain, label", [
    ("kingsmere.nhs.uk", "kingsmere"), ("kingsmere.nhs.example", "kingsmere"),
    ("ssss.gouv.qc.ca", "ssss"), ("carrieres.gouv.qc.example", "carrieres"),
    ("lochside.scot", "lochside"), ("lochside.scot.example", "lochside"),
    ("staldhelms.sch.uk", "staldhelms"), ("bmi.bund.de", "bmi"), ("oenn.europa.eu", "oenn"),
    ("marinabaybank.sg.example", "marinabaybank"), ("uvaldecarros.es.example", "uvaldecarros"),
])
def test_the_label_under_a_public_or_country_ending(domain, label):
    assert domain_label(domain) == label


@pytest.mark.parametrize("domain, label", [
    # Guards: the endings the rules always read, and a short firm's label that is no country.
    ("careers.acme-corp.co.uk", "acme-corp"), ("acme.com", "acme"), ("acme.example", "acme"),
    ("mail.acme.de", "acme"), ("careers.hp.example", "hp"), ("hp.com", "hp"),
])
def test_the_label_of_a_firm_stays(domain, label):
    assert domain_label(domain) == label


def test_a_name_whose_own_word_the_domain_writes():
    assert own_word_in_domain("Landratsamt Oberhessel", "bewerbung@lra-oberhessel.example")
    assert own_word_in_domain("Commune des Aulnaies", "mairie@lesaulnaies.example")
    # Guards: another organisation's domain, and a kind's word alone.
    assert not own_word_in_domain("Landratsamt Oberhessel", "jobs@westkreis.example")
    assert not own_word_in_domain("Stadtverwaltung", "personal@stadtverwaltung-aue.example")


def test_a_council_signed_under_its_scot_domain_agrees_with_it():
    body = ("Dear Ms Fraser,\n\nThank you for applying for the post of Principal Teacher at Glenbrae Primary "
            "School.\n\nI am sorry to tell you that you have not been successful on this occasion.\n\n"
            "Yours sincerely,\n\nAlison Kerr\nHR Adviser\nDunmore Council\n")
    read = read_rejection(mail(body, sender="Alison Kerr <alison.kerr@dunmore.scot.example>",
                               subject="Principal Teacher", language="en"))
    council = next(c for c in read.facts["company"].candidates if c.value.startswith("Dunmore"))
    assert "matching the sender's domain" in council.how


def test_a_role_that_opens_as_an_employers_name_is_capped():
    from onward.drafts.fact_model import RUNS_ON_AT_MOST, at_most, opens_as_an_employer
    assert opens_as_an_employer("au Groupe Infirmier Lyonnais")
    assert at_most("role", (), "au Cabinet Martin Avocats") == RUNS_ON_AT_MOST
    # Guards: a title, and a title with a small word inside it.
    assert not opens_as_an_employer("Infirmier de bloc") and not opens_as_an_employer("Responsable au Groupe")
    assert at_most("role", (), "Chef de projet") == 1.0
