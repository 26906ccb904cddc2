"""Roles read whole, their qualifiers handled by one rule (issue 10, after round 12): a title's
qualifiers — working time, pay band, contract, place or shift, reference — are dropped whole, never
half kept, whether the subject, the body or a dash writes them; a part with a field's word is no
qualifier; a gendered slash form is one word; a subject's filler is no part of the role.
Mails written for these tests (no corpus mail)."""

from __future__ import annotations

import pytest

from onward.drafts.role import find_role
from onward.drafts.role_qualifiers import without_qualifier_brackets, without_qualifiers
from tests.support.drafts import mail
from tests.support.stated import chosen_role, rules_role

_EN_BODY = ("Dear Sam,\n\nThank you for applying. We have now filled the post with another candidate.\n\n"
            "Kind regards,\nPriya Nair\nWillowbank Care\n")
_DE_BODY = ("Hallo Jonas,\n\nvielen Dank für Ihre Unterlagen. Wir haben uns für eine andere Bewerberin "
            "entschieden.\n\nViele Grüße\nMarlene Ost\nHafenwerk Kiel GmbH\n")
_ES_BODY = ("Hola Nerea,\n\ngracias por tu interés. Hemos seleccionado a otra persona para la vacante.\n\n"
            "Un saludo,\nIker Salas\nConservas Bahía\n")
_FR_BODY = ("Bonjour Maël,\n\nMerci pour votre intérêt. Nous avons retenu un autre profil.\n\nCordialement,\n"
            "Odile Marchand\nMaison Corbeau\n")


_FENWICK = ("Dear Alex,\n\nThank you for applying for the {} position at Fenwick. We have decided to move forward "
            "with other candidates.\n\nKind regards,\nFenwick Ltd\n")


def in_mail(body: str, subject: str, language: str, sender: str = "Recruiting <jobs@employer.example>") -> str:
    """The rules' role of a whole mail built from these parts."""
    return rules_role(mail(body, sender=sender, subject=subject, language=language))


