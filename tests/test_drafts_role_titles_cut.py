"""Roles the rules stated wrong on rounds 1-14 (issue 10), by class: a job word short of the title
the mail writes on, a trainee's word for the trade it names, the act on a post read as its title, a
title the body places within the programme the subject names. Each class with probes where the rule
must not fire. Mails written for these tests (no corpus mail)."""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail
from tests.support.stated import rules_role_in

_SIGNED_DE = "\n\nMit freundlichen Grüßen\nHelga Brandt\nStadtwerke Lindenau GmbH\n"
_SIGNED_FR = "\n\nCordialement,\nOdile Marchand\nMaison Corbeau\n"
_SIGNED_ES = "\n\nUn saludo,\nIker Salas\nConservas Bahía\n"


# Class 1: a job word alone where the body writes its title on after "in".

def test_a_job_word_the_body_carries_on_is_named_in_full():
    body = ("Sehr geehrter Herr Aydın,\n\nIhre Bewerbung als Arzt in Weiterbildung in unserer Klinik für "
            "Innere Medizin haben wir mit Interesse gelesen. Leider sind alle Stellen bereits besetzt." + _SIGNED_DE)
    assert rules_role_in(body, "Ihre Bewerbung", "de") == "Arzt in Weiterbildung"


def test_a_job_word_whose_line_goes_on_with_its_terms_is_left_out():
    # "Verkäufer" names no more than the kind of job; where the title's line ends is a guess.
    body = ("Sehr geehrter Herr Aydın,\n\nvielen Dank für Ihre Bewerbung als Verkäufer (m/w/d) in Teilzeit 30 Std. – "
            "Backwaren. Leider haben wir uns für einen anderen Bewerber entschieden." + _SIGNED_DE)
    assert rules_role_in(body, "Ihre Bewerbung als Verkäufer", "de") == ""


def test_a_job_word_whose_line_goes_on_with_its_hours_is_left_out():
    body = ("Liebe Frau Aydın,\n\nvielen Dank für Ihre Bewerbung als Mitarbeiterin (m/w/d) in Teilzeit 20 Std. für "
            "unseren Markt in Gera. Leider passen Ihre Zeiten nicht zu unserem Bedarf." + _SIGNED_DE)
    assert rules_role_in(body, "Ihre Bewerbung", "de") == ""


@pytest.mark.parametrize("body, role", [
    # A place after "in" is no word of the title.
    ("Sehr geehrter Herr Aydın,\n\nvielen Dank für Ihre Bewerbung als Verkäufer in Hamburg. Leider haben wir uns "
     "für einen anderen Bewerber entschieden." + _SIGNED_DE, "Verkäufer"),
    # Nor a lower-case word of the sentence.
    ("Sehr geehrter Herr Aydın,\n\nvielen Dank für Ihre Bewerbung als Verkäufer in unserer Filiale am Markt. "
     "Leider haben wir uns für einen anderen Bewerber entschieden." + _SIGNED_DE, "Verkäufer"),
])
def test_a_job_word_before_a_place_or_the_sentence_stays(body, role):
    assert rules_role_in(body, "Ihre Bewerbung", "de") == role


# Class 2: a trainee's word where the mail names the trade after it.

def test_a_trainee_s_word_before_the_trade_is_no_title():
    body = ("Sehr geehrter Herr Aydın,\n\nvielen Dank für Ihre Bewerbung als Auszubildender zum Elektroniker für "
            "Betriebstechnik 2027 bei den Stadtwerken. Leider können wir Ihnen keinen Ausbildungsplatz anbieten."
            + _SIGNED_DE)
    assert rules_role_in(body, "Ihre Bewerbung um einen Ausbildungsplatz", "de") == ""


@pytest.mark.parametrize("body", [
    # A date after "zum" is no trade: the trainee's word alone is what the mail names.
    "Sehr geehrter Herr Aydın,\n\nvielen Dank für Ihre Bewerbung als Auszubildender zum 1. August. Leider "
    "können wir Ihnen keinen Ausbildungsplatz anbieten." + _SIGNED_DE,
    # Nor is the sentence going on in lower case.
    "Sehr geehrter Herr Aydın,\n\nvielen Dank für Ihre Bewerbung als Auszubildender zum nächstmöglichen "
    "Zeitpunkt. Leider können wir Ihnen keinen Ausbildungsplatz anbieten." + _SIGNED_DE,
])
def test_a_trainee_s_word_before_a_date_or_the_sentence_stays(body):
    assert rules_role_in(body, "Ihre Bewerbung", "de") == "Auszubildender"


# Class 3: the act on the post, written before its title.

