"""The company a draft states, by the classes of wrong one round 19 showed: a temporary work agency
named for the care home it placed for, a group's short name for the member the mail names, a
programme's or a service's words glued onto the employer (or standing for one where the mail names
none), a legal form whose last period the sentence took, and a signature block that the
abbreviations' periods hid.

Every mail here is written for this file; each class's test failed before its change, and the probes
(marked so) are mails where the rule must not fire: an agency that is itself the employer, a group
that is itself the employer, a "Department of X" that is the employer, a firm's own possessive, a
hotel whose name holds "im", an acronym that is the name.
"""

from __future__ import annotations

import pytest

from onward.drafts import company_phrases, facts, read_rejection
from onward.drafts.company_keys import without_legal_form
from tests.support.mail import addressed_mail
from tests.support.stated import stated_company as stated


def company(raw: bytes) -> facts.Fact:
    return read_rejection(raw).facts["company"]


def names(raw: bytes) -> list[str]:
    return [c.value for c in company(raw).candidates]


# --- 1. A temporary work agency ("agence d'emploi") passing on its client's answer ---------------------

def test_a_temporary_work_agency_is_not_the_care_home_it_placed_for() -> None:
    raw = addressed_mail("Lucie – Agence Tempo'Services <lucie@temposervices.example>", "Mission aide-soignante",
                         "Bonjour Mme Rivera,\n\nLa Maison de retraite Les Glycines ne donne pas suite pour la "
                         "mission d'aide-soignante de nuit, le poste a été pourvu en interne.\n\nJe reviens vers "
                         "vous avec d'autres missions très vite.\n\nLucie Marchand\nTempo'Services – Agence "
                         "d'emploi – Chambéry\n")
    agency = [c for c in company(raw).candidates if c.value.startswith("Tempo")]
    assert agency and all(c.confidence <= facts.VETOED_AT_MOST for c in agency)
    assert not stated(raw).startswith("Tempo")


def test_probe_an_employer_that_says_emploi_is_not_an_agency() -> None:
    """ "Maison de l'Emploi" recruiting for itself: no agency's trade in its lines, it stays a candidate."""
    raw = addressed_mail("Service RH <rh@maison-emploi-vercors.example>", "Votre candidature – Conseiller(ère)",
                         "Bonjour,\n\nNous vous remercions de votre candidature au poste de conseiller(ère) "
                         "emploi à la Maison de l'Emploi du Vercors. Nous ne pouvons malheureusement pas y "
                         "donner une suite favorable.\n\nCordialement,\nLe service RH\nMaison de l'Emploi du "
                         "Vercors\n")
    assert all(c.how != facts.THE_AGENCY for c in company(raw).candidates)


# --- 2. A group's short name for the member the mail names ---------------------------------------------

def test_a_group_of_clinics_is_not_stated_for_the_clinic_the_mail_names() -> None:
    raw = addressed_mail("Aurelis Karriere <talente@aurelis-gruppe.example>", "Ihre Bewerbung",
                         "Guten Tag Frau Rivera,\n\nvielen Dank für Ihr Interesse an der Stelle Pflegefachkraft "
                         "(m/w/d) im Aurelis Klinikum Havelland.\n\nLeider haben wir uns für eine andere "
                         "Bewerberin entschieden.\n\nFreundliche Grüße\nTalent Acquisition\nAurelis Kliniken GmbH\n")
    assert stated(raw) != "Aurelis Kliniken"
    assert any(c.how == facts.THE_GROUP for c in company(raw).candidates if c.value == "Aurelis Kliniken")


def test_probe_a_group_of_clinics_that_names_no_member_is_the_employer() -> None:
    raw = addressed_mail("Aurelis Karriere <talente@aurelis-kliniken.example>", "Ihre Bewerbung",
                         "Guten Tag Frau Rivera,\n\nvielen Dank für Ihr Interesse an der Stelle Controller "
                         "(m/w/d) in unserer Konzernzentrale.\n\nLeider haben wir uns für eine andere "
                         "Bewerberin entschieden.\n\nFreundliche Grüße\nTalent Acquisition\nAurelis Kliniken GmbH\n")
    assert all(c.how != facts.THE_GROUP for c in company(raw).candidates)


