"""The company a draft states, by the classes of wrong one round 18 showed: a search or placement firm
named for the client whose answer it passes on ("Kestrel Search", "HomeCare Recruit"), a recruiting
system named as the employer ("Buk"), a member named for the group whose answer it relays ("Valdor
Sourcing" above "Groupe Valdor"'s mail), and a signer's office read as the organisation ("Dekanin des
Fachbereichs ...", "Superintendente de Planta ...").

Every mail here is written for this file; each class's test failed before its change, and the probes
(marked so) are mails where the rule must not fire: an agency that is itself the employer, a recruiting
system's mail that names the employer, offices that are organisations ("Secretaría de ...", "Office of
the ..."), a group that is itself the employer, a firm that bears a title's word as its name.
"""

from __future__ import annotations

import pytest

from onward.drafts import company_phrases, facts, read_rejection
from onward.drafts.addresses import VENDOR_DOMAINS, VENDOR_NAMES, is_ats_domain
from onward.drafts.company_scope import carriers
from tests.support.mail import addressed_mail
from tests.support.stated import candidate_names as names, company_candidates as candidates, stated_company as stated


# --- 1. A search or placement firm passing its client's answer on -------------------------------------

AGENCIES = [
    pytest.param("Oliver Brandt <o.brandt@harrowsearch.example>", "Head of Treasury – update",
                 "Hi Sam,\n\nQuick update: Lindqvist Shipping AS has decided not to take your application for the "
                 "Head of Treasury role further. They want someone who has run a bond issue before.\n\nI'll call "
                 "you tomorrow to talk it through.\n\nBest,\nOliver\nHarrow Search\n",
                 "Harrow Search", id="search-en"),
    pytest.param("Camille Roux <c.roux@altair-search.example>", "Directeur Financier – point",
                 "Bonjour Sam,\n\nPetit point rapide : Fonderies Marceau SA a décidé de poursuivre avec un autre "
                 "profil pour le poste de Directeur Financier.\n\nJe vous appelle demain pour en parler.\n\n"
                 "Camille\nAltair Search Partners\n", "Altair Search Partners", id="search-partners-fr"),
    pytest.param("Dana Price <dana@brightcare.example>", "Support Worker – Oakfield House",
                 "Hi Sam,\n\nI hope you're well. I have feedback from Oakfield House after your shadow shift on "
                 "Friday.\n\nThey have decided to offer the post to someone who can drive.\n\nI'd love to book you "
                 "onto our free manual handling course next week.\n\nBest wishes,\nDana Price\nSenior Consultant\n"
                 "BrightCare Recruit Ltd, Luton\n", "BrightCare Recruit", id="recruit-ltd-en"),
]


@pytest.mark.parametrize("sender, subject, body, agency", AGENCIES)
def test_a_search_or_placement_firm_is_never_the_employer(sender: str, subject: str, body: str,
                                                          agency: str) -> None:
    """The firm's own name is vetoed (no model may state it); whatever is stated is not it."""
    raw = addressed_mail(sender, subject, body)
    own = [c for c in candidates(raw) if c.value.startswith(agency.split()[0])]
    assert own and all(c.confidence <= facts.VETOED_AT_MOST for c in own)
    assert not stated(raw).startswith(agency.split()[0])


def test_the_client_a_go_between_says_decided_is_a_candidate() -> None:
    """ "Fonderies Marceau SA a décidé ...": the one who said no, named by the go-between, is read."""
    raw = addressed_mail(*AGENCIES[1].values[:3])
    assert names(raw)[0] == "Fonderies Marceau"


def test_a_person_who_decided_is_no_client() -> None:
    """Probe: "Sarah Whitlock has decided" names a person, no organisation."""
    raw = addressed_mail("Oliver Brandt <o.brandt@harrowsearch.example>", "Update",
                         "Hi Sam,\n\nSarah Whitlock has decided to go with an internal candidate for the Head of "
                         "Treasury role.\n\nI'll call you tomorrow.\n\nOliver\nHarrow Search\n")
    assert "Sarah Whitlock" not in names(raw)


