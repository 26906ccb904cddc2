"""One way to build a name's initials (drafts/company_keys.py `initials`), used by the acronym a name
is compared with (company_keys `acronym`), by the acronyms a mail spells out in brackets
(company_phrases `spelled_out`), by a group's initials (company_scope `is_group`) and by a name's own
initials after it (company_clues `without_place`). Two differences stay: an acronym of a name drops
its legal form, a run of words spelled out in the mail keeps every capital (the caller's choice); and
only the spelled-out acronyms are folded, the others keep their accents (`folded=False`): folded, a
name's acronym agreed with a domain it did not before and changed a draft of the corpus.
"""

from __future__ import annotations

import pytest

from onward.drafts import company_clues, company_keys, company_phrases, company_scope
from onward.drafts.company_keys import initials


@pytest.mark.parametrize("words, expected", [
    (["Banco", "Interamericano", "de", "Desarrollo"], "bid"),
    # Folded: compared with keys and domain labels, which are ASCII.
    (["École", "Normale", "Supérieure"], "ens"),
    (["Österreichische", "Ärztekammer"], "oa"),
    # Lower-case words and what opens with no letter are no initial.
    (["Agence", "pour", "l'Emploi", "&", "la", "Formation"], "af"),
    ([], ""),
])
def test_initials_are_the_folded_first_letters_of_the_capitalised_words(words, expected):
    assert initials(words) == expected


@pytest.mark.parametrize("words, expected", [
    (["Banco", "Interamericano", "de", "Desarrollo"], "bid"),
    (["École", "Normale", "Supérieure"], "éns"),
    (["Österreichische", "Ärztekammer"], "öä"),
])
def test_initials_not_folded_keep_their_accents(words, expected):
    assert initials(words, folded=False) == expected


@pytest.mark.parametrize("name, expected", [
    ("North Wessex Rivers Trust", "nwrt"),
    # The legal form is no part of the name's acronym.
    ("North Wessex Rivers Trust Ltd", "nwrt"),
    ("Alpenwerk Maschinenbau GmbH", "am"),
    # Accents stay, as they always did in a name's acronym.
    ("École Normale Supérieure", "éns"),
])
def test_a_names_acronym_is_its_initials_without_its_legal_form(name, expected):
    assert company_keys.acronym(name) == expected


def test_an_accented_names_acronym_does_not_match_a_label_of_unaccented_letters():
    """Folded, "hegv" would agree with "Haute École de Gestion Vaud" and a draft of the corpus would
    state its cut "Haute École" (train tC-112): the acronym keeps its accents."""
    assert not company_keys.matches_label("Haute École de Gestion Vaud", "hegv")
    assert company_keys.matches_label("Haute Ecole de Gestion Vaud", "hegv")
    assert not company_keys.related_names("École Normale Supérieure", "ENS")


@pytest.mark.parametrize("text, expected", [
    ("chez la Banque Européenne de Développement (BED) à Paris.", {"bed": "Banque Européenne de Développement"}),
    ("Candidature – Établissement Public Foncier (EPF) de Normandie", {"epf": "Établissement Public Foncier"}),
    # In a mail's run every capital counts: a legal form's is an initial there ("Deutsche Bahn AG" is
    # no spelling of "DB", and "DBA" is spelled out with it).
    ("bei der Deutsche Bahn AG (DB) in Berlin.", {}),
    ("bei der Deutsche Bahn AG (DBA) in Berlin.", {"dba": "Deutsche Bahn AG"}),
])
def test_spelled_out_counts_every_capital_of_the_run(text, expected):
    assert company_phrases.spelled_out(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Bundesamt für Raumentwicklung und Verkehr BRV", "Bundesamt für Raumentwicklung und Verkehr"),
    ("Établissement Français du Sang ÉFS", "Établissement Français du Sang"),
    # Compared with their accents, as before: "EFS" is not the initials of "Établissement ...".
    ("Établissement Français du Sang EFS", "Établissement Français du Sang EFS"),
    # Initials that are not the name's stay.
    ("Bundesamt für Raumentwicklung und Verkehr ABC", "Bundesamt für Raumentwicklung und Verkehr ABC"),
])
def test_a_name_without_its_own_initials_after_it(name, expected):
    assert company_clues.without_place(name, "") == expected


@pytest.mark.parametrize("name, group, expected", [
    ("GHP Saint-Roch", "Groupe Hospitalier Privé Saint-Roch", True),
    # The group's initials keep their accents, as before: "ehp" is not "éhp".
    ("EHP Saint-Roch", "Établissements Hospitaliers Privés Saint-Roch", False),
    # Letters that are not the group's initials make another name.
    ("XHP Saint-Roch", "Établissements Hospitaliers Privés Saint-Roch", False),
])
def test_a_name_of_the_groups_initials_and_words_is_the_groups(name, group, expected):
    assert company_scope.is_group(name, [group]) is expected
