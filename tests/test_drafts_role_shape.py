"""The role a draft states is one whole title or none: the specialism after a comma goes with it,
a title's first words are not cut off, a list, a clause, a choice or a reference's abbreviation is
no title, a mail about two posts names none, and a workplace glued on is no part of it.
Mails written for these tests (no corpus mail); each fails on the rules before this change."""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.role_comma import whole_at_comma
from onward.drafts.role_shape import names_two_posts, reads_as_title, with_joined_part, without_workplace
from tests.test_drafts_facts import mail


def role_of(raw: bytes) -> str:
    """The rules' reading of the role (what the fact model then scores)."""
    return read_rejection(raw).facts["role"].value


# A title and its specialism after a comma: whole, or none.

def test_the_specialism_after_a_comma_in_the_subject_goes_with_the_title():
    raw = mail("Dear Ms Obi,\n\nThank you for meeting the panel about the Director role in our Infrastructure "
               "Advisory group. We have decided to offer it to another candidate.\n\nKind regards,\n"
               "Laurence Pike\nHead of Resourcing\nWexcombe Partners\n",
               sender="Laurence Pike <l.pike@wexcombe.example>", subject="Director, Infrastructure Advisory")
    assert role_of(raw) == "Director, Infrastructure Advisory"


def test_a_german_subjects_specialism_after_a_comma_goes_with_the_title():
    raw = mail("Sehr geehrte Frau Albers,\n\nvielen Dank für Ihre Bewerbung als Referentin. Wir haben uns für "
               "eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nJana Roth\nKlarwerk AG\n",
               sender="Jana Roth <j.roth@klarwerk.example>", subject="Referentin, Personalentwicklung",
               language="de")
    assert role_of(raw) == "Referentin, Personalentwicklung"


def test_a_rank_and_a_job_word_before_a_comma_that_may_name_a_practice_is_stated_as_none():
    raw = mail("Dear Priya,\n\nThank you for your time on our Manager process. We have appointed another "
               "candidate.\n\nBest,\nOwen Lacey\nFernhill Advisory\n",
               sender="Owen Lacey <o.lacey@fernhill.example>",
               subject="Update – Manager, Insurance Actuarial Consulting")
    assert role_of(raw) == ""


def test_a_comma_that_starts_a_town_a_reference_or_a_clause_is_no_part_of_the_title():
    assert whole_at_comma("Data Engineer", "Data Engineer, Manchester", "", "en", set()) == "Data Engineer"
    assert whole_at_comma("Buchhalter", "Buchhalter (m/w/d), Kennziffer 2231", "", "de", set()) == "Buchhalter"
    body = "Thank you for applying as Data Engineer, and we enjoyed meeting you."
    assert whole_at_comma("Data Engineer", "", body, "en", set()) == "Data Engineer"
    # "..., Sarah." closes a sentence: a name, not a specialism.
    assert whole_at_comma("Data Engineer", "", "the role of Data Engineer, Sarah.", "en", set()) == "Data Engineer"
    # The employer after the comma: not the title's.
    assert whole_at_comma("Analyst", "Analyst, Pellworth Logistics", "", "en", {"pellworthlogistics"}) == "Analyst"


def test_a_german_bodys_field_after_a_comma_and_a_gender_marker_goes_with_the_title():
    raw = mail("Sehr geehrter Herr Kim,\n\nvielen Dank für Ihre Bewerbung als Referent (m/w/d), Steuern. Leider "
               "haben wir uns für einen anderen Bewerber entschieden.\n\nFreundliche Grüße\nAnja Hartl\n"
               "Pellwitz GmbH\n", sender="Anja Hartl <a.hartl@pellwitz.example>", subject="Ihre Bewerbung",
               language="de")
    assert role_of(raw) == "Referent, Steuern"


def test_a_specialism_after_a_comma_in_the_body_goes_with_the_title():
    body = "We have filled the Senior Consultant, Customer Experience role with an internal candidate."
    assert whole_at_comma("Senior Consultant", "Your application", body, "en", set()) == \
        "Senior Consultant, Customer Experience"


# The start of a title is not cut off.

def test_a_spanish_title_goes_on_after_a():
    raw = mail("Estimada Sra. Quispe:\n\nLe agradecemos su postulación a la convocatoria Instructor a Tiempo "
               "Completo – Área de Mecatrónica, sede Tarma. Tras la evaluación curricular, su "
               "expediente no ha sido seleccionado.\n\nAtentamente,\nOficina de Personal\n"
               "Instituto Superior Tecnológico Andes\n",
               sender="Personal <personal@istandes.example>",
               subject="Convocatoria Instructor a Tiempo Completo – Área de Mecatrónica", language="es")
    assert role_of(raw) == "Instructor a Tiempo Completo – Área de Mecatrónica"


def test_a_french_title_is_not_read_from_inside_a_word():
    raw = mail("Salut Inès, désolé mais on a déjà pris quelqu'un pour le stage dev mobile. Merci et bonne "
               "continuation !\nKarim – Applivore\n", sender="Karim <karim@applivore.example>",
               subject="Re: stage", language="fr")
    # Not "v mobile" (cut inside "dev"); "stage" alone is no title either, so no role is read.
    assert role_of(raw) == ""


