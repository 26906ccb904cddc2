"""The company a draft states, by the classes of wrong one round 20 showed: a go-between named for the
public employer the procedure is for (a recruiting portal, an IT consultancy, a graduates' placement
service), a part named for the organisation that signs from its own domain (a health board's hospital),
and a department's words glued before the employer's name ("Capital Humano Farmacéutica Lumar",
"Personalstelle Gemeinde Ebersried").

Every mail here is written for this file; each class's test failed before its change. The probes
(marked so) are mails where the rule must not fire: a portal or a consultancy that hires for itself, a
hospital that is itself the employer, firms whose names hold "Capital" or "Personal".
"""

from __future__ import annotations

import pytest

from onward.drafts import facts, read_rejection
from onward.drafts.company import clean
from onward.drafts.company_part import a_part_of, is_portal, labels_spell_the_whole
from tests.support.mail import addressed_mail
from tests.support.stated import candidate_names as names, company_candidates as candidates, stated_company as stated


def _first(raw: bytes):
    return candidates(raw)[0]


# --- 1. A go-between named for the employer the procedure is for ---------------------------------------

PORTALS = [
    pytest.param("Bewerbungsportal Land Nordtal <noreply@bewerbung.nordtal.example>", "Ihre Bewerbung: NT-2026-113",
                 "Sehr geehrte Frau Rivera,\n\nzu Ihrer Bewerbung auf die Ausschreibung NT-2026-113 – Referentin "
                 "Haushalt im Ministerium der Finanzen teilen wir Ihnen mit, dass das Auswahlverfahren "
                 "abgeschlossen ist. Leider konnten wir Ihre Bewerbung nicht berücksichtigen.\n\nMit freundlichen "
                 "Grüßen\nMinisterium der Finanzen\n", id="de"),
    pytest.param("Westmark Jobs Portal <noreply@jobs.westmark.example>", "Your application: WM-4471",
                 "Dear Sam,\n\nThank you for applying for the Policy Officer position with the Department of "
                 "Coastal Works. The selection process is now complete and your application was not "
                 "successful.\n\nRegards,\nDepartment of Coastal Works\n", id="en"),
    pytest.param("Portail Emploi Région Sud <ne-pas-repondre@emploi.regionsud.example>", "Votre candidature",
                 "Madame,\n\nNous accusons réception de votre candidature au poste de chargée de mission à la "
                 "Direction régionale des Routes. Nous avons le regret de vous informer qu'elle n'a pas été "
                 "retenue.\n\nDirection régionale des Routes\n", id="fr"),
    pytest.param("Portal de Empleo Junta de Rioseco <noreply@empleo.rioseco.example>", "Tu candidatura",
                 "Estimada Sam:\n\nEn relación con tu candidatura al puesto de Técnica de Archivo en la Consejería "
                 "de Cultura, te comunicamos que no ha sido seleccionada.\n\nAtentamente,\nConsejería de Cultura\n",
                 id="es"),
]


@pytest.mark.parametrize("sender, subject, body", PORTALS)
def test_a_recruiting_portal_is_never_the_employer(sender: str, subject: str, body: str) -> None:
    """The portal's own name is vetoed; whatever the draft states is not it."""
    raw = addressed_mail(sender, subject, body)
    portal = [c for c in candidates(raw) if is_portal(c.value)]
    assert portal and all(c.how == facts.A_PORTAL and c.confidence <= facts.VETOED_AT_MOST for c in portal)
    assert not is_portal(stated(raw))
    assert not is_portal(read_rejection(raw).record_company)


def test_the_portal_words_of_each_language() -> None:
    assert is_portal("Bewerbungsportal Land Mittelrhein") and is_portal("Karriereportal der Stadt Au")
    assert is_portal("Careers Portal NSW") and is_portal("Plateforme de recrutement de l'État")
    assert is_portal("Portal de Empleo de la Junta")
    # Probes: a word that only begins as one, and a portal of another trade.
    assert not is_portal("Portalis Software GmbH") and not is_portal("Immobilienportal Nord")


