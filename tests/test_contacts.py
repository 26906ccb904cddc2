"""Issue 14 item 4: `onward contacts` lists the people the user exchanged mail with about
applications, from the state, and exports them (CSV, vCard), against the real Dovecot; automated
senders are nobody's contact; text from a mail stays text in a spreadsheet."""

from __future__ import annotations

import csv
import email
import email.utils
import io
import json
import time

import vobject

from onward.daemon.contacts import Contact, as_csv, as_vcard, contacts
from onward.daemon.state import Cursor, JobMail, Store
from tests.support.conversation import EN_FEEDBACK, message_id_of, send_the_draft, threaded_mail
from tests.support.helpers import DELAY_0, onward
from tests.support.mail import interview, message, rejection

DAY = 86400.0


def test_contacts_lists_the_people_behind_rejections_with_feedback_and_exports_them(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=DELAY_0)
    mail_user.drop(rejection(1, date=now - 10 * DAY), mtime=now - 10 * DAY)  # Priya Raman, Fernwood
    mail_user.drop(rejection(2, subject="Your application for Analyst at Kestrel Labs",
                             sender="Workday <noreply@kestrel.myworkday.example>", date=now - 9 * DAY))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    sent = send_the_draft(mail_user)  # only Priya's rejection can be answered: one draft
    reply_id = message_id_of(sent)
    sent_at = email.utils.parsedate_to_datetime(email.message_from_bytes(sent)["Date"]).timestamp()
    mail_user.append(threaded_mail("Priya Raman <priya.raman@fernwood-analytics.example>", "Re: Re: Your application",
                                   EN_FEEDBACK, "<answer@fernwood-analytics.example>", sent_at + 3600,
                                   in_reply_to=reply_id, references=reply_id))
    assert onward("--config", str(path), "status", "--refresh").returncode == 0

    listed = json.loads(onward("--config", str(path), "contacts", "--json").stdout)

    assert [c["address"] for c in listed] == ["priya.raman@fernwood-analytics.example"]
    priya = listed[0]
    assert priya["name"] == "Priya Raman" and priya["feedback"] is True
    assert priya["company"] == "Fernwood Analytics" and priya["role"] == "Data Analyst"
    assert priya["last_contact"] == sent_at + 3600  # the answer, newer than the rejection
    table = onward("--config", str(path), "contacts").stdout
    assert "Priya Raman" in table and "noreply" not in table and "yes" in table
    rows = list(csv.DictReader(io.StringIO(onward("--config", str(path), "contacts", "--csv").stdout)))
    assert [(r["name"], r["email"], r["feedback"]) for r in rows] == [
        ("Priya Raman", "priya.raman@fernwood-analytics.example", "yes")]
    card = vobject.readOne(onward("--config", str(path), "contacts", "--vcard").stdout)
    assert card.fn.value == "Priya Raman" and card.email.value == priya["address"]
    assert card.org.value == ["Fernwood Analytics"] and "Data Analyst" in card.note.value


