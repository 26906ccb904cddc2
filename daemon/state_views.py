"""The state store's part that the commands read: each account's rejections and what became of
them, the drafts saved and the conversations after them, for `onward status`, `drafts`, `demo`
and the follow-ups. Store (daemon.state) is made of it; the SQL stays in the store's modules.
"""

from __future__ import annotations

import json

from onward.daemon.state_guard import GuardedConnection
from onward.daemon.state_schema import REJECTION, Status


class StatusViews:
    """Store's read-only views (a mixin: Store gives the connection and the account)."""

    db: GuardedConnection
    account: str

    def is_empty(self) -> bool:
        raise NotImplementedError  # Store's

    def accounts(self) -> list[str]:
        raise NotImplementedError  # Store's

    def rejections(self, account: str | None = None) -> list[dict]:
        """Every rejection with what became of it, newest first (for `onward status`)."""
        rows = self.db.execute(
            "SELECT subject, sender, received_at, status, probability, due_at, done_at, detail,"
            f" attempts, key FROM messages WHERE account=? AND {REJECTION} ORDER BY received_at DESC",
            (account or self.account,))
        return [{"key": key, "subject": s, "sender": f, "received_at": r, "status": st,
                 "probability": p, "due_at": d, "done_at": done, "attempts": n,
                 **(json.loads(det) if det else {})}
                for s, f, r, st, p, d, done, det, n, key in rows]

    def drafted(self) -> list[dict]:
        """Every rejection onward saved drafts for, newest first (for `onward drafts`)."""
        rows = self.db.execute(
            "SELECT key, message_id, subject, sender, done_at, detail FROM messages WHERE account=?"
            " AND status=? ORDER BY done_at DESC", (self.account, Status.DRAFTED))
        result = []
        for key, message_id, subject, sender, done_at, detail in rows:
            extra = json.loads(detail) if detail else {}
            result.append({"key": key, "message_id": message_id or "", "subject": subject,
                           "sender": sender, "saved_at": done_at, "company": extra.get("company", ""),
                           "role": extra.get("role", ""), "drafts": extra.get("drafts", []),
                           "digests": extra.get("digests", {}),
                           "draft_state": extra.get("draft_state", "")})
        return result

    def followed(self, account: str | None = None) -> list[dict]:
        """Every rejection with a Message-ID, with its detail (for daemon.follow: the conversation
        after it), newest first; of this store's account unless named."""
        rows = self.db.execute(
            "SELECT key, message_id, subject, sender, received_at, status, detail FROM messages"
            f" WHERE account=? AND {REJECTION} AND coalesce(message_id, '') != ''"
            " ORDER BY received_at DESC", (account or self.account,))
        return [{**(json.loads(detail) if detail else {}), "key": key, "message_id": mid,
                 "subject": subject, "sender": sender, "received_at": received, "status": status}
                for key, mid, subject, sender, received, status, detail in rows]

    def follow_ups(self) -> list[dict]:
        """The stay-in-touch drafts saved (daemon.follow_up), shaped like drafted() rows so that
        `onward drafts` and `remove-drafts` treat them as they treat the first drafts: the row's
        key is the draft's, and no Message-ID (the reply to the rejection is the user's own)."""
        rows = []
        for row in self.followed():
            done = row.get("follow_up") or {}
            if done.get("state") != "saved":
                continue
            rows.append({"key": done["key"], "rejection": row["key"], "message_id": "",
                         "subject": row["subject"], "sender": row["sender"],
                         "saved_at": done.get("saved_at"), "company": row.get("company", ""),
                         "role": row.get("role", ""), "drafts": [done["key"]],
                         "digests": {done["key"]: done["digest"]} if done.get("digest") else {},
                         "draft_state": done.get("draft_state", ""), "kind": "follow-up"})
        return rows

    def too_old(self, account: str | None = None) -> list[dict]:
        """Mail passed over as older than the lookback, newest first (for `onward status --all`)."""
        rows = self.db.execute(
            "SELECT subject, sender, received_at, detail FROM messages WHERE account=? AND"
            " status=? ORDER BY received_at DESC", (account or self.account, Status.TOO_OLD))
        return [{"subject": s, "sender": f, "received_at": r, **(json.loads(d) if d else {})}
                for s, f, r, d in rows]

    def summary(self, every: bool = False, account: str | None = None) -> dict:
        """What `onward status` shows of one account (this store's, unless named): folders,
        message counts by status, the newest messages; `every` adds the mail passed over as too old."""
        account = account or self.account
        folders = [
            {"folder": f, "uidvalidity": v, "last_uid": u, "scanned_at": s}
            for f, v, u, s in self.db.execute(
                # not the cursors of `onward scan --since` (history:DATE:FOLDER): no mailbox folders
                "SELECT folder, uidvalidity, last_uid, scanned_at FROM folders WHERE account=?"
                " AND folder NOT LIKE 'history:%' ORDER BY folder", (account,))
        ]
        counts = dict(self.db.execute(
            "SELECT status, COUNT(*) FROM messages WHERE account=? GROUP BY status", (account,)))
        recent = [
            {"uid": uid, "subject": subj, "sender": sender, "status": status,
             "received_at": received, "detail": json.loads(detail) if detail else None}
            for uid, subj, sender, status, received, detail in self.db.execute(
                "SELECT uid, subject, sender, status, received_at, detail FROM messages"
                " WHERE account=? AND status != ? ORDER BY coalesce(received_at, seen_at) DESC, uid DESC"
                " LIMIT 20",
                (account, Status.TOO_OLD))
        ]
        summary = {"account": account, "folders": folders, "messages": counts,
                   "recent": recent, "rejections": self.rejections(account)}
        if every:
            summary["too_old"] = self.too_old(account)
            summary["ignored"] = self.ignored(account)
        return summary

    def summaries(self, every: bool = False) -> list[dict]:
        """summary() of every account this state file knows (none for a file without tables)."""
        return [] if self.is_empty() else [self.summary(every, a) for a in self.accounts()]

    def decisions(self) -> list[tuple[str, str, Status, float]]:
        """(subject, sender, status, probability) of every message, oldest first (`onward demo`)."""
        return [(subject, sender, Status(status), probability)
                for subject, sender, status, probability in self.db.execute(
                    "SELECT subject, sender, status, probability FROM messages WHERE account=?"
                    " ORDER BY received_at", (self.account,))]

    def ignored(self, account: str | None = None) -> list[dict]:
        """Mail from a sender on [classifier] ignore_senders, newest first (`onward status --all`)."""
        rows = self.db.execute(
            "SELECT subject, sender, received_at, detail FROM messages WHERE account=? AND"
            " status=? ORDER BY received_at DESC", (account or self.account, Status.IGNORED))
        return [{"subject": s, "sender": f, "received_at": r, **(json.loads(d) if d else {})}
                for s, f, r, d in rows]