@pytest.mark.parametrize("sender, subject, body, firm", [
    pytest.param("Jobportal Nordwest GmbH <karriere@jobportal-nordwest.example>", "Ihre Bewerbung",
                 "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung bei der Jobportal Nordwest GmbH als "
                 "Softwareentwicklerin. Leider haben wir uns für eine andere Bewerberin entschieden.\n\nMit "
                 "freundlichen Grüßen\nJobportal Nordwest GmbH\n", "Jobportal Nordwest", id="de"),
    pytest.param("Careers <careers@harbourjobportal.example>", "Your application to Harbour Job Portal",
                 "Dear Sam,\n\nThank you for your application to Harbour Job Portal Ltd for the Data Engineer role.\n\n"
                 "We have decided not to move forward on this occasion.\n\nKind regards,\nHarbour Job Portal Ltd\n",
                 "Harbour Job Portal", id="en"),
])
def test_a_portal_that_hires_for_itself_keeps_its_name(sender: str, subject: str, body: str, firm: str) -> None:
    """Probe: the candidate applied to the portal's firm itself; it is the employer."""
    first = _first(addressed_mail(sender, subject, body))
    assert first.value == firm and first.how not in facts.VETOED


GO_BETWEENS = [
    pytest.param("Jana Kessler – Kessler Public Consulting <j.kessler@kessler-pc.example>",
                 "Update zu Ihrer Vorstellung",
                 "Hallo Frau Rivera,\n\nich habe Rückmeldung vom Kunden erhalten. Das Landesamt für Statistik "
                 "Nordtal (LSN) hat sich gegen eine Weiterführung Ihrer Kandidatur entschieden.\n\nIch melde mich, "
                 "sobald ich ein neues Projekt habe.\n\nBeste Grüße\nJana Kessler\nKessler Public Consulting GmbH\n",
                 "Kessler Public Consulting", id="consultancy-de"),
    pytest.param("Tom Berger <tom.berger@akademikervermittlung-nord.example>", "Rückmeldung",
                 "Hallo Frau Rivera,\n\nkurz und ehrlich: Die Hochschule Rheinfeld (HSR) hat sich gegen Sie als "
                 "Referentin Studienberatung entschieden.\n\nIch melde mich, sobald ich etwas Passendes habe.\n\n"
                 "Viele Grüße\nTom Berger\nAkademikervermittlung Nord\n", "Akademikervermittlung Nord",
                 id="placement-de"),
]


@pytest.mark.parametrize("sender, subject, body, go_between", GO_BETWEENS)
def test_a_go_between_is_not_named_for_the_public_employer(sender: str, subject: str, body: str,
                                                            go_between: str) -> None:
    """The consultancy or the placement service passing the employer's answer on is vetoed."""
    raw = addressed_mail(sender, subject, body)
    own = [c for c in candidates(raw) if c.value.startswith(go_between.split()[0])]
    assert own and all(c.confidence <= facts.VETOED_AT_MOST for c in own)
    assert not stated(raw).startswith(go_between.split()[0])
    assert not read_rejection(raw).record_company.startswith(go_between.split()[0])


def test_the_employer_behind_an_aside_is_read() -> None:
    """ "Die Hochschule Rheinfeld (HSR) hat sich ... entschieden": the name before the brackets decided."""
    assert "Hochschule Rheinfeld" in names(addressed_mail(*GO_BETWEENS[1].values[:3]))


@pytest.mark.parametrize("sender, subject, body, firm", [
    pytest.param("Jana Kessler <j.kessler@kessler-pc.example>", "Ihre Bewerbung bei Kessler Public Consulting",
                 "Hallo Frau Rivera,\n\nvielen Dank für Ihre Bewerbung bei Kessler Public Consulting als "
                 "SAP-Beraterin. Leider haben wir uns für eine andere Kandidatin entschieden.\n\nBeste Grüße\n"
                 "Jana Kessler\nKessler Public Consulting GmbH\n", "Kessler Public Consulting", id="de"),
    pytest.param("Léa Moreau <l.moreau@moreau-conseil.example>", "Votre candidature",
                 "Bonjour,\n\nMerci pour votre candidature chez Moreau Conseil Public au poste de consultante. "
                 "Nous avons décidé de ne pas poursuivre.\n\nLéa Moreau\nMoreau Conseil Public\n",
                 "Moreau Conseil Public", id="fr"),
    pytest.param("Careers <careers@harbourpublicconsulting.example>", "Your application",
                 "Dear Sam,\n\nThank you for applying to Harbour Public Consulting for the Analyst role. We have "
                 "decided not to progress your application.\n\nKind regards,\nHarbour Public Consulting\n",
                 "Harbour Public Consulting", id="en"),
])
def test_a_consultancy_that_hires_for_itself_keeps_its_name(sender: str, subject: str, body: str,
                                                            firm: str) -> None:
    """Probe: a consultancy's own vacancy, no client named: it is the employer."""
    raw = addressed_mail(sender, subject, body)
    assert read_rejection(raw).record_company == firm
    assert stated(raw) in ("", firm)


