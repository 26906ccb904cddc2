"""Classes of wrong roles round 18 showed: a German title the sentence declines ("der Kaufmännischen
Geschäftsführerin / des Kaufmännischen Geschäftsführers"), a participle of the next clause glued to the
title ("Pharmacien(ne) logisticien(ne) basé à Yaoundé"), and a title of job words alone whose field the
subject writes after a dash ("Associate – Commercial Property"). With probes where each rule must not
fire: a title in its own form, a participle inside a title's word, a workplace, a town or working
terms after the dash."""

import pytest

from onward.drafts.role import choose_role_evidence
from onward.drafts.role_declined import as_the_nominative, declined
from tests.support.stated import chosen_role as chosen


# -- A declined German title: read back where the mail writes its own form, else none.

_DECLINED_BODY = ("Sehr geehrter Herr Feld,\n\nder Verwaltungsrat hat sich entschieden, das Verfahren für die "
                  "Position der Kaufmännischen Geschäftsführerin / des Kaufmännischen Geschäftsführers mit "
                  "anderen Kandidaten fortzusetzen.\n\nMit freundlichen Grüßen\nAnna Berg")


def test_a_declined_title_is_named_as_the_subject_writes_it():
    assert chosen(_DECLINED_BODY, "Mandat Kaufmännische:r Geschäftsführer:in – Rückmeldung", "de") == (
        "Kaufmännische:r Geschäftsführer:in")


def test_a_declined_title_the_mail_writes_nowhere_else_is_left_out():
    assert chosen(_DECLINED_BODY, "Ihre Bewerbung", "de") == ""


@pytest.mark.parametrize("role, text", [
    ("Technischen Leiterin", "Ihre Bewerbung zur Technischen Leiterin"),
    ("Kanzlerin / des Kanzlers", "Besetzung der Kanzlerin / des Kanzlers"),
    ("Geschäftsführers", "die Position des Geschäftsführers"),
])
def test_declined_forms_are_told(role, text):
    assert declined(role, text, "de")


@pytest.mark.parametrize("role, text", [
    ("Kaufmännische Leiterin", "Ihre Bewerbung als Kaufmännische Leiterin"),
    ("Technischer Zeichner", "Ihre Bewerbung als Technischer Zeichner"),
    ("Data Analyst", "your application for the Data Analyst role"),  # no table of declining articles
    ("Projektassistenz", "die Stelle der Projektassistenz"),  # a feminine noun is the same in every case
])
def test_titles_in_their_own_form_are_no_declined_ones(role, text):
    language = "en" if role == "Data Analyst" else "de"
    assert not declined(role, text, language)
    assert as_the_nominative(role, "", text, language) == role


def test_a_title_in_its_own_form_is_kept_as_it_is():
    body = ("Sehr geehrte Frau Lenz,\n\nvielen Dank für Ihre Bewerbung als Kaufmännische Leiterin. Leider haben wir "
            "uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nTom Ruf")
    assert chosen(body, "Ihre Bewerbung", "de") == "Kaufmännische Leiterin"


# -- A participle that opens the next clause ends the title.

@pytest.mark.parametrize("body, language, role", [
    ("Madame,\n\nNous vous remercions pour votre candidature au poste de Pharmacien logisticien basé à Yaoundé. "
     "Votre profil n'a pas été retenu.\n\nCordialement,\nPaul Abena", "fr", "Pharmacien logisticien"),
    ("Madame,\n\nMerci pour votre candidature au poste de Comptable fournisseurs située à Lyon. Nous avons retenu "
     "un autre profil.\n\nCordialement,\nPaul Abena", "fr", "Comptable fournisseurs"),
    ("Dear Ana,\n\nThank you for applying for the position of Data Analyst based in Leeds. We have decided "
     "not to progress your application.\n\nBest,\nTom", "en", "Data Analyst"),
    ("Hola Ana,\n\nGracias por tu interés en el puesto de Analista de Datos ubicado en Lima. Hemos elegido a "
     "otra persona.\n\nSaludos,\nTomás", "es", "Analista de Datos"),
])
def test_a_participle_opening_the_next_clause_ends_the_title(body, language, role):
    assert chosen(body, "Your application", language) == role


def test_a_participle_s_letters_inside_a_title_word_end_nothing():
    # "Basés" is no word of "Responsable Bases de données"; only a whole participle ends a title
    body = ("Madame,\n\nNous vous remercions pour votre candidature au poste de Responsable Bases de données. "
            "Votre profil n'a pas été retenu.\n\nCordialement,\nPaul Abena")
    assert chosen(body, "Votre candidature", "fr") == "Responsable Bases de données"


# -- A title of job words alone and the field after the subject's dash.

def test_the_field_after_a_dash_stays_with_a_title_of_job_words_alone():
    body = ("Dear Sam,\n\nThank you for applying for the Associate role with us. We have decided not to take "
            "your application further.\n\nKind regards,\nTom Reed")
    assert chosen(body, "Associate – Commercial Property", "en") == "Associate – Commercial Property"


@pytest.mark.parametrize("subject", [
    "Head Chef – The Hollies",  # a workplace
    "Head Chef – Killarney",  # a town no table knows
    "Head Chef – night shift",  # working terms
    "Head Chef – Ines B.",  # a person
])
def test_a_workplace_town_person_or_terms_after_the_dash_leave_the_bare_title(subject):
    body = ("Dear Sam,\n\nThank you for applying for the Head Chef role with us. We have decided not to take "
            "your application further.\n\nKind regards,\nTom Reed")
    assert chosen(body, subject, "en") == "Head Chef"


