"""The cheaper readings of the classifier's text give exactly what the code they replace gives (they exist
for speed only; how much faster: bench/classify_speed.py):

- Footers are dropped from one scan of a mail's footer phrases (text._drop_footers): what the two steps
  give when each scans the text for itself.
- A simply split message's parts look their headers up in a dict (simple_mime._ReadMessage): `get`
  answers as the email package's Message does, also after the headers are changed; so does its remembered
  content type.
"""

from __future__ import annotations

from email.message import Message

from hypothesis import given, settings, strategies as st

from onward.classifier import corpus
from onward.classifier.simple_mime import simple_message

from onward.classifier.text import _drop_footer_lines, _drop_footers, _footer_sentences_apart

_PIECES = st.sampled_from(["unsubscribe", "Unsubscribe", "opt-out", "privacy policy", "Privacy notice", "xprivacy policy",
                           "this message is confidential", "message très confidentiel", "We decided. ", "Thanks! ",
                           "Why? ", " ", "  ", "\n", "\n\n", "a", "Z", "İ", "é", ".", ". ", "abmelden",
                           "all rights reserved", "-", "do not reply to this"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=24))
def test_one_scan_drops_the_footers_the_two_steps_drop(pieces):
    text = "".join(pieces)
    assert _drop_footers(text) == _drop_footer_lines(_footer_sentences_apart(text))


def test_a_consent_closing_the_decisions_paragraph_goes_and_the_decision_stays():
    text = ("We won't be progressing your application. We'll delete your details in line with our privacy notice.\n"
            "Best wishes\nUnsubscribe here")
    assert _drop_footers(text) == "We won't be progressing your application.\n\nBest wishes\n"


_NAMES = ("Content-Type", "content-type", "CONTENT-TRANSFER-ENCODING", "Content-Disposition", "Subject", "from", "To",
          "X-Missing", "received")


def _answers(msg: Message) -> list:
    # The content type, asked twice: the second answer is the one remembered (simple_mime._ReadMessage).
    return [(Message.get(part, name, "none"), part.get(name, "none"), Message.get(part, name), part.get(name))
            for part in msg.walk() for name in _NAMES] + [
        (Message.get_content_type(part), part.get_content_type(), Message.get_content_maintype(part),
         part.get_content_maintype()) for part in msg.walk()]


def test_a_simple_messages_headers_are_found_as_the_email_package_finds_them():
    raws = [e.raw for e in corpus.load_corpus(corpus.TRAIN_DIR)][:1500]
    raws.append(b"Subject: one\nsubject: two\nContent-Type: text/plain; charset=utf-8\n\nbody")  # the first wins
    messages = [msg for msg in map(simple_message, raws) if msg is not None]
    assert len(messages) > 1000
    for msg in messages:
        for email_package, indexed, email_package_default, indexed_default in _answers(msg):
            assert indexed == email_package and indexed_default == email_package_default
    assert messages[-1].get("SUBJECT") == "one"
    assert {part.get_content_type() for msg in messages for part in msg.walk()} >= {"text/plain", "multipart/mixed"}


def test_a_simple_messages_headers_changed_are_found_as_the_email_package_finds_them():
    raw = b"Subject: one\nContent-Type: text/plain; charset=utf-8\nTo: a@b.example\n\nbody"
    changes = [lambda m: m.__setitem__("X-Missing", "here"), lambda m: m.replace_header("Subject", "two"),
               lambda m: m.__delitem__("To"), lambda m: m.set_param("charset", "latin-1"),
               lambda m: m.set_type("text/html"), lambda m: m.add_header("Received", "x")]
    for change in changes:
        msg = simple_message(raw)
        assert msg is not None
        assert msg.get_content_type() == "text/plain"  # remembered before the change
        change(msg)
        for email_package, indexed, email_package_default, indexed_default in _answers(msg):
            assert indexed == email_package and indexed_default == email_package_default
