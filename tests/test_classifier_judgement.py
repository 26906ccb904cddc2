"""What the built-in model decides on the kinds of mail it got wrong before issue 10.

Each mail here is written for this test (none is a corpus line): application confirmations, the
candidate's own decision (an offer declined, an application withdrawn) and short or soft rejections,
in English, German, French and Spanish, plus the demo mailbox and what `--explain` shows.
"""

from __future__ import annotations

from importlib import resources

import pytest

from onward.classifier import load_model
from tests.support.classifier import THRESHOLD, mail, model  # noqa: F401 (model: the fixture)

# Function words a reader would not call evidence of anything (the test's own list, not the model's).
FUNCTION_WORDS = {"for", "with", "we", "the", "to", "our", "you", "your", "and", "of", "in", "at", "are",
                  "us", "this", "that", "will", "be", "have", "has", "ve", "ll", "re", "me", "it", "on",
                  "wir", "fur", "ihre", "nous", "pour", "vous", "de", "para", "que", "su"}


CONFIRMATIONS = {
    "fr candidature bien reçue": mail(
        "Recrutement Vallée Bleue <jobs@valleebleue-transport.fr>", "Candidature bien reçue",
        "Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste d'exploitant transport et "
        "vous en remercions. Notre équipe l'étudie et reviendra vers vous rapidement si votre profil "
        "correspond.\n\nBelle journée,\nL'équipe Recrutement"),
    "en agency thanks for applying": mail(
        "Crestline Staffing <apply@crestline-staffing.com>", "Thanks for applying with Crestline",
        "Hi Sam, thanks for applying! A recruiter will review your profile and we'll be in touch shortly "
        "if you're a good fit for the Forklift Operator opening."),
    "de Eingangsbestätigung": mail(
        "Bewerbermanagement Tannhof AG <karriere@tannhof.de>", "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Elektroniker. Ihre Unterlagen "
        "sind bei uns eingegangen. Wir prüfen sie und melden uns in den nächsten Wochen bei "
        "Ihnen.\n\nFreundliche Grüße\nIhr Bewerbermanagement"),
    "es hemos recibido tu candidatura": mail(
        "Empleo Costa Dorada <empleo@costadorada-hoteles.es>", "Hemos recibido tu candidatura",
        "Hola Sam,\n\nGracias por tu interés. Hemos recibido tu candidatura para el puesto de camarero y "
        "nuestro equipo la revisará en los próximos días. Si tu perfil encaja, te llamaremos.\n\nUn "
        "saludo"),
    "fr cannot answer everyone individually": mail(
        "Vallée Bleue <rh@valleebleue.fr>", "Votre candidature",
        "Bonjour Sam, merci pour votre candidature. Malheureusement, nous ne pouvons pas répondre "
        "individuellement à chaque candidat ; si votre profil est retenu, nous vous contacterons sous "
        "trois semaines."),
}

OWN_DECISIONS = {
    "en sorry you declined our offer": mail(
        "Priya Natarajan <priya@lanternworks.io>", "Re: Offer",
        "Hi Sam,\n\nSorry to hear you've declined our offer, though I understand the decision. "
        "Best of luck in the new job, and the door is always open.\n\nPriya"),
    "en you withdrew": mail(
        "Recruiting <recruiting@harrowfield.com>", "Your application was withdrawn",
        "Hi Sam, as requested, your application for Account Manager has been withdrawn. We're sorry to "
        "see you go and wish you all the best."),
    "en decided not to accept our offer": mail(
        "Priya Natarajan <priya@lanternworks.io>", "Re: Offer - Platform Engineer",
        "Hi Sam, sorry to hear you have decided not to accept our offer. We wish you all the best in "
        "your new position. Priya"),
}

