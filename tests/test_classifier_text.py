"""message_text: what the model reads from a raw message, and that nothing in it ever raises."""

from __future__ import annotations

from email.message import EmailMessage

from onward.classifier import message_text
from onward.classifier.html_text import html_to_text
from onward.classifier.text import MAX_BODY_CHARS


def make(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = None,
         subject: str = "Your application", sender: str = "Acme Careers <careers@acme.example>") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["Subject"] = subject
    msg.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return msg.as_bytes()


def test_subject_sender_and_body_are_read():
    text = message_text(make("We have decided not to move forward."))
    assert text.splitlines()[0] == "Your application"
    assert "Acme Careers" in text and "careers acme" in text
    assert "not to move forward" in text


def test_encoded_headers_and_latin1_body_are_decoded():
    raw = make("Leider müssen wir Ihnen eine Absage erteilen.", charset="iso-8859-1", cte="quoted-printable",
               subject="Ihre Bewerbung bei Müller GmbH", sender="Jürgen Weiß <jw@mueller.de>")
    text = message_text(raw)
    assert "Ihre Bewerbung bei Müller GmbH" in text
    assert "Jürgen Weiß" in text
    assert "Leider müssen wir Ihnen eine Absage erteilen." in text


def test_base64_body_is_decoded():
    assert "Lamentablemente" in message_text(make("Lamentablemente no ha sido seleccionada.", cte="base64"))


def test_quoted_reply_is_removed():
    body = ("Thanks, we will be in touch.\n\nOn Mon, 3 Feb 2025 at 10:00, Alex <alex@example.org> wrote:\n"
            "> Unfortunately I must decline the offer.\n> Regards")
    text = message_text(make(body))
    assert "in touch" in text
    assert "decline" not in text and "Unfortunately" not in text


def test_quotes_in_other_languages_and_outlook_headers_are_removed():
    for marker in ("Am 03.02.2025 um 10:00 schrieb Alex Muster <a@b.de>:",
                   "Le lun. 3 févr. 2025 à 10:00, Alex <a@b.fr> a écrit :",
                   "El lun, 3 feb 2025 a las 10:00, Alex (<a@b.es>) escribió:",
                   "-----Original Message-----",
                   "From: Alex <a@b.com>\nSent: Monday, 3 February 2025 10:00"):
        text = message_text(make(f"New text here.\n\n{marker}\nOLD QUOTED TEXT\n"))
        assert "New text here." in text, marker
        assert "OLD QUOTED" not in text, marker


def test_signature_and_legal_footer_lines_are_dropped():
    body = ("Dear Alex,\nwe regret to tell you the position is filled.\n"
            "To unsubscribe from these emails click here.\n"
            "This email is confidential and intended only for the addressee.\n"
            "-- \nJane Doe\nHead of Talent")
    text = message_text(make(body))
    assert "position is filled" in text
    assert "unsubscribe" not in text.lower() and "confidential" not in text
    assert "Head of Talent" not in text


def test_rejection_sentences_mentioning_data_protection_are_kept():
    body = "Ihre Unterlagen werden wir gemäß Datenschutz vernichten. Leider keine Zusage."
    assert "Datenschutz vernichten" in message_text(make(body))


def test_html_only_message_is_read_as_text():
    markup = ("<html><head><style>p{color:red}</style><title>x</title></head><body>"
              "<p>Dear&nbsp;Alex,</p><p>we have decided to pursue <b>other candidates</b>.</p>"
              "<script>var secret = 1;</script><!-- hidden comment -->"
              "<blockquote>Earlier message: I accept</blockquote></body></html>")
    text = message_text(make(markup, subtype="html"))
    assert "Dear Alex," in text
    assert "we have decided to pursue other candidates." in text
    for hidden in ("color:red", "secret", "hidden comment", "I accept", "<p>"):
        assert hidden not in text


def test_plain_part_is_preferred_over_html_and_attachments_ignored():
    msg = EmailMessage()
    msg["Subject"] = "Update"
    msg.set_content("PLAIN version")
    msg.add_alternative("<p>HTML version</p>", subtype="html")
    msg.add_attachment(b"ATTACHED text file", maintype="text", subtype="plain", filename="cv.txt")
    text = message_text(msg.as_bytes())
    assert "PLAIN version" in text
    assert "HTML version" not in text and "ATTACHED" not in text


def test_gmail_quote_in_html_is_cut():
    markup = '<div>Thanks, see you Monday.</div><div class="gmail_quote">On Mon ... wrote: Rejected</div>'
    assert html_to_text(markup) == "Thanks, see you Monday."