# --- 2. A part named for the organisation that signs from its own domain -------------------------------

PARTS = [
    pytest.param("Recruitment <recruitment@tasmanbayhb.example>", "Health Care Assistant",
                 "Dear Sam,\n\nThank you for applying for the Health Care Assistant position at Tasman Bay "
                 "Hospital.\n\nThe position has now been filled.\n\nKind regards,\nRecruitment Team\n"
                 "Tasman Bay Health Board\n", "Tasman Bay Hospital", id="en"),
    pytest.param("Personal <personal@klinikverbund-rheintal.example>", "Ihre Bewerbung",
                 "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung als Pflegefachfrau bei der Klinik "
                 "Rheintal.\n\nLeider haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen "
                 "Grüßen\nKlinikverbund Rheintal\n", "Klinik Rheintal", id="de"),
]


@pytest.mark.parametrize("sender, subject, body, part", PARTS)
def test_a_part_of_the_signing_organisation_is_not_stated(sender: str, subject: str, body: str, part: str) -> None:
    """The application phrase names a part of the organisation that signs from its own domain."""
    raw = addressed_mail(sender, subject, body)
    assert [c.how for c in candidates(raw) if c.value == part] == [facts.A_PART]
    assert stated(raw) != part


def test_the_domain_spells_the_whole_not_the_part() -> None:
    assert a_part_of("Kauri Valley Hospital", "Kauri Valley Health Board")
    assert labels_spell_the_whole("Kauri Valley Hospital", "Kauri Valley Health Board", ("kaurivalleyhb",))
    # Probes: the hospital's own domain; a name inside the other is the same name, not a part.
    assert not labels_spell_the_whole("Kauri Valley Hospital", "Kauri Valley Health Board", ("kaurivalleyhospital",))
    assert not a_part_of("Kauri Valley", "Kauri Valley Health Board")
    assert not a_part_of("Kauri Valley Health Board", "Kauri Valley Hospital")
    # Probe: a department's name for the organisation is no larger one ("Personaldienst Stadt Seeberg").
    assert not a_part_of("Stadtverwaltung Seeberg", "Personaldienst Stadt Seeberg")


def test_a_town_signed_by_its_personnel_office_keeps_its_name() -> None:
    """Probe: "bei der Stadtverwaltung X", signed "Personaldienst Stadt X" from x: one organisation."""
    raw = addressed_mail("Stadtverwaltung Talberg <personaldienst@talberg.example>", "Praktikum Kommunikation",
                         "Sehr geehrter Herr Rivera\n\nWir danken Ihnen für Ihre Bewerbung für das Praktikum "
                         "Kommunikation bei der Stadtverwaltung Talberg.\n\nNach eingehender Prüfung haben wir uns "
                         "entschieden, Ihr Dossier nicht weiter zu berücksichtigen.\n\nFreundliche Grüsse\n\n"
                         "Personaldienst Stadt Talberg\nCorinne Wyss, HR-Fachfrau\n")
    assert all(c.how != facts.A_PART for c in candidates(raw))


