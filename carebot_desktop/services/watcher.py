"""The headless watcher: the care centre's rounds with no desk at all (``main.py admin
watch``; the systemd unit ``packaging/linux/carebot-watcher.service``). Plain Python.

Every ``interval`` seconds (a minute by default) one round:

1. ``watch.check(db)``: the alerts derived from each elder's own history (inactivity, a
   silent robot, heart rate, room temperature, mood), each raised once per episode;
2. ``db.care.escalate(None)`` and ``db.care.expire_holds(None)``: crit alerts nobody took
   escalate, and holds of people away too long go back to the others;
3. ``db.status.fold_rollups()``: new status rows are folded into the chart roll-ups
   (in bounded calls, so that a stop never waits for a first build).

Only one watcher works per database, however many run (``data.watcher_lock``: a MariaDB
named lock held on a connection of its own, or a lock file next to a SQLite file); the
others stand by and try again every interval, and one of them takes over when the
leader stops or its lock's connection dies. A database that goes away costs nothing: each
step's failure is caught, said once per outage, and the round is tried again after 5 s,
then 10, 20 ... up to 5 minutes; every check is as of now, so the next round catches up.
SIGTERM or SIGINT ends it cleanly: the step in progress finishes, the lock is let go, the
database's connections are closed, and :meth:`Watcher.run` returns 0.
"""

from __future__ import annotations

import logging
import logging.handlers
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any

from carebot_desktop.crash import LOG_FORMAT
from carebot_desktop.data import CarebotError, Database, DatabaseUnavailableError
from carebot_desktop.data.watcher_lock import LeaderLock, watcher_lock

log = logging.getLogger(__name__)

INTERVAL = 60.0  # seconds between rounds
BACKOFF_FIRST = 5.0  # the first retry after the database went away ...
BACKOFF_MAX = 300.0  # ... doubling up to this
HEARTBEAT = 3600.0  # a line in the log at least this often, even when nothing happens
LOG_NAME = "carebot-watcher.log"
FOLD_ROWS = 200_000  # roll-up indexes per table per call (a few seconds at most)

Check = Callable[[Database], Sequence[dict[str, Any]]]


@dataclass
class Round:
    """What one round did (``failed``: the steps that did not finish)."""

    raised: list[dict[str, Any]] = field(default_factory=list)
    escalated: list[dict[str, Any]] = field(default_factory=list)
    given_back: list[dict[str, Any]] = field(default_factory=list)
    folded: int = 0
    failed: list[str] = field(default_factory=list)
    unavailable: DatabaseUnavailableError | None = None

    @property
    def eventful(self) -> bool:
        return bool(self.raised or self.escalated or self.given_back or self.folded)

    def summary(self) -> str:
        kinds: dict[str, int] = {}
        for row in self.raised:
            kind = str(row.get("kind", "?"))
            kinds[kind] = kinds.get(kind, 0) + 1
        derived = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        parts = [f"raised {len(self.raised)} alert(s)" + (f" ({derived})" if derived else "")]
        parts.append(f"{len(self.escalated)} escalation(s)")
        parts.append(f"{len(self.given_back)} hold(s) given back")
        parts.append(f"{self.folded} roll-up row(s) folded")
        return "round: " + ", ".join(parts)


