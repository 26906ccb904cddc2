"""Reply drafts for rejections: read the rejection, render a template, build the reply message.

The daemon calls only these: read_rejection, read_record, plan_drafts, DraftSettings, DraftPlan, Draft,
Rejection, DraftTemplateError, plan_follow_up and asks_not_to_be_contacted (the
stay-in-touch draft, months later), Fact and FACT_THRESHOLDS (how sure a fact is, and below what it is
left out of a draft), and drafts.bounds (the caps on what one message may cost). This package knows nothing about IMAP or the classifier
and does not import daemon.

Importing the package (or a small module of it, such as drafts.bounds or drafts.sanitize) loads none
of the reading rules: each name below is imported on first use. The service that waits for mail
needs a few helpers of this package, never the rules, their tables or the classifier's patterns
they share (issue 17: small while it waits).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from onward.drafts.facts import THRESHOLDS as FACT_THRESHOLDS
    from onward.drafts.facts import Fact
    from onward.drafts.follow_up import asks_not_to_be_contacted, plan_follow_up
    from onward.drafts.plan import Draft, DraftPlan, plan_drafts
    from onward.drafts.rejection import Record, Rejection, read_record, read_rejection
    from onward.drafts.render import DraftTemplateError
    from onward.drafts.settings import DraftSettings

# name -> (module, its name there)
_LAZY = {
    "FACT_THRESHOLDS": ("facts", "THRESHOLDS"),
    "Fact": ("facts", "Fact"),
    "asks_not_to_be_contacted": ("follow_up", "asks_not_to_be_contacted"),
    "plan_follow_up": ("follow_up", "plan_follow_up"),
    "Draft": ("plan", "Draft"),
    "DraftPlan": ("plan", "DraftPlan"),
    "DraftSettings": ("settings", "DraftSettings"),
    "plan_drafts": ("plan", "plan_drafts"),
    "Record": ("rejection", "Record"),
    "Rejection": ("rejection", "Rejection"),
    "read_record": ("rejection", "read_record"),
    "read_rejection": ("rejection", "read_rejection"),
    "DraftTemplateError": ("render", "DraftTemplateError"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = getattr(import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value  # looked up once
    return value


__all__ = ["FACT_THRESHOLDS", "Draft", "DraftPlan", "DraftSettings", "DraftTemplateError", "Fact", "Rejection",
           "asks_not_to_be_contacted", "plan_drafts", "plan_follow_up", "read_record", "read_rejection"]