def test_a_search_firm_that_is_the_employer_keeps_its_name() -> None:
    """Probe: the candidate applied to join the firm itself; it is the employer, not a go-between."""
    raw = addressed_mail("Harrow Search Careers <careers@harrowsearch.example>",
                         "Your application to Harrow Search",
                         "Dear Sam,\n\nThank you for your application to Harrow Search for the Research Associate "
                         "position.\n\nAfter careful review we have decided not to move forward with your "
                         "application on this occasion.\n\nKind regards,\nThe Harrow Search team\n")
    first = candidates(raw)[0]
    assert first.value == "Harrow Search" and first.how not in facts.VETOED


def test_a_firm_with_research_in_its_name_is_no_search_firm() -> None:
    """Probe: "Research" ends the name, not "Search"; the domain spells "research"."""
    raw = addressed_mail("Talent Team <talent@marlowresearch.example>", "Your application",
                         "Dear Sam,\n\nThank you for your interest in the Data Analyst role at Marlow Research.\n\n"
                         "We have decided to move forward with other candidates.\n\nKind regards,\n"
                         "Priya Raman\nMarlow Research\n")
    first = candidates(raw)[0]
    assert first.value == "Marlow Research" and first.how not in facts.VETOED


# --- 2. A recruiting system or job board named as the employer --------------------------------------

SYSTEMS = [
    pytest.param("Talana <notificaciones@talana.example>", "Resultado de tu postulación",
                 "Hola Sam,\n\nGracias por postular al cargo de Enfermera/o en Clínica Los Robles.\n\nTe informamos "
                 "que en esta oportunidad tu postulación no fue seleccionada.\n\nSaludos,\nClínica Los Robles\n",
                 "Talana", "Clínica Los Robles", id="talana-cl"),
    pytest.param("Jobillico <ne-pas-repondre@jobillico.example>", "Votre candidature",
                 "Bonjour Sam,\n\nMerci pour votre candidature chez Boulangerie Gagnon.\n\nNous ne donnerons pas "
                 "suite à votre candidature.\n\nBoulangerie Gagnon\n", "Jobillico", "Boulangerie Gagnon",
                 id="jobillico-qc"),
    pytest.param("Naukri <alerts@naukri.example>", "Application status",
                 "Dear Sam,\n\nThank you for applying to Sundaram Textiles for the Merchandiser role.\n\n"
                 "The recruiter has decided not to shortlist your profile.\n\nRegards,\nNaukri\n", "Naukri",
                 "Sundaram Textiles", id="naukri-in"),
    pytest.param("Refline <noreply@refline.example>", "Ihre Bewerbung",
                 "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung bei der Gemeinde Oberwil.\n\nLeider "
                 "müssen wir Ihnen mitteilen, dass wir uns für eine andere Person entschieden haben.\n\nFreundliche "
                 "Grüsse\nGemeinde Oberwil\n", "Refline", "Gemeinde Oberwil", id="refline-ch"),
]


@pytest.mark.parametrize("sender, subject, body, system, employer", SYSTEMS)
def test_a_system_of_the_markets_is_never_the_employer(sender: str, subject: str, body: str, system: str,
                                                       employer: str) -> None:
    raw = addressed_mail(sender, subject, body)
    assert system not in names(raw)
    assert stated(raw) in ("", employer)


def test_the_table_holds_each_markets_systems() -> None:
    """A system of each market the table now covers, by its name and by its real domain."""
    for name in ("buk", "talana", "naukri", "pnet", "jobillico", "refline", "rekrute", "eteach", "livehire"):
        assert name in VENDOR_NAMES
    for domain in ("mail.buk.cl", "naukri.com", "pnet.co.za", "jobillico.com", "refline.ch", "seek.co.nz"):
        assert is_ats_domain(domain)
    assert len(VENDOR_NAMES) >= 300 and len(VENDOR_DOMAINS) >= 350


