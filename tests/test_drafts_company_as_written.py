"""The company a draft states is the name as the mail writes it, or none: not a cut form of it
("Harcastle Re" for "Harcastle Reinsurance Company"), not the search firm that wrote, not a
kind of institution with no name of its own ("Parlement Régional").

Every mail here is written for this file; each test failed before its rule was written.
"""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.company import Choice, cuts_words_of
from onward.drafts.facts import ONLY_KINDS, VETOED, company_confidence
from tests.test_drafts_facts import mail


def test_a_signatures_cut_name_gives_way_to_the_name_written_out():
    body = ("Dear Mr Okafor,\n\nThank you for your application for the role of Senior Underwriter, Property "
            "Treaty at Harcastle Reinsurance Company (Bermuda) Limited.\n\nAfter the final interview the panel "
            "has chosen another candidate, whose treaty experience is closer to what the team needs.\n\n"
            "With best wishes,\nPriya Ramsden\nHead of Property Treaty\nHarcastle Re\n")
    read = read_rejection(mail(body, sender="Priya Ramsden <priya.ramsden@harcastlere.example>",
                               subject="Your application"))
    assert read.record_company == "Harcastle Reinsurance Company"
    assert read.company in ("", "Harcastle Reinsurance Company")


def test_a_registered_name_defined_in_the_footer_is_the_name_written_out():
    body = ("Dear Imogen,\n\nThank you for taking part in the Ostervale Bank assessment day for our Graduate "
            "Programme in Treasury.\n\nI am sorry to tell you that you have not been offered a place this year.\n\n"
            "Kind regards,\n\nCallum Reid\nEarly Careers Manager\n\n"
            "Ostervale Banking Group plc (\"Ostervale Bank\"). Registered in England No. 05512937.\n")
    read = read_rejection(mail(body, sender="Callum Reid <callum.reid@ostervalebank.example>",
                               subject="Ostervale - assessment day outcome"))
    assert read.record_company == "Ostervale Banking Group"
    assert read.company in ("", "Ostervale Banking Group")


def test_cut_words_are_the_same_name_cut_short_and_nothing_else():
    assert cuts_words_of("Harcastle Re", "Harcastle Reinsurance Company")
    assert cuts_words_of("Ostervale Bank", "Ostervale Banking Group plc")
    assert not cuts_words_of("Ostervale", "Ostervale Banking Group")  # a short form, not a cut one
    assert not cuts_words_of("Ostervale Bank", "Ostervale Bank")  # nothing cut
    assert not cuts_words_of("Nordbank Re", "Südbank Reinsurance")  # another first word
    # A compound's head is no cut word: the group is another name than its insurer.
    assert not cuts_words_of("Falkenau Versicherung", "Falkenau Versicherungsgruppe")


def test_an_executive_search_firms_signature_makes_it_the_agency_not_the_employer():
    body = ("Chère Madame Roussel,\n\nJe reviens vers vous après votre entretien avec le directoire de la "
            "Banque Mutuelle du Vexin.\n\nLe comité a retenu une autre candidature, plus proche du périmètre "
            "du poste. Vos échanges ont pourtant été très appréciés.\n\nBien à vous,\n\nAnne-Laure Brévannes\n"
            "Associée\nBrévannes Executive SARL – Recrutement de dirigeants – Rouen | Lille\n")
    read = read_rejection(mail(body, sender="Anne-Laure Brévannes <al.brevannes@brevannes-executive.example>",
                               subject="Banque Mutuelle du Vexin – Directeur financier", language="fr"))
    assert "Brévannes" not in read.company
    assert read.facts["company"].confidence < 0.5 or "Brévannes" not in read.facts["company"].value


def test_a_kind_of_institution_and_its_reach_names_no_one_institution():
    choice = Choice("Parlement Régional", frozenset({"display", "domain"}), 4.0, agrees_with_domain=True,
                    domain_known=True)
    fact = company_confidence(choice, "Madame,\n\nLe Service des Ressources humaines\n", "Parlement Régional",
                              False, "", ("parlementregional",))
    assert fact.how == ONLY_KINDS and ONLY_KINDS in VETOED
    # A word of its own makes it one institution's name.
    own = company_confidence(Choice("Parlement Régional Occitan", frozenset({"signature"}), 3.0), "", "", False, "")
    assert own.how != ONLY_KINDS
    # "Sur" written as a name's word is its own, not the connector "sur".
    south = company_confidence(Choice("Universidad Central del Sur", frozenset({"signature"}), 3.0), "", "", False, "")
    assert south.how != ONLY_KINDS