@pytest.mark.parametrize("sender, subject, body, hospital", [
    pytest.param("Recruitment <recruitment@tasmanbayhospital.example>", "Health Care Assistant",
                 "Dear Sam,\n\nThank you for applying for the Health Care Assistant position at Tasman Bay "
                 "Hospital.\n\nThe position has now been filled.\n\nKind regards,\nRecruitment Team\n"
                 "Tasman Bay Hospital\nTasman Bay Health Board\n", "Tasman Bay Hospital", id="en"),
    pytest.param("Recrutement <recrutement@hopital-belmont.example>", "Votre candidature",
                 "Madame,\n\nNous vous remercions de votre candidature au poste d'infirmière à l'Hôpital de "
                 "Belmont.\n\nLe poste a été pourvu.\n\nService des ressources humaines\nHôpital de Belmont\n"
                 "Groupement Hospitalier de Belmont\n", "Hôpital de Belmont", id="fr"),
    pytest.param("Selección <seleccion@hospitalsantaines.example>", "Tu candidatura",
                 "Hola Sam:\n\nGracias por tu candidatura al puesto de Enfermera en el Hospital Santa Inés.\n\n"
                 "La plaza ya ha sido cubierta.\n\nSaludos,\nHospital Santa Inés\nRed Sanitaria Santa Inés\n",
                 "Hospital Santa Inés", id="es"),
    pytest.param("Personal <personal@klinik-rheintal.example>", "Ihre Bewerbung",
                 "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung als Pflegefachfrau bei der Klinik "
                 "Rheintal.\n\nLeider haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen "
                 "Grüßen\nKlinik Rheintal\nKlinikverbund Rheintal\n", "Klinik Rheintal", id="de"),
])
def test_a_hospital_that_is_itself_the_employer_keeps_its_name(sender: str, subject: str, body: str,
                                                                hospital: str) -> None:
    """Probe: the hospital writes from its own domain; its group below is no reason to drop it."""
    raw = addressed_mail(sender, subject, body)
    assert all(c.how != facts.A_PART for c in candidates(raw))


# --- 3. A department's words glued before the employer's name -------------------------------------------

@pytest.mark.parametrize("sender, subject, body, employer", [
    pytest.param("Capital Humano Textiles Bravo <capitalhumano@bravo.example>", "Estatus de tu postulación",
                 "Estimada Sam:\n\nGracias por tu interés en la vacante Diseñadora Textil. Te informamos que en esta "
                 "ocasión tu perfil no fue seleccionado.\n\nAtentamente,\nCapital Humano\n", "Textiles Bravo",
                 id="es"),
    pytest.param("Human Capital Kestrel Foods <people@kestrel.example>", "Your application",
                 "Dear Sam,\n\nThank you for your interest in the Buyer role. Unfortunately we will not be taking "
                 "your application further.\n\nKind regards,\nHuman Capital\n", "Kestrel Foods", id="en"),
    pytest.param("Capital Humain Fromageries Vasseur <rh@vasseur.example>", "Votre candidature",
                 "Madame,\n\nNous vous remercions pour votre candidature au poste de technicienne qualité. Nous ne "
                 "pouvons malheureusement pas y donner suite.\n\nCapital Humain\n", "Fromageries Vasseur", id="fr"),
    pytest.param("Personalstelle Gemeinde Hollfeld <personal@hollfeld.example>", "Absage – Kennziffer 12/2027",
                 "Sehr geehrte Frau Rivera, die Stelle Sachbearbeitung Standesamt (Kennziffer 12/2027) konnte "
                 "nicht mit Ihnen besetzt werden. Wir danken Ihnen für Ihre Bewerbung. Mit freundlichen Grüßen, "
                 "i. A. M. Weber", "Gemeinde Hollfeld", id="de"),
])
def test_a_departments_words_are_not_the_employers_name(sender: str, subject: str, body: str,
                                                        employer: str) -> None:
    raw = addressed_mail(sender, subject, body)
    assert employer in names(raw)
    assert all(not n.startswith(("Capital", "Human", "Personalstelle")) for n in names(raw))
    assert stated(raw) in ("", employer)


def test_a_firms_own_capital_or_personal_stays_whole() -> None:
    """Probes: the domain spells the department's words too, or no domain says otherwise: a firm's name."""
    from onward.drafts.company import Sender
    assert clean("Capital Humano Textiles", Sender(labels=("capitalhumanotextiles",))) == "Capital Humano Textiles"
    assert clean("Human Capital Solutions Ltd", Sender(labels=("humancapitalsolutions",))) == "Human Capital Solutions Ltd"
    assert clean("Capital Humain Partenaires", Sender(labels=("capitalhumainpartenaires",))) == "Capital Humain Partenaires"
    assert clean("Personalwerk Nord GmbH") == "Personalwerk Nord GmbH"
    assert clean("Capital Markets Partners") == "Capital Markets Partners"