def test_a_common_word_of_a_boards_domain_marks_no_employer_subdomain() -> None:
    """Probe: "talent.com" and "emploi.ma" are known by name only; an employer's own "talent." or
    "emploi." host is its own."""
    assert not is_ats_domain("talent.marlowfoods.example")
    assert not is_ats_domain("emploi.laiterie-moulin.example")


def test_a_system_after_via_in_the_signature_is_a_carrier() -> None:
    """ "Clínica Los Robles – vía Selectra": the name after "vía" carried the mail."""
    assert carriers("Saludos,\nEquipo de Personas\nClínica Los Robles – vía Selectra\n") == {"selectra"}
    assert carriers("Kind regards\nCalder Freight (via Hirelane)\n") == {"hirelane"}


def test_a_sentences_via_names_no_carrier() -> None:
    """Probe: "apply via our website", "über Ihre Bewerbung" are sentences, no system's line."""
    assert carriers("Please apply again via our website or via Acme Careers.") == set()
    assert carriers("Wir haben über Ihre Bewerbung beraten. Mehr über Acme GmbH.") == set()


def test_a_system_hosted_mail_that_names_the_employer_keeps_it() -> None:
    """Probe: the employer signs a mail the system sent; its name stays the first candidate."""
    raw = addressed_mail("Clínica Los Robles <notificaciones@buk.cl>", "Resultado de tu postulación",
                         "Hola Sam,\n\nGracias por tu interés en Clínica Los Robles.\n\nEn esta oportunidad no "
                         "seguiremos adelante con tu postulación.\n\nSaludos,\nClínica Los Robles\n")
    assert names(raw)[0] == "Clínica Los Robles"


# --- 3. A member relaying its group's answer, or the group its member's ------------------------------

RELAYED = ("Bonjour Sam,\n\nComme promis, je te transfère la réponse de la DRH Groupe concernant ta candidature "
           "en mobilité sur le poste de Contrôleur de Gestion Groupe. Désolée que ça ne se fasse pas.\n\n"
           "Hélène\nRRH – Ardent Logistique SAS\n\n-------- Message d'origine --------\n"
           "De : Recrutement Groupe Ardent <recrutement@{group}.example>\nDate : 3 février 2027 10:12\n"
           "À : Hélène Morel\nObjet : Mobilité interne – Contrôleur de Gestion Groupe\n\nBonjour Hélène,\n"
           "Nous avons retenu une autre candidature pour ce poste. Peux-tu en informer Sam ?\nBien cordialement,\n"
           "Recrutement Groupe Ardent\n")


def test_a_member_relaying_its_groups_answer_is_not_stated() -> None:
    raw = addressed_mail("Hélène Morel <helene.morel@ardent-logistique.example>", "TR: Mobilité interne",
                         RELAYED.format(group="ardent-groupe"))
    own = [c for c in candidates(raw) if c.value.startswith("Ardent Logistique")]
    assert own and all(c.confidence <= facts.VETOED_AT_MOST for c in own)
    assert not stated(raw).startswith("Ardent Logistique")


def test_a_colleagues_mail_at_the_senders_own_domain_is_no_relay() -> None:
    """Probe: the answer below comes from the sender's own domain: one organisation, nothing relayed."""
    raw = addressed_mail("Hélène Morel <helene.morel@ardent-logistique.example>", "TR: Mobilité interne",
                         RELAYED.format(group="ardent-logistique").replace("Groupe Ardent", "Ardent Logistique"))
    own = [c for c in candidates(raw) if c.value.startswith("Ardent Logistique")]
    assert own and all(c.how not in facts.VETOED for c in own)


def test_a_group_that_is_itself_the_employer_keeps_its_name() -> None:
    """Probe: the group writes its own answer, nothing relayed below it."""
    raw = addressed_mail("Recrutement Groupe Ardent <recrutement@ardent-groupe.example>",
                         "Votre candidature – Contrôleur de Gestion",
                         "Bonjour Sam,\n\nMerci pour votre candidature au sein du Groupe Ardent pour le poste de "
                         "Contrôleur de Gestion.\n\nNous avons retenu une autre candidature.\n\nBien cordialement,\n"
                         "Recrutement Groupe Ardent\n")
    first = candidates(raw)[0]
    assert first.value == "Groupe Ardent" and first.how not in facts.VETOED