def test_an_acronym_the_mail_spells_out_is_stated_in_full() -> None:
    raw = addressed_mail("Oficina de Becas – Fondo Andino de Cooperación Técnica <becas@facte.example>",
                         "Programa de Becas 2027",
                         "Estimada Sam:\n\nAgradecemos su solicitud al Programa de Becas 2027 del Fondo Andino de "
                         "Cooperación Técnica Empresarial (FACTE), en la unidad de Energía.\n\nLamentamos "
                         "informarle que su candidatura no ha sido seleccionada.\n\nCordialmente,\nOficina de "
                         "Becas\nFACTE – Quito\n")
    assert names(raw)[0] == "Fondo Andino de Cooperación Técnica Empresarial"


@pytest.mark.parametrize("text, expected", [
    ("del Banco Interamericano de Desarrollo Regional (BIDR), en la División",
     {"bidr": "Banco Interamericano de Desarrollo Regional"}),
    # probes: an acronym no run of the words before spells is the name itself, or another's
    ("trabajamos con la SNCF (SNCF) desde 2020", {}),
    ("la Banque Nationale (BNP) et le Crédit Lyonnais", {}),
])
def test_spelled_out_reads_only_an_acronym_its_words_spell(text: str, expected: dict[str, str]) -> None:
    assert company_phrases.spelled_out(text) == expected


def test_probe_an_acronym_the_mail_never_spells_out_stays() -> None:
    raw = addressed_mail("RRHH BIDR <rrhh@bidr.example>", "Su postulación",
                         "Estimada Sam:\n\nGracias por su interés en el BIDR y en el puesto de Analista de "
                         "Riesgos.\n\nLamentamos informarle que no ha sido seleccionada.\n\nCordialmente,\n"
                         "Recursos Humanos\nBIDR\n")
    assert names(raw)[0] == "BIDR"


# --- 3. A programme or a service named where the mail names no employer, or glued onto it --------------

@pytest.mark.parametrize("name, expected", [
    ("Department of Justice Attorney General's Honors", "Department of Justice"),
    ("Home Office Chief Secretary's Fellowship Scheme", "Home Office"),
    ("Government Digital and Data Apprenticeship Scheme", ""),
    ("Finance and Data Graduate Programme", ""),
    # probes: a firm's own possessive, an employer before the programme, a "Department of X"
    ("McDonald's Graduate Programme", "McDonald's"),
    ("Thistle & Rowe Graduate Management Scheme", "Thistle & Rowe"),
    ("Department of Transport", "Department of Transport"),
    ("Sainsbury's Argos", "Sainsbury's Argos"),
    ("Department of Health's Graduate Scheme", "Department of Health's"),
])
def test_a_programme_named_after_an_office_or_a_field_is_no_employer(name: str, expected: str) -> None:
    assert company_phrases.without_programme(name) == expected


def test_a_programme_of_an_office_is_cut_from_the_department() -> None:
    raw = addressed_mail("Office of Attorney Recruitment <oarm@doj-fellows.example>",
                         "Attorney General's Honors Program – decision",
                         "Dear Applicant,\n\nThank you for your interest in the Department of Justice Attorney "
                         "General's Honors Program for entry-level attorneys.\n\nWe regret to inform you that you "
                         "were not selected for the 2027 hiring cycle.\n\nOffice of Attorney Recruitment\n")
    assert "Department of Justice" in names(raw)
    assert not any("Honors" in n for n in names(raw))


def test_a_fields_apprenticeship_scheme_names_no_employer() -> None:
    raw = addressed_mail("Early Careers <earlycareers@publicsector-apprentices.example>",
                         "Apprenticeship scheme – outcome",
                         "Dear Sam,\n\nThank you for applying to the Government Digital and Data Apprenticeship "
                         "Scheme – Level 4 Data Analyst.\n\nUnfortunately your test result was below the "
                         "threshold, and your application will not continue.\n\nKind regards,\nApprenticeships "
                         "Team\n")
    assert not any("Digital" in n for n in names(raw))


def test_a_service_within_the_organisation_its_domain_spells_gives_the_organisation() -> None:
    raw = addressed_mail("Jugendfreiwilligendienste KJG <fsj@kjg-nordbaden.example>", "Deine Bewerbung für ein FSJ",
                         "Hallo Sam,\n\nschön, dass du dich für ein Freiwilliges Soziales Jahr bei uns beworben "
                         "hast!\n\nLeider ist deine Wunsch-Einsatzstelle schon belegt. Für diesen Jahrgang können "
                         "wir dir deshalb keinen Platz mehr anbieten.\n\nViele Grüße\nDeine "
                         "Jugendfreiwilligendienste im KJG Nordbaden\nLena Vogt\n")
    assert names(raw)[0] == "KJG Nordbaden"


