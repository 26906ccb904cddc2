"""A title's specialism after a comma, a part joined by a conjunction, and a title going on after
Spanish "a": the role is the whole title or none, never "Title, Town", "Title, Name", "Title and
Keyholder" or "Title a Shop". What follows a comma is the title's specialism only when it holds a
listed field word, never by its ending: towns and first names end like fields (Kettering, Dorking,
Trinidad, Florence).

Each test checks one behaviour on every case it has; a case is read either by the rule itself
(find_role, whole_at_comma, with_joined_part) or, where the whole mail matters, as drafts/rejection.py reads
the mail. Mails written for these tests (no corpus mail)."""

from __future__ import annotations

import pytest

from onward.drafts.role import find_role
from onward.drafts.role_comma import whole_at_comma
from onward.drafts.role_shape import with_joined_part
from tests.support.drafts import mail
from tests.support.stated import rules_role


def in_mail(body: str, sender: str, subject: str = "Your application", language: str = "en") -> str:
    """The rules' role of a mail built from these parts."""
    return rules_role(mail(body, sender=sender, subject=subject, language=language))


# --- after a comma: a town, a name, a reference, a clause or the employer is no specialism --------

@pytest.mark.parametrize("read, args, role", [
    pytest.param(whole_at_comma, ("Conveyancing Assistant", "Your application", "Thank you for applying for the "
                                  "role of Conveyancing Assistant, Kettering. We have filled the post.", "en",
                                  set()), "Conveyancing Assistant", id="en-town-in-body"),
    pytest.param(in_mail, ("Dear Sam,\n\nThank you for applying for the role of Legal Secretary, Dorking. We have "
                           "decided to progress other applicants.\n\nKind regards,\nMoira Platt\nHolloway Reeve LLP\n",
                           "Moira Platt <m.platt@hollowayreeve.example>"), "Legal Secretary", id="en-town-in-mail"),
    pytest.param(whole_at_comma, ("Data Engineer", "Data Engineer, Manchester", "", "en", set()), "Data Engineer",
                 id="en-town-in-subject"),
    pytest.param(whole_at_comma, ("Operario de Bodega", "Postulación: Operario de Bodega, Trinidad", "", "es", set()),
                 "Operario de Bodega", id="es-town"),
    pytest.param(whole_at_comma, ("Conseiller Clientèle", "Candidature : Conseiller Clientèle, Valence", "", "fr",
                                  set()), "Conseiller Clientèle", id="fr-town"),
    pytest.param(whole_at_comma, ("Sachbearbeiter Lohnbuchhaltung", "Ihre Bewerbung", "vielen Dank für Ihre "
                                  "Bewerbung als Sachbearbeiter Lohnbuchhaltung, Straubing. Leider", "de", set()),
                 "Sachbearbeiter Lohnbuchhaltung", id="de-town"),
    pytest.param(whole_at_comma, ("Buchhalter", "Buchhalter (m/w/d), Kennziffer 2231", "", "de", set()), "Buchhalter",
                 id="de-reference"),
    pytest.param(whole_at_comma, ("Data Engineer", "", "Thank you for applying as Data Engineer, and we enjoyed "
                                  "meeting you.", "en", set()), "Data Engineer", id="en-clause"),
    # "..., Sarah." closes a sentence: a name, not a specialism.
    pytest.param(whole_at_comma, ("Data Engineer", "", "the role of Data Engineer, Sarah.", "en", set()),
                 "Data Engineer", id="en-name-closing-a-sentence"),
    pytest.param(whole_at_comma, ("Analyst", "Analyst, Pellworth Logistics", "", "en", {"pellworthlogistics"}),
                 "Analyst", id="en-the-employer"),
    # Job words alone, then a word that may be a name or a practice: none rather than "…, Florence".
    pytest.param(whole_at_comma, ("Cajera", "Postulación: Cajera, Piedad", "", "es", set()), "", id="es-name"),
    pytest.param(whole_at_comma, ("Vendeur", "Candidature Vendeur, Laurence", "", "fr", set()), "", id="fr-name"),
    pytest.param(in_mail, ("Dear Sam,\n\nAfter your interview for the position of Trainee Accountant, Florence has "
                           "asked me to tell you that we will not be making an offer.\n\nBest wishes,\nGareth Yale\n"
                           "Penhallow Accountants\n", "Gareth Yale <g.yale@penhallow.example>"), "",
                 id="en-name-opening-the-next-clause"),
    pytest.param(in_mail, ("Dear Priya,\n\nThank you for your time on our Manager process. We have appointed another "
                           "candidate.\n\nBest,\nOwen Lacey\nFernhill Advisory\n",
                           "Owen Lacey <o.lacey@fernhill.example>", "Update – Manager, Insurance Actuarial Consulting"),
                 "", id="en-rank-and-job-word-before-a-practice"),
])
def test_a_town_name_reference_clause_or_employer_after_a_comma_is_no_specialism(read, args, role):
    assert read(*args) == role