REJECTIONS = {
    "en internship, pursue other candidates": mail(
        "University Recruiting <campus@boltwood-systems.com>", "Boltwood Summer Internship",
        "Hi Sam,\n\nThank you for your interest in the Boltwood summer internship program. We have "
        "decided to pursue other candidates for this position.\n\nBest,\nUniversity Recruiting"),
    "en Application Status subject": mail(
        "careers@ferrymead-foods.com", "Application Status",
        "Dear Sam, thank you for your interest in the Quality Inspector role. The position has been "
        "filled and we will not be moving forward with your application. Ferrymead Foods"),
    "en agency, the client decided": mail(
        "Joel at Brookside Recruitment <joel@brookside-rec.co.uk>", "Operations Lead - feedback",
        "Hi Sam, quick one: the client has decided to go with another candidate for the Operations Lead "
        "role, so we won't be taking your application forward there. I'll keep you posted on anything "
        "else. Joel"),
    "en talent pool, but this role is a no": mail(
        "Talent at Wrenfield <talent@wrenfield.com>", "Your application",
        "Hi Sam, we'd love to keep your CV in our talent pool for future roles, but for the Content "
        "Strategist position we've decided not to progress your application. Thanks for applying!"),
    "de leider nicht berücksichtigen": mail(
        "Personal Hafenbau GmbH <personal@hafenbau.de>", "Ihre Bewerbung",
        "Sehr geehrter Herr Rivera, leider können wir Ihre Bewerbung als Bauzeichner nicht "
        "berücksichtigen, da wir uns für einen anderen Bewerber entschieden haben. Alles Gute!"),
    "fr nous ne donnerons pas suite": mail(
        "RH Maison Perrin <rh@maisonperrin.fr>", "Votre candidature",
        "Bonjour Sam, après étude de votre dossier, nous ne donnerons pas suite à votre candidature au "
        "poste de vendeur. Bonne continuation."),
    "es no continuaremos": mail(
        "Selección Almazara Sur <seleccion@almazarasur.es>", "Tu candidatura",
        "Hola Sam, gracias por tu interés. Lamentablemente no continuaremos con tu candidatura para el "
        "puesto de técnico de laboratorio. Mucha suerte."),
    "en forwarded decision from the client": mail(
        "Ana at Keystone Talent <ana@keystonetalent.com>", "Fwd: Data Engineer - feedback",
        "Hi Sam, passing on the feedback below. Sorry it isn't better news.\n\nAna\n\n"
        "---------- Forwarded message ---------\nFrom: Lee Moss <lee@corbitt.example>\n"
        "Date: Mon, 2 Mar 2026 at 10:02\nSubject: Data Engineer - feedback\n\nHi Ana, thanks for "
        "introducing Sam. We've decided not to move forward with the application; we've chosen a "
        "candidate with more streaming experience. Lee"),
}


@pytest.mark.parametrize("name", sorted(CONFIRMATIONS))
def test_application_confirmations_are_not_rejections(model, name):
    # Not even close to the threshold: a confirmation states no decision at all.
    assert model.classify(CONFIRMATIONS[name], THRESHOLD).probability < 0.5


@pytest.mark.parametrize("name", sorted(OWN_DECISIONS))
def test_the_candidates_own_decision_is_not_a_rejection(model, name):
    assert model.classify(OWN_DECISIONS[name], THRESHOLD).label == "other"


@pytest.mark.parametrize("name", sorted(REJECTIONS))
def test_short_and_soft_rejections_are_recognised(model, name):
    assert model.classify(REJECTIONS[name], THRESHOLD).label == "rejection"


def demo_mail() -> dict[str, bytes]:
    folder = resources.files("onward.daemon") / "demo"
    return {item.name: item.read_bytes() for item in folder.iterdir() if item.name.endswith(".eml")}


def test_every_demo_rejection_is_recognised_with_a_margin_and_no_other_demo_mail_comes_near(model):
    demo = demo_mail()
    probabilities = {name: model.classify(raw, THRESHOLD).probability for name, raw in demo.items()}
    rejections = {name for name in demo if "-rejection-" in name or "absage" in name or "refus" in name
                  or "rechazo" in name}
    assert len(rejections) >= 6
    assert {n: p for n, p in probabilities.items() if n in rejections and p < 0.98} == {}
    assert {n: p for n, p in probabilities.items() if n not in rejections and p > 0.5} == {}


