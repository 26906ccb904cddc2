"""The employer of a rejection the applicant forwarded to someone (a parent, a friend) is read from
the forwarded mail: its sender, subject and signature, never the note's webmail address or "Fwd:".

Every mail here is written for this file. Each test failed before the forwarded mail was read
for the company (the note's own sender domain or nothing was taken).
"""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.forwarded import find_forward
from tests.support.drafts import mail
from tests.support.stated import assert_company_read


def _forwarded(note: str, inner_from: str, inner_subject: str, inner: str, sender: str,
               mark: str = "---------- Forwarded message ---------", language: str = "en") -> bytes:
    body = (f"{note}\n\n{mark}\nFrom: {inner_from}\nDate: Tue, 3 Nov 2026 at 09:12\n"
            f"Subject: {inner_subject}\nTo: {sender}\n\n{inner}")
    return mail(body, sender=sender, subject=f"Fwd: {inner_subject}", language=language)


def test_the_employer_of_a_forwarded_rejection_is_the_forwarded_senders():
    raw = _forwarded("Hi Mum, see below - no luck with this one. Talk tonight.\n\nPriya",
                     "Careers <careers@thornfield-optics.example>", "Your application - Lab Technician",
                     "Dear Priya,\n\nThank you for applying for the Lab Technician role. We have decided not "
                     "to take your application further.\n\nBest wishes,\nRecruitment Team\nThornfield Optics\n",
                     "Priya Shah <priya.shah@webpost.example>")
    r = read_rejection(raw)
    assert_company_read(r, "Thornfield Optics")
    assert "Webpost" not in r.facts["company"].value


def test_the_employer_of_a_forwarded_spanish_rejection_comes_from_its_signature():
    raw = _forwarded("Hola papá,\n\nte reenvío la respuesta, no ha habido suerte.\n\nUn beso,\nLucía",
                     "Selección Conservas Albora <seleccion@conservasalbora.example>",
                     "Su candidatura – Técnica de Calidad",
                     "Estimada Lucía:\n\nLe agradecemos su interés. Tras valorar su candidatura, hemos decidido "
                     "continuar con otros perfiles.\n\nAtentamente,\nDepartamento de Selección\nConservas Albora\n",
                     "Lucía Ferrer <lucia.ferrer@correoweb.example>",
                     mark="---------- Mensaje reenviado ---------", language="es")
    r = read_rejection(raw)
    assert_company_read(r, "Conservas Albora")


def test_a_forward_is_parsed_once_with_its_headers_as_written():
    raw_text = ("Hi Mum, see below.\n\n---------- Forwarded message ---------\n"
                "From: Martine Delmas <m.delmas@ateliers-delmas.example>\nSubject: Your application\n"
                "To: Priya Shah <priya.shah@webpost.example>\n\nDear Priya,\n\nWe will not proceed.\n\nMartine")
    forward = find_forward(raw_text, "Fwd: Your application", "Priya Shah", "priya.shah@webpost.example")
    assert forward is not None
    assert forward.sender == ("Martine Delmas", "m.delmas@ateliers-delmas.example")
    assert forward.subject == "Your application"
    assert forward.body.strip().startswith("Dear Priya")
