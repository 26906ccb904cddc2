"""A few weeks of a job search in four languages, written for these tests (no real mail): five
applications and what came of them, with mail that is no answer to any of them.

- Fernwood Analytics (en): application received, then a rejection in its thread (In-Reply-To).
- Lindenhof Maschinenbau (de): Eingangsbestätigung with a Kennziffer, an interview invitation,
  then a rejection after the interview (same Kennziffer).
- Ardent Conseil (fr): accusé de réception, then a refusal (matched by company and role).
- Grupo Alcázar Verde (es): confirmación, an interview invitation, then an offer.
- Pinecrest Retail (en): application received, never answered (silent).

Each mail is (day, folder, bytes); `day` counts from the start of the search.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass

ME = "Sam Seeker <sam@example.net>"


@dataclass(frozen=True)
class JobMail:
    name: str
    day: float
    kind: str  # what it is, for the tests' expectations
    raw_of: object  # (start: float) -> bytes


def build(sender: str, subject: str, body: str, message_id: str, at: float, in_reply_to: str = "") -> bytes:
    headers = [f"From: {sender}", f"To: {ME}", f"Subject: {subject}",
               f"Date: {email.utils.formatdate(at)}", f"Message-ID: <{message_id}>"]
    if in_reply_to:
        headers += [f"In-Reply-To: <{in_reply_to}>", f"References: <{in_reply_to}>"]
    headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()


FERNWOOD = "Fernwood Analytics Talent <careers@fernwood-analytics.example>"
LINDENHOF = "Lindenhof Maschinenbau GmbH <bewerbung@lindenhof-maschinenbau.example>"
ARDENT = "Ardent Conseil - Recrutement <recrutement@ardent-conseil.example>"
ALCAZAR = "Grupo Alcázar Verde - Talento <talento@alcazarverde.example>"
PINECREST = "Pinecrest Retail Careers <no-reply@pinecrest-retail.example>"

MAILS = [
    ("fernwood-applied", 0, "INBOX", "applied", FERNWOOD,
     "We received your application for Data Analyst", """Dear Sam,

Thank you for applying for the Data Analyst position at Fernwood Analytics. We have received your
application and our recruiting team will review it carefully over the coming weeks.

If your profile matches the requirements, we will contact you to arrange the next steps.

Kind regards,
The Fernwood Analytics Talent Team
""", ""),
    ("lindenhof-applied", 1, "Archive", "applied", LINDENHOF,
     "Eingangsbestätigung Ihrer Bewerbung als Projektcontroller (m/w/d) - Kennziffer 2026-114",
     """Sehr geehrter Herr Seeker,

vielen Dank für Ihre Bewerbung als Projektcontroller (m/w/d) bei der Lindenhof Maschinenbau GmbH.
Ihre Unterlagen sind bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns
in den nächsten Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Lindenhof Maschinenbau GmbH
""", ""),
    ("ardent-applied", 3, "Archive", "applied", ARDENT,
     "Accusé de réception de votre candidature - Chargé de projet marketing digital",
     """Bonjour Sam,

Nous vous remercions pour votre candidature au poste de Chargé de projet marketing digital chez
Ardent Conseil. Nous l'avons bien reçue et notre équipe va l'étudier avec attention.

Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,
L'équipe Recrutement d'Ardent Conseil
""", ""),
    ("alcazar-applied", 5, "INBOX", "applied", ALCAZAR,
     "Confirmación de tu candidatura: Analista Financiero",
     """Hola Sam:

Gracias por presentar tu candidatura al puesto de Analista Financiero en Grupo Alcázar Verde.
Hemos recibido tu solicitud correctamente y nuestro equipo de selección la revisará en los
próximos días.

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Talento de Grupo Alcázar Verde
""", ""),
    ("lindenhof-invitation", 6, "INBOX", "invitation", LINDENHOF,
     "Einladung zum Vorstellungsgespräch - Projektcontroller (m/w/d), Kennziffer 2026-114",
     """Sehr geehrter Herr Seeker,

vielen Dank für Ihre Bewerbung als Projektcontroller (m/w/d). Ihre Unterlagen haben uns überzeugt,
und wir möchten Sie gerne zu einem persönlichen Vorstellungsgespräch einladen.

