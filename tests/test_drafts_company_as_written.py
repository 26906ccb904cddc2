"""The company a draft states is the name as the mail writes it, or none: not a cut form of it
("Harcastle Re" for "Harcastle Reinsurance Company"), not the search firm that wrote, not the post
the interest phrase names, not a kind of institution with no name of its own ("Parlement Régional").

Every mail here is written for this file; each test failed before its rule was written.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.company import Choice, cuts_words_of
from onward.drafts.facts import ONLY_KINDS, VETOED, company_confidence
from tests.support.drafts import mail
from tests.support.stated import assert_company_not_read


# (language, sender, subject, body, the name as the mail writes it: "" where it names no firm)
STATED_AS_WRITTEN = [
    # A signature's cut name gives way to the name written out.
    pytest.param(
        "en", "Priya Ramsden <priya.ramsden@harcastlere.example>", "Your application",
        ("Dear Mr Okafor,\n\nThank you for your application for the role of Senior Underwriter, Property "
         "Treaty at Harcastle Reinsurance Company (Bermuda) Limited.\n\nAfter the final interview the panel "
         "has chosen another candidate, whose treaty experience is closer to what the team needs.\n\n"
         "With best wishes,\nPriya Ramsden\nHead of Property Treaty\nHarcastle Re\n"),
        "Harcastle Reinsurance Company",
        id="signature-cut-name"),
    # A registered name the footer defines is the name written out.
    pytest.param(
        "en", "Callum Reid <callum.reid@ostervalebank.example>", "Ostervale - assessment day outcome",
        ("Dear Imogen,\n\nThank you for taking part in the Ostervale Bank assessment day for our Graduate "
         "Programme in Treasury.\n\nI am sorry to tell you that you have not been offered a place this year.\n\n"
         "Kind regards,\n\nCallum Reid\nEarly Careers Manager\n\n"
         "Ostervale Banking Group plc (\"Ostervale Bank\"). Registered in England No. 05512937.\n"),
        "Ostervale Banking Group",
        id="footer-registered-name"),
    # A contact line that opens with the firm names it.
    pytest.param(
        "en", "Recruiting <noreply@workablemail.example>", "Your application for Store Manager",
        ("Dear Sam,\n\nThank you for applying for the Store Manager role. We have decided to move forward "
         "with other candidates whose experience is closer to the role.\n\nKind regards,\nThe Hiring Team\n\n"
         "Quillon Hotels Ltd · 140 Castle Street · York YO1 9RN\n"),
        "Quillon Hotels",
        id="contact-line-opens-with-firm"),
    # A contact line that opens with a person or a street names no firm.
    pytest.param(
        "en", "Recruiting <noreply@workablemail.example>", "Your application for Store Manager",
        ("Dear Sam,\n\nThank you for applying for the Store Manager role. We have decided to move forward "
         "with other candidates.\n\nKind regards,\nJane Pike\nJane Pike | +44 7700 900123\n"
         "Castle Street 140 · York YO1 9RN\n"),
        "",
        id="contact-line-person-or-street"),
    # A name a sentence declines is stated as the signature writes it.
    pytest.param(
        "de", "Sparkasse Karriere <no-reply@ofsk-karriere.example>", "Ihre Bewerbung als Firmenkundenberater (m/w/d)",
        ("Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihr Interesse an der Ostfriesischen Landesbank und für "
         "Ihre Bewerbung als Firmenkundenberater (m/w/d).\n\nNach sorgfältiger Prüfung müssen wir Ihnen leider "
         "mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können.\n\n"
         "Mit freundlichen Grüßen\nIhr Recruiting-Team der Ostfriesischen Landesbank\n\n"
         "Ostfriesische Landesbank – Anstalt öffentlichen Rechts – Hafenstraße 12, 26789 Leer\n"),
        "Ostfriesische Landesbank",
        id="declined-name-as-signed"),
    # A job board's employer field names the employer.
    pytest.param(
        "fr", "Keljob <notifications@keljob-mail.example>", "Réponse du recruteur à votre candidature",
        ("Bonjour Léa,\n\nOffre : Comptable unique H/F (réf. 88213)\nEntreprise : Vauquelin & Fils Négoce\n"
         "Statut : Candidature non retenue\n\nRetrouvez d'autres offres dans votre espace candidat.\n\n"
         "L'équipe Keljob\n"),
        "Vauquelin & Fils Négoce",
        id="job-board-employer-field"),
    # An employer field ends where the next field begins.
    pytest.param(
        "de", "Bewerbermanagement <noreply@jobportal-mail.example>", "Ihre Bewerbung",
        ("Sehr geehrter Herr Kuhn,\n\nvielen Dank für Ihre Bewerbung auf folgende Position:\n\n"
         "Stellenbezeichnung: Lagerist (m/w/d)\nGesellschaft: Brennecke Landtechnik GmbH\nStandort: Celle\n\n"
         "Leider können wir Sie im weiteren Verfahren nicht berücksichtigen.\n\nMit freundlichen Grüßen\n"
         "Ihr Bewerbermanagement\n"),
        "Brennecke Landtechnik",
        id="employer-field-ends-at-next-field"),
    # A kind of institution the application phrase and the signature write out is that institution's name.
    pytest.param(
        "en", "HR <jobs@nationalparliament.example>", "Application",
        ("Dear Ms Rhys,\n\nThank you for applying for the post of Research Officer at the National Parliament. "
         "We regret that your application has not been successful on this occasion.\n\nYours sincerely,\n"
         "Human Resources\nNational Parliament\n"),
        "National Parliament",
        id="en-institution-in-application-phrase-and-signature"),
    pytest.param(
        "es", "Personal <empleo@consejo-provincial.example>", "Application",
        ("Estimada Sra. Vidal:\n\nGracias por postularse al puesto de Técnica Jurídica en el Consejo Provincial. "
         "Lamentamos comunicarle que no ha sido seleccionada.\n\nAtentamente,\nDepartamento de Personal\n"
         "Consejo Provincial\n"),
        "Consejo Provincial",
        id="es-institution-in-application-phrase-and-signature"),
]


@pytest.mark.parametrize("language, sender, subject, body, written", STATED_AS_WRITTEN)
def test_the_company_recorded_is_the_name_as_written_or_none(language, sender, subject, body, written):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.record_company == written
    assert read.company in ("", written)


def test_cut_words_are_the_same_name_cut_short_and_nothing_else():
    assert cuts_words_of("Harcastle Re", "Harcastle Reinsurance Company")
    assert cuts_words_of("Ostervale Bank", "Ostervale Banking Group plc")
    assert not cuts_words_of("Ostervale", "Ostervale Banking Group")  # a short form, not a cut one
    assert not cuts_words_of("Ostervale Bank", "Ostervale Bank")  # nothing cut
    assert not cuts_words_of("Nordbank Re", "Südbank Reinsurance")  # another first word
    # A compound's head is no cut word: the group is another name than its insurer.
    assert not cuts_words_of("Falkenau Versicherung", "Falkenau Versicherungsgruppe")


# (language, sender, subject, body, the search firm's name)
A_SEARCH_FIRM = [
    # An executive search firm's signature makes it the agency.
    pytest.param(
        "fr", "Anne-Laure Brévannes <al.brevannes@brevannes-executive.example>",
        "Banque Mutuelle du Vexin – Directeur financier",
        ("Chère Madame Roussel,\n\nJe reviens vers vous après votre entretien avec le directoire de la "
         "Banque Mutuelle du Vexin.\n\nLe comité a retenu une autre candidature, plus proche du périmètre "
         "du poste. Vos échanges ont pourtant été très appréciés.\n\nBien à vous,\n\nAnne-Laure Brévannes\n"
         "Associée\nBrévannes Executive SARL – Recrutement de dirigeants – Rouen | Lille\n"),
        "Brévannes",
        id="fr-executive-search-signature"),
    # A search firm writing from a "selección" domain is the agency.
    pytest.param(
        "es", "Laura Peña <laura.pena@corvelliberia-seleccion.example>",
        "Proceso Area Manager – Grupo Alimentario Ceravel",
        ("Hola Andrés,\n\nGracias por tu tiempo en la entrevista con Grupo Alimentario Ceravel el martes. "
         "Acabo de hablar con el Director Financiero y me comunica que han decidido avanzar con otro finalista "
         "para la posición de Area Manager, sobre todo por su experiencia en costes industriales.\n\nTu "
         "feedback ha sido muy positivo. Me gustaría seguir contando contigo para otros procesos: tengo un par "
         "de posiciones en el sector de alimentación que podrían encajarte.\n\nHablamos pronto.\n\n"
         "Laura Peña\nSenior Manager – Food & Retail\nCorvell Iberia Selección\nAvenida del Puerto 000, Valencia"),
        "Corvell",
        id="es-search-firm-on-seleccion-domain"),
]


@pytest.mark.parametrize("language, sender, subject, body, firm", A_SEARCH_FIRM)
def test_a_search_firm_is_the_agency_not_the_employer(language, sender, subject, body, firm):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert_company_not_read(read, firm)


def test_a_post_the_interest_phrase_names_is_no_company():
    # "your interest in the Deckhand / Crew Rating role": the post, not the company.
    body = ("Hi Callum, thanks for your interest in the Deckhand / Crew Rating role. We won't be progressing "
            "your application on this occasion. Best of luck – Tidewater Recruitment")
    read = read_rejection(mail(body, sender="Crew Recruitment <recruitment@tidewatercruises.example>",
                               subject="Deckhand / Crew Rating – Ref TW-0712"))
    assert "Deckhand" not in read.company


_VILLE = ("Madame,\n\nVous avez postulé au sein de la Ville de Saint-Orlan.\n\nHôtel de Ville – 2 place du "
          "Marché – 62100 Saint-Orlan\n")


@pytest.mark.parametrize("choice, text, sender_name, sender_labels, vetoed", [
    pytest.param(Choice("Parlement Régional", frozenset({"display", "domain"}), 4.0, agrees_with_domain=True,
                        domain_known=True), "Madame,\n\nLe Service des Ressources humaines\n", "Parlement Régional",
                 ("parlementregional",), True, id="fr-kind-and-its-reach"),
    # A word of its own makes it one institution's name.
    pytest.param(Choice("Parlement Régional Occitan", frozenset({"signature"}), 3.0), "", "", (), False,
                 id="fr-a-word-of-its-own"),
    # "Sur" written as a name's word is its own, not the connector "sur".
    pytest.param(Choice("Universidad Central del Sur", frozenset({"signature"}), 3.0), "", "", (), False,
                 id="es-sur-a-names-word"),
    # The veto's exception stays narrow: "la Ville de Saint-Orlan" writes no "Ville de" alone, and a
    # kind written only as the start of a longer name is still a kind.
    pytest.param(Choice("Ville de", frozenset({"domain"}), 2.0, agrees_with_domain=True, domain_known=True), _VILLE,
                 "Direction des Ressources Humaines", (), True, id="fr-start-of-a-longer-name"),
    pytest.param(Choice("Conseil Général", frozenset({"domain"}), 2.0, agrees_with_domain=True, domain_known=True),
                 "Le Conseil Général des Landes vous remercie.", "", (), True, id="fr-kind-before-its-place"),
])
def test_a_kind_of_institution_and_its_reach_names_no_one_institution(choice, text, sender_name, sender_labels,
                                                                       vetoed):
    fact = company_confidence(choice, text, sender_name, False, "", sender_labels)
    assert (fact.how == ONLY_KINDS) is vetoed
    assert ONLY_KINDS in VETOED


def test_a_mail_from_a_kind_of_institution_states_no_company():
    body = ("Madame,\n\nNous avons bien reçu votre candidature pour un stage au sein du service juridique. "
            "Nous regrettons de ne pouvoir y donner une suite favorable.\n\nVeuillez agréer, Madame, "
            "l'expression de nos sentiments distingués.\n\nLe Service des Ressources humaines\n"
            "Parlement de la Province des Hautes-Fagnes\n")
    read = read_rejection(mail(body, sender="Parlement Régional <rh@parlement-regional.example>",
                               subject="Votre candidature", language="fr"))
    assert read.company != "Parlement Régional"
    assert read.record_company != "Parlement Régional"


def test_a_declined_form_is_the_same_words_with_longer_endings():
    from onward.drafts.company_keys import declined_form
    assert declined_form("Ostfriesischen Landesbank", "Ostfriesische Landesbank")
    assert not declined_form("Ostfriesische Landesbank", "Ostfriesischen Landesbank")  # the other way round
    assert not declined_form("Ostfriesische Landesbank", "Ostfriesische Landesbank")  # the same
    assert not declined_form("Ostfriesland Landesbank", "Ostfriesische Landesbank")


