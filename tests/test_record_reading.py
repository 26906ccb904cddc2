"""The record of job mail (company, role, text) is read without what only a reply needs (issue 17),
and is exactly what the whole reading records."""

from __future__ import annotations

import time

import pytest

from onward import drafts
from onward.daemon.job_mail import read_job_mail
from tests.support.job_search import build, job_search

# Mail written for this test: a forward, an agency's note, an invitation a person signed, a reply
# that quotes the applicant, one with nothing to read.
WRITTEN = {
    "forward-with-a-note":
        build("Mira Castell <mira.castell@example.net>", "Fwd: Your application at Brightwater Ceramics",
              "Dad, see below.\n\n---------- Forwarded message ---------\nFrom: Brightwater Ceramics "
              "<jobs@brightwater-ceramics.example>\nSubject: Your application at Brightwater Ceramics\n\n"
              "Dear Mira,\n\nthank you for applying for the Glaze Technician role. We have decided to move "
              "forward with other candidates.\n\nKind regards,\nOwen Pratt\nBrightwater Ceramics\n",
              "fwd-1@example.net", time.time()),
    "agency-note":
        build("Harbour Staffing <team@harbour-staffing.example>", "Warehouse Lead - next steps",
              "Hi Sam,\n\nour client Tollgate Freight would like to meet you about the Warehouse Lead "
              "position next Tuesday.\n\nBest,\nLena Morrow\nRecruitment Consultant, Harbour Staffing\n",
              "agency-1@harbour-staffing.example", time.time()),
    "signed-invitation":
        build("Jonas Weber <jonas.weber@kesselbach-werke.example>", "Einladung zum Gespräch",
              "Sehr geehrter Herr Seeker,\n\nwir laden Sie gern zu einem Gespräch über die Stelle als "
              "Wartungstechniker (m/w/d) ein.\n\nMit freundlichen Grüßen\nJonas Weber\nKesselbach Werke GmbH\n",
              "inv-1@kesselbach-werke.example", time.time()),
    "reply-quoting-the-applicant":
        build("Quill & Ledger <hr@quill-ledger.example>", "Re: Application: Junior Bookkeeper",
              "Thanks Sam, we received it.\n\nQuill & Ledger HR\n\n> On Monday Sam Seeker wrote:\n> I work as "
              "a Payroll Assistant at Dunmore Bakeries and apply for the Junior Bookkeeper job.\n",
              "re-1@quill-ledger.example", time.time()),
    "empty-subject": b"Subject: \r\n\r\n",
    "nothing": b"",
}


def named_mails() -> dict[str, bytes]:
    """The written mail and the support's job search, by a name that says which mail a case reads."""
    return WRITTEN | {name: raw for name, *_, raw in job_search(time.time() - 30 * 86400)}


def mails() -> list[bytes]:
    return list(named_mails().values())


@pytest.mark.parametrize("raw", [pytest.param(raw, id=name) for name, raw in named_mails().items()])
def test_the_record_is_what_the_whole_reading_records(raw):
    whole, record = drafts.read_rejection(raw), drafts.read_record(raw)
    assert (record.company, record.role, record.text) == (whole.record_company, whole.record_role, whole.text)


def test_the_written_mail_records_something():  # the comparison above compares more than empty strings
    records = [drafts.read_record(raw) for raw in mails()]
    assert sum(bool(r.company) for r in records) >= 5 and sum(bool(r.role) for r in records) >= 3


def test_the_scan_records_job_mail_without_reading_it_for_a_reply(monkeypatch):
    raw = WRITTEN["signed-invitation"]  # an invitation a person signed: its company and role are recorded
    expected = drafts.read_rejection(raw)

    def no_reply_reading(raw):
        raise AssertionError("a reply's whole reading, for a record")

    monkeypatch.setattr(drafts, "read_rejection", no_reply_reading)
    job = read_job_mail(raw, "k1", "invitation", 0.9, time.time())
    assert (job.company, job.role) == (expected.record_company, expected.record_role) != ("", "")


def test_a_record_does_not_weigh_the_company_model_that_only_a_reply_states(monkeypatch):
    from onward.drafts import fact_model

    weighed = []
    features = fact_model.company_features

    def counted(*args, **kwargs):
        weighed.append(args[0])
        return features(*args, **kwargs)

    monkeypatch.setattr(fact_model, "company_features", counted)
    raw = WRITTEN["signed-invitation"]
    record = drafts.read_record(raw)
    assert record.company and not weighed  # the rules' company, without the model's features
    whole = drafts.read_rejection(raw)
    assert weighed and whole.record_company == record.company  # a reply weighs each name the rules found