def test_an_agency_relaying_an_unrelated_clients_answer_is_no_family() -> None:
    """Probe: the mail below is another firm's, of no kin to the sender: the family rule says nothing."""
    raw = addressed_mail("Hélène Morel <helene.morel@ardent-logistique.example>", "TR: Mobilité interne",
                         RELAYED.format(group="fromagerie-besson").replace("Groupe Ardent", "Fromagerie Besson"))
    assert all(not c.how.startswith("the sender's own name, relaying") for c in candidates(raw))


# --- 4. A signer's office read as the organisation ---------------------------------------------------

OFFICES = [
    pytest.param("Prof. Dr. Martin Kessler – Dekan <dekanat.technik@hs-lindenhain.example>",
                 "Berufungsverfahren W2-Professur Robotik",
                 "Sehr geehrter Herr Rivera,\n\nim Namen der Berufungskommission danke ich Ihnen für Ihre "
                 "Bewerbung und Ihren Vortrag.\n\nDie Kommission hat beschlossen, das Verfahren mit anderen "
                 "Bewerbern fortzusetzen.\n\nMit freundlichen Grüßen\nProf. Dr. Martin Kessler\nDekan des "
                 "Fachbereichs Technik\nHochschule Lindenhain\n", "Dekan", id="dekan-de"),
    pytest.param("Germán Rojas <grojas@andeshunt.example>", "Actualización – Superintendente de Mantenimiento",
                 "Ing. Rivera, buenas tardes.\n\nLe comento que el cliente decidió no avanzar con su postulación a "
                 "Superintendente de Mantenimiento Mina. Priorizaron candidatos con residencia local.\n\nSaludos,\n"
                 "Germán Rojas\n", "Superintendente", id="superintendente-es"),
    pytest.param("Anne Leclerc <a.leclerc@univ-valcourt.example>", "Votre candidature – Maître de conférences",
                 "Madame, Monsieur,\n\nLe comité de sélection a examiné votre dossier avec attention. Nous ne "
                 "pouvons malheureusement pas retenir votre candidature.\n\nBien cordialement,\n\nAnne Leclerc\n"
                 "Doyenne de la Faculté de Droit\nUniversité de Valcourt\n", "Doyenne", id="doyenne-fr"),
    pytest.param("Prof. Helen Ward <h.ward@harrowfield.example>", "Lecturer in Finance",
                 "Dear Dr Rivera,\n\nThank you for your application for the Lecturer in Finance post. The panel "
                 "has decided to offer the post to another candidate.\n\nYours sincerely,\n\nProf. Helen Ward\n"
                 "Dean of the Business School\nHarrowfield University\n", "Dean", id="dean-of-en"),
]


@pytest.mark.parametrize("sender, subject, body, office", OFFICES)
def test_an_office_is_never_the_company(sender: str, subject: str, body: str, office: str) -> None:
    raw = addressed_mail(sender, subject, body)
    assert not [n for n in names(raw) if n.split()[0] == office]
    assert not stated(raw).startswith(office)


