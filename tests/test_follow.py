"""Issue 14 items 1-2: the conversation after a rejection, followed read-only against the real
Dovecot — the user's reply in Sent, the employer's answer in the inbox, feedback kept and listed by
`onward feedback` — in English and German; and the rules of daemon.follow as pure logic."""

from __future__ import annotations

import email
import email.utils
import json
import time

from onward.daemon.follow import Seen, follow, follow_one, worth_a_look
from tests.support.conversation import (DE_FEEDBACK, DE_REJECTION, DE_SENTENCES, EN_FEEDBACK, EN_SENTENCES, FR_FEEDBACK,
                                        FR_REJECTION, THANKS_ONLY, message_id_of, threaded_mail)
from tests.support.helpers import DELAY_0, onward, service_at, visible_flags
from tests.support.mail import message, rejection

DAY = 86400.0
FOLDERS = ("INBOX", "Drafts", "Sent", "Trash")


def all_flags(user) -> dict:
    return {folder: visible_flags(user.flags(folder)) for folder in FOLDERS}


def by_subject(path) -> dict[str, dict]:
    status = json.loads(onward("--config", str(path), "status", "--json").stdout)
    return {r["subject"]: r for r in status["accounts"][0]["rejections"]}


def test_a_reply_and_a_feedback_answer_are_noticed_read_only_and_listed(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=DELAY_0)
    english = rejection(1, date=now - 10 * DAY)
    no_feedback = rejection(2, subject="Your application for Analyst at Kestrel Labs",
                            sender="Jo Hart <jo@kestrel-labs.example>", date=now - 9 * DAY)
    unanswered = rejection(3, subject="Your application for Analyst at Quiet Co",
                           sender="Al Quiet <al@quiet.example>", date=now - 8 * DAY)
    for raw in (english, no_feedback, unanswered):
        mail_user.drop(raw)
    assert onward("--config", str(path), "run", "--once").returncode == 0
    # English: onward's own draft sent as it was; the answer names only the user's reply.
    with mail_user.client() as c:
        c.select_folder("Drafts", readonly=True)
        drafts = c.fetch(c.search("ALL"), ["BODY.PEEK[]"])
    assert len(drafts) == 3
    sent_draft = next(d[b"BODY[]"] for d in drafts.values()
                      if b"Fernwood" in email.message_from_bytes(d[b"BODY[]"])["Subject"].encode())
    with mail_user.client() as c:
        c.select_folder("Drafts")
        uid = next(u for u, d in drafts.items() if d[b"BODY[]"] == sent_draft)
        c.move([uid], "Sent")
    reply_id = message_id_of(sent_draft)
    sent_at = email.utils.parsedate_to_datetime(email.message_from_bytes(sent_draft)["Date"]).timestamp()
    mail_user.append(threaded_mail("Priya Raman <priya.raman@fernwood-analytics.example>",
                                   "Re: Re: Your application for Data Analyst at Fernwood Analytics",
                                   EN_FEEDBACK, "<answer-en@fernwood-analytics.example>", sent_at + 3600,
                                   in_reply_to=reply_id, references=reply_id))
    # Kestrel Labs: a reply written from scratch, and a kind answer without feedback.
    kestrel_id = message_id_of(no_feedback)
    mail_user.append(threaded_mail("Sam Seeker <sam@example.net>", "Re: Your application", "Thanks! Any feedback?",
                                   "<reply-k@example.net>", now - 6 * DAY, in_reply_to=kestrel_id,
                                   references=kestrel_id), folder="Sent")
    mail_user.append(threaded_mail("Jo Hart <jo@kestrel-labs.example>", "Re: Re: Your application", THANKS_ONLY,
                                   "<answer-k@kestrel-labs.example>", now - 5 * DAY,
                                   in_reply_to="<reply-k@example.net>",
                                   references=f"{kestrel_id} <reply-k@example.net>"))
    before = all_flags(mail_user)

    done = onward("--config", str(path), "status", "--refresh")

    assert done.returncode == 0, done.stderr
    assert all_flags(mail_user) == before  # EXAMINE and BODY.PEEK: nothing changed anywhere
    rows = by_subject(path)
    fernwood = rows["Your application for Data Analyst at Fernwood Analytics"]
    kestrel = rows["Your application for Analyst at Kestrel Labs"]
    quiet = rows["Your application for Analyst at Quiet Co"]
    assert fernwood["reply_sent_at"] == sent_at
    assert fernwood["answer_received_at"] == sent_at + 3600
    assert fernwood["feedback"]["sentences"] == EN_SENTENCES
    assert abs(kestrel["reply_sent_at"] - (now - 6 * DAY)) < 2
    assert abs(kestrel["answer_received_at"] - (now - 5 * DAY)) < 2 and "feedback" not in kestrel
    assert "reply_sent_at" not in quiet and "answer_received_at" not in quiet
    text = onward("--config", str(path), "status").stdout
    assert "reply sent" in text and "answer received" in text and "with feedback" in text
    assert "no answer yet" not in text
    listed = json.loads(onward("--config", str(path), "feedback", "--json").stdout)
    assert [item["sentences"] for item in listed] == [EN_SENTENCES]
    assert listed[0]["company"] == fernwood.get("company") and listed[0]["language"] == "en"
    plain = onward("--config", str(path), "feedback").stdout
    assert EN_SENTENCES[1] in plain and "Kestrel" not in plain
    assert "Your stakeholder management questions were great" not in plain  # quoted history


