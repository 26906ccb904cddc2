"""Applications matched to their answers (daemon.report.matching): pure logic, no state, no IMAP."""

from __future__ import annotations

from onward.daemon.report.matching import (Mail, application_of, company_key, match, roles_agree,
                                           stage_of)

DAY = 86400.0


def mail(key, kind, day, company="", role="", **kw) -> Mail:
    return Mail(key=key, kind=kind, at=day * DAY, company=company, role=role, **kw)


def groups(mails):
    return [sorted(m.key for m in g.mails) for g in match(mails)]


def test_the_thread_links_an_answer_whatever_its_company_says():
    applied = mail("a", "applied", 1, "Fernwood Analytics", "Data Analyst", message_id="<a@x>")
    other = mail("b", "applied", 2, "Fernwood Analytics", "Data Analyst", message_id="<b@x>")
    # The company reader got the ATS's name; the thread says which application it answers.
    answer = mail("r", "rejection", 9, "Workday", "", thread=("<a@x>",))
    assert groups([applied, other, answer]) == [["a", "r"], ["b"]]


def test_a_later_answer_in_the_thread_of_an_earlier_answer_joins_the_same_application():
    applied = mail("a", "applied", 1, "Quillstone", "Backend Engineer", message_id="<a@x>")
    invite = mail("i", "invitation", 5, "", "", message_id="<i@x>", thread=("<a@x>",))
    reject = mail("r", "rejection", 12, "", "", thread=("<i@x>",))
    assert groups([applied, invite, reject]) == [["a", "i", "r"]]


def test_the_job_id_comes_before_company_and_role():
    one = mail("a", "applied", 1, "Lindenhof", "Projektcontroller", job_id="2026-114")
    two = mail("b", "applied", 2, "Lindenhof", "Projektcontroller", job_id="2026-207")
    answer = mail("r", "rejection", 8, "Lindenhof", "Projektcontroller", job_id="2026-114")
    assert groups([one, two, answer]) == [["a", "r"], ["b"]]


def test_the_same_job_id_at_another_company_or_for_another_role_is_another_job():
    acme = mail("a", "applied", 1, "Acme", "Accountant", job_id="101")
    globex = mail("b", "applied", 2, "Globex", "Backend Engineer")
    answer = mail("r", "rejection", 8, "Globex", "Backend Engineer", job_id="101")
    assert groups([acme, globex, answer]) == [["a"], ["b", "r"]]
    other_role = mail("s", "rejection", 9, "Acme", "Warehouse Driver", job_id="101")
    assert groups([acme, other_role]) == [["a"], ["s"]]
    unnamed = mail("t", "rejection", 9, "", "", job_id="101")  # an id alone still links
    assert groups([acme, unnamed]) == [["a", "t"]]


def test_company_and_role_match_across_legal_forms_gender_marks_and_accents():
    applied = mail("a", "applied", 1, "Lindenhof Maschinenbau GmbH", "Projektcontroller (m/w/d)")
    answer = mail("r", "rejection", 8, "Lindenhof Maschinenbau", "Projektcontroller")
    assert groups([applied, answer]) == [["a", "r"]]
    assert company_key("Grupo Alcázar Verde S.L.") == company_key("Alcazar Verde")
    assert roles_agree("Chargé(e) de projet marketing", "chargee de projet marketing")


def test_the_company_alone_links_only_when_one_application_could_be_meant():
    applied = mail("a", "applied", 1, "Ardent Conseil", "Chef de projet")
    answer = mail("r", "rejection", 8, "Ardent Conseil", "")
    assert groups([applied, answer]) == [["a", "r"]]

    two = [mail("a", "applied", 1, "Ardent Conseil", "Chef de projet"),
           mail("b", "applied", 2, "Ardent Conseil", "Analyste"),
           mail("r", "rejection", 8, "Ardent Conseil", "")]
    assert groups(two) == [["a"], ["b"], ["r"]]  # ambiguous: an answer of its own


def test_a_different_role_at_the_same_company_is_another_application():
    applied = mail("a", "applied", 1, "Quillstone", "Backend Engineer")
    answer = mail("r", "rejection", 8, "Quillstone", "Product Designer")
    assert groups([applied, answer]) == [["a"], ["r"]]


def test_an_answer_never_links_to_an_application_made_after_it():
    answer = mail("r", "rejection", 3, "Brightharbour", "Planner")
    applied = mail("a", "applied", 5, "Brightharbour", "Planner")
    assert groups([applied, answer]) == [["r"], ["a"]]


def test_stage_outcome_and_days_to_answer():
    applied = mail("a", "applied", 1, "Harbourline", "Data Analyst")
    test = mail("t", "invitation", 4, "Harbourline", "Data Analyst", subject="Your online assessment")
    (only,) = match([applied, test])
    assert stage_of(only) == "assessed"
    talk = mail("i", "invitation", 9, "Harbourline", "Data Analyst", subject="Interview invitation")
    offer = mail("o", "offer", 20, "Harbourline", "Data Analyst")
    (group,) = match([applied, test, talk, offer])
    app = application_of(group, now=30 * DAY, silent_after=30 * DAY)
    assert (app.stage, app.outcome, app.days_to_answer) == ("offered", "offered", 3.0)
    assert [a.kind for a in app.answers] == ["invitation", "invitation", "offer"]


def test_a_rejection_after_an_interview_reaches_the_interview_stage_and_keeps_its_reason():
    applied = mail("a", "applied", 1, "Fernwood", "Analyst")
    reject = mail("r", "rejection", 15, "Fernwood", "Analyst", stage="interview", reason="internal_candidate")
    (group,) = match([applied, reject])
    app = application_of(group, now=40 * DAY, silent_after=30 * DAY)
    assert (app.stage, app.outcome, app.answers[0].reason) == ("interviewed", "rejected", "internal_candidate")


def test_silent_only_after_silent_after_and_only_without_any_answer():
    applied = mail("a", "applied", 1, "Pinecrest", "Analyst")
    (group,) = match([applied])
    assert application_of(group, now=30 * DAY, silent_after=30 * DAY).outcome == "open"
    assert application_of(group, now=32 * DAY, silent_after=30 * DAY).outcome == "silent"
    invited = match([applied, mail("i", "invitation", 3, "Pinecrest", "Analyst")])[0]
    assert application_of(invited, now=90 * DAY, silent_after=30 * DAY).outcome == "open"


def test_other_kinds_are_no_applications():
    assert match([mail("j", "other_job", 1, "JobLantern"), mail("n", "not_job", 2)]) == []


def test_the_kinds_matched_are_the_classifiers_and_what_the_scan_reads_facts_for():
    from onward.classifier import kinds
    from onward.daemon import job_mail
    from onward.daemon.report import matching

    assert matching.MATCHED_KINDS == {kinds.APPLIED, kinds.INVITATION, kinds.OFFER, kinds.REJECTION}
    assert job_mail.MATCHED_KINDS is matching.MATCHED_KINDS  # one list: the report and the scan agree
