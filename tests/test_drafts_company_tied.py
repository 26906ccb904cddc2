"""A name becomes the employer only where the mail ties it to the employer: a longer name with the
same first words is another firm unless the signature, the footer or the application phrase gives it;
a footer's register line or a hidden employer ("Company: Confidential") names no firm; a job board's
list of other jobs names other employers. (A kind of institution: tests/test_drafts_company_as_written.py.)

Every mail here is written for this file; each test failed before its rule was written.
"""

from __future__ import annotations

import signal
import time

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail
from tests.support.stated import assert_company_not_read


# --- A longer name with the same first words: another firm unless the mail ties it to the employer.

# (language, sender, subject, body, the other firm, the name the record may state: None where the
# case asks nothing of the record beyond the other firm)
LONGER_NAME_ELSEWHERE = [
    # A former employer that starts with the signature's words.
    pytest.param(
        "en", "Maeve Collins <maeve.collins@fenwickbank.example>", "Your application",
        ("Dear Tomasz,\n\nThank you for applying to Fenwick Bank. Your CV says you spent four years at "
         "Fenwick Banking Services Ltd, a software supplier we have worked with.\n\nWe have decided not to "
         "take your application further this time.\n\nBest wishes,\nMaeve Collins\nFenwick Bank\n"),
        "Fenwick Banking", "Fenwick Bank",
        id="former-employer-with-signatures-words"),
    # An internship elsewhere is not the signature's name written out.
    pytest.param(
        "en", "Owen Price <owen.price@calderre.example>", "Pricing Analyst",
        ("Dear Ms Obi,\n\nMany thanks for your application for the Pricing Analyst vacancy. We noted your "
         "placement at Calder Reserve Partners, which is not connected to us.\n\nOn this occasion we will not "
         "be progressing your application.\n\nRegards,\nOwen Price\nTalent Partner\nCalder Re\n"),
        "Calder Reserve", "Calder Re",
        id="internship-elsewhere-not-signature-written-out"),
    # A German sentence about a former employer does not replace the signed name.
    pytest.param(
        "de", "Personal <personal@wp-jobs.example>", "Ihre Bewerbung",
        ("Sehr geehrter Herr Albers,\n\nherzlichen Dank für Ihre Bewerbung als Schichtleiter Lager. Sie erwähnen, "
         "dass Sie zuvor bei der Weser Postlogistik GmbH gearbeitet haben.\n\nLeider müssen wir Ihnen "
         "mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nMit freundlichen "
         "Grüßen\nIhr Personalteam\nWeser Post\n"),
        "Postlogistik", None,
        id="german-former-employer-sentence"),
    # The application phrase names the short form, so a longer one elsewhere is another firm.
    pytest.param(
        "en", "Penrose Bank Careers <careers@penrosebank.example>", "Your application",
        ("Dear Aisha,\n\nThank you for applying to Penrose Bank. We see that your current role at Penrose "
         "Banking Systems involves payments work.\n\nUnfortunately we will not be moving forward with "
         "your application.\n\nKind regards,\nTalent Acquisition\nPenrose Bank\n"),
        "Penrose Banking Systems", None,
        id="application-phrase-names-short-form"),
]


@pytest.mark.parametrize("language, sender, subject, body, other_firm, signed", LONGER_NAME_ELSEWHERE)
def test_a_longer_name_with_the_signatures_first_words_is_another_firm(language, sender, subject, body, other_firm,
                                                                        signed):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert_company_not_read(read, other_firm)
    if signed is not None:
        assert read.record_company in ("", signed)


# --- A register line or a hidden employer names no firm.

def _german_footer(footer: str, sender: str = "Personalabteilung <bewerbung@haverkamp-technik.example>"):
    body = ("Sehr geehrte Frau Lenz,\n\nvielen Dank für Ihre Bewerbung als Elektronikerin (m/w/d). Leider "
            "müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\n"
            "Mit freundlichen Grüßen\n\nJonas Ebert\nPersonalreferent\n\n" + footer)
    return read_rejection(mail(body, sender=sender, subject="Ihre Bewerbung", language="de"))


