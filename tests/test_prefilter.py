"""The first stage (onward.classifier.prefilter): it must pass every rejection and every kind of job
mail of every labelled set, and stop mail plainly not about a job. Pure functions, no server."""

from __future__ import annotations

import base64
import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from onward.classifier import corpus, prefilter
from tests.support.mail import interview, message, rejection

NOT_JOB = {"everyday", "negative_non_job", "not_job"}  # every other category is job mail
SETS = {"train": corpus.TRAIN_DIR, "heldout": corpus.HELDOUT_DIR,
        "independent": corpus.CORPUS_DIR / "independent"}


@pytest.fixture(scope="module")
def screen() -> prefilter.Screen:
    return prefilter.default_screen()


@pytest.mark.parametrize("name", SETS)
def test_every_rejection_and_every_job_mail_of_each_labelled_set_passes(screen, name):
    examples = corpus.load_corpus(SETS[name])
    assert len(examples) > 100
    stopped = [(e.id, e.category) for e in examples if e.category not in NOT_JOB and not screen.passes(e.raw)]
    assert stopped == []
    assert sum(e.label == "rejection" for e in examples) > 100  # the set has its rejections


def test_it_stops_much_of_the_mail_that_is_not_about_a_job(screen):
    not_job = [e for folder in SETS.values() for e in corpus.load_corpus(folder) if e.category in NOT_JOB]
    # The independent rounds' not-job mail is written to look like a rejection (a flat, a loan, a
    # friend's "unfortunately"): the first stage stops about 5 % of it (bench/prefilter_recall.py).
    # The project's own sets hold everyday mail too.
    own = [e for name in ("train", "heldout") for e in corpus.load_corpus(SETS[name]) if e.category in NOT_JOB]
    stopped = sum(not screen.passes(e.raw) for e in own)
    assert stopped >= 0.1 * len(own)  # mail written by a person: many words count (see words.toml)
    as_lists = sum(not screen.passes(b"List-Unsubscribe: <mailto:x@example.org>\n" + e.raw) for e in not_job)
    assert as_lists >= 0.5 * len(not_job)  # from a list or a machine, only job words count


def test_the_window_is_wider_than_any_labelled_job_mail_needs(screen):
    # The margin the WINDOW comment promises: every job mail passes with 700 characters
    # (600 held until round 6, whose job alert w21-032 needs 620).
    narrow = dataclasses.replace(screen, window=700)
    job_mail = [e for folder in SETS.values() for e in corpus.load_corpus(folder) if e.category not in NOT_JOB]
    assert all(narrow.passes(e.raw) for e in job_mail)
    assert screen.window >= 2 * 700


SHOP = message(1, subject="Your order #KK-209384 has shipped", sender="Kitchen Shop <orders@shop.example>",
               body="Good news, Alex! Your order left our warehouse today.\n\n1 x Flour, 5 kg  14.90\n")
NEWSLETTER = (b"List-Unsubscribe: <mailto:leave@garden.example>\r\nPrecedence: bulk\r\n"
              + message(2, subject="March newsletter: seed swap", sender="Garden Club <news@garden.example>",
                        body="Hello growers,\n\nSeed swap on Sunday. Sorry, the shed is still locked!\n"))


@pytest.mark.parametrize("raw", [SHOP, NEWSLETTER])
def test_plain_non_job_mail_is_stopped(screen, raw):
    assert screen.reason(raw) == ""
    assert not prefilter.passes(raw)


def test_rejections_and_interviews_pass(screen):
    assert prefilter.passes(rejection(1)) and prefilter.passes(interview(2))
    assert screen.reason(rejection(1)).startswith("job word")


def test_informal_words_count_only_in_mail_a_person_wrote(screen):
    short = message(3, subject="sous chef", sender="Linnea <linnea@bistro.example>",
                    body="Hi Marco, we found someone over the weekend so we're all set. x Linnea\n")
    assert screen.reason(short).startswith("personal word")
    for header in (b"List-Id: <cooks.bistro.example>\r\n", b"Auto-Submitted: auto-generated\r\n",
                   b"Precedence: list\r\n"):
        assert screen.reason(header + short) == "", header


