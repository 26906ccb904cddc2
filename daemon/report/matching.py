"""Applications matched to their answers, as pure logic over recorded job mail (no state, no IMAP).

Each rejection, invitation and offer is linked to the application-received mail it answers, by the
strongest evidence there is: the thread (In-Reply-To / References naming the application or an
earlier answer to it), then the job id, then company and role, then the company alone when only
one application to it could be meant. An answer nothing matches starts an application of its own
(applied_at None): the application mail may predate onward, or never have been sent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from onward.daemon.report.data import Answer, Application

ANSWER_KINDS = ("invitation", "offer", "rejection")
# The kinds matched into applications (onward.classifier.kinds' names): the scan reads company and
# role for these (daemon.job_mail), so the report and what the scan reads cannot drift apart.
MATCHED_KINDS = frozenset(("applied", *ANSWER_KINDS))
# Words of an invitation to a test rather than to a talk: the stage it reaches is "assessed".
ASSESSMENT = re.compile(
    r"assessment|coding (?:challenge|test|exercise)|take[- ]home|online[- ]test|test (?:technique|en ligne)"
    r"|case study|fallstudie|einstellungstest|eignungstest|aufgabe|prueba|evaluaci[oó]n|[ée]valuation",
    re.IGNORECASE)
# Legal forms that one mail writes and another leaves out ("Quillstone GmbH" is "Quillstone").
LEGAL_FORMS = {"gmbh", "ag", "kg", "se", "ltd", "limited", "inc", "llc", "plc", "co", "corp", "sa", "sas",
               "sarl", "sl", "slu", "bv", "nv", "ab", "as", "oy", "spa", "srl", "group", "gruppe", "groupe",
               "grupo", "the", "team", "recruiting", "careers", "hr"}
# Words of a role that say nothing about which role it is (gender marks, seniority stays).
ROLE_NOISE = {"m", "w", "d", "f", "h", "x", "mwd", "fh", "hf", "mfd", "the", "a", "an", "position", "role",
              "stelle", "poste", "puesto", "als", "de", "du", "la", "le", "el", "for"}


@dataclass
class Mail:
    """One recorded job mail, as matching needs it."""

    key: str
    kind: str
    at: float
    company: str = ""
    role: str = ""
    job_id: str = ""
    message_id: str = ""
    thread: tuple[str, ...] = ()  # Message-IDs it answers (In-Reply-To, References)
    subject: str = ""
    reason: str | None = None
    stage: str = ""  # for a rejection: the stage it was written at ("interview"), when read


@dataclass
class Matched:
    """An application being put together: its mails and what identifies it."""

    application: Mail | None
    answers: list[Mail] = field(default_factory=list)
    message_ids: set[str] = field(default_factory=set)  # of its mails, and those they cite

    @property
    def first_at(self) -> float:
        return self.application.at if self.application else self.answers[0].at

    @property
    def mails(self) -> list[Mail]:
        return ([self.application] if self.application else []) + self.answers

    @property
    def company(self) -> str:
        return next((m.company for m in self.mails if m.company), "")

    @property
    def role(self) -> str:
        return next((m.role for m in self.mails if m.role), "")

    @property
    def job_ids(self) -> set[str]:
        return {m.job_id for m in self.mails if m.job_id}


def company_key(name: str) -> str:
    """A company name for comparison: folded, without punctuation and legal forms."""
    name = (name or "").replace(".", "")  # "S.L." is "SL"
    words = [w for w in _words(name) if w not in LEGAL_FORMS]
    return " ".join(words) or " ".join(_words(name))


GENDER_FORMS = re.compile(r"\((?:e|in|a|es|ne|le|innen)\)|[·*:/](?:e|in|innen|a|ne)\b", re.IGNORECASE)


def role_words(role: str) -> set[str]:
    """A role's telling words, with gender forms and a final e set aside ("Chargé(e)" is
    "Chargée", "Analyste" is "Analyst")."""
    words = _words(GENDER_FORMS.sub("", role or ""))
    return {w.rstrip("e") if len(w) > 4 else w for w in words if w not in ROLE_NOISE}


def roles_agree(a: str, b: str) -> bool:
    """The same role, as two mails write it: one's words are all in the other's ("Data Analyst"
    and "Data Analyst (m/w/d)")."""
    wa, wb = role_words(a), role_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def roles_contradict(a: str, b: str) -> bool:
    return bool(role_words(a) and role_words(b)) and not roles_agree(a, b)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", (text or "").casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.findall(r"[a-z0-9]+", text)


def match(mails: list[Mail]) -> list[Matched]:
    """Group the mails into applications, in the order they were first seen. Mails of other kinds
    (other_job, not_job) are left out."""
    ordered = sorted((m for m in mails if m.kind in MATCHED_KINDS),
                     key=lambda m: (m.at, m.key))
    found: list[Matched] = []
    for mail in ordered:
        if mail.kind == "applied":
            found.append(Matched(mail, message_ids=({mail.message_id} | set(mail.thread)) - {""}))
            continue
        target = answered(mail, found)
        if target is None:
            target = Matched(None)
            found.append(target)
        target.answers.append(mail)
        # A later answer citing this one (or the user's own mail both cite) joins the same application.
        target.message_ids |= ({mail.message_id} | set(mail.thread)) - {""}
    return found


def answered(mail: Mail, found: list[Matched]) -> Matched | None:
    """The application an answer belongs to, or None. Among equals, the latest one before it."""
    before = [m for m in reversed(found) if m.first_at <= mail.at]
    cited = set(mail.thread)
    for candidate in before:
        if cited & candidate.message_ids:
            return candidate
    company = company_key(mail.company)
    if mail.job_id:  # the same id at another company, or for another role, is another job
        same_id = [m for m in before if mail.job_id in m.job_ids and not roles_contradict(m.role, mail.role)
                   and company_key(m.company) in ("", company or company_key(m.company))]
        if same_id:
            return same_id[0]
    if not company:
        return None
    same_company = [m for m in before if company_key(m.company) == company]
    if mail.role:
        same_role = [m for m in same_company if roles_agree(m.role, mail.role)]
        if same_role:
            return same_role[0]
    # The company alone, when only one of its applications could be meant and the roles (when
    # both are known) do not say otherwise.
    open_ones = [m for m in same_company if not (m.job_ids and mail.job_id and mail.job_id not in m.job_ids)]
    if len(open_ones) == 1 and not roles_contradict(open_ones[0].role, mail.role):
        return open_ones[0]
    return None


STAGE_ORDER = ("applied", "assessed", "interviewed", "offered")


def stage_of(matched: Matched) -> str:
    """The furthest stage the application reached, from its answers."""
    reached = 0
    for answer in matched.answers:
        if answer.kind == "offer":
            level = 3
        elif answer.kind == "invitation":
            level = 1 if ASSESSMENT.search(answer.subject or "") else 2
        elif answer.kind == "rejection" and answer.stage == "interview":
            level = 2  # "after our conversation…": the interview happened
        else:
            level = 0
        reached = max(reached, level)
    return STAGE_ORDER[reached]


def application_of(matched: Matched, now: float, silent_after: float) -> Application:
    """The report's view of one matched application."""
    answers = [Answer(a.kind, a.at, a.reason if a.kind == "rejection" else None) for a in matched.answers]
    applied_at = matched.application.at if matched.application else None
    decisive = [a for a in matched.answers if a.kind in ("offer", "rejection")]
    if decisive:
        outcome = "offered" if decisive[-1].kind == "offer" else "rejected"
    elif not matched.answers and applied_at is not None and now - applied_at > silent_after:
        outcome = "silent"
    else:
        outcome = "open"
    days = None
    if applied_at is not None and matched.answers:
        days = round(max(0.0, matched.answers[0].at - applied_at) / 86400, 1)
    return Application(company=matched.company or None, role=matched.role or None, applied_at=applied_at,
                       answers=answers, stage=stage_of(matched), outcome=outcome, days_to_answer=days)
