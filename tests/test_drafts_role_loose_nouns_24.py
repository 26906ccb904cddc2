"""Titles before "interview" or "spot" ("the Quality Engineer interview", "the CNC Machinist spot"),
read as the role; a stage of the process or a list before the same nouns is not. Mails written for these
tests (no corpus mail)."""

import pytest

from onward.drafts.role import find_role


@pytest.mark.parametrize("body, role", [
    pytest.param("I finally heard back from Kestrel Foods about the Process Technician interview. They went with "
                 "someone else.", "Process Technician", id="interview"),
    pytest.param("Thanks for coming in for the Data Engineer interviews last week. We will not be moving forward.",
                 "Data Engineer", id="interviews"),
    pytest.param("Sorry mate, we've given the Line Cook spot to someone who can do weekends.", "Line Cook",
                 id="spot"),
])
def test_a_title_before_a_loose_noun_is_read(body, role):
    assert find_role(body, "", "en", set()) == role


@pytest.mark.parametrize("body", [
    # A stage of the process, in lower case, with a job word in it.
    pytest.param("Thank you for the partner interview on Tuesday. We will not be offering you a place.", id="partner"),
    pytest.param("Thanks for the manager interview. We have decided not to proceed.", id="manager"),
    # A list of the stages.
    pytest.param("Thank you for the written exercise and Partner interview. We will not proceed.", id="list"),
    # No job word: a kind of interview.
    pytest.param("Thanks for the Teams interview. We will not proceed.", id="no-job-word"),
    pytest.param("Thanks for the phone interview. We will not proceed.", id="lower-case-no-job-word"),
])
def test_no_title_before_a_loose_noun_that_reads_as_none(body):
    assert find_role(body, "", "en", set()) == ""


def test_a_lower_case_title_before_a_loose_noun_does_not_outvote_the_subjects_capitals():
    body = "Hi Sam, thanks for the trial. We've given the shift lead spot to someone with more weekends free."
    assert find_role(body, "Re: Shift Lead", "en", set()) == "Shift Lead"


def test_a_title_in_a_phrase_about_the_post_is_not_cut_by_the_loose_noun():
    # The post phrase names the title in full; the loose noun's run is the same one, no rival.
    body = ("Thank you for applying for the Process Technician position. After the Process Technician interview "
            "we have decided to offer the role to another candidate.")
    assert find_role(body, "", "en", set()) == "Process Technician"


@pytest.mark.parametrize("body", [
    # Review of branch role24: a stage named by who holds it, in Title Case like a post.
    pytest.param("Thank you for meeting us. After the Hiring Manager interview, we have decided not to move forward.",
                 id="hiring-manager"),
    pytest.param("Thanks for your time. Following the Managing Director interview we have decided not to proceed.",
                 id="managing-director"),
    pytest.param("Thanks for your time. Following the Recruiter interview we have decided not to proceed.",
                 id="recruiter"),
])
def test_a_stage_named_by_its_interviewer_is_no_title(body):
    assert find_role(body, "", "en", set()) == ""


def test_a_stage_named_by_its_interviewer_does_not_outvote_the_subjects_title():
    body = "Thank you for meeting us. After the Hiring Manager interview, we have decided not to move forward."
    assert find_role(body, "Re: Backend Developer", "en", set()) == "Backend Developer"
