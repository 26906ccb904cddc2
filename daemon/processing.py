"""What happens to each new message: classify it, and for a rejection decide when its drafts are due.

Deciding is pure (the result is a Record); the watcher commits the records of a batch in one
transaction. The classifier runs on a whole batch at once, which is several times faster.
"""

from __future__ import annotations

import logging
import time
import re
from email.header import Header, decode_header
from email.message import Message
from typing import Callable

from onward import drafts
from onward.drafts.mime_text import decode_words

from onward.daemon.config import Config
from onward.daemon.imap import FetchedMessage
from onward.daemon.senders import ignored_by
from onward.daemon.state import Record
from onward.daemon.timing import due_time

logger = logging.getLogger(__name__)
# Unicode's Cc (less tab and line feed), and the format characters that reorder or hide text:
# bidi embeddings, overrides and isolates, zero-width characters, the BOM, surrogates left over.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069"
                      "\ufeff\ufff9-\ufffb\ud800-\udfff]")

MAX_HEADER_CHARS = 8192  # decoding more than this of one header to show 500 characters is waste
Batch = list[tuple[FetchedMessage, str]]  # each new message with its key


def header_text(value) -> str:
    """A header as readable one-line text, whatever its encoding; never raises."""
    if value is None:
        return ""
    text = _eight_bit_text(value) if isinstance(value, Header) else str(value)
    if "=?" in text:  # encoded words; most headers have none, and decoding is the slow part
        try:  # an unknown charset or a broken word is decoded lossily, never left undecoded
            text = decode_words(text[:MAX_HEADER_CHARS])
        except Exception:  # keep what is printable
            pass
    # Control characters (an ESC sequence in a subject) must not reach a terminal via `status`,
    # nor bidi overrides or zero-width characters (they disguise what a line says); tabs and line
    # breaks become spaces below.
    return " ".join(_CONTROL.sub("", text).split())[:500]


def _eight_bit_text(value: Header) -> str:
    """Raw 8-bit bytes in a header (compat32 wraps them in a Header of charset unknown-8bit): read
    as UTF-8 if they are, else as Latin-1, rather than as U+FFFD."""
    try:
        parts = []
        for chunk, _charset in decode_header(value):
            data = chunk if isinstance(chunk, bytes) else chunk.encode("ascii", "surrogateescape")
            try:
                parts.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                parts.append(data.decode("latin-1"))
        return "".join(parts)
    except Exception:  # never a reason to lose the message
        return str(value)


def summarise(headers: Message) -> dict[str, str]:
    """Message-ID, Subject and From of a parsed header block, decoded for display."""
    return {name: header_text(headers.get(name)) for name in ("Message-ID", "Subject", "From")}


def basic_record(message: FetchedMessage, key: str, status: str, **extra) -> Record:
    headers = summarise(message.headers)
    received = message.internal_date.timestamp() if message.internal_date else None
    return Record(key=key, uid=message.uid, message_id=headers["Message-ID"],
                  subject=headers["Subject"], sender=headers["From"], received_at=received,
                  status=status, **extra)


def old_record(message: FetchedMessage, key: str, reason: str, lookback: float) -> Record:
    """Mail older than the lookback when first seen: recorded, so it is never fetched or drafted."""
    days = max(lookback, 0) / 86400
    return basic_record(message, key, "too_old",
                        detail={"reason": f"older than the lookback ({days:g} days): {reason}"})


def failed_record(message: FetchedMessage, key: str, exc: Exception) -> Record:
    """One bad message is logged with its Message-ID and recorded as failed; the scan goes on."""
    try:
        record = basic_record(message, key, "failed")
    except Exception:
        record = Record(key=key, uid=message.uid, message_id="", subject="", sender="",
                        received_at=None, status="failed")
    logger.warning("skipping message uid %s %s: %s: %s", message.uid,
                   record.message_id or "(no Message-ID)", type(exc).__name__, exc,
                   exc_info=logger.isEnabledFor(logging.DEBUG))
    return Record(**{**record.__dict__, "detail": {"error": f"{type(exc).__name__}: {exc}"[:300]}})


