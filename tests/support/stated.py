"""What a test of a rule asserts about a company or a role it expects the mail to give.

The rules pick a name or a title (Rejection.record_company / record_role); whether a draft states it
is the fact model's threshold (drafts/fact-model.npz), which is chosen anew at each retrain. A test of
a rule asserts the rules' pick and that the draft states that pick or nothing, never something else:
it then holds at any threshold and still fails when the rule reads another name.
"""

from __future__ import annotations

from onward.drafts import read_rejection
from onward.drafts.company import key as company_key
from onward.drafts.company_keys import key
from onward.drafts.facts import Fact
from onward.drafts.role import choose_role_evidence
from tests.support.drafts import mail
from tests.support.mail import addressed_mail


def assert_company_read(read, name: str) -> None:
    """The rules pick `name` as the employer; the draft states it or no company."""
    assert read.record_company == name, (read.record_company, read.company)
    assert read.company in ("", name), (read.record_company, read.company)


def assert_company_key_read(read, name: str) -> None:
    """As assert_company_read, compared as company keys (legal forms and accents aside)."""
    assert company_key(read.record_company) == company_key(name), (read.record_company, read.company)
    assert read.company == "" or company_key(read.company) == company_key(name), (read.record_company, read.company)


def assert_role_read(read, role: str) -> None:
    """The rules pick `role` as the title; the draft states it or no role."""
    assert read.record_role == role, (read.record_role, read.role)
    assert read.role in ("", role), (read.record_role, read.role)



def stated_company(raw: bytes) -> str:
    """The company a draft names: the likeliest candidate, if the model is sure enough of it."""
    company = read_rejection(raw).facts["company"]
    return company.value if company.kept("company") else ""


def company_candidates(raw: bytes) -> list[Fact]:
    """Every company candidate the rules found, as the confidence model weighs them."""
    return list(read_rejection(raw).facts["company"].candidates)


def candidate_names(raw: bytes) -> list[str]:
    """The names of company_candidates, in their order."""
    return [c.value for c in company_candidates(raw)]


def rules_role(raw: bytes) -> str:
    """The rules' reading of the role (what the fact model then scores), before any threshold."""
    return read_rejection(raw).facts["role"].value


def rules_role_of(sender: str, subject: str, body: str) -> str:
    """The rules' role of a whole mail to the candidate (what the fact model then scores)."""
    return rules_role(addressed_mail(sender, subject, body))


def rules_role_in(body: str, subject: str, language: str) -> str:
    """The rules' reading of the role in a mail from an employer's recruiting address."""
    return rules_role(mail(body, sender="Recruiting <jobs@employer.example>", subject=subject, language=language))


def chosen_role(body: str, subject: str, language: str = "en", company: str = "") -> str:
    """The role as drafts/rejection.py chooses it from a body and a subject, beside the rules' company."""
    return choose_role_evidence(body, subject, language, {key(company)} - {""}, company)[0]


def assert_company_not_read(read, name: str) -> None:
    """`name` is neither the rules' pick nor the draft's company, nor a fact the model is sure of."""
    assert name not in read.company, (read.record_company, read.company)
    assert name not in read.record_company, (read.record_company, read.company)
    assert name not in read.facts["company"].value or read.facts["company"].confidence < 0.5, read.facts["company"]


def assert_rules_choose(raw: bytes, name: str) -> None:
    """The rules' chosen candidate is `name` ("" for none), and the draft states it or no company."""
    read = read_rejection(raw)
    assert read.facts["company"].value == name, (read.facts["company"], read.company)
    assert read.company in ("", name), (read.facts["company"], read.company)


def assert_states(raw: bytes, allowed: tuple[str, ...]) -> None:
    """The draft states one of `allowed` as the company ("" for none)."""
    read = read_rejection(raw)
    assert read.company in allowed, (read.facts["company"], read.company)


def assert_employer_read(language: str, sender: str, subject: str, body: str, employer: str) -> None:
    """The employer's name, or a short form of it ("Kessler IT" of "Kessler IT Consulting"), is the
    rules' pick; the draft states it or no company."""
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.record_company and read.record_company in employer, read.record_company
    assert read.company in ("", read.record_company)