@pytest.mark.parametrize("read, args, role", [
    # A subject's bracket of qualifiers at the title's end: working time, contract length, grade.
    pytest.param(in_mail, (_EN_BODY, "Night Receptionist (80 %) – your application", "en"), "Night Receptionist",
                 id="en-subject-bracket-working-time"),
    pytest.param(in_mail, (_EN_BODY, "Update: Events Coordinator (12-month contract)", "en"), "Events Coordinator",
                 id="en-subject-bracket-contract"),
    pytest.param(in_mail, (_DE_BODY, "Lagerist/in (befristet auf 2 Jahre)", "de"), "Lagerist/in",
                 id="de-subject-bracket-contract"),
    pytest.param(in_mail, (_FR_BODY, "Votre candidature – Magasinier(ère) (CDD 8 mois)", "fr"), "Magasinier(ère)",
                 id="fr-subject-bracket-contract"),
    # A shift after a dash in the body: the title before it, never the dash and its shift.
    pytest.param(in_mail, ("Dear Sam,\n\nThank you for applying for the Forklift Driver – Nights role. We have chosen "
                           "another candidate.\n\nKind regards,\nPriya Nair\nWillowbank Logistics\n", "Application",
                           "en"), "Forklift Driver", id="en-body-shift"),
    pytest.param(in_mail, ("Hola Nerea,\n\ngracias por tu candidatura al puesto de Envasador/a – Turno Rotativo en "
                           "nuestra planta. Hemos seleccionado a otra persona.\n\nUn saludo,\nIker Salas\n"
                           "Conservas Bahía\n", "Application", "es"), "Envasador/a", id="es-body-shift"),
    # A bracket of qualifiers the body writes before the noun for the post.
    pytest.param(in_mail, ("Dear Sam,\n\nThank you for applying for the Kitchen Porter (Weekends) position. We have "
                           "chosen another candidate.\n\nKind regards,\nPriya Nair\nWillowbank Care\n",
                           "Application", "en"), "Kitchen Porter", id="en-body-bracket"),
    # A reference, the region, the working place or the contract after a dash, read beside the company.
    pytest.param(chosen_role, ("Dear Mr Lund,\n\nThank you for applying to the position of Data Analyst – R-44812. We "
                               "have decided to move forward with other candidates.\n", "Application update", "en",
                               "Fenwick Retail"), "Data Analyst", id="en-requisition-number"),
    pytest.param(chosen_role, (_FENWICK.format("Data Analyst – Ref 2231"), "Your application", "en", "Fenwick"),
                 "Data Analyst", id="en-reference"),
    pytest.param(chosen_role, (_FENWICK.format("Account Manager – DACH region"), "Your application", "en", "Fenwick"),
                 "Account Manager", id="en-region"),
    pytest.param(chosen_role, (_FENWICK.format("Data Analyst – Remote"), "Your application", "en", "Fenwick"),
                 "Data Analyst", id="en-remote"),
    pytest.param(chosen_role, ("Sehr geehrte Frau Moreau,\n\nvielen Dank für Ihre Bewerbung als Senior Data Analyst "
                               "(m/w/d) – Standort Hamburg. Leider haben wir uns\nfür eine andere Bewerberin "
                               "entschieden.\n\nMit freundlichen Grüßen\nHanse Logistik GmbH\n",
                               "Ihre Bewerbung: Senior Data Analyst (m/w/d) – Standort Hamburg – Ref. 2026-114", "de",
                               "Hanse Logistik GmbH"), "Senior Data Analyst", id="de-standort-and-reference"),
    pytest.param(chosen_role, (_FENWICK.format("Steuerfachangestellte (m/w/d) – Standort München"),
                               "Your application", "en", "Fenwick"), "Steuerfachangestellte",
                 id="de-title-standort-in-an-english-mail"),
    pytest.param(chosen_role, (_FENWICK.format("Comptable – CDI – Bordeaux"), "Your application", "en", "Fenwick"),
                 "Comptable", id="fr-title-contract-in-an-english-mail"),
    # Read by the rule: every word a qualifier (a figure with its unit, a listed word, a reference
    # code, a connector).
    pytest.param(without_qualifiers, ("Técnico – 30 h/semana",), "Técnico"),
    pytest.param(without_qualifiers, ("Pflegekraft (30 Std./Woche)",), "Pflegekraft"),
    pytest.param(without_qualifiers, ("Events Coordinator (12-month contract)",), "Events Coordinator"),
    pytest.param(without_qualifiers, ("Lagerist/in (befristet auf 2 Jahre)",), "Lagerist/in"),
    pytest.param(without_qualifiers, ("Staff Nurse, Band 5",), "Staff Nurse"),
    pytest.param(without_qualifiers, ("Analyst – JR-0045127",), "Analyst"),
    pytest.param(without_qualifiers, ("Supervisor/a – Turno de Noche",), "Supervisor/a"),
    pytest.param(without_qualifiers, ("Infirmier(ère) – Équipe de nuit",), "Infirmier(ère)"),
    pytest.param(without_qualifiers, ("Profesor/a Ayudante en Geografía (Exp. 2025/0412)",),
                 "Profesor/a Ayudante en Geografía"),
    pytest.param(without_qualifiers, ("Técnico/a de Archivo (Ref. 2025/ADM/207)",), "Técnico/a de Archivo"),
    pytest.param(without_qualifiers, ("Praktikum Qualitätssicherung (ab Oktober 2027)",),
                 "Praktikum Qualitätssicherung"),
])
def test_a_part_of_qualifiers_only_is_dropped_whole(read, args, role):
    assert read(*args) == role


def test_a_grade_written_into_the_title_without_a_separator_stays():
    # "de 2e classe": no dash, comma or bracket parts it from the title; it is the title's own.
    raw = mail("Bonjour Maël,\n\nMerci pour votre candidature au poste d'Adjoint technique de 2e classe. "
               "Nous avons retenu un autre profil.\n\nCordialement,\nOdile Marchand\nMairie de Corbel\n",
               sender="Odile Marchand <o.marchand@corbel.example>", subject="Votre candidature", language="fr")
    assert rules_role(raw) == "Adjoint technique de 2e classe"


@pytest.mark.parametrize("subject, role", [
    ("Sachbearbeiter/-in Einkauf", "Sachbearbeiter/-in Einkauf"),
    ("Kaufmann/-frau Spedition", "Kaufmann/-frau Spedition"),
])
def test_a_german_slash_hyphen_form_is_one_word_of_the_title(subject, role):
    # "/-in", "/-frau": the other form written onto the word, no cut point; the subject names the title.
    raw = mail(_DE_BODY, sender="Recruiting <jobs@hafenwerk.example>", subject=subject, language="de")
    assert rules_role(raw) == role


@pytest.mark.parametrize("read, args, role", [
    pytest.param(in_mail, (_ES_BODY, "RV: Retroalimentación candidatos Analista de Crédito", "es",
                           "Recruiting <jobs@bahia.example>"),
                 "Analista de Crédito", id="mail-feedback"),
    pytest.param(in_mail, (_ES_BODY, "Estado de su solicitud – Bolsa de empleo Auxiliar de Enfermería", "es",
                           "Recruiting <jobs@bahia.example>"),
                 "Auxiliar de Enfermería", id="mail-job-board"),
    # A result notice.
    pytest.param(find_role, ("", "Fwd: Resolución proceso Técnico/a de Laboratorio", "es", set()),
                 "Técnico/a de Laboratorio", id="subject-result-notice"),
])
def test_a_subject_s_filler_before_the_title_is_no_part_of_it(read, args, role):
    assert read(*args) == role


