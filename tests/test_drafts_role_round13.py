"""Roles read whole, their qualifiers handled by one rule (issue 10, after round 12): a title's
qualifiers — working time, pay band, contract, place or shift, reference — are dropped whole, never
half kept; a gendered slash form is one word; a subject's filler is no part of the role.
Mails written for these tests (no corpus mail)."""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.role_qualifiers import without_qualifier_brackets, without_qualifiers
from tests.test_drafts_facts import mail

_EN_BODY = ("Dear Sam,\n\nThank you for applying. We have now filled the post with another candidate.\n\n"
            "Kind regards,\nPriya Nair\nWillowbank Care\n")
_DE_BODY = ("Hallo Jonas,\n\nvielen Dank für Ihre Unterlagen. Wir haben uns für eine andere Bewerberin "
            "entschieden.\n\nViele Grüße\nMarlene Ost\nHafenwerk Kiel GmbH\n")
_ES_BODY = ("Hola Nerea,\n\ngracias por tu interés. Hemos seleccionado a otra persona para la vacante.\n\n"
            "Un saludo,\nIker Salas\nConservas Bahía\n")
_FR_BODY = ("Bonjour Maël,\n\nMerci pour votre intérêt. Nous avons retenu un autre profil.\n\nCordialement,\n"
            "Odile Marchand\nMaison Corbeau\n")
_BODIES = {"en": _EN_BODY, "de": _DE_BODY, "es": _ES_BODY, "fr": _FR_BODY}


def role_of(raw: bytes) -> str:
    """The rules' reading of the role (what the fact model then scores)."""
    return read_rejection(raw).facts["role"].value


@pytest.mark.parametrize("language, subject, role", [
    # A bracket of qualifiers at the title's end: working time, contract length, grade.
    ("en", "Night Receptionist (80 %) – your application", "Night Receptionist"),
    ("en", "Update: Events Coordinator (12-month contract)", "Events Coordinator"),
    ("de", "Lagerist/in (befristet auf 2 Jahre)", "Lagerist/in"),
    ("fr", "Votre candidature – Magasinier(ère) (CDD 8 mois)", "Magasinier(ère)"),
])
def test_a_subject_s_bracket_of_qualifiers_is_dropped_whole(language, subject, role):
    raw = mail(_BODIES[language], sender="Recruiting <jobs@employer.example>", subject=subject, language=language)
    assert role_of(raw) == role


@pytest.mark.parametrize("language, body, role", [
    # A shift after a dash: the title before it, never the dash and its shift.
    ("en", "Dear Sam,\n\nThank you for applying for the Forklift Driver – Nights role. We have chosen another "
           "candidate.\n\nKind regards,\nPriya Nair\nWillowbank Logistics\n", "Forklift Driver"),
    ("es", "Hola Nerea,\n\ngracias por tu candidatura al puesto de Envasador/a – Turno Rotativo en nuestra "
           "planta. Hemos seleccionado a otra persona.\n\nUn saludo,\nIker Salas\nConservas Bahía\n",
     "Envasador/a"),
    # A bracket of qualifiers the body writes before the noun for the post.
    ("en", "Dear Sam,\n\nThank you for applying for the Kitchen Porter (Weekends) position. We have chosen "
           "another candidate.\n\nKind regards,\nPriya Nair\nWillowbank Care\n", "Kitchen Porter"),
])
def test_a_shift_or_bracket_after_the_body_s_title_is_dropped_whole(language, body, role):
    raw = mail(body, sender="Recruiting <jobs@employer.example>", subject="Application", language=language)
    assert role_of(raw) == role


def test_a_grade_written_into_the_title_without_a_separator_stays():
    # "de 2e classe": no dash, comma or bracket parts it from the title; it is the title's own.
    raw = mail("Bonjour Maël,\n\nMerci pour votre candidature au poste d'Adjoint technique de 2e classe. "
               "Nous avons retenu un autre profil.\n\nCordialement,\nOdile Marchand\nMairie de Corbel\n",
               sender="Odile Marchand <o.marchand@corbel.example>", subject="Votre candidature", language="fr")
    assert role_of(raw) == "Adjoint technique de 2e classe"


@pytest.mark.parametrize("subject, role", [
    ("Sachbearbeiter/-in Einkauf", "Sachbearbeiter/-in Einkauf"),
    ("Kaufmann/-frau Spedition", "Kaufmann/-frau Spedition"),
])
def test_a_german_slash_hyphen_form_is_one_word_of_the_title(subject, role):
    # "/-in", "/-frau": the other form written onto the word, no cut point; the subject names the title.
    raw = mail(_DE_BODY, sender="Recruiting <jobs@hafenwerk.example>", subject=subject, language="de")
    assert role_of(raw) == role


@pytest.mark.parametrize("subject, role", [
    ("RV: Retroalimentación candidatos Analista de Crédito", "Analista de Crédito"),
    ("Estado de su solicitud – Bolsa de empleo Auxiliar de Enfermería", "Auxiliar de Enfermería"),
])
def test_a_subject_s_filler_before_the_title_is_no_part_of_it(subject, role):
    raw = mail(_ES_BODY, sender="Recruiting <jobs@bahia.example>", subject=subject, language="es")
    assert role_of(raw) == role