def test_the_hourly_look_of_the_service_follows_a_german_conversation(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=DELAY_0 + '\n[follow_up]\nanswer_window = "30d"')
    absage = message(1, subject="Ihre Bewerbung als Controller (m/w/d)", body=DE_REJECTION,
                     sender="Katrin Vogel <k.vogel@lindenhof-logistik.example>", date=now - 12 * DAY)
    mail_user.drop(absage)
    assert onward("--config", str(path), "run", "--once").returncode == 0
    absage_id = message_id_of(absage)
    # Written from scratch in the user's client, threaded under the rejection.
    mail_user.append(threaded_mail("Sam Seeker <sam@example.net>", "AW: Ihre Bewerbung", "Danke! Feedback?",
                                   "<antwort@example.net>", now - 7 * DAY, in_reply_to=absage_id), folder="Sent")
    # The answer is a new mail from the same address, without threading headers: the window counts.
    mail_user.append(threaded_mail("Katrin Vogel <k.vogel@lindenhof-logistik.example>", "Ihre Rückfrage",
                                   DE_FEEDBACK, "<rueckmeldung@lindenhof-logistik.example>", now - 3 * DAY))
    before = all_flags(mail_user)
    service = service_at(path, lambda: now)
    try:
        service.refresh_draft_states()
    finally:
        service.mailbox.close()
        service.store.close()
    assert all_flags(mail_user) == before
    row = by_subject(path)["Ihre Bewerbung als Controller (m/w/d)"]
    assert abs(row["reply_sent_at"] - (now - 7 * DAY)) < 2
    assert abs(row["answer_received_at"] - (now - 3 * DAY)) < 2
    listed = json.loads(onward("--config", str(path), "feedback", "--json").stdout)
    assert [(item["language"], item["sentences"]) for item in listed] == [("de", DE_SENTENCES)]
    assert "SAP S/4HANA" in onward("--config", str(path), "feedback").stdout


# --- the rules, as pure logic -----------------------------------------------------------------

class FakeThreads:
    def __init__(self, sent: list[tuple], inbox: list[tuple]):
        # (message_id, sender, at, names it replies to, raw)
        self.folders = {"sent": sent, "inbox": inbox}
        self.read: list[str] = []

    def has_sent(self) -> bool:
        return True

    def _seen(self, entry) -> Seen:
        mid, sender, at, _names, raw = entry
        return Seen(mid, sender, at, lambda: self.read.append(mid) or raw)

    def replies(self, folder, message_id):
        return [self._seen(e) for e in self.folders[folder] if message_id in e[3]]

    def from_address(self, folder, address):
        return [self._seen(e) for e in self.folders[folder] if e[1] == address]

    def to_address(self, folder, address):
        return []  # the fake's entries record no recipients


class Verdict:
    def __init__(self, is_feedback: bool):
        self.is_feedback, self.probability, self.language = is_feedback, 0.9, "en"
        self.sentences = ["You lacked Kafka."] if is_feedback else []


def judge(raw: bytes) -> Verdict:
    return Verdict(raw == b"feedback")


ROW = {"key": "k", "message_id": "<rej@x.example>", "sender": "HR <hr@x.example>", "received_at": 0.0}


