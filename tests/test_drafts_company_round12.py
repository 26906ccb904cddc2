"""Classes of wrong company the round-12 mail showed: a job title the application phrase catches
("your interest in the Deckhand role") is no company, and a search firm writing from a domain
that ends in "selección" is the agency, not the employer it names.

Every mail here is written for this file; each test failed before its table entry was added.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.test_drafts_facts import mail


# (language, sender, subject, body, a word of the name the company must not be)
NOT_THE_COMPANY = [
    # A Deckhand post the interest phrase names is not the company.
    pytest.param(
        "en", "Crew Recruitment <recruitment@tidewatercruises.example>",
        "Deckhand / Crew Rating – Ref TW-0712",
        ("Hi Callum, thanks for your interest in the Deckhand / Crew Rating role. We won't be progressing "
         "your application on this occasion. Best of luck – Tidewater Recruitment"),
        "Deckhand",
        id="deckhand-post-in-interest-phrase"),
    # A search firm writing from a "selección" domain is not the employer.
    pytest.param(
        "es", "Laura Peña <laura.pena@corvelliberia-seleccion.example>",
        "Proceso Area Manager – Grupo Alimentario Ceravel",
        ("Hola Andrés,\n\nGracias por tu tiempo en la entrevista con Grupo Alimentario Ceravel el martes. "
         "Acabo de hablar con el Director Financiero y me comunica que han decidido avanzar con otro finalista "
         "para la posición de Area Manager, sobre todo por su experiencia en costes industriales.\n\nTu "
         "feedback ha sido muy positivo. Me gustaría seguir contando contigo para otros procesos: tengo un par "
         "de posiciones en el sector de alimentación que podrían encajarte.\n\nHablamos pronto.\n\n"
         "Laura Peña\nSenior Manager – Food & Retail\nCorvell Iberia Selección\nAvenida del Puerto 000, Valencia"),
        "Corvell",
        id="search-firm-on-seleccion-domain"),
]


@pytest.mark.parametrize("language, sender, subject, body, wrong", NOT_THE_COMPANY)
def test_the_company_is_not_the_name_the_mail_only_seems_to_give(language, sender, subject, body, wrong):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert wrong not in read.company
