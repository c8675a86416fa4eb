"""The care desk's area under its rules: closing the loop on an alert, the elder's care
log and the handovers (``data.care.Care``; the contract's "Closing the loop on an alert").

Whoever may read a family's notifications (its main user, its members, a system account)
takes, resolves and writes notes about its alerts, and reads its care log; the data layer
is told who acts (``by``), so the names and times kept are the caller's.
"""

from __future__ import annotations

from carebot_desktop.services.access import watch_check
from carebot_desktop.services.access.policy import Area
from carebot_desktop.services.api import Row, When


class CareApi(Area):
    def take(self, index: int, take_over: bool = False) -> Row:
        """ "I'm on it": the first taker holds the alert (it counts as read)."""
        return self._db.care.take(index, take_over, by=self._actor.user_id)

    def resolve(self, index: int, outcome: str, note: str = "") -> Row:
        """Close the alert with an outcome of ``care.OUTCOMES`` and a note."""
        return self._db.care.resolve(index, outcome, note, by=self._actor.user_id)

    def state(self, index: int) -> Row:
        return self._db.care.state(index)

    def open_alerts(self, grades: list[str] | None = None) -> list[Row]:
        """The unresolved warn/crit alerts of one's families (a system account's: every
        family's), oldest first; an audit entry per family shown. ``grades``: only those
        (``["crit"]``)."""
        rows = self._db.care.open_alerts(self._family_ids(), grades)
        families = sorted({str(r["family_id"]) for r in rows})
        self._api.record_many(self._actor, "view", "family", families, "open_alerts")
        return rows

    def escalate(self, now: When | None = None) -> list[Row]:
        """Raise the escalations due among one's families (a system account's, or the
        headless watcher's: every family's), each exactly once whoever else calls; an
        audit entry per family raised."""
        actor = self._actor
        family_ids = None if actor.is_system else sorted(actor.families)
        if family_ids == []:
            return []
        raised = self._db.care.escalate(family_ids, now, by=actor.user_id)
        families = sorted({str(r["family_id"]) for r in raised})
        self._api.record_many(actor, "update", "family", families, "escalate")
        return raised

    def watch_check(self, now: When | None = None) -> list[Row] | None:
        """The watcher's checks (``watch.check``: every family's derived alerts, each once
        per episode), run by a care-centre desk: only a system account on the shared URL
        (``access/watch_check.py``); anyone else gets None and nothing is done."""
        return watch_check.check(self._api, self._actor, now)

    def release(self, index: int | None = None) -> int:
        """Give back the alerts one holds (only ``index``, if given) to the others, as
        at signing out: each is new again and escalates again from now. How many."""
        return self._db.care.release(
            self._actor.user_id, index, by=self._actor.user_id, reason="signed out"
        )

    def expire_holds(self, now: When | None = None) -> list[Row]:
        """Give back the holds in one's families (a system account's: every family's) of
        people away longer than the care centre's setting; an audit entry per family."""
        actor = self._actor
        family_ids = None if actor.is_system else sorted(actor.families)
        if family_ids == []:
            return []
        given_back = self._db.care.expire_holds(family_ids, now, by=actor.user_id)
        families = sorted({str(r["family_id"]) for r in given_back})
        self._api.record_many(actor, "update", "family", families, "expire_holds")
        return given_back

    def alarms(self, now: When | None = None) -> Row:
        """What this desk rings for: the levels reached among one's families (a system
        account's: every family's) and one's own overdue holds (``db.care.alarms``).
        Polled every few seconds, so not audited: it shows no alert's content."""
        actor = self._actor
        family_ids = None if actor.is_system else sorted(actor.families)
        return self._db.care.alarms(family_ids, actor.user_id, now)

    def add_note(self, family_id: str, text: str) -> int:
        return self._db.care.add_note(family_id, text, by=self._actor.user_id)

    def notes(
        self, family_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> list[Row]:
        return self._db.care.notes(family_id, start_time, end_time)

    def hand_over(self, text: str) -> int:
        return self._db.care.hand_over(text, by=self._actor.user_id)

    def handovers(self, start_time: When | None = None) -> list[Row]:
        """Handover notes by anyone who shares a family with the caller (and the
        caller's own), newest first; a system account reads everyone's."""
        actor = self._actor
        family_ids = None if actor.is_system else sorted(actor.families)
        return self._db.care.handovers(family_ids, start_time, viewer=actor.user_id)

    def shift_summary(self, since: When) -> Row:
        """What happened in one's families (a system account's: every family's) since
        ``since``: alerts resolved by outcome and care-log notes written (counts only)."""
        return self._db.care.shift_counts(self._family_ids(), since)

    def confirm_handover(self, handover_id: int) -> bool:
        """The next shift confirms reading a handover (recorded once per person; True the
        first time)."""
        return self._db.care.confirm_handover(handover_id, by=self._actor.user_id)

    def handover_reads(self, handover_id: int) -> list[Row]:
        """Who confirmed reading a handover, and when."""
        return self._db.care.handover_reads(handover_id)
