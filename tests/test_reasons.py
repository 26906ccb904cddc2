"""What a rejection says about why (issue 13 item 4): the shipped model is what training on the
corpus gives and is applied with numpy alone; each reason is read in each language from mails
written for these tests (not in the corpus); sentences that only look like a reason, and a bare
rejection, give "none"; only the sender's own new text is read."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from onward.classifier import reasons, reasons_training
from onward.classifier.reasons import NONE, stated_reason
from onward.daemon.report import data

# (language, reason, rejection text, the sentence that states the reason)
STATED = [
    ("en", "position_filled", "Hi Aisha,\n\nThanks for applying for the junior designer job. We're sorry, but "
     "the position has already been filled by another applicant.\n\nAll the best,\nRita",
     "We're sorry, but the position has already been filled by another applicant."),
    ("en", "closer_experience", "Dear Mr Okafor,\n\nThank you for your application. After reviewing it, we "
     "have decided to continue with a candidate whose experience in payroll systems more closely matches "
     "what we need.\n\nKind regards,\nHR",
     "After reviewing it, we have decided to continue with a candidate whose experience in payroll systems "
     "more closely matches what we need."),
    ("en", "internal_candidate", "Hello Ben,\n\nI wanted to let you know that we have decided to fill the "
     "role internally. We really appreciated your time.\n\nBest,\nClaire",
     "I wanted to let you know that we have decided to fill the role internally."),
    ("en", "role_closed", "Dear Applicant,\n\nUnfortunately, this vacancy has been cancelled due to a "
     "restructuring of the team. We thank you for your interest.\n\nRegards,\nRecruitment",
     "Unfortunately, this vacancy has been cancelled due to a restructuring of the team."),
    ("en", "volume", "Hi Lee,\n\nWe received an extraordinary number of applications for this role, so "
     "we could only invite a few people to interview. Unfortunately you were not among them.\n\n"
     "Thanks,\nDana",
     "We received an extraordinary number of applications for this role, so we could only invite a few "
     "people to interview."),
    ("en", "location_or_visa", "Dear Kenji,\n\nThank you for applying. Unfortunately we are not able to "
     "sponsor a work visa for this role, so we cannot move forward.\n\nBest regards,\nTalent team",
     "Unfortunately we are not able to sponsor a work visa for this role, so we cannot move forward."),
    ("de", "position_filled", "Hallo Frau Brandt,\n\ndanke für Ihre Bewerbung als Lageristin. Leider ist "
     "die Stelle inzwischen schon besetzt.\n\nViele Grüße\nKarl Vogt",
     "Leider ist die Stelle inzwischen schon besetzt."),
    ("de", "closer_experience", "Sehr geehrter Herr Lang,\n\nwir haben uns für einen Bewerber entschieden, "
     "dessen Erfahrung im Projektmanagement besser zu unseren Anforderungen passt.\n\n"
     "Mit freundlichen Grüßen\nPersonalabteilung",
     "wir haben uns für einen Bewerber entschieden, dessen Erfahrung im Projektmanagement besser zu "
     "unseren Anforderungen passt."),
    ("de", "internal_candidate", "Guten Tag Herr Öztürk,\n\nvielen Dank für Ihr Interesse. Wir haben die "
     "Position mit einer internen Kandidatin besetzt.\n\nFreundliche Grüße\nSabine Roth",
     "Wir haben die Position mit einer internen Kandidatin besetzt."),
    ("de", "role_closed", "Sehr geehrte Frau Koch,\n\naufgrund eines Einstellungsstopps wird die Stelle "
     "derzeit nicht besetzt. Wir bedauern, Ihnen keine bessere Nachricht geben zu können.\n\n"
     "Mit freundlichen Grüßen\nHR",
     "aufgrund eines Einstellungsstopps wird die Stelle derzeit nicht besetzt."),
    ("de", "volume", "Hallo Tim,\n\nauf die Stelle haben wir mehrere hundert Bewerbungen erhalten, "
     "deshalb konnten wir nur wenige Personen einladen. Leider war Ihre nicht dabei.\n\nGruß\nEva",
     "auf die Stelle haben wir mehrere hundert Bewerbungen erhalten, deshalb konnten wir nur wenige "
     "Personen einladen."),
    ("de", "location_or_visa", "Sehr geehrte Frau Nair,\n\nleider können wir für diese Stelle kein Visum "
     "sponsern und müssen Ihnen daher absagen.\n\nMit freundlichen Grüßen\nRecruiting",
     "leider können wir für diese Stelle kein Visum sponsern und müssen Ihnen daher absagen."),
    ("fr", "position_filled", "Bonjour Léa,\n\nmerci pour votre candidature. Malheureusement, le poste "
     "est déjà pourvu.\n\nCordialement,\nMarc",
     "Malheureusement, le poste est déjà pourvu."),
    ("fr", "closer_experience", "Madame,\n\nnous avons retenu un candidat dont l'expérience en gestion de "
     "paie correspond davantage à nos besoins.\n\nCordialement,\nLe service RH",
     "nous avons retenu un candidat dont l'expérience en gestion de paie correspond davantage à nos "
     "besoins."),
    ("fr", "internal_candidate", "Bonjour Paul,\n\nnous vous remercions de votre intérêt. Le poste a "
     "finalement été attribué à une collaboratrice en interne.\n\nBien cordialement,\nAnne",
     "Le poste a finalement été attribué à une collaboratrice en interne."),
    ("fr", "role_closed", "Bonjour,\n\nnous vous informons que ce recrutement a été annulé suite à une "
     "réorganisation du service.\n\nCordialement,\nRecrutement",
     "nous vous informons que ce recrutement a été annulé suite à une réorganisation du service."),
    ("fr", "volume", "Bonjour Yanis,\n\nnous avons reçu un très grand nombre de candidatures pour ce poste "
     "et n'avons pu rencontrer que quelques personnes. Votre candidature n'a pas été retenue.\n\n"
     "Cordialement,\nJulie",
     "nous avons reçu un très grand nombre de candidatures pour ce poste et n'avons pu rencontrer que "
     "quelques personnes."),
    ("fr", "location_or_visa", "Bonjour Amir,\n\nce poste exige une présence quotidienne sur notre site "
     "de Grenoble, ce qui ne correspond pas à votre recherche de télétravail. Nous ne donnerons donc pas "
     "suite.\n\nCordialement,\nRH",
     "ce poste exige une présence quotidienne sur notre site de Grenoble, ce qui ne correspond pas à "
     "votre recherche de télétravail."),
    ("es", "position_filled", "Hola Marta,\n\ngracias por tu candidatura. Lamentablemente, el puesto ya "
     "está cubierto.\n\nUn saludo,\nJorge",
     "Lamentablemente, el puesto ya está cubierto."),
    ("es", "closer_experience", "Estimado Sr. Ruiz:\n\nhemos decidido continuar con un candidato cuya "
     "experiencia en logística se ajusta más a lo que buscamos.\n\nAtentamente,\nRRHH",
     "hemos decidido continuar con un candidato cuya experiencia en logística se ajusta más a lo que "
     "buscamos."),
    ("es", "internal_candidate", "Hola Andrés:\n\nte agradecemos tu interés. Finalmente hemos cubierto "
     "la vacante con una persona de la empresa.\n\nSaludos,\nNuria",
     "Finalmente hemos cubierto la vacante con una persona de la empresa."),
    ("es", "role_closed", "Estimada candidata:\n\nle informamos de que el proceso se ha cancelado por "
     "una reestructuración del departamento.\n\nAtentamente,\nSelección",
     "le informamos de que el proceso se ha cancelado por una reestructuración del departamento."),
    ("es", "volume", "Hola Sofía:\n\nhemos recibido un número enorme de candidaturas y solo hemos podido "
     "entrevistar a unas pocas personas. Tu candidatura no ha sido seleccionada.\n\nSaludos,\nLaura",
     "hemos recibido un número enorme de candidaturas y solo hemos podido entrevistar a unas pocas "
     "personas."),
    ("es", "location_or_visa", "Hola Omar:\n\nlamentablemente no podemos tramitar un permiso de trabajo "
     "para este puesto, así que no seguiremos adelante.\n\nUn saludo,\nCarlos",
     "lamentablemente no podemos tramitar un permiso de trabajo para este puesto, así que no seguiremos "
     "adelante."),
]

# Sentences that look like a reason and are not, each in a rejection that states none.
LOOKALIKES = [
    ("en", "Hi Nora,\n\nWe hope to fill the position soon. Unfortunately we won't be moving forward with "
     "your application.\n\nBest,\nSam"),
    ("en", "Dear Applicant,\n\nDue to the high volume of applications, we are unable to give individual "
     "feedback. We regret that your application was not successful.\n\nRegards,\nHR"),
    ("de", "Hallo Jan,\n\nwir möchten die Stelle bald besetzen. Leider können wir Ihre Bewerbung nicht "
     "berücksichtigen.\n\nViele Grüße\nTeam HR"),
    ("de", "Sehr geehrte Frau Weiß,\n\nwegen der vielen Bewerbungen können wir leider kein persönliches "
     "Feedback geben. Wir haben uns gegen Ihre Bewerbung entschieden.\n\nMit freundlichen Grüßen\nHR"),
    ("fr", "Bonjour Zoé,\n\nnous espérons pourvoir le poste prochainement. Malheureusement, nous ne "
     "retenons pas votre candidature.\n\nCordialement,\nRH"),
    ("fr", "Bonjour,\n\nvu le nombre de candidatures, nous ne pouvons pas faire de retour personnalisé. "
     "Votre candidature n'a pas été retenue.\n\nCordialement,\nRecrutement"),
    ("es", "Hola Iker:\n\nesperamos cubrir el puesto pronto. Lamentablemente, no seguiremos con tu "
     "candidatura.\n\nSaludos,\nRRHH"),
    ("es", "Estimada Sra. Gil:\n\npor el volumen de candidaturas no podemos dar valoraciones "
     "individuales. Su candidatura no ha sido seleccionada.\n\nAtentamente,\nSelección"),
]

BARE = [
    ("en", "Dear Alex,\n\nThank you for your interest in our company. Unfortunately, we will not be "
     "moving forward with your application. We wish you the best in your search.\n\nKind regards,\n"
     "Recruiting"),
    ("de", "Sehr geehrter Herr Wolf,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
     "mitteilen, dass wir uns gegen Sie entschieden haben. Wir wünschen Ihnen alles Gute.\n\n"
     "Mit freundlichen Grüßen\nHR"),
    ("fr", "Bonjour Chloé,\n\nmerci pour votre candidature. Nous sommes au regret de ne pas pouvoir y "
     "donner une suite favorable. Bonne continuation.\n\nCordialement,\nL'équipe RH"),
    ("es", "Hola Mateo:\n\ngracias por tu candidatura. Lamentablemente, hemos decidido no seguir adelante "
     "con tu proceso. Te deseamos mucha suerte.\n\nUn saludo,\nRRHH"),
]


def test_the_shipped_reasons_model_is_built_from_this_corpus():
    # Fails after a change to classifier/corpus/reasons/ until
    # `python -m onward.classifier.reasons_training` is run.
    _model, header = reasons.read(reasons.SHIPPED_PATH)
    assert header["key"] == reasons_training.fingerprint()


@pytest.mark.slow  # trains a model: several seconds
def test_the_shipped_model_decides_as_a_freshly_trained_one():
    rejections = reasons_training.load()
    fresh = reasons_training.train(rejections)
    shipped = reasons.shipped()
    sentences, _labels = reasons_training.sentence_examples(rejections)
    # float32 weights move probabilities a little; the numpy prediction computes scikit-learn's.
    assert np.abs(shipped.probabilities(sentences) - fresh.probabilities(sentences)).max() < 1e-3
    assert [shipped.stated_reason(r.new_text)[0] for r in rejections] == \
        [fresh.stated_reason(r.new_text)[0] for r in rejections]


@pytest.mark.slow
def test_the_numpy_prediction_is_what_scikit_learn_computes():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rejections = reasons_training.load()[:300]
    texts, labels = reasons_training.sentence_examples(rejections)
    vectorizer = TfidfVectorizer(analyzer=reasons.terms, sublinear_tf=True, min_df=2)
    regression = LogisticRegression(C=reasons_training.C, class_weight="balanced", max_iter=5000)
    regression.fit(vectorizer.fit_transform(texts), labels)
    ours = reasons.from_arrays(
        {"terms": np.array(sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)),
         "idf": vectorizer.idf_, "coef": regression.coef_, "intercept": regression.intercept_},
        {"classes": list(regression.classes_)})
    probes = [text for _l, _r, text, _s in STATED] + ["", "Zzz qqq."]
    theirs = regression.predict_proba(vectorizer.transform(probes))
    assert np.abs(ours.probabilities(probes) - theirs).max() < 1e-9


def test_the_model_file_holds_no_pickles():
    with np.load(reasons.SHIPPED_PATH, allow_pickle=False) as data:
        assert all(data[name].dtype != object for name in data.files)


def test_prediction_imports_neither_scipy_nor_scikit_learn():
    # onward.classifier's __init__ loads the rejection model (which uses scipy) before any of its
    # modules; reading a reason adds no scipy module to those, and no scikit-learn at all.
    probe = ("import sys\nimport onward.classifier\n"
             "before = {m for m in sys.modules if m.split('.')[0] == 'scipy'}\n"
             "from onward.classifier.reasons import stated_reason\n"
             "print(stated_reason('Hi,\\n\\nThe position has been filled.\\n\\nBest,\\nA')[0])\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'sklearn') and m not in before))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["position_filled", "[]"], out.stdout + out.stderr


def test_the_classes_are_the_reports():
    assert reasons.REASONS == data.REASONS
    assert tuple(reasons.shipped().classes) == tuple(sorted(data.REASONS))


@pytest.mark.parametrize("language,reason,text,sentence", STATED,
                         ids=[f"{lang}-{reason}" for lang, reason, _t, _s in STATED])
def test_each_reason_is_read_in_each_language(language, reason, text, sentence):
    label, confidence, found = stated_reason(text)
    assert (label, found) == (reason, sentence)
    assert reasons.THRESHOLD <= confidence <= 1.0


@pytest.mark.parametrize("language,text", LOOKALIKES, ids=[f"{lang}-{i}" for i, (lang, _t) in enumerate(LOOKALIKES)])
def test_sentences_that_look_like_a_reason_are_none(language, text):
    label, confidence, found = stated_reason(text)
    assert (label, found) == (NONE, None)
    assert 0.0 < confidence <= 1.0


@pytest.mark.parametrize("language,text", BARE, ids=[lang for lang, _t in BARE])
def test_a_bare_rejection_gives_none(language, text):
    assert stated_reason(text)[0] == NONE


def test_only_the_senders_new_text_is_read():
    # The reason stated in the quoted earlier mail, or in a signature's tagline, is not this mail's.
    text = ("Hi Priya,\n\nThanks for your note. I'm afraid we won't be moving forward.\n\nBest,\nTom\n"
            "Hiring: we fill every position internally first!\n\n"
            "On Mon, 3 Nov 2026 at 10:00, Priya <p@x.example> wrote:\n"
            "> Is it true that the position has been filled by an internal candidate?\n")
    assert stated_reason(text)[0] == NONE
    assert stated_reason(STATED[0][2] + "\n\nOn Mon, Tom wrote:\n> We hope to fill it soon.\n")[0] == \
        "position_filled"


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00\xff" * 50, ">" * 10_000, "a" * 200_000],
                         # short ids: pytest puts the test's id into the environment of subprocesses
                         ids=["empty", "blank", "binary", "quotes", "huge"])
def test_odd_text_is_none_and_never_raises(text):
    label, _confidence, found = stated_reason(text)
    assert label == NONE and found is None
