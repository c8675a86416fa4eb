"""The desktop's own security records: failed sign-ins and the audit log."""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from carebot_desktop.data._base import Area, columns, inserted_index, row, rowcount, write_view
from carebot_desktop.data.errors import (
    CarebotError,
    DatabaseError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.models import AuditEntry, DesktopKey, ExportRecord, LoginAttempt
from carebot_desktop.data.validation import (
    Field,
    When,
    check_choice,
    check_int,
    check_text_list,
    clean,
    time_window,
    to_timestamp,
    utcnow,
)

if TYPE_CHECKING:  # Database builds the areas: only its type is needed here
    from carebot_desktop.data.database import Database

IDENTIFIER_KEY = "login-identifier"
# How far ahead of this clock a stored time may be (another PC's clock) and still count.
FUTURE_LEEWAY = timedelta(minutes=1)


def _typed(email: object) -> str:
    """What was typed as the e-mail, checked: valid text (any length; only its hash is
    kept), trimmed and in lower case as sign-in compares it."""
    if type(email) is not str:
        raise ValidationError("email", "expected text")
    clean({"email": email}, {"email": Field("str")})
    return email.strip().lower()


AUDIT_ACTIONS = ("view", "search", "create", "update", "delete", "export", "login", "logout")
AUDIT_KEYS = [c for c in columns(AuditEntry) if c != "entry_key"]  # the key is the writer's
EXPORT_KEYS = columns(ExportRecord)
EXPORT_KINDS = ("report_pdf", "report_print", "summary_pdf", "csv")
AUDIT_SPEC = {
    "actor_id": Field("str", max_len=16),
    "action": Field("str", required=True, nullable=False, max_len=16),
    "target_type": Field("str", required=True, nullable=False, max_len=16),
    "target_id": Field("str", max_len=64),
    "operation": Field("str", required=True, nullable=False, max_len=64),
    "outcome": Field("str", required=True, nullable=False, max_len=16),
    "host": Field("str", max_len=255),
    "entry_key": Field("str", max_len=32),
}
_ENTRY_KEY = re.compile(r"[0-9a-f]{32}")
# the table itself, not the ORM entity: a Core insert reports its rowcount
_AUDIT_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]


def _audit_values(entry: dict[str, Any]) -> dict[str, Any]:
    """An audit entry checked, with its key (a new one where the entry has none)."""
    values = clean(entry, AUDIT_SPEC)
    if values["action"] not in AUDIT_ACTIONS:
        raise ValidationError("action", f"must be one of {', '.join(AUDIT_ACTIONS)}")
    key = values.get("entry_key")
    if key is None:
        values["entry_key"] = uuid.uuid4().hex
    elif not _ENTRY_KEY.fullmatch(key):
        raise ValidationError("entry_key", "expected 32 lower-case hexadecimal digits")
    return values