class Watcher:
    """The loop (see the module). ``check``, ``lock``, ``clock`` and the timings are
    injectable for tests; ``run`` blocks until :meth:`stop` (any thread or a signal)."""

    def __init__(
        self,
        db: Database,
        *,
        interval: float = INTERVAL,
        backoff_first: float = BACKOFF_FIRST,
        backoff_max: float = BACKOFF_MAX,
        heartbeat: float = HEARTBEAT,
        check: Check | None = None,
        lock: LeaderLock | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if interval <= 0 or backoff_first <= 0 or backoff_max < backoff_first:
            raise ValueError("the interval and back-off must be positive")
        self.db = db
        self.interval = interval
        self.backoff_first = backoff_first
        self.backoff_max = backoff_max
        self.heartbeat = heartbeat
        self._check: Check = check or _detector()
        self.lock = lock if lock is not None else watcher_lock(db)
        self._clock = clock
        self._stop = threading.Event()
        self.leading = False
        self.rounds = 0  # rounds worked as the leader (tests and the heartbeat read it)
        self._standing_by = False
        self._outage_since: float | None = None
        self._failures = 0
        self._last_line = clock()
        self._rounds_since_line = 0

    # --- stopping ----------------------------------------------------------------------

    def stop(self) -> None:
        """Ask the loop to end after the step in progress (any thread; signal-safe)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def install_signal_handlers(self) -> None:
        """SIGTERM and SIGINT stop the loop cleanly (the main thread only)."""

        def on_signal(number: int, _frame: FrameType | None) -> None:
            log.info("%s received: stopping after the current step", signal.Signals(number).name)
            self.stop()

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)

    # --- the loop ----------------------------------------------------------------------

    def run(self, once: bool = False) -> int:
        """Work (or stand by) until stopped; with ``once``, one round as the leader (or
        none, if another watcher leads) and return. 0 when stopped cleanly; 2 when the
        database is a person's own login (the watcher needs the shared credentials)."""
        log.info("watcher starting on %r (every %g s)", self.db, self.interval)
        try:
            while not self.stopping:
                delay = self.interval
                if self._lead():
                    if self._is_personal_login():
                        return 2
                    done = self.run_round()
                    if done.unavailable is not None:
                        delay = self._backoff(done.unavailable)
                    else:
                        self._recovered()
                        self._log_round(done)
                elif self._outage_since is not None:
                    delay = self._next_backoff()
                if once:
                    break
                self._stop.wait(delay)
            return 0
        finally:
            self.close()

    def close(self) -> None:
        """Let the lock go and close the database's connections."""
        if self.leading:
            log.info("letting go of %s", self.lock.description)
        self.leading = False
        self.lock.release()
        self.db.dispose()
        log.info("watcher stopped")

    def _lead(self) -> bool:
        """Whether this watcher works this round: it holds the lock (still), or takes it."""
        if self.leading:
            if self.lock.held():
                return True
            self.leading = False
            log.warning(
                "lost %s (its connection ended); trying to take it again", self.lock.description
            )
        try:
            got = self.lock.acquire()
        except DatabaseUnavailableError as error:
            self._unavailable(error)
            return False
        except CarebotError as error:
            log.warning("could not ask for %s: %s", self.lock.description, error.message)
            return False
        self._recovered()
        if got:
            self.leading = True
            self._standing_by = False
            log.info("holding %s: this watcher does the rounds", self.lock.description)
        elif not self._standing_by:
            self._standing_by = True
            log.info(
                "another watcher holds %s: standing by, trying again every %g s",
                self.lock.description,
                self.interval,
            )
        return got

    def _is_personal_login(self) -> bool:
        try:
            secured = self.db.secured
        except CarebotError:
            return False  # asked again next round
        if secured:
            log.error(
                "this URL is a person's own login (per-person views): the watcher needs "
                "the care centre's shared credentials"
            )
        return secured

    def run_round(self, now: datetime | None = None) -> Round:
        """One round's steps, each on its own: a failure of one does not cost the others
        (but the database gone ends the round: the next one retries after a back-off)."""
        done = Round()
        steps: list[tuple[str, Callable[[], None]]] = [
            ("check", lambda: done.raised.extend(self._check(self.db))),
            ("escalate", lambda: done.escalated.extend(self.db.care.escalate(None, now))),
            ("expire_holds", lambda: done.given_back.extend(self.db.care.expire_holds(None, now))),
            ("fold_rollups", lambda: self._fold(done)),
        ]
        for name, step in steps:
            if self.stopping:
                break
            try:
                # Each step finds its own effect (an episode, a level, a hold given back,
                # a fold's mark: once, by their keys), so a server failing under it runs
                # it again on a fresh connection (Database.run), its commit lost or not.
                self.db.run(step, idempotent=True)
            except DatabaseUnavailableError as error:
                done.failed.append(name)
                done.unavailable = error
                break
            except CarebotError as error:
                done.failed.append(name)
                log.warning("%s failed this round: %s", name, error.message)
            except Exception as error:  # a bug in one step must not stop the others
                done.failed.append(name)
                log.error("%s failed this round", name, exc_info=error)
        if done.unavailable is None:
            self.rounds += 1
        return done

    def _fold(self, done: Round) -> None:
        """The roll-ups, ``FOLD_ROWS`` indexes per table at a time, so that a stop is
        not kept waiting by a first build of millions of rows."""
        while True:
            covered = self.db.status.fold_rollups(FOLD_ROWS)
            done.folded += covered
            if covered < FOLD_ROWS or self.stopping:
                return

    # --- outages and the log -----------------------------------------------------------

    def _unavailable(self, error: DatabaseUnavailableError) -> None:
        if self._outage_since is None:
            self._outage_since = self._clock()
            self._failures = 0
            log.warning(
                "the database cannot be reached (%s); retrying in %g s, then less often",
                error.message,
                self.backoff_first,
            )
        else:
            log.debug("still unavailable: %s", error.message)

    def _backoff(self, error: DatabaseUnavailableError) -> float:
        self._unavailable(error)
        return self._next_backoff()

    def _next_backoff(self) -> float:
        delay = min(self.backoff_max, self.backoff_first * (1 << min(self._failures, 16)))
        self._failures += 1
        return delay

    def _recovered(self) -> None:
        if self._outage_since is None:
            return
        lasted = self._clock() - self._outage_since
        self._outage_since = None
        self._failures = 0
        log.info("the database is back (after %.0f s)", lasted)

    def _log_round(self, done: Round) -> None:
        self._rounds_since_line += 1
        now = self._clock()
        if done.eventful:
            log.info("%s", done.summary())
        elif now - self._last_line >= self.heartbeat:
            log.info(
                "alive: %d round(s) since the last line, nothing raised or folded",
                self._rounds_since_line,
            )
        else:
            return
        self._last_line = now
        self._rounds_since_line = 0


def _detector() -> Check:
    """``watch.check`` (imported when a watcher is made: ``admin`` imports this module
    for its options, and every other command runs without the detector)."""
    from carebot_desktop.services import watch

    return watch.check


def set_up_logging(log_dir: Path, level: str = "INFO") -> Path:
    """The watcher's log: a rotating file in ``log_dir`` and standard error."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    formatter = logging.Formatter(LOG_FORMAT)
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(formatter)
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(formatter)
    root = logging.getLogger()
    root.addHandler(file_handler)
    root.addHandler(console)
    wanted = logging.getLevelName(level.upper())
    root.setLevel(wanted if isinstance(wanted, int) else logging.INFO)
    return path
