"""The employer's own legal footer ("This email was sent by Brightfield Analytics Ltd, 4 King
Street", "Ce message a été envoyé par Maison Dufresne SAS") writes the words a system's carrier
line writes ("sent by X"). A name there is the mail's carrier only when it is not the sender's and
the mail writes it nowhere else; "via", "powered by" and "on behalf of" keep naming the carrier.

Every mail here is written for this file; each failed while any "sent by" name was a carrier.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.company_scope import carriers
from tests.support.drafts import mail

OWN_FOOTERS = [
    ("en", "Ashcombe Surveys <no-reply@ashcombesurveys.co.uk>", "Your application for Assistant Surveyor",
     "Dear Robin,\n\nThank you for applying for the Assistant Surveyor position. After reviewing your "
     "application, we have decided to proceed with other candidates.\n\nBest wishes,\nThe Recruitment Team\n\n"
     "This email was sent by Ashcombe Surveys Ltd, 18 Mill Lane, Leeds LS1 4AB.\n", "Ashcombe Surveys"),
    ("de", "Metzgerei Kranzbichler <jobs@metzgerei-kranzbichler.de>", "Ihre Bewerbung als Fleischer",
     "Hallo Frau Weidner,\n\nvielen Dank für Ihre Bewerbung. Leider haben wir uns für eine andere "
     "Bewerberin entschieden.\n\nViele Grüße\nIhr Team der Metzgerei Kranzbichler\n"
     "Mitglied im Landesverband Fleischerhandwerk Süd\n\n"
     "Diese E-Mail wurde automatisch durch Metzgerei Kranzbichler GmbH versendet.\n", "Metzgerei Kranzbichler"),
    ("fr", "Atelier Vernoux <rh@atelier-vernoux.fr>", "Votre candidature - Ébéniste",
     "Bonjour,\n\nMerci pour l'intérêt que vous portez à notre atelier. Après étude de votre dossier, nous ne "
     "pouvons pas retenir votre candidature au poste d'ébéniste.\n\nBien cordialement,\nService RH\n\n"
     "Ce message a été envoyé par Atelier Vernoux SARL, 4 rue des Forges, 21000 Dijon.\n", "Atelier Vernoux"),
    ("es", "Quesería Albarén <empleo@queseriaalbaren.es>", "Tu candidatura",
     "Hola Nuria:\n\nGracias por tu candidatura. Lamentablemente no continuaremos con tu proceso.\n\n"
     "Un saludo,\nEquipo de Personas\n\n"
     "Este correo ha sido enviado por Quesería Albarén S.L. conforme a la normativa de protección de datos.\n",
     "Quesería Albarén"),
]


@pytest.mark.parametrize("language, sender, subject, body, employer", OWN_FOOTERS)
def test_the_employers_own_sent_by_footer_keeps_the_employer(language, sender, subject, body, employer):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.record_company == employer
    assert read.company in ("", employer)


def test_an_associations_membership_line_is_never_the_company():
    read = read_rejection(mail(OWN_FOOTERS[1][3], sender=OWN_FOOTERS[1][1], subject=OWN_FOOTERS[1][2],
                               language="de"))
    assert "Landesverband" not in read.record_company
    assert "Landesverband" not in read.company


def test_a_footer_naming_the_signers_company_beside_a_group_keeps_the_company():
    # The signature gives the group's name; the sender and the footer the company's own.
    body = ("Dear Sam,\n\nThank you for applying for the Sous Chef position. We have now filled the vacancy.\n\n"
            "Kind regards,\nJo Pike\nHR Coordinator\nHalloway Inns\n\nThis email was sent by Brackwater Inn Ltd, "
            "Quay Street, Whitby.\n")
    read = read_rejection(mail(body, sender="Brackwater Inn <careers@brackwaterinn.co.uk>"))
    assert read.record_company == "Brackwater Inn"


def test_a_name_only_a_sent_by_line_gives_is_still_the_carrier():
    assert "talentwharf" in carriers("Thanks.\n\nThis email was sent by TalentWharf.")
    # the sender's own domain spells it: the employer's footer
    assert carriers("Thanks.\n\nThis email was sent by Ashcombe Surveys Ltd.", ("ashcombesurveys",)) == set()
    # the mail writes it elsewhere: the employer's footer
    assert carriers("Thank you for applying to Ashcombe Surveys.\n\nThis email was sent by Ashcombe Surveys.") == set()


@pytest.mark.parametrize("line", ["This email was sent via Ashcombe Surveys.", "Powered by Ashcombe Surveys",
                                  "Ashcombe Surveys on behalf of the employer"])
def test_via_powered_by_and_on_behalf_of_name_the_carrier_even_when_written_elsewhere(line):
    assert "ashcombesurveys" in carriers(f"Thank you for applying to Ashcombe Surveys.\n\n{line}",
                                         ("ashcombesurveys",))


def test_a_system_sending_in_its_own_name_stays_the_carrier():
    # The sender is the system itself; "by" it, with no legal form, and the body names the employer.
    text = "Merci pour votre candidature chez Tuilerie Marchal.\n\nMessage envoyé automatiquement par Candidoo."
    assert "candidoo" in carriers(text, ("candidoo", "Candidoo"))


def test_sent_by_the_senders_own_team_keeps_the_employer():
    body = ("Dear Robin,\n\nThank you for your application for the Stock Controller role. Unfortunately you have "
            "not been shortlisted.\n\nKind regards\n\nSent by Penhallow Dairies Recruitment Team\n")
    read = read_rejection(mail(body, sender="Penhallow Dairies <jobs@penhallowdairies.co.uk>"))
    assert read.record_company == "Penhallow Dairies"
