"""Classes of roles the rules read wrong: German sentence words after a post phrase, a subject's "CV"
before the title, a French opening's state after it; and a forwarded rejection naming two posts,
which must stay without a role."""

import pytest

from onward.drafts.role import choose_role_evidence
from tests.support.stated import rules_role_of as read_role


def chosen(body: str, subject: str, language: str, company: str = "", quoted: str = "") -> str:
    return choose_role_evidence(body, subject, language, set(), company, quoted)[0]


_NOTE = "Hi Gran, forwarding the one from the surveyors, no luck this time. Speak Sunday! Ruth"


def test_a_forwarded_rejection_naming_two_roles_still_names_none():
    forwarded = ("> Dear Ruth,\n> Thank you for your applications for the Site Engineer position and for the "
                 "Planning Assistant position.\n> We will not be taking either further.")
    assert chosen(_NOTE, "Fwd: Your applications", "en", "", quoted=forwarded) == ""


@pytest.mark.parametrize("body", [
    # After "die Stelle", "als": the sentence's words, which a language writing every noun capitalised
    # tells from a title by a lower-case word at either end.
    "Wir haben uns entschieden, die Stelle einer Bewerberin aus dem eigenen Haus anzubieten.",
    "Leider haben wir die Stelle aber schon an jemand anderen vergeben.",
    "Ich habe Sie als sehr engagierten Bewerber erlebt, die Stelle ist jedoch vergeben.",
    "Die Stellenausschreibung läuft noch bis Ende Februar, wir haben uns aber bereits entschieden.",
    "Die Stelle war ausdrücklich intern ausgeschrieben, daher können wir Sie nicht berücksichtigen.",
])
def test_german_sentence_words_after_a_post_phrase_are_no_role(body):
    assert chosen(f"Sehr geehrte Frau Lorenz,\n\n{body}\n\nMit freundlichen Grüßen\nPersonalabteilung",
                  "Ihre Bewerbung", "de", "Brunnhuber Metallbau") == ""


@pytest.mark.parametrize("body, role", [
    # A title may open with lower-case describing words before its noun, and ends in a noun.
    ("vielen Dank für Ihre Bewerbung als studentische Hilfskraft am Lehrstuhl für Statik.", "studentische Hilfskraft"),
    ("vielen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik.", "Elektroniker für Betriebstechnik"),
])
def test_german_titles_opening_or_ending_so_stay(body, role):
    assert chosen(f"Sehr geehrte Frau Lorenz,\n\n{body} Leider müssen wir Ihnen absagen.", "Ihre Bewerbung", "de",
                  "Brunnhuber Metallbau") == role


def test_a_german_title_ends_before_the_sentence_goes_on_in_lower_case():
    # The gender marker taken out, the verb after it is no word of the title, even where no job word
    # says where the title ends ("Schadenprüfer").
    body = ("Sehr geehrter Herr Lorenz,\n\nwir möchten Sie über den Stand Ihrer Bewerbung als Schadenprüfer "
            "Kfz (m/w/d) informieren. Leider können wir Ihnen keine Zusage geben.")
    assert chosen(body, "Status Ihrer Bewerbung", "de", "Brunnhuber Metallbau") == "Schadenprüfer Kfz"


@pytest.mark.parametrize("subject, body, language, role", [
    # The document sent before a title in lower case is no word of it...
    ("Re: cv soudeur", "Salut, merci pour ton CV mais on a déjà quelqu'un. Bonne continuation, Marc", "fr", "soudeur"),
    ("Re: CV repartidor", "Hola, gracias por el CV pero ya cubrimos el puesto. Saludos, Ana", "es", "repartidor"),
    # ... but a capital after it may be the title's own.
    ("Re: CV Engineer", "Hi, thanks for getting in touch, but we have filled it already. Best, Tom", "en",
     "CV Engineer"),
])
def test_a_subject_s_cv_before_the_title_is_the_document_sent(subject, body, language, role):
    assert chosen(body, subject, language) == role


@pytest.mark.parametrize("subject, role", [
    # "plus de poste de plombier ouvert": the opening's state after the title, no word of it; the
    # subject names the title ("Re: CV plombier"), or nothing does.
    ("Re: CV plombier", "plombier"),
    ("Re: Candidature", ""),
])
def test_a_french_opening_s_state_after_the_title_is_no_word_of_it(subject, role):
    body = ("Bonjour, merci pour ton message mais nous n'avons plus de poste de plombier ouvert, il a été pourvu "
            "en octobre. Bonne continuation. Luc")
    assert chosen(body, subject, "fr") == role
