"""What one module takes from another is that module's public name: a leading underscore says "only
here", so a name other modules import is made public where it is defined (renamed, every user with it).

No private name is imported across modules any more (session 23 made the last fifteen public); the
list stays for a name a merge brings back, and may only shrink: a new private import fails."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("daemon", "classifier", "drafts")

STILL_IMPORTED_PRIVATE: set[tuple[str, str]] = set()


def private_imports(source: str) -> set[tuple[str, str]]:
    """(module, name) of every private name `source` imports from an onward module."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("onward."):
            found |= {(node.module, a.name) for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")}
    return found


def private_names_imported() -> set[tuple[str, str]]:
    """(module, name) of every private name an onward module imports from another onward module."""
    return {found for package in PACKAGES for path in (ROOT / package).glob("*.py")
            for found in private_imports(path.read_text())}


def test_no_module_imports_another_modules_private_name_but_the_listed_ones() -> None:
    assert private_names_imported() - STILL_IMPORTED_PRIVATE == set()


def test_the_reader_sees_private_imports() -> None:
    """Probe: the reader finds a private import, however it is written (else it would find nothing at all)."""
    source = ("from onward.drafts.company_keys import (NAME_CONNECTORS, _LEGAL,\n    key)\n"
              "from onward.drafts import __version__\nfrom re import _compile\n")
    assert private_imports(source) == {("onward.drafts.company_keys", "_LEGAL")}
