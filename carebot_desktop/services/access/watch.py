"""Watching the elder under its rules (``data.watch.Watch``; the contract's "Watching the
elder"): each elder's usual ranges and open unusual episodes, and the family's sleep
window (the hours the watcher expects no activity).

The family's people (and a system account) read them: ``usual`` of several families at
once (one's own; a system account's: every family), for the overview at 200 families in
one call. Only the family's main user (or a system account) sets the sleep window; the
change is audited as the family's settings are.
"""

from __future__ import annotations

from typing import Any

from carebot_desktop.services.access.policy import Area
from carebot_desktop.services.api import Row


class WatchApi(Area):
    def usual(
        self, family_ids: list[str] | None = None, *, recent: bool = True
    ) -> dict[str, dict[str, Any]]:
        """Each family's usual (``db.watch.usual``; ``recent`` False: without the recent
        means): one's own families (a system account's: every family) or those named,
        each readable; an audit entry per family shown (a health read)."""
        family_ids = self._family_ids()
        if not family_ids:
            return {}
        found = self._db.watch.usual(family_ids, recent=recent)
        self._api.record_many(self._actor, "view", "family", sorted(found), "watch_usual")
        return found

    def sleep_window(self, family_id: str) -> Row | None:
        """{"start": "HH:MM", "end": "HH:MM"} (local time), or None when none is set."""
        return self._db.watch.sleep_window(family_id)

    def set_sleep_window(self, family_id: str, start: str | None, end: str | None) -> bool:
        """Set the family's sleep window ("HH:MM" local time); None, None clears it."""
        return self._db.watch.set_sleep_window(family_id, start, end, by=self._actor.user_id)