def test_a_reply_from_a_person_passes(screen):
    for subject in ("Re: bar staff", "AW: Frage", "RE : demande", "[ext] Re: hello", "Fwd: Re: x"):
        raw = message(4, subject=subject, body="Filled now, cheers\n", sender="Pub <pub@example.org>")
        assert screen.reason(raw) in ("a reply", "personal word 'filled'"), subject
    bare = message(4, subject="hello", body="ok cool\n")
    assert screen.reason(bare) == ""
    assert screen.reason(b"In-Reply-To: <a@b.example>\r\n" + bare) == "a reply"


def test_a_job_board_or_applicant_tracking_sender_passes_whatever_it_says(screen):
    raw = message(5, subject="Hello", body="Hi.\n", sender="Acme <no-reply@acme.greenhouse-mail.io>")
    assert screen.reason(b"Auto-Submitted: auto-generated\r\n" + raw) == "sender acme.greenhouse-mail.io"
    assert screen.reason(message(5, subject="Hello", body="Hi.\n", sender="x <a@notgreenhouse.io>")) == ""


def test_words_are_found_in_any_supported_language_and_spelling(screen):
    for text in ("Ihre Onlinebewerbung", "Ihr Vorstellungsgespräch", "Ihr Vorstellungsgespraech",
                 "votre candidature", "tu postulación", "EMPLOI", "Entretien d'embauche"):
        assert screen.reason(NEWSLETTER.replace(b"seed swap", text.encode("utf-8"))), text


def _mime(content_type: str, body: bytes, cte: str = "7bit") -> bytes:
    return (f"From: Shop <a@shop.example>\r\nSubject: Hello\r\nList-Id: <x.shop.example>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
            ).encode() + body


def test_the_first_text_part_is_read_through_its_encoding_and_markup(screen):
    words = "<html><head><style>p{}</style></head><body><p>Your application</p></body></html>"
    html_b64 = _mime('text/html; charset="utf-8"', base64.encodebytes(words.encode()), "base64")
    assert screen.reason(html_b64) == "job word 'applica'"  # "applica*"
    plain_qp = _mime("text/plain; charset=iso-8859-1", b"Ihre Bewerbung f=FCr die Stelle\r\n", "quoted-printable")
    assert screen.reason(plain_qp).startswith("job word")
    nested = _mime('multipart/mixed; boundary="outer"',
                   b"--outer\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
                   b"--inner\r\nContent-Type: text/plain\r\n\r\nWe regret: the position is filled.\r\n"
                   b"--inner--\r\n--outer\r\nContent-Type: image/png\r\n\r\nxxxx\r\n--outer--\r\n")
    assert screen.reason(nested) == "job word 'position'"
    # Words past the window do not count: job mail says what it is about in its first lines.
    late = _mime("text/plain", b"Hello. " * 400 + b"Your application")
    assert screen.reason(late) == ""


def test_what_cannot_be_read_cheaply_passes(screen):
    forwarded = _mime('multipart/mixed; boundary="b"', b"--b\r\nContent-Type: text/plain\r\n\r\nsee below\r\n"
                      b"--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: x\r\n\r\nUnfortunately...\r\n--b--\r\n")
    assert screen.reason(forwarded) == "a message attached whole"
    as_file = forwarded.replace(b"message/rfc822", b'application/octet-stream; name="Absage.eml"')
    assert screen.reason(as_file) == "a message attached whole"
    assert screen.reason(_mime("application/pdf", b"%PDF")) == "no text part read cheaply"
    for hostile in (b"", b"\x00" * 100, _mime("text/plain; charset=x-nonsense", b"\xff\xfe"),
                    _mime("text/plain", b"!!!", "base64"), _mime("multipart/mixed", b"no boundary"),
                    *(_mime("text/html", markup * 3000) for markup in (b"<style", b"<", b"<!--", b"<head>"))):
        assert prefilter.passes(hostile) in (True, False)  # never raises


