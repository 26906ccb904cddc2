"""What the tests of the draft templates share: the languages they cover, the marks of a render that
reads badly (a field left empty, a stray space or connector), every combination of known and unknown
fields, and the context a template is rendered with."""

from __future__ import annotations

import itertools
import re

LANGUAGES = ("en", "de", "fr", "es")
BAD = re.compile(r"None|\{\{|\}\}|\{%|  | [,.;:!?](?!\S)|\( | \)|^\s*,|Dear ,|Hello ,|Hi ,|Hallo ,|"
                 r"Guten Tag ,|Bonjour ,|Hola, :|Buenos días, :|\bthe role\b|\bthe  |Undefined|"
                 r"\bbei \.|\bchez \.|\ben \.|\bat \.|\bde \.|'s\b\s*\.", re.MULTILINE)
FIELDS = list(itertools.product(["", "Acme Analytics"], ["", "Data Analyst"], ["", "Julia"],
                                ["application", "interview"], [True, False]))


def context(language, kind, company, role, first_name, stage, formal, my_name="Alex Doe"):
    return {"company": company, "role": role, "first_name": first_name,
            "full_name": f"{first_name} Weber" if first_name else "",
            "formal_name": f"{first_name} Weber" if first_name else "", "stage": stage,
            "interview": stage == "interview", "formal": formal, "language": language, "kind": kind,
            "my_name": my_name, "my_email": "alex@example.com", "original_subject": "Your application"}