def test_a_title_with_its_own_field_takes_nothing_after_the_dash():
    body = ("Dear Sam,\n\nThank you for applying for the Marketing Manager role with us. We have decided not to "
            "take your application further.\n\nKind regards,\nTom Reed")
    assert chosen(body, "Marketing Manager – Commercial Property", "en") == "Marketing Manager"


@pytest.mark.parametrize("role", [
    "Ausbildung zum Koch / zur Köchin 2027",  # the small word inside the title governs its case
    "Stelle im Allgemeinen Sozialen Dienst",
    "Referent für Digitalen Wandel",
])
def test_a_case_inside_the_title_after_its_own_small_word_is_no_declined_title(role):
    assert not declined(role, f"Ihre Bewerbung für die {role}", "de")


# -- A title no job word marks, written right after the subject's word for the application.

@pytest.mark.parametrize("subject, language, role", [
    ("Re: Bewerbung Veranstaltungstechnik", "de", "Veranstaltungstechnik"),
    ("Ihre Bewerbung Verkehrsplaner*in", "de", "Verkehrsplaner*in"),
    ("Deine Bewerbung: Barkeeperin", "de", "Barkeeperin"),
])
def test_a_title_right_after_the_subject_s_application_word_is_a_candidate(subject, language, role):
    body = ("Hallo Sam,\n\nvielen Dank für dein Interesse. Leider müssen wir dir absagen, wir haben uns für "
            "jemand anderen entschieden.\n\nViele Grüße\nJana")
    assert chosen(body, subject, language) == role


@pytest.mark.parametrize("subject", [
    "Ihre Bewerbung Kennziffer 33/26",  # a reference
    "Your application Status",  # a word of the process
    "Ihre Bewerbung vom 3. März",  # the sentence going on
    "Bewerbung Leider",  # a sentence's opener
    "Veranstaltungstechnik",  # no word for the application before it
])
def test_no_candidate_from_a_reference_a_process_word_or_without_the_application_word(subject):
    body = ("Hallo Sam,\n\nvielen Dank für dein Interesse. Leider müssen wir dir absagen, wir haben uns für "
            "jemand anderen entschieden.\n\nViele Grüße\nJana")
    assert chosen(body, subject, "de") == ""


def test_the_employer_after_a_post_s_application_word_is_no_candidate():
    body = ("Hi Aisha,\n\nI'm forwarding the reply I got after I chased them. I'm sorry it isn't better news.\n\n"
            "Best,\nHannah")
    assert chosen(body, "FW: Graduate Scheme application – Meridian Engineering", "en") == ""


@pytest.mark.parametrize("title", ["Home Based Carer", "Field based Sales Executive"])
def test_a_participle_that_is_the_title_s_own_word_ends_nothing(title):
    # followed by a capitalised word, "based" is part of the title, not a clause about the place
    body = (f"Dear Ana,\n\nThank you for applying for the position of {title} with us. We have decided not to "
            "progress your application.\n\nBest,\nTom")
    assert chosen(body, "Your application", "en") == title


def test_the_signer_s_title_in_its_own_form_is_not_the_declined_post_s():
    body = ("Sehr geehrte Frau Lenz,\n\nwir haben die Position der Kaufmännischen Leiterin anderweitig besetzt.\n\n"
            "Mit freundlichen Grüßen\nHans Meier\nKaufmännischer Leiter")
    assert chosen(body, "Ihre Bewerbung", "de") == ""


# -- Probes the review added (a participle of the title's own before a lower-case word; a bare subject
# segment against the body's title).

@pytest.mark.parametrize("title", ["Home based care worker", "Office based customer adviser"])
def test_a_participle_of_the_title_before_a_lower_case_word_ends_nothing(title):
    # no preposition of place after it: "based" is the title's, not a clause about where the post is
    body = (f"Dear Ana,\n\nThank you for applying for the role of {title}. We have decided not to progress "
            "your application.\n\nBest,\nTom")
    assert chosen(body, "Your application", "en") == title


@pytest.mark.parametrize("body, language, role", [
    ("Madame,\n\nMerci pour votre candidature au poste de Chargée de clientèle basée dans nos locaux de Nantes. "
     "Nous avons retenu un autre profil.\n\nCordialement,\nPaul Abena", "fr", "Chargée de clientèle"),
    ("Sehr geehrte Frau Kaya,\n\nvielen Dank für Ihre Bewerbung als Projektleiter mit Sitz in Bremen. Leider "
     "müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nJens Ott", "de", "Projektleiter"),
])
def test_a_participle_before_a_preposition_of_place_ends_the_title(body, language, role):
    assert chosen(body, "Ihre Bewerbung", language) == role


def test_a_bare_subject_segment_is_no_rival_to_the_body_s_title():
    # "MFA" is the body's "Medizinische Fachangestellte" shortened: no second candidate, and no title of
    # the subject alone that disagrees with the body's
    body = ("Sehr geehrte Frau Kaya,\n\nvielen Dank für Ihr Interesse. Wir haben uns für eine andere Bewerberin als "
            "Medizinische Fachangestellte entschieden.\n\nMit freundlichen Grüßen\nSandra Kühn")
    role, evidence = choose_role_evidence(body, "Bewerbung MFA", "de", set(), "")
    assert role == "Medizinische Fachangestellte"
    assert evidence.candidates == 0 and not evidence.subject_role