def test_explain_shows_the_decision_not_function_words_or_names(model):
    raw = REJECTIONS["en internship, pursue other candidates"]
    top = [w.feature for w in model.explain(raw, top=5)]
    words = {word for feature in top for word in feature.lstrip("~").split()}
    assert not [f for f in top if all(w in FUNCTION_WORDS for w in f.lstrip("~").split())]
    assert not words & {"boltwood", "sam"}  # the company's and the candidate's names are no evidence
    assert any("pursue other candidates" in feature for feature in top[:2])


def test_explain_of_the_demo_rejection_leads_with_its_decision(model):
    raw = demo_mail()["01-rejection-after-interviews-en.eml"]
    top = [w.feature for w in model.explain(raw, top=8)]
    assert not [f for f in top if f in FUNCTION_WORDS]
    assert any("moving forward" in f or "won" in f.split() for f in top)


def test_a_few_words_with_a_negation_are_no_rejection():
    # Three words besides the sender's names, one of them a negation: the model's character n-grams
    # of "not" read it as a rejection (p = 0.98 before); it carries no evidence at all.
    note = b"From: Kim <kim@friends.example>\nSubject: Re: dinner\n\nnot a message at all\n"
    assert load_model(None).classify(note, 0.95).probability == 0.0


# Status fields, internal hires, an agency or a colleague passing the decision on (issue 10, the
# second round of misses): each a decision against the candidate in words the first phrases missed.
STATUS_AND_AGENCY_REJECTIONS = {
    # Below the threshold on the model before these phrases (0.943 and 0.926):
    "es agency, internal candidate": mail(
        "Rosa Benítez <rosa@talentoandino.example>", "Proceso Jefe de Almacén",
        "Hola Sam:\n\nTe escribo para contarte que la empresa finalmente optó por un candidato interno "
        "para la jefatura de almacén. Tu entrevista gustó mucho y te agradezco el tiempo dedicado.\n\n"
        "Sigamos en contacto para próximas búsquedas.\n\nUn abrazo,\nRosa"),
    "en forwarded note, going with the internal candidate": mail(
        "Dana Whitfield <dana.whitfield@copperline.example>", "FW: Warehouse Supervisor",
        "Hi Sam,\n\nPassing on the note from the site manager below, I'm sorry it's not better news.\n\n"
        "Dana\n\n---------- Forwarded message ---------\nFrom: Pete Arnold <pete.arnold@copperline.example>\n"
        "Subject: Warehouse Supervisor\n\nDana - we're going with the internal candidate for supervisor. "
        "Please let Sam know, and thank them for coming in.\nPete"),
    # Guards, recognised before too:
    "es job board, Estado: Descartado": mail(
        "Avisos Empleo Sur <avisos@empleosur.example>", "Tu candidatura ha cambiado de estado",
        "Hola Sam:\n\nPanadería Los Olivos ha actualizado tu candidatura a Ayudante de obrador.\n\n"
        "Estado: Descartado\n\nLa empresa ha decidido no continuar con tu candidatura. Mira otras ofertas "
        "parecidas en tu provincia.\n\nVer ofertas\n\nRecibes este aviso porque te inscribiste en la oferta."),
    "en Application Status, no longer under consideration": mail(
        "Talent Team <talent@birchwood-labs.example>", "Application Status",
        "Hi Sam,\n\nThanks for your patience while we reviewed applications for the Lab Coordinator "
        "position. Your application is no longer under consideration for this role.\n\nBest,\nThe Talent Team"),
    "fr job board, ne pas aller plus loin": mail(
        "Emplois Rhône <alerte@emploisrhone.example>", "Mise à jour de votre candidature",
        "Bonjour Sam,\n\nL'entreprise Boulangerie Martin a examiné votre candidature au poste de vendeur."
        "\n\nStatut : candidature non retenue\n\nLe recruteur a choisi de ne pas aller plus loin. D'autres "
        "offres vous attendent.\n\nVoir les offres"),
    "de job board, Absage, intern besetzt": mail(
        "Jobportal Nord <benachrichtigung@jobportal-nord.example>", "Statusänderung Ihrer Bewerbung",
        "Hallo Sam,\n\ndie Firma Tischlerei Brandt hat den Status Ihrer Bewerbung als Schreiner "
        "geändert.\n\nStatus: Absage\n\nDie Stelle wurde intern besetzt. Weitere passende Jobs finden Sie "
        "in Ihrem Profil."),
    "es HTML only, candidatura descartada": mail(
        "Selección Textil Aurora <no-reply@ats-aurora.example>", "Actualización de tu proceso",
        "<html><body><p>Hola Sam,</p><p>Te informamos de que tu candidatura para <b>Patronista</b> ha "
        "sido descartada en la fase de revisión curricular.</p><p>Guardaremos tu CV en nuestra base de "
        "datos.</p><p>Equipo de Selección</p></body></html>", html=True),
}


