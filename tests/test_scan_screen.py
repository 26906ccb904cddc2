"""The scan path against the real Dovecot: the first stage records mail plainly not about a job as
"other" without the classifier, and a rejection's facts are read once, when its drafts are
composed, yet `onward status` and `onward drafts` still show them."""

from __future__ import annotations

import json
import time

import pytest

from onward import drafts
from onward.drafts import plan
from tests.support.helpers import drafts_in, onward, poll, rejections, state_rows
from tests.support.mail import interview, message, rejection

SHOP = message(3, subject="Your order #KK-209384 has shipped", sender="Kitchen Shop <orders@shop.example>",
               body="Good news, Alex! Your order left our warehouse today.\n\n1 x Flour, 5 kg  14.90\n")
IDENTITY = '[identity]\nname = "Sam Seeker"\nemail = "sam@example.net"\n'


def _rows(tmp_path) -> dict[str, tuple]:
    """Subject -> (status, probability, detail) as the state file keeps them."""
    rows = state_rows(tmp_path / "state.sqlite3", "SELECT subject, status, probability, detail FROM messages")
    return {subject: (status, p, json.loads(detail) if detail else {}) for subject, status, p, detail in rows}


def test_a_flagged_rejection_gets_its_draft_with_its_facts_and_other_mail_is_recorded_as_other(
        mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n' + IDENTITY)
    mail_user.drop(rejection(1))
    mail_user.drop(interview(2))
    mail_user.drop(SHOP)
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr

    (draft, _flags), = drafts_in(mail_user)
    assert draft["Subject"] == "Re: Your application for Data Analyst at Fernwood Analytics"
    assert "priya.raman@fernwood-analytics.example" in draft["To"]
    assert "Priya" in draft.get_content() and "Data Analyst" in draft.get_content()

    rows = _rows(tmp_path)
    shop_status, shop_p, shop_detail = rows["Your order #KK-209384 has shipped"]
    assert (shop_status, shop_p) == ("other", None)  # set aside by the first stage: no model ran
    assert shop_detail["reason"].startswith("not job mail")
    interview_status, interview_p, _ = rows["Interview for Data Analyst - new time"]
    assert interview_status == "other" and interview_p is not None  # job mail: the model decided
    _status, _p, detail = rows["Your application for Data Analyst at Fernwood Analytics"]
    assert (detail["company"], detail["role"], detail["language"]) == ("Fernwood Analytics", "Data Analyst", "en")

    (drafted,) = rejections(path)
    assert drafted["status"] == "drafted" and drafted["company"] == "Fernwood Analytics"
    listed = onward("--config", str(path), "drafts").stdout
    assert "Fernwood Analytics / Data Analyst" in listed


def test_the_scan_reads_no_facts_yet_status_shows_them_while_the_drafts_wait(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "36h"\n' + IDENTITY)
    mail_user.drop(rejection(1))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    status, _p, detail = _rows(tmp_path)["Your application for Data Analyst at Fernwood Analytics"]
    assert status == "waiting" and "company" not in detail  # not read at scan time
    (waiting,) = rejections(path)  # read from the kept bytes by `onward status`
    assert (waiting["company"], waiting["role"]) == ("Fernwood Analytics", "Data Analyst")
    text = onward("--config", str(path), "status").stdout
    assert "Fernwood Analytics" in text and "Data Analyst" in text
    assert _rows(tmp_path)["Your application for Data Analyst at Fernwood Analytics"][2] == detail  # status wrote nothing


def test_each_rejection_is_read_once_from_scan_to_draft(mail_user, write_config, monkeypatch):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n' + IDENTITY)
    mail_user.drop(rejection(1))
    mail_user.drop(rejection(4, sender="Ola Berg <ola@nordvik.example>", subject="Your application to Nordvik"))
    mail_user.drop(SHOP)
    read = []
    original = drafts.read_rejection

    def counting(raw: bytes):
        read.append(raw)
        return original(raw)

    monkeypatch.setattr(drafts, "read_rejection", counting)
    monkeypatch.setattr(plan, "read_rejection", counting)
    result = poll(path, time.time())
    assert result.rejections == 2
    assert len(drafts_in(mail_user)) == 2
    # Read once each, by the scan's worker that parsed it, where its drafts were composed (see
    # tests/test_job_mail.py): the service itself, where this count runs, reads none again.
    assert read == []


@pytest.mark.parametrize("screen, probability_known", [("true", False), ("false", True)])
def test_screen_false_lets_the_classifier_read_every_message(mail_user, write_config, tmp_path, screen,
                                                             probability_known):
    path = write_config(mail_user, extra=f"[classifier]\nscreen = {screen}\n")
    mail_user.drop(SHOP)
    assert onward("--config", str(path), "run", "--once").returncode == 0
    status, p, _detail = _rows(tmp_path)["Your order #KK-209384 has shipped"]
    assert status == "other" and (p is not None) == probability_known


def test_no_first_stage_once_the_user_taught_onward_their_own_mail(tmp_path, monkeypatch):
    from onward import classifier
    from onward.daemon import config
    from onward.daemon.triage import Triager

    path = tmp_path / "config.toml"
    path.write_text(f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n')
    triager = Triager(config.load(path))
    assert triager.screening()
    # A user model (onward train, mark, learning folders): their rejections may have none of the words.
    monkeypatch.setattr(classifier, "model_version", lambda state_dir: (1, 2, 3))
    assert not triager.screening()


def test_a_rejection_already_answered_keeps_its_facts_when_skipped(mail_user, write_config):
    from tests.support.conversation import replied_in

    _drafts, listed, _other = replied_in(mail_user, "Outbox Archive", write_config, sent_folder="Outbox Archive")
    (skipped,) = [r for r in listed if r["status"] == "skipped"]
    assert (skipped["reason"], skipped["company"], skipped["role"]) == (
        "you already replied", "Fernwood Analytics", "Data Analyst")