def per_message(process: Callable[[FetchedMessage, str], Record]) -> Callable[[Batch], list[Record]]:
    """Turn a one-message function into a batch processor with per-message isolation."""

    def run(batch: Batch) -> list[Record]:
        records = []
        for message, key in batch:
            try:
                records.append(process(message, key))
            except Exception as exc:
                records.append(failed_record(message, key, exc))
        return records

    return run


class Processor:
    """Classifies each new message; a rejection gets a due time and waits for its drafts."""

    def __init__(self, cfg: Config, clock: Callable[[], float] = time.time):
        self.cfg = cfg
        self.clock = clock
        self._model = None
        self._model_version = None

    @property
    def model(self):
        """Loaded on first use (`onward check` never pays for it), and again whenever `onward train`
        saved or removed the user's model: a running service follows corrections at once."""
        from onward import classifier

        version = classifier.model_version(self.cfg.state_dir)
        if self._model is None or version != self._model_version:
            if self._model is not None:
                logger.info("the classifier model changed (onward train); using it from now on")
            self._model = classifier.load_model(self.cfg.state_dir)
            # After loading: a stale user model is retrained and saved again by load_model.
            self._model_version = classifier.model_version(self.cfg.state_dir)
        return self._model

    def warm_up(self) -> None:
        _ = self.model

    def __call__(self, batch: Batch) -> list[Record]:
        threshold = self.cfg.classifier.threshold
        try:
            verdicts = self.model.classify_many([m.raw for m, _k in batch], threshold)
        except Exception:  # the classifier promises not to raise; if it does, isolate the culprit
            logger.debug("batch classification failed; classifying one by one", exc_info=True)
            return log_decisions(per_message(
                lambda m, k: self.decide(m, k, self.model.classify(m.raw, threshold)))(batch))
        records = []
        for (message, key), verdict in zip(batch, verdicts):
            try:
                records.append(self.decide(message, key, verdict))
            except Exception as exc:
                records.append(failed_record(message, key, exc))
        return log_decisions(records)

    def decide(self, message: FetchedMessage, key: str, verdict) -> Record:
        probability = round(float(verdict.probability), 4)
        pattern = ignored_by(str(message.headers.get("From") or ""), self.cfg.classifier.ignore_senders)
        if pattern:  # the user said so: never a rejection, whatever the model thinks
            return basic_record(message, key, "ignored", probability=probability,
                                detail={"reason": f"sender matches ignore_senders {pattern}"})
        if verdict.label != "rejection":
            return basic_record(message, key, "other", probability=probability)
        rejection = drafts.read_rejection(message.raw)
        # From when it was first seen, if later than its arrival: mail seen late (after an
        # outage, or arriving with an old date) still waits its full delay, never drafts at once.
        arrival = message.internal_date.timestamp() if message.internal_date else 0.0
        due = due_time(max(arrival, self.clock()), self.cfg.drafts.delay,
                       self.cfg.drafts.working_hours)
        detail = {"company": rejection.company, "role": rejection.role,
                  "language": rejection.language, "stage": rejection.stage}
        logger.info("rejection from %s (%s, p=%.2f): drafts due %s", rejection.company or "?",
                    rejection.role or "role unknown", probability,
                    time.strftime("%Y-%m-%d %H:%M", time.localtime(due)))
        return basic_record(message, key, "waiting", probability=probability, due_at=due,
                            raw=message.raw, detail={k: v for k, v in detail.items() if v})



def log_decisions(records: list[Record]) -> list[Record]:
    """At -v, one line per new message: its decision, probability, company or sender, and subject.

    Subject and sender went through header_text (no control characters, one line); JSON logs get
    the same as fields.
    """
    if logger.isEnabledFor(logging.DEBUG):
        for r in records:
            decision = "rejection" if r.status == "waiting" else r.status
            company = (r.detail or {}).get("company") if r.status == "waiting" else None
            who = f"company {company}" if company else f"from {r.sender or '?'}"
            p = "" if r.probability is None else f" p={r.probability:.2f}"
            logger.debug("message uid %s: %s%s, %s: %s", r.uid, decision, p, who, r.subject or "(no subject)",
                         extra={"event": "message_decided", "uid": r.uid, "decision": decision,
                                "probability": r.probability, "company": company, "sender": r.sender,
                                "subject": r.subject})
    return records
