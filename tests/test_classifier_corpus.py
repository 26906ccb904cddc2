"""The shipped corpus and the readers of the user's own labelled mail."""

from __future__ import annotations

import json
import mailbox
from email.message import EmailMessage

import pytest

from onward.classifier import corpus, message_text
from onward.classifier.features import analyze, normalise

CATEGORIES = {
    "rejection": {"rejection_ats", "rejection_after_interview", "rejection_blunt", "rejection_filled",
                  "rejection_subtle", "rejection_internship", "rejection_talent_pool", "rejection_agency",
                  "rejection_status_subject", "rejection_forwarded"},
    "other": {"application_received", "interview_invitation", "offer", "next_steps", "status_update",
              "job_alert", "recruiter_outreach", "own_withdrawal", "negative_non_job", "everyday"},
}


def entry(**overrides) -> dict:
    base = {"id": "t-1", "label": "rejection", "category": "rejection_blunt", "language": "fr",
            "from": "Équipe RH <rh@exemple.fr>", "subject": "Votre candidature",
            "body": "Malheureusement, votre candidature n'a pas été retenue.", "html": False}
    return {**base, **overrides}


def test_entries_become_real_messages_that_read_back():
    for variant in range(12):  # the id picks the message shape: plain/mixed, qp/base64, latin-1
        raw = corpus.entry_to_bytes(entry(id=f"t-{variant}"))
        text = message_text(raw)
        assert text.startswith("Votre candidature\nÉquipe RH rh exemple")
        assert "n'a pas été retenue" in text


@pytest.mark.parametrize("sender, name, address", [
    ("Étude Perrin & Associés, Notaires <recrutement@etude-perrin.example>", "Étude Perrin & Associés, Notaires",
     "recrutement@etude-perrin.example"),
    ("Rachel Kim, RN <rkim@clinic.example>", "Rachel Kim, RN", "rkim@clinic.example"),
    ("Jobs @ Marlow Keane <recruitment@marlowkeane.example>", "Jobs @ Marlow Keane", "recruitment@marlowkeane.example"),
    ('"Quoted, Already" <a@b.example>', "Quoted, Already", "a@b.example"),
])
def test_a_sender_typed_with_a_comma_or_an_at_sign_keeps_its_name_and_address(sender, name, address):
    from email import policy
    from email.parser import BytesParser
    raw = corpus.entry_to_bytes({"id": "x-1", "from": sender, "subject": "s", "body": "b", "language": "fr"})
    parsed = BytesParser(policy=policy.default).parsebytes(raw)["From"].addresses
    assert [(a.display_name, a.addr_spec) for a in parsed] == [(name, address)]


def test_html_entries_are_read_as_text():
    raw = corpus.entry_to_bytes(entry(body="<p>Lamentablemente <b>no</b> ha sido seleccionado.</p>",
                                      html=True))
    assert b"text/html" in raw
    assert "Lamentablemente no ha sido seleccionado." in message_text(raw)


def test_an_entrys_own_header_fields_are_added_one_line_each_and_never_replace_ours():
    from email import policy
    from email.parser import BytesParser
    raw = corpus.entry_to_bytes(entry(headers={
        "List-Unsubscribe": "<mailto:leave@shop.example>", "Precedence": "bulk",
        "List-Id": "Ünï news <news.shop.example>", "X-Sneaky": "a\r\nBcc: someone@else.example",
        "Subject": "not this one", "Content-Type": "text/html", "Bad Name": "x"}))
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert message["List-Unsubscribe"] == "<mailto:leave@shop.example>"
    assert message["Precedence"] == "bulk"
    assert message["List-Id"] == "Ünï news <news.shop.example>"
    assert message["X-Sneaky"] == "a Bcc: someone@else.example" and message["Bcc"] is None
    assert message.get_all("Subject") == ["Votre candidature"]
    assert "Bad Name" not in raw.decode() and b"text/html" not in raw
    assert "n'a pas été retenue" in message_text(raw)
    # An entry without fields of its own keeps its bytes (the shipped model was trained on them).
    assert corpus.entry_to_bytes(entry(headers={})) == corpus.entry_to_bytes(entry())


def test_shipped_corpus_lines_are_all_valid():
    for directory in (corpus.TRAIN_DIR, corpus.HELDOUT_DIR):
        for path in corpus.corpus_files(directory):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                item = json.loads(line)
                where = f"{path.name}:{number}"
                assert item["label"] in CATEGORIES, where
                assert item["category"] in CATEGORIES[item["label"]], where
                assert item["language"] in ("en", "de", "fr", "es"), where
                assert item["body"].strip() and isinstance(item["html"], bool), where


def test_heldout_never_leaks_into_training():
    train = corpus.load_corpus(corpus.TRAIN_DIR)
    heldout = corpus.load_corpus(corpus.HELDOUT_DIR)
    if not heldout:
        pytest.skip("no held-out corpus yet")
    assert not {e.id for e in train} & {e.id for e in heldout}
    train_texts = {normalise(message_text(e.raw)) for e in train}
    assert not [e.id for e in heldout if normalise(message_text(e.raw)) in train_texts]


def test_analyze_folds_case_accents_and_numbers():
    terms = analyze("Leider NICHT berücksichtigt, Ref 20417 – we’ve")
    assert {"leider", "nicht", "berucksichtigt", "leider nicht", "~beruc", "we", "ve"} <= set(terms)
    assert not any(any(c.isdigit() for c in t) for t in terms)


def _eml(subject: str) -> bytes:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg.set_content("body")
    return msg.as_bytes()


def test_reads_a_folder_of_eml_files_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.eml").write_bytes(_eml("one"))
    (tmp_path / "sub" / "b.EML").write_bytes(_eml("two"))
    (tmp_path / "notes.txt").write_text("not mail")
    raws = corpus.read_mail_source(tmp_path)
    assert [message_text(r).splitlines()[0] for r in raws] == ["one", "two"]


def test_reads_an_mbox_file(tmp_path):
    path = tmp_path / "mail.mbox"
    box = mailbox.mbox(str(path))
    for subject in ("first", "second", "third"):
        box.add(_eml(subject))
    box.close()
    assert [message_text(r).splitlines()[0] for r in corpus.read_mail_source(path)] == ["first", "second", "third"]


def test_unreadable_sources_raise_corpus_error(tmp_path):
    with pytest.raises(corpus.CorpusError, match="does not exist"):
        corpus.read_mail_source(tmp_path / "missing")
    with pytest.raises(corpus.CorpusError, match="no .eml files"):
        corpus.read_mail_source(tmp_path)
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(corpus.CorpusError, match="neither an mbox"):
        corpus.read_mail_source(tmp_path / "notes.txt")


def test_labelled_mail_labels_by_source(tmp_path):
    (tmp_path / "rej").mkdir()
    (tmp_path / "oth").mkdir()
    (tmp_path / "rej" / "1.eml").write_bytes(_eml("no"))
    (tmp_path / "oth" / "1.eml").write_bytes(_eml("yes"))
    (tmp_path / "oth" / "2.eml").write_bytes(_eml("maybe"))
    examples = corpus.labelled_mail(tmp_path / "rej", tmp_path / "oth")
    assert [e.label for e in examples] == ["rejection", "other", "other"]


def test_broken_corpus_lines_are_skipped(tmp_path):
    (tmp_path / "x.jsonl").write_text(
        json.dumps(entry(id="good")) + "\n{not json\n" + json.dumps(entry(id="bad", label="maybe")) + "\n\n")
    assert [e.id for e in corpus.load_corpus(tmp_path)] == ["good"]