OFFICES_THAT_ARE_ORGANISATIONS = [
    pytest.param("Secretaría de Economía <convocatorias@economia.example>", "Resultado de tu postulación",
                 "Estimado Sam:\n\nGracias por tu interés en la Secretaría de Economía. Lamentamos informarte que "
                 "no fuiste seleccionado.\n\nAtentamente,\nDirección de Recursos Humanos\nSecretaría de Economía\n",
                 "Secretaría de Economía", id="secretaria-es"),
    pytest.param("Office of the Ombudsman <careers@ombudsman.example>", "Your application",
                 "Dear Sam,\n\nThank you for your interest in the Office of the Ombudsman. We will not be taking "
                 "your application further.\n\nKind regards,\nPeople Team\nOffice of the Ombudsman\n",
                 "Office of the Ombudsman", id="office-of-en"),
    pytest.param("Superintendencia de Pensiones <postulaciones@superintendencia-pensiones.example>", "Tu postulación",
                 "Estimado Sam:\n\nGracias por tu interés en la Superintendencia de Pensiones. En esta oportunidad "
                 "no continuarás en el proceso.\n\nSaludos,\nSuperintendencia de Pensiones\n",
                 "Superintendencia de Pensiones", id="superintendencia-es"),
    pytest.param("Kanzler Bau GmbH <jobs@kanzler-bau.example>", "Ihre Bewerbung",
                 "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung bei der Kanzler Bau GmbH. Leider "
                 "haben wir uns für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\n"
                 "Kanzler Bau GmbH\n", "Kanzler Bau", id="surname-firm-de"),
]


@pytest.mark.parametrize("sender, subject, body, organisation", OFFICES_THAT_ARE_ORGANISATIONS)
def test_an_offices_own_organisation_stays(sender: str, subject: str, body: str, organisation: str) -> None:
    """Probe: an office's organisation ("Secretaría", "Office of", "Superintendencia") or a firm called
    by a surname that is also a title's word is still the first candidate."""
    assert names(addressed_mail(sender, subject, body))[0] == organisation


def test_a_federal_boards_umbrella_is_no_employer() -> None:
    """A public job board's mail about one agency's post (its name, "USAJOBS", now known) closes with "a
    career with the Federal Government": an umbrella over the agency, no employer of its own."""
    raw = addressed_mail("USAJOBS <notifications@usajobs.gov>", "Application Status Update - Program Analyst",
                         "Your application status has changed.\n\nPosition: Program Analyst\nAgency: Department "
                         "of Coastal Affairs\n\nDear Sam,\n\nThank you for your interest in this position. You were "
                         "not among the best qualified candidates.\n\nWe appreciate your interest in a career with "
                         "the Federal Government.\n")
    assert "USAJOBS" not in names(raw)
    assert stated(raw) != "Federal Government"


def test_a_german_decision_far_from_its_verb_names_the_client() -> None:
    """ "Die Nordhafen Logistik AG hat sich für die Position ... gegen ... entschieden": German puts the
    post and the reason between "hat sich" and its verb; the one who decided is still read."""
    raw = addressed_mail("Jana Vogt <j.vogt@brueckenpersonal.example>", "Rückmeldung Disponent",
                         "Hallo Sam,\n\nkurze Rückmeldung: Die Nordhafen Logistik AG hat sich für die Position "
                         "Disponent Nahverkehr (80-100 %) am Standort Bremen gegen eine Weiterführung Ihrer "
                         "Kandidatur entschieden.\n\nIch melde mich, sobald ich Neues habe.\n\nViele Grüße\nJana "
                         "Vogt\nBrücken Personal GmbH\n")
    assert names(raw)[0] == "Nordhafen Logistik"


# --- Review probes: mails just outside the classes, where the rules above must not fire ---------------

