"""What became of the drafts onward saved, asked of the mailbox (read-only): still in Drafts as
saved, edited there, sent, in the Trash, or gone. For `onward drafts`."""

from __future__ import annotations

from onward.daemon.drafting import KEY_HEADER, ImapTarget, MaildirTarget

SENT, THERE, EDITED, TRASHED, GONE = ("sent", "in Drafts", "in Drafts, edited", "in the Trash",
                                      "gone (deleted for good, or moved)")


def imap_states(target: ImapTarget, drafted: list[dict]) -> dict[str, str]:
    """For each drafted rejection (by its state key), the state of its reply."""
    mailbox = target.mailbox
    found: dict[str, dict[str, bool]] = {row["key"]: {} for row in drafted}
    for name, folder in (("drafts", target.drafts), ("sent", target.sent), ("trash", target.trash)):
        if not folder:
            continue
        mailbox.examine(folder)
        for row in drafted:
            seen = found[row["key"]]
            seen[f"{name} key"] = any(mailbox.search_header(KEY_HEADER, k) for k in row["drafts"])
            message_id = row["message_id"]
            seen[f"{name} reply"] = bool(message_id and mailbox.searchable(message_id)
                                         and mailbox.search_reply_to(message_id))
    return {key: _state(seen) for key, seen in found.items()}


def maildir_states(target: MaildirTarget, drafted: list[dict]) -> dict[str, str]:
    maildir = target.maildir
    states = {}
    for row in drafted:
        seen = {}
        for name, folder in (("drafts", "Drafts"), ("sent", "Sent"), ("trash", "Trash")):
            seen[f"{name} key"] = any(maildir.headers_match(folder, KEY_HEADER, k) for k in row["drafts"])
            seen[f"{name} reply"] = bool(row["message_id"]) and any(
                maildir.headers_match(folder, h, row["message_id"]) for h in ("In-Reply-To", "References"))
        states[row["key"]] = _state(seen)
    return states


def _state(seen: dict[str, bool]) -> str:
    # Mail clients keep In-Reply-To but drop onward's key when a draft is edited or sent.
    if seen.get("sent key") or seen.get("sent reply"):
        return SENT
    if seen.get("drafts key"):
        return THERE
    if seen.get("drafts reply"):
        return EDITED
    if seen.get("trash key") or seen.get("trash reply"):
        return TRASHED
    return GONE