def test_a_heads_word_is_no_part_of_the_organisations_name() -> None:
    """ "Dirección General de Grupo Hotelero X", "Direction Juridique du Groupe X": the head of a
    department and its one word, then the organisation."""
    assert clean("Dirección General de Grupo Hotelero Alborada") == "Grupo Hotelero Alborada"
    assert clean("Direction Générale du Groupe Valdor") == "Groupe Valdor"
    assert clean("Direction Juridique du Groupe Castelnau") == "Groupe Castelnau"
    assert clean("Direction Financière de la Banque Rivière") == "Banque Rivière"
    # Probe: a public body's name with no organisation's word after it is left as it was.
    assert clean("Secretaría General de Hoteles Mar Azul") == "Secretaría General de Hoteles Mar Azul"


# --- 4. An office named for the post its head holds ------------------------------------------------------

OFFICES = [
    pytest.param("Bureau du Représentant Résident <bureau.rr@pdrs.example>", "Poste d'assistant(e) de programme",
                 "Madame,\n\nNous vous remercions de votre candidature au poste d'Assistant(e) de programme.\n\nLe "
                 "poste a été pourvu.\n\nBureau du Représentant Résident\nProgramme de Développement Rural du Sahel\n",
                 "Bureau du Représentant Résident", id="fr"),
    pytest.param("Cabinet du Maire <cabinet.maire@ville-belmont.example>", "Votre candidature",
                 "Madame,\n\nNous vous remercions de votre candidature pour le poste de chargée "
                 "de mission. Nous ne pouvons pas y donner suite.\n\nCabinet du Maire\nVille de Belmont\n",
                 "Cabinet du Maire", id="fr-mayor"),
    pytest.param("Oficina del Representante Residente <oficina.rr@pdra.example>", "Asistente de programa",
                 "Estimada Sam:\n\nGracias por tu candidatura al puesto de Asistente de programa.\n\nEl puesto ya ha "
                 "sido cubierto.\n\nOficina del Representante Residente\nPrograma de Desarrollo Rural Andino\n",
                 "Oficina del Representante Residente", id="es"),
    pytest.param("Büro des Präsidenten <buero.praesident@lvn.example>", "Ihre Bewerbung",
                 "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung als Referentin. Leider haben wir uns "
                 "für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nBüro des Präsidenten\n"
                 "Landesverband Nordtal\n", "Büro des Präsidenten", id="de"),
]


@pytest.mark.parametrize("sender, subject, body, office", OFFICES)
def test_an_office_of_a_post_is_not_the_employer(sender: str, subject: str, body: str, office: str) -> None:
    raw = addressed_mail(sender, subject, body)
    assert [c.how for c in candidates(raw) if c.value == office] == [facts.AN_OFFICE]
    assert stated(raw) != office and read_rejection(raw).record_company != office


@pytest.mark.parametrize("sender, subject, body, name", [
    pytest.param("Office of the Attorney General <careers@oag.example>", "Your application",
                 "Dear Sam,\n\nThank you for applying to the Office of the Attorney General for the Paralegal "
                 "position. We have decided to move forward with other candidates.\n\nKind regards,\n"
                 "Office of the Attorney General\n", "Office of the Attorney General", id="en-own-domain"),
    pytest.param("Büro der Zukunft GmbH <jobs@buero-der-zukunft.example>", "Ihre Bewerbung",
                 "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung bei der Büro der Zukunft GmbH als "
                 "Innenarchitektin. Leider haben wir uns für eine andere Bewerberin entschieden.\n\nMit "
                 "freundlichen Grüßen\nBüro der Zukunft GmbH\n", "Büro der Zukunft", id="de-firm-own-domain"),
    pytest.param("Bureau Veritas Recrutement <recrutement@bureauveritas.example>", "Votre candidature",
                 "Madame,\n\nNous vous remercions de votre candidature chez Bureau Veritas au poste d'inspectrice. "
                 "Nous ne pouvons pas y donner suite.\n\nBureau Veritas\n", "Bureau Veritas", id="fr-bureau-firm"),
])
def test_an_office_that_writes_from_its_own_domain_or_a_bureau_firm_is_no_office_of_a_post(
        sender: str, subject: str, body: str, name: str) -> None:
    """Probes: the office's own domain spells it (oag); "Bureau Veritas" is a firm's name. (The rules
    read the first as "Office", a cut older than this rule: only the veto is asserted of it.)"""
    raw = addressed_mail(sender, subject, body)
    assert all(c.how != facts.AN_OFFICE for c in candidates(raw))
    assert read_rejection(raw).record_company in (name, "Office")


