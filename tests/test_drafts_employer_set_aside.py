"""A name the company's rules set aside (the system that carried the mail, a group beside its
company) is no part of the role either; and a group the candidate's own application names ("el
puesto de Jefa de Tienda en Grupo Robledo") is the employer, though the footer lists its companies.

Every mail here is written for this file; each failed before (the role kept the name, or the
group was left out while the role swallowed it).
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail

GROUP_THE_APPLICATION_NAMES = [
    ("es", "Selección <seleccion@gruporobledo.example>", "Hola Kim:\n\nTe agradecemos tu interés en el puesto de "
     "Jefa de Tienda en Grupo Robledo. Tras revisar tu perfil, hemos decidido continuar con otras candidaturas.\n\n"
     "Saludos,\nSelección\nGrupo Robledo\nRobledo Supermercados S.L. · Robledo Logística S.L.\n",
     "Grupo Robledo", "Jefa de Tienda"),
    ("es", "Selección <seleccion@grupoarbeca.example>", "Hola Kim:\n\nGracias por tu candidatura al puesto de "
     "Analista Financiero en Grupo Arbeca. Tu perfil también fue revisado por el equipo de Arbeca Inmobiliaria "
     "S.L., pero no hemos podido avanzar.\n\nUn saludo,\nRecursos Humanos\nGrupo Arbeca\n",
     "Grupo Arbeca", "Analista Financiero"),
    ("fr", "Recrutement <recrutement@groupe-vaumoret.example>", "Bonjour Kim,\n\nNous vous remercions pour votre "
     "candidature au poste de Chef de Rayon chez Groupe Vaumoret. Nous ne pouvons pas y donner une suite "
     "favorable.\n\nCordialement,\nService Recrutement\nGroupe Vaumoret\nVaumoret Bois SAS · Vaumoret "
     "Distribution SAS\n", "Groupe Vaumoret", "Chef de Rayon"),
    # The English role already stopped at "at"; the group was left out.
    ("en", "Careers <careers@pellinggroup.example>", "Dear Kim,\n\nThank you for your application for the Stock "
     "Controller role at Pelling Group. We will not take it further.\n\nKind regards,\nTalent Team\nPelling Group\n"
     "Pelling Foods Ltd | Pelling Freight Ltd\n", "Pelling Group", "Stock Controller"),
]


@pytest.mark.parametrize("language, sender, body, group, role", GROUP_THE_APPLICATION_NAMES)
def test_a_group_the_candidates_application_names_is_the_employer_and_no_part_of_the_role(language, sender, body,
                                                                                          group, role):
    read = read_rejection(mail(body, sender=sender, subject="Candidatura", language=language))
    assert read.record_company == group
    assert read.record_role == role
    assert read.role in ("", role)


def test_a_carrier_set_aside_is_no_part_of_the_role():
    body = ("Hola Kim:\n\nGracias por tu interés en el puesto de Técnico de Calidad en Reclutia. Lamentablemente no "
            "seguiremos adelante.\n\nSaludos,\nConservas Abril\n\nCorreo enviado automáticamente mediante Reclutia.\n")
    read = read_rejection(mail(body, sender="Empleo <empleo@conservasabril.example>", subject="Candidatura",
                               language="es"))
    assert read.record_company == "Conservas Abril"
    assert read.record_role == "Técnico de Calidad"
    assert read.role in ("", "Técnico de Calidad")