@pytest.mark.parametrize("language, subject, body, role", [
    # The body writes the title: it is the role, without the act.
    ("fr", "Remplacement aide-soignante – Vannes",
     "Bonjour Léa,\n\nPour le remplacement de six semaines (aide-soignante, service de gériatrie), la clinique a "
     "retenu une autre candidate." + _SIGNED_FR, "aide-soignante"),
    # The body does not: the subject's heading alone names the post, in the administration's form.
    ("de", "Mitteilung – Besetzung des Dienstpostens Teamleitung Buchhaltung (E 11)",
     "Sehr geehrte Frau Kühn,\n\nim Auswahlverfahren für die Stelle Teamleiterin / Teamleiter Buchhaltung ist "
     "beabsichtigt, die Stelle mit einer anderen Bewerberin zu besetzen." + _SIGNED_DE, ""),
])
def test_the_act_on_the_post_is_no_word_of_its_title(language, subject, body, role):
    assert rules_role_in(body, subject, language) == role


@pytest.mark.parametrize("language, subject, body, role", [
    # The post phrase after the act reads the title ("der Stelle X"): the body need not write it.
    ("de", "Besetzung der Stelle Leitung Bauamt (m/w/d)", "Sehr geehrte Frau Kühn,\n\nwir danken Ihnen für Ihre "
     "Bewerbung um die Leitung des Bauamtes. Wir haben uns für eine andere Bewerberin entschieden." + _SIGNED_DE,
     "Leitung Bauamt"),
    # A title whose own word holds the act's ("Besetzungsleiterin": casting director).
    ("de", "Ihre Bewerbung", "Sehr geehrte Frau Kühn,\n\nvielen Dank für Ihre Bewerbung als Besetzungsleiterin. "
     "Leider haben wir uns für eine andere Bewerberin entschieden." + _SIGNED_DE, "Besetzungsleiterin"),
    # The act's word inside the title, not before it.
    ("fr", "Votre candidature", "Bonjour Léa,\n\nMerci pour votre candidature au poste de Technicien de "
     "remplacement. Nous avons retenu un autre profil." + _SIGNED_FR, "Technicien de remplacement"),
])
def test_a_title_holding_the_act_s_word_stays(language, subject, body, role):
    assert rules_role_in(body, subject, language) == role


# Class 4: a title the body names as a place within the programme the subject names.

def test_a_place_within_the_programme_applied_to_is_no_title():
    body = ("Hola Nerea:\n\nGracias por participar en el proceso del Programa Jóvenes Talentos 2027. En esta ocasión "
            "no podemos ofrecerte una plaza de Analista Junior en el programa." + _SIGNED_ES)
    assert rules_role_in(body, "Tu candidatura al Programa Jóvenes Talentos 2027", "es") == ""


@pytest.mark.parametrize("subject, body", [
    # The subject names no programme: the place is the post applied for.
    ("Tu candidatura", "Hola Nerea:\n\nEn esta ocasión no podemos ofrecerte una plaza de Analista Junior en el "
     "programa de formación de la empresa." + _SIGNED_ES),
    # The body's title goes on with a team, not a programme.
    ("Tu candidatura al Programa Jóvenes Talentos 2027", "Hola Nerea:\n\nEn esta ocasión no podemos ofrecerte "
     "una plaza de Analista Junior en el equipo de Riesgos." + _SIGNED_ES),
])
def test_a_place_outside_a_programme_stays(subject, body):
    assert rules_role_in(body, subject, "es") == "Analista Junior"


# Probes from the review: mails where the rules above must not fire.

_SIGNED_DE_VOGT = "\n\nMit freundlichen Grüßen\nKarin Vogt\nBrennerei Auhof GmbH\n"


@pytest.mark.parametrize("subject, body, role", [
    # The working terms end the line: they are the job's qualifier, not the title's unknown end.
    ("Ihre Bewerbung", "Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Verkäuferin (m/w/d) in "
     "Teilzeit. Leider haben wir uns für eine andere Bewerberin entschieden." + _SIGNED_DE_VOGT, "Verkäuferin"),
    ("Ihre Bewerbung als Koch", "Hallo Herr Brandt,\n\ndanke für Ihre Bewerbung als Koch in Vollzeit. Leider ist "
     "die Stelle bereits vergeben." + _SIGNED_DE_VOGT, "Koch"),
    ("Ihre Bewerbung", "Hallo Herr Brandt,\n\ndanke für Ihre Bewerbung als Koch (m/w/d) in Vollzeit. Leider ist "
     "die Stelle bereits vergeben." + _SIGNED_DE_VOGT, "Koch"),
    ("Ihre Bewerbung", "Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft (m/w/d) in "
     "Vollzeit. Leider haben wir uns anders entschieden." + _SIGNED_DE_VOGT, "Pflegefachkraft"),
])
def test_a_job_word_whose_terms_end_the_line_stays(subject, body, role):
    assert rules_role_in(body, subject, "de") == role


