"""What each message is to the job search: its kind (onward.classifier.kinds), and for job mail the
company, role, job id and thread that link an answer to its application (for the report).

Read at scan time for the mail the first stage passes, and by `onward scan --since` for old mail.
Never a reason to draft: the rejection model alone decides that (daemon.triage). Company and role
are read with the drafts' own reader (onward.drafts.read_record: read_rejection's reading without
what only a reply needs) only
where something shows them (`facts_shown`): for the mail the report matches into applications,
and for other job mail from a person (`onward contacts`). A scan of everyday mail pays for the
kinds alone, and job alerts and job-board or applicant-tracking notices for their headers.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Callable, Sequence

from onward.daemon.mailbox.message import header_text
from onward.daemon.report.matching import MATCHED_KINDS  # matched by company and role among other things
from onward.drafts.sanitize import message_ids
from onward.daemon.state import JobMail

if TYPE_CHECKING:
    from onward.classifier.kinds import OnePass
    from onward.classifier.model import Model

logger = logging.getLogger(__name__)

# What a rejection says about why, from its text (issue 13 item 4: built apart, wired in by the
# lead); None: not read. Must not raise, but a raise is caught and logged.
ReasonOf = Callable[[str], "str | None"]


def reason_reader() -> ReasonOf | None:
    """What reads a rejection's stated reason, for the service and `onward scan --since`: the
    shipped reasons model (onward.classifier.reasons), imported and loaded on the first rejection."""
    return _stated_reason


def _stated_reason(text: str) -> str | None:
    from onward.classifier.reasons import stated_reason

    return stated_reason(text)[0]


NOT_JOB, REJECTION, OTHER_JOB = "not_job", "rejection", "other_job"
# "Job ID: R-12345", "Req #4471", "Ref. ABC/2026/17", "Kennziffer 2026-114", "Référence : MK-22",
# "Referencia: ES-553": a word that announces an id, then a token holding at least one digit.
JOB_ID = re.compile(
    r"\b(?:job[ -]?id|job[ -]?ref(?:erence)?|requisition(?: id| number)?|req(?:uisition)?\.?\s*(?:id|#|no\.?)?"
    r"|ref(?:erence)?\.?(?: ?(?:no|nr|number)\.?)?|referenz(?:nummer)?|kennziffer|stellen-?id"
    r"|r[ée]f[ée]rence|r[ée]f\.|referencia|ref\. de la oferta|c[óo]digo(?: de (?:la )?oferta)?)"
    # Not a year ("preference: 2026" is no reference) nor the first field of a date ("12.11.2026").
    r"\s*[:#]?\s*#?\s*(?!(?:19|20)\d\d(?![\w/-]))([A-Za-z]{0,6}[-/_]?\d[\w/-]{1,24})(?![.,]\d)", re.IGNORECASE)


def job_id_in(subject: str, text: str) -> str:
    """A job or requisition id the mail names (subject first, then the first lines), or ""."""
    for where in (subject, text[:3000]):
        found = JOB_ID.search(where or "")
        if found:
            return found.group(1).strip("-/_").upper()
    return ""


def thread_ids(value: str) -> str:
    """The Message-IDs in a header's value, space-separated (at most 20: a References header can
    be long, and only the nearest ones link mail of one application)."""
    return " ".join(message_ids(value)[-20:])


def read_job_mail(raw: bytes, key: str, kind: str | None, probability: float | None,
                  received_at: float | None, source: str = "service",
                  reason_of: ReasonOf | None = None, facts: bool = True, text: str | None = None) -> JobMail:
    """The JobMail of one message of a known kind; the links only for job mail (kind not None and
    not not_job). `facts` False: company and role are left to whoever reads them anyway (a
    rejection that waits for its drafts is read once, when they are composed: deliver.py keeps
    its facts, and the report takes them from there); nor are they read where nothing shows them
    (`facts_shown`). `text`: the message's message_text when
    the caller has it (the scan reads it once for the model, the kinds and this). Never raises for
    a message the readers cannot make sense of: what cannot be read is left out."""
    base = JobMail(key=key, kind=kind, received_at=received_at, probability=probability, source=source)
    if kind is None or kind == NOT_JOB:
        return base
    headers = mail_headers(raw)
    sender = clean(headers.get("From", ""))
    company = role = ""
    try:
        if facts and facts_shown(kind, sender):
            from onward import drafts

            # Company and role read as for a draft, with its care, but nothing only a reply needs
            # (the person, the recipient, the calibrated role): the rules' own verdict, a record to
            # match answers to applications by (drafts keep to the stricter calibrated confidence).
            mail = drafts.read_record(raw)
            company, role, text = mail.company, mail.role, mail.text
        elif text is None:
            from onward.classifier import message_text

            text = message_text(raw)
    except Exception:  # the readers promise not to raise; one bad message must not stop a scan
        logger.debug("cannot read the facts of message %s", key, exc_info=True)
        text = ""
    reason = None
    if kind == REJECTION and reason_of is not None and text:
        try:
            reason = reason_of(text)
        except Exception as exc:
            logger.warning("could not read the reason of a rejection: %s: %s", type(exc).__name__, exc)
    subject = clean(headers.get("Subject", ""))
    return JobMail(
        key=key, kind=kind, received_at=received_at, probability=probability, source=source,
        company=clean(company), role=clean(role), job_id=clean(job_id_in(subject, text)),
        message_id=(message_ids(headers.get("Message-ID", "")) or [""])[0],
        in_reply_to=thread_ids(headers.get("In-Reply-To", "")),
        references=thread_ids(headers.get("References", "")),
        sender=sender, subject=subject, reason=reason)


def facts_shown(kind: str, sender: str) -> bool:
    """Whether anything shows the company and role of a job mail of this kind from this sender (its
    From header, as recorded): the report, for the kinds it matches into applications; `onward
    contacts`, for mail from a person (daemon.contacts.sender_is_person). Other job mail from an
    automated or shared address (job alerts, job boards, applicant-tracking notices) is counted by
    kind only: its facts are not read (nor is the job id read from the drafts' text then: the one
    the model read stands in for it, and nothing shows it either)."""
    if kind in MATCHED_KINDS:
        return True
    from onward.daemon.contacts import sender_is_person

    return sender_is_person(sender)


def clean(text: str, limit: int = 200) -> str:
    """One line, no control characters, bounded: it goes into the state and onto terminals."""
    return header_text(text or "")[:limit]


def mail_headers(raw: bytes) -> dict[str, str]:
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    try:
        parsed = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536], headersonly=True)
        return {name: header_text(parsed.get(name)) for name in
                ("In-Reply-To", "References", "Message-ID", "Subject", "From")}
    except Exception:
        return {}


class KindReader:
    """The kinds of a batch of raw messages, on the built-in model's features and the shipped kinds
    head (the same whatever the user taught the rejection model: the kinds describe the search,
    they decide nothing). Loaded on first use."""

    def __init__(self) -> None:
        self._loaded: OnePass | None = None

    def _load(self) -> OnePass:
        if self._loaded is None:
            from onward.classifier import kinds, load_model

            model = load_model(None)
            # The head shipped beside the built-in model (`python -m onward.classifier.ship` writes
            # both); when it does not fit the model's features, one trained now (a few seconds).
            # The daemon does not ask the classifier's store for the model's key (its files are
            # the classifier's business): the shapes must agree.
            shipped = kinds.read_head(kinds.SHIPPED_KINDS_PATH, model)
            self._loaded = kinds.OnePass(model, shipped or kinds.train_builtin_head(model, ""))
        return self._loaded

    def kinds(self, raws: Sequence[bytes]) -> list[tuple[str, float]]:
        if not raws:
            return []
        from onward.classifier.model import safe_text

        return self.kinds_of_texts([safe_text(raw) for raw in raws])

    def kinds_of_texts(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """The kinds of already-extracted texts (onward.classifier.message_text)."""
        if not texts:
            return []
        loaded = self._load()
        return self.named(loaded.head.probabilities(loaded.model, texts))

    def one_pass(self, model: Model) -> OnePass | None:
        """Both the rejection probabilities and the kinds from one reading of each text, when
        `model` is the one the kinds are read on (the built-in model: no user model); else None."""
        loaded = self._load()
        return loaded if loaded.model is model else None

    def named(self, probabilities) -> list[tuple[str, float]]:
        """(kind, its probability) of each row of the kinds' probabilities."""
        return [(v.kind, round(v.probability, 4)) for v in self._load().head.verdicts(probabilities)]

    def release(self) -> None:
        """Let the model go while the service waits (Triager.release)."""
        self._loaded = None