@pytest.mark.parametrize("name", sorted(STATUS_AND_AGENCY_REJECTIONS))
def test_status_field_and_agency_rejections_are_recognised(model, name):
    assert model.classify(STATUS_AND_AGENCY_REJECTIONS[name], THRESHOLD).label == "rejection"


@pytest.mark.parametrize("text", [
    "Status: Rejected", "The client has hired internally.", "you are no longer being considered",
    "Die Stelle wurde intern besetzt.", "Ihre Bewerbung wurde leider abgelehnt.",
    "nous avons le regret : votre candidature ne peut être retenue", "Statut : non retenue",
    "Estado: Descartado", "la empresa eligió a otros candidatos", "optaron por un candidato interno",
    "su solicitud ha quedado excluida", "no fue seleccionada"])
def test_status_fields_and_internal_hires_are_decision_phrases(text):
    from onward.classifier.features import normalise, phrase_terms
    assert set(phrase_terms(normalise(text))) == {"=against"}


# The third round of misses (issue 10): a staffing agency passing on the client's no in everyday
# Spanish, and a university committee deciding for another applicant. Below the threshold on the
# model before the judge3 corpus and phrases (0.686 and 0.600).
THIRD_ROUND_REJECTIONS = {
    "es ETT, the client does not go on with you": mail(
        "Iratxe Mendia | Bidasoa Empleo ETT <iratxe@bidasoaempleo.example>", "Puesto de carretillero – Irun",
        "Hola Sam:\n\nHe hablado hoy con la empresa del polígono. Me comentan que no siguen con tu perfil "
        "para el puesto de carretillero: prefieren a alguien que pueda empezar en el turno de noche ya.\n\n"
        "Te tengo en cuenta para lo próximo que entre.\n\nUn saludo,\nIratxe"),
    "es university, decided in favour of another applicant": mail(
        "Departamento de Historia <dpto.historia@unimeseta.example>", "Plaza de Profesor Ayudante Doctor",
        "Estimado Dr. Rivera:\n\nLe comunico que la comisión, reunida el pasado jueves, resolvió el concurso "
        "de la plaza de Profesor Ayudante Doctor a favor de otra aspirante.\n\nAgradecemos su participación."
        "\n\nLa Secretaría del Departamento"),
}
# Decisions that are no job rejection, or no decision yet: the public-sector words the new Spanish
# rejections use ("solicitud", "plaza", "resolución") must not carry these over the threshold.
THIRD_ROUND_OTHERS = {
    "es grant denied (no job)": mail(
        "Servicio de Becas <becas@unimeseta.example>", "Resolución de ayudas de movilidad",
        "Estimado/a Sam:\n\nResuelta la convocatoria de ayudas de movilidad, su solicitud ha sido denegada "
        "por falta de crédito presupuestario. Puede interponer recurso en el plazo de un mes.\n\n"
        "Servicio de Becas"),
    "es public post, admitted and under assessment": mail(
        "Recursos Humanos Diputación <rrhh@diputacion-alta.example>", "Estado de su solicitud",
        "Estimado/a Sr./Sra. Rivera:\n\nSu solicitud para la plaza de Técnico/a de Archivo ha sido admitida "
        "y se encuentra en fase de valoración de méritos. La lista provisional se publicará en la sede "
        "electrónica.\n\nRecursos Humanos"),
    "es application withdrawn at the candidate's request": mail(
        "Empleo Ferretería Duero <empleo@ferreteriaduero.example>", "Baja de tu candidatura",
        "Hola Sam, tal como nos pediste, hemos eliminado tu candidatura al puesto de dependiente. "
        "Gracias por avisarnos. Un saludo."),
}


