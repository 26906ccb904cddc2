"""Classes of wrong company the round-12 mail showed: a job title the application phrase catches
("your interest in the Deckhand role") is no company, and a search firm writing from a domain
that ends in "selección" is the agency, not the employer it names.

Every mail here is written for this file; each test failed before its table entry was added.
"""

from __future__ import annotations

from onward.drafts import read_rejection
from tests.test_drafts_facts import mail


def test_a_deckhand_post_the_interest_phrase_names_is_not_the_company():
    body = ("Hi Callum, thanks for your interest in the Deckhand / Crew Rating role. We won't be progressing "
            "your application on this occasion. Best of luck – Tidewater Recruitment")
    read = read_rejection(mail(body, sender="Crew Recruitment <recruitment@tidewatercruises.example>",
                               subject="Deckhand / Crew Rating – Ref TW-0712"))
    assert "Deckhand" not in read.company


def test_a_search_firm_writing_from_a_seleccion_domain_is_not_the_employer():
    body = ("Hola Andrés,\n\nGracias por tu tiempo en la entrevista con Grupo Alimentario Ceravel el martes. "
            "Acabo de hablar con el Director Financiero y me comunica que han decidido avanzar con otro finalista "
            "para la posición de Area Manager, sobre todo por su experiencia en costes industriales.\n\nTu "
            "feedback ha sido muy positivo. Me gustaría seguir contando contigo para otros procesos: tengo un par "
            "de posiciones en el sector de alimentación que podrían encajarte.\n\nHablamos pronto.\n\n"
            "Laura Peña\nSenior Manager – Food & Retail\nCorvell Iberia Selección\nAvenida del Puerto 000, Valencia")
    read = read_rejection(mail(body, sender="Laura Peña <laura.pena@corvelliberia-seleccion.example>",
                               subject="Proceso Area Manager – Grupo Alimentario Ceravel", language="es"))
    assert "Corvell" not in read.company