def test_the_rest_of_the_companys_name_is_no_word_of_the_title():
    raw = mail("Dear Jonah,\n\nThank you for applying to the Autumn Analyst Programme at Marlowe Capital Group. "
               "We will not be taking your application further.\n\nKind regards,\nEarly Careers\n"
               "Marlowe Capital Group\n",
               sender="Marlowe Capital <careers@marlowecapital.example>",
               subject="Marlowe Capital Group Analyst Programme – Outcome")
    # Not "Group Analyst Programme": the body's whole title.
    assert role_of(raw) == "Autumn Analyst Programme"


# Words that are no title.

def test_a_list_after_a_comma_is_no_title():
    assert not reads_as_title("case study, panel interview and partner", "en")
    assert not reads_as_title("Gruppenübung, schriftliche Aufgabe und Partner", "de")
    assert reads_as_title("Actuaire, tarification IARD", "fr")


def test_a_choice_between_titles_is_no_title():
    assert not reads_as_title("Consultant or Senior Consultant", "en")
    assert not reads_as_title("Analyste ou Analyste Senior", "fr")
    assert not reads_as_title("Sachbearbeiter oder Teamleiter", "de")
    assert not reads_as_title("Manager o Senior Manager", "es")


def test_a_references_abbreviation_and_a_declined_pair_are_no_title():
    assert not reads_as_title("Nr", "de")
    assert not reads_as_title("Beamtin/eines Beamten", "de")
    assert reads_as_title("Técnico/a", "es") and reads_as_title("Mitarbeiter/in", "de")


def test_a_german_reference_abbreviation_is_no_role():
    raw = mail("Sehr geehrte Frau Lutz,\n\nvielen Dank für Ihre Bewerbung auf die Stellenausschreibung Nr. 17/2026 "
               "„Sachbearbeitung Wohngeld (m/w/d)“. Leider können wir Sie nicht berücksichtigen.\n\n"
               "Mit freundlichen Grüßen\nIm Auftrag\nKessler\nStadt Elmshagen\n",
               sender="Stadt Elmshagen <personal@elmshagen.example>",
               subject="Stellenausschreibung Nr. 17/2026", language="de")
    assert role_of(raw) == "Sachbearbeitung Wohngeld"


def test_an_english_list_of_assessment_tasks_is_no_role():
    raw = mail("Dear Sam,\n\nThank you for attending our assessment day. Following careful review of your "
               "performance across the case study, presentation and partner interview, we will not be "
               "offering you a place.\n\nBest wishes,\nGraduate Recruitment\nHalden & Crewe LLP\n",
               sender="Halden & Crewe <graduates@haldencrewe.example>", subject="Assessment day outcome")
    assert role_of(raw) == ""


# Two posts, of which the mail does not say which one.

def test_two_posts_named_apart_in_the_body_name_no_role():
    raw = mail("Madame,\n\nNous avons bien reçu vos deux candidatures, l'une pour le poste de chargée de clientèle, "
               "l'autre pour le poste de conseillère patrimoniale. Nous ne donnerons pas suite pour le moment.\n\n"
               "Cordialement,\nAnne Morel\nBanque Serrault\n",
               sender="Anne Morel <a.morel@serrault.example>", subject="Vos candidatures", language="fr")
    assert role_of(raw) == ""


def test_two_titles_joined_in_the_subject_and_named_apart_in_the_body_name_no_role():
    raw = mail("Estimado Sr. Paredes:\n\nUsted se presentó a dos puestos: Técnico Electricista (código 12) y "
               "Técnico Mecánico (código 15).\n\n- Técnico Electricista: NO CALIFICA.\n- Técnico Mecánico: "
               "NO CALIFICA.\n\nAtentamente,\nRecursos Humanos\nMunicipalidad de Tarma\n",
               sender="RRHH <rrhh@tarma.example>", subject="Convocatoria – Técnico Electricista y Técnico Mecánico",
               language="es")
    assert role_of(raw) == ""
    assert names_two_posts("Data Analyst and Data Engineer", "the Data Analyst post; the Data Engineer post")
    assert not names_two_posts("Gerente de Alimentos y Bebidas", "el puesto de Gerente de Alimentos y Bebidas")


def test_a_title_joined_by_a_conjunction_is_whole():
    body = "la vacante de Sommelier y Guía de Turismo Enológico: buscábamos otro perfil."
    assert with_joined_part("Sommelier", body, "es", set()) == "Sommelier y Guía de Turismo Enológico"
    body = "Ihre Bewerbung als Brauer und Mälzer (m/w/d) bei uns"
    assert with_joined_part("Brauer", body, "de", set()) == "Brauer und Mälzer"
    # A second title is a second post; a workplace is no part of a title.
    assert with_joined_part("Data Analyst", "the Data Analyst and Data Engineer roles", "en", set()) == "Data Analyst"
    assert with_joined_part("Chef", "Chef et Groupe Vauban", "fr", set()) == "Chef"


# A workplace glued on.

def test_a_workplace_after_a_french_title_is_no_part_of_it():
    raw = mail("Coucou Léa,\n\nMerci pour ton essai ! On a choisi quelqu'un d'autre pour le poste de serveuse au "
               "Bistrot Valmy de la Guillotière, désolée.\n\nBelle journée,\nClaire\nBistrot Valmy\n",
               sender="Claire <claire@bistrotvalmy.example>", subject="Re: ton essai", language="fr")
    assert role_of(raw) == "serveuse"
    assert without_workplace("Koch bei Gasthaus Linde", "de") == "Koch"
    assert without_workplace("conseillère à la clientèle", "fr") == "conseillère à la clientèle"
