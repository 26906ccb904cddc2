"""What a drafts target answers, whatever the mailbox: why a rejection's drafts are no longer
wanted, and what became of drafts onward saved (for `onward drafts`).

Every draft carries KEY_HEADER, so it can be found again in Drafts, Sent or Trash; mail clients
drop it when a draft is edited or sent, but keep In-Reply-To, so a reply is found by that.
"""

from __future__ import annotations

KEY_HEADER = "X-Onward-Key"
REPLY_HEADERS = ("In-Reply-To", "References")
# Why no drafts are saved for a rejection that is due.
REPLIED = "you already replied"
DELETED = "the rejection was deleted"
# Found in the mailbox, not in the state: a state file that is new, emptied or restored from an
# old backup must never bring back a draft the user already saw, edited or threw away.
DRAFT_EXISTS = "a reply draft already exists"
DRAFT_DELETED = "its draft was deleted"

# What became of a saved draft.
SENT, THERE, EDITED, TRASHED, GONE = ("sent", "in Drafts", "in Drafts, edited", "in the Trash",
                                      "gone (deleted for good, or moved)")


def state_of(seen: dict[str, bool]) -> str:
    """The state of a reply from what was found: "<folder> key" (its KEY_HEADER) and "<folder>
    reply" (a reply to the rejection) for the folders drafts, sent and trash."""
    if seen.get("sent key") or seen.get("sent reply"):
        return SENT
    if seen.get("drafts key"):
        return THERE
    if seen.get("drafts reply"):
        return EDITED
    if seen.get("trash key") or seen.get("trash reply"):
        return TRASHED
    return GONE
