"""Where a group writes, the company the candidate applied to is stated only from the candidate's
own application ("your application ... at X", "Ihre Bewerbung ... bei X", "votre candidature ...
chez X", "tu postulación ... en X"); a sister company the mail advertises ("our offers at X",
"open positions at X", "las vacantes en X") is never it, and with two "applied to" none is.

Every mail here is written for this file; each failed while any application word decided.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail

ADVERTISED_SISTER = [
    ("en", "Careers <careers@pellinggroup.example>", "Dear Kim,\n\nThank you for your application. We are sorry to "
     "say we will not take it further.\n\nYou may also like the open positions at Pelling Freight Ltd, listed on "
     "our careers page.\n\nKind regards,\nTalent Team\nPelling Group\nPelling Foods Ltd | Pelling Freight Ltd\n",
     "Pelling Freight"),
    ("de", "Karriere <karriere@osterholt-gruppe.example>", "Sehr geehrte Frau Kim,\n\nvielen Dank für Ihre "
     "Bewerbung. Leider können wir Ihnen keine Zusage geben.\n\nWeitere Stellen finden Sie bei der Osterholt "
     "Logistik GmbH.\n\nMit freundlichen Grüßen\nPersonalabteilung\nOsterholt Gruppe\n", "Osterholt Logistik"),
    ("fr", "Recrutement <recrutement@groupe-vaumoret.example>", "Bonjour Kim,\n\nNous vous remercions pour votre "
     "candidature. Nous ne pouvons pas y donner une suite favorable.\n\nN'hésitez pas à consulter nos offres chez "
     "Vaumoret Bois SAS.\n\nCordialement,\nService Recrutement\nGroupe Vaumoret\n", "Vaumoret Bois"),
    ("es", "Selección <seleccion@grupoarbeca.example>", "Hola Kim:\n\nGracias por tu candidatura. Te animamos a "
     "consultar las vacantes en Arbeca Inmobiliaria S.L. y en el resto del grupo.\n\nLamentablemente, no "
     "seguiremos adelante.\n\nUn saludo,\nEquipo de Selección\nGrupo Arbeca\n", "Arbeca Inmobiliaria"),
]


@pytest.mark.parametrize("language, sender, body, advertised", ADVERTISED_SISTER)
def test_a_sister_company_the_mail_only_advertises_is_never_the_employer(language, sender, body, advertised):
    read = read_rejection(mail(body, sender=sender, subject="Application", language=language))
    assert advertised not in read.record_company
    assert advertised not in read.company
    assert all(advertised not in c.value for c in read.facts["company"].candidates)


def test_the_candidates_own_application_still_decides_beside_an_advertised_sister():
    body = ("Dear Kim,\n\nThank you for your application to Pelling Foods Ltd, part of the Pelling Group. We will "
            "not take it further.\n\nYou may also like the open positions at Pelling Freight Ltd.\n\n"
            "Kind regards,\nTalent Team\nPelling Group\n")
    read = read_rejection(mail(body, sender="Careers <careers@pellinggroup.example>"))
    assert read.record_company == "Pelling Foods"


def test_two_companies_applied_to_leave_the_employer_out():
    body = ("Hola Kim:\n\nGracias por tu postulación en Arbeca Hoteles Costa S.L. y por tu postulación en Arbeca "
            "Inmobiliaria S.L.\n\nLamentablemente no seguiremos adelante.\n\nUn saludo,\nSelección\nGrupo Arbeca\n")
    read = read_rejection(mail(body, sender="Selección <seleccion@grupoarbeca.example>", subject="Postulación",
                               language="es"))
    assert read.record_company == ""
    assert read.company == ""


def test_the_group_words_are_one_list_the_language_tables_hold():
    from onward.drafts import tables
    from onward.drafts.company_scope import is_group
    from onward.drafts.lexicon import GROUP_WORDS

    assert GROUP_WORDS == tables.all_words("group_words")
    assert {"group", "gruppe", "groupe", "grupo"} <= GROUP_WORDS
    assert is_group("Osterholt Konzern", []) and is_group("Grupo Arbeca", [])
