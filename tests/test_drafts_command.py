"""`onward drafts`: what became of each draft onward saved, asked of the real Dovecot read-only."""

from __future__ import annotations

import email
import json

from tests.support.helpers import onward, visible_flags
from tests.support.mail import rejection

DELAY_0 = '[drafts]\ndelay = "0m"'


def test_drafts_lists_what_became_of_each_reply(mail_user, write_config):
    path = write_config(mail_user, extra=DELAY_0)
    companies = ("Kept", "Edited", "Sent", "Trashed")
    for n, company in enumerate(companies, 1):
        mail_user.drop(rejection(n, subject=f"Your application at {company} Co"))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    with mail_user.client() as c:
        c.select_folder("Drafts")
        by_subject = {email.message_from_bytes(d[b"BODY[]"])["Subject"]: (uid, d[b"BODY[]"])
                      for uid, d in c.fetch(c.search("ALL"), ["BODY.PEEK[]"]).items()}
        edited_uid, edited = by_subject["Re: Your application at Edited Co"]
        text = email.message_from_bytes(edited)
        del text["X-Onward-Key"]  # as mail clients do when the user edits a draft
        c.append("Drafts", text.as_bytes(), flags=[b"\\Draft"])
        sent_uid, sent = by_subject["Re: Your application at Sent Co"]
        reply = email.message_from_bytes(sent)
        del reply["X-Onward-Key"]
        c.append("Sent", reply.as_bytes(), flags=[b"\\Seen"])
        trashed_uid, _ = by_subject["Re: Your application at Trashed Co"]
        c.move([trashed_uid], "Trash")
        c.delete_messages([edited_uid, sent_uid])
        c.expunge()
    before = {f: visible_flags(mail_user.flags(f)) for f in ("INBOX", "Drafts", "Sent", "Trash")}
    listed = onward("--config", str(path), "drafts", "--json")
    assert listed.returncode == 0, listed.stderr
    states = {row["subject"].split(" at ")[1]: row["state"] for row in json.loads(listed.stdout)}
    assert states == {"Kept Co": "in Drafts", "Edited Co": "in Drafts, edited", "Sent Co": "sent",
                      "Trashed Co": "in the Trash"}
    assert all("draft_state" not in row for row in json.loads(listed.stdout))  # one draft, one state
    text = onward("--config", str(path), "drafts").stdout
    assert text.splitlines()[0].split() == ["ID", "SAVED", "APPLICATION", "STATE", "SUBJECT"]
    assert "in Drafts, edited" in text and "in the Trash" in text
    # Asked read-only: no flag changed anywhere.
    assert {f: visible_flags(mail_user.flags(f)) for f in before} == before