def test_the_words_are_data(tmp_path: Path):
    data = tmp_path / "words.toml"
    data.write_text('[senders]\ndomains = ["jobs.example"]\n[job]\nxx = ["zorblax*"]\n[personal]\nxx = []\n')
    screen = prefilter.load_screen(data)
    assert screen.reason(message(6, subject="Zorblaxing", body="hi\n"))
    assert screen.reason(message(6, subject="Your application", body="hi\n")) == ""
    assert screen.reason(message(6, subject="hi", body="hi\n", sender="x <a@mail.jobs.example>"))


def test_classify_explain_says_what_the_first_stage_makes_of_a_message(tmp_path, monkeypatch, capsys):
    from onward.daemon.cli import main

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n')
    shop, job = tmp_path / "shop.eml", tmp_path / "job.eml"
    shop.write_bytes(SHOP)
    job.write_bytes(rejection(1))
    assert main(["--config", str(config), "classify", "--explain", str(shop), str(job)]) == 0
    text = capsys.readouterr().out
    assert "first stage: set aside as not job mail" in text
    assert "first stage: passes to the model (job word" in text


# The pattern the first stage matched case-insensitively at every position before it looked in the
# lower-cased body for literal starts (prefilter.attaches_message): the same answer, ten times faster.
_ATTACHED_BEFORE = re.compile(rb"(?im)^content-type:[ \t]*message/rfc822|name\*?=[ \t]*\"?[^\"\r\n;]*\.eml\b")
_BODY_PIECES = st.sampled_from([
    b"Content-Type: message/rfc822", b"content-TYPE:\tMESSAGE/RFC822", b"x-content-type: message/rfc822",
    b" Content-Type: message/rfc822", b'name="note.EML"', b"filename*=fwd.eml;", b'name="a;b.eml"',
    b"name=x.emlx", b"NAME = y.eml", b"\r\n", b"\n", b"\r", b"text ", b"eml", b"Content-Type:",
    b"message/rfc822", b"name=", b".eml", b"\xc3\x89", b"\x00",
])


@settings(max_examples=600, deadline=None)
@given(st.lists(_BODY_PIECES, max_size=10))
def test_an_attached_message_is_found_as_the_case_insensitive_pattern_found_it(pieces):
    body = b"".join(pieces)
    assert prefilter.attaches_message(body) == bool(_ATTACHED_BEFORE.search(body))


# The word search (prefilter.WordSearch) finds word starts by the character before them and words
# inside others by their first letter: it must find what one regex of the words (`plain`) finds
# first, at the same place, in any text: starts and ends of words, accents, umlauts written out,
# underscores (a word character to `\b`), a phrase's gap, the text's very start.
_TEXT_PIECES = st.sampled_from([
    "job", "jobs", "bewerbung", "initiativbewerbung", "rückmeldung", "rueckmeldung", "candidat",
    "candidature", "human", "resources", "human resources", "role", "roles", "rolle", "hr", "cv",
    "stage", "stelle", "stellenanzeige", "ausbildung", "aeusbildung", "position", "empleo", "puesto",
    "lehrlings", "emploi", "emplois", "réponse", "filled", "going with", "else", "_", "-", " ", "  ",
    "\n", ".", "é", "ä", "ß", "ae", "ue", "x", "1", "à", "Ç", "c", "s", "ñ",
])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=12))
def test_the_word_search_finds_what_one_regex_of_the_words_finds(pieces):
    text = "".join(pieces).lower()
    shipped = prefilter.default_screen()
    for words in (shipped.job, shipped.personal):
        first = words.plain.search(text)
        assert words.search(text) == (first.group() if first else None)


def test_the_word_search_finds_each_kind_of_word_first_where_it_starts():
    words = prefilter.compile_words(["hr", "position*", "*bewerb*", "human resources"])
    assert words.search("our hr team") == "hr"
    assert words.search("hr") == "hr"  # at the very start: no character before it
    assert words.search("chrome and repositions") is None  # neither starts a word
    assert words.search("x_hr") is None  # "_" is a word character: no word starts at "h"
    assert words.search("die initiativbewerbung, hr") == "bewerb"  # inside a word, found first
    assert words.search("hr-bewerbung") == "hr"  # both at once: the start comes first
    assert words.search("the human_resources desk") == "human_resources"
    assert words.search("positionen") == "position"
