"""Classes of roles the rules missed or read wrong: a subject that heads a batch of applicants, the
body's lower-case word for the kind of post beside the subject's title, Spanish sentences that went
on past the title or ran one phrase into the next, and an English title after the nearest article.
With probes that must stay without a role: a programme, a team, a sentence's words, and the
readings that guess between an employer and a title or between two posts; and a review's probes: the
town, branch or employer a subject adds after its title, a German cohort in -en, Spanish "de lo"
inside a title, a post advertised in the plural."""

import pytest

from onward.drafts import read_rejection
from onward.drafts.role import choose_role_evidence
from tests.support.mail import addressed_mail
from tests.support.stated import assert_role_read, rules_role_of as read_role


def chosen(body: str, subject: str, language: str, company: str = "", quoted: str = "") -> str:
    return choose_role_evidence(body, subject, language, set(), company, quoted)[0]


# A school's placement office forwards a firm's answer to the batch of applications it sent: the
# heading names the cohort and their degree, not the post any one of them applied for.
_SCHOOL_NOTE = ("Bonjour Mme Garnier,\n\nJe vous transmets ci-dessous la réponse de l'étude.\n\nBien à vous,\n"
                "Hélène Marchand\nService des stages – Faculté de Droit\nUniversité de Rivebelle\n\n"
                "-------- Message d'origine --------\nDe : Ressources humaines <rh@duclos-ferrand.example>\n"
                "À : stages@univ-rivebelle.example\nObjet : Candidatures stagiaires Master 2 Droit fiscal\n\n"
                "Madame,\n\nNous vous remercions pour l'envoi des dossiers de vos étudiants. Nous avons retenu "
                "M. Perrin. Nous ne pourrons pas accueillir Mme Garnier, nos places étant toutes pourvues pour "
                "le printemps.\n\nBien cordialement,\nLe service RH\nDuclos Ferrand Notaires")


def test_a_batch_of_applicants_in_a_forwarded_subject_is_no_role():
    assert read_role("Service des stages <stages@univ-rivebelle.example>",
                     "Fwd: Candidatures stagiaires Master 2 Droit fiscal", _SCHOOL_NOTE) == ""


@pytest.mark.parametrize("subject", [
    "Candidatures stagiaires Master 2 Droit fiscal",
    "Stagiaires été 2027 – réponse",
])
def test_a_subject_naming_a_cohort_in_the_plural_names_no_post(subject):
    body = "Bonjour,\n\nNous ne pourrons pas donner suite à votre candidature. Cordialement,\nLe service RH"
    assert chosen(body, subject, "fr") == ""


def test_the_title_after_a_batch_of_candidates_is_the_post():
    # An agency's forwarded exchange with its client: "Candidatos" heads the batch it sent.
    body = "Hola Nuria,\n\nEl cliente nos dice que ha elegido a otra persona. Lo siento.\n\nMarta"
    assert chosen(body, "RV: Candidatos Jefe de Turno – Planta Illescas", "es") == "Jefe de Turno"


def test_the_lower_case_kind_of_post_gives_way_to_the_subjects_title():
    body = ("Bonjour Madame Roussel,\n\nJe vous confirme que nous n'ouvrirons pas de poste de juriste dans "
            "le service cette année. Je ne peux donc pas donner suite à votre candidature.\n\n"
            "Cordialement,\nLaure Fabre")
    assert chosen(body, "RE: Candidature spontanée – Juriste Droit Social", "fr", "Maison Vercel") == (
        "Juriste Droit Social")


@pytest.mark.parametrize("body, subject, role", [
    # The subject's words after the title are the sentence's, in lower case: the body's word stays.
    ("Hola Iker,\n\nal final el puesto de camarero lo hemos cubierto con alguien del pueblo.",
     "Re: camarero fin de semana", "camarero"),
    # A capitalised body title is kept as the body writes it.
    ("Dear Ana,\n\nThank you for applying for the Analyst position. We have decided not to proceed.",
     "Your application - Analyst", "Analyst"),
])
def test_the_body_s_word_stays_where_the_subject_names_no_longer_title(body, subject, role):
    assert chosen(body, subject, "es" if "Hola" in body else "en", "Bodega Urrutia") == role


def test_a_spanish_title_ends_before_the_sentence_s_pronoun():
    body = ("Gracias a ti, Unai. Siento decirte que la plaza de Ayudante de Cocina se la hemos dado a una "
            "chica que ya conocía la casa.\n\nPatxi")
    assert chosen(body, "Re: Gracias por la prueba", "es", "Sidrería Errota") == "Ayudante de Cocina"