def test_an_answer_outside_the_window_or_before_the_reply_or_from_the_user_is_not_one():
    threads = FakeThreads(
        sent=[("<r@me>", "me@me.example", 10 * DAY, ["<rej@x.example>"], b"")],
        inbox=[("<early@x>", "hr@x.example", 5 * DAY, [], b"feedback"),  # before the reply
               ("<late@x>", "hr@x.example", 80 * DAY, [], b"feedback"),  # beyond 60 days
               ("<mine@me>", "me@me.example", 11 * DAY, ["<r@me>"], b"feedback"),  # the user's cc
               ("<rej@x.example>", "hr@x.example", 12 * DAY, [], b"feedback")])  # the rejection
    found = follow_one(threads, ROW, 60 * DAY, {"me@me.example"}, judge)
    assert found == {"reply_sent_at": 10 * DAY}


def test_feedback_in_a_second_answer_is_found_and_each_answer_is_read_once():
    threads = FakeThreads(
        sent=[("<r@me>", "me@me.example", 10 * DAY, ["<rej@x.example>"], b"")],
        inbox=[("<a1@x>", "hr@x.example", 11 * DAY, ["<r@me>"], b"I will come back to you"),
               ("<a2@x>", "other@y.example", 15 * DAY, ["<rej@x.example>"], b"feedback")])
    first = follow_one(threads, ROW, 60 * DAY, set(), judge)
    assert first["answer_received_at"] == 11 * DAY
    assert first["feedback"]["sentences"] == ["You lacked Kafka."]
    assert threads.read == ["<a1@x>", "<a2@x>"]
    again = follow(threads, [{**ROW, **first}], 60 * DAY, 20 * DAY, set(), judge)
    assert again == {} and threads.read == ["<a1@x>", "<a2@x>"]  # feedback known: not looked at


def test_the_look_stops_once_the_window_after_the_reply_has_passed():
    assert worth_a_look({**ROW, "received_at": 100 * DAY}, 60 * DAY, 120 * DAY)
    assert not worth_a_look({**ROW, "received_at": 0.0}, 60 * DAY, 400 * DAY)  # never replied
    assert worth_a_look({**ROW, "reply_sent_at": 10 * DAY}, 60 * DAY, 70 * DAY)
    assert not worth_a_look({**ROW, "reply_sent_at": 10 * DAY}, 60 * DAY, 71 * DAY)
    assert not worth_a_look({**ROW, "reply_sent_at": 10 * DAY, "feedback": {"sentences": ["x"]}},
                            60 * DAY, 20 * DAY)


def test_a_maildir_account_is_followed_without_touching_a_file(tmp_path):
    from onward.daemon.mailbox.maildir_folders import Maildir

    now = time.time()
    maildir = Maildir(tmp_path / "Maildir")
    maildir.create("Drafts", "Sent", "Trash")
    path = tmp_path / "config.toml"
    path.write_text(f'{DELAY_0}\n[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
                    f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{maildir.root}"\n')
    refus = threaded_mail("Claire Dubois <claire.dubois@maison-verlaine.example>",
                          "Votre candidature au poste de Chef de projet", FR_REJECTION,
                          "<refus-1@maison-verlaine.example>", now - 9 * DAY)
    (maildir.root / "new" / "1.x.host").write_bytes(refus)
    assert onward("--config", str(path), "run", "--once").returncode == 0
    (maildir.folder("Sent") / "cur" / "2.x.host:2,S").write_bytes(
        threaded_mail("Sam Seeker <sam@example.net>", "Re: Votre candidature", "Merci ! Un retour ?",
                      "<reponse@example.net>", now - 4 * DAY, in_reply_to="<refus-1@maison-verlaine.example>"))
    (maildir.root / "new" / "3.x.host").write_bytes(
        threaded_mail("Claire Dubois <claire.dubois@maison-verlaine.example>", "Re: Re: Votre candidature",
                      FR_FEEDBACK, "<retour@maison-verlaine.example>", now - 1 * DAY,
                      in_reply_to="<reponse@example.net>"))
    files = {p: p.read_bytes() for p in maildir.root.rglob("*") if p.is_file()}

    done = onward("--config", str(path), "status", "--refresh")

    assert done.returncode == 0, done.stderr
    assert {p: p.read_bytes() for p in maildir.root.rglob("*") if p.is_file()} == files
    listed = json.loads(onward("--config", str(path), "feedback", "--json").stdout)
    assert len(listed) == 1 and listed[0]["language"] == "fr" and listed[0]["account"] == "local"
    assert listed[0]["sentences"][1] == ("Le jury a aussi trouvé que vos réponses sur le management "
                                         "d'équipe restaient trop théoriques.")
    assert "reply sent" in onward("--config", str(path), "status").stdout
