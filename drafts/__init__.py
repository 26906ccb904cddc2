"""Reply drafts for rejections: read the rejection, render a template, build the reply message.

The daemon calls only these: read_rejection, read_record, plan_drafts, DraftSettings, DraftPlan, Draft,
Rejection, DraftTemplateError, plan_follow_up and asks_not_to_be_contacted (the
stay-in-touch draft, months later), Fact and FACT_THRESHOLDS (how sure a fact is, and below what it is
left out of a draft), and drafts.bounds (the caps on what one message may cost). This package knows nothing about IMAP or the classifier
and does not import daemon.
"""

from onward.drafts.facts import THRESHOLDS as FACT_THRESHOLDS
from onward.drafts.facts import Fact
from onward.drafts.follow_up import asks_not_to_be_contacted, plan_follow_up
from onward.drafts.plan import Draft, DraftPlan, DraftSettings, plan_drafts
from onward.drafts.rejection import Record, Rejection, read_record, read_rejection
from onward.drafts.render import DraftTemplateError

__all__ = ["FACT_THRESHOLDS", "Draft", "DraftPlan", "DraftSettings", "DraftTemplateError", "Fact", "Rejection",
           "asks_not_to_be_contacted", "plan_drafts", "plan_follow_up", "read_record", "read_rejection"]
