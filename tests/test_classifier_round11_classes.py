"""Round 11's forwarded rejections: a colleague, an adviser or the applicant passes the employer's
answer on under a forward's subject ("Fwd:", "RV:", "TR:").

Mail clients forward with the same "Original Message" or "From: … Sent:" block as a reply (Outlook,
and "Mensaje original" in Thunderbird): the decision is in the forwarded part, which used to be cut
as a quote, so only the forwarder's note was read. Each mail is written for this test (none is a
corpus line), in English, German, French and Spanish.
"""

from __future__ import annotations

import pytest

from tests.support.classifier import THRESHOLD, mail, model  # noqa: F401 (model: the fixture)


FORWARDED = {
    "en, a note for the jobcentre over Outlook's block": mail(
        "Sam Rivera <sam.rivera@example.org>", "Fwd: RE: Stores Supervisor – Kellbrook Foods",
        "Another one for the jobcentre folder. Dee reckons the Wakefield job is still open.\n\n"
        "-----Original Message-----\nFrom: Ines Roe <ines.roe@kellbrook.example>\nSent: 01 December 2026 09:12\n"
        "To: Dee Hart <dee@rightstep-recruit.example>\nCc: Sam Rivera <sam.rivera@example.org>\n"
        "Subject: RE: Stores Supervisor – Kellbrook Foods\n\nHi Dee, Sam,\n\nThanks for your patience. We "
        "have decided not to go ahead with Sam for the stores supervisor post, as we need someone who has "
        "already run a chilled warehouse.\n\nInes Roe\nOperations Manager, Kellbrook Foods"),
    "es, a colleague passes on the committee's letter": mail(
        "Nuria Pardo <nuria.pardo@aguasdelvalle.example>", "Fwd: Resultado del proceso – Oficial de Mantenimiento",
        "Hola Sam:\n\nTe reenvío la carta de la Comisión, que por lo visto se quedó en tu carpeta de spam. "
        "¿Seguimos en pie para el café del jueves?\n\nNuria\n\n-------- Mensaje original --------\nAsunto: "
        "Resultado del proceso – Oficial de Mantenimiento\nFecha: 01/12/2026 12:40\nDe: Comisión de Selección "
        "<seleccion@aguasdelvalle.example>\nPara: Sam Rivera <sam.rivera@example.org>\n\nEstimado Sr. Rivera:\n\n"
        "Su puntuación en la prueba práctica (3,9 sobre 10) no alcanza el mínimo de 5 puntos, por lo que "
        "no continúa en el proceso de selección.\n\nLa Comisión de Selección"),
    "de, the applicant keeps it for the Jobcenter, Outlook's German block": mail(
        "Sam Rivera <sam.rivera@example.org>", "WG: AW: Bewerbung Fachkraft für Lagerlogistik",
        "Für die Unterlagen beim Jobcenter. Die Beraterin meint, in Hilden ist noch etwas frei.\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Petra Lang <p.lang@moselfracht.example>\nGesendet: Dienstag, "
        "1. Dezember 2026 10:05\nAn: Sam Rivera <sam.rivera@example.org>\nBetreff: AW: Bewerbung Fachkraft für "
        "Lagerlogistik\n\nHallo Herr Rivera,\n\ndanke für Ihre Nachfrage. Wir haben uns für einen Bewerber "
        "entschieden, der den Staplerschein schon hat, und können Ihnen die Stelle daher leider nicht "
        "anbieten.\n\nFreundliche Grüße\nPetra Lang\nPersonal, Moselfracht GmbH"),
    "fr, the adviser forwards the hotel's answer line by line": mail(
        "Claire Dumas <claire.dumas@mission-emploi.example>", "TR: Candidature femme de chambre",
        "Bonjour Sam,\n\nJe te transfère la réponse de l'hôtel. Ne t'inquiète pas, je te propose cette "
        "semaine pour les deux postes en blanchisserie.\n\nClaire\n\n> De : Gouvernante – Hôtel du Port "
        "<gouvernante@hoteldu-port.example>\n> Envoyé : mardi 1 décembre 2026 10:20\n>\n> Bonjour Claire,\n"
        "> Merci pour le CV de Sam. Nous avons finalement pourvu les deux postes avec des personnes de notre "
        "liste d'extras, nous ne pourrons donc pas retenir sa candidature.\n> Cordialement,\n> Martine Roux"),
}

@pytest.mark.parametrize("name", sorted(FORWARDED))
def test_a_rejection_forwarded_under_a_quote_like_block_is_caught(model, name):
    p = model.classify(FORWARDED[name], THRESHOLD).probability
    assert p >= THRESHOLD, f"{name}: p={p:.3f}"

