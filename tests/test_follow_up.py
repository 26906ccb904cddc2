"""Issue 14 item 3: the stay-in-touch draft months later, end to end against the real Dovecot —
rejection, reply sent (in Sent), time passing (an injected clock), one follow-up draft threaded
under the conversation; each rule that cancels it; `onward mute`; and a crash that never makes a
second one. In English, German and Spanish."""

from __future__ import annotations

import email
import email.policy
import json
import os
import time

import pytest

from onward.daemon.timing import due_time
from onward.drafts import asks_not_to_be_contacted
from tests.support.conversation import DE_REJECTION, FR_REJECTION, message_id_of, threaded_mail
from tests.support.helpers import drafts_in, onward, poll, rejections
from tests.support.mail import message, rejection

DAY = 86400.0
CONFIG = '[drafts]\ndelay = "0m"\n[schedule]\nlookback = "365d"\n[follow_up]\nafter = "90d"'
FERNWOOD = "Your application for Data Analyst at Fernwood Analytics"
PRIYA = "Priya Raman <priya.raman@fernwood-analytics.example>"
SAM = "Sam Seeker <sam@example.net>"


def follow_ups(user) -> list[email.message.EmailMessage]:
    found = [m for m, _flags in drafts_in(user) if str(m["X-Onward-Key"]).endswith("/follow-up")]
    return [email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for m in found]


