"""The role a draft states is one whole title or none: a title's first words are not cut off, a
piece of a word, a list, a choice or a reference's abbreviation is no title, a mail about two posts
names none, and a workplace glued on is no part of it. (A title's comma, conjunction and Spanish "a":
tests/test_drafts_role_fields.py.)

Each test checks one behaviour on every case it has; a case is read either by the rule itself or,
where the whole mail matters, as drafts/rejection.py reads the mail.
Mails written for these tests (no corpus mail); each fails on the rules before this change."""

from __future__ import annotations

import pytest

from onward.drafts.role import without_company
from onward.drafts.role_shape import names_two_posts, reads_as_title, without_workplace
from tests.support.drafts import mail
from tests.support.stated import rules_role


def in_mail(body: str, sender: str, subject: str = "Your application", language: str = "en") -> str:
    """The rules' role of a mail built from these parts."""
    return rules_role(mail(body, sender=sender, subject=subject, language=language))


# The start of a title is not cut off.

@pytest.mark.parametrize("read, args, role", [
    # The language tables' group words and legal forms, all of them: "Holdings", "S.L.U.", "OHG".
    pytest.param(without_company, ("Ostrander Consulting Group Summer Internship", "Ostrander Consulting"),
                 "Summer Internship", id="en-group"),
    pytest.param(without_company, ("Halvorsen Holdings Graduate Analyst", "Halvorsen"), "Graduate Analyst",
                 id="en-holdings"),
    pytest.param(without_company, ("Almenara S.L.U. Técnico de Calidad", "Almenara"), "Técnico de Calidad",
                 id="es-legal-form"),
    pytest.param(without_company, ("Brenner OHG Industriemechaniker", "Brenner"), "Industriemechaniker",
                 id="de-legal-form"),
    # Not "Group Analyst Programme": the body's whole title.
    pytest.param(in_mail, ("Dear Jonah,\n\nThank you for applying to the Autumn Analyst Programme at Marlowe Capital "
                           "Group. We will not be taking your application further.\n\nKind regards,\nEarly Careers\n"
                           "Marlowe Capital Group\n", "Marlowe Capital <careers@marlowecapital.example>",
                           "Marlowe Capital Group Analyst Programme – Outcome"), "Autumn Analyst Programme",
                 id="en-mail-subject"),
])
def test_the_rest_of_the_company_s_name_in_front_of_the_title_is_no_word_of_it(read, args, role):
    assert read(*args) == role


# Words that are no title.

@pytest.mark.parametrize("body, sender, subject, language", [
    # Not "v mobile" (cut inside "dev"); "stage" alone is no title either, so no role is read.
    pytest.param("Salut Inès, désolé mais on a déjà pris quelqu'un pour le stage dev mobile. Merci et bonne "
                 "continuation !\nKarim – Applivore\n", "Karim <karim@applivore.example>", "Re: stage", "fr",
                 id="fr-inside-a-word"),
    # "in der Sucht- und Drogenberatung": "Sucht-" shares its ending with the next word; it is no post.
    pytest.param("Sehr geehrte Frau Kern,\n\ndanke für Ihre Nachfrage. Wir haben die Stelle in der Sucht- und "
                 "Drogenberatung inzwischen intern besetzt. Ihre Unterlagen löschen wir.\n\nHerzliche Grüße\n"
                 "Petra Lohse\nDiakonie Sandbach\n", "Petra Lohse <p.lohse@diakonie-sandbach.example>",
                 "AW: Frage zu meiner Bewerbung", "de", id="de-first-half-of-a-compound-cut-at-its-hyphen"),
])
def test_a_piece_of_a_word_is_no_title(body, sender, subject, language):
    assert in_mail(body, sender, subject, language) == ""


@pytest.mark.parametrize("read, args, role", [
    pytest.param(reads_as_title, ("case study, panel interview and partner", "en"), False, id="en-list"),
    pytest.param(reads_as_title, ("Gruppenübung, schriftliche Aufgabe und Partner", "de"), False, id="de-list"),
    pytest.param(reads_as_title, ("Actuaire, tarification IARD", "fr"), True, id="fr-title-and-its-field"),
    pytest.param(in_mail, ("Dear Sam,\n\nThank you for attending our assessment day. Following careful review of "
                           "your performance across the case study, presentation and partner interview, we will not "
                           "be offering you a place.\n\nBest wishes,\nGraduate Recruitment\nHalden & Crewe LLP\n",
                           "Halden & Crewe <graduates@haldencrewe.example>", "Assessment day outcome"), "",
                 id="en-mail-assessment-tasks"),
])
def test_a_list_after_a_comma_is_no_title(read, args, role):
    assert read(*args) == role


