"""Audit entries: one shape for every entry, written at once or batched.

Sign-in, sign-out and account changes write their entry at once (:meth:`AuditLog.write`).
A permission-checked action (``access.UserApi.action``) hands its entries over when it
ends: a change writes them, and the batch, in its own transaction (:meth:`AuditLog.done`);
reads of health data wait in the batch until the next change, or until the oldest has
waited ``AUDIT_BATCH_SECONDS``, or ``AUDIT_BATCH_SIZE`` wait, or sign-out and shutdown
(:meth:`AuditLog.flush`). Refusals are never batched and never lost with a failed
transaction (:meth:`AuditLog.failed`).

A read the same person made of the same thing within ``AUDIT_REPEAT_SECONDS`` of the one
recorded is not recorded again: a screen left open refreshes itself (the overview reads
every family's usual at each new alert; 200 entries each time at 200 families, a thousand
rows a second from a hundred desks), and the log says who looked at what and since when,
not how often a window redrew. Changes, refusals and a read after the window are always
recorded.

Each entry carries a key made here (``entry_key``). Entries taken into a transaction whose
commit lost its reply (``CommitUnknownError``: they may be in the log, or not) wait apart
and are written again each on its own (:meth:`AuditLog.settle`): one the log holds already
is skipped, so an entry is never recorded twice and never lost.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid

from carebot_desktop.data import Database
from carebot_desktop.data.errors import CommitUnknownError
from carebot_desktop.services.api import Row

log = logging.getLogger(__name__)

AUDIT_BATCH_SECONDS = 10.0
AUDIT_BATCH_SIZE = 500
AUDIT_REPEAT_SECONDS = 300.0


class AuditLog:
    """The audit entries of one service (one database, one host name), and its batch."""

    def __init__(self, db: Database, host: str) -> None:
        self._db = db
        self._host = host
        self._lock = threading.Lock()
        self._buffer: list[Row] = []
        self._unsure: list[Row] = []  # taken by a commit whose result was lost
        self._since = 0.0  # when the oldest entry in the buffer joined it (monotonic)
        # Reads recorded lately: (actor, action, target type, target, operation) -> when
        # (monotonic); pruned as they age past the window.
        self._recorded: dict[tuple[object, ...], float] = {}
        self._pruned = 0.0

    def entry(
        self,
        actor_id: str | None,
        action: str,
        target_type: str,
        target_id: object,
        operation: str,
        outcome: str = "ok",
    ) -> Row:
        """An entry as the audit table stores it (ids and host cut to their columns)."""
        return {
            "actor_id": actor_id,
            "action": action,
            "target_type": target_type,
            "target_id": None if target_id is None else str(target_id)[:64],
            "operation": operation,
            "outcome": outcome,
            "host": self._host[:255],
            "entry_key": uuid.uuid4().hex,
        }

    def write(
        self,
        actor_id: str | None,
        action: str,
        target_type: str,
        target_id: object,
        operation: str,
        outcome: str,
    ) -> None:
        """One entry, written now (in the caller's transaction, if any). On its own, it
        runs again after a server's failure; a try after a lost commit writes it by its
        key, never twice."""
        entry = self.entry(actor_id, action, target_type, target_id, operation, outcome)
        tries = 0

        def once() -> None:
            nonlocal tries
            tries += 1
            self._db.security.add_audit_entries([entry], unsure=tries > 1)

        self._db.run(once, idempotent=True)

    def done(self, entries: list[Row], *, unsure: bool = False) -> list[Row]:
        """Inside a successful action's transaction: its entries join the batch, and the
        batch is written now (in that transaction) if the action changed something, or
        the batch is old or large. Returns what was taken from the batch, so that a
        failed commit can put it back (:meth:`failed`). ``unsure``: the action is a try
        after one whose commit lost its reply, and its entries carry that try's keys:
        one the log holds is skipped."""
        now = time.monotonic()
        with self._lock:
            entries = self._not_repeated(entries, now)
            if entries and not self._buffer:
                self._since = now
            self._buffer += entries
            due = (
                unsure  # now, by key: a key the log may hold must not wait in the batch
                or any(e["action"] != "view" or e["outcome"] != "ok" for e in entries)
                or len(self._buffer) >= AUDIT_BATCH_SIZE
                or (self._buffer and now - self._since >= AUDIT_BATCH_SECONDS)
            )
            if not due:
                return []
            taken, self._buffer = self._buffer, []
        try:
            self._db.security.add_audit_entries(taken, unsure=unsure)
        except BaseException:
            own = {id(e) for e in entries}
            with self._lock:  # the older entries wait for the next write
                self._buffer[:0] = [e for e in taken if id(e) not in own]
            raise
        return taken

    def settle(self) -> None:
        """Write the entries a lost commit may or may not have written, each once: in a
        transaction of their own, outside any action (an entry found there is skipped).
        Nothing to do, nothing asked of the database."""
        if not self._unsure:
            return
        with self._lock:
            taken, self._unsure = self._unsure, []
        if not taken:
            return
        try:
            with self._db.separate_transaction():
                written = self._db.security.add_audit_entries(taken, unsure=True)
        except BaseException:
            with self._lock:
                self._unsure[:0] = taken
            raise
        if written < len(taken):
            log.info("%d audit entries were in the log already", len(taken) - written)

    def _not_repeated(self, entries: list[Row], now: float) -> list[Row]:
        """``entries`` without the reads recorded within the window (under the lock)."""
        if now - self._pruned >= AUDIT_REPEAT_SECONDS:
            self._pruned = now
            self._recorded = {
                k: t for k, t in self._recorded.items() if now - t < AUDIT_REPEAT_SECONDS
            }
        kept = []
        for entry in entries:
            if entry["action"] == "view" and entry["outcome"] == "ok":
                key = _key(entry)
                last = self._recorded.get(key)
                if last is not None and now - last < AUDIT_REPEAT_SECONDS:
                    continue
                self._recorded[key] = now
            kept.append(entry)
        return kept

    def failed(self, entries: list[Row], taken: list[Row], error: BaseException) -> None:
        """After a failed action: refusals are written at once (a refusal is never lost
        with the transaction it ended); entries taken for the failed commit go back to the
        batch, except the failed action's own (the action, run again or not, says whether
        they happened). Back to the batch, or, when the commit's result is unknown, to
        those :meth:`settle` writes."""
        own = {id(e) for e in entries}
        older = [e for e in taken if id(e) not in own]
        with self._lock:
            if entries and not taken:  # its own may wait in the batch: they go
                self._buffer = [e for e in self._buffer if id(e) not in own]
            if older and isinstance(error, CommitUnknownError):
                self._unsure += older
            elif older:
                self._buffer[:0] = older
            for entry in entries:  # not recorded after all: the next such read is
                self._recorded.pop(_key(entry), None)
        refusals = [e for e in entries if e["outcome"] != "ok"]
        if refusals:
            try:
                self._db.security.add_audit_entries(refusals)
            except Exception:  # the action's own error is the one to report
                log.warning("a refusal could not be audited", exc_info=True)
                with self._lock:
                    self._buffer += refusals

    def flush(self) -> None:
        """Write the batched entries now (sign-out, shutdown, reading the log)."""
        self.settle()
        with self._lock:
            taken, self._buffer = self._buffer, []
        if not taken:
            return
        try:
            self._db.security.add_audit_entries(taken)
        except Exception as error:
            with self._lock:
                if isinstance(error, CommitUnknownError):
                    self._unsure += taken
                else:
                    self._buffer[:0] = taken
            raise


def _key(entry: Row) -> tuple[object, ...]:
    return (
        entry["actor_id"],
        entry["action"],
        entry["target_type"],
        entry["target_id"],
        entry["operation"],
    )
