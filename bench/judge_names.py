"""How the judges (bench/facts_judge.py, bench/independent_quality.py) read a company's name: its
legal form dropped and its comparison key, by the judges' own frozen list of legal forms
(bench/facts_judge_words.toml `legal_forms`), never the extractor's tables. A legal form the
extractor learns must not change how its output is judged: with the tables' list, adding "SpA"
made "Viña Andes" right for "Viña Andes SpA" to both judges in the same commit that made the
drafts say it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from onward.drafts.lexicon import fold

_FORMS = tomllib.loads((Path(__file__).resolve().parent / "facts_judge_words.toml").read_text())["legal_forms"]
# The same reading as the extractor's (drafts/company_keys.py at e8219b2): forms at the name's end,
# longest first, each after a blank or a comma.
_LEGAL = re.compile(r"(?:,?\s+(?:" + "|".join(sorted(_FORMS, key=len, reverse=True)) + r"))+\s*$", re.IGNORECASE)
_BLANK = re.compile(r"\s")
_NOT_IN_A_KEY = re.compile(r"[^a-z0-9]")


def without_legal_form(name: str) -> str:
    """ "Alpenwerk GmbH" -> "Alpenwerk"; a name of one word is left whole."""
    return (_LEGAL.sub("", name) if _BLANK.search(name) else name).strip(" ,&")


@functools.lru_cache(maxsize=8192)
def company_key(name: str) -> str:
    """A comparison key: lower case, no accents, no legal form, letters and digits only."""
    return _NOT_IN_A_KEY.sub("", fold(without_legal_form(name)).replace("&", "and"))
