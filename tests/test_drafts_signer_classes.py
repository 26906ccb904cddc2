"""Whom a rejection's reply greets, by class of signature: a unit's line is nobody, a signer joined
to a team's compound, and formal French and Spanish closings the reader had not known."""

from __future__ import annotations

import pytest

from onward.drafts.rejection import read_rejection
from tests.support.mail import addressed_mail


def greeted(sender: str, subject: str, body: str) -> str:
    return read_rejection(addressed_mail(sender, subject, body)).full_name


AGENCY_NO = ("Hi Dana,\n\nThe client called back this morning. Sadly Riverside Foods picked an internal candidate"
             " for the Shift Lead – Weekends opening in Aurora. They liked your interview and your HACCP background."
             "\n\nKeep your chin up. I have two more lead roles that could suit you (both in Naperville). Shall I put"
             " you forward? Ring me when you have a minute.\n\n")
AGENCY_FOOTER = ("Tallgrass Staffing Group, LLC\nP: (402) 555-0144 ext. 31 | M: (402) 555-0190\n"
                 "www.tallgrass-staffing.example\n\nTallgrass Staffing Group is an equal opportunity employer. All"
                 " associates are employees of Tallgrass Staffing Group while on assignment.")


@pytest.mark.parametrize("sender, body, name", [
    # A unit's line under the signer ("Senior Recruiter – Industrial Division"), the mail ending in a
    # footer's sentence: the unit is no name.
    ("Marcus Reed <mreed@tallgrass-staffing.example>",
     AGENCY_NO + "Marcus Reed\nSenior Recruiter – Industrial Division\n" + AGENCY_FOOTER, "Marcus Reed"),
    # A German editorial office signing ("Volontariatsredaktion"): nobody to greet by name.
    ("Volontariatsredaktion Nordwelle <volo@nordwelle.example>",
     "Sehr geehrte Frau Kaya,\n\nleider können wir Ihnen keinen Platz im Volontariat 2027 anbieten."
     "\n\nMit freundlichen Grüßen\nVolontariatsredaktion\nNordwelle – Anstalt des öffentlichen Rechts\n", ""),
    # A signer joined to the team's compound ("und das Praxisteam"): the signer.
    ("Zahnarztpraxis Lindenhof <praxis@lindenhof-zahn.example>",
     "Liebe Frau Brandt,\n\ndie Stelle als ZFA ist inzwischen vergeben. Wir wünschen Ihnen alles Gute."
     "\n\nHerzliche Grüße\nDr. Helga Marquardt und das Praxisteam\nZahnarztpraxis Lindenhof\n", "Helga Marquardt"),
    # A Spanish closing written as a sentence ("me despido … especial consideración") under a
    # formal greeting that reads as a closing too ("Reciba un cordial saludo."): the last one closes.
    ("Rodrigo Paredes Vela <rparedes@minerandes.example>",
     "Estimado Sr. Quispe:\n\nReciba un cordial saludo.\n\nEn primer lugar, le agradezco su tiempo y su"
     " interés en Minerandes durante estas semanas.\n\nLe informamos que el proceso para el puesto de Jefe de"
     " Guardia ha concluido y hemos elegido a otro candidato.\n\nSi lo desea, con gusto puedo conversar con"
     " usted por teléfono.\n\nSin otro particular, me despido de usted con las muestras de mi especial"
     " consideración.\n\nRodrigo Paredes Vela\nJefe de Recursos Humanos\nMinerandes S.A.\n",
     "Rodrigo Paredes Vela"),
    # A French formal closing that opens otherwise ("Nous vous souhaitons … et vous prions d'agréer").
    ("Étude Wagner Lutz <secretariat@wagner-lutz.example>",
     "Maître,\n\nNous avons retenu une autre candidature pour le poste de collaborateur.\n\nNous vous"
     " souhaitons plein succès et vous prions d'agréer, Maître, nos salutations les meilleures.\n\n"
     "Me Sophie Wagner                Me Paul Lutz\nAssociée gérante                Associé\n", "Sophie Wagner"),
])
def test_greets_the_signer_of_each_class(sender: str, body: str, name: str) -> None:
    assert greeted(sender, "Votre candidature / Your application", body) == name


@pytest.mark.parametrize("body, name", [
    # "… und das Team" of two first names or a firm stays as before: a full name is needed.
    ("Hallo Jonas,\n\nleider hat es diesmal nicht geklappt.\n\nViele Grüße\nMia und das Praxisteam\n", ""),
    # A line that merely thanks for the consideration is no closing: the signer under the real one.
    ("Estimada Lucía:\n\nLe agradecemos su consideración. Hemos elegido a otra persona.\n\nAtentamente,\n"
     "Carmen Ibáñez\nSelección\n", "Carmen Ibáñez"),
    # A man named Division? No: but a name beside a division's line keeps the name ("Ana Ruiz, Sales Division").
    ("Hi Dana,\n\nWe have decided not to move forward.\n\nBest,\nAna Ruiz\nSales Division\n", "Ana Ruiz"),
])
def test_near_misses_keep_their_reading(body: str, name: str) -> None:
    assert greeted("Talent <talent@example.org>", "Your application", body) == name


NOTARY_NO = ("Madame,\n\nLe poste de clerc ayant été pourvu, nous ne pouvons donner suite à votre candidature."
             "\n\nSalutations distinguées,\n{signed}, notaire\n")


@pytest.mark.parametrize("sender, signed, name", [
    # A signer writing the first name's initials, sent under the full name: the full name.
    ("Gisèle Aubertin <g.aubertin@etude-aubertin.example>", "G. Aubertin", "Gisèle Aubertin"),
    ("Jean-Marc Ferrand <jm.ferrand@etude-ferrand.example>", "J-M Ferrand", "Jean-Marc Ferrand"),
    ("Gisèle Aubertin <g.aubertin@etude-aubertin.example>", "Me G. Aubertin", "Gisèle Aubertin"),
    # Initials the sender's first name does not open, another surname, or no person sending: nobody.
    ("Gisèle Aubertin <g.aubertin@etude-aubertin.example>", "C. Aubertin", ""),
    ("Gisèle Aubertin <g.aubertin@etude-aubertin.example>", "G. Lacroix", ""),
    ("Étude Aubertin <contact@etude-aubertin.example>", "G. Aubertin", ""),
])
def test_a_signer_by_initials_is_greeted_by_the_name_they_send_under(sender: str, signed: str, name: str) -> None:
    assert greeted(sender, "Votre candidature", NOTARY_NO.format(signed=signed)) == name
