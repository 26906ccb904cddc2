"""The people the user exchanged mail with about applications (issue 14 item 4): recruiters move
between companies, and a good contact is worth keeping in the user's own address book.

Read from the state only: each recorded rejection names its sender, and, once its drafts were
composed, the person the reply went to (facts "contact" and "contact_address"); daemon.follow adds
when the user replied and when the employer answered, with or without feedback; the job mail
table (daemon.job_mail) adds the senders of invitations, offers and other job mail. Automated senders
(no-reply addresses, applicant-tracking systems, support desks) and a team's shared address
(careers@, jobs@) are nobody's contact and are left out.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import io
from collections.abc import Collection
from dataclasses import asdict, dataclass

from onward.daemon.state import Store
from onward.daemon.table import shown
from onward.drafts.addresses import is_contact_address, is_team_box
from onward.drafts.sanitize import valid_address


@dataclass
class Contact:
    name: str
    address: str
    company: str
    role: str
    last_contact: float | None  # the newest mail either way: the rejection, the reply, the answer
    feedback: bool               # an answer holding feedback came from them
    rejections: int              # rejections among their mail

    def as_dict(self) -> dict:
        return asdict(self)


def contacts(store: Store, own: Collection[str] = ()) -> list[Contact]:
    """Every person behind the state's job mail, one per address, the most recently heard first:
    the rejections (with the conversation after them), then the other job mail the service or
    `onward scan --since` recorded (invitations, offers, a recruiter's first message, ...). The
    user's `own` addresses (lower case) are left out: a scanned Sent or All Mail folder holds them."""
    by_address: dict[str, Contact] = {}
    for account in store.accounts():
        rejections = store.followed(account)
        for row in rejections:
            last = max((t for t in (row.get("received_at"), row.get("reply_sent_at"),
                                    row.get("answer_received_at")) if t), default=None)
            _add(by_address, row, last, bool(row.get("feedback")), rejection=True)
        counted = {row["key"] for row in rejections}
        for row in store.job_mail(account):
            if row["key"] not in counted:  # a rejection the service recorded is counted above
                _add(by_address, row, row.get("received_at"), False, rejection=row["kind"] == "rejection")
    return sorted((c for address, c in by_address.items() if address not in own),
                  key=lambda c: c.last_contact or 0, reverse=True)


def _add(by_address: dict[str, Contact], row: dict, last: float | None, feedback: bool,
         rejection: bool) -> None:
    name, address = _person(row)
    if not address:
        return
    known = by_address.get(address.lower())
    if known is None:
        by_address[address.lower()] = Contact(
            name=name, address=address, company=shown(row.get("company")), role=shown(row.get("role")),
            last_contact=last, feedback=feedback, rejections=int(rejection))
        return
    known.rejections += int(rejection)
    known.feedback = known.feedback or feedback
    known.name = known.name or name
    if last and (known.last_contact is None or last > known.last_contact):
        known.last_contact = last
        # the newest mail's application is the one to remember them by, when it names one
        known.company = shown(row.get("company")) or known.company
        known.role = shown(row.get("role")) or known.role


def _person(row: dict) -> tuple[str, str]:
    """(name, address) of the person behind a rejection: the reply's recipient as the drafts
    chose it, else the From header; ("", "") when that is an automated sender."""
    sender_name, sender_address = email.utils.parseaddr(row.get("sender") or "")
    address = valid_address(row.get("contact_address") or "") or valid_address(sender_address)
    if not is_person(address):
        return "", ""
    name = row.get("contact") or (sender_name if address.lower() == sender_address.lower() else "")
    return shown(name), address  # shown(): no control or bidi characters from a mail


def is_person(address: str) -> bool:
    """Whether `address` (a valid address, or "") reaches a person this list may hold: not an
    automated sender, an applicant-tracking system, a support desk or a team's shared box. The job
    mail table's other mail from anyone else is never shown here (daemon.job_mail relies on it)."""
    return bool(address) and is_contact_address(address) and not is_team_box(address)


def sender_is_person(sender: str) -> bool:
    """is_person of a job mail row's sender (its From header, as recorded): the rule `contacts` applies
    to the job mail table, whose rows name no other address."""
    return is_person(valid_address(email.utils.parseaddr(sender or "")[1]))


# A cell starting with one of these is a formula to a spreadsheet: text from a mail must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_csv(found: list[Contact]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "email", "company", "role", "last_contact", "feedback"])
    for c in found:
        writer.writerow([_cell(c.name), _cell(c.address), _cell(c.company), _cell(c.role),
                         _date(c.last_contact), "yes" if c.feedback else "no"])
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def as_vcard(found: list[Contact]) -> str:
    """vCard 3.0, which every address book imports; vobject escapes and folds the lines."""
    import vobject  # only for this export

    cards = []
    for c in found:
        card = vobject.vCard()
        card.add("fn").value = c.name or c.address
        given, _, family = c.name.rpartition(" ") if " " in c.name else ("", "", c.name)
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        card.add("email").value = c.address
        if c.company:
            card.add("org").value = [c.company]
        note = [f"Applied for: {c.role}" if c.role else "",
                f"Last contact: {_date(c.last_contact)}" if c.last_contact else "",
                "Sent feedback" if c.feedback else ""]
        card.add("note").value = ". ".join(n for n in note if n) + " (onward)"
        cards.append(card.serialize())
    return "".join(cards)


def _date(ts: float | None) -> str:
    return dt.date.fromtimestamp(ts).isoformat() if ts else ""  # local, as on the screen
