"""Role titles with inclusive endings in brackets (read whole, and written back as the mail wrote
them), and phrases that only look like roles."""

import pytest

from onward.drafts.role import find_role


@pytest.mark.parametrize("body, language, role", [
    ("Nous ne donnerons pas suite à votre candidature pour le poste de Chargé(e) de projet "
     "marketing digital.", "fr", "Chargé(e) de projet marketing digital"),
    ("Gracias por su interés en el puesto de Ingeniero(a) de Datos en nuestra empresa.", "es",
     "Ingeniero(a) de Datos"),
    ("You are welcome to apply for our summer internships or for future graduate intakes.", "en", ""),
    ("Thank you for applying for the Research and Development Engineer position.", "en",
     "Research and Development Engineer"),
])
def test_roles(body, language, role):
    assert find_role(body, "", language, set()) == role