EMPLOYERS_BEARING_A_RULES_WORD = [
    pytest.param("Networx Systems <careers@networxsystems.example>", "Network Engineer application",
                 "Dear Sam,\n\nThank you for applying to Networx Systems. Unfortunately we will not be progressing "
                 "your application for Network Engineer.\n\nBest regards,\nPeople Team\nNetworx Systems Ltd\n",
                 "Networx Systems", id="a-board-word-en"),
    pytest.param("Jobsite Safety Ltd <hr@jobsitesafety.example>", "Safety Advisor",
                 "Dear Sam,\n\nThank you for applying for the Safety Advisor role at Jobsite Safety Ltd. "
                 "Unfortunately you have not been shortlisted.\n\nRegards,\nJobsite Safety Ltd\n",
                 "Jobsite Safety", id="a-common-word-en"),
    pytest.param("Fountain House <jobs@fountain.org.example>", "Peer Support Worker",
                 "Dear Sam,\n\nThank you for applying for the Peer Support Worker role at Fountain House. "
                 "Unfortunately we will not be moving forward.\n\nKind regards,\nFountain House\n",
                 "Fountain House", id="a-systems-label-en"),
    pytest.param("Karriere Nordwind <karriere@nordwind-energie.example>", "Ihre Bewerbung als Projektingenieur",
                 "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Projektingenieur. Leider müssen wir Ihnen "
                 "absagen.\n\nFreundliche Grüße\nIhr Recruiting-Team\nNordwind Energie GmbH\n\n"
                 "Impressum | Datenschutz | Über Nordwind Energie\n", "Nordwind Energie", id="a-footer-link-de"),
    pytest.param("RRHH <rrhh@presidentehoteles.example>", "Postulación Recepcionista",
                 "Hola Sam,\n\nGracias por postular al cargo de Recepcionista en Presidente Hoteles. Lamentablemente "
                 "no continuarás en el proceso.\n\nSaludos,\nPresidente Hoteles\n",
                 "Presidente Hoteles", id="an-office-word-es"),
]


@pytest.mark.parametrize("sender, subject, body, employer", EMPLOYERS_BEARING_A_RULES_WORD)
def test_an_employer_bearing_a_rules_word_is_still_stated(sender: str, subject: str, body: str,
                                                          employer: str) -> None:
    """Probe: a firm named with a board's word, a system's domain label, an office's word, or linked in
    its own footer after a bar, writing its own rejection, is named."""
    assert stated(addressed_mail(sender, subject, body)) == employer


@pytest.mark.parametrize("domain, system", [("ausbildung.kramer-gruppe.de", False), ("fountain.org", False),
                                            ("harri.co.uk", False), ("fountain.com", True),
                                            ("ausbildung.de", True), ("mail.naukri.com", True)])
def test_a_systems_common_word_label_marks_its_own_domain_only(domain: str, system: bool) -> None:
    """Probe: "ausbildung", "fountain", "harri" are words and names: an employer's domain may hold them."""
    assert is_ats_domain(domain) is system


def test_a_sentences_opener_is_not_of_the_decided_name() -> None:
    """Probe: "Unfortunately Acme Logistics has decided", "As Northgate Council has decided": the name
    without the opener, or none."""
    direct = addressed_mail("Acme Logistics <careers@acmelogistics.example>", "Warehouse Supervisor",
                            "Dear Sam,\n\nThank you for your application. Unfortunately Acme Logistics has decided "
                            "to proceed with other candidates for the Warehouse Supervisor role.\n\nRegards,\n"
                            "Recruitment Team\nAcme Logistics\n")
    relayed = addressed_mail("Jobs <jobs@kettle.example>", "Update",
                             "Dear Sam,\n\nAs Northgate Council has decided to pause recruitment, we have closed the "
                             "Planning Officer vacancy. Unfortunately this means your application will not "
                             "progress.\n\nKettle Recruitment\n")
    assert not [n for n in names(direct) + names(relayed) if n.split()[0] in {"Unfortunately", "As"}]
    assert "Northgate Council" in names(relayed)


@pytest.mark.parametrize("sentence, name", [
    ("Leider hat sich die Weber Bau GmbH für eine andere Bewerberin entschieden.", None),
    ("Unfortunately, Harlow Foods Ltd has decided to pause the search.", "Harlow Foods Ltd"),
    ("Malheureusement Fonderies Marceau SA a décidé de ne pas donner suite.", "Fonderies Marceau SA"),
    ("Lamentablemente Conservas Marinas SA ha decidido seguir con otro perfil.", "Conservas Marinas SA"),
])
def test_the_decided_phrase_reads_past_a_sentences_opener(sentence: str, name: str | None) -> None:
    """Probe: the opener is neither glued onto the name nor taken for one ("Leider hat sich ...")."""
    found = company_phrases.DECIDED.search(sentence)
    assert (found["c"] if found else None) == name