# --- after a comma: a listed field goes with the title -------------------------------------------

@pytest.mark.parametrize("read, args, role", [
    pytest.param(whole_at_comma, ("Associate", "Associate, Litigation", "", "en", set()), "Associate, Litigation",
                 id="en-subject"),
    pytest.param(whole_at_comma, ("Referent", "Referent, Unternehmensentwicklung", "", "de", set()),
                 "Referent, Unternehmensentwicklung", id="de-subject"),
    pytest.param(whole_at_comma, ("Analista", "Analista, Contabilidad", "", "es", set()), "Analista, Contabilidad",
                 id="es-subject"),
    pytest.param(whole_at_comma, ("Senior Consultant", "Your application", "We have filled the Senior Consultant, "
                                  "Customer Experience role with an internal candidate.", "en", set()),
                 "Senior Consultant, Customer Experience", id="en-body"),
    pytest.param(in_mail, ("Dear Ms Obi,\n\nThank you for meeting the panel about the Director role in our "
                           "Infrastructure Advisory group. We have decided to offer it to another candidate.\n\n"
                           "Kind regards,\nLaurence Pike\nHead of Resourcing\nWexcombe Partners\n",
                           "Laurence Pike <l.pike@wexcombe.example>", "Director, Infrastructure Advisory"),
                 "Director, Infrastructure Advisory", id="en-mail-subject"),
    pytest.param(in_mail, ("Sehr geehrte Frau Albers,\n\nvielen Dank für Ihre Bewerbung als Referentin. Wir haben "
                           "uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nJana Roth\n"
                           "Klarwerk AG\n", "Jana Roth <j.roth@klarwerk.example>", "Referentin, Personalentwicklung",
                           "de"), "Referentin, Personalentwicklung", id="de-mail-subject"),
    # The gender marker between the title and the comma is no part of the role.
    pytest.param(in_mail, ("Sehr geehrter Herr Kim,\n\nvielen Dank für Ihre Bewerbung als Referent (m/w/d), Steuern. "
                           "Leider haben wir uns für einen anderen Bewerber entschieden.\n\nFreundliche Grüße\n"
                           "Anja Hartl\nPellwitz GmbH\n", "Anja Hartl <a.hartl@pellwitz.example>", "Ihre Bewerbung",
                           "de"), "Referent, Steuern", id="de-mail-body-after-a-gender-marker"),
])
def test_a_listed_field_after_a_comma_goes_with_the_title(read, args, role):
    assert read(*args) == role


def test_a_french_field_going_on_in_lower_case_keeps_the_title():
    # Where "Droit social" ends cannot be told from the capitals: the title as the subject names it.
    assert whole_at_comma("Juriste", "Candidature - Juriste, Droit social", "", "fr", set()) == "Juriste"
    assert whole_at_comma("Abogado", "Postulación: Abogado, Derecho laboral", "", "es", set()) == "Abogado"


# --- after a job word, Spanish "a" goes on with the job's terms, never with a name ----------------

