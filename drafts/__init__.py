"""Reply drafts for rejections: read the rejection, render a template, build the reply message.

The daemon calls only these: read_rejection, plan_drafts, DraftSettings, DraftPlan, Draft,
Rejection, DraftTemplateError, and drafts.bounds (the caps on what one message may cost). This package knows nothing about IMAP or the classifier
and does not import daemon.
"""

from onward.drafts.plan import Draft, DraftPlan, DraftSettings, plan_drafts
from onward.drafts.rejection import Rejection, read_rejection
from onward.drafts.render import DraftTemplateError

__all__ = ["Draft", "DraftPlan", "DraftSettings", "DraftTemplateError", "Rejection", "plan_drafts",
           "read_rejection"]
