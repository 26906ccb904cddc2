"""The company a draft states when the mail gives it two names that disagree: the candidate's
application names one company ("Ihr Interesse an der X", "chez X", "tu interés en X") and the
sender's display name, domain, signature or team another; the draft states the application's, or
none, never the other. Two forms of one name ("Stadt X", "Stadtverwaltung X") agree, and a group
the mail gives as the owner ("parte de Grupo Y") names no application.

Every mail here is written for this file; each test but the guards (marked) failed on the code
before these rules.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import RELAYED_TO_THE_CANDIDATE, mail


def _client_or_none(relayed: tuple[str, ...]) -> tuple:
    """A go-between's relayed decision as a row here: not its own name, the client's or none."""
    language, sender, subject, body, go_between, client = relayed
    return language, sender, subject, body, go_between, {"", client}


# (language, sender, subject, body, the name the draft must not state, the names it may state)
DISAGREEING = [
    ("de", "Talent Acquisition Talvera Versicherung <recruiting@talvera-versicherung.example>",
     "Ihre Kandidatur – Referent/in Produktmanagement",
     "Sehr geehrter Herr Yilmaz,\n\nwir danken Ihnen für Ihr Interesse an der Talvera Krankenversicherung AG, "
     "einer Gesellschaft der Talvera Versicherungsgruppe, und für das Gespräch im Oktober.\n\nDie Position "
     "Referent/in Produktmanagement haben wir inzwischen besetzt.\n\nMit freundlichen Grüßen\nTalvera "
     "Versicherungsgruppe\nKonzern-Recruiting\nDr. Anja Körner\n",
     "Talvera Versicherung", {"", "Talvera Krankenversicherung"}),
    _client_or_none(RELAYED_TO_THE_CANDIDATE["fr-agency"]),
    _client_or_none(RELAYED_TO_THE_CANDIDATE["fr-job-board"]),
    ("es", "Capital Humano Grupo Textil Anáhuac <capitalhumano@gtanahuac.example>", "Vacante Analista de Costos",
     "Hola Mariana,\n\nGracias por tu seguimiento. La vacante de Analista de Costos ya fue ocupada y el proceso "
     "está cerrado.\n\nAgradecemos tu interés en Grupo Textil Anáhuac.\n\nSaludos,\nPaola Ríos\nReclutamiento – "
     "Capital Humano\n",
     "Capital", {"", "Grupo Textil Anáhuac"}),
]


@pytest.mark.parametrize("language, sender, subject, body, wrong, allowed", DISAGREEING,
                         ids=["de-display", "fr-agency", "fr-job-board", "es-department"])
def test_a_name_the_application_phrase_contradicts_is_not_stated(language, sender, subject, body, wrong, allowed):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert not read.company.startswith(wrong)
    assert read.company in allowed


def test_two_forms_of_one_name_agree_and_the_senders_stays():
    # A guard: "Stadtverwaltung Wiesenau" in the application phrase is the city's own administration.
    body = ("Sehr geehrte Frau Roth,\n\nfür Ihre Bewerbung und das damit bekundete Interesse an einer Tätigkeit "
            "bei der Stadtverwaltung Wiesenau danken wir Ihnen.\n\nLeider konnten wir Sie im weiteren "
            "Auswahlverfahren nicht berücksichtigen.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nPetra Sauer\n"
            "Stadt Wiesenau\nRathausplatz 2\n")
    read = read_rejection(mail(body, sender="Stadt Wiesenau – Personalamt <personalamt@stadt-wiesenau.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.company in {"Stadt Wiesenau", ""}
    assert read.facts["company"].value == "Stadt Wiesenau"


def test_a_group_given_as_the_owner_is_no_application_phrase():
    # A guard: "parte de Grupo Marítimo Tenoya" says who owns the sender, not where one applied.
    body = ("Hola Ayoze:\n\nGracias por interesarte por el puesto de Agente de reservas en nuestra oficina de "
            "Arrecife.\n\nYa hemos encontrado a la persona que se incorporará al equipo.\n\nQue te vaya muy "
            "bien,\nPeople Team\nNavieras Tinajo – parte de Grupo Marítimo Tenoya\n")
    read = read_rejection(mail(body, sender="People Team Navieras Tinajo <people@navierastinajo.example>",
                               subject="Agente de reservas", language="es"))
    assert "Tenoya" not in read.company
    assert read.facts["company"].value == "Navieras Tinajo"
