"""Set-based reads for the care-centre desk: everything the overview shows for N families
in a fixed number of statements, whatever N is.

The latest row of each status kind per family comes from one grouped statement per kind:
for each family, the newest entry of the ``(family_id, reported_at, index)`` index,
joined to its row: the cost grows with the number of families, never with their history. Unread notifications are counted by family
and grade in one statement.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from carebot_desktop.data._base import Area, columns, row, unread
from carebot_desktop.data.errors import ValidationError
from carebot_desktop.data.models import (
    STATUS_MODELS,
    Account,
    AlertEvent,
    Escalation,
    Family,
    JoinRequest,
    Message,
    Notification,
)
from carebot_desktop.data.models.shared import StatusRow
from carebot_desktop.data.validation import check_text_list

GRADES = ("crit", "warn", "info", "none")


def latest_query(model: type[StatusRow], family_ids: list[str]) -> Select[Any]:
    """The newest row of each family, in one statement: for each family, the index of its
    newest row (a correlated subquery that reads one entry of the (family_id,
    reported_at, index) index, newest first: no sort, no scan of the history), joined
    to the row. The same order as ``get_latest_*``: reported_at, then index."""
    newer = aliased(model)
    newest_index = (
        select(newer.index)
        .where(newer.family_id == Family.id)
        .order_by(newer.reported_at.desc(), newer.index.desc())
        .limit(1)
        .correlate(Family)
        .scalar_subquery()
    )
    return (
        select(model)
        .select_from(Family)
        .join(model, model.index == newest_index)
        .where(Family.id.in_(family_ids))
    )


class Desk(Area):
    def _latest(
        self, session: Session, model: type[StatusRow], family_ids: list[str]
    ) -> dict[str, dict[str, Any]]:
        keys = columns(model)
        return {
            obj.family_id: row(obj, keys)
            for obj in session.scalars(latest_query(model, family_ids))
        }

    @staticmethod
    def _unread(session: Session, family_ids: list[str]) -> dict[str, dict[str, int]]:
        counts = {fid: dict.fromkeys(GRADES, 0) for fid in family_ids}
        query = (
            select(Notification.family_id, Notification.notification_grade, func.count())
            .where(Notification.family_id.in_(family_ids), unread(Notification.is_read))
            .group_by(Notification.family_id, Notification.notification_grade)
        )
        for family_id, grade, number in session.execute(query):
            name = grade.value if grade is not None else "none"
            counts[family_id][name] = int(number)
        return counts

    def snapshot(self, family_ids: list[str]) -> dict[str, Any]:
        """What the desk overview shows, in one transaction and a fixed number of
        statements: ``families`` (family id -> family name, main user, the elder's name and
        birth date), ``latest`` (kind -> family id -> newest row) and ``unread`` (family id
        -> grade -> count)."""
        family_ids = check_text_list("family_ids", family_ids)
        result: dict[str, Any] = {"families": {}, "latest": {}, "unread": {}}
        if not family_ids:
            return result
        with self._tx() as session:
            query = (
                select(
                    Family.id,
                    Family.family_name,
                    Family.main_user,
                    Account.user_name,
                    Account.birth_date,
                )
                .join(Account, Account.id == Family.main_user, isouter=True)
                .where(Family.id.in_(family_ids))
            )
            for fid, name, main_user, elder_name, birth in session.execute(query):
                result["families"][fid] = {
                    "id": fid,
                    "family_name": name,
                    "main_user": main_user,
                    "elder_name": elder_name,
                    "elder_birth_date": birth,
                }
            for kind, model in STATUS_MODELS.items():
                result["latest"][kind] = self._latest(session, model, family_ids)
            result["unread"] = self._unread(session, family_ids)
        return result

    def signature(
        self, family_ids: list[str], user_id: str, managed_ids: list[str] | None = None
    ) -> dict[str, Any]:
        """What changes when the desk must refresh, in one cheap statement: ``status`` (the
        largest index of each status table: primary-key lookups), ``notifications`` (the
        unread count of these families: their covering index), ``messages`` (the
        largest index and unread count of the user's messages) and ``requests`` (the
        newest pending join request to the ``managed_ids`` families and their number, and
        the user's own pending requests) and ``care`` (the newest take/resolve event and the
        number of escalations of these families: another desk's take or resolve)."""
        family_ids = check_text_list("family_ids", family_ids)
        managed_ids = check_text_list("managed_ids", managed_ids or [])
        if not isinstance(user_id, str):
            raise ValidationError("user_id", "expected an account id")
        if self._db.secured:  # global counters from a view: the rows themselves are filtered
            parts: list[Any] = [
                text(f"(SELECT `{name}` FROM desk_status_ends)") for name in STATUS_MODELS
            ]
        else:
            parts = [
                select(func.max(model.index)).scalar_subquery() for model in STATUS_MODELS.values()
            ]
        parts.append(
            select(func.count())
            .select_from(Notification)
            .where(Notification.family_id.in_(family_ids or [""]), unread(Notification.is_read))
            .scalar_subquery()
        )
        parts.append(
            select(func.max(Message.index))
            .where(or_(Message.to_id == user_id, Message.from_id == user_id))
            .scalar_subquery()
        )
        parts.append(
            select(func.count())
            .select_from(Message)
            .where(Message.to_id == user_id, unread(Message.is_read))
            .scalar_subquery()
        )
        waiting = (JoinRequest.status == "pending",)
        parts.append(
            select(func.max(JoinRequest.index))
            .where(JoinRequest.family_id.in_(managed_ids or [""]), *waiting)
            .scalar_subquery()
        )
        parts.append(
            select(func.count())
            .select_from(JoinRequest)
            .where(JoinRequest.family_id.in_(managed_ids or [""]), *waiting)
            .scalar_subquery()
        )
        parts.append(
            select(func.count())
            .select_from(JoinRequest)
            .where(JoinRequest.user_id == user_id, *waiting)
            .scalar_subquery()
        )
        # (through a person's login these read the care views of the same names)
        families = family_ids or [""]
        parts.append(
            select(func.max(AlertEvent.id))
            .where(AlertEvent.family_id.in_(families))
            .scalar_subquery()
        )
        parts.append(
            select(func.count())
            .select_from(Escalation)
            .where(Escalation.family_id.in_(families))
            .scalar_subquery()
        )
        with self._tx() as session:
            values = list(session.execute(select(*parts)).one())
        return {
            "status": tuple(int(v or 0) for v in values[:4]),
            "notifications": int(values[4] or 0),
            "messages": (int(values[5] or 0), int(values[6] or 0)),
            "requests": (int(values[7] or 0), int(values[8] or 0), int(values[9] or 0)),
            "care": (int(values[10] or 0), int(values[11] or 0)),
        }
