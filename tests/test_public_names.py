"""What one module takes from another is that module's public name: a leading underscore says "only
here", so a name other modules import is made public where it is defined (renamed, every user with it).

The private names still imported across modules are listed here, to be made public once the work on
the company and role readers in flight is merged (renaming them now would touch every line those
changes touch); the list may only shrink: a new private name imported across modules fails."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("daemon", "classifier", "drafts")

STILL_IMPORTED_PRIVATE = {
    ("onward.drafts.company", "_PARTNERS"), ("onward.drafts.company", "_PUBLIC_BODIES"),
    ("onward.drafts.company", "_own_word"), ("onward.drafts.company_keys", "_LEGAL"),
    ("onward.drafts.company_keys", "_acronym"), ("onward.drafts.company_scope", "_NAME_RUN"),
    ("onward.drafts.role", "_post_phrases"), ("onward.drafts.role_comma", "_LOWER_CASE_FIELDS"),
    ("onward.drafts.role_title", "_GENDER_INSIDE"), ("onward.drafts.role_title", "_MARKED_ENDING"),
    ("onward.drafts.role_title", "_REQUISITION_INSIDE"), ("onward.drafts.role_title", "_TITLE_CASE_LANGUAGES"),
    ("onward.drafts.role_title", "_any_of"), ("onward.drafts.role_title", "_same_word"),
    ("onward.drafts.role_title", "_without_sentence_tail"),
}


def private_names_imported() -> set[tuple[str, str]]:
    """(module, name) of every private name an onward module imports from another onward module."""
    found = set()
    for package in PACKAGES:
        for path in (ROOT / package).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("onward."):
                    found |= {(node.module, a.name) for a in node.names
                              if a.name.startswith("_") and not a.name.startswith("__")}
    return found


def test_no_module_imports_another_modules_private_name_but_the_listed_ones() -> None:
    assert private_names_imported() - STILL_IMPORTED_PRIVATE == set()


def test_the_reader_sees_private_imports() -> None:
    """Probe: the reader finds the listed ones still there (else it would find nothing at all)."""
    assert ("onward.drafts.company_keys", "_LEGAL") in private_names_imported()