def test_probe_a_hotel_whose_name_holds_im_keeps_it() -> None:
    raw = addressed_mail("Hotel im Wasserturm <jobs@hotel-im-wasserturm.example>", "Ihre Bewerbung",
                         "Guten Tag Frau Rivera,\n\nvielen Dank für Ihre Bewerbung als Rezeptionistin.\n\nLeider "
                         "müssen wir Ihnen absagen.\n\nFreundliche Grüße\nIhr Team vom Hotel im Wasserturm\n")
    assert names(raw)[0] == "Hotel im Wasserturm"


# --- 4. A legal form's last period lost; a signature hidden by the abbreviations' periods --------------

@pytest.mark.parametrize("name", ["Atlántica Contact Solutions S.R.L", "Atlántica Contact Solutions S.R.L.",
                                  "Atlántica Contact Solutions SRL"])
def test_srl_is_a_legal_form_with_or_without_its_periods(name: str) -> None:
    assert without_legal_form(name) == "Atlántica Contact Solutions"


def test_the_firm_a_sentence_writes_with_srl_is_stated_without_the_form() -> None:
    raw = addressed_mail("Computrabajo <notificaciones@computrabajo-mail.example>", "Tu postulación ha cambiado",
                         "Hola Sam,\n\nLa empresa Caribe Contact Services S.R.L. ha actualizado el estado de tu "
                         "postulación: no seleccionado.\n\nMucho éxito en tu búsqueda.\n")
    assert names(raw)[0] == "Caribe Contact Services"


def test_a_signature_block_ending_in_initials_and_a_legal_form_is_read() -> None:
    raw = addressed_mail("Rosa Quiroga <rquiroga@azucarerasanjose.example>", "Vacante Jefe de Mantenimiento",
                         "Buen día Ing. Rivera,\n\nLe escribo en referencia a la vacante de Jefe de Mantenimiento. "
                         "Desafortunadamente su perfil no coincide con lo que buscamos.\n\nGracias por pensar en "
                         "nosotros.\n\nRosa Quiroga M.\nJefe de Personal\nAzucarera San José del Valle S.R.L.\n"
                         "Santa Cruz de la Sierra – Bolivia\n")
    assert "Azucarera San José del Valle" in names(raw)


def test_a_degree_after_the_signers_name_is_no_company() -> None:
    """ "Émilie Gagnon, Dt.P.": the block is read as a signature now, and its credential is no name."""
    raw = addressed_mail("Stages – Banque alimentaire du Plateau <stages@bap.example>", "Stage en nutrition",
                         "Bonjour Sam,\n\nMerci de ton intérêt pour notre stage en nutrition communautaire. Nous "
                         "devons malheureusement te dire que la place unique a été comblée.\n\nBon succès dans ta "
                         "recherche!\n\nÉmilie Gagnon, Dt.P.\nResponsable des programmes\n")
    assert not any("Dt" in n for n in names(raw))


def test_probe_dotted_initials_that_are_a_firms_name_stay() -> None:
    raw = addressed_mail("Recruiting <jobs@ibmx.example>", "Your application",
                         "Dear Sam,\n\nThank you for your application to I.B.M.X. We will not take it further.\n\n"
                         "Kind regards,\nTalent Team\nI.B.M.X.\n")
    assert "I.B.M.X" in names(raw) or "I.B.M.X." in names(raw)


# --- 5. A public job board's field for the hiring body ---------------------------------------------------

@pytest.mark.parametrize("sender, body, expected", [
    ("USAJOBS <noreply@usajobs-mail.example>",
     "Dear Sam,\n\nYour application status has changed.\n\nPosition: Program Analyst\nAgency: Department of "
     "Coastal Resilience – Northern Regional Office\nStatus: Not Selected\n\nThank you for your interest.\n",
     "Department of Coastal Resilience"),
    ("Stellenportal <noreply@stellenportal-bund.example>",
     "Guten Tag,\n\nder Status Ihrer Bewerbung hat sich geändert.\n\nStelle: Sachbearbeiter/in Haushalt\n"
     "Anbieter: Bundesamt für Küstenschutz\nStatus: Absage\n\nMit freundlichen Grüßen\n",
     "Bundesamt für Küstenschutz"),
])
def test_a_public_job_boards_field_gives_the_hiring_body(sender: str, body: str, expected: str) -> None:
    assert expected in names(addressed_mail(sender, "Application status", body))