_PROBE_SENDER = "Recruiting <jobs@employer.example>"


def _en_probe(sentence: str) -> str:
    return f"Dear Amy,\n\n{sentence}\n\nKind regards,\nHannah Brooks\nTalent Team\n"


def _probe(subject: str, body: str, language: str = "en") -> str:
    return rules_role(mail(body, sender=_PROBE_SENDER, subject=subject, language=language))


# A part is a qualifier only when every word of it is one: a single listed word ("Night", "Contract",
# "Hours", "Grade", "Shift") or a digit among other words leaves the title's field, which stays.
FIELD_ROLES = [
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
]


@pytest.mark.parametrize("read, args, allowed", [
    # Read by the rule: the title stays whole.
    *[pytest.param(without_qualifiers, (role,), {role}, id=role) for role in FIELD_ROLES],
    pytest.param(without_qualifier_brackets, ("Software Engineer (Night Vision) application",),
                 {"Software Engineer (Night Vision) application"}, id="subject-bracket"),
    # Read from a mail: the whole title or nothing; "Manager" for "Manager, Night Operations" names
    # another post.
    pytest.param(_probe, ("Application", _en_probe("Thank you for applying for the Manager, Night Operations "
                                                   "vacancy. On this occasion you have not been shortlisted.")),
                 {"Manager, Night Operations", ""}, id="mail-en-night-operations"),
    pytest.param(_probe, ("Application", _en_probe("Thank you for applying for the role of Manager – Hours of "
                                                   "Service Compliance. We have appointed another candidate.")),
                 {"Manager – Hours of Service Compliance", ""}, id="mail-en-hours-of-service"),
    pytest.param(_probe, ("Application", _en_probe("Thank you for applying for the Planner, Shift Operations role. "
                                                   "Unfortunately you have not been successful on this occasion.")),
                 {"Planner, Shift Operations", ""}, id="mail-en-shift-operations"),
    pytest.param(_probe, ("Application", _en_probe("Thank you for applying for the Engineer, Contract Services "
                                                   "position. Unfortunately you have not been successful on this "
                                                   "occasion.")),
                 {"Engineer, Contract Services", ""}, id="mail-en-contract-services"),
    pytest.param(_probe, ("Application", _en_probe("Thank you for applying for the Officer, Hours and Payroll role. "
                                                   "Unfortunately you have not been successful on this occasion.")),
                 {"Officer, Hours and Payroll", ""}, id="mail-en-hours-and-payroll"),
    pytest.param(_probe, ("Application", _en_probe("Thank you for applying for the Producer, Night News position. "
                                                   "Unfortunately you have not been successful on this occasion.")),
                 {"Producer, Night News", ""}, id="mail-en-night-news"),
    pytest.param(_probe, ("Application", _en_probe("Thank you for applying for the Director, Contract Management "
                                                   "role. Unfortunately you have not been successful on this "
                                                   "occasion.")),
                 {"Director, Contract Management", ""}, id="mail-en-contract-management"),
    pytest.param(_probe, ("Application: Nurse – Night Shift Lead",
                          _en_probe("Thank you for applying for the Nurse – Night Shift Lead post. We have appointed "
                                    "another candidate.")),
                 {"Nurse – Night Shift Lead", ""}, id="mail-en-night-shift-lead"),
    pytest.param(_probe, ("Votre candidature – Responsable, Heures et Paie",
                          "Bonjour Paul,\n\nMerci pour votre candidature. Nous avons retenu un autre profil.\n\n"
                          "Cordialement,\nClaire Dubois\nService RH\n", "fr"),
                 {"Responsable, Heures et Paie", ""}, id="mail-fr-heures-et-paie"),
])
def test_a_part_with_a_field_word_is_no_qualifier(read, args, allowed):
    assert read(*args) in allowed


def test_a_workplace_with_a_town_after_the_dash_is_no_field_of_the_title():
    # Guard (main's rule kept): a town among the words after the dash names the workplace, no field.
    body = ("Bonjour Léa,\n\nMerci d'avoir postulé au poste de Veilleur de nuit – Hôtel Azur Lyon Centre.\n\n"
            "Nous ne sommes pas en mesure de vous proposer ce poste.\n\nCordialement,\n"
            "Hôtels Azur – Direction des Ressources Humaines")
    raw = mail(body, sender="Hôtels Azur <noreply@jobs.example>",
               subject="Hôtels Azur : votre candidature au poste de Veilleur de nuit", language="fr")
    assert rules_role(raw) == "Veilleur de nuit"