@pytest.mark.parametrize("footer", [
    "Handelsregister: Amtsgericht Bielefeld | HRB 5521\n",
    "Registergericht: Amtsgericht Bielefeld – HRB 5521\n",
    "Sitz der Gesellschaft: Gütersloh | Amtsgericht Bielefeld HRB 5521\n",
])
def test_a_register_line_in_the_footer_names_no_firm(footer):
    read = _german_footer(footer, sender="Jonas Ebert <j.ebert@haverkamp-technik.example>")
    for word in ("Handelsregister", "Registergericht", "Sitz", "Amtsgericht", "Gütersloh"):
        assert_company_not_read(read, word)


HIDDEN_EMPLOYER = [
    ("en", "Careers <careers@hirewire-mail.example>",
     "Dear Jo,\n\nThank you for your application.\n\nCompany: Confidential\n\nUnfortunately the hiring "
     "team has decided not to proceed.\n\nBest,\nHiring team\n", "Confidential"),
    ("en", "Careers <careers@jobsdirect-mail.example>",
     "Hi Jo,\n\nRole: Finance Assistant\nEmployer: Not Disclosed\n\nUnfortunately your application was "
     "not successful.\n\nRegards,\nRecruitment\n", "Not Disclosed"),
    ("es", "Marta Gil <mgil@talentoselect.example>",
     "Hola Jorge:\n\nPuesto: Jefe de Almacén\nEmpresa: Confidencial\nUbicación: Zaragoza\n\n"
     "Lamentablemente el cliente ha decidido seguir con otros candidatos.\n\nUn saludo,\nMarta Gil\n",
     "Confidencial"),
    ("de", "Lea Sommer <l.sommer@personalwerk.example>",
     "Hallo Herr Voss,\n\nPosition: Buchhalter (m/w/d)\nUnternehmen: Vertraulich\nStandort: Kassel\n\n"
     "Leider hat sich unser Kunde für einen anderen Kandidaten entschieden.\n\nViele Grüße\nLea Sommer\n",
     "Vertraulich"),
    ("fr", "Claire Roux <c.roux@talentsconseil.example>",
     "Bonjour Paul,\n\nPoste : Contrôleur de gestion\nEntreprise : Confidentiel\nLieu : Nantes\n\n"
     "Malheureusement notre client a retenu un autre profil.\n\nCordialement,\nClaire Roux\n",
     "Confidentiel"),
]


@pytest.mark.parametrize("language, sender, body, hidden", HIDDEN_EMPLOYER)
def test_a_hidden_employer_names_no_firm(language, sender, body, hidden):
    read = read_rejection(mail(body, sender=sender, subject="Your application", language=language))
    assert_company_not_read(read, hidden)


# --- Hostile input: a long run of blanks on a contact line.

class _TooSlow(Exception):
    pass


def _alarm(signum, frame):
    raise _TooSlow


def test_a_contact_line_with_a_long_run_of_blanks_is_read_in_time():
    # A guard of the complexity only: the bound is generous; a quadratic rule takes minutes here.
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(60)
    try:
        start = time.monotonic()
        for blanks in (" \t" * 5000, " " * 100_000):
            body = ("Dear Sam,\n\nWe will not proceed with your application.\n\nKind regards,\nJane Pike\n"
                    "Recruiter\nAcme" + blanks + "Ltd | 12345\n")
            read_rejection(mail(body, sender="Jane Pike <jane.pike@acme-hr.example>"))
        assert time.monotonic() - start < 60
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- A job board's list of other jobs names other employers.

