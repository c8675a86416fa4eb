"""The desktop's own security records: failed sign-ins and the audit log."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select

from carebot_desktop.data._base import Area, columns, row, rowcount
from carebot_desktop.data.errors import ValidationError
from carebot_desktop.data.models import AuditEntry, LoginAttempt
from carebot_desktop.data.validation import (
    Field,
    check_int,
    clean,
    time_window,
    to_timestamp,
    utcnow,
)


def _identifier(email: Any) -> str:
    """What was typed as the e-mail, as stored for throttling (valid text, cut to 128)."""
    if not isinstance(email, str):
        raise ValidationError("email", "expected text")
    return str(clean({"email": email[:128]}, {"email": Field("str", max_len=128)})["email"])


AUDIT_ACTIONS = ("view", "search", "create", "update", "delete", "export", "login", "logout")
AUDIT_KEYS = columns(AuditEntry)
AUDIT_SPEC = {
    "actor_id": Field("str", max_len=16),
    "action": Field("str", required=True, nullable=False, max_len=16),
    "target_type": Field("str", required=True, nullable=False, max_len=16),
    "target_id": Field("str", max_len=64),
    "operation": Field("str", required=True, nullable=False, max_len=64),
    "outcome": Field("str", required=True, nullable=False, max_len=16),
    "host": Field("str", max_len=255),
}


class Security(Area):
    # --- failed sign-ins ----------------------------------------------------------------

    def record_failed_login(self, email: str, at: datetime | None = None) -> None:
        email = _identifier(email)
        at = to_timestamp(at, "at") if at is not None else None
        with self._tx() as session:
            session.add(LoginAttempt(email=email[:128], attempted_at=at or utcnow()))

    def failed_logins_since(self, email: str, since: datetime) -> list[datetime]:
        """Times of failed sign-ins for ``email`` after ``since``, oldest first."""
        email = _identifier(email)
        since = to_timestamp(since, "since")
        with self._tx() as session:
            return list(
                session.scalars(
                    select(LoginAttempt.attempted_at)
                    .where(LoginAttempt.email == email[:128], LoginAttempt.attempted_at >= since)
                    .order_by(LoginAttempt.attempted_at)
                )
            )

    def clear_failed_logins(self, email: str) -> None:
        email = _identifier(email)
        with self._tx() as session:
            session.execute(delete(LoginAttempt).where(LoginAttempt.email == email[:128]))

    def cleanup_failed_logins(self, older_than: timedelta = timedelta(days=1)) -> int:
        if not isinstance(older_than, timedelta) or not (
            timedelta(0) <= older_than <= timedelta(days=3650)
        ):
            raise ValidationError("older_than", "expected a time span of up to ten years")
        with self._tx() as session:
            result = session.execute(
                delete(LoginAttempt).where(LoginAttempt.attempted_at < utcnow() - older_than)
            )
            return rowcount(result)

    # --- audit log --------------------------------------------------------------------

    def add_audit_entry(self, entry: dict[str, Any]) -> int:
        values = clean(entry, AUDIT_SPEC)
        if values["action"] not in AUDIT_ACTIONS:
            raise ValidationError("action", f"must be one of {', '.join(AUDIT_ACTIONS)}")
        with self._tx() as session:
            audit = AuditEntry(occurred_at=utcnow(), **values)
            session.add(audit)
            session.flush()
            return audit.index

    def add_audit_entries(self, entries: list[dict[str, Any]]) -> int:
        """Several entries in one statement (a desk read audits every family it shows)."""
        if not isinstance(entries, (list, tuple)):
            raise ValidationError("entries", "expected a list of audit entries")
        cleaned = []
        for entry in entries:
            values = clean(entry, AUDIT_SPEC)
            if values["action"] not in AUDIT_ACTIONS:
                raise ValidationError("action", f"must be one of {', '.join(AUDIT_ACTIONS)}")
            cleaned.append({**dict.fromkeys(AUDIT_SPEC), **values, "occurred_at": utcnow()})
        if cleaned:
            with self._tx() as session:
                session.execute(insert(AuditEntry), cleaned)
        return len(cleaned)

    def get_audit_log(
        self,
        start_time: Any = None,
        end_time: Any = None,
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
