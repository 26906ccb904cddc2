"""Round 12's classes of wrong roles: a title cut at a bracketed gender ending ("Chef(fe)").
Mails written for these tests (no corpus mail)."""

from __future__ import annotations

from onward.drafts import read_rejection
from tests.test_drafts_facts import mail


def role_of(raw: bytes) -> str:
    """The rules' reading of the role (what the fact model then scores)."""
    return read_rejection(raw).facts["role"].value


def test_a_bracketed_doubled_consonant_ending_is_part_of_the_word():
    # "Chef(fe)": the feminine doubles the consonant; the bracket is no end of the title.
    raw = mail("Bonjour Camille,\n\nNous vous remercions de votre candidature au poste de Chef(fe) d'équipe "
               "logistique. Après examen attentif, nous ne pouvons pas y donner une suite favorable.\n\n"
               "Cordialement,\nNadège Ferrand\nTransports Vellard\n",
               sender="Nadège Ferrand <n.ferrand@vellard.example>", subject="Votre candidature", language="fr")
    assert role_of(raw) == "Chef(fe) d'équipe logistique"


def test_a_grade_one_before_the_slash_of_a_grade_pair_is_no_pronoun():
    # "Analyst I / Analyst II": the grade "I" is no "I" opening a sentence.
    raw = mail("Dear Sam,\n\nThank you for applying for the Budget Analyst I / Budget Analyst II position "
               "with the Borough. We have selected other candidates for interview.\n\nRegards,\nHuman "
               "Resources\nBorough of Stanwick\n", sender="HR <hr@stanwick.example>")
    assert role_of(raw) == "Budget Analyst I / Budget Analyst II"
    raw = mail("Dear Sam,\n\nThank you for applying for the Records Clerk I position. We have selected "
               "other candidates.\n\nRegards,\nHuman Resources\nBorough of Stanwick\n",
               sender="HR <hr@stanwick.example>")
    assert role_of(raw) == "Records Clerk I"


def test_the_first_half_of_a_compound_cut_at_its_hyphen_is_no_title():
    # "in der Sucht- und Drogenberatung": "Sucht-" shares its ending with the next word; it is no post.
    raw = mail("Sehr geehrte Frau Kern,\n\ndanke für Ihre Nachfrage. Wir haben die Stelle in der Sucht- und "
               "Drogenberatung inzwischen intern besetzt. Ihre Unterlagen löschen wir.\n\nHerzliche Grüße\n"
               "Petra Lohse\nDiakonie Sandbach\n", sender="Petra Lohse <p.lohse@diakonie-sandbach.example>",
               subject="AW: Frage zu meiner Bewerbung", language="de")
    assert role_of(raw) == ""


def test_the_employer_s_name_after_the_title_is_no_field_of_it():
    # "en Alimentos Norteños S.A.": the words after "en" end in a legal form; they name the firm.
    raw = mail("Estimado Felipe:\n\nLe agradezco su participación en el proceso de selección para el cargo de "
               "Contador/a Senior en Alimentos Norteños S.A., así como el tiempo dedicado a la entrevista. El "
               "comité resolvió seguir con otro postulante.\n\nSaludos cordiales,\nGerencia de Personas\n"
               "Alimentos Norteños S.A.\n", sender="Personas <personas@nortenos.example>",
               subject="Resultado entrevista", language="es")
    assert role_of(raw) == "Contador/a Senior"
