"""Closing the loop on an alert: who took it, what was done, who was told when nobody
answered; the elder's care log and the shift handovers (``CONTRACT.md``, "Closing the
loop on an alert").

A ``warn`` or ``crit`` alert is "new" until someone takes it (``desktop_alert_care`` gets
its row), then "taken", then "resolved" with an outcome. Every function is one
transaction (a unit of work: the notification's read flag and acknowledgement, written
through ``Notifications``, join it). ``by`` is the acting account's id, as in
``Notifications.check_read_notification``; the checked API passes the caller's.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, RowMapping, and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from carebot_desktop.data import care_login
from carebot_desktop.data._base import get_or_404, plain, rowcount
from carebot_desktop.data.care_escalation import (
    CARE_DEFAULTS,
    ESCALATION_HORIZON,
    RELEASE,
    CareEscalation,
    ignore_duplicate,
)
from carebot_desktop.data.care_log import Row, by_id, check_note
from carebot_desktop.data.errors import ConflictError, NotFoundError, ValidationError
from carebot_desktop.data.models import (
    AlertCare,
    AlertEvent,
    Escalation,
    Notification,
    NotificationGrade,
)
from carebot_desktop.data.validation import check_choice, check_int, check_text_list, utcnow

__all__ = ["CARE_DEFAULTS", "ESCALATION_HORIZON", "OPEN_DAYS", "OUTCOMES", "Care", "state_row"]

# What was done about an alert (the contract's ``care.OUTCOMES``).
OUTCOMES = (
    "false_alarm",
    "elder_fine",
    "visited",
    "family_contacted",
    "emergency_services",
    "hospital",
    "other",
)
# open_alerts looks this far back: an unresolved alert older than two weeks is history
# (the care log and the report keep it), not the desk's work.
OPEN_DAYS = 14
CARED_GRADES = (NotificationGrade.WARN, NotificationGrade.CRIT)
TAKEN, RESOLVED = "taken", "resolved"
_INT_MAX = 2_147_483_647


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC" if value is not None else "an unknown time"


class Care(CareEscalation):
    """The state of each alert (its escalations: CareEscalation; the care log and
    handovers: CareLog)."""

    # --- states ----------------------------------------------------------------------

    def state(self, index: int) -> Row:
        """The alert's state dict (the contract's keys)."""
        index = check_int("index", index, 1, _INT_MAX)
        with self._db.unit_of_work() as session:
            get_or_404(session, Notification, index, "notification")
            return self._state(session, index)

    def open_alerts(self, family_ids: list[str], grades: list[str] | None = None) -> list[Row]:
        """The warn/crit alerts of these families of the last ``OPEN_DAYS`` days that are
        not resolved, oldest first, as state dicts: one statement, whatever the families.
        ``grades`` (e.g. ``["crit"]``): only those; the overview and the banner need only
        the crit ones, a few of the thousands of open warn alerts at 200 families."""
        family_ids = check_text_list("family_ids", family_ids)
        wanted: tuple[NotificationGrade, ...] = CARED_GRADES
        if grades is not None:
            asked = set(check_text_list("grades", grades))
            unknown = asked - {g.value for g in CARED_GRADES}
            if unknown:
                raise ValidationError("grades", f"not an alert grade with care: {sorted(unknown)}")
            wanted = tuple(g for g in CARED_GRADES if g.value in asked)
        if not family_ids or not wanted:
            return []
        since = utcnow() - timedelta(days=OPEN_DAYS)
        where = and_(
            Notification.family_id.in_(family_ids),
            Notification.created_at >= since,
            Notification.notification_grade.in_(wanted),
            # (the care row is outer-joined: none is "new")
            or_(AlertCare.state.is_(None), AlertCare.state != RESOLVED),
        )
        with self._db.unit_of_work() as session:
            # Only the window's levels: an alert of the window was raised within it.
            levels = and_(Escalation.family_id.in_(family_ids), Escalation.raised_at >= since)
            return self._states(session, where, levels)

    def _state(self, session: Session, index: int) -> Row:
        """One alert's state (the grouped escalations narrowed to it, not the table's)."""
        found = self._states(
            session, Notification.index == index, Escalation.notification_index == index
        )
        return found[0]

    def _states(
        self,
        session: Session,
        where: ColumnElement[bool],
        levels_where: ColumnElement[bool] | None = None,
    ) -> list[Row]:
        levels = select(
            Escalation.notification_index, func.max(Escalation.level).label("level")
        ).group_by(Escalation.notification_index)
        if levels_where is not None:
            levels = levels.where(levels_where)
        sub = levels.subquery()
        # Columns, not mapped objects: the desk reads thousands of these per poll.
        query = (
            select(*_STATE_COLUMNS, sub.c.level)
            .outerjoin(AlertCare, AlertCare.notification_index == Notification.index)
            .outerjoin(sub, sub.c.notification_index == Notification.index)
            .where(where)
            .order_by(Notification.created_at.asc(), Notification.index.asc())
        )
        return [state_row(row._mapping) for row in session.execute(query)]

    # --- taking and resolving ---------------------------------------------------------

    def take(self, index: int, take_over: bool = False, *, by: str | None = None) -> Row:
        """``by`` takes the alert: the first taker holds it, and it counts as read.
        Someone else's: ConflictError naming who and since when, unless ``take_over``
        (recorded); one's own: its state; a resolved one: ConflictError."""
        index = check_int("index", index, 1, _INT_MAX)
        if not isinstance(take_over, bool):
            raise ValidationError("take_over", "expected true or false")
        by = by_id(by)
        with self._db.unit_of_work() as session:
            alert = self._alert(session, index)
            care = self._claim(session, alert, by)
            if care is None:
                return self._state(session, index)
            if care.state == RESOLVED:
                raise _resolved(care)
            if care.taken_by != by:
                if not take_over:
                    raise ConflictError(
                        f"{care.taken_by_name or 'someone else'} has taken this alert since "
                        f"{_when(care.taken_at)}",
                        taken_by=care.taken_by,
                        taken_by_name=care.taken_by_name,
                        taken_at=care.taken_at,
                    )
                if self._db.secured:  # the database records it (care_routines)
                    care_login.take_over(session, index)
                    return self._state(session, index)
                now, name = utcnow(), self._name(session, by)
                detail = f"from {care.taken_by_name or care.taken_by or 'nobody'}"
                care.taken_by, care.taken_by_name, care.taken_at = by, name, now
                self._event(session, alert, "take_over", by, name, now, detail)
                session.flush()
            return self._state(session, index)

    def resolve(self, index: int, outcome: str, note: str = "", *, by: str | None = None) -> Row:
        """Close the alert with ``outcome`` (one of ``OUTCOMES``) and a note; an alert
        nobody took is taken and closed at once. A resolved one: ConflictError."""
        index = check_int("index", index, 1, _INT_MAX)
        outcome = check_choice("outcome", outcome, OUTCOMES)
        note = check_note("note", note, required=False)
        by = by_id(by)
        with self._db.unit_of_work() as session:
            alert = self._alert(session, index)
            care = self._claim(session, alert, by)
            if care is None:  # just taken by this call
                care = session.get(AlertCare, index, populate_existing=True)
                assert care is not None  # inserted in this transaction
            elif care.state == RESOLVED:
                raise _resolved(care)
            if self._db.secured:  # the database checks and records it (care_routines)
                care_login.resolve(session, index, outcome, note)
                return self._state(session, index)
            now, name = utcnow(), self._name(session, by)
            care.state, care.outcome, care.note = RESOLVED, outcome, note or None
            care.resolved_by, care.resolved_by_name, care.resolved_at = by, name, now
            self._event(session, alert, "resolve", by, name, now, outcome)
            session.flush()
            return self._state(session, index)

    def _alert(self, session: Session, index: int) -> Notification:
        """The alert, its row locked: desks acting on one alert take turns here. (A
        locking read of its care row instead would lock a gap of that table where there
        is none yet, and three desks taking at once deadlocked on MariaDB.)"""
        query = select(Notification).where(Notification.index == index).with_for_update()
        alert = session.scalars(query.execution_options(populate_existing=True)).first()
        if alert is None:
            raise NotFoundError(
                f"no notification with id {index!r}", what="notification", key=index
            )
        if alert.notification_grade not in CARED_GRADES:
            raise ValidationError("index", "only warn and crit alerts are taken")
        return alert

    def _claim(self, session: Session, alert: Notification, by: str | None) -> AlertCare | None:
        """Take a new alert for ``by`` (None: it was taken here, marked read and
        acknowledged), or the row of whoever took it first (the alert is locked)."""
        if self._db.secured:  # the database takes it in the login's name (care_routines)
            return care_login.claim(session, alert.index)
        now, name = utcnow(), self._name(session, by)
        taken = session.execute(
            ignore_duplicate(insert(AlertCare)).values(
                notification_index=alert.index,
                family_id=alert.family_id,
                state=TAKEN,
                taken_by=by,
                taken_by_name=name,
                taken_at=now,
            )
        )
        if rowcount(taken) == 1:
            self._event(session, alert, "take", by, name, now)
            self._db.notifications.check_read_notification(alert.index, by=by)
            return None
        # Someone took it first: their row as committed (a locking read sees it).
        query = select(AlertCare).where(AlertCare.notification_index == alert.index)
        return session.scalars(
            query.with_for_update().execution_options(populate_existing=True)
        ).one()

    def release(
        self,
        holder: str,
        index: int | None = None,
        *,
        by: str | None = None,
        reason: str | None = None,
    ) -> int:
        """Give back the alerts ``holder`` has taken and not resolved (only ``index``, if
        given) to the others, as when that person signs out or goes away (``reason``,
        kept in the history): each is new again, with a ``release`` event, and its levels
        are cleared so that it escalates again from now. The number released."""
        holder = check_text_list("holder", [holder])[0]
        if index is not None:
            index = check_int("index", index, 1, _INT_MAX)
        by = by_id(by)
        query = select(AlertCare.notification_index).where(
            AlertCare.taken_by == holder, AlertCare.state == TAKEN
        )
        if index is not None:
            query = query.where(AlertCare.notification_index == index)
        released = 0
        with self._db.unit_of_work() as session:
            if self._db.secured:  # what the login may give back, the database decides
                return care_login.release(session, holder, index, reason)
            for found in session.scalars(query.order_by(AlertCare.notification_index)).all():
                alert = self._alert(session, found)  # locked, as a take locks it
                care = session.scalars(
                    select(AlertCare)
                    .where(AlertCare.notification_index == found)
                    .with_for_update()
                    .execution_options(populate_existing=True)
                ).first()
                if care is None or care.state != TAKEN or care.taken_by != holder:
                    continue  # taken over or resolved meanwhile
                detail = f"from {care.taken_by_name or holder}"
                if reason:
                    detail += f" ({reason})"
                now = self._clock(session)
                self._event(session, alert, RELEASE, by, self._name(session, by), now, detail)
                session.delete(care)
                session.execute(delete(Escalation).where(Escalation.notification_index == found))
                released += 1
            session.flush()
        return released

    def events(self, index: int) -> list[Row]:
        """The alert's care history, oldest first (take, take_over, resolve, ...)."""
        index = check_int("index", index, 1, _INT_MAX)
        query = (
            select(AlertEvent)
            .where(AlertEvent.notification_index == index)
            .order_by(AlertEvent.at, AlertEvent.id)
        )
        with self._db.unit_of_work() as session:
            return [
                {
                    "kind": e.kind,
                    "by": e.actor_id,
                    "by_name": e.actor_name,
                    "at": e.at,
                    "detail": e.detail,
                }
                for e in session.scalars(query)
            ]


_STATE_COLUMNS = (
    Notification.index,
    Notification.family_id,
    Notification.notification_grade.label("grade"),
    Notification.created_at,
    AlertCare.state,
    AlertCare.taken_by,
    AlertCare.taken_by_name,
    AlertCare.taken_at,
    AlertCare.resolved_by,
    AlertCare.resolved_by_name,
    AlertCare.resolved_at,
    AlertCare.outcome,
    AlertCare.note,
)


def state_row(columns: RowMapping) -> Row:
    """An alert's state dict from ``_STATE_COLUMNS`` and its ``level`` (no care row:
    "new"; no escalation: 0)."""
    found = dict(columns)
    level = found.pop("level", None)
    found["grade"] = plain(found["grade"])
    found["state"] = found["state"] or "new"
    found["escalation"] = level if isinstance(level, int) else 0
    return found


def _resolved(care: AlertCare) -> ConflictError:
    return ConflictError(
        f"this alert was already resolved by {care.resolved_by_name or 'someone'} at "
        f"{_when(care.resolved_at)}; it cannot be taken or resolved again",
        resolved_by=care.resolved_by,
        resolved_at=care.resolved_at,
    )