# --- Review: where these rules must not fire -------------------------------------------------------------

@pytest.mark.parametrize("sender, subject, body, firm", [
    pytest.param("Secrétariat <secretariat@cabinet-lefevre.example>", "Votre candidature – secrétaire médicale",
                 "Madame,\n\nNous avons bien reçu votre candidature au poste de secrétaire médicale. Nous avons le "
                 "regret de ne pas pouvoir y donner suite.\n\nBien cordialement,\nLe secrétariat\nCabinet du Docteur "
                 "Lefèvre\n", "Cabinet du Docteur Lefèvre", id="fr-medical-practice"),
    pytest.param("Recrutement <rh@dl-avocats.example>", "Candidature juriste",
                 "Bonjour,\n\nMerci pour votre candidature au poste de juriste. Malheureusement, nous avons retenu "
                 "un autre profil.\n\nCordialement,\nCabinet de la Tour Avocats\n", "Cabinet de la Tour Avocats",
                 id="fr-law-firm"),
])
def test_a_cabinet_that_is_a_firm_or_a_practice_keeps_its_name(sender: str, subject: str, body: str,
                                                                 firm: str) -> None:
    """Probes (review): French "Cabinet du/de la ..." opens a practice's or a firm's own name as often as
    a mayor's office; only a political cabinet, by its head's post, is an office of a post."""
    raw = addressed_mail(sender, subject, body)
    assert all(c.how != facts.AN_OFFICE for c in candidates(raw))
    assert stated(raw) == firm


@pytest.mark.parametrize("sender, subject, body, firm", [
    pytest.param("Personal <personal@mueller-haustechnik.example>", "Ihre Bewerbung als Servicetechniker",
                 "Sehr geehrter Herr Taylor,\n\nvielen Dank für Ihre Bewerbung als Servicetechniker bei der Müller "
                 "Haustechnik GmbH. Da bei uns die Zufriedenheit des Kunden an erster Stelle steht, suchen wir "
                 "jemanden mit mehr Erfahrung im Kundendienst. Leider können wir Sie daher nicht berücksichtigen."
                 "\n\nMit freundlichen Grüßen\nMüller Haustechnik GmbH\n", "Müller Haustechnik", id="des-kunden"),
    pytest.param("Bewerbung <jobs@kaffeerei.example>", "Ihre Bewerbung",
                 "Hallo Sam,\n\ndanke für Deine Bewerbung. Wir bekommen vom Kunden viel Lob für unser Team und "
                 "suchen deshalb jemanden mit Barista-Erfahrung. Leider passt Dein Profil nicht.\n\nViele Grüße\n"
                 "Kaffeerei Hansen\n", "Kaffeerei Hansen", id="vom-kunden"),
])
def test_an_employer_writing_of_its_customers_is_no_agency(sender: str, subject: str, body: str,
                                                           firm: str) -> None:
    """Probes (review): "des Kunden", "vom Kunden" alone are an employer's words of its own customers; an
    agency's cue is the client's answer ("Rückmeldung vom Kunden", the go-between test above)."""
    raw = addressed_mail(sender, subject, body)
    assert all(c.how != facts.THE_AGENCY for c in candidates(raw) if c.value == firm)
    # The rules' choice: whether the draft states it is the fact model's (a name only in the signature,
    # half in the domain, sits near the threshold: 0.936 for the cafe with the model of rounds 1-20).
    assert read_rejection(raw).record_company == firm


def test_a_portal_firm_written_with_its_legal_form_keeps_its_name() -> None:
    """Probe (review): a firm that runs a job portal, signing with its legal form, hires for itself even
    where the mail names no application to it."""
    raw = addressed_mail("Jobportal Nord GmbH <personal@jobportal-nord.example>", "Ihre Bewerbung als Entwickler",
                         "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Softwareentwickler. Leider haben wir uns "
                         "für einen anderen Kandidaten entschieden.\n\nViele Grüße\nJobportal Nord GmbH\n")
    assert all(c.how != facts.A_PORTAL for c in candidates(raw))
    assert stated(raw) == "Jobportal Nord"