@pytest.mark.parametrize("name", sorted(THIRD_ROUND_REJECTIONS))
def test_agency_and_committee_rejections_in_spanish_are_recognised(model, name):
    assert model.classify(THIRD_ROUND_REJECTIONS[name], THRESHOLD).label == "rejection"


@pytest.mark.parametrize("name", sorted(THIRD_ROUND_OTHERS))
def test_other_decisions_and_status_mail_in_spanish_stay_well_below(model, name):
    assert model.classify(THIRD_ROUND_OTHERS[name], THRESHOLD).probability < 0.5


@pytest.mark.parametrize("text", [
    "el cliente me dice que no siguen con tu perfil", "resolvió el concurso a favor de otra aspirante",
    "die Geschäftsführung mit einem anderen Kandidaten zu besetzen", "die Aushilfsstelle ist leider schon weg",
    "Wir haben die Stelle an jemanden aus unserem Pool vergeben."])
def test_third_round_decisions_are_decision_phrases(text):
    from onward.classifier.features import normalise, phrase_terms
    assert set(phrase_terms(normalise(text))) == {"=against"}


@pytest.mark.parametrize("text", [
    "Entiendo que has rechazado nuestra oferta.", "Vous avez décliné notre offre.",
    "Sie haben unser Angebot abgelehnt."])
def test_the_candidates_own_refusal_outranks_a_decision_phrase(text):
    from onward.classifier.features import normalise, phrase_terms
    assert set(phrase_terms(normalise(text))) == {"=own"}


