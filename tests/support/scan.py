"""What the scan tests against Dovecot share: the identity config, an inbox's mail (a shop's notice,
and large mail with an attachment: a sale set aside, a rejection, a mail without a Message-ID), the
state queries their records are compared by, what the drafts say, and a scan run at a given time."""

from __future__ import annotations

import base64
import random
from pathlib import Path

from onward.daemon import config
from onward.daemon.service import make_service
from tests.support.helpers import drafts_in
from tests.support.mail import message, rejection

IDENTITY = '[identity]\nname = "Sam Seeker"\nemail = "sam@example.net"\n'
SHOP = message(3, subject="Your order #KK-209384 has shipped", sender="Kitchen Shop <orders@shop.example>",
               body="Hello,\n\nyour parcel is on its way and arrives on Thursday.\n")
ROWS = ("SELECT uid, key, message_id, subject, sender, received_at, status, probability, due_at, detail"
        " FROM messages ORDER BY uid")
JOBS = "SELECT * FROM job_mail ORDER BY key"


def drafts_as_read(user) -> list[tuple]:
    """Each draft's recipients, subject, threading and text: all that the reading decided."""
    out = []
    for mail, _flags in drafts_in(user):
        body = mail.get_body(("plain",))
        out.append((mail["To"], mail["Subject"], mail["In-Reply-To"], mail["X-Onward-Key"],
                    body.get_content() if body else ""))
    return sorted(out)


def run_at(path: Path, at: float, process=None):
    service = make_service(config.load(path), process=process, clock=lambda: at)
    try:
        return service, service.run_once()
    finally:
        service.store.close()


ATTACHMENT = base64.encodebytes(random.Random(5).randbytes(300_000))  # about 400 kB once encoded


def with_attachment(raw: bytes, list_mail: bool = False) -> bytes:
    """`raw` (a text/plain mail) as the first part of a multipart/mixed mail with a PDF attached."""
    head, _, body = raw.partition(b"\r\n\r\n")
    fields = [f for f in head.split(b"\r\n") if not f.lower().startswith((b"content-", b"mime-version"))]
    if list_mail:
        fields.append(b"List-Unsubscribe: <mailto:leave@garden.example>")
    return b"\r\n".join(fields + [
        b"MIME-Version: 1.0", b'Content-Type: multipart/mixed; boundary="part"', b"", b"--part",
        b"Content-Type: text/plain; charset=utf-8", b"", body, b"--part", b"Content-Type: application/pdf",
        b'Content-Disposition: attachment; filename="catalogue.pdf"', b"Content-Transfer-Encoding: base64", b"",
        ATTACHMENT, b"--part--", b""])


SALE = message(10, subject="Spring sale: garden tools", sender="Garden Shop <news@garden.example>",
               body="Hello,\n\nour spring sale starts today: seeds, pots and tools for less.\n\nYour Garden Shop\n")
BIG_SALE = with_attachment(SALE, list_mail=True)  # set aside: fetched in part only
BIG_REJECTION = with_attachment(rejection(11, sender="Ola Berg <ola@nordvik.example>",
                                          subject="Your application to Nordvik"))
NO_ID = with_attachment(message(12, subject="Photos from Sunday", sender="Kim <kim@example.org>",
                                body="Hi,\n\nthe photos from the walk are attached.\n", message_id=False),
                        list_mail=True)
