"""The role is the whole title phrase the mail writes, not its head word or its tail: "to the CEO"
and "Mitglied der" carry a title on, the subject's longer title wins over a body phrase cut short,
capitalised words in front of the title belong to it, and a requisition number is no part of it.
Mails written for these tests (no corpus mail); each fails on the rules before this change."""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.role import clean, with_qualifiers
from tests.support.drafts import mail


def role_of(raw: bytes) -> str:
    """The rules' reading of the role (what the fact model then scores)."""
    return read_rejection(raw).facts["role"].value


def test_an_assistant_to_the_director_is_not_the_director():
    raw = mail("Dear Tomas,\n\nThank you for talking with us about the Personal Assistant to the Managing "
               "Director position. We have offered the role to another candidate.\n\nKind regards,\n"
               "Greta Holm\nHR Advisor\nBrackenfield Logistics\n",
               sender="Greta Holm <greta.holm@brackenfield.example>", subject="Your application")
    assert role_of(raw) == "Personal Assistant to the Managing Director"


def test_a_german_title_goes_on_after_mitglied_der():
    raw = mail("Sehr geehrter Herr Brandt,\n\nder Stiftungsrat hat über die Besetzung der Funktion Leiterin "
               "Personal & Mitglied der Direktion entschieden. Die Wahl fiel auf eine andere Kandidatin.\n\n"
               "Freundliche Grüsse\nMarlene Zuber\nStiftung Lindenhof\n",
               sender="Marlene Zuber <m.zuber@lindenhof-stiftung.example>", subject="Ihre Kandidatur",
               language="de")
    assert role_of(raw) == "Leiterin Personal & Mitglied der Direktion"


def test_an_article_after_a_phrase_that_is_no_title_still_starts_the_title():
    assert clean("your interest in the Video Producer") == "Video Producer"
    assert clean("applying to the Data Analyst") == "Data Analyst"
    assert clean("Executive Assistant to the CEO") == "Executive Assistant to the CEO"


def test_the_subjects_whole_title_where_the_body_cuts_it_at_in():
    raw = mail("Sehr geehrte Frau Kaya,\n\nvielen Dank für Ihre Bewerbung als Lagerist/in in Vollzeit "
               "für unseren Lager in Bremen-Nord. Leider müssen wir Ihnen mitteilen, dass wir uns für "
               "eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nJonas Wendt\n"
               "Frischmarkt Wendt GmbH\n",
               sender="Jonas Wendt <jobs@frischmarkt-wendt.example>", subject="Ihre Bewerbung Lagerist/in Vollzeit",
               language="de")
    assert role_of(raw) == "Lagerist/in in Vollzeit"


def test_the_subjects_title_when_the_body_names_only_its_field():
    raw = mail("Hi Noor - thanks for applying. We went with someone else for the UX role this time. "
               "Good luck!\n\nPaz\n", sender="Paz <paz@tallgrass.example>", subject="Re: Senior UX Writer")
    assert role_of(raw) == "Senior UX Writer"


def test_capitalised_words_in_front_of_the_subjects_title_belong_to_it():
    raw = mail("Dear Ines,\n\nThank you for your interest in the twelve-week Applied Hydrology Internship "
               "at Corvane Water. We had many strong applications and have not selected yours.\n\n"
               "Best wishes,\nEarly Careers Team\nCorvane Water\n",
               sender="Corvane Water <earlycareers@corvanewater.example>",
               subject="Internship application - Applied Hydrology")
    assert role_of(raw) == "Applied Hydrology Internship"


def test_words_in_front_of_a_title_stop_at_a_sentence_a_greeting_or_the_company():
    body = "Dear Data Analyst,\nAcme Data Analyst roles. Data Analyst\nthe Senior Data Analyst post"
    assert with_qualifiers("Data Analyst", body, {"acme"}) == "Senior Data Analyst"
    assert with_qualifiers("Data Analyst", "Dear Data Analyst, no.", set()) == "Data Analyst"
    assert with_qualifiers("Data Analyst", "Thank you. Data Analyst", set()) == "Data Analyst"


def test_a_named_requisition_number_is_no_part_of_the_title():
    raw = mail("Estimado Andrés:\n\nGracias por tu interés en nuestra empresa. Tras revisar los perfiles, "
               "hemos decidido continuar con otros candidatos.\n\nSaludos cordiales,\nTalento Humano\n"
               "Laboratorios Miraflor\n",
               sender="Laboratorios Miraflor <talento@miraflor.example>",
               subject="Requisición 31-0458 Visitador Médico – Cali", language="es")
    assert role_of(raw) == "Visitador Médico"