def text_of(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def conversation(user, now: float) -> tuple[str, str]:
    """A rejection five days ago, and the user's reply from scratch four days ago; their ids."""
    raw = rejection(1, date=now - 5 * DAY)
    user.drop(raw, mtime=now - 5 * DAY)
    rejection_id = message_id_of(raw)
    user.append(threaded_mail(SAM, f"Re: {FERNWOOD}", "Thank you, Priya. I hope we stay in touch.",
                              "<reply-1@example.net>", now - 4 * DAY, in_reply_to=rejection_id,
                              references=rejection_id).replace(b"To: Sam Seeker <sam@example.net>", f"To: {PRIYA}".encode()),
                folder="Sent")
    return rejection_id, "<reply-1@example.net>"


def row_of(path, subject: str = FERNWOOD) -> dict:
    (row,) = [r for r in rejections(path) if r["subject"] == subject]
    return row


def test_one_follow_up_months_after_the_reply_threaded_under_it(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=CONFIG)
    rejection_id, reply_id = conversation(mail_user, now)
    poll(path, now)
    assert follow_ups(mail_user) == [] and drafts_in(mail_user) == []  # the user replied: no first draft
    poll(path, now + 80 * DAY)
    assert follow_ups(mail_user) == []  # 76 days after the reply: not yet
    poll(path, now + 87 * DAY)
    (draft,) = follow_ups(mail_user)
    assert draft["In-Reply-To"] == reply_id
    assert draft["References"].split() == [rejection_id, reply_id]
    assert draft["To"].addresses[0].addr_spec == "priya.raman@fernwood-analytics.example"
    assert draft["Subject"] == f"Re: {FERNWOOD}"
    body = text_of(draft)
    assert "still very interested in Fernwood Analytics" in body
    assert "[[Fill in before sending" in body
    assert draft["Content-Language"] == "en"
    for later in (88, 120, 200):
        poll(path, now + later * DAY)
    assert len(follow_ups(mail_user)) == 1  # exactly once
    row = row_of(path)
    assert row["follow_up"]["state"] == "saved" and row["follow_up"]["key"].endswith("/follow-up")
    assert "follow-up draft saved" in onward("--config", str(path), "status").stdout
    listed = json.loads(onward("--config", str(path), "drafts", "--json").stdout)
    assert [(r["kind"], r["state"]) for r in listed] == [("follow-up", "in Drafts")]
    assert "follow-up: Fernwood Analytics" in onward("--config", str(path), "drafts").stdout
    # Cancelled like the first drafts: `remove-drafts` deletes it while untouched, and it stays decided.
    removed = onward("--config", str(path), "remove-drafts", row["id"], "--yes")
    assert removed.returncode == 0 and "deleted 1 draft(s)" in removed.stdout, removed.stdout + removed.stderr
    assert follow_ups(mail_user) == []
    # Listed as removed on request (not "gone"), and only the follow-up is: the rejection's own
    # draft state is not touched.
    listed = json.loads(onward("--config", str(path), "drafts", "--json").stdout)
    assert [(r["kind"], r["state"]) for r in listed] == [("follow-up", "removed by onward remove-drafts")]
    assert "draft_state" not in row_of(path)
    poll(path, now + 210 * DAY)
    assert follow_ups(mail_user) == []


def test_off_by_default_no_follow_up(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n[schedule]\nlookback = "365d"')
    conversation(mail_user, now)
    poll(path, now)
    poll(path, now + 200 * DAY)
    assert follow_ups(mail_user) == []


def test_a_german_follow_up_threads_under_the_last_message_of_the_conversation(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=CONFIG)
    absage = message(1, subject="Ihre Bewerbung als Controller (m/w/d)", body=DE_REJECTION,
                     sender="Katrin Vogel <k.vogel@lindenhof-logistik.example>", date=now - 6 * DAY)
    mail_user.drop(absage, mtime=now - 6 * DAY)
    absage_id = message_id_of(absage)
    # The employer wrote once more (before the user's reply); the user answered that message.
    mail_user.append(threaded_mail("Katrin Vogel <k.vogel@lindenhof-logistik.example>", "AW: Ihre Bewerbung",
                                   "Hallo Herr Seeker,\n\nnoch ein Nachtrag: Ihre Unterlagen haben wir gelöscht.\n",
                                   "<nachtrag@lindenhof-logistik.example>", now - 5 * DAY, in_reply_to=absage_id,
                                   references=absage_id))
    mail_user.append(threaded_mail(SAM, "AW: Ihre Bewerbung", "Vielen Dank, Frau Vogel!", "<antwort@example.net>",
                                   now - 4 * DAY, in_reply_to="<nachtrag@lindenhof-logistik.example>",
                                   references=f"{absage_id} <nachtrag@lindenhof-logistik.example>")
                     .replace(b"To: Sam Seeker <sam@example.net>",
                              b"To: Katrin Vogel <k.vogel@lindenhof-logistik.example>"), folder="Sent")
    poll(path, now)
    poll(path, now + 95 * DAY)
    (draft,) = follow_ups(mail_user)
    assert draft["In-Reply-To"] == "<antwort@example.net>"
    assert draft["References"].split() == [absage_id, "<nachtrag@lindenhof-logistik.example>",
                                           "<antwort@example.net>"]
    assert draft["Content-Language"] == "de"
    body = text_of(draft)
    assert "weiterhin sehr an Lindenhof Logistik" in body and "[[Vor dem Senden ausfüllen" in body
    assert body.startswith("Guten Tag Katrin Vogel,")  # formal, as the rejection was (Sie)


def test_working_hours_hold_a_due_follow_up_until_they_begin(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=CONFIG.replace('delay = "0m"',
                                                        'delay = "0m"\nworking_hours = "09:00-09:01"'))
    conversation(mail_user, now)
    due = due_time(now - 4 * DAY, 90 * DAY, "09:00-09:01")
    poll(path, now)
    poll(path, due - 60)  # past reply + 90 days, but before the next working minute
    assert follow_ups(mail_user) == []
    poll(path, due + 1)
    assert len(follow_ups(mail_user)) == 1


def test_a_pause_holds_the_follow_up_back_until_resume(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=CONFIG)
    conversation(mail_user, now)
    poll(path, now)
    assert onward("--config", str(path), "pause").returncode == 0
    poll(path, now + 100 * DAY)
    assert follow_ups(mail_user) == [] and "follow_up" not in row_of(path)
    assert onward("--config", str(path), "resume").returncode == 0
    poll(path, now + 100 * DAY + 60)
    assert len(follow_ups(mail_user)) == 1


@pytest.mark.parametrize("rule", ["company wrote", "user wrote", "user wrote anew", "do not contact", "muted",
                                  "muted domain"])
def test_each_cancel_rule_gives_no_follow_up(mail_user, write_config, rule):
    now = time.time()
    path = write_config(mail_user, extra=CONFIG)
    rejection_id, reply_id = conversation(mail_user, now)
    if rule == "company wrote":  # a new mail from the same person, without threading headers
        mail_user.append(threaded_mail(PRIYA, "Another opening", "Hi Sam, have a look at this role.",
                                       "<news@fernwood-analytics.example>", now + 30 * DAY))
    elif rule == "user wrote":
        mail_user.append(threaded_mail(SAM, f"Re: {FERNWOOD}", "One more thing…", "<reply-2@example.net>",
                                       now + 20 * DAY, in_reply_to=reply_id, references=f"{rejection_id} {reply_id}"),
                         folder="Sent")
    elif rule == "user wrote anew":  # a new mail to the same person, not in the thread
        mail_user.append(threaded_mail(SAM, "Catching up", "Hi Priya, a quick hello…", "<hello@example.net>",
                                       now + 20 * DAY, to=PRIYA), folder="Sent")
    elif rule == "do not contact":  # before the user's reply, so that it is this rule that cancels
        mail_user.append(threaded_mail(PRIYA, f"Re: {FERNWOOD}", "Hi Sam,\n\nplease do not contact us again "
                                       "about this position.\n", "<stop@fernwood-analytics.example>",
                                       now - 4.5 * DAY, in_reply_to=rejection_id, references=rejection_id))
    else:
        name = "fernwood ANALYTICS" if rule == "muted" else "fernwood-analytics.example"
        assert onward("--config", str(path), "mute", name).returncode == 0
        assert name in onward("--config", str(path), "mute", "--list").stdout
    poll(path, now)
    poll(path, now + 100 * DAY)
    assert follow_ups(mail_user) == []
    row = row_of(path)
    if rule.startswith("muted"):
        assert "follow_up" not in row  # muting is undone by unmuting: nothing is decided
        assert onward("--config", str(path), "unmute", name.upper()).returncode == 0
        poll(path, now + 101 * DAY)
        assert len(follow_ups(mail_user)) == 1
    else:
        assert row["follow_up"]["state"] == "cancelled"
        assert row["follow_up"]["reason"] == {"company wrote": "the employer wrote since your reply",
                                              "user wrote": "you wrote again since your reply",
                                              "user wrote anew": "you wrote again since your reply",
                                              "do not contact": "they asked not to be contacted"}[rule]
        assert "no follow-up: " in onward("--config", str(path), "status").stdout


CRASH_CONFIG = CONFIG


@pytest.mark.parametrize("point", ["before_append", "after_append", "after_follow_up"])
def test_a_crash_never_makes_a_second_follow_up(mail_user, write_config, point):
    now = time.time()  # `onward run` runs on the real clock: the conversation is months old
    path = write_config(mail_user, extra=CRASH_CONFIG)
    raw = rejection(1, date=now - 120 * DAY)
    mail_user.drop(raw, mtime=now - 120 * DAY)
    rid = message_id_of(raw)
    mail_user.append(threaded_mail(SAM, f"Re: {FERNWOOD}", "Thank you!", "<reply-c@example.net>", now - 100 * DAY,
                                   in_reply_to=rid, references=rid), folder="Sent")
    crashed = onward("--config", str(path), "run", "--once", env=dict(os.environ, ONWARD_CRASH_AT=point))
    assert crashed.returncode == -9, f"never reached {point}: {crashed.stderr}"
    for _ in range(2):
        done = onward("--config", str(path), "run", "--once")
        assert done.returncode == 0, done.stderr
    assert len(follow_ups(mail_user)) == 1
    assert row_of(path)["follow_up"]["state"] == "saved"


def test_mute_list_and_unmute_say_what_they_did(tmp_path, mail_user, write_config):
    path = write_config(mail_user, extra=CONFIG)
    assert "no company is muted" in onward("--config", str(path), "mute", "--list").stdout
    assert onward("--config", str(path), "mute", "Acme\x1b[31m").returncode == 2  # control characters
    assert onward("--config", str(path), "mute", "Acme Corp").returncode == 0
    again = onward("--config", str(path), "mute", "acme corp")
    assert again.returncode == 0 and "already muted" in again.stdout
    assert "Acme Corp" in onward("--config", str(path), "mute", "--list").stdout
    assert onward("--config", str(path), "unmute", "ACME CORP").returncode == 0
    missing = onward("--config", str(path), "unmute", "Acme Corp")
    assert missing.returncode == 2 and "not muted" in missing.stderr
    assert onward("--config", str(path), "mute").returncode == 2  # a name, or --list


@pytest.mark.parametrize("text", [
    "Please do not contact us again.", "Please don't contact me about other roles.",
    "Bitte keine weiteren Anfragen.", "Bitte kontaktieren Sie mich nicht mehr.",
    "Merci de ne plus nous contacter.", "Merci de ne plus me solliciter.",
    "Por favor, no vuelva a contactar con nosotros.", "Le ruego que no nos contacte más.",
])
def test_a_request_not_to_be_contacted_is_read_in_four_languages(text):
    assert asks_not_to_be_contacted(message(1, body=f"Hello,\n\n{text}\n\nBest\n"))


@pytest.mark.parametrize("text", [
    "Please do not reply to this email.", "We will contact you if another role opens.",
    "Bitte antworten Sie nicht auf diese E-Mail.", "Merci de ne pas répondre à ce message.",
    "No responda a este correo.", "> please do not contact us again\n(quoted, not theirs)",
])
def test_ordinary_words_are_no_such_request(text):
    assert not asks_not_to_be_contacted(message(1, body=f"Hello,\n\n{text}\n\nBest\n"))


ES_REJECTION = """Estimado Sam:

Le agradecemos sinceramente su interés en {company} y el tiempo dedicado al proceso de selección \
para el puesto de Técnico de laboratorio.

Lamentablemente, tras valorar todas las candidaturas, hemos decidido continuar con otros \
candidatos cuyo perfil se ajusta más a nuestras necesidades.

Le deseamos mucho éxito en su búsqueda.

Un saludo,
{person}
Selección, {company}
"""


def test_spanish_conversations_one_follow_up_and_one_request_not_to_be_contacted(mail_user, write_config):
    now = time.time()
    path = write_config(mail_user, extra=CONFIG)
    people = {"Almazara Sur": ("Lucía Martín", "lucia@almazarasur.example"),
              "Bodegas Ribera": ("Jorge Pardo", "jorge@bodegasribera.example")}
    ids = {}
    for n, (company, (person, address)) in enumerate(people.items(), start=1):
        raw = message(n, subject="Su candidatura: Técnico de laboratorio",
                      body=ES_REJECTION.format(company=company, person=person),
                      sender=f"{person} <{address}>", date=now - 6 * DAY)
        mail_user.drop(raw, mtime=now - 6 * DAY)
        ids[company] = message_id_of(raw)
    # Bodegas Ribera wrote again before the user's reply: do not contact us any more.
    mail_user.append(threaded_mail(f"Jorge Pardo <{people['Bodegas Ribera'][1]}>", "RE: Su candidatura",
                                   "Hola Sam:\n\nLe ruego que no nos contacte más sobre esta vacante.\n\nJorge\n",
                                   "<basta@bodegasribera.example>", now - 5 * DAY, in_reply_to=ids["Bodegas Ribera"],
                                   references=ids["Bodegas Ribera"]))
    for n, (company, (person, address)) in enumerate(people.items(), start=1):
        mail_user.append(threaded_mail(SAM, "Re: Su candidatura: Técnico de laboratorio", "¡Muchas gracias!",
                                       f"<respuesta-{n}@example.net>", now - 4 * DAY, in_reply_to=ids[company],
                                       references=ids[company])
                         .replace(b"To: Sam Seeker <sam@example.net>", f"To: {person} <{address}>".encode()),
                         folder="Sent")
    poll(path, now)
    poll(path, now + 90 * DAY)
    (draft,) = follow_ups(mail_user)
    assert draft["To"].addresses[0].addr_spec == "lucia@almazarasur.example"
    assert draft["In-Reply-To"] == "<respuesta-1@example.net>" and draft["Content-Language"] == "es"
    body = text_of(draft)
    assert "mi interés por Almazara Sur sigue intacto" in body and "[[Completar antes de enviar" in body
    cancelled = [r for r in rejections(path) if (r.get("company") or "") != "Almazara Sur"]
    assert [r["follow_up"]["reason"] for r in cancelled] == ["they asked not to be contacted"]


def test_a_maildir_account_gets_its_french_follow_up_once(tmp_path):
    from onward.daemon.mailbox.maildir_folders import Maildir

    now = time.time()
    maildir = Maildir(tmp_path / "Maildir")
    maildir.create("Drafts", "Sent", "Trash")
    path = tmp_path / "config.toml"
    path.write_text(f'{CONFIG}\n[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
                    f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{maildir.root}"\n')
    refus = threaded_mail("Claire Dubois <claire.dubois@maison-verlaine.example>",
                          "Votre candidature au poste de Chef de projet", FR_REJECTION,
                          "<refus-1@maison-verlaine.example>", now - 9 * DAY)
    (maildir.root / "new" / "1.x.host").write_bytes(refus)
    os.utime(maildir.root / "new" / "1.x.host", (now - 9 * DAY, now - 9 * DAY))
    (maildir.folder("Sent") / "cur" / "2.x.host:2,S").write_bytes(
        threaded_mail(SAM, "Re: Votre candidature au poste de Chef de projet", "Merci beaucoup !",
                      "<reponse@example.net>", now - 8 * DAY, in_reply_to="<refus-1@maison-verlaine.example>")
        .replace(b"To: Sam Seeker <sam@example.net>",
                 b"To: Claire Dubois <claire.dubois@maison-verlaine.example>"))
    from onward.daemon import config
    from onward.daemon.service import make_service

    cfg = config.load(path)
    for days in (0, 85, 86, 120):
        service = make_service(cfg, clock=lambda: now + days * DAY, account=config.accounts_of(cfg)[0])
        try:
            service.run_once()
        finally:
            service.store.close()
    saved = [p.read_bytes() for p in maildir.files("Drafts")]
    (raw,) = [r for r in saved if b"/follow-up" in r]
    draft = email.message_from_bytes(raw, policy=email.policy.default)
    assert draft["In-Reply-To"] == "<reponse@example.net>" and draft["Content-Language"] == "fr"
    assert "[[À compléter avant l'envoi" in text_of(draft)
    assert draft["To"].addresses[0].addr_spec == "claire.dubois@maison-verlaine.example"
