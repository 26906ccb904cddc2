"""Render a draft's text from Jinja2 templates: the shipped ones, or the user's from templates_dir.

Templates run in Jinja2's sandbox with StrictUndefined, so a user template cannot reach Python
internals and a misspelt variable is an error instead of a silent blank. Variables:
company, role, first_name, full_name, formal_name ("Frau Vogel" or "Anna Vogel" for a formal
greeting) (each may be "": a fact the extractor is unsure of is left out), stage ("application"/"interview"), interview
(bool), formal (bool: the sender used Sie/vous/usted), language, kind, my_name, my_email,
original_subject; and one_of(*phrasings), which picks one phrasing, the same for the same rejection.
"""

from __future__ import annotations

import functools
import hashlib
import re
import traceback
from pathlib import Path
from typing import Any, Callable

import jinja2
from jinja2.sandbox import SandboxedEnvironment

SHIPPED_DIR = Path(__file__).resolve().parent / "templates"
KINDS = ("reply", "thanks", "feedback")


class DraftTemplateError(Exception):
    """A draft template is missing, broken, or failed while rendering (the message says where)."""


@functools.lru_cache(maxsize=8)
def _environment(templates_dir: str) -> SandboxedEnvironment:
    search = ([templates_dir] if templates_dir else []) + [str(SHIPPED_DIR)]
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text mail: HTML escaping would print "&amp;" for "Harbor & Finch"
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def environment(templates_dir: str = "") -> SandboxedEnvironment:
    if templates_dir and not Path(templates_dir).is_dir():
        raise DraftTemplateError(f"[drafts] templates_dir: {templates_dir} is not a folder")
    return _environment(templates_dir)


# The name becomes a template path: only a language code, never "../something".
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?")


def has_templates(language: str, templates_dir: str = "", kind: str = "reply") -> bool:
    env = environment(templates_dir)
    try:
        env.get_template(f"{language}/{kind}.txt.j2")
        return True
    except jinja2.TemplateNotFound:
        return False
    except jinja2.TemplateError:
        return True  # it exists; rendering will report what is wrong with it


def choose_language(detected: str, forced: str, templates_dir: str = "") -> str:
    """The forced language (which must have templates), else the detected one, else English."""
    if forced:
        if not LANGUAGE_CODE.fullmatch(forced) or not has_templates(forced, templates_dir):
            raise DraftTemplateError(
                f'[drafts] language: no templates for "{forced}" (shipped: en, de, fr, es; add '
                f'{forced}/reply.txt.j2, thanks.txt.j2 and feedback.txt.j2 to templates_dir)')
        return forced
    return detected if has_templates(detected, templates_dir) else "en"


def one_of_for(key: str) -> Callable[..., str]:
    """A phrasing picker that is stable per rejection, so re-rendering gives the same text."""
    def one_of(*options: Any) -> str:
        if not options:
            return ""
        texts = [str(o) for o in options]
        digest = hashlib.sha256("\x1f".join([key, *texts]).encode("utf-8")).digest()
        return texts[int.from_bytes(digest[:8], "big") % len(texts)]
    return one_of


def _where(exc: BaseException, fallback: str) -> str:
    """ "template en/reply.txt.j2, line 7" from a Jinja error or the traceback it left."""
    name = getattr(exc, "filename", None) or getattr(exc, "name", None)  # a user's: the full path
    line = getattr(exc, "lineno", None)
    if not line:
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename.endswith(".j2"):
                name, line = frame.f_code.co_filename, lineno
    name = str(name or fallback).removeprefix(str(SHIPPED_DIR) + "/")
    return f"template {name}" + (f", line {line}" if line else "")


def tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return re.sub(r"[ \t]{2,}", " ", text) + "\n"


def render(kind: str, language: str, context: dict[str, Any], key: str, templates_dir: str = "") -> str:
    """The body text of one draft. Raises DraftTemplateError naming the template and line."""
    name = f"{language}/{kind}.txt.j2"
    env = environment(templates_dir)
    try:
        template = env.get_template(name)
        return tidy(template.render(**context, one_of=one_of_for(key)))
    except jinja2.TemplateNotFound as exc:
        raise DraftTemplateError(f"template {exc.name} not found (needed by {name})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise DraftTemplateError(f"{_where(exc, name)}: {exc.message}") from None
    except Exception as exc:  # UndefinedError, SecurityError, or a Python error inside the template
        raise DraftTemplateError(f"{_where(exc, name)}: {exc}") from None
