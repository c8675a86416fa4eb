"""Reads that tolerate replication lag, on a MariaDB replica (see ``docs/scaling.md``).

A :class:`ReplicaRouter` belongs to one :class:`~carebot_desktop.data.database.Database`
built with a ``read_url``. It decides, for each scope of replica-tolerant reads
(``Database.replica_reads``), whether the replica may answer:

- **Lag**, measured by GTID without any privilege: every few seconds (``check_every``) the
  primary's ``@@gtid_binlog_pos`` is compared with the replica's ``@@gtid_slave_pos``;
  a position the replica has not applied yet is remembered with the moment it was seen,
  and the lag is the age of the oldest one still missing. Beyond ``max_lag`` the replica
  is skipped (``primary (replica lagging 42 s)``) until a check finds it caught up again.
  ``SHOW SLAVE STATUS`` needs a monitoring privilege a person's own login does not have;
  the two system variables are readable by every login.
- **Down:** a connection to the replica that fails marks it unreachable; it is tried again
  after ``recheck_after`` seconds, the primary answering meanwhile.
- **One's own changes:** after this process commits a write that a replica read could
  show, its replica-tolerant reads go to the primary for ``own_writes_for`` seconds plus
  the replica's last measured lag (book-keeping writes, the session's sliding expiry, the
  audit log and the sign-in counters, do not count).

Nothing here writes to a replica: its sessions are read-only transactions.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# The statements of the primary that are not a change a replica read could show.
_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+IGNORE)?(?:\s+INTO)?|REPLACE(?:\s+INTO)?|UPDATE(?:\s+IGNORE)?"
    r"|DELETE(?:\s+IGNORE)?\s+FROM|CALL)\s+`?(\w+)`?",
    re.IGNORECASE,
)
_BOOKKEEPING = frozenset(
    {
        "loginsessions",
        "desktop_auditlog",
        "desk_w_audit",
        "desktop_loginattempts",
        "desk_failed_login",
        "desk_clear_failed_logins",
        "desk_failed_logins_since",
        "desk_find_family",
    }
)
_OTHER_WRITES = re.compile(r"^\s*(?:CREATE|ALTER|DROP|TRUNCATE|RENAME|GRANT|REVOKE)\b", re.I)


def is_visible_write(statement: str) -> bool:
    """True when ``statement`` changes rows a replica-tolerant read could show."""
    found = _WRITE.match(statement)
    if found is not None:
        return found.group(1).lower() not in _BOOKKEEPING
    return _OTHER_WRITES.match(statement) is not None


def parse_gtid(position: str | None) -> dict[int, int]:
    """``"0-1-42,1-2-7"`` as {domain: sequence number}."""
    found: dict[int, int] = {}
    for part in (position or "").split(","):
        part = part.strip()
        if not part:
            continue
        domain, _server, sequence = part.split("-")
        found[int(domain)] = max(found.get(int(domain), 0), int(sequence))
    return found


def gtid_reached(applied: dict[int, int], wanted: dict[int, int]) -> bool:
    """True when the replica's ``applied`` position includes everything in ``wanted``."""
    return all(applied.get(domain, -1) >= sequence for domain, sequence in wanted.items())


@dataclass(frozen=True)
class ReadRoute:
    """Which server answers the reads that tolerate lag, and why.

    ``server`` is "replica" or "primary"; ``reason`` is "" (the replica answers, or none
    is configured: ``configured`` tells), "lagging" or "unreachable"; ``lag_seconds`` the
    replica's last measured lag."""

    server: str
    reason: str = ""
    lag_seconds: float = 0.0
    configured: bool = True

    def __str__(self) -> str:
        if self.server == "replica":
            return "replica"
        if self.reason == "lagging":
            return f"primary (replica lagging {round(self.lag_seconds)} s)"
        if self.reason == "unreachable":
            return "primary (replica unreachable)"
        return "primary"


NO_REPLICA = ReadRoute("primary", configured=False)


class ReplicaRouter:
    """The replica's health as this process last saw it, and the routing decision.

    Thread-safe; it never touches a database itself: the caller hands it the positions it
    read (:meth:`record_check`) or the failure it met (:meth:`record_unreachable`)."""

    def __init__(
        self,
        *,
        max_lag: float = 10.0,
        check_every: float = 3.0,
        recheck_after: float = 15.0,
        own_writes_for: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_lag = max_lag
        self.check_every = check_every
        self.recheck_after = recheck_after
        self.own_writes_for = own_writes_for
        self.clock = clock
        self._lock = threading.Lock()
        self._checked_at: float | None = None
        self._unreachable_at: float | None = None
        self._missing: list[tuple[float, dict[int, int]]] = []  # (seen at, position)
        self._lag = 0.0
        self._last_write: float | None = None

    # --- what the caller learnt ----------------------------------------------------------

    def wrote(self) -> None:
        """This process committed a change on the primary."""
        with self._lock:
            self._last_write = self.clock()

    def check_due(self) -> bool:
        """True when the replica's lag (or its being back) should be measured now."""
        with self._lock:
            now = self.clock()
            if self._unreachable_at is not None:
                return now - self._unreachable_at >= self.recheck_after
            return self._checked_at is None or now - self._checked_at >= self.check_every

    def record_check(self, primary_position: str, replica_position: str) -> None:
        now = self.clock()
        wanted, applied = parse_gtid(primary_position), parse_gtid(replica_position)
        with self._lock:
            self._checked_at = now
            self._unreachable_at = None
            self._missing = [(t, p) for t, p in self._missing if not gtid_reached(applied, p)]
            if not gtid_reached(applied, wanted):
                self._missing.append((now, wanted))
                if len(self._missing) > 32:  # keep the oldest, thin out the rest
                    del self._missing[1]
            self._lag = now - self._missing[0][0] if self._missing else 0.0

    def record_unreachable(self) -> None:
        with self._lock:
            self._unreachable_at = self.clock()
            self._checked_at = None

    # --- the decision --------------------------------------------------------------------

    def reading_own_writes(self) -> bool:
        """True while this process's own recent change may be missing on the replica."""
        with self._lock:
            if self._last_write is None:
                return False
            return self.clock() - self._last_write < self.own_writes_for + self._lag

    def route(self) -> ReadRoute:
        """Where replica-tolerant reads go now (one's own recent change aside)."""
        with self._lock:
            if self._unreachable_at is not None:
                return ReadRoute("primary", "unreachable", self._lag)
            if self._lag > self.max_lag:
                return ReadRoute("primary", "lagging", self._lag)
            return ReadRoute("replica", "", self._lag)
