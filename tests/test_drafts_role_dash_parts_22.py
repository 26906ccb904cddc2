"""What follows a title, its gender marker in capitals ("(H/F)", "(M/W/D)") and a dash: the title's field
only where its words are field or job words or go on in lower case; a town, a branch, a site, a store or
a reference, or a part holding the contract's or the working time's words, leaves the bare title. And
of two posts a mail names (a title and a longer one with words in front), the role is never the one
left open: the post the first sentence naming one alone names, or none."""

import pytest

from tests.support.stated import rules_role_of as read_role

FR = "Claire Morel <recrutement@groupe-vallin.example>"
DE = "Jana Pohl <bewerbung@koehler-logistik.example>"
ES = "Marta Gil <empleo@grupo-azor.example>"
EN = "Tom Reed <talent@northgate.example>"


@pytest.mark.parametrize("sender, subject, body, role", [
    # A town after the dash.
    ("Awa Koné <rh@cabinet-kone.example>", "Votre candidature",
     "Bonjour Monsieur Rivera,\n\nNous vous remercions de l'intérêt que vous avez porté au poste de Juriste "
     "(H/F) – Abidjan. Après étude de votre dossier, nous avons retenu une autre candidature.\n\n"
     "Bien cordialement,\nAwa Koné\nCabinet Koné & Associés", "Juriste"),
    ("Awa Koné <rh@cabinet-kone.example>", "Votre candidature",
     "Bonjour,\n\nVotre candidature au poste de Contrôleur de gestion (F/H) – Dakar n'a pas été retenue.\n\n"
     "Bien cordialement,\nAwa Koné", "Contrôleur de gestion"),
    (FR, "Votre candidature",
     "Madame, Monsieur,\n\nVotre candidature au poste de Technicien de maintenance (H/F) – Saint-Nazaire a retenu "
     "toute notre attention. Nous sommes toutefois au regret de vous informer qu'elle n'a pas été retenue.\n\n"
     "Cordialement,\nClaire Morel\nGroupe Vallin", "Technicien de maintenance"),
    (DE, "Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Disponent (M/W/D) – Bad Hersfeld. Leider "
     "müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.\n\n"
     "Mit freundlichen Grüßen\nJana Pohl\nKöhler Logistik GmbH", "Disponent"),
    (ES, "Tu candidatura",
     "Hola Sam,\n\nGracias por presentar tu candidatura al puesto de Dependiente/a (H/M) – Alcobendas. "
     "Lamentablemente hemos seleccionado a otra persona.\n\nUn saludo,\nMarta Gil\nGrupo Azor", "Dependiente/a"),
    # A branch, a store or a site after the dash.
    (FR, "Votre candidature",
     "Bonjour,\n\nNous vous remercions pour votre candidature au poste de Conseiller clientèle (H/F) – Agence de "
     "Vannes Centre. Nous ne pouvons malheureusement pas y donner une suite favorable.\n\nCordialement,\n"
     "Claire Morel\nBanque Vallin", "Conseiller clientèle"),
    (FR, "Votre candidature",
     "Bonjour,\n\nNous vous remercions pour votre candidature au poste d'Employé libre-service (H/F) – Magasin de "
     "Quimperlé. Le poste a été pourvu.\n\nCordialement,\nClaire Morel", "Employé libre-service"),
    (DE, "Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Verkäufer (M/W/D) – Filiale Rosenheim Süd. "
     "Leider können wir Ihnen keine Zusage geben.\n\nMit freundlichen Grüßen\nJana Pohl", "Verkäufer"),
    (DE, "Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Lagerist (M/W/D) – Standort "
     "Bremen-Hemelingen. Leider haben wir uns anders entschieden.\n\nMit freundlichen Grüßen\nJana Pohl", "Lagerist"),
    (ES, "Tu candidatura",
     "Hola Sam,\n\nGracias por tu interés en el puesto de Cajero/a (H/M) – Tienda de Majadahonda. Hemos decidido "
     "seguir con otros candidatos.\n\nUn saludo,\nMarta Gil", "Cajero/a"),
    # A reference after the dash.
    (DE, "Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Analyst (M/W/D) – Referenz R-2026-7. Leider "
     "haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nJana Pohl", "Analyst"),
])
def test_a_town_a_branch_or_a_reference_after_a_capitals_marker_and_a_dash_leaves_the_bare_title(
        sender, subject, body, role):
    assert read_role(sender, subject, body) == role


@pytest.mark.parametrize("sender, subject, body, role", [
    (FR, "Votre candidature",
     "Bonjour,\n\nNous vous remercions pour votre candidature au poste de Secrétaire médicale (H/F) – CDD de "
     "remplacement. Le poste a été pourvu.\n\nCordialement,\nClaire Morel", "Secrétaire médicale"),
    (ES, "Tu candidatura",
     "Hola Sam,\n\nGracias por tu candidatura al puesto de Recepcionista (H/M) – Jornada parcial de mañanas. Ya "
     "hemos cubierto la plaza.\n\nUn saludo,\nMarta Gil", "Recepcionista"),
    (EN, "Your application",
     "Dear Sam,\n\nThank you for applying for the Marketing Executive (M/F) – Maternity Cover role. We have "
     "decided to proceed with another applicant.\n\nKind regards,\nTom Reed", "Marketing Executive"),
])
def test_a_dash_part_with_a_contract_or_schedule_word_is_no_field(sender, subject, body, role):
    assert read_role(sender, subject, body) == role


@pytest.mark.parametrize("sender, subject, body, longer", [
    (EN, "Your application",
     "Hi Sam,\n\nThank you for applying for both the Stock Controller and the Senior Stock Controller roles. We "
     "have filled the Senior Stock Controller role with an internal candidate, but we would like to invite you "
     "to interview for the Stock Controller role.\n\nBest,\nTom Reed", "Senior Stock Controller"),
    (DE, "Ihre Bewerbungen",
     "Sehr geehrter Herr Rivera,\n\nSie haben sich als Projektleiter und als Senior Projektleiter beworben. Die "
     "Stelle als Senior Projektleiter haben wir leider anderweitig besetzt. Zur Stelle als Projektleiter melden "
     "wir uns in Kürze.\n\nMit freundlichen Grüßen\nJana Pohl", "Senior Projektleiter"),
])
def test_of_two_posts_the_role_is_never_the_one_still_open(sender, subject, body, longer):
    assert read_role(sender, subject, body) in {longer, ""}


def test_two_posts_the_first_sentence_tells_apart_name_the_one_decided():
    body = ("Sehr geehrter Herr Rivera,\n\nSie haben sich als Projektleiter und als Senior Projektleiter beworben. "
            "Die Stelle als Senior Projektleiter haben wir leider anderweitig besetzt. Zur Stelle als Projektleiter "
            "melden wir uns in Kürze.\n\nMit freundlichen Grüßen\nJana Pohl")
    assert read_role(DE, "Ihre Bewerbungen", body) == "Senior Projektleiter"


@pytest.mark.parametrize("title", ["Comptable en alternance", "Directeur financier en intérim"])
def test_one_lower_case_word_after_en_may_say_what_the_post_is(title):
    body = (f"Bonjour,\n\nMerci pour votre candidature au poste de {title}. Nous avons retenu un autre profil.\n\n"
            "Cordialement,\nClaire Morel")
    assert read_role(FR, "Votre candidature", body) == title