def test_no_state_yet_is_a_plain_sentence(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(f'[state]\npath = "{tmp_path / "state.db"}"\n')
    done = onward("--config", str(path), "contacts")
    assert done.returncode == 0 and "no contacts yet" in done.stdout


def test_one_person_is_one_contact_remembered_by_the_newest_application(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=DELAY_0)
    sender = "Priya Raman <priya.raman@fernwood-analytics.example>"
    mail_user.drop(message(1, subject="Your application for Data Analyst at Fernwood Analytics",
                           body=_body("Data Analyst"), sender=sender, date=now - 10 * DAY),
                   mtime=now - 10 * DAY)
    mail_user.drop(message(2, subject="Your application for Data Engineer at Fernwood Analytics",
                           body=_body("Data Engineer"), sender=sender.upper().replace("PRIYA RAMAN", "Priya Raman"),
                           date=now - 3 * DAY), mtime=now - 3 * DAY)
    assert onward("--config", str(path), "run", "--once").returncode == 0
    listed = json.loads(onward("--config", str(path), "contacts", "--json").stdout)
    assert len(listed) == 1 and listed[0]["rejections"] == 2
    assert listed[0]["role"] == "Data Engineer"
    assert abs(listed[0]["last_contact"] - (now - 3 * DAY)) < 2


def test_the_recruiter_of_an_invitation_is_a_contact_and_no_rejection_counts_twice(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=DELAY_0)
    mail_user.drop(rejection(1, date=now - 5 * DAY), mtime=now - 5 * DAY)
    mail_user.drop(interview(2, date=now - 2 * DAY), mtime=now - 2 * DAY)  # Jonas Weber, Brightlane
    assert onward("--config", str(path), "run", "--once").returncode == 0
    listed = {c["address"]: c for c in json.loads(onward("--config", str(path), "contacts", "--json").stdout)}
    assert set(listed) == {"priya.raman@fernwood-analytics.example", "jonas.weber@brightlane.example"}
    assert listed["jonas.weber@brightlane.example"]["name"] == "Jonas Weber"
    assert listed["jonas.weber@brightlane.example"]["rejections"] == 0
    assert listed["priya.raman@fernwood-analytics.example"]["rejections"] == 1  # in both tables, once


def _body(role: str) -> str:
    return (f"Dear Sam,\n\nThank you for interviewing for the {role} position at Fernwood Analytics. "
            "After careful consideration we have decided to move forward with another candidate.\n\n"
            "Best regards,\nPriya Raman\nTalent Partner, Fernwood Analytics\n")


# --- exports, as pure logic ---------------------------------------------------------------------

def test_a_formula_from_a_mail_stays_text_in_the_csv():
    hostile = Contact(name="=HYPERLINK(\"http://evil.example\")", address="a@b.example",
                      company="+Acme", role="-1+1", last_contact=None, feedback=False, rejections=1)
    row = next(csv.DictReader(io.StringIO(as_csv([hostile]))))
    assert row["name"].startswith("'=") and row["company"] == "'+Acme" and row["role"] == "'-1+1"
    sender = Contact(name="x", address="=2+5@evil.example", company="", role="", last_contact=None,
                     feedback=False, rejections=1)  # a valid address, as far as RFC 5322 goes
    assert next(csv.DictReader(io.StringIO(as_csv([sender]))))["email"] == "'=2+5@evil.example"


def test_the_user_is_not_their_own_contact(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    store.record_history("history:Sent", Cursor(1, 2), [  # a scanned Sent or All Mail folder
        JobMail("mine", "applied", time.time(), company="Acme", sender="Sam Seeker <Sam@Example.org>",
                source="history"),
        JobMail("theirs", "invitation", time.time(), company="Acme", sender="Priya Raman <priya@acme.example>",
                source="history")])
    assert [c.address for c in contacts(store, {"sam@example.org"})] == ["priya@acme.example"]


def test_a_teams_shared_address_is_no_contact(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    store.record_history("history:INBOX", Cursor(1, 2), [
        JobMail("team", "invitation", time.time(), company="Ashgrove",
                sender="Ashgrove Group Early Careers <careers@ashgrove.example>", source="history"),
        JobMail("person", "invitation", time.time(), company="Ashgrove",
                sender="Lena Hart <lena.hart@ashgrove.example>", source="history")])
    assert [c.address for c in contacts(store)] == ["lena.hart@ashgrove.example"]


def test_the_vcard_escapes_what_a_mail_may_hold():
    tricky = Contact(name="Ana María Pérez", address="ana@x.example", company="Pérez, Soto; Asociados",
                     role="Analyst\nEND:VCARD", last_contact=email.utils.mktime_tz(
                         email.utils.parsedate_tz("Mon, 30 Nov 2026 10:00:00 +0000")),
                     feedback=True, rejections=1)
    text = as_vcard([tricky, Contact("", "bo@y.example", "", "", None, False, 1)])
    cards = list(vobject.readComponents(text))
    assert len(cards) == 2
    assert cards[0].org.value == ["Pérez, Soto; Asociados"]
    assert cards[0].n.value.family == "Pérez" and cards[0].n.value.given == "Ana María"
    assert "Analyst\nEND:VCARD" in cards[0].note.value and "2026-11-30" in cards[0].note.value
    assert cards[1].fn.value == "bo@y.example"
