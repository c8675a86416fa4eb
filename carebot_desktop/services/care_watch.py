"""The desk's share of keeping the care loop closed, run by the poller after each poll.

Plain Python (tested without Qt). :meth:`CareWatch.tend` raises the escalations due
(``api.care.escalate``: any desk with the rights may, each level happens once whoever
calls), gives back the holds of people away too long (``api.care.expire_holds``), and reads
what this desk rings for (``api.care.alarms``): the levels reached in its families, raised
here or at another desk, and its person's overdue holds. What it found is a
:class:`CareTick`: a :class:`DeskChanges` for the screens (``escalated``: levels that
changed; ``alerts``: some were given back, new again), the levels as they are now, and
the overdue holds to remind of (each once per alert).

A care-centre desk (a system account on the shared URL) also runs the watcher's checks
(``api.care.watch_check``: the alerts derived from each elder's history), at most once
per ``watch_every`` seconds, in an action of its own after the escalations: a failure
there costs no escalation. For anyone else the first call says it is not theirs to run
and the desk stops asking.

The headless watcher (``services/watcher.py``) calls the same functions of the data layer
(``watch.check``, ``db.care.escalate`` and ``db.care.expire_holds``) with no desk at all.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from carebot_desktop.data.errors import CarebotError
from carebot_desktop.services.access import action_of, run_read
from carebot_desktop.services.api import CarebotApi, Row
from carebot_desktop.services.changes import DeskChanges

log = logging.getLogger(__name__)
WATCH_EVERY = 60.0  # seconds between a care-centre desk's runs of the watcher's checks


@dataclass(frozen=True)
class CareTick:
    """What one :meth:`CareWatch.tend` found.

    - ``changes``: for the screens (``escalated`` indexes, ``alerts`` when some were given
      back; empty: nothing);
    - ``levels``: every alert of the desk's families nobody holds that reached a level,
      index -> level (the alarm rings louder while there is one);
    - ``reminders``: overdue holds of this desk's person seen for the first time.
    """

    changes: DeskChanges = DeskChanges()
    levels: Mapping[int, int] = field(default_factory=dict)
    reminders: tuple[int, ...] = ()
    levels_changed: bool = False


class CareWatch:
    def __init__(
        self,
        api: CarebotApi,
        *,
        watch_every: float = WATCH_EVERY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._levels: dict[int, int] = {}
        self._reminded: set[int] = set()
        self._lock = threading.Lock()  # tend on the poller's thread, levels read anywhere
        self._watch_every = watch_every
        self._clock = clock
        self._watched_at: float | None = None
        self.watches = True  # False once the api said the checks are not this desk's

    @property
    def levels(self) -> dict[int, int]:
        """The levels found by the last :meth:`tend` (a copy; any thread)."""
        with self._lock:
            return dict(self._levels)

    def tend(self, now: datetime | None = None) -> CareTick:
        """One round (``now``: naive UTC for tests; None: the database's clock). Raises
        what the calls raise (the poller logs it and tries again next time)."""
        api = self._api

        def one_round() -> tuple[list[Row], list[Row], Row]:
            with action_of(api):
                return api.care.escalate(now), api.care.expire_holds(now), api.care.alarms(now)

        # Run again on a fresh connection if a server fails under it: each of the three
        # finds its own effect (a level is raised once, by its key; a hold given back once).
        raised, given_back, found = run_read(api, one_round)
        self._watch(now)
        levels = {_index(r): _level(r) for r in _rows(found.get("escalated"))}
        overdue = {_index(r) for r in _rows(found.get("overdue"))}
        with self._lock:
            before, self._levels = self._levels, levels
            # A level that rose (here or at another desk). One that went away was taken,
            # resolved or given back: this desk's own change set said so already, and
            # another desk's reaches the change check's care signature; announcing it
            # again would read this desk's own take back at the next poll.
            moved = {i for i, level in levels.items() if level > before.get(i, 0)}
            moved |= {_index(r) for r in raised}
            reminders = tuple(sorted(overdue - self._reminded))
            # Once per alert while it stays overdue (given back and taken again: again).
            self._reminded = overdue
        changes = DeskChanges(escalated=frozenset(moved), alerts=bool(given_back))
        return CareTick(
            changes=changes,
            levels=levels,
            reminders=reminders,
            levels_changed=levels != before,
        )

    def _watch(self, now: datetime | None) -> None:
        """The watcher's checks, if this desk is a writer and a minute has passed; the
        alerts raised reach every desk through the notification poll."""
        if not self.watches:
            return
        at = self._clock()
        if self._watched_at is not None and at - self._watched_at < self._watch_every:
            return
        self._watched_at = at
        try:
            raised = self._api.care.watch_check(now)
        except CarebotError as error:  # next minute again; the escalations went through
            log.warning("the watcher's checks failed this round: %s", error.message)
            return
        if raised is None:
            self.watches = False
        elif raised:
            log.info("the watcher's checks raised %d alert(s)", len(raised))


def _rows(value: object) -> list[Mapping[str, object]]:
    if not isinstance(value, list):
        return []
    return [r for r in value if isinstance(r, Mapping)]


def _index(row: Mapping[str, object]) -> int:
    value = row.get("index")
    return value if isinstance(value, int) else 0


def _level(row: Mapping[str, object]) -> int:
    value = row.get("level")
    return value if isinstance(value, int) else 0
