"""Triage: what happens to each new message. Screen it, classify it, and for a rejection decide
when its drafts are due.

Deciding is pure (the result is a Record); the scan commits the records of a batch in one
transaction. A cheap first stage (onward.classifier.prefilter) sets aside mail plainly not about a
job; the classifier runs on the rest of a batch at once, which is several times faster. A rejection
is read for its facts (company, role, ...) once, when its drafts are composed: here, for one due
at once (daemon.composed), else when it falls due (deliver.py); meanwhile on demand by `onward
status`.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import time
from dataclasses import replace
from typing import Callable

from onward.daemon.config import Config
from onward.daemon.job_mail import KindReader, ReasonOf, read_job_mail, reason_reader
from onward.daemon.mailbox.message import Message, message_id_of, summarise
from onward.daemon.senders import ignored_by
from onward.daemon.state import Record, Status, Store
from onward.daemon.timing import due_time, schedule_of
from onward.drafts.sanitize import message_ids

logger = logging.getLogger(__name__)
Batch = list[tuple[Message, str]]  # each new message with its key
Triage = Callable[[Batch], list[Record]]  # Triager, or a stand-in (tests)


def basic_record(message: Message, key: str, status: Status, **extra) -> Record:
    headers = summarise(message.record_fields)
    received = message.internal_date.timestamp() if message.internal_date else None
    return Record(key=key, uid=message.uid, message_id=headers["Message-ID"],
                  subject=headers["Subject"], sender=headers["From"], received_at=received,
                  status=status, **extra)


def old_record(message: Message, key: str, reason: str, lookback: float) -> Record:
    """Mail older than the lookback when first seen: recorded, so it is never fetched or drafted."""
    days = max(lookback, 0) / 86400
    return basic_record(message, key, Status.TOO_OLD,
                        detail={"reason": f"older than the lookback ({days:g} days): {reason}"})


def failed_record(message: Message, key: str, exc: Exception) -> Record:
    """One bad message is logged with its Message-ID and recorded as failed; the scan goes on."""
    try:
        record = basic_record(message, key, Status.FAILED)
    except Exception:
        record = Record(key=key, uid=message.uid, message_id="", subject="", sender="",
                        received_at=None, status=Status.FAILED)
    logger.warning("skipping message uid %s %s: %s: %s", message.uid,
                   record.message_id or "(no Message-ID)", type(exc).__name__, exc,
                   exc_info=logger.isEnabledFor(logging.DEBUG))
    return Record(**{**record.__dict__, "detail": {"error": f"{type(exc).__name__}: {exc}"[:300]}})


def per_message(process: Callable[[Message, str], Record]) -> Triage:
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


class Triager:
    """Classifies each new message; a rejection gets a due time and waits for its drafts."""

    def __init__(self, cfg: Config, clock: Callable[[], float] = time.time,
                 reason_of: ReasonOf | None = None):
        self.cfg = cfg
        self.clock = clock
        self.kinds = KindReader()
        # What a rejection says about why (issue 13 item 4), when wired in.
        self.reason_of = reason_of if reason_of is not None else reason_reader()
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

    def release(self) -> None:
        """Forget the model and what it cached until the next new mail needs it (issue 17: small
        while it waits). Reading the shipped model again takes a fifth of a second."""
        if self._model is None:
            return
        from onward import classifier

        self._model = self._model_version = None
        self.kinds.release()
        classifier.forget_models()
        return_memory()

    def __call__(self, batch: Batch) -> list[Record]:
        return self.triage(batch, screen(batch) if self.screening() else [True] * len(batch))

    def triage(self, batch: Batch, passed: list[bool]) -> list[Record]:
        """The records of a batch whose first stage said `passed` (all False: nothing is classified,
        and no model is loaded)."""
        set_aside = per_message(lambda m, k: self.decide(m, k, None))(
            [item for item, p in zip(batch, passed) if not p])
        to_classify = [item for item, p in zip(batch, passed) if p]
        # Each text is read once, for the model, the kinds and the links alike.
        texts = message_texts([m.raw for m, _k in to_classify])
        records, kinds = self.classify(to_classify, texts) if to_classify else ([], None)
        classified, others = iter(records), iter(set_aside)
        records = [next(classified) if p else next(others) for p in passed]  # batch order
        return self.with_drafts(batch, log_decisions(self.with_kinds(batch, passed, records, texts, kinds)))

    def with_drafts(self, batch: Batch, records: list[Record]) -> list[Record]:
        """A rejection due now gets its drafts composed here, with its message at hand (in the
        scan's worker: on two cores, while the service fetches); the service then only saves them.
        Those due later are composed when due, from the bytes the state keeps (daemon.deliver)."""
        now = self.clock()
        if not any(r.status == Status.WAITING and (r.due_at or 0) <= now for r in records):
            return records
        from onward.daemon.composed import compose_early, settings_from_config, settings_mark

        settings = settings_from_config(self.cfg)
        mark = settings_mark(settings)  # once a batch: with a templates_dir, a stat of each file
        raw_of = {key: message.raw for message, key in batch}
        return [replace(r, composed=compose_early(raw_of[r.key], r.key, settings, now, mark))
                if r.status == Status.WAITING and (r.due_at or 0) <= now else r for r in records]

    def with_kinds(self, batch: Batch, passed: list[bool], records: list[Record], texts: list[str],
                   kinds: list[tuple[str, float]] | None = None) -> list[Record]:
        """Each record with its kind of job mail (and, for job mail, its links to an application).
        `texts`: those of the messages that passed the first stage; `kinds`: theirs, when the
        classifier read them already. A failure here costs the kinds of the batch, never its records."""
        try:
            found = iter(kinds if kinds is not None else self.kinds.kinds_of_texts(texts))
            read = iter(texts)
            out = []
            for (message, key), p, record in zip(batch, passed, records):
                kind, probability = next(found) if p else (None, None)
                text = next(read) if p else None
                if record.status in (Status.FAILED, Status.TOO_OLD):
                    out.append(record)
                    continue
                kind = reconcile(kind, record)
                # A rejection's facts are read once, with its drafts (deliver.py keeps them).
                job = read_job_mail(message.raw, key, kind, probability, record.received_at,
                                    reason_of=self.reason_of, facts=record.status != Status.WAITING,
                                    text=text)
                out.append(replace(record, job=job))
            return out
        except Exception as exc:
            logger.warning("could not read the kinds of job mail of %d message(s): %s: %s",
                           len(batch), type(exc).__name__, exc, exc_info=logger.isEnabledFor(logging.DEBUG))
            return records

    def screening(self) -> bool:
        """Whether the first stage sets mail aside (see `screening`)."""
        return screening(self.cfg)

    def read_whole(self) -> Callable[[bytes], bool] | None:
        """For this scan's fetch: see `read_whole`."""
        return read_whole(self.cfg)

    def classify(self, batch: Batch, texts: list[str]) -> tuple[list[Record], list[tuple[str, float]] | None]:
        """The records of the messages of `texts`, and their kinds when the model read them too (one
        featurisation for both: the rejection model is the built-in one the kinds are read on)."""
        threshold = self.cfg.classifier.threshold
        kinds = None
        try:
            model = self.model
            joint = self.one_pass(model)
            if joint is None:
                verdicts = model.classify_texts(texts, threshold)
            else:
                from onward.classifier.model import verdicts as verdicts_of

                rejection, kind_probabilities = joint.read(texts)
                verdicts = verdicts_of(rejection, threshold)
                kinds = self.kinds.named(kind_probabilities)
        except Exception:  # the classifier promises not to raise; if it does, isolate the culprit
            logger.debug("batch classification failed; classifying one by one", exc_info=True)
            return per_message(lambda m, k: self.decide(m, k, self.model.classify(m.raw, threshold)))(batch), None
        records = []
        for (message, key), verdict in zip(batch, verdicts):
            try:
                records.append(self.decide(message, key, verdict))
            except Exception as exc:
                records.append(failed_record(message, key, exc))
        return records, kinds

    def one_pass(self, model):
        """The model and the kinds read together, when they can be (else None: the kinds are read
        on their own later; a failure to load them costs the kinds, never the records)."""
        try:
            return self.kinds.one_pass(model)
        except Exception:
            logger.debug("the kinds of job mail cannot be read with the model", exc_info=True)
            return None

    def decide(self, message: Message, key: str, verdict) -> Record:
        """The record of one message; `verdict` None: the first stage set it aside (no probability)."""
        probability = None if verdict is None else round(float(verdict.probability), 4)
        pattern = ignored_by(str(message.record_fields["From"] or ""), self.cfg.classifier.ignore_senders)
        if pattern:  # the user said so: never a rejection, whatever the model thinks
            return basic_record(message, key, Status.IGNORED, probability=probability,
                                detail={"reason": f"sender matches ignore_senders {pattern}"})
        if verdict is None:
            return basic_record(message, key, Status.OTHER, detail={"reason": SCREENED})
        if verdict.label != "rejection":
            return basic_record(message, key, Status.OTHER, probability=probability)
        # From when it was first seen, if later than its arrival: mail seen late (after an
        # outage, or arriving with an old date) still waits its full delay, never drafts at once.
        arrival = message.internal_date.timestamp() if message.internal_date else 0.0
        due = due_time(max(arrival, self.clock()), self.cfg.drafts.delay,
                       self.cfg.drafts.working_hours)
        record = basic_record(message, key, Status.WAITING, probability=probability, due_at=due,
                              raw=message.raw, detail={"schedule": schedule_of(self.cfg.drafts)})
        # Sender and subject only: the facts are read when the drafts are composed, once.
        logger.info("rejection from %s (p=%.2f): drafts due %s", record.sender or "?", probability,
                    time.strftime("%Y-%m-%d %H:%M", time.localtime(due)))
        return record


def reconcile(kind: str | None, record: Record) -> str | None:
    """The kind as recorded: a mail the rejection model drafts for is a rejection whatever the kinds
    head says (report and drafts must agree), and one from an ignored sender never is."""
    if record.status == Status.WAITING:
        return "rejection"
    if kind == "rejection" and record.status == Status.IGNORED:
        return "other_job"
    return kind


def return_memory() -> None:
    """Give freed memory back to the system: without it, glibc keeps the model's freed pages, and
    a waiting service would stay as large as its largest scan."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl, macOS): the memory is reused, not returned
        pass


def continued_conversations(store: Store, batch: Batch, records: list[Record]) -> list[Record]:
    """A rejection-like mail in the thread of a rejection onward already recorded is no new
    rejection: the employer's answer to the user's reply (feedback that restates the decision,
    "as said, we went with another candidate") continues that conversation, and a second "thank
    you for the opportunity" to it would be wrong. Found by In-Reply-To and References; the
    conversation itself is followed by daemon.follow."""
    messages = {key: message for message, key in batch}  # headers parsed for rejections alone
    cited = {r.key: set(message_ids(" ".join(str(messages[r.key].headers.get(name) or "")
                                                     for name in ("In-Reply-To", "References"))))
             for r in records if r.status == Status.WAITING and r.key in messages}
    in_batch = {r.message_id for r in records if r.status == Status.WAITING}  # a first scan reads both
    earlier = (store.recorded_rejections(set().union(*cited.values())) | in_batch) if cited else set()
    if not earlier:
        return records
    out = []
    for r in records:
        answered = sorted(cited.get(r.key, set()) & earlier)
        if answered:
            logger.info("not a new rejection after all, so no drafts: %s answers in the conversation "
                        "about %s", r.message_id or r.key, answered[0])
            job = r.job and replace(r.job, kind="other_job", reason=None)  # no second rejection
            r = replace(r, status=Status.OTHER, due_at=None, raw=None, composed=None, job=job,
                        detail={"reason": f"an answer in the conversation about the rejection {answered[0]}"})
        out.append(r)
    return out


SCREENED = "not job mail (no job word in its sender, subject or first lines)"


def screening(cfg: Config) -> bool:
    """Whether the first stage sets mail aside: on ([classifier] screen), unless the user taught
    onward their own mail (onward train, mark, learning folders): their rejections may use none
    of the first stage's words, and only the model has learnt them."""
    from onward import classifier

    return cfg.classifier.screen and classifier.model_version(cfg.state_dir) is None


def read_whole(cfg: Config) -> Callable[[bytes], bool] | None:
    """What tells the scan's fetch, from the start of a large message, whether to fetch all of it
    (Session.fetch): None when every message is read whole (the first stage is off)."""
    return needs_whole if screening(cfg) else None


def needs_whole(start: bytes) -> bool:
    """Whether a message of which only `start` was fetched must be read whole. Mail the first stage
    sets aside can do with its start: the first stage reads no more than that (its answer on the
    start is its answer on the whole), and such mail is recorded from its header fields alone.
    A message whose header block does not end within `start`, or that has no Message-ID (its key
    is a hash of all its bytes), is read whole."""
    # CRLF first: IMAP sends CRLF, and a search for "\n\n" first ran through all the start
    # (64 KB) to find none, a quarter of this function's time.
    if b"\r\n\r\n" not in start and b"\n\n" not in start:
        return True
    if not message_id_of(start):  # read as its key reads it: the email parser only where unsure
        return True
    from onward.classifier import prefilter

    return prefilter.passes(start)


def message_texts(raws: list[bytes]) -> list[str]:
    """The text the model reads of each message (onward.classifier.message_text), never raising."""
    if not raws:
        return []
    from onward.classifier import model

    return [model.safe_text(raw) for raw in raws]


def screen(batch: Batch) -> list[bool]:
    """The first stage's answer for each message: True to classify it, False for plainly not job mail."""
    from onward.classifier import prefilter  # with the model, on first need

    return [prefilter.passes(m.raw) for m, _k in batch]



def log_decisions(records: list[Record]) -> list[Record]:
    """At -v, one line per new message: its decision, probability, company or sender, and subject.

    Subject and sender went through header_text (no control characters, one line); JSON logs get
    the same as fields.
    """
    if logger.isEnabledFor(logging.DEBUG):
        for r in records:
            decision = "rejection" if r.status == Status.WAITING else str(r.status)
            company = (r.detail or {}).get("company") if r.status == Status.WAITING else None
            who = f"company {company}" if company else f"from {r.sender or '?'}"
            p = "" if r.probability is None else f" p={r.probability:.2f}"
            logger.debug("message uid %s: %s%s, %s: %s", r.uid, decision, p, who, r.subject or "(no subject)",
                         extra={"event": "message_decided", "uid": r.uid, "decision": decision,
                                "probability": r.probability, "company": company, "sender": r.sender,
                                "subject": r.subject})
    return records
