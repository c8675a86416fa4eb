"""The poller's logic, in plain Python: which notifications are new since the last poll.

Asking only for ``index > newest seen`` loses alerts. InnoDB hands out the auto-increment
index when a row is inserted, not when its transaction commits, so a writer that keeps its
transaction open (a batch upload, a slow robot link) commits a row *below* an index the
poller has already seen, and that row would never be asked for.

:class:`AlertFeed` therefore asks for everything above a *floor* that lags behind the
newest index by ``recheck_seconds`` of wall time: a row whose transaction commits up to
that long after its insert is still found. Every row is delivered exactly once (the feed
remembers what it delivered above the floor), oldest first. A poll costs the rows of the
last few minutes, never the backlog. Nothing is marked delivered until the poll that
returns it has finished and its action has committed, so a failed poll loses nothing: it
is run again on a fresh connection when a server fails under it (a Galera node lost,
``docs/scaling.md``), and otherwise the next one asks again.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from carebot_desktop.services.access.policy import action_of, run_read
from carebot_desktop.services.api import CarebotApi

RECHECK_SECONDS = 300.0
PAGE = 500


class AlertFeed:
    """Notification rows of all the user's families (or of ``family_ids``), each delivered
    once; see the module doc. ``api`` is a UserApi, or the poller's reconnecting LiveApi."""

    def __init__(
        self,
        api: CarebotApi,
        family_ids: list[str] | None = None,
        *,
        recheck_seconds: float = RECHECK_SECONDS,
        page: int = PAGE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._family_ids = list(family_ids) if family_ids is not None else None
        self._recheck = recheck_seconds
        self._page = page
        self._clock = clock
        self._cursor: int | None = None  # the newest index delivered (or seen at start)
        self._marks: deque[tuple[float, int]] = deque()  # (when, cursor) history
        self._delivered: set[int] = set()  # indexes above the floor already delivered

    @property
    def cursor(self) -> int | None:
        return self._cursor

    @property
    def floor(self) -> int | None:
        """Rows above this index are (re)checked at each poll."""
        return self._marks[0][1] if self._marks else None

    def family_ids(self) -> list[str]:
        if self._family_ids is None:
            self._family_ids = [f["id"] for f in self._api.families.get_all_families()]
        return self._family_ids

    def poll(self) -> list[dict[str, Any]]:
        """The rows that are new since the last poll, oldest first. The first poll only
        notes where "now" is: notifications already there are not announced. One action
        (one caller check, one transaction) however many pages it reads; run again, on a
        fresh connection, when a server fails under it (``run_read``). Nothing is noted
        as delivered until that action has committed: a poll that fails anywhere, its
        commit included, changes nothing here, and the next one asks again."""

        def one_poll() -> _Found:
            with action_of(self._api):
                return self._read()

        return self._deliver(run_read(self._api, one_poll))

    def _read(self) -> _Found:
        """What this poll found; nothing noted yet."""
        ids = self.family_ids()
        now = self._clock()
        if self._cursor is None:
            latest = self._api.notifications.latest_notification_index(ids)
            return _Found(now, 0, latest, {})
        # The marks older than the recheck window, but the newest of them, are dropped
        # (when delivered): the floor is the newest mark at least that old.
        dropped = 0
        while len(self._marks) - dropped > 1 and self._marks[dropped + 1][0] <= now - self._recheck:
            dropped += 1
        floor = self._marks[dropped][1]
        fresh: dict[int, dict[str, Any]] = {}
        after = floor
        while True:
            rows = self._api.notifications.get_notifications_after(ids, after, self._page)
            for row in rows:
                index = int(row["index"])
                if index not in self._delivered:
                    fresh[index] = row
            if len(rows) < self._page:
                break
            after = int(rows[-1]["index"])
        return _Found(now, dropped, floor, fresh)

    def _deliver(self, found: _Found) -> list[dict[str, Any]]:
        """Only now, with the whole poll done and committed, are its rows delivered."""
        if self._cursor is None:
            self._cursor = found.floor  # the first poll: the newest index there is
            self._marks.append((found.now, self._cursor))
            return []
        for _ in range(found.dropped):
            self._marks.popleft()
        fresh = found.fresh
        self._delivered.update(fresh)
        if fresh:
            self._cursor = max(self._cursor, *fresh)
        self._marks.append((found.now, self._cursor))
        self._delivered = {i for i in self._delivered if i > found.floor}
        return [fresh[i] for i in sorted(fresh)]


@dataclass(frozen=True)
class _Found:
    """One poll's reading: when, how many old marks it dropped, the floor it read above
    (the first poll: the newest index), and the rows not delivered before."""

    now: float
    dropped: int
    floor: int
    fresh: dict[int, dict[str, Any]]