def test_a_spanish_offer_for_a_role_is_read_at_the_role():
    body = ("Hola Emilia,\n\nDespués de hablarlo con el equipo, decidimos no hacerte una oferta para el rol de "
            "Product Designer. Tu portfolio es muy bueno, pero buscamos más experiencia en B2B.\n\nUn abrazo,\nLucía")
    assert chosen(body, "Gracias por tu tiempo", "es", "Tornasol Apps") == "Product Designer"


def test_an_english_title_is_read_after_the_article_nearest_its_noun():
    body = ("Hi Priya,\n\nThank you for spending the morning with us on Friday — I know the last round for the "
            "Credit Analyst role is long, and you did well.\n\nWe have decided not to extend an offer.\n\nBest,\nTom")
    assert chosen(body, "Following up", "en", "Larkfield Capital") == "Credit Analyst"


@pytest.mark.parametrize("body, subject, language", [
    # An employer follows "postular a" as often as a title: no cue tells them apart.
    ("Gracias por postular a Inmobiliaria Costanera en Valparaíso. Esta vez no seguiremos adelante.",
     "Tu postulación", "es"),
    # Two posts in one sentence: which one the decision is about is a guess.
    ("Thank you for applying for the role as Sales Executive and also for the role as Sales Assistant. "
     "We will not be taking your application further.", "Your applications", "en"),
    ("Thank you for your interest in the role as Kitchen Porter or Dishwasher. We have filled it.",
     "Your application", "en"),
    # A team, a programme's search, a sentence's words.
    ("Thank you for meeting the whole Data Platform team last week. We have decided not to proceed.",
     "Following up", "en"),
    ("Te deseamos mucha suerte en la búsqueda de empleo para este año. Esta vez no seguiremos contigo.",
     "Tu candidatura", "es"),
    ("Lamentablemente no tenemos ninguna oferta para ti en este momento.", "Tu candidatura", "es"),
    ("Gracias por tu interés en la búsqueda de Jóvenes Talentos 2027. Esta vez no has sido seleccionada.",
     "Tu candidatura", "es"),
    # An employer's selection as often as a title's after "el proceso de selección de".
    ("Te escribimos en relación con el proceso de selección de Consultora Andina para la sede de Quito.",
     "Tu candidatura", "es"),
])
def test_probes_stay_without_a_role(body, subject, language):
    assert chosen(f"{body}\n\nSaludos", subject, language, "Grupo Litoral") == ""


@pytest.mark.parametrize("forwarded, language", [
    ("> Dear Kim,\n> Thank you for your applications for the Barista position and the Front of House "
     "position.\n> We will not be taking either further.", "en"),
    ("> Liebe Frau Kim,\n> vielen Dank für Ihre Bewerbungen auf die Stelle als Erzieherin Krippe und die Stelle "
     "als Erzieherin Hort.\n> Leider müssen wir Ihnen für beide absagen.", "de"),
])
def test_a_forwarded_rejection_naming_two_posts_names_none(forwarded, language):
    note = "Hi Mum, forwarding this one, no luck again. Call you later! Kim"
    assert chosen(note, "Fwd: Your applications", language, "", quoted=forwarded) == ""


@pytest.mark.parametrize("body, role", [
    # Every word after the comma a field's, though an organisation's name could end so.
    ("Thank you for applying for the role of Director, Tax Technology at Marlow Kent LLP.", "Director, Tax Technology"),
    ("Regarding your application for Associate, Private Wealth (R-55120): we will not be progressing it.",
     "Associate, Private Wealth"),
])
def test_a_field_after_a_comma_keeps_the_title_whole(body, role):
    assert chosen(f"Dear Omar,\n\n{body}\n\nKind regards,\nTalent Team", "Your application", "en",
                  "Marlow Kent") == role


@pytest.mark.parametrize("body", [
    # A town, a workplace or the employer after the comma: a rank and a job word alone stay out.
    "Thank you for applying for the role of Manager, Riverside Practice at Marlow Kent LLP.",
    "Thank you for applying for the role of Associate, Kettering Branch at Marlow Kent LLP.",
])
def test_what_no_field_word_says_after_a_comma_leaves_a_rank_and_job_word_out(body):
    assert chosen(f"Dear Omar,\n\n{body}\n\nKind regards,\nTalent Team", "Your application", "en",
                  "Marlow Kent") == ""


