"""Which of the supported languages a rejection is written in, and whether it says "Sie"/"vous".

Counting frequent function words is enough to tell English, German, French and Spanish apart
in a mail of a few sentences; no model is needed.
"""

from __future__ import annotations

import re

SUPPORTED = ("en", "de", "fr", "es")
_STOPWORDS = {
    "en": set("""the and you your for we to of with have this that our thank thanks position
        application unfortunately regards will not are been decided other candidates time best hi
        dear would all at it be is on as from us""".split()),
    "de": set("""und die der das sie ihre ihr wir nicht für mit vielen dank bewerbung leider uns
        ihnen haben eine grüße dich dein deine dir auf stelle zu ist den dem von wünschen freundlichen
        sehr geehrte geehrter hallo dass entschieden""".split()),
    "fr": set("""le les des et vous votre nous pour pas une un candidature poste merci avons sommes
        est que qui au du cordialement bonjour malheureusement suite avec ne dans vos nos été
        regret profil""".split()),
    "es": set("""el los las y que en por para su tu le te candidatura puesto gracias hemos nos con
        una del al saludos hola lamentablemente proceso tus sus posición interés mucho estimado
        estimada""".split()),
}
# Languages we cannot answer in yet, told apart from the four so that their mail is answered in
# English rather than in whichever supported language shares a few words (Italian is not Spanish).
_UNSUPPORTED = {
    "it": set("""il lo la gli di che per non con una uno sono della delle nella gentile grazie la
        ringraziamo abbiamo deciso posizione nostro nostra cordiali saluti purtroppo altro
        candidato questa""".split()),
    "pt": set("""o os as um uma não com para obrigado obrigada agradecemos vaga nossa nosso você
        seu sua atenciosamente infelizmente processo seletivo decidimos outro""".split()),
    "nl": set("""de het een en van voor niet met wij jouw uw je bedankt dank sollicitatie helaas
        functie hebben besloten andere kandidaat groet vriendelijke""".split()),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Case matters for German: "Sie"/"Ihnen" are the polite form, "sie" is "they".
_FORMAL = {
    "de": re.compile(r"\b(?:Sie|Ihnen|Ihre|Ihr|Ihrer|Ihren|Ihrem)\b"),
    "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:usted|ustedes|le agradecemos|su candidatura|su inter[ée]s|su perfil|reciba)\b",
                     re.IGNORECASE),
}
_INFORMAL = {
    "de": re.compile(r"\b(?:du|dich|dir|dein|deine|deiner|deinen|deinem|euch|euer)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:tu|toi|ton|ta|tes)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:tú|tu|tus|te|ti|contigo|postularte|conocerte)\b", re.IGNORECASE),
}


def detect(text: str) -> str:
    """"en", "de", "fr" or "es"; English when the text gives too little to go on, or is in a
    language onward cannot answer in."""
    known = {**_STOPWORDS, **_UNSUPPORTED}
    counts = {lang: 0 for lang in known}
    for word in _WORD.findall(text.lower()):
        for lang, words in known.items():
            if word in words:
                counts[lang] += 1
    best = max(known, key=lambda lang: counts[lang])
    return best if counts[best] >= 3 and best in SUPPORTED else "en"


def is_formal(text: str, language: str) -> bool:
    """Whether the sender used the polite form; a reply should never be less formal than that."""
    if language not in _FORMAL:
        return True
    return len(_FORMAL[language].findall(text)) >= len(_INFORMAL[language].findall(text))