def test_unknown_charset_and_binary_garbage_do_not_raise():
    raw = (b"Subject: =?x-unknown?q?caf=E9?=\r\nContent-Type: text/plain; charset=x-made-up\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64\xff\xfe\r\n")
    assert isinstance(message_text(raw), str)
    for raw in (b"", b"\x00\xff\xfe" * 100, b"Subject: only a header", b"\r\n\r\n\r\n",
                b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x--"):
        assert isinstance(message_text(raw), str)


def test_missing_parts_give_empty_text():
    assert message_text(b"") == ""
    assert message_text(b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz--\r\n") == ""


def test_huge_message_is_capped():  # how fast: bench/time_limits.py
    body = "We regret to inform you. " + "Lorem ipsum dolor sit amet. " * 400_000  # ~11 MB
    raw = make(body, subject="Huge")
    text = message_text(raw)
    assert text.startswith("Huge") and "We regret to inform you." in text
    assert len(text) <= MAX_BODY_CHARS + 1_000


def test_huge_html_is_read():  # how fast: bench/time_limits.py
    raw = make("<p>Unfortunately not this time.</p>" + "<div>x</div>" * 1_000_000, subtype="html")
    assert "Unfortunately not this time." in message_text(raw)


def test_a_forwarded_message_is_read_but_a_quoted_reply_is_cut():
    # An agency forwarding the client's decision: the decision is in the forwarded part (issue 10).
    forwarded = message_text(make(
        "Hi Sam, see below.\n\n---------- Forwarded message ---------\nFrom: Lee Moss <lee@corbitt.example>\n"
        "Date: Mon, 2 Mar 2026 at 10:02\nSubject: Feedback\n\nWe have chosen another candidate.\n\n"
        "On Fri, 27 Feb 2026, Ana wrote:\n> Please find Sam's CV attached.\n"))
    assert "We have chosen another candidate." in forwarded
    assert "Sam's CV" not in forwarded  # the quote inside the forwarded message is still cut
    reply = message_text(make("Thanks, we went with someone else.\n\nOn Mon, 2 Mar 2026, Sam wrote:\n"
                              "> Unfortunately I have not heard back yet.\n"))
    assert "someone else" in reply and "not heard back" not in reply


def test_a_forward_marked_like_a_quote_is_read_under_a_forwards_subject():
    # Outlook forwards with the same "Original Message" or "From: … Sent:" block as a reply, and
    # Thunderbird's "Mensaje original": under "Fwd:", "WG:", "TR:" or "RV:" the mail below is the
    # forwarded one and carries the decision; only a quote inside it is still cut.
    for subject, marker in (("Fwd: RE: Stores Supervisor", "-----Original Message-----\nFrom: Ines Roe <ines@kellbrook.example>\n"
                             "Sent: 01 December 2026 09:12"),
                            ("WG: Ihre Bewerbung", "-----Ursprüngliche Nachricht-----\nVon: Personal <hr@kellbrook.example>\n"
                             "Gesendet: Montag, 1. Dezember 2026 09:12"),
                            ("TR: Votre candidature", "From: Ines Roe <ines@kellbrook.example>\nSent: Monday 09:12"),
                            ("RV: Resultado", "-------- Mensaje original --------\nAsunto: Resultado\nDe: Comisión <c@kellbrook.example>")):
        text = message_text(make(f"For the jobcentre log, another one.\n\n{marker}\nTo: Sam\n\nWe have chosen another "
                                 "candidate for the post.\n\nOn Fri, 27 Nov 2026, Sam wrote:\n> I attach my CV.\n",
                                 subject=subject))
        assert "We have chosen another candidate" in text, subject
        assert "attach my CV" not in text, subject


def test_a_forward_quoted_line_by_line_is_read_without_the_marks():
    text = message_text(make("Te reenvío la respuesta del hotel.\n\n> De: Hotel Mirador <rrhh@mirador.example>\n"
                             "> Enviado: lunes\n>\n> Hemos cubierto la vacante con otra persona.\n",
                             subject="RV: Camarera de pisos"))
    assert "Hemos cubierto la vacante con otra persona." in text


def test_a_reply_keeps_cutting_its_quote_and_its_quoted_lines():
    # The same blocks under a reply's subject are the earlier mail: cut, as before.
    text = message_text(make("Thanks, we went with someone else.\n\n-----Original Message-----\nFrom: Sam\n"
                             "Sent: Monday\n\nI am still keen on the post.\n> older words\n",
                             subject="RE: Stores Supervisor"))
    assert "someone else" in text and "still keen" not in text and "older words" not in text