# Probes of a review of this file's rules: each mail read whole, the rules' role and the draft's.
def read_mail(sender: str, subject: str, body: str):
    return read_rejection(addressed_mail(sender, subject, body))


@pytest.mark.parametrize("subject, body, word", [
    ("Votre candidature - Vendeur Lyon Part-Dieu",
     "Bonjour Thomas,\n\nle poste de vendeur a été pourvu. Nous vous souhaitons bonne continuation.\n\nMaison Douce",
     "vendeur"),
    ("Candidature Serveur Bordeaux Chartrons",
     "Bonjour Julie,\n\nmerci pour votre candidature. Le poste de serveur est désormais pourvu.\n\nBien à vous,\n"
     "Les Halles", "serveur"),
    ("Candidature – Comptable Cabinet Moreau",
     "Bonjour Monsieur Petit,\n\nnous n'avons pas de poste de comptable à vous proposer. Nous gardons votre "
     "dossier.\n\nCordialement,\nLe secrétariat", "comptable"),
    ("Votre candidature Analyste Nantes",
     "Bonjour Madame Roy,\n\nle poste d'analyste a été pourvu. Nous vous remercions de votre intérêt.\n\n"
     "Cordialement,\nLe service RH", "analyste"),
    ("Analyste Société Générale - candidature",
     "Bonjour,\n\nle poste d'analyste n'est plus ouvert. Nous vous remercions de votre candidature.\n\n"
     "Cordialement,\nLe cabinet", "analyste"),
    ("Candidatura Camarero Madrid Centro",
     "Hola Pablo,\n\nel puesto de camarero ya está cubierto. Gracias por pasarte por el local.\n\nUn saludo,\nLuis",
     "camarero"),
    ("Candidatura Dependiente Zapatería Ruiz",
     "Hola Marta,\n\nel puesto de dependiente ya lo hemos cubierto. Muchas gracias por tu interés.\n\nSaludos,\nAna",
     "dependiente"),
    ("Application: Analyst London Office",
     "Dear Sam,\n\nThank you for applying. We have now filled the analyst role and will not take your "
     "application further.\n\nBest regards,\nHR", "analyst"),
    ("Application - Barista Manchester Piccadilly",
     "Hi Sam,\n\nThanks for dropping your CV in. The barista job has gone to someone else, sorry.\n\nCheers,\nJo",
     "barista"),
    ("Engineer Platform Team - Application",
     "Dear Sam,\n\nThank you for your interest. We have now filled the engineer vacancy.\n\nKind regards,\nPeople Team",
     "engineer"),
])
def test_a_town_branch_or_employer_after_the_subject_s_title_leaves_the_body_s_word(subject, body, word):
    # A subject adds where or for whom after the title, capitalised too: no part of the title.
    read = read_mail("Recrutement <jobs@employer.example>", subject, body)
    assert read.record_role in ("", word), (read.record_role, read.role)
    assert read.role in ("", word), (read.record_role, read.role)


def test_the_subject_s_title_of_field_words_replaces_the_body_s_kind_of_post():
    body = ("Bonjour Madame Lemaire,\n\nnous n'ouvrirons finalement pas de poste d'analyste dans l'équipe cette "
            "année. Nous ne pouvons donc pas donner suite.\n\nCordialement,\nPaul Girard")
    read = read_mail("Paul Girard <p.girard@banque-orme.example>", "Candidature – Analyste Risques de Marché", body)
    assert_role_read(read, "Analyste Risques de Marché")


@pytest.mark.parametrize("subject", ["Praktikanten Erzieher Sommer 2027", "Praktikantinnen Erzieherin 2027",
                                     "Werkstudenten Softwareentwickler"])
def test_a_german_cohort_in_the_plural_names_no_post(subject):
    # The German plural of a status word, in -en or -innen, heads the school's interns in a job's
    # training: not a post.
    body = "Hallo,\n\nleider können wir Ihnen in diesem Jahr keinen Platz anbieten.\n\nViele Grüße\nPersonal"
    assert chosen(body, subject, "de") == ""
    # A singular status word opening the subject is the post: no cohort.
    assert chosen(body, "Bewerbung als Praktikantin Marketing", "de") != ""


