"""Running a unit of work again when a server failed under it (``Database.run``).

A Galera cluster behind HAProxy loses a node now and then: the connection under the desk
dies, the proxy sends the next one to a node that is up, and the cluster keeps going.
What the desk had in flight is one of three things:

- **Nothing written** (:class:`RetryableError`): the connection was lost before the
  COMMIT was sent, the transaction only read, Galera refused it at the commit because
  another node's transaction on the same rows won (a certification failure, reported as a
  deadlock, 1213), the node was not ready (1047), a lock wait timed out (1205). The whole
  unit of work runs again, on a fresh connection, after a back-off.
- **Maybe written** (:class:`CommitUnknownError`): the connection was lost while the
  COMMIT of a transaction that wrote was in flight. The server may have applied it and
  the reply been lost. It is never applied again blindly: a write that finds its own
  effect when run again (``idempotent``: setting a value, taking an alert one holds) runs
  again; a write with a ``check`` (is the row it wrote there?) is checked first, and runs
  again only if the check says it is not there; any other write raises the error, which
  says the change may or may not have been saved.
- **Anything else** (a refusal, a conflict, bad input) is the answer: raised at once.

Back-off: exponential from ``first`` doubling up to ``cap``, each wait drawn between half
and all of it (jitter: the desks a node's loss cut off do not come back in step), within
``budget`` seconds in all and ``attempts`` tries; then the last error is raised (a
``DatabaseUnavailableError``: the desk goes offline as before). The clock, the sleep and
the random draw are the policy's, so that tests wait for nothing.

The happy path costs nothing: no statement is added, one Python call wraps the unit.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from carebot_desktop.data.errors import (
    CommitUnknownError,
    DatabaseUnavailableError,
    RetryableError,
)

log = logging.getLogger(__name__)

R = TypeVar("R")

# A check's answer: (True, the result to return) when the write is in the database,
# (False, None) when it is not (it is then run again).
Checked = tuple[bool, Any]


@dataclass
class RetryPolicy:
    """How long and how often a failed unit of work is tried again."""

    budget: float = 8.0  # seconds from the first try, waits included
    attempts: int = 16  # the budget ends it first, mostly (15 waits: 5.8 to 11.6 s)
    first: float = 0.05  # the first wait; it doubles each time
    cap: float = 1.0  # the longest single wait
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    random: Callable[[], float] = random.random

    def delay(self, attempt: int) -> float:
        """The wait after failed try number ``attempt`` (1, 2, ...): between half and
        all of ``first * 2 ** (attempt - 1)``, at most ``cap``."""
        full = min(self.cap, self.first * 2.0 ** (attempt - 1))
        return float(full * (0.5 + 0.5 * self.random()))


@dataclass
class FailoverStats:
    """What the retries did, for tests, benchmarks and the log (counts since start)."""

    runs: int = 0  # units of work run through Database.run
    attempts: int = 0  # tries, the first ones included
    retries: int = 0  # tries after a failure
    waited: float = 0.0  # seconds slept between tries
    unknown_commits: int = 0  # commits whose result was lost with the connection
    checks: int = 0  # checks made after an unknown commit
    found_applied: int = 0  # checks that found the write in the database
    gave_up: int = 0  # units that ran out of time or tries
    errors: list[str] = field(default_factory=list)  # the last few failures' classes

    def note(self, error: BaseException) -> None:
        self.errors.append(type(error).__name__)
        del self.errors[:-20]


class Failover:
    """The retry loop of one database (its policy and its counts)."""

    def __init__(self, policy: RetryPolicy | None = None) -> None:
        self.policy = policy or RetryPolicy()
        self.stats = FailoverStats()
        self._lock = threading.Lock()

    def run(
        self,
        fn: Callable[[], R],
        *,
        idempotent: bool = False,
        check: Callable[[], Checked] | None = None,
    ) -> R:
        """``fn()``, which is one unit of work, tried again as the module doc says."""
        policy = self.policy
        start = policy.clock()
        attempt = 0
        must_check = False
        with self._lock:
            self.stats.runs += 1
        while True:
            attempt += 1
            try:
                if must_check:
                    assert check is not None
                    self._count(checks=1)
                    applied, result = check()
                    if applied:
                        self._count(found_applied=1)
                        return result  # type: ignore[no-any-return]
                    must_check = False  # not there: the write runs again, now
                self._count(attempts=1, retries=1 if attempt > 1 else 0)
                return fn()
            except CommitUnknownError as error:
                last: DatabaseUnavailableError = error
                if must_check:
                    pass  # the check only read: it failed, and is made again
                elif idempotent:
                    self._count(unknown_commits=1)
                elif check is not None:
                    self._count(unknown_commits=1)
                    must_check = True
                else:
                    self._count(unknown_commits=1)
                    raise
            except RetryableError as error:
                last = error
            self.stats.note(last)
            wait = policy.delay(attempt)
            if attempt >= policy.attempts or policy.clock() - start + wait > policy.budget:
                self._count(gave_up=1)
                log.warning("giving up after %d tries: %s", attempt, last)
                if must_check:  # still not known whether the write is there
                    raise CommitUnknownError(last.message) from last
                raise last
            log.info("try %d failed (%s); again in %.2f s", attempt, last, wait)
            with self._lock:
                self.stats.waited += wait
            policy.sleep(wait)

    def _count(self, **counts: int) -> None:
        with self._lock:
            for name, value in counts.items():
                setattr(self.stats, name, getattr(self.stats, name) + value)
