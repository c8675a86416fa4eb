"""Notifications: the robot's alerts (falls, fire) and public disaster alerts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, delete, func, insert, select

from carebot_desktop.data._base import Area, get_or_404, not_indexed, row, unread, write_view
from carebot_desktop.data.errors import ValidationError
from carebot_desktop.data.models import (
    Account,
    Acknowledgement,
    Family,
    Notification,
    NotificationGrade,
)
from carebot_desktop.data.validation import (
    Field,
    When,
    check_choice,
    check_int,
    check_text_list,
    clean,
    time_window,
    utcnow,
)

# Rows say ``description``; the column is ``descriptions``.
NOTIFICATION_KEYS = [
    "index",
    "family_id",
    "created_at",
    "notification_grade",
    "descriptions",
    "is_read",
    "image_url",
]
_RENAMES = {"descriptions": "description"}
NOTIFICATION_SPEC = {
    "family_id": Field("str", required=True, nullable=False, max_len=16),
    "notification_grade": Field("enum", enum=NotificationGrade),
    "descriptions": Field("text", text_format="json"),
    "message_sn": Field("int", minimum=0, maximum=2_147_483_647),
    "is_read": Field("bool"),
    "image_url": Field("url"),
    "created_at": Field("timestamp", not_future=True),
}


def notification_row(obj: Notification) -> dict[str, Any]:
    return row(obj, NOTIFICATION_KEYS, _RENAMES)


class Notifications(Area):
    def create_notification(self, notification_data: dict[str, Any]) -> int:
        values = clean(
            notification_data,
            NOTIFICATION_SPEC,
            aliases={"description": "descriptions", "grade": "notification_grade"},
        )
        values.setdefault("notification_grade", NotificationGrade.NONE)
        values.setdefault("created_at", utcnow())
        values.setdefault("is_read", False)
        with self._tx() as session:
            if session.get(Family, values["family_id"]) is None:
                raise ValidationError("family_id", "no family with this id")
            notification = Notification(**values)
            session.add(notification)
            session.flush()
            return notification.index

    def _list(
        self,
        family_id: str,
        unread_only: bool,
        start_time: When | None,
        end_time: When | None,
        time_order: str,
    ) -> list[dict[str, Any]]:
        start, end, desc = time_window(start_time, end_time, time_order, start_required=False)
        query = select(Notification).where(
            Notification.family_id == family_id, Notification.created_at <= end
        )
        if start is not None:
            query = query.where(Notification.created_at >= start)
        if unread_only:
            query = query.where(unread(Notification.is_read))
        if desc:
            query = query.order_by(Notification.created_at.desc(), Notification.index.desc())
        else:
            query = query.order_by(Notification.created_at.asc(), Notification.index.asc())
        with self._tx() as session:
            return [notification_row(n) for n in session.scalars(query)]

    def get_new_notifications(
        self,
        family_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        return self._list(family_id, True, start_time, end_time, time_order)

    def get_all_notifications(
        self,
        family_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        return self._list(family_id, False, start_time, end_time, time_order)

    def get_notifications_after(
        self, family_ids: list[str], after_index: int, limit: int = 500
    ) -> list[dict[str, Any]]:
        """Notifications of these families with an index above ``after_index``, oldest
        first: what an incremental poller asks for (cost independent of the backlog)."""
        family_ids = check_text_list("family_ids", family_ids)
        after_index = check_int("after_index", after_index)
        limit = check_int("limit", limit, 1, 10_000)
        if not family_ids:
            return []
        # The rows above ``after_index`` are few: read them by primary key.
        family = not_indexed(Notification.family_id, self._db.is_sqlite)
        query = (
            select(Notification)
            .where(family.in_(family_ids), Notification.index > after_index)
            .order_by(Notification.index.asc())
            .limit(limit)
        )
        with self._read_tx() as session:
            return [notification_row(n) for n in session.scalars(query)]

    def get_notifications_list(
        self,
        family_ids: list[str],
        start_time: When | None = None,
        end_time: When | None = None,
        grade: str | None = None,
        unread_only: bool = False,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """The newest notifications of several families (newest first, at most ``limit``),
        in one statement: the desk's list, whatever the number of families. Read back
        along the primary key, so it stops after ``limit`` rows rather than sorting the
        families' whole history."""
        family_ids = check_text_list("family_ids", family_ids)
        limit = check_int("limit", limit, 1, 10_000)
        if grade is not None:
            grade = check_choice("grade", grade, [g.value for g in NotificationGrade])
        if not isinstance(unread_only, bool):
            raise ValidationError("unread_only", "expected true or false")
        start, end, _ = time_window(start_time, end_time, "desc", start_required=False)
        if not family_ids:
            return []
        family = not_indexed(Notification.family_id, self._db.is_sqlite)
        query = select(Notification).where(family.in_(family_ids), Notification.created_at <= end)
        if start is not None:
            query = query.where(Notification.created_at >= start)
        if grade is not None:
            query = query.where(Notification.notification_grade == NotificationGrade(grade))
        if unread_only:
            query = query.where(unread(Notification.is_read))
        query = query.order_by(Notification.index.desc()).limit(limit)
        with self._read_tx() as session:
            return [notification_row(n) for n in session.scalars(query)]

    def get_unread_notifications(
        self, family_ids: list[str], grade: str | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """Unread notifications of several families in one statement, oldest first
        (optionally of one grade): the banner of unacknowledged alerts."""
        family_ids = check_text_list("family_ids", family_ids)
        limit = check_int("limit", limit, 1, 10_000)
        if grade is not None:
            grade = check_choice("grade", grade, [g.value for g in NotificationGrade])
        if not family_ids:
            return []
        query = select(Notification).where(
            Notification.family_id.in_(family_ids), unread(Notification.is_read)
        )
        if grade is not None:
            query = query.where(Notification.notification_grade == NotificationGrade(grade))
        query = query.order_by(Notification.created_at.asc(), Notification.index.asc())
        with self._tx() as session:
            return [notification_row(n) for n in session.scalars(query.limit(limit))]

    def latest_notification_index(self, family_ids: list[str]) -> int:
        """The largest notification index of these families (0 if none): where a poller
        starts, so old notifications are not announced again."""
        family_ids = check_text_list("family_ids", family_ids)
        if not family_ids:
            return 0
        # The largest of each family's largest (per read flag: the index on family,
        # is_read, index gives each in one look-up). One MAX over the families' rows read
        # every entry of theirs: 0.19 s at 200 families and 0.5 M notifications, and
        # seconds while fifty desks signed in at once (issue 21).
        newest = (
            select(func.max(Notification.index).label("newest"))
            .where(Notification.family_id.in_(family_ids))
            .group_by(Notification.family_id, Notification.is_read)
            .subquery()
        )
        with self._tx() as session:
            return int(session.scalar(select(func.max(newest.c.newest))) or 0)

    def get_notification_digest(
        self, family_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> dict[str, tuple[int, int, int]]:
        """Per UTC day: (count, sum of indexes, sum of the indexes read). Equal digests mean
        equal rows, read flags included; a sync refetches only the days that differ."""
        start, end, _ = time_window(start_time, end_time, "asc", start_required=False)
        day = func.date(Notification.created_at)
        read = func.sum(case((Notification.is_read.is_(True), Notification.index), else_=0))
        query = select(day, func.count(), func.sum(Notification.index), read).where(
            Notification.family_id == family_id, Notification.created_at <= end
        )
        if start is not None:
            query = query.where(Notification.created_at >= start)
        with self._read_tx() as session:
            return {
                str(d): (int(n), int(total or 0), int(done or 0))
                for d, n, total, done in session.execute(query.group_by(day))
            }

    def get_one_notification(self, notification_id: int) -> dict[str, Any]:
        with self._tx() as session:
            return notification_row(
                get_or_404(session, Notification, notification_id, "notification")
            )

    def check_read_notification(self, notification_id: int, by: str | None = None) -> bool:
        """Mark it read. ``by`` (an account id): who acknowledged it, kept with the time
        when it is the first acknowledgement (for the elder's report)."""
        if by is not None:
            by = check_text_list("by", [by])[0]
        with self._tx() as session:
            found = get_or_404(session, Notification, notification_id, "notification")
            first = not found.is_read
            found.is_read = True
            if by is None or not first:
                return True
            if session.get(Acknowledgement, found.index) is not None:
                return True
            person = session.get(Account, by)
            values = {
                "notification_index": found.index,
                "family_id": found.family_id,
                "user_id": by,
                "user_name": person.user_name if person is not None else None,
                "acknowledged_at": utcnow(),
            }
            if self._db.secured:  # under one's own name, at the server's time
                values["acknowledged_at"] = func.utc_timestamp()
                session.execute(insert(write_view("desk_w_ack")).values(values))
                return True
            # Two acknowledgements at once: the first is kept, the second changes nothing.
            session.execute(
                insert(Acknowledgement)
                .values(values)
                .prefix_with("IGNORE", dialect="mysql")
                .prefix_with("OR IGNORE", dialect="sqlite")
            )
        return True

    def get_acknowledgements(
        self, family_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> list[dict[str, Any]]:
        """Who acknowledged the family's alerts made in the period, and when (oldest
        first): ``notification_index``, ``user_id``, ``user_name``, ``acknowledged_at``."""
        family_id = check_text_list("family_id", [family_id])[0]
        start, end, _ = time_window(start_time, end_time, "asc", start_required=False)
        query = (
            select(Acknowledgement)
            .join(Notification, Notification.index == Acknowledgement.notification_index)
            .where(Acknowledgement.family_id == family_id, Notification.created_at <= end)
            .order_by(Acknowledgement.notification_index)
        )
        if start is not None:
            query = query.where(Notification.created_at >= start)
        with self._tx() as session:
            return [
                {
                    "notification_index": a.notification_index,
                    "user_id": a.user_id,
                    "user_name": a.user_name,
                    "acknowledged_at": a.acknowledged_at,
                }
                for a in session.scalars(query)
            ]

    def delete_notification(self, notification_id: int) -> bool:
        with self._tx() as session:
            found = get_or_404(session, Notification, notification_id, "notification")
            session.execute(delete(Notification).where(Notification.index == found.index))
        return True
