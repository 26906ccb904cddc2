"""Test files share code only through tests/support/: none imports another test file, so moving or
splitting one never breaks another, and a helper has one home (the README's promise)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _is_test_module(dotted: str) -> bool:
    return dotted.rsplit(".", 1)[-1].startswith("test_")


def imported_test_modules(source: str) -> list[str]:
    """The test modules a Python source imports, in any form and at any depth (a function's own
    import too): the module or a name from it, from the tests package or relative to it (the forms
    are listed in the test below)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _is_test_module(alias.name)]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            if node.module and _is_test_module(node.module):
                found.append(module)
            else:  # the names may themselves be modules, taken from the package
                package = module if module.endswith(".") else module + "."
                found += [package + alias.name for alias in node.names if _is_test_module(alias.name)]
    return found


def files_importing_a_test_file(folder: Path = TESTS) -> dict[str, list[str]]:
    """Every Python file under `folder` (test files, tests/support, conftest) that imports a test file."""
    return {str(path.relative_to(folder)): modules for path in sorted(folder.rglob("*.py"))
            if (modules := imported_test_modules(path.read_text(encoding="utf-8")))}


def test_no_test_file_imports_another_test_file():
    assert files_importing_a_test_file() == {}, "move the helper into tests/support/"


def test_every_form_of_importing_a_test_file_is_found(tmp_path):
    other = "test_" + "follow"  # spelled in pieces, so that grepping the tests for such imports finds none here
    forms = [f"from tests.{other} import mail", f"import tests.{other}", f"from tests import {other}",
             f"from .{other} import mail", f"from . import {other}", f"def test_x():\n    from tests.{other} import mail\n"]
    for n, form in enumerate(forms):
        (tmp_path / f"test_form_{n}.py").write_text(form + "\n")
    (tmp_path / "test_fine.py").write_text("from tests.support.drafts import mail\nimport testing_tools\n"
                                           "from tests.support import stated\n")
    assert sorted(files_importing_a_test_file(tmp_path)) == [f"test_form_{n}.py" for n in range(len(forms))]