@pytest.mark.parametrize("body, role", [
    # A season, an intake, a start or a term after "zum" is no trade, though German writes it capitalised.
    ("Sehr geehrter Herr Kraus,\n\nvielen Dank für Ihre Bewerbung als Auszubildender zum Herbst. Leider sind alle "
     "Ausbildungsplätze vergeben." + _SIGNED_DE_VOGT, "Auszubildender"),
    ("Sehr geehrter Herr Kraus,\n\nvielen Dank für Ihre Bewerbung als Auszubildender zum Ausbildungsjahr 2027. "
     "Leider sind alle Ausbildungsplätze vergeben." + _SIGNED_DE_VOGT, "Auszubildender"),
    ("Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Auszubildende zum Ausbildungsbeginn August "
     "2027. Leider können wir Ihnen keinen Ausbildungsplatz anbieten." + _SIGNED_DE_VOGT, "Auszubildende"),
    ("Sehr geehrter Herr Kraus,\n\nvielen Dank für Ihre Bewerbung als Auszubildender zum Wintersemester. Leider "
     "sind alle Plätze im dualen Studium vergeben." + _SIGNED_DE_VOGT, "Auszubildender"),
    ("Sehr geehrter Herr Kraus,\n\nvielen Dank für Ihre Bewerbung als Auszubildender zum August 2027. Leider "
     "sind alle Ausbildungsplätze vergeben." + _SIGNED_DE_VOGT, "Auszubildender"),
])
def test_a_trainee_s_word_before_a_time_or_a_start_stays(body, role):
    assert rules_role_in(body, "Ihre Bewerbung", "de") == role
@pytest.mark.parametrize("subject, body, role", [
    # The longer title names whom the employer seeks or can hire, not the post applied for.
    ("Absage", "Sehr geehrter Herr Kraus,\n\nIhre Bewerbung als Mechatroniker hat uns gefreut. Da wir "
     "ausschließlich Mechatroniker in Weiterbildung zum Techniker suchen, müssen wir Ihnen leider absagen."
     + _SIGNED_DE_VOGT, "Mechatroniker"),
    ("Ihre Bewerbung als Koch", "Hallo Herr Brandt,\n\ndanke für Ihre Bewerbung als Koch. Leider ist die Stelle "
     "bereits vergeben. Wir suchen ab Herbst wieder einen Koch in Ausbildung." + _SIGNED_DE_VOGT, "Koch"),
    ("Ihre Bewerbung", "Sehr geehrter Herr Kraus,\n\nvielen Dank für Ihre Bewerbung als Erzieher. Leider können "
     "wir derzeit nur einen Erzieher in Ausbildung einstellen und müssen Ihnen daher absagen." + _SIGNED_DE_VOGT,
     "Erzieher"),
])
def test_a_longer_title_of_whom_the_employer_seeks_is_not_the_post_applied_for(subject, body, role):
    assert rules_role_in(body, subject, "de") == role


def test_a_longer_title_after_als_in_a_sentence_about_whom_the_employer_seeks_is_not_the_post():
    body = ("Hallo Herr Brandt,\n\nleider ist die Stelle bereits vergeben. Wir suchen derzeit nur Kollegen als Koch in "
            "Ausbildung." + _SIGNED_DE_VOGT)
    assert rules_role_in(body, "Ihre Bewerbung als Koch", "de") == "Koch"


def _forwarded_role(body: str, subject: str) -> str:
    """The role read from a rejection the applicant forwarded (the note above it is theirs)."""
    raw = mail(body, sender="Mira Aydın <mira.aydin@mailbox.example>", subject=subject, language="de")
    return read_rejection(raw).facts["role"].value


def test_the_title_a_forwarded_rejection_carries_on_is_named_in_full():
    # The note above names no post; the rejection under it writes the title on.
    body = ("Hi Papa,\n\nhier die Absage von der Klinik, schau mal.\n\nLG Mira\n\n"
            "---------- Weitergeleitete Nachricht ----------\nVon: Klinikum Lindenau <bewerbung@klinikum.example>\n"
            "Datum: Mo., 2. Nov. 2026 um 09:14\n"
            "Betreff: Ihre Bewerbung\nAn: Mira Aydın\n\nSehr geehrte Frau Aydın,\n\nvielen Dank für Ihre Bewerbung "
            "als Ärztin in Weiterbildung in unserer Klinik für Neurologie. Leider sind alle Stellen besetzt."
            + _SIGNED_DE)
    assert _forwarded_role(body, "WG: Ihre Bewerbung als Ärztin") == "Ärztin in Weiterbildung"