@pytest.mark.parametrize("body, sender, subject, role", [
    pytest.param("Hola Dani:\n\nGracias por postular como Reponedor a Almacenes Quillota. Esta vez no seguirás en "
                 "el proceso.\n\nSaludos,\nEquipo de Personas\nAlmacenes Quillota\n",
                 "Personas <personas@almacenesquillota.example>", "Postulación", "Reponedor", id="body-a-shop"),
    pytest.param("Hola Dani:\n\nGracias por tu interés. Esta vez no seguirás en el proceso.\n\nSaludos,\n"
                 "Equipo de Personas\n", "Personas <personas@grupoandino.example>",
                 "Postulación Bodeguero a Ferreterías Maipo", "Bodeguero", id="subject-a-shop"),
    pytest.param("Estimada Sra. Vidal:\n\nLe agradecemos su postulación al cargo de Profesor a Tiempo Parcial. Tras "
                 "la evaluación, su candidatura no ha sido seleccionada.\n\nAtentamente,\nOficina de Personal\n"
                 "Colegio Santa Brígida\n", "Personal <personal@csb.example>", "Su postulación",
                 "Profesor a Tiempo Parcial", id="body-terms"),
    pytest.param("Estimada Sra. Quispe:\n\nLe agradecemos su postulación a la convocatoria Instructor a Tiempo "
                 "Completo – Área de Mecatrónica, sede Tarma. Tras la evaluación curricular, su expediente no ha "
                 "sido seleccionado.\n\nAtentamente,\nOficina de Personal\nInstituto Superior Tecnológico Andes\n",
                 "Personal <personal@istandes.example>",
                 "Convocatoria Instructor a Tiempo Completo – Área de Mecatrónica",
                 "Instructor a Tiempo Completo – Área de Mecatrónica", id="subject-and-body-terms-and-field"),
])
def test_a_spanish_title_goes_on_after_a_with_its_terms_never_with_a_name(body, sender, subject, role):
    assert in_mail(body, sender, subject, "es") == role


# --- a part joined by "and"/"y"/"et"/"und" goes with the title only when it names a field --------

@pytest.mark.parametrize("read, args, role", [
    pytest.param(with_joined_part, ("Shift Supervisor", "Thank you for your interest in the position of Shift "
                                    "Supervisor and Keyholder at our Leeds branch.", "en", set()),
                 "Shift Supervisor", id="en-no-field"),
    pytest.param(in_mail, ("Dear Robin,\n\nThank you for applying for the position of Store Manager and Deputy at our "
                           "Exeter shop. We have chosen another candidate.\n\nKind regards,\nNadia Frost\n"
                           "Hollin Outdoor\n", "Nadia Frost <n.frost@hollinoutdoor.example>"), "Store Manager",
                 id="en-mail-no-field"),
    pytest.param(find_role, ("Thank you for applying for the Research and Development Engineer position.", "", "en",
                             set()), "Research and Development Engineer", id="en-field-body-only"),
    pytest.param(with_joined_part, ("Responsable Comptable", "votre candidature au poste de Responsable Comptable et "
                                    "Financier, que nous avons pourvu.", "fr", set()),
                 "Responsable Comptable et Financier", id="fr-field"),
    # After a field's word (not a job word) the conjunction goes on with the field.
    pytest.param(with_joined_part, ("Profesora de Historia", "su postulación a Profesora de Historia y Geografía: "
                                    "hemos elegido a otra persona.", "es", set()),
                 "Profesora de Historia y Geografía", id="es-after-a-fields-word"),
    pytest.param(with_joined_part, ("Sommelier", "la vacante de Sommelier y Guía de Turismo Enológico: buscábamos "
                                    "otro perfil.", "es", set()), "Sommelier y Guía de Turismo Enológico",
                 id="es-field"),
    pytest.param(with_joined_part, ("Brauer", "Ihre Bewerbung als Brauer und Mälzer (m/w/d) bei uns", "de", set()),
                 "Brauer und Mälzer", id="de-closed-by-a-bracket"),
    # A second title is a second post; a workplace is no part of a title.
    pytest.param(with_joined_part, ("Data Analyst", "the Data Analyst and Data Engineer roles", "en", set()),
                 "Data Analyst", id="en-second-title"),
    pytest.param(with_joined_part, ("Chef", "Chef et Groupe Vauban", "fr", set()), "Chef", id="fr-workplace"),
])
def test_a_part_joined_by_a_conjunction_goes_with_the_title_only_when_it_names_a_field(read, args, role):
    assert read(*args) == role