@pytest.mark.parametrize("words, language", [
    ("Consultant or Senior Consultant", "en"), ("Analyste ou Analyste Senior", "fr"),
    ("Sachbearbeiter oder Teamleiter", "de"), ("Manager o Senior Manager", "es"),
])
def test_a_choice_between_titles_is_no_title(words, language):
    assert not reads_as_title(words, language)


@pytest.mark.parametrize("read, args, role", [
    pytest.param(reads_as_title, ("Nr", "de"), False, id="de-abbreviation"),
    pytest.param(reads_as_title, ("Beamtin/eines Beamten", "de"), False, id="de-declined-pair"),
    pytest.param(reads_as_title, ("Técnico/a", "es"), True, id="es-slash-ending"),
    pytest.param(reads_as_title, ("Mitarbeiter/in", "de"), True, id="de-slash-ending"),
    # Not "Nr": the title the mail quotes after the reference.
    pytest.param(in_mail, ("Sehr geehrte Frau Lutz,\n\nvielen Dank für Ihre Bewerbung auf die Stellenausschreibung "
                           "Nr. 17/2026 „Sachbearbeitung Wohngeld (m/w/d)“. Leider können wir Sie nicht "
                           "berücksichtigen.\n\nMit freundlichen Grüßen\nIm Auftrag\nKessler\nStadt Elmshagen\n",
                           "Stadt Elmshagen <personal@elmshagen.example>", "Stellenausschreibung Nr. 17/2026", "de"),
                 "Sachbearbeitung Wohngeld", id="de-mail-reference"),
])
def test_a_references_abbreviation_and_a_declined_pair_are_no_title(read, args, role):
    assert read(*args) == role


# Two posts, of which the mail does not say which one.

@pytest.mark.parametrize("read, args, role", [
    pytest.param(in_mail, ("Madame,\n\nNous avons bien reçu vos deux candidatures, l'une pour le poste de chargée de "
                           "clientèle, l'autre pour le poste de conseillère patrimoniale. Nous ne donnerons pas suite "
                           "pour le moment.\n\nCordialement,\nAnne Morel\nBanque Serrault\n",
                           "Anne Morel <a.morel@serrault.example>", "Vos candidatures", "fr"), "",
                 id="fr-mail-named-apart-in-the-body"),
    pytest.param(in_mail, ("Estimado Sr. Paredes:\n\nUsted se presentó a dos puestos: Técnico Electricista (código "
                           "12) y Técnico Mecánico (código 15).\n\n- Técnico Electricista: NO CALIFICA.\n- Técnico "
                           "Mecánico: NO CALIFICA.\n\nAtentamente,\nRecursos Humanos\nMunicipalidad de Tarma\n",
                           "RRHH <rrhh@tarma.example>", "Convocatoria – Técnico Electricista y Técnico Mecánico", "es"),
                 "", id="es-mail-joined-in-the-subject"),
    pytest.param(names_two_posts, ("Data Analyst and Data Engineer", "the Data Analyst post; the Data Engineer post"),
                 True, id="en-two-posts"),
    pytest.param(names_two_posts, ("Gerente de Alimentos y Bebidas", "el puesto de Gerente de Alimentos y Bebidas"),
                 False, id="es-one-title-with-y"),
])
def test_two_posts_named_apart_name_no_role(read, args, role):
    assert read(*args) == role


# A workplace glued on.

def test_a_workplace_after_a_french_title_is_no_part_of_it():
    raw = mail("Coucou Léa,\n\nMerci pour ton essai ! On a choisi quelqu'un d'autre pour le poste de serveuse au "
               "Bistrot Valmy de la Guillotière, désolée.\n\nBelle journée,\nClaire\nBistrot Valmy\n",
               sender="Claire <claire@bistrotvalmy.example>", subject="Re: ton essai", language="fr")
    assert rules_role(raw) == "serveuse"
    assert without_workplace("Koch bei Gasthaus Linde", "de") == "Koch"
    assert without_workplace("conseillère à la clientèle", "fr") == "conseillère à la clientèle"