def test_a_post_advertised_in_the_plural_is_no_cohort():
    body = "Bonjour,\n\nNous ne pourrons pas donner suite à votre candidature.\n\nCordialement,\nLa brigade"
    assert chosen(body, "Chefs de partie – votre candidature", "fr", "Brasserie Lutèce") == "Chefs de partie"


@pytest.mark.parametrize("body, role", [
    # "de lo" is a title's own ("Técnico de lo Social", "Abogado de lo Laboral").
    ("Hola Irene,\n\nla plaza de Técnico de lo Social ya está cubierta. Gracias por presentarte.", "Técnico de lo Social"),
    ("Hola Irene,\n\nel puesto de Recepcionista se ha cubierto esta semana.", "Recepcionista"),
    ("Hola Irene,\n\nel puesto de Cocinero lo cubrimos con alguien de la casa.", "Cocinero"),
])
def test_a_spanish_title_ends_at_the_pronoun_but_not_at_de_lo(body, role):
    read = read_mail("Selección <seleccion@gestoria-nervion.example>", "Tu candidatura", f"{body}\n\nUn saludo,\nRosa")
    assert_role_read(read, role)


@pytest.mark.parametrize("body", [
    "Hola Irene,\n\nno podemos ofrecerte un puesto con contrato indefinido de Mozo de Almacén por ahora.",
    "Hola Irene,\n\nno tenemos ninguna plaza a jornada completa de Camarera de Pisos este verano.",
])
def test_a_spanish_word_for_the_post_then_a_preposition_states_no_role(body):
    read = read_mail("Selección <seleccion@hotel-brisa.example>", "Tu candidatura", f"{body}\n\nUn saludo,\nRosa")
    assert read.role == "", (read.record_role, read.role)


@pytest.mark.parametrize("sentence", [
    # A place or an employer inside the phrase before the noun: not a title of its own.
    "Thank you for your interest in the Nurse at the Royal Infirmary position.",
    "Thank you for your interest in the Head of Sales for the North West role.",
    "Thank you for your interest in the Head of the Finance Team role.",
])
def test_a_place_inside_the_phrase_is_never_stated_as_the_role(sentence):
    read = read_mail("Talent <talent@employer.example>", "Your application",
                     f"Dear Sam,\n\n{sentence} We will not take your application further.\n\nKind regards,\nHR")
    assert read.role not in {"Royal Infirmary", "North West", "Finance Team"}, (read.record_role, read.role)


def test_a_field_after_a_comma_at_an_agency_s_client_is_the_title_s():
    # "Digital Health" is the field, and "our client" the employer: no organisation of field words here.
    read = read_mail("Talent <talent@agency.example>", "Your application",
                     "Dear Sam,\n\nThank you for applying for the role of Analyst, Digital Health at our client. "
                     "We will not take your application further.\n\nKind regards,\nHR")
    assert_role_read(read, "Analyst, Digital Health")


def test_the_body_s_post_in_the_plural_subject_s_singular():
    # The subject's plural post and the body's singular are one post; the rules do not yet read them as
    # one (the body's word or nothing, never another post).
    read = read_mail("Brigade <rh@brasserie-lutece.example>", "Chefs de partie – votre candidature",
                     "Bonjour,\n\nle poste de chef de partie est pourvu.\n\nCordialement,\nLa brigade")
    assert read.role in ("", "chef de partie"), (read.record_role, read.role)


def test_two_roles_joined_in_one_english_phrase_state_none():
    read = read_mail("Talent <talent@employer.example>", "Your application",
                     "Dear Sam,\n\nThank you for your interest in the Barista and the Supervisor roles. Both have "
                     "been filled. We will not take your application further.\n\nKind regards,\nHR")
    assert read.role == "", (read.record_role, read.role)


@pytest.mark.xfail(strict=True, reason="two posts in a plain body: the first is stated")
def test_two_posts_in_a_plain_german_body_state_none():
    # Which one the decision is about is a guess; the rules still state the first (as before this
    # file's rules: a known gap, kept visible).
    read = read_mail("Kita Sonnenschein <kita@sonnenschein.example>", "Ihre Bewerbung",
                     "Sehr geehrte Frau Kim,\n\nvielen Dank für Ihre Bewerbungen auf die Stelle als Erzieherin Krippe "
                     "und die Stelle als Erzieherin Hort. Leider müssen wir Ihnen für beide absagen.\n\n"
                     "Mit freundlichen Grüßen\nKita Sonnenschein")
    assert read.role == "", (read.record_role, read.role)
