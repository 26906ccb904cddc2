"""Reply drafts for rejections: read the rejection, render a template, build the reply message.

The daemon calls only these: read_rejection, plan_drafts, DraftSettings, DraftPlan, Draft,
Rejection, DraftTemplateError, Fact and FACT_THRESHOLDS (how sure a fact is, and below what it is
left out of a draft), and drafts.bounds (the caps on what one message may cost). This package knows nothing about IMAP or the classifier
and does not import daemon.
"""

from onward.drafts.facts import THRESHOLDS as FACT_THRESHOLDS
from onward.drafts.facts import Fact
from onward.drafts.plan import Draft, DraftPlan, DraftSettings, plan_drafts
from onward.drafts.rejection import Rejection, read_rejection
from onward.drafts.render import DraftTemplateError

__all__ = ["FACT_THRESHOLDS", "Draft", "DraftPlan", "DraftSettings", "DraftTemplateError", "Fact", "Rejection",
           "plan_drafts", "read_rejection"]