SIMILAR_JOBS = [
    ("de", "StepStone <noreply@stepstone-mail.example>", "Ihre Bewerbung bei der Lindner Verpackung GmbH",
     "Hallo Frau Berg,\n\ndie Lindner Verpackung GmbH hat Ihre Bewerbung als Industriekauffrau (m/w/d) "
     "geprüft und sich leider für andere Kandidaten entschieden.\n\nDiese Jobs könnten Sie interessieren:\n\n"
     "Kauffrau für Büromanagement (m/w/d)\nUnternehmen: Sauer Papierwerke GmbH\nOrt: Minden\n\n"
     "Sachbearbeiterin Einkauf (m/w/d)\nUnternehmen: Riedel Kartonagen KG\nOrt: Herford\n\n"
     "Viel Erfolg bei der Jobsuche\nIhr StepStone Team\n", ("Sauer Papierwerke", "Riedel Kartonagen")),
    ("en", "Jobsite <alerts@jobsite-mail.example>", "Your application to Brampton Foods",
     "Hi Chris,\n\nBrampton Foods has reviewed your application for Warehouse Supervisor and decided not "
     "to take it further.\n\nJobs you might like:\n\nShift Supervisor\nCompany: Ellery Freight Ltd\n"
     "Location: Derby\n\nStock Controller\nCompany: Pilton Wholesale Ltd\nLocation: Leicester\n\n"
     "Good luck with your search,\nThe Jobsite team\n", ("Ellery Freight", "Pilton Wholesale")),
    ("fr", "Emploi <notifications@emploi-mail.example>", "Votre candidature chez Durand Emballages",
     "Bonjour Inès,\n\nL'entreprise Durand Emballages a étudié votre candidature au poste d'assistante "
     "logistique et ne souhaite pas y donner suite.\n\nCes offres pourraient vous intéresser :\n\n"
     "Assistante ADV\nEntreprise : Garnier Transports SAS\nLieu : Tours\n\n"
     "Gestionnaire de stock\nEntreprise : Lefort & Fils Distribution\nLieu : Blois\n\n"
     "L'équipe Emploi\n", ("Garnier Transports", "Lefort & Fils")),
    # One recommended job alone: its field is still another job's.
    ("en", "Jobsite <alerts@jobsite-mail.example>", "Your application",
     "Hi Chris,\n\nThank you for your application for Warehouse Supervisor. The employer has decided "
     "not to take it further.\n\nSimilar jobs:\n\nShift Supervisor\nCompany: Ellery Freight Ltd\n"
     "Location: Derby\n\nGood luck with your search,\nThe Jobsite team\n", ("Ellery Freight",)),
]


@pytest.mark.parametrize("language, sender, subject, body, others", SIMILAR_JOBS)
def test_a_job_boards_similar_jobs_do_not_supply_the_employer(language, sender, subject, body, others):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    for other in others:
        assert_company_not_read(read, other)
        assert other not in read.facts["company"].value


# --- A footer's definition of a short name gives the registered name, and only that.

def test_a_registered_name_is_one_that_opens_its_line_or_part_and_defines_a_real_short_name():
    from onward.drafts.company_clues import registered_names
    assert registered_names('Ashdown Freight Holdings plc ("Ashdown Freight"). Registered in England No. 0412.') \
        == ["Ashdown Freight Holdings plc"]
    assert registered_names('Registered office: 4 Quay Road | Ashdown Freight Holdings plc ("Ashdown")') \
        == ["Ashdown Freight Holdings plc"]
    # A sentence before the name is no part of it; a generic word or "the Company" is no short name.
    assert registered_names('Sent on behalf of Ashdown Freight Holdings plc ("Ashdown")') == []
    assert registered_names('Ashdown Freight Holdings plc ("the Company")') == []
    assert registered_names('Ashdown Freight Holdings plc ("Company")') == []


def test_a_long_word_of_capitals_before_a_bracket_is_read_in_time():
    from onward.drafts.company_clues import registered_names
    # A guard of the complexity only: a match tried from every capital took seconds here.
    start = time.monotonic()
    registered_names("Aa" * 20_000 + ' ("X")')
    assert time.monotonic() - start < 5
