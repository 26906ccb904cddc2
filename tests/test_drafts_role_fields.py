"""What follows a title's comma is its specialism only when it holds a listed field word, never by
its ending: towns and first names end like fields (Kettering, Dorking, Trinidad, Florence). The
role is then the title alone or none, never "Title, Town" or "Title, Name".
Mails written for these tests (no corpus mail)."""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.role_comma import whole_at_comma
from onward.drafts.role_shape import with_joined_part
from tests.test_drafts_facts import mail


def role_of(raw: bytes) -> str:
    """The rules' reading of the role (what the fact model then scores)."""
    return read_rejection(raw).facts["role"].value


def test_an_english_town_ending_like_a_field_is_no_specialism():
    body = "Thank you for applying for the role of Conveyancing Assistant, Kettering. We have filled the post."
    assert whole_at_comma("Conveyancing Assistant", "Your application", body, "en", set()) == \
        "Conveyancing Assistant"
    raw = mail("Dear Sam,\n\nThank you for applying for the role of Legal Secretary, Dorking. We have "
               "decided to progress other applicants.\n\nKind regards,\nMoira Platt\nHolloway Reeve LLP\n",
               sender="Moira Platt <m.platt@hollowayreeve.example>")
    assert role_of(raw) == "Legal Secretary"


def test_a_first_name_opening_the_next_clause_is_no_specialism():
    raw = mail("Dear Sam,\n\nAfter your interview for the position of Trainee Accountant, Florence has asked "
               "me to tell you that we will not be making an offer.\n\nBest wishes,\nGareth Yale\n"
               "Penhallow Accountants\n", sender="Gareth Yale <g.yale@penhallow.example>")
    # A rank and a job word alone, then a word that may be a name: none rather than "…, Florence".
    assert role_of(raw) == ""


def test_a_spanish_town_ending_like_a_field_is_no_specialism():
    assert whole_at_comma("Operario de Bodega", "Postulación: Operario de Bodega, Trinidad", "", "es",
                          set()) == "Operario de Bodega"
    assert whole_at_comma("Cajera", "Postulación: Cajera, Piedad", "", "es", set()) == ""


def test_a_french_town_or_name_after_a_comma_is_no_specialism():
    assert whole_at_comma("Conseiller Clientèle", "Candidature : Conseiller Clientèle, Valence", "", "fr",
                          set()) == "Conseiller Clientèle"
    assert whole_at_comma("Vendeur", "Candidature Vendeur, Laurence", "", "fr", set()) == ""


def test_a_german_town_after_a_comma_is_no_specialism():
    body = "vielen Dank für Ihre Bewerbung als Sachbearbeiter Lohnbuchhaltung, Straubing. Leider"
    assert whole_at_comma("Sachbearbeiter Lohnbuchhaltung", "Ihre Bewerbung", body, "de", set()) == \
        "Sachbearbeiter Lohnbuchhaltung"


def test_a_listed_field_after_a_comma_still_goes_with_the_title():
    assert whole_at_comma("Associate", "Associate, Litigation", "", "en", set()) == "Associate, Litigation"
    assert whole_at_comma("Referent", "Referent, Unternehmensentwicklung", "", "de", set()) == \
        "Referent, Unternehmensentwicklung"
    assert whole_at_comma("Analista", "Analista, Contabilidad", "", "es", set()) == "Analista, Contabilidad"


def test_a_french_field_going_on_in_lower_case_keeps_the_title():
    # Where "Droit social" ends cannot be told from the capitals: the title as the subject names it.
    assert whole_at_comma("Juriste", "Candidature - Juriste, Droit social", "", "fr", set()) == "Juriste"
    assert whole_at_comma("Abogado", "Postulación: Abogado, Derecho laboral", "", "es", set()) == "Abogado"


# After a job word, Spanish/French "a" goes on with the job's terms, never with a name.

def test_a_spanish_title_does_not_go_on_into_the_shop_after_a():
    raw = mail("Hola Dani:\n\nGracias por postular como Reponedor a Almacenes Quillota. Esta vez no "
               "seguirás en el proceso.\n\nSaludos,\nEquipo de Personas\nAlmacenes Quillota\n",
               sender="Personas <personas@almacenesquillota.example>", subject="Postulación", language="es")
    assert role_of(raw) == "Reponedor"


def test_a_spanish_subjects_title_does_not_take_an_unknown_name_after_a():
    raw = mail("Hola Dani:\n\nGracias por tu interés. Esta vez no seguirás en el proceso.\n\nSaludos,\n"
               "Equipo de Personas\n", sender="Personas <personas@grupoandino.example>",
               subject="Postulación Bodeguero a Ferreterías Maipo", language="es")
    assert role_of(raw) == "Bodeguero"


def test_a_title_still_goes_on_with_its_terms_after_a():
    raw = mail("Estimada Sra. Vidal:\n\nLe agradecemos su postulación al cargo de Profesor a Tiempo Parcial. "
               "Tras la evaluación, su candidatura no ha sido seleccionada.\n\nAtentamente,\n"
               "Oficina de Personal\nColegio Santa Brígida\n", sender="Personal <personal@csb.example>",
               subject="Su postulación", language="es")
    assert role_of(raw) == "Profesor a Tiempo Parcial"


# A part joined by "and"/"y"/"et"/"und" goes with the title only when it names a field.

def test_a_part_joined_by_and_without_a_field_is_no_part_of_the_title():
    body = "Thank you for your interest in the position of Shift Supervisor and Keyholder at our Leeds branch."
    assert with_joined_part("Shift Supervisor", body, "en", set()) == "Shift Supervisor"
    raw = mail("Dear Robin,\n\nThank you for applying for the position of Store Manager and Deputy at our Exeter "
               "shop. We have chosen another candidate.\n\nKind regards,\nNadia Frost\nHollin Outdoor\n",
               sender="Nadia Frost <n.frost@hollinoutdoor.example>")
    assert role_of(raw) == "Store Manager"


def test_a_part_joined_by_and_that_names_a_field_goes_with_the_title():
    body = "votre candidature au poste de Responsable Comptable et Financier, que nous avons pourvu."
    assert with_joined_part("Responsable Comptable", body, "fr", set()) == "Responsable Comptable et Financier"
    # After a field's word (not a job word) the conjunction goes on with the field.
    body = "su postulación a Profesora de Historia y Geografía: hemos elegido a otra persona."
    assert with_joined_part("Profesora de Historia", body, "es", set()) == "Profesora de Historia y Geografía"