class Security(Area):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._key: bytes | None = None
        self._key_lock = threading.RLock()  # prefetch_key may run inside _identifier_key

    # --- failed sign-ins ----------------------------------------------------------------

    def _identifier(self, email: object) -> str:
        """The stored stand-in for a typed identifier: HMAC-SHA-256 under the database's
        own key, so equal input counts together and the text itself is never stored.
        (Through a person's own login the key is out of reach: the database's procedures
        hash there.)"""
        typed = _typed(email)
        return hmac.new(self._identifier_key(), typed.encode("utf-8"), hashlib.sha256).hexdigest()

    def _identifier_key(self) -> bytes:
        """The key every desktop of this database shares (made by ``create_schema``, or
        here by the first sign-in on a database an older desktop set up)."""
        with self._key_lock:
            if self._key is None:
                value = self._read_key()
                if value is None:
                    self._db.add_keys()
                    value = self._read_key()
                if value is None:
                    raise DatabaseError("the database has no sign-in key")
                self._key = bytes.fromhex(value)
            return self._key

    def prefetch_key(self) -> None:
        """Read the shared key now (at start-up, not in the first sign-in's round trips);
        a database without it yet is left alone."""
        if self._key is not None:
            return
        try:
            value = self._read_key()
        except CarebotError:
            return
        if value is not None:
            with self._key_lock:
                self._key = bytes.fromhex(value)

    def _read_key(self) -> str | None:
        with self._tx() as session:
            found = session.get(DesktopKey, IDENTIFIER_KEY)
            return found.value if found is not None else None

    def record_failed_login(self, email: str, at: datetime | None = None) -> None:
        if self._db.secured:
            # The database keeps it at its own time, for one's own e-mail only (another
            # e-mail typed through one's login is refused anyway, with nothing to count).
            with self._tx() as session:
                session.execute(text("CALL desk_failed_login(:p)"), {"p": _typed(email)})
            return
        email = self._identifier(email)
        at = to_timestamp(at, "at") if at is not None else None
        # A time in the future would lock the e-mail out until then.
        at = min(at, utcnow()) if at is not None else None
        try:
            with self._tx() as session:
                session.add(LoginAttempt(email=email, attempted_at=at or utcnow()))
                session.flush()
        except PermissionDeniedError:
            # Through a person's own login only their own e-mail's failures are kept (and
            # only their own account can sign in through it): another e-mail typed there
            # is refused anyway, with nothing to count.
            if not self._db.secured:
                raise

    def failed_logins_since(self, email: str, since: datetime) -> list[datetime]:
        """Times of failed sign-ins for ``email`` after ``since``, oldest first (none
        dated ahead of now: such a row cannot lock anyone out)."""
        since = to_timestamp(since, "since")
        if self._db.secured:
            with self._tx() as session:
                return list(
                    session.execute(
                        text("CALL desk_failed_logins_since(:p, :s)"),
                        {"p": _typed(email), "s": since},
                    ).scalars()
                )
        email = self._identifier(email)
        with self._tx() as session:
            return list(
                session.scalars(
                    select(LoginAttempt.attempted_at)
                    .where(
                        LoginAttempt.email == email,
                        LoginAttempt.attempted_at >= since,
                        LoginAttempt.attempted_at <= utcnow() + FUTURE_LEEWAY,
                    )
                    .order_by(LoginAttempt.attempted_at)
                )
            )

    def clear_failed_logins(self, email: str) -> None:
        if self._db.secured:
            with self._tx() as session:
                session.execute(text("CALL desk_clear_failed_logins(:p)"), {"p": _typed(email)})
            return
        email = self._identifier(email)
        with self._tx() as session:
            session.execute(delete(LoginAttempt).where(LoginAttempt.email == email))

    def cleanup_failed_logins(self, older_than: timedelta = timedelta(days=1)) -> int:
        if not isinstance(older_than, timedelta) or not (
            timedelta(0) <= older_than <= timedelta(days=3650)
        ):
            raise ValidationError("older_than", "expected a time span of up to ten years")
        if self._db.secured:  # the administrator's (and the watcher's) to do
            return 0
        now = utcnow()
        with self._tx() as session:
            result = session.execute(
                delete(LoginAttempt).where(
                    (LoginAttempt.attempted_at < now - older_than)
                    | (LoginAttempt.attempted_at > now + FUTURE_LEEWAY)
                )
            )
            return rowcount(result)

    # --- audit log --------------------------------------------------------------------

    def add_audit_entry(self, entry: dict[str, Any]) -> int:
        values = _audit_values(entry)
        if self._db.secured:
            values["actor_id"] = values.get("actor_id") or self._db.login_account()
            with self._tx() as session:
                result = session.execute(
                    insert(write_view("desk_w_audit")).values(
                        **values, occurred_at=func.utc_timestamp()
                    )
                )
                return inserted_index(result)
        with self._tx() as session:
            audit = AuditEntry(occurred_at=utcnow(), **values)
            session.add(audit)
            session.flush()
            return audit.index

    def add_audit_entries(self, entries: list[dict[str, Any]], *, unsure: bool = False) -> int:
        """Several entries in one statement (a desk read audits every family it shows);
        how many were written.

        ``unsure``: the entries may be in the log already (a commit that held them lost its
        reply): each is written on its own, and one whose ``entry_key`` is there is skipped
        (the database's unique key says so; a login that may only insert cannot read the
        log to check)."""
        if not isinstance(entries, (list, tuple)):
            raise ValidationError("entries", "expected a list of audit entries")
        cleaned = []
        for entry in entries:
            values = _audit_values(entry)
            cleaned.append({**dict.fromkeys(AUDIT_SPEC), **values, "occurred_at": utcnow()})
        if not cleaned:
            return 0
        if self._db.secured:
            # In one's own name (an entry for nobody, as a failed sign-in's, is the login's
            # own account: no other can sign in through it), at the server's time.
            me = self._db.login_account()
            for values in cleaned:
                values["actor_id"] = values["actor_id"] or me
        with self._tx() as session:
            if not unsure:
                self._insert_rows(
                    session, AuditEntry, "desk_w_audit", cleaned, server_time="occurred_at"
                )
                return len(cleaned)
            if self._db.is_sqlite:  # never through a login; the key's conflict alone skips
                skip = sqlite_insert(_AUDIT_TABLE).on_conflict_do_nothing(
                    index_elements=["entry_key"]
                )
                return sum(rowcount(session.execute(skip, values)) for values in cleaned)
            written = 0
            for values in cleaned:
                try:
                    with session.begin_nested():
                        self._insert_rows(
                            session, AuditEntry, "desk_w_audit", [values], server_time="occurred_at"
                        )
                    written += 1
                except sa_exc.IntegrityError:  # its key is there: written already
                    pass
            return written

    def add_export(self, actor_id: str, family_ids: list[str], kind: str, reason: str) -> int:
        """Record an export of these families' data (one row each); returns how many."""
        actor_id = check_text_list("actor_id", [actor_id])[0]
        family_ids = check_text_list("family_ids", family_ids, 1000)
        kind = check_choice("kind", kind, EXPORT_KINDS)
        if not isinstance(reason, str) or len(reason.strip()) < 2:
            raise ValidationError("reason", "say why the data is exported (two letters or more)")
        reason = reason.strip()
        if len(reason) > 200:
            raise ValidationError("reason", "at most 200 characters")
        if not family_ids:
            return 0
        now = utcnow()
        rows = [
            {
                "occurred_at": now,
                "actor_id": actor_id,
                "family_id": family_id,
                "kind": kind,
                "reason": reason,
            }
            for family_id in dict.fromkeys(family_ids)
        ]
        with self._tx() as session:
            self._insert_rows(
                session, ExportRecord, "desk_w_export", rows, server_time="occurred_at"
            )
        return len(rows)

    def get_exports(self, actor_id: str, limit: int = 100) -> list[dict[str, Any]]:
        """One's own recorded exports, newest first."""
        actor_id = check_text_list("actor_id", [actor_id])[0]
        limit = check_int("limit", limit, 1, 10_000)
        query = (
            select(ExportRecord)
            .where(ExportRecord.actor_id == actor_id)
            .order_by(ExportRecord.occurred_at.desc(), ExportRecord.index.desc())
            .limit(limit)
        )
        with self._tx() as session:
            return [row(e, EXPORT_KEYS) for e in session.scalars(query)]

    def get_audit_log(
        self,
        start_time: When | None = None,
        end_time: When | None = None,
        *,
        actor_id: str | None = None,
        target_id: str | None = None,
        time_order: str = "desc",
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        start, end, desc = time_window(start_time, end_time, time_order, start_required=False)
        limit = check_int("limit", limit, 1, 100_000)
        for name, value in (("actor_id", actor_id), ("target_id", target_id)):
            if value is not None:
                clean({name: value}, {name: Field("str", max_len=64)})
        query = select(AuditEntry).where(AuditEntry.occurred_at <= end)
        if start is not None:
            query = query.where(AuditEntry.occurred_at >= start)
        if actor_id is not None:
            query = query.where(AuditEntry.actor_id == actor_id)
        if target_id is not None:
            query = query.where(AuditEntry.target_id == target_id)
        order = (
            (AuditEntry.occurred_at.desc(), AuditEntry.index.desc())
            if desc
            else (AuditEntry.occurred_at.asc(), AuditEntry.index.asc())
        )
        with self._tx() as session:
            return [
                row(a, AUDIT_KEYS)
                for a in session.scalars(query.order_by(*order).limit(max(1, min(limit, 100_000))))
            ]

    def count_audit_since(self, actor_id: str, operation: str, since: datetime) -> int:
        """How often ``actor_id`` ran ``operation`` since then (a per-account throttle)."""
        clean(
            {"actor_id": actor_id, "operation": operation},
            {"actor_id": AUDIT_SPEC["actor_id"], "operation": AUDIT_SPEC["operation"]},
        )
        since = to_timestamp(since, "since")
        with self._tx() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(AuditEntry)
                    .where(
                        AuditEntry.actor_id == actor_id,
                        AuditEntry.occurred_at >= since,
                        AuditEntry.operation == operation,
                    )
                )
                or 0
            )

    def count_audit_entries(self) -> int:
        with self._tx() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