Wir schlagen Dienstag, den 14. um 10:00 Uhr in unserem Werk in Augsburg vor. Bitte bestätigen Sie
uns kurz, ob Ihnen der Termin passt.

Mit freundlichen Grüßen
Katrin Vogel
Personalabteilung, Lindenhof Maschinenbau GmbH
""", ""),
    ("pinecrest-applied", 7, "INBOX", "applied", PINECREST,
     "Application received: Customer Insights Analyst",
     """Hi Sam,

Thanks for applying for the Customer Insights Analyst role at Pinecrest Retail. Your application
has been received and is now with our hiring team, who will review it.

If your experience is a match, a recruiter will reach out to discuss next steps.

Pinecrest Retail Talent Acquisition
This mailbox is not monitored. Please do not reply.
""", ""),
    ("fernwood-rejection", 9, "INBOX", "rejection", FERNWOOD,
     "Re: We received your application for Data Analyst", """Dear Sam,

Thank you for your interest in Fernwood Analytics and for the time you invested in your
application for the Data Analyst position.

After careful review, we have decided not to move forward with your application. We received a
large number of strong applications for this role.

We wish you every success in your job search.

Kind regards,
The Fernwood Analytics Talent Team
""", "fernwood-applied"),
    ("alcazar-invitation", 10, "INBOX", "invitation", ALCAZAR,
     "Entrevista para el puesto de Analista Financiero",
     """Hola Sam:

Gracias por tu interés en el puesto de Analista Financiero en Grupo Alcázar Verde. Nos ha gustado
mucho tu perfil y nos gustaría invitarte a una entrevista con el equipo de finanzas.

¿Te vendría bien el jueves a las 11:00 por videollamada? Confírmanos tu disponibilidad, por favor.

Un saludo,
Lucía Moreno
Equipo de Talento, Grupo Alcázar Verde
""", ""),
    ("ardent-rejection", 12, "Archive", "rejection", ARDENT,
     "Votre candidature - Chargé de projet marketing digital",
     """Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez à Ardent Conseil et pour votre candidature au
poste de Chargé de projet marketing digital.

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas donner une suite favorable à votre candidature. Nous avons retenu un profil dont
l'expérience correspond plus étroitement à nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
L'équipe Recrutement d'Ardent Conseil
""", ""),
    ("newsletter", 13, "INBOX", "not_job", "Kettle & Quill <hello@kettlequill.example>",
     "Your order has shipped", """Hi Sam,

Good news: your order #48213 has shipped and should arrive within three working days.
You can follow your parcel with the tracking link in your account.

Thanks for shopping with Kettle & Quill!
""", ""),
    ("lindenhof-rejection", 20, "INBOX", "rejection", LINDENHOF,
     "Ihre Bewerbung als Projektcontroller (m/w/d) - Kennziffer 2026-114",
     """Sehr geehrter Herr Seeker,

vielen Dank für das angenehme Vorstellungsgespräch und Ihr Interesse an der Position als
Projektcontroller (m/w/d) bei der Lindenhof Maschinenbau GmbH.

Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen
Kandidaten entschieden haben, dessen Profil unseren Anforderungen noch genauer entspricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katrin Vogel
Personalabteilung, Lindenhof Maschinenbau GmbH
""", ""),
    ("alcazar-offer", 24, "INBOX", "offer", ALCAZAR,
     "Oferta de empleo: Analista Financiero",
     """Hola Sam:

Nos alegra mucho comunicarte que, tras el proceso de selección, queremos ofrecerte el puesto de
Analista Financiero en Grupo Alcázar Verde.

Te adjuntamos la oferta con las condiciones: salario, fecha de incorporación y beneficios. Te
agradeceríamos que nos confirmaras tu decisión antes del viernes.

¡Enhorabuena!
Lucía Moreno
Equipo de Talento, Grupo Alcázar Verde
""", ""),
]


def job_search(start: float) -> list[tuple[str, float, str, str, bytes]]:
    """(name, time, folder, kind, bytes) of each mail, the search starting at `start` (POSIX s)."""
    out = []
    for name, day, folder, kind, sender, subject, body, answers in MAILS:
        at = start + day * 86400 + 9 * 3600
        out.append((name, at, folder, kind,
                    build(sender, subject, body, f"{name}@jobs.example", at,
                          f"{answers}@jobs.example" if answers else "")))
    return out
