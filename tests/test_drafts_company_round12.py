"""Classes of wrong company the round-12 mail showed: a job title the application phrase catches
("your interest in the Deckhand role") is no company, and a search firm that signs as a "Selección"
(its name or its consultant's title) is the agency, not the employer.

Every mail here is written for this file; each test failed before its table entry was added.
"""

from __future__ import annotations

from onward.drafts import read_rejection
from tests.test_drafts_facts import mail


def _not_stated(read, name: str) -> None:
    assert name not in read.company


def test_a_deckhand_post_the_interest_phrase_names_is_not_the_company():
    body = ("Hello Callum, thank you for your interest in the Deckhand position aboard our summer fleet. "
            "We will not be taking your application forward this time. Kind regards – Tidewater Cruises")
    read = read_rejection(mail(body, sender="Crew Hiring <crew@tidewatercruises.example>",
                               subject="Deckhand – seasonal crew"))
    _not_stated(read, "Deckhand")


def test_a_search_firm_signing_as_a_seleccion_is_not_the_employer():
    body = ("Hola Lucía:\n\nTe escribo tras hablar con la empresa sobre la posición de Jefa de Compras: han "
            "preferido a otra candidata con más experiencia en importación.\n\nGracias por tu tiempo; te "
            "tendré en cuenta para futuros procesos.\n\nUn saludo,\nMarta Ibáñez\nConsultora Senior\n"
            "Altavela Selección\nCalle Mayor 00, Valencia")
    read = read_rejection(mail(body, sender="Marta Ibáñez <marta.ibanez@altavela-seleccion.example>",
                               subject="Proceso Jefa de Compras", language="es"))
    _not_stated(read, "Altavela")


def test_a_consultants_seleccion_title_marks_the_agency_that_signs():
    body = ("Hola Pablo,\n\nYa tengo la respuesta de la empresa para la posición de Analista Financiero: "
            "siguieron con otra persona de la terna.\n\nSaludos,\nInés Quiroga\n"
            "Responsable de Selección – Norvanta Perú S.A.C.\n")
    read = read_rejection(mail(body, sender="Inés Quiroga <iquiroga@norvanta.example>",
                               subject="Tu proceso – Analista Financiero", language="es"))
    _not_stated(read, "Norvanta")
