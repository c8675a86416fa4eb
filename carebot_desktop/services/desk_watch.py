"""The live desk's change check and upkeep, run by the poller thread after each poll.

Plain Python (tested without Qt). :meth:`DeskWatch.check` reads one cheap signature
(``DeskApi.signature``) and says what changed since the last check, as a
:class:`~carebot_desktop.services.changes.DeskChanges`:

- ``alerts``: the unread alerts changed by more than the new ones the poll's feed
  delivered since the last check (:meth:`DeskWatch.delivered`): an alert acknowledged on
  another PC, one deleted, or one that came in between the poll and the check. The new
  ones the feed delivered are not reported again: the window reads their families alone;
- ``states``: an alert was taken, taken over, resolved or escalated (on any PC);
- ``messages``: a message came in, was sent from another PC, or was read;
- ``join_requests``: someone asked to join a family the user manages;
- ``memberships``: one of the user's join requests was answered (they may belong to a new
  family), or a request to a family they manage was decided or withdrawn;
- ``requests_waiting``: how many requests to join wait for the user's decision, when that
  number moved (on the first check: when any wait), for the sidebar's badge;
- ``status``: new readings arrived. Every robot reports every few seconds, so this is
  said at most once per ``status_every`` seconds: the desk's ages and "robot silent" flags
  tick on the screen without the database, and the readings refresh once a minute.

A change this PC made is :meth:`DeskWatch.absorb`-ed, so it is not reported again.

It also folds new rows into the chart roll-ups now and then (``fold_every`` seconds, a
bounded number of rows at a time so that a poll stays short).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from carebot_desktop.data.errors import CarebotError, DatabaseUnavailableError
from carebot_desktop.services.access import action_of, run_read
from carebot_desktop.services.api import CarebotApi
from carebot_desktop.services.changes import DeskChanges

log = logging.getLogger(__name__)
FOLD_ROWS = 50_000  # indexes per table per round: about a second of work at most


class DeskWatch:
    def __init__(
        self,
        api: CarebotApi,
        *,
        status_every: float = 60.0,
        fold_every: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._status_every = status_every
        self._fold_every = fold_every
        self._clock = clock
        self._last: dict[str, Any] | None = None
        self._lock = threading.Lock()  # check on the poller's thread, absorb on the GUI's
        self._status_said = clock()
        self._status_pending = False
        self._folded_at: float | None = None
        self._delivered = 0  # new unread alerts the feed delivered since the last check

    def delivered(self, rows: list[dict[str, Any]]) -> None:
        """The poll's feed delivered these new alerts (the poller's thread, before
        :meth:`check`): the unread count they add is theirs, not another change."""
        unread = sum(1 for row in rows if not row.get("is_read"))
        with self._lock:
            self._delivered += unread

    def check(self) -> DeskChanges:
        """What changed since the last check (on the first, only how many requests
        to join wait for the user, if any)."""

        def read() -> dict[str, Any]:
            with action_of(self._api):
                return self._api.desk.signature()

        signature = run_read(self._api, read)  # again, on a fresh connection, if a server fails
        now = self._clock()
        alerts = states = messages = join_requests = memberships = False
        with self._lock:
            last, self._last = self._last, signature
            delivered, self._delivered = self._delivered, 0
        waiting_now = int(signature["requests"][1])
        if last is None:
            requests_waiting = waiting_now if waiting_now else None
        else:
            requests_waiting = waiting_now if waiting_now != last["requests"][1] else None
            added = signature["notifications"] - last["notifications"]
            alerts = added != 0 and added != delivered
            states = signature.get("care") != last.get("care")
            messages = signature["messages"] != last["messages"]
            newest, waiting, own = signature["requests"]
            if newest > last["requests"][0]:
                join_requests = True
            elif waiting != last["requests"][1]:
                memberships = True  # a request to a family one manages was decided
            if own < last["requests"][2]:
                memberships = True  # one of one's own requests was answered
            if signature["status"] != last["status"]:
                self._status_pending = True
        status = False
        if self._status_pending and now - self._status_said >= self._status_every:
            self._status_pending = False
            self._status_said = now
            status = True
        self._upkeep(now)
        return DeskChanges(
            alerts=alerts,
            states=states,
            messages=messages,
            join_requests=join_requests,
            memberships=memberships,
            status=status,
            requests_waiting=requests_waiting,
        )

    def absorb(self, changes: DeskChanges) -> None:
        """This PC made ``changes`` and read the signature right after (``seen``): the
        parts it moved start from there, so the next check does not report them again.
        (Another desk's change in the same moment is taken with it; new alerts never are:
        the poll's feed delivers those on its own.) Any thread."""
        seen = changes.seen
        if not changes.own or seen is None:
            return
        with self._lock:
            if self._last is None:
                return
            self._last = {
                **self._last,
                **{part: seen[part] for part in changes.signature_parts() if part in seen},
            }

    def _upkeep(self, now: float) -> None:
        if self._folded_at is not None and now - self._folded_at < self._fold_every:
            return
        try:
            covered = self._api.status.fold_rollups(FOLD_ROWS)
        except DatabaseUnavailableError:
            raise
        except CarebotError as error:  # upkeep must never stop the alerts
            log.warning("the chart roll-ups could not be brought up to date: %s", error)
            covered = 0
        # Behind (a first build, a long outage): the next poll goes on; else wait a while.
        self._folded_at = None if covered >= FOLD_ROWS else now
