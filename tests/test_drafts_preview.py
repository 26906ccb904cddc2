"""`onward preview [--json] FILE.eml`: drafts as they would be saved, without any mailbox."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from onward.daemon.cli import main
from onward.drafts import FACT_THRESHOLDS, fact_model, read_rejection

SAMPLES = Path(__file__).parent / "data" / "drafts" / "samples"
INTERVIEW = SAMPLES / "en_personal_interview.eml"


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    """The user's real config must not leak into these tests."""
    monkeypatch.delenv("ONWARD_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))


def write_config(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def _stated_at_the_models_threshold(raw: bytes, fact: str) -> bool:
    """Whether the draft may state the fact: the model's confidence against the threshold shipped with
    it, never a constant (each retrain moves it)."""
    return read_rejection(raw).facts[fact].confidence >= fact_model.threshold(fact)


def test_text_preview_shows_headers_and_body(capsys):
    assert read_rejection(INTERVIEW.read_bytes()).record_company == "Holloway Finance"
    company = "Holloway Finance" if _stated_at_the_models_threshold(INTERVIEW.read_bytes(), "company") else "?"
    role = "Financial Analyst" if _stated_at_the_models_threshold(INTERVIEW.read_bytes(), "role") else "?"
    assert main(["preview", str(INTERVIEW)]) == 0
    out = capsys.readouterr().out
    assert f"# read: company={company} | role={role} | person=Daniel Okoro" in out
    assert "To: Daniel Okoro <daniel.okoro@hollowayfinance.com>" in out
    assert "Subject: Re: Your interviews for Financial Analyst" in out
    assert "In-Reply-To: <holloway-do-0701@hollowayfinance.com>" in out
    assert "Daniel," in out and (role == "?" or role in out.split("\n\n", 2)[2])


def test_json_preview_with_identity_and_separate_drafts(tmp_path, capsys):
    cfg = write_config(tmp_path, '[identity]\nname = "Robin Park"\nemail = "robin@example.com"\n'
                                 '[drafts]\nmode = "separate"\n')
    assert main(["--config", str(cfg), "preview", "--json", str(INTERVIEW)]) == 0
    drafts = json.loads(capsys.readouterr().out)
    assert [d["kind"] for d in drafts] == ["thanks", "feedback"]
    for d in drafts:
        assert set(d) >= {"to", "subject", "in_reply_to", "references", "language", "body"}
        assert d["to"] == "Daniel Okoro <daniel.okoro@hollowayfinance.com>"
        assert d["in_reply_to"] == "<holloway-do-0701@hollowayfinance.com>"
        assert d["references"] == ["<holloway-do-0701@hollowayfinance.com>"]
        assert d["language"] == "en" and d["body"].rstrip().endswith("Robin Park")


def test_stdin_with_dash(monkeypatch, capsys):
    raw = (SAMPLES / "de_personio.eml").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["preview", "--json", "-"]) == 0
    [draft] = json.loads(capsys.readouterr().out)
    assert draft["language"] == "de" and draft["to"] == "" and "Bauleiter" in draft["body"]


def test_skipped_no_reply_prints_an_empty_list_and_the_reason(tmp_path, capsys):
    cfg = write_config(tmp_path, '[drafts]\nno_reply = "skip"\n')
    assert main(["--config", str(cfg), "preview", "--json", str(SAMPLES / "en_greenhouse.eml")]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and "no-reply" in captured.err


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["preview", str(tmp_path / "nope.eml")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_broken_user_template_is_a_config_error_naming_template_and_line(tmp_path, capsys):
    (tmp_path / "tpl" / "en").mkdir(parents=True)
    (tmp_path / "tpl" / "en" / "reply.txt.j2").write_text("Hi\n{{ nmae }}\n")
    cfg = write_config(tmp_path, '[drafts]\ntemplates_dir = "tpl"\n')
    assert main(["--config", str(cfg), "preview", str(INTERVIEW)]) == 2
    err = capsys.readouterr().err
    assert "en/reply.txt.j2, line 2" in err and "nmae" in err


def test_preview_touches_no_mailbox(tmp_path, capsys, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("preview opened a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    cfg = write_config(tmp_path, '[imap]\nhost = "imap.example.com"\nusername = "me"\n')
    assert main(["--config", str(cfg), "preview", str(INTERVIEW)]) == 0


def test_preview_shows_the_facts_and_what_the_classifier_thinks(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert main(["preview", "--json", str(INTERVIEW)]) == 0
    (draft,) = json.loads(capsys.readouterr().out)
    facts = draft["facts"]
    assert set(facts) == {"company", "role", "contact", "stage", "language"}
    assert all(set(f) == {"value", "confidence", "used"} and 0 <= f["confidence"] <= 1 for f in facts.values())
    assert {k: f["value"] for k, f in facts.items()} == {
        "company": "Holloway Finance", "role": "Financial Analyst", "contact": "Daniel Okoro",
        "stage": "interview", "language": "en"}
    # A company or a role is used exactly when the model is as sure as its own threshold.
    assert all(f["used"] == (k not in ("company", "role") or f["confidence"] >= fact_model.threshold(k))
               for k, f in facts.items())
    assert draft["classifier"]["label"] == "rejection" and draft["classifier"]["probability"] >= 0.95
    # Not a rejection: the preview still renders, and says the service would not draft it.
    note = tmp_path / "note.eml"
    note.write_bytes(b"From: Pat <pat@example.org>\r\nSubject: Lunch on Friday?\r\n\r\n"
                     b"Hi Sam, are you free for lunch on Friday? Pat\r\n")
    assert main(["preview", str(note)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("# classifier: other, p=") and "would not draft this message" in first


def test_preview_says_which_facts_were_left_out_for_low_confidence(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    squashed = tmp_path / "squashed.eml"
    squashed.write_bytes(b"From: Careers <careers@brambleridgelawgroup.com>\r\nTo: alex@example.org\r\n"
                         b"Subject: Your application\r\nMessage-ID: <b1@brambleridgelawgroup.com>\r\n\r\n"
                         b"Dear Alex,\r\n\r\nThank you for applying. Unfortunately we have decided not to "
                         b"move forward with your application.\r\n\r\nRegards,\r\nRecruiting\r\n")
    assert main(["preview", str(squashed)]) == 0
    out = capsys.readouterr().out
    assert "# read: company=? |" in out
    # The confidence is the calibrated model's probability (drafts/fact_model.py), shown against
    # the threshold chosen with it.
    left_out = re.search(r"# left out, low confidence: company 'Brambleridgelawgroup' \((0\.\d{3}) < (0\.\d+): "
                         r"guessed from the sender's domain alone\)", out)
    assert left_out and float(left_out[1]) < float(left_out[2]) == FACT_THRESHOLDS["company"]
    assert "Brambleridgelawgroup" not in out.split("=====", 1)[1]  # not in the draft
    assert main(["preview", "--json", str(squashed)]) == 0
    (draft,) = json.loads(capsys.readouterr().out)
    assert draft["facts"]["company"] == {"value": "Brambleridgelawgroup", "confidence": float(left_out[1]),
                                         "used": False}
    assert draft["classifier"]["label"] in ("rejection", "other")
    assert 0 <= draft["classifier"]["probability"] <= 1


def test_json_preview_of_several_messages_has_facts_and_classifier_per_draft(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = tmp_path / "mails"
    folder.mkdir()
    for name in ("en_personal_interview.eml", "de_personio.eml"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    assert main(["preview", "--json", str(folder)]) == 0
    messages = json.loads(capsys.readouterr().out)
    assert len(messages) == 2
    for message in messages:
        assert message["drafts"]
        for draft in message["drafts"]:
            assert set(draft["facts"]) == {"company", "role", "contact", "stage", "language"}
            assert set(draft["classifier"]) == {"label", "probability"}