# A part is a qualifier only when every word of it is one: a single listed word ("Night", "Contract",
# "Hours", "Grade", "Shift") or a digit among other words leaves the title's field, which stays.
@pytest.mark.parametrize("role", [
    "Manager, Night Operations",
    "Director, Contract Management",
    "Specialist, Grade Control",
    "Nurse – Night Shift Lead",
    "Engineer – Shift Lead",
    "Producer, Night News",
    "Reporter – Night Desk",
    "Software Engineer (Night Vision)",
    "Manager – Hours of Service Compliance",
    "Analyst, 3D Imaging",
    "Manager, Q4 Planning",
    "Lead Engineer – Level 3 Support",
    "Director, Years 7–9",
    "Engineer, Contract Services",
    "Officer, Hours and Payroll",
    "Responsable, Heures et Paie",
    "Engineer – 5G Networks",
    "Técnico/a – Horas Extra y Nóminas",
    "Developer (C++ 11)",
])
def test_a_part_with_a_field_word_is_no_qualifier(role):
    assert without_qualifiers(role) == role


@pytest.mark.parametrize("role, kept", [
    # Every word a qualifier: a figure with its unit, a listed word, a reference code, a connector.
    ("Técnico – 30 h/semana", "Técnico"),
    ("Pflegekraft (30 Std./Woche)", "Pflegekraft"),
    ("Events Coordinator (12-month contract)", "Events Coordinator"),
    ("Lagerist/in (befristet auf 2 Jahre)", "Lagerist/in"),
    ("Staff Nurse, Band 5", "Staff Nurse"),
    ("Analyst – JR-0045127", "Analyst"),
    ("Supervisor/a – Turno de Noche", "Supervisor/a"),
    ("Infirmier(ère) – Équipe de nuit", "Infirmier(ère)"),
    ("Profesor/a Ayudante en Geografía (Exp. 2025/0412)", "Profesor/a Ayudante en Geografía"),
    ("Técnico/a de Archivo (Ref. 2025/ADM/207)", "Técnico/a de Archivo"),
    ("Praktikum Qualitätssicherung (ab Oktober 2027)", "Praktikum Qualitätssicherung"),
])
def test_a_part_of_qualifiers_only_is_dropped_whole(role, kept):
    assert without_qualifiers(role) == kept


def test_a_subject_s_bracket_with_a_field_word_stays():
    assert without_qualifier_brackets("Software Engineer (Night Vision) application") == \
        "Software Engineer (Night Vision) application"


_PROBE_SENDER = "Recruiting <jobs@employer.example>"


def _en_probe(sentence: str) -> str:
    return f"Dear Amy,\n\n{sentence}\n\nKind regards,\nHannah Brooks\nTalent Team\n"


@pytest.mark.parametrize("subject, body, language, whole", [
    ("Application", _en_probe("Thank you for applying for the Manager, Night Operations vacancy. On this "
                              "occasion you have not been shortlisted."), "en", "Manager, Night Operations"),
    ("Application", _en_probe("Thank you for applying for the role of Manager – Hours of Service Compliance. "
                              "We have appointed another candidate."), "en", "Manager – Hours of Service Compliance"),
    ("Application", _en_probe("Thank you for applying for the Planner, Shift Operations role. Unfortunately "
                              "you have not been successful on this occasion."), "en", "Planner, Shift Operations"),
    ("Application", _en_probe("Thank you for applying for the Engineer, Contract Services position. "
                              "Unfortunately you have not been successful on this occasion."), "en",
     "Engineer, Contract Services"),
    ("Application", _en_probe("Thank you for applying for the Officer, Hours and Payroll role. Unfortunately "
                              "you have not been successful on this occasion."), "en", "Officer, Hours and Payroll"),
    ("Application", _en_probe("Thank you for applying for the Producer, Night News position. Unfortunately "
                              "you have not been successful on this occasion."), "en", "Producer, Night News"),
    ("Application", _en_probe("Thank you for applying for the Director, Contract Management role. "
                              "Unfortunately you have not been successful on this occasion."), "en",
     "Director, Contract Management"),
    ("Application: Nurse – Night Shift Lead", _en_probe("Thank you for applying for the Nurse – Night Shift "
                                                        "Lead post. We have appointed another candidate."), "en",
     "Nurse – Night Shift Lead"),
    ("Votre candidature – Responsable, Heures et Paie",
     "Bonjour Paul,\n\nMerci pour votre candidature. Nous avons retenu un autre profil.\n\nCordialement,\n"
     "Claire Dubois\nService RH\n", "fr", "Responsable, Heures et Paie"),
])
def test_a_field_after_a_comma_or_dash_is_never_cut_to_a_generic_word(subject, body, language, whole):
    # The whole title or nothing: "Manager" for "Manager, Night Operations" names another post.
    assert role_of(mail(body, sender=_PROBE_SENDER, subject=subject, language=language)) in {whole, ""}


def test_a_workplace_with_a_town_after_the_dash_is_no_field_of_the_title():
    # Guard (main's rule kept): a town among the words after the dash names the workplace, no field.
    body = ("Bonjour Léa,\n\nMerci d'avoir postulé au poste de Veilleur de nuit – Hôtel Azur Lyon Centre.\n\n"
            "Nous ne sommes pas en mesure de vous proposer ce poste.\n\nCordialement,\n"
            "Hôtels Azur – Direction des Ressources Humaines")
    raw = mail(body, sender="Hôtels Azur <noreply@jobs.example>",
               subject="Hôtels Azur : votre candidature au poste de Veilleur de nuit", language="fr")
    assert role_of(raw) == "Veilleur de nuit"
