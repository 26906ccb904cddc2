"""A word written onto "-Team" ("Ihr Brotzeit-Team", "Ihr Kita-Team") is a company only where it is a
name the sender's domain or display name carries, and "Team" is never part of it.

Mail written for these tests (issue #10); each failed before its rule but the guards and probes.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail
from tests.support.stated import assert_company_read


def test_a_team_word_written_onto_the_name_is_not_part_of_it():
    body = ("Hallo Herr Krüger,\n\ndanke für Ihr Interesse an einem Aushilfsjob in unserer Bäckerei. Leider "
            "sind alle Stellen schon vergeben.\n\nViele Grüße\nIhr Brotzeit-Team")
    read = read_rejection(mail(body, sender="Bäckerei Brotzeit <jobs@brotzeit-baeckerei.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert "Team" not in read.company
    assert read.facts["company"].value == "Brotzeit"


@pytest.mark.parametrize("team", ["Praxis", "Filial", "Empfangs", "Bewerbungs", "Kita"])
def test_a_teams_word_written_onto_team_is_no_company(team):
    body = (f"Liebe Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Erzieherin. Leider können wir Sie "
            f"nicht berücksichtigen.\n\nWir wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\n"
            f"Ihr {team}-Team")
    # The domain spells the word too ("kita-sonnenhof"): a team's function, not a name.
    read = read_rejection(mail(body, sender=f"Bewerbung <bewerbung@{team.lower()}-sonnenhof.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.company == ""


def test_a_word_written_onto_team_that_neither_domain_nor_display_name_carries_is_no_company():
    body = ("Liebe Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Köchin. Leider können wir Sie nicht "
            "berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Brombeere-Team")
    read = read_rejection(mail(body, sender="Bewerbung <bewerbung@sonnenhof-verbund.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.company == ""


def test_a_name_written_onto_team_is_stated_where_the_domain_carries_it():
    body = ("Liebe Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Köchin. Leider können wir Sie nicht "
            "berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Hagebutte-Team")
    read = read_rejection(mail(body, sender="Bewerbung <jobs@hagebutte.example>",
                               subject="Ihre Bewerbung", language="de"))
    assert_company_read(read, "Hagebutte")