def test_a_mail_from_a_kind_of_institution_states_no_company():
    body = ("Madame,\n\nNous avons bien reçu votre candidature pour un stage au sein du service juridique. "
            "Nous regrettons de ne pouvoir y donner une suite favorable.\n\nVeuillez agréer, Madame, "
            "l'expression de nos sentiments distingués.\n\nLe Service des Ressources humaines\n"
            "Parlement de la Province des Hautes-Fagnes\n")
    read = read_rejection(mail(body, sender="Parlement Régional <rh@parlement-regional.example>",
                               subject="Votre candidature", language="fr"))
    assert read.company != "Parlement Régional"
    assert read.record_company != "Parlement Régional"


def test_a_contact_line_that_opens_with_the_firm_names_it():
    body = ("Dear Sam,\n\nThank you for applying for the Store Manager role. We have decided to move forward "
            "with other candidates whose experience is closer to the role.\n\nKind regards,\nThe Hiring Team\n\n"
            "Quillon Hotels Ltd · 140 Castle Street · York YO1 9RN\n")
    read = read_rejection(mail(body, sender="Recruiting <noreply@workablemail.example>",
                               subject="Your application for Store Manager"))
    assert read.record_company == "Quillon Hotels"
    assert read.company in ("", "Quillon Hotels")


def test_a_contact_line_that_opens_with_a_person_or_a_street_names_no_firm():
    body = ("Dear Sam,\n\nThank you for applying for the Store Manager role. We have decided to move forward "
            "with other candidates.\n\nKind regards,\nJane Pike\nJane Pike | +44 7700 900123\n"
            "Castle Street 140 · York YO1 9RN\n")
    read = read_rejection(mail(body, sender="Recruiting <noreply@workablemail.example>",
                               subject="Your application for Store Manager"))
    assert read.record_company == ""
    assert read.company == ""


def test_a_name_a_sentence_declines_is_stated_as_the_signature_writes_it():
    body = ("Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihr Interesse an der Ostfriesischen Landesbank und für "
            "Ihre Bewerbung als Firmenkundenberater (m/w/d).\n\nNach sorgfältiger Prüfung müssen wir Ihnen leider "
            "mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können.\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der Ostfriesischen Landesbank\n\n"
            "Ostfriesische Landesbank – Anstalt öffentlichen Rechts – Hafenstraße 12, 26789 Leer\n")
    read = read_rejection(mail(body, sender="Sparkasse Karriere <no-reply@ofsk-karriere.example>",
                               subject="Ihre Bewerbung als Firmenkundenberater (m/w/d)", language="de"))
    assert read.record_company == "Ostfriesische Landesbank"
    assert read.company in ("", "Ostfriesische Landesbank")


def test_a_declined_form_is_the_same_words_with_longer_endings():
    from onward.drafts.company_keys import declined_form
    assert declined_form("Ostfriesischen Landesbank", "Ostfriesische Landesbank")
    assert not declined_form("Ostfriesische Landesbank", "Ostfriesischen Landesbank")  # the other way round
    assert not declined_form("Ostfriesische Landesbank", "Ostfriesische Landesbank")  # the same
    assert not declined_form("Ostfriesland Landesbank", "Ostfriesische Landesbank")


def test_a_job_boards_employer_field_names_the_employer():
    body = ("Bonjour Léa,\n\nOffre : Comptable unique H/F (réf. 88213)\nEntreprise : Vauquelin & Fils Négoce\n"
            "Statut : Candidature non retenue\n\nRetrouvez d'autres offres dans votre espace candidat.\n\n"
            "L'équipe Keljob\n")
    read = read_rejection(mail(body, sender="Keljob <notifications@keljob-mail.example>",
                               subject="Réponse du recruteur à votre candidature", language="fr"))
    assert read.record_company == "Vauquelin & Fils Négoce"
    assert read.company in ("", "Vauquelin & Fils Négoce")


def test_an_employer_field_ends_where_the_next_field_begins():
    body = ("Sehr geehrter Herr Kuhn,\n\nvielen Dank für Ihre Bewerbung auf folgende Position:\n\n"
            "Stellenbezeichnung: Lagerist (m/w/d)\nGesellschaft: Brennecke Landtechnik GmbH\nStandort: Celle\n\n"
            "Leider können wir Sie im weiteren Verfahren nicht berücksichtigen.\n\nMit freundlichen Grüßen\n"
            "Ihr Bewerbermanagement\n")
    read = read_rejection(mail(body, sender="Bewerbermanagement <noreply@jobportal-mail.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.record_company == "Brennecke Landtechnik"
    assert read.company in ("", "Brennecke Landtechnik")