# The fourth round's classes (issue 10): a Spanish agency passing the client's no on while offering
# other vacancies, a committee proposing someone else for the post, and job-board status mail whose
# status says nothing has been decided yet. The two rejections scored 0.13 and 0.26 before the judge4
# corpus and phrases; the status mail 0.57.
FOURTH_ROUND_REJECTIONS = {
    "es agency, the client preferred someone else, other vacancies offered": mail(
        "Rebeca Solís | Pórtico Talento <rebeca.solis@porticotalento.example>", "Lo de Hormigones Tajo",
        "Hola Sam:\n\nYa tengo respuesta de Hormigones Tajo sobre el puesto de jefe de planta. Han preferido a una "
        "persona que ya trabajaba en el grupo, así que por esta vez no sigues en el proceso.\n\nMientras tanto me "
        "han entrado dos vacantes de encargado de obra en Toledo y Aranjuez que te pueden encajar. ¿Te llamo el "
        "lunes y te cuento?\n\nUn abrazo,\nRebeca\nPórtico Talento · Selección de mandos intermedios"),
    "es committee proposed another candidate for the post": mail(
        "Secretaría de Concursos <concursos@unillanura.example>", "Concurso plaza de Profesor Contratado Doctor",
        "Estimado Dr. Rivera:\n\nLe comunicamos que la comisión de selección ha propuesto para la plaza de Profesor "
        "Contratado Doctor en Ecología a la Dra. Irene Castaño, según el acta publicada hoy en la sede "
        "electrónica.\n\nContra la propuesta podrá presentar reclamación en el plazo de diez días hábiles.\n\n"
        "Secretaría de Concursos"),
}
FOURTH_ROUND_OTHERS = {
    "es job board, status still in play": mail(
        "Avisos Empleo Ahora <avisos@empleoahora.example>", "Cambio en tu candidatura: Mozo/a de almacén",
        "Hola Sam,\n\nDistribuciones Peñalara ha revisado tu candidatura a la oferta Mozo/a de almacén (Getafe).\n\n"
        "Estado actual: En proceso\n\nHay 312 ofertas nuevas de logística esta semana. Ver ofertas parecidas →\n\n"
        "Recibes este aviso porque te inscribiste en la oferta. Gestiona tus avisos en Mi cuenta."),
    "es agency, a new vacancy": mail(
        "Rebeca Solís | Pórtico Talento <rebeca.solis@porticotalento.example>", "Vacante encargado de obra",
        "Hola Sam:\n\nMe ha entrado una vacante de encargado de obra en Aranjuez que encaja con tu experiencia. El "
        "cliente quiere cerrar entrevistas esta semana. ¿Te llamo el lunes y te cuento?\n\nUn abrazo,\nRebeca\n"
        "Pórtico Talento"),
    "es committee, admitted to the oral presentation": mail(
        "Secretaría de Concursos <concursos@unillanura.example>", "Concurso plaza de Profesor Contratado Doctor",
        "Estimado Dr. Rivera:\n\nLe comunicamos que ha sido admitido al concurso de la plaza de Profesor Contratado "
        "Doctor en Ecología. La comisión le convoca a la presentación oral el 14 de mayo a las 10:00.\n\n"
        "Secretaría de Concursos"),
}


@pytest.mark.parametrize("name", sorted(FOURTH_ROUND_REJECTIONS))
def test_agency_preferences_and_committee_proposals_in_spanish_are_rejections(model, name):
    assert model.classify(FOURTH_ROUND_REJECTIONS[name], THRESHOLD).label == "rejection"


@pytest.mark.parametrize("name", sorted(FOURTH_ROUND_OTHERS))
def test_status_still_in_play_new_vacancies_and_admissions_stay_below_half(model, name):
    assert model.classify(FOURTH_ROUND_OTHERS[name], THRESHOLD).probability < 0.5


@pytest.mark.parametrize("text", [
    "Han preferido a una persona que ya trabajaba en el grupo.", "Por esta vez no sigues en el proceso.",
    "La Comisión propuso para el cargo a la Lic. Marta Ferreyra.",
    "El tribunal ha designado para la plaza de Archivero a D. Luis Pardo."])
def test_agency_preferences_and_committee_proposals_are_decision_phrases(text):
    from onward.classifier.features import normalise, phrase_terms
    assert set(phrase_terms(normalise(text))) == {"=against"}


@pytest.mark.parametrize("text", [
    "Estado actual: En proceso", "Nuevo estado: Preseleccionado/a", "Status: Under review",
    "Neuer Status: In Bearbeitung", "Statut : en cours d'étude", "Your application is still in the running.",
    "Ihre Bewerbung ist weiterhin im Auswahlverfahren.", "Votre candidature est toujours en lice.",
    "Tu candidatura sigue en el proceso."])
def test_a_status_or_application_still_in_play_reads_as_under_review(text):
    from onward.classifier.features import normalise, phrase_terms
    assert set(phrase_terms(normalise(text))) == {"=received"}


def test_a_committee_proposing_the_candidate_is_no_decision_against_them():
    from onward.classifier.features import normalise, phrase_terms
    assert phrase_terms(normalise("La comisión le ha propuesto para ocupar la plaza de Profesor Titular.")) == []