# --- Review probes: an "Agency:"/"Anbieter:" field beside the employer's field is the posting agency -----

@pytest.mark.parametrize("sender, body, employer", [
    ("Jobs Portal <noreply@jobsportal.example>",
     "Dear Sam,\n\nYour application status has changed.\n\nJob title: Warehouse Operative\nCompany: Frischmarkt "
     "Foods\nAgency: Brightstaff Recruitment\nStatus: Unsuccessful\n\nJobs Portal\n", "Frischmarkt Foods"),
    ("Board <noreply@board.example>",
     "Hi Sam,\n\nUnfortunately your application was unsuccessful.\n\nEmployer: Kestrel Foods Ltd\nAgency: Harrow "
     "Search\n", "Kestrel Foods"),
    ("Jobportal <noreply@jobportal.example>",
     "Guten Tag,\n\nleider wurde Ihre Bewerbung abgelehnt.\n\nStelle: Lagerhelfer (m/w/d)\nArbeitgeber: Frischmarkt "
     "Nord GmbH\nAnbieter: Randstad Personalservice GmbH\nStatus: Abgelehnt\n", "Frischmarkt Nord"),
])
def test_probe_an_agency_field_beside_the_employer_field_leaves_the_employer(sender: str, body: str,
                                                                             employer: str) -> None:
    """A commercial board's form names the employer and the staffing agency that posted the job: the
    agency's field must neither knock out the employer's (two names once read as a list of jobs) nor
    stand for it."""
    raw = addressed_mail(sender, "Application update", body)
    assert employer in names(raw)
    assert stated(raw) in ("", employer)


# --- Review probes: a group's name in the singular is the group, not one of its houses ------------------

@pytest.mark.parametrize("body, group", [
    ("Dear Sam,\n\nThank you for your interest in the Data Engineer position at Acme Technology. Unfortunately we "
     "have decided not to move forward with your application.\n\nBest regards,\nTalent Team\nAcme Technologies\n",
     "Acme Technologies"),
    ("Sehr geehrte Frau Taylor,\n\nvielen Dank für Ihre Bewerbung bei der Rhein Klinik. Leider haben wir uns für "
     "eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nIhr Personalteam\nRhein Kliniken\n",
     "Rhein Kliniken"),
])
def test_probe_the_groups_name_in_the_singular_names_no_house(body: str, group: str) -> None:
    """ "at Acme Technology" of "Acme Technologies": the group's own name, no house of it (the plural-kind
    test took any kind word of five shared letters for a member's name)."""
    assert not facts.names_one_of_its_units(group, body)


def test_a_house_of_the_group_with_its_own_name_is_one_of_its_units() -> None:
    body = ("Sehr geehrte Frau Taylor,\n\nvielen Dank für Ihre Bewerbung im Rhein Klinikum Neuwied. Leider haben "
            "wir uns anders entschieden.\n\nMit freundlichen Grüßen\nRhein Kliniken\n")
    assert facts.names_one_of_its_units("Rhein Kliniken", body)


# --- Review probes: a trade's possessive is the firm's own name, only a public office's cuts -------------

@pytest.mark.parametrize("name", ["Northside Baker's Dozen", "Riverside Plumber's Mate", "The Chef's Table",
                                  "Harbour Director's Guild", "Old Carpenter's Arms"])
def test_probe_a_trades_possessive_in_a_firms_name_is_kept(name: str) -> None:
    """The office cut once took any title word ("Baker", "Chef", "Director") for an office: "Northside"."""
    assert company_phrases.without_programme(name) == name


@pytest.mark.parametrize("name, employer", [
    ("Hollis University President's Fellowship", "Hollis University"),
    ("Cabinet Office Chief Secretary's Award", "Cabinet Office"),
])
def test_a_public_offices_programme_after_the_employer_is_cut(name: str, employer: str) -> None:
    assert company_phrases.without_programme(name) == employer


def test_probe_a_bakerys_name_is_stated_whole() -> None:
    raw = addressed_mail("Northside Baker's Dozen <jobs@northsidebakersdozen.example>", "Your application",
                         "Hi Sam,\n\nThanks for applying for the Counter Assistant job at Northside Baker's Dozen. "
                         "Unfortunately we have filled the position.\n\nAll the best,\nNorthside Baker's Dozen\n")
    assert "Northside" not in names(raw)
