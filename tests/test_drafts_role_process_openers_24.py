"""Titles written with no article after the process or the round they were interviewed in ("our
recruitment process for Front Office Manager at ...", "nuestro proceso para Ama de Llaves Ejecutiva"):
read as the role; an employer or a programme after the same words is not. Mails written for these
tests (no corpus mail)."""

import pytest

from onward.drafts.role import find_role


@pytest.mark.parametrize("body, language, role", [
    pytest.param("Thank you for taking part in our recruitment process for Night Auditor at Quayside Hotels. "
                 "We have offered the post to another applicant.", "en", "Night Auditor", id="en-process-for"),
    pytest.param("Thanks for making it to the final round for Platform Engineer. We went with someone else.",
                 "en", "Platform Engineer", id="en-round-for"),
    pytest.param("Gracias por participar en nuestro proceso para Recepcionista de Noche en el hotel de Cádiz. "
                 "Hemos elegido a otra persona.", "es", "Recepcionista de Noche", id="es-nuestro-proceso-para"),
    pytest.param("Le informamos de que ha finalizado el proceso de selección para Analista de Compras. No ha "
                 "sido seleccionado.", "es", "Analista de Compras", id="es-proceso-de-seleccion-para"),
])
def test_a_title_after_the_process_or_round_is_read(body, language, role):
    assert find_role(body, "", language, set()) == role


@pytest.mark.parametrize("body, language", [
    # An employer, a programme or a field after the same words: no job word last, no title.
    pytest.param("Thank you for your patience during the hiring process for Ledgerly. We will not move forward.",
                 "en", id="en-employer"),
    pytest.param("Thank you for joining the assessment round for Graduate Intake 2027. We will not move forward.",
                 "en", id="en-programme"),
    pytest.param("The process for Apex Engineers is closed, and we will not move forward with you.", "en",
                 id="en-firm-of-plural-job-word"),
    # Lower case after the words: a phrase, not a title.
    pytest.param("The process for new hires has changed, and we will not move forward with you.", "en",
                 id="en-lower-case"),
    pytest.param("Ya terminamos nuestro proceso para Grupo Alcor y no seguiremos con tu candidatura.", "es",
                 id="es-employer"),
])
def test_no_title_where_the_words_are_followed_by_no_title(body, language):
    assert find_role(body, "", language, set()) == ""
