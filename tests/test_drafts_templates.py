"""Templates: every language and kind renders well with and without each optional field; phrasing
varies between rejections but not between renderings; user templates override, in the sandbox."""

from __future__ import annotations

import itertools
import re

import pytest

from onward.drafts import DraftSettings, DraftTemplateError, plan_drafts
from onward.drafts.render import KINDS, choose_language, render
from tests.support.templates import BAD, FIELDS, LANGUAGES, context


@pytest.mark.parametrize("language, kind", list(itertools.product(LANGUAGES, KINDS)))
def test_every_combination_of_known_and_unknown_fields_reads_well(language, kind):
    for company, role, first_name, stage, formal in FIELDS:
        for key in ("k1", "k2", "k3", "k4"):
            ctx = context(language, kind, company, role, first_name, stage, formal)
            text = render(kind, language, ctx, key)
            assert not BAD.search(text), (ctx, text)
            assert text.endswith("\n") and "\n\n\n" not in text
            if company and kind != "feedback":
                assert company in text, (ctx, text)
            if role:
                assert role in text, (ctx, text)
            if first_name:
                assert first_name in text.splitlines()[0], (ctx, text)
            assert text.rstrip().endswith("Alex Doe")


@pytest.mark.parametrize("language", LANGUAGES)
def test_interview_drafts_thank_for_the_interviewers_time(language):
    words = {"en": "interview", "de": "Gespräch", "fr": "entretien", "es": "entrevista"}[language]
    for key in ("a", "b", "c", "d", "e", "f"):
        text = render("reply", language, context(language, "reply", "Acme", "Analyst", "Julia", "interview", True), key)
        assert words in text or (language == "es" and "selección" in text), text


@pytest.mark.parametrize("language", LANGUAGES)
def test_feedback_is_asked_in_reply_and_feedback_drafts_only(language):
    ask = {"en": "feedback", "de": "Feedback|Rückmeldung zu", "fr": "retour sur", "es": "comentario|valoración"}[language]
    texts = {kind: render(kind, language, context(language, kind, "Acme", "Analyst", "Julia", "application", True), "k")
             for kind in KINDS}
    assert re.search(ask, texts["reply"]) and re.search(ask, texts["feedback"])
    assert not re.search(ask, texts["thanks"])


def test_german_follows_the_rejection_du_or_sie():
    sie = render("reply", "de", context("de", "reply", "Acme", "", "Julia", "application", True), "k")
    du = render("reply", "de", context("de", "reply", "Acme", "", "Julia", "application", False), "k")
    team = render("reply", "de", context("de", "reply", "Acme", "", "", "application", False), "k")
    assert re.search(r"\b(Sie|Ihre|Ihnen)\b", sie) and not re.search(r"\b(du|dir|deine)\b", sie)
    assert re.search(r"\b(du|dir|deine)\b", du) and not re.search(r"\b(Sie|Ihnen)\b", du)
    assert re.search(r"\b(ihr|euch|eure)\b", team) and not re.search(r"\b(du|dir|deine)\b", team)


@pytest.mark.parametrize("language", LANGUAGES)
def test_phrasing_varies_between_rejections_but_is_stable_for_one(language):
    ctx = context(language, "reply", "Acme", "Analyst", "Julia", "application", True)
    texts = {render("reply", language, ctx, f"rejection-{i}") for i in range(30)}
    assert len(texts) >= 5
    assert render("reply", language, ctx, "same") == render("reply", language, ctx, "same")


def test_language_choice():
    assert choose_language("de", "") == "de"
    assert choose_language("it", "") == "en"  # no Italian templates: fall back to English
    assert choose_language("de", "fr") == "fr"
    with pytest.raises(DraftTemplateError, match='no templates for "it"'):
        choose_language("en", "it")


def _raw(body="Hi Alex,\n\nThanks for applying to Acme; we will not move forward.\n\nBest,\nSarah\n",
         sender="Sarah <sarah@acme.com>", subject="Your application"):
    return (f"From: {sender}\nTo: alex@example.com\nSubject: {subject}\n"
            "Message-ID: <t1@acme.com>\n\n" + body).encode()


# As clear as real mail gets: the display name, the domain, the subject, the application phrase and the
# signature all give the employer, so a draft states it at the fact model's strict threshold.
CLEAR = _raw("Hi Alex,\n\nThanks for applying to Acme; we will not move forward.\n\nBest,\nSarah\nRecruiter, Acme\n",
             sender="Acme Careers <careers@acme.com>", subject="Your application to Acme")


def test_forced_language_is_used(tmp_path):
    plan = plan_drafts(_raw(), "k", DraftSettings(language="de"))
    assert "Bewerbung" in plan.drafts[0].message.get_content()


def test_user_template_overrides_the_shipped_one_and_may_import_shipped_parts(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "reply.txt.j2").write_text(
        '{% import "en/_parts.j2" as p with context %}{{ p.greeting() }}\n\nShort and sweet, '
        '{{ company or "team" }}.\n\n{{ p.signature() }}\n')
    settings = DraftSettings(name="Alex", templates_dir=str(tmp_path))
    text = plan_drafts(CLEAR, "k", settings).drafts[0].message.get_content()
    assert "Short and sweet, Acme." in text and text.startswith(("Dear Sarah", "Hello Sarah", "Hi Sarah"))
    # German still comes from the shipped templates
    german = _raw("Hallo Alex,\n\nvielen Dank für deine Bewerbung. Leider haben wir uns anders entschieden.\n\nViele Grüße\nSarah\n")
    assert "Short and sweet" not in plan_drafts(german, "k", DraftSettings(templates_dir=str(tmp_path))).drafts[0].message.get_content()


@pytest.mark.parametrize("source, message", [
    ("Hello {{ compnay }}\n", r"template \S+/en/reply.txt.j2, line 1: 'compnay' is undefined"),
    ("line one\n{% if company %}\nunclosed\n", r"template \S+/en/reply.txt.j2, line 3: "),
    ("one\ntwo\n{{ one_of.__globals__ }}\n", r"template \S+/en/reply.txt.j2, line 3: .*unsafe"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}\n", r"template \S+/en/reply.txt.j2, line 1: .*unsafe"),
    ("{% include 'missing.j2' %}\n", r"template missing.j2 not found"),
])
def test_broken_user_template_names_the_template_and_line(tmp_path, source, message):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "reply.txt.j2").write_text(source)
    with pytest.raises(DraftTemplateError, match=message):
        plan_drafts(_raw(), "k", DraftSettings(templates_dir=str(tmp_path)))


def test_missing_templates_dir_is_an_error(tmp_path):
    with pytest.raises(DraftTemplateError, match="not a folder"):
        plan_drafts(_raw(), "k", DraftSettings(templates_dir=str(tmp_path / "nope")))


def test_shipped_templates_are_package_data():
    import tomllib
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    globs = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["onward.drafts"]
    shipped = {p.relative_to(root / "drafts") for p in (root / "drafts" / "templates").rglob("*") if p.is_file()}
    covered = {p.relative_to(root / "drafts") for g in globs for p in (root / "drafts").glob(g)}
    assert shipped and shipped <= covered