# The fifth round's false-alarm classes (issue 10): the candidate is the one who decided (an offer turned
# down, a call to a chair refused, an application withdrawn, said as "Ihre Absage", "votre refus", "tu
# renuncia"), a next step whose mail also says "no" about something else, and a job alert that says a
# profile was not retained as a match. Before the judge5 phrases these read as decisions against the
# candidate; the mails are written for this test.
FIFTH_ROUND_OTHERS = {
    "de the candidate turned down the call to a chair": mail(
        "Prof. Dr. Imke Sander <sander@hs-nordheide.example>", "Ihre Absage zum Ruf",
        "Sehr geehrter Herr Dr. Rivera,\n\nIhr Brief, in dem Sie den Ruf auf die Professur für Regelungstechnik "
        "ablehnen, hat mich heute erreicht. Ich bedauere das sehr, denn die Kommission hatte Sie klar an erster "
        "Stelle gesehen.\n\nFür Ihre Zukunft in Delft wünsche ich Ihnen alles Gute.\n\nImke Sander\nPräsidentin"),
    "fr the candidate's refusal noted, file closed": mail(
        "Recrutement Orbis Réseaux <recrutement@orbis-reseaux.example>", "Votre refus est bien noté",
        "Bonjour Sam,\n\nNous avons bien enregistré votre refus de la proposition d'ingénieur réseau. Votre "
        "dossier est donc clos chez nous.\n\nMerci du temps accordé à nos échanges et bonne route.\n\n"
        "L'équipe Recrutement"),
    "es the candidate accepted another offer": mail(
        "Marta Ezquerra <marta.ezquerra@talleresnervion.example>", "Re: Oferta de jefe de turno",
        "Hola Sam:\n\nGracias por avisarme tan rápido. Siento que hayas aceptado otra oferta y no vengas como jefe "
        "de turno, pero lo entiendo: estar cerca de casa cuenta mucho.\n\nSi algún día cambian las cosas, "
        "escríbeme.\n\nMarta"),
    "en the candidate's decision to stay": mail(
        "Noor Haddad <noor@fieldstone-labs.example>", "Re: Lab Manager offer",
        "Hi Sam,\n\nThanks for being straight with me. We're sad about your decision to stay with your current "
        "lab rather than join us as Lab Manager, but I understand the counter-offer was hard to refuse.\n\n"
        "Let's keep in touch,\nNoor"),
    "en a next step that says no to something else": mail(
        "Owen Pryce <owen.pryce@calloway-insure.example>", "Re: Claims Analyst interview",
        "Hi Sam,\n\nThe panel were impressed and we'd like to take your application forward to the final "
        "round with our Head of Claims. We've dropped the written exercise, so we are not going ahead with that "
        "part. I'll send a calendar invite for next Tuesday.\n\nOwen"),
    "fr a job alert that says a profile was not retained": mail(
        "Emploi Direct <alertes@emploi-direct.example>", "Sam, 5 offres pour vous",
        "<p>Nos suggestions de la semaine :</p><ul><li>Technicien réseau – Lyon</li><li>Administrateur "
        "systèmes – Grenoble</li></ul><p>Votre profil n'a pas été retenu parmi les plus pertinents pour deux "
        "offres consultées : ajoutez vos certifications.</p><p><small>Se désabonner</small></p>", html=True),
}


@pytest.mark.parametrize("name", sorted(FIFTH_ROUND_OTHERS))
def test_the_candidates_decisions_next_steps_and_job_alerts_stay_below_half(model, name):
    # The model before judge5 scored the refused chair 0.55, the next step 0.80 and the job alert 0.64.
    assert model.classify(FIFTH_ROUND_OTHERS[name], THRESHOLD).probability < 0.5


@pytest.mark.parametrize("text", [
    "Ihr Brief, in dem Sie den Ruf auf die W3-Professur ablehnen, kam heute an.", "Vielen Dank für Ihre Absage.",
    "Nous avons bien enregistré votre refus.", "Je prends note de votre souhait de vous retirer du processus.",
    "Siento que hayas aceptado otra oferta.", "Tu candidatura fue retirada a petición tuya.",
    "We're sad about your decision to stay where you are.", "Thanks for letting us know you won't be taking up the offer."])
