"""A rejection in a language onward cannot answer in gets an English reply, never another one's."""

from __future__ import annotations

import pytest

from onward.drafts.language import detect

ITALIAN = ("La sua candidatura per Analista Dati\nGentile Sam, la ringraziamo per il tempo dedicato "
           "al colloquio per la posizione di Analista Dati presso Azienda Verdi. Dopo attenta "
           "valutazione, abbiamo deciso di proseguire con un altro candidato il cui profilo "
           "corrisponde maggiormente alle nostre esigenze. Le auguriamo il meglio per il futuro. "
           "Cordiali saluti, Giulia Rossi")
PORTUGUESE = ("Olá Sam, agradecemos o seu interesse na vaga de Analista. Infelizmente decidimos "
              "seguir com outro candidato neste processo seletivo. Atenciosamente, Equipe de RH")
DUTCH = ("Beste Sam, bedankt voor je sollicitatie voor de functie van analist. Helaas hebben wij "
         "besloten om met een andere kandidaat verder te gaan. Met vriendelijke groet, Anouk")


@pytest.mark.parametrize("text", [ITALIAN, PORTUGUESE, DUTCH])
def test_unsupported_languages_get_english(text):
    assert detect(text) == "en"


@pytest.mark.parametrize("text, language", [
    ("Sehr geehrte Frau Vogel, vielen Dank für Ihre Bewerbung. Leider haben wir uns entschieden.", "de"),
    ("Bonjour, merci pour votre candidature. Malheureusement nous ne pouvons pas donner suite.", "fr"),
    ("Hola Ana, gracias por tu interés en el puesto. Lamentablemente hemos decidido seguir con otros.", "es"),
    ("Dear Sam, thank you for your application. Unfortunately we have decided to move on.", "en"),
])
def test_the_four_are_still_told_apart(text, language):
    assert detect(text) == language
