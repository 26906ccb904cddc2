"""The layer markers tests/conftest.py gives: what makes a test `e2e`, and that a plain test is `unit`."""

from __future__ import annotations

import subprocess

from tests.conftest import _starts_a_process
from tests.support import helpers


def _pure(text: str) -> str:
    return text.upper()


def _runs_a_tool() -> str:
    return subprocess.run(["true"], check=True).args[0]


def _calls_the_cli() -> int:
    return helpers.onward("--version").returncode


def test_a_function_that_starts_a_process_directly_or_through_a_helper_is_e2e():
    assert _starts_a_process(_runs_a_tool, set())
    assert _starts_a_process(_calls_the_cli, set())  # helpers.onward -> subprocess.run
    assert _starts_a_process(helpers.start_onward, set())
    assert not _starts_a_process(_pure, set())
    assert not _starts_a_process(helpers.wait_for, set())


def test_this_test_is_in_the_quick_loop(request):
    assert request.node.get_closest_marker("unit") is not None
    assert request.node.get_closest_marker("e2e") is None and request.node.get_closest_marker("imap") is None


def test_a_test_with_a_mailbox_is_imap(request, mail_user):
    assert request.node.get_closest_marker("imap") is not None
    assert request.node.get_closest_marker("unit") is None