def test_the_candidate_as_the_one_who_decided_reads_as_their_own_decision(text):
    from onward.classifier.features import normalise, phrase_terms
    assert set(phrase_terms(normalise(text))) == {"=own"}


@pytest.mark.parametrize("text", [
    "We have decided not to progress your application for the Analyst role. However, we'd like to invite you to "
    "an interview for our Associate role.",
    "Für die Stelle als Teamleiter haben wir uns für einen anderen Bewerber entschieden. Gern würden wir Sie aber "
    "für die Stelle im Einkauf zu einem Gespräch einladen.",
    "Le poste a été pourvu. Nous souhaiterions toutefois vous rencontrer pour un autre poste : seriez-vous "
    "disponible mardi ?",
    "Para el puesto de jefe de equipo nos quedamos con otra persona, pero queremos invitarte a una entrevista "
    "para otra vacante."])
def test_an_invitation_after_the_decision_is_read_with_its_position(text):
    from onward.classifier.features import normalise, phrase_terms
    assert {"=against", "=invite", "=invite_after"} <= set(phrase_terms(normalise(text)))


@pytest.mark.parametrize("text", [
    "Unfortunately we are not able to invite you to an interview.",
    "Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.",
    "Nous ne souhaitons pas vous rencontrer pour ce poste.",
    "We will not be inviting you to an interview for this role."])
def test_a_negated_invitation_is_no_next_step(text):
    from onward.classifier.features import normalise, phrase_terms
    assert "=invite" not in phrase_terms(normalise(text))


# Short and soft decisions (issue 10, the sixth and seventh rounds' misses), each phrase tied to a
# rejection's subject: the post given to someone else, the application not retained or not taken
# forward, the status set to "abgesagt", the requirements not met, every place of a programme taken.
# Their look-alikes (an offer to the reader, a day already taken) are in test_classifier_lookalikes.py.
@pytest.mark.parametrize("text", [
    "Wir haben uns für jemand anderen entschieden.", "Neuer Stand: Ihr Status wurde auf „abgesagt“ gesetzt.",
    "Wir haben uns gegen eine Einladung entschieden.", "Ihr Profil entspricht nicht den Anforderungen der Stelle.",
    "Die Kommission hat Sie nicht auf die Berufungsliste gesetzt.", "Alle Praktikumsplätze sind bereits belegt.",
    "Wir haben uns entschieden, die Stelle anders zu besetzen.", "Leider hat es diesmal nicht gereicht.",
    "Wir haben uns für die Aushilfe jetzt mit jemand anderem zusammengetan.",
    "Nous avons confié le poste à une candidate déjà en poste.", "Votre candidature ne figure pas parmi celles retenues.",
    "Votre profil ne correspond pas à nos besoins.", "Votre dossier a été classé sans suite.",
    "Nous avons orienté notre choix vers un autre profil.", "Le poste n'est plus à pourvoir.",
    "Su solicitud no fue considerada para la siguiente etapa.", "Resultado: no elegible.",
    "Su perfil no se ajusta a lo que buscamos.", "Descartamos tu candidatura.", "Hemos cubierto la vacante.",
    "Your application has not been taken forward.", "We won't be moving your application forward.",
    "We have decided to go with another candidate.", "We offered the Data Analyst role to another applicant.",
    "The position has been withdrawn."])
def test_short_and_soft_decisions_are_decision_phrases(text):
    from onward.classifier.features import normalise, phrase_terms
    assert "=against" in phrase_terms(normalise(text))


def test_the_example_config_states_the_default_threshold():
    # The example is what a new user copies: its threshold must be the one chosen for the service.
    import tomllib
    from pathlib import Path
    example = tomllib.loads((Path(__file__).parent.parent / "config.example.toml").read_text())
    assert example["classifier"]["threshold"] == THRESHOLD == 0.75
