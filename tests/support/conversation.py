"""The conversation after a rejection, written for these tests (no real mail): rejections in German
and French, the employer's answers (feedback in English, German and French, and a kind answer with
none) with the sentences of feedback they hold; a message with the threading headers a mail client
writes; the user sending onward's draft, or answering a rejection from a folder of their choosing."""

from __future__ import annotations

import email
import email.utils
import time

from tests.support.helpers import drafts_in, poll, rejections
from tests.support.mail import rejection

HOURS_3 = 3 * 3600

EN_FEEDBACK = """Hi Sam,

Thanks for your kind note, and happy to share what the panel said.

Your SQL exercise was excellent, but the panel felt your answers on stakeholder management stayed \
too general. They would have liked a concrete example of a project you led from start to finish.

Good luck with your search!

Best,
Priya Raman
Talent Partner, Fernwood Analytics

On Mon, 30 Nov 2026, Sam Seeker wrote:
> Dear Priya,
> Thank you for letting me know. Your stakeholder management questions were great. Could you \
share any feedback?
"""
EN_SENTENCES = [
    "Your SQL exercise was excellent, but the panel felt your answers on stakeholder management "
    "stayed too general.",
    "They would have liked a concrete example of a project you led from start to finish."]

DE_REJECTION = """Sehr geehrter Herr Seeker,

vielen Dank für Ihre Bewerbung als Controller (m/w/d) und Ihr Interesse an der Lindenhof Logistik GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für eine andere \
Kandidatin entschieden haben, deren Profil noch besser zu unseren Anforderungen passt.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Katrin Vogel
Personalabteilung, Lindenhof Logistik GmbH
"""
DE_FEEDBACK = """Hallo Herr Seeker,

danke für Ihre Nachricht, gerne gebe ich Ihnen eine Rückmeldung aus dem Auswahlgremium.

Der Hauptgrund für unsere Entscheidung war fehlende Erfahrung mit SAP S/4HANA, mit dem unser \
gesamtes Controlling arbeitet. Im Fachgespräch blieb Ihre Antwort zur Konzernkonsolidierung zudem \
recht allgemein – die Kollegen hätten gerne gehört, wie Sie konkret vorgegangen sind.

Ich wünsche Ihnen viel Erfolg für Ihre weitere Suche.

Mit freundlichen Grüßen
Katrin Vogel
Personalabteilung, Lindenhof Logistik GmbH

Am 01.12.2026 um 09:12 schrieb Sam Seeker:
> Sehr geehrte Frau Vogel,
> vielen Dank für Ihre Nachricht. Könnten Sie mir eine kurze Rückmeldung geben?
"""
DE_SENTENCES = [
    "Der Hauptgrund für unsere Entscheidung war fehlende Erfahrung mit SAP S/4HANA, mit dem unser "
    "gesamtes Controlling arbeitet.",
    "Im Fachgespräch blieb Ihre Antwort zur Konzernkonsolidierung zudem recht allgemein – die "
    "Kollegen hätten gerne gehört, wie Sie konkret vorgegangen sind."]
THANKS_ONLY = """Hi Sam,

Thank you for your kind words, it was a pleasure to meet you. We wish you all the best in your search.

Best,
Jo
"""
FR_REJECTION = """Bonjour Monsieur Seeker,

Nous vous remercions de l'intérêt que vous portez à Maison Verlaine et du temps consacré à nos \
entretiens.

Après une étude attentive de votre candidature, nous avons le regret de vous informer que nous \
avons retenu un autre candidat dont le profil correspond davantage à nos besoins.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
Claire Dubois
Responsable recrutement, Maison Verlaine
"""
FR_FEEDBACK = """Bonjour Sam,

Merci pour votre message, voici le retour du jury.

Votre étude de cas était bien structurée, mais il vous manquait une expérience concrète de la \
gestion de budget, qui est au cœur du poste. Le jury a aussi trouvé que vos réponses sur le \
management d'équipe restaient trop théoriques.

Je vous souhaite bonne continuation.

Cordialement,
Claire Dubois
Responsable recrutement, Maison Verlaine

Le 2 déc. 2026 à 10:04, Sam Seeker a écrit :
> Bonjour Claire, merci pour votre réponse. Auriez-vous un retour ?
"""


def threaded_mail(sender: str, subject: str, body: str, message_id: str, date: float,
                  in_reply_to: str = "", references: str = "", to: str = "Sam Seeker <sam@example.net>") -> bytes:
    """A message with the threading headers a mail client writes."""
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}",
             f"Date: {email.utils.formatdate(date)}", f"Message-ID: {message_id}"]
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def message_id_of(raw: bytes) -> str:
    return email.message_from_bytes(raw)["Message-ID"].strip()


def send_the_draft(user) -> bytes:
    """The user sends onward's draft: their client moves it to Sent (In-Reply-To kept)."""
    with user.client() as c:
        c.select_folder("Drafts")
        uid = c.search("ALL")[0]
        raw = c.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
        c.move([uid], "Sent")
    return raw


def reply_to(original: bytes) -> bytes:
    msgid = email.message_from_bytes(original)["Message-ID"]
    return (f"From: sam@example.net\r\nTo: priya@fernwood.example\r\nSubject: Re: thanks\r\n"
            f"In-Reply-To: {msgid}\r\nReferences: {msgid}\r\n\r\nThank you!\r\n").encode()


def replied_in(mail_user, folder: str, write_config, **imap) -> tuple[list, list[dict], bytes]:
    """Two rejections; the user answers the first from `folder`; the delay passes. Returns the
    drafts, the rejections as `status` lists them, and the rejection still waiting for a draft."""
    with mail_user.client() as c:
        c.create_folder(folder)  # an ordinary folder: no \\Sent attribute
    path = write_config(mail_user, extra='[drafts]\ndelay = "2h"', **imap)
    answered, other = rejection(1), rejection(2, sender="Ola Berg <ola@northwind.example>")
    mail_user.drop(answered)
    mail_user.drop(other)
    now = time.time()
    poll(path, now)
    mail_user.append(reply_to(answered), folder=folder)
    poll(path, now + HOURS_3)
    return drafts_in(mail_user), rejections(path), other
