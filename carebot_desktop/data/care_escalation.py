"""Escalation of a crit alert nobody took, and the care centre's settings (``db.care``'s
part that acts on its own: the desks' pollers and the headless watcher call it alike).

Level 1 is the desks' to show (louder, on every desk of the family and the care centre's
system accounts: they read the level from ``desktop_escalations``). Level 2 reaches the
family's people who are not at a desk, through what the other Carebot programs show: a
message from the care centre's account to each of them, written in the same transaction
as the level's row, so that it is written exactly once (the primary key decides who
writes: a caller whose insert made nothing writes nothing).

An alert given back (``release``) is "new" again: its levels are cleared in the release's
transaction and it escalates again from the time it was given back.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Insert, and_, exists, func, insert, or_, select, union
from sqlalchemy.orm import Session

from carebot_desktop.data import care_login
from carebot_desktop.data._base import rowcount, unread
from carebot_desktop.data.care_log import CareLog, Row, by_id
from carebot_desktop.data.errors import ValidationError
from carebot_desktop.data.models import (
    Account,
    AlertCare,
    AlertEvent,
    CareSetting,
    Escalation,
    Family,
    LoginSession,
    MemberRelation,
    Message,
    Notification,
    NotificationGrade,
    Role,
)
from carebot_desktop.data.parsing import load_mapping
from carebot_desktop.data.validation import (
    check_choice,
    check_int,
    check_text_list,
    to_datetime,
    utcnow,
)

log = logging.getLogger(__name__)

# escalate looks this far back: an alert nobody took for a day is not raised any more
# (on a database the desk first meets, every old crit alert would ring at once).
ESCALATION_HORIZON = timedelta(days=1)
# The care centre's settings and their defaults (the contract's: a crit alert nobody took
# reaches level 1 after 2 minutes and level 2 after 10; a hold whose holder has been away
# this long goes back to the others).
CARE_DEFAULTS = {
    "escalation_level_1_seconds": 120,
    "escalation_level_2_seconds": 600,
    "hold_release_seconds": 900,
}
# The account level 2's messages come from (a ``system`` account's id); without it, the
# oldest system account (the first in id order: ids carry no time, so "oldest" is the
# one chosen the same way by every desk).
CARE_CENTRE_ACCOUNT = "care_centre_account"
# A taken crit alert not resolved after this long reminds its holder and shows as overdue.
OVERDUE_SECONDS = 30 * 60
TELLS_FAMILY = 2  # the level that writes to the family's people
# The family's people read these messages on the robot's web pages, in Korea.
KOREA = timezone(timedelta(hours=9), "KST")
RELEASE = "release"


def ignore_duplicate(statement: Insert) -> Insert:
    """An INSERT that a duplicate key turns into nothing (its rowcount says which)."""
    return statement.prefix_with("IGNORE", dialect="mysql").prefix_with(
        "OR IGNORE", dialect="sqlite"
    )


def _headline_text(description: str | None) -> str:
    """What an alert says, for a message: a JSON description's sentence (the watcher's
    ``message``, a public broadcast's ``MSG_CN``), else the text as it is."""
    found = load_mapping(description)
    if found is not None:
        for key in ("message", "MSG_CN"):
            value = found.get(key)
            if isinstance(value, str) and value.strip():
                return " ".join(value.split())
    return " ".join((description or "").split())


def family_message(elder: str | None, headline: str | None, since: datetime, at: datetime) -> str:
    """What the family's people read at level 2: what happened, since when, how long."""
    local = since.replace(tzinfo=UTC).astimezone(KOREA)
    hours, minutes = divmod(max(1, int((at - since).total_seconds()) // 60), 60)
    span = (f"{hours}시간 " if hours else "") + (f"{minutes}분" if minutes or not hours else "")
    who = f"{elder}님" if elder else "어르신"
    what = _headline_text(headline)[:60] or "위급 알림"
    return (
        f"[돌봄센터 알림] {who}께 위급 알림({what})이 있었습니다. "
        f"{local.month}월 {local.day}일 {local:%H:%M}부터 {span.strip()}째 돌봄 데스크에서 "
        f"아무도 맡지 않았습니다. 어르신께 바로 연락해 안부를 확인해 주세요."
    )


class CareEscalation(CareLog):
    """Escalation, the hold timeout and the care centre's settings (see the module)."""

    def _event(
        self,
        session: Session,
        alert: Notification,
        kind: str,
        by: str | None,
        name: str | None,
        at: datetime,
        detail: str | None = None,
    ) -> None:
        session.add(
            AlertEvent(
                notification_index=alert.index,
                family_id=alert.family_id,
                kind=kind,
                actor_id=by,
                actor_name=name,
                at=at,
                detail=detail[:200] if detail else None,
            )
        )

    def escalate(
        self,
        family_ids: list[str] | None,
        now: datetime | str | None = None,
        *,
        by: str | None = None,
    ) -> list[Row]:
        """Raise every escalation due at ``now`` (naive UTC; None: the database's clock)
        for crit alerts of these families (None: every family) nobody took and nobody
        read first (unless given back), each level once however many desks call at the
        same moment; level 2 writes the family's
        messages with it. Returns those this call raised:
        ``[{"index", "family_id", "level", "at"}]``. One indexed query when none is due."""
        if family_ids is not None:
            family_ids = check_text_list("family_ids", family_ids)
            if not family_ids:
                return []
        given = None if now is None else to_datetime(now, "now")
        by = by_id(by)
        with self._db.unit_of_work() as session:
            if self._db.secured:  # the database raises the login's, with the effects
                return care_login.escalate(session, given)
            at = given if given is not None else self._clock(session)
            settings = self._settings(session)
            delays = _delays(settings)
            # A level counts from the alert's creation, or from when it was given back.
            released = (
                select(func.max(AlertEvent.at))
                .where(AlertEvent.notification_index == Notification.index)
                .where(AlertEvent.kind == RELEASE)
                .correlate(Notification)
                .scalar_subquery()
            )
            start = func.coalesce(released, Notification.created_at)
            # A level still missing and due (from ``start``): the level's absence first,
            # so that when every level is raised no row reaches the subquery. Only those
            # are inserted: a level raised before is not tried again at every desk's
            # round (each such INSERT IGNORE was a statement that wrote nothing).
            missing = [
                ~exists().where(
                    Escalation.notification_index == Notification.index,
                    Escalation.level == level,
                )
                for level, _ in delays
            ]
            due = [
                and_(gap, start <= at - timedelta(seconds=delay))
                for gap, (_, delay) in zip(missing, delays, strict=True)
            ]
            families = select(Family.id).scalar_subquery() if family_ids is None else family_ids
            query = (
                select(
                    Notification.index,
                    Notification.family_id,
                    start.label("start"),
                    Notification.descriptions,
                    *(
                        gap.label(f"missing_{level}")
                        for gap, (level, _) in zip(missing, delays, strict=True)
                    ),
                )
                .where(
                    Notification.family_id.in_(families),
                    Notification.created_at >= at - ESCALATION_HORIZON,
                    Notification.created_at <= at - timedelta(seconds=delays[0][1]),
                    Notification.notification_grade == NotificationGrade.CRIT,
                    ~exists().where(AlertCare.notification_index == Notification.index),
                    # Read on the robot's web pages or by an earlier desktop: someone looked
                    # (on a database the desk first meets, the day's handled alerts must not
                    # all ring and message every family at once); given back: nobody holds it.
                    or_(unread(Notification.is_read), released.is_not(None)),
                    or_(*due),
                )
                .order_by(Notification.index)
            )
            raised: list[Row] = []
            for index, family_id, since, headline, *gaps in session.execute(query).all():
                for (level, delay), gap in zip(delays, gaps, strict=True):
                    if not gap or not isinstance(since, datetime):
                        continue
                    if since > at - timedelta(seconds=delay):
                        continue
                    # The primary key keeps a level once: another desk's insert of the
                    # same key waits for this one and then writes nothing (nor its effect).
                    result = session.execute(
                        ignore_duplicate(insert(Escalation)).values(
                            notification_index=index,
                            level=level,
                            family_id=family_id,
                            raised_at=at,
                            raised_by=by,
                        )
                    )
                    if rowcount(result) != 1:
                        continue
                    self._raised(session, index, family_id, level, since, at, headline, by)
                    raised.append(
                        {"index": index, "family_id": family_id, "level": level, "at": at}
                    )
            return raised

    def _raised(
        self,
        session: Session,
        index: int,
        family_id: str,
        level: int,
        since: datetime,
        at: datetime,
        headline: str | None,
        by: str | None,
    ) -> None:
        """A level's effects, in its row's transaction: the alert's history keeps it (the
        row itself is cleared when the alert is given back), and level 2 tells the
        family's people."""
        session.add(
            AlertEvent(
                notification_index=index,
                family_id=family_id,
                kind="escalate",
                actor_id=by,
                actor_name=self._name(session, by),
                at=at,
                detail=f"level {level}",
            )
        )
        if level == TELLS_FAMILY:
            self._tell_family(session, index, family_id, since, at, headline)

    def _tell_family(
        self,
        session: Session,
        index: int,
        family_id: str,
        since: datetime,
        at: datetime,
        headline: str | None,
    ) -> None:
        """One message from the care centre's account to each of the family's people
        (the main user and the members); without such an account, none, and the log
        says so."""
        sender = self._care_centre_account(session)
        if sender is None:
            log.warning(
                "alert %s reached level 2, but there is no care-centre (system) account "
                "to write to the family from: no message was sent",
                index,
            )
            return
        family = session.get(Family, family_id)
        if family is None:
            return
        elder = session.get(Account, family.main_user)
        people = session.scalars(
            union(
                select(Family.main_user).where(Family.id == family_id),
                select(MemberRelation.user_id).where(MemberRelation.family_id == family_id),
            )
        ).all()
        content = family_message(elder.user_name if elder else None, headline, since, at)
        sent = utcnow()  # written now, whatever moment the caller named
        for person in sorted(set(people) - {sender}):
            session.execute(
                insert(Message).values(
                    from_id=sender, to_id=person, content=content, created_at=sent, is_read=False
                )
            )
        log.info("alert %s reached level 2: %d of its family's people told", index, len(people))

    def _care_centre_account(self, session: Session) -> str | None:
        """The care centre's account: the setting's, if it still names an account; else
        the first system account."""
        chosen = session.get(CareSetting, CARE_CENTRE_ACCOUNT)
        if chosen is not None and session.get(Account, chosen.value) is not None:
            return chosen.value
        query = select(Account.id).where(Account.role == Role.SYSTEM).order_by(Account.id)
        return session.scalars(query.limit(1)).first()

    # --- holds whose holder went away -------------------------------------------------

    def expire_holds(
        self,
        family_ids: list[str] | None,
        now: datetime | str | None = None,
        *,
        by: str | None = None,
    ) -> list[Row]:
        """Give back the alerts of these families (None: every family) held longer than
        the ``hold_release_seconds`` setting by someone with no login session active
        within it (signed out, the desk closed or cut off): they are new again. Those
        given back: ``[{"index", "family_id", "holder"}]``. One indexed query when none is."""
        if family_ids is not None:
            family_ids = check_text_list("family_ids", family_ids)
            if not family_ids:
                return []
        given = None if now is None else to_datetime(now, "now")
        by = by_id(by)
        with self._db.unit_of_work() as session:
            if self._db.secured:  # the database's clock and its view of everyone's sessions
                return care_login.expire_holds(session)
            at = given if given is not None else self._clock(session)
            cutoff = at - timedelta(seconds=self._settings(session)["hold_release_seconds"])
            query = select(
                AlertCare.notification_index, AlertCare.family_id, AlertCare.taken_by
            ).where(
                AlertCare.state == "taken",
                AlertCare.taken_by.is_not(None),
                AlertCare.taken_at <= cutoff,
                ~exists().where(
                    LoginSession.user_id == AlertCare.taken_by,
                    LoginSession.last_active >= cutoff,
                ),
            )
            if family_ids is not None:
                query = query.where(AlertCare.family_id.in_(family_ids))
            found = session.execute(query.order_by(AlertCare.notification_index)).all()
            given_back: list[Row] = []
            for index, family_id, holder in found:
                if holder and self.release(holder, index, by=by, reason="away"):
                    given_back.append({"index": index, "family_id": family_id, "holder": holder})
            return given_back

    def alarms(
        self, family_ids: list[str] | None, holder: str | None, now: datetime | str | None = None
    ) -> Row:
        """What a desk rings for, in two indexed queries: ``escalated``, the crit alerts
        of these families (None: every family) nobody holds that reached a level
        (``[{"index", "family_id", "level"}]``), whoever raised it; ``overdue``, the crit
        alerts ``holder`` has held for ``OVERDUE_SECONDS`` without resolving them
        (``[{"index", "family_id", "taken_at"}]``)."""
        if family_ids is not None:
            family_ids = check_text_list("family_ids", family_ids)
        given = None if now is None else to_datetime(now, "now")
        holder = by_id(holder)
        with self._db.unit_of_work() as session:
            at = given if given is not None else self._clock(session)
            levels = (
                select(
                    Escalation.notification_index,
                    Escalation.family_id,
                    func.max(Escalation.level),
                )
                .where(
                    Escalation.raised_at >= at - ESCALATION_HORIZON,
                    ~exists().where(AlertCare.notification_index == Escalation.notification_index),
                )
                .group_by(Escalation.notification_index, Escalation.family_id)
                .order_by(Escalation.notification_index)
            )
            late = (
                select(AlertCare.notification_index, AlertCare.family_id, AlertCare.taken_at)
                .join(Notification, Notification.index == AlertCare.notification_index)
                .where(
                    AlertCare.taken_by == holder,
                    AlertCare.state == "taken",
                    AlertCare.taken_at <= at - timedelta(seconds=OVERDUE_SECONDS),
                    Notification.notification_grade == NotificationGrade.CRIT,
                )
                .order_by(AlertCare.notification_index)
            )
            if family_ids is not None:
                levels = levels.where(Escalation.family_id.in_(family_ids or [""]))
                late = late.where(AlertCare.family_id.in_(family_ids or [""]))
            escalated = [
                {"index": i, "family_id": f, "level": int(level)}
                for i, f, level in session.execute(levels)
            ]
            overdue = (
                [{"index": i, "family_id": f, "taken_at": t} for i, f, t in session.execute(late)]
                if holder is not None
                else []
            )
            return {"escalated": escalated, "overdue": overdue}

    def release(
        self,
        holder: str,
        index: int | None = None,
        *,
        by: str | None = None,
        reason: str | None = None,
    ) -> int:
        """Given back by ``data.care.Care``, which locks the alert as a take does."""
        raise NotImplementedError

    # --- the clock and the settings ---------------------------------------------------

    def _clock(self, session: Session) -> datetime:
        """Now by the database's clock (the desks' own clocks may disagree); SQLite's
        database is this computer."""
        if not self._db.is_mysql:
            return utcnow()
        # Once per transaction: the escalation round's three calls share one action (one
        # moment for the whole round, and a statement each fewer, at every desk's poll).
        kept = session.info.get("care_clock")
        if isinstance(kept, datetime):
            return kept
        found = session.scalar(select(func.utc_timestamp()))
        now = found.replace(microsecond=0) if isinstance(found, datetime) else utcnow()
        session.info["care_clock"] = now
        return now

    def _settings(self, session: Session) -> dict[str, int]:
        """The care centre's settings, read once per transaction (as the clock)."""
        kept = session.info.get("care_settings")
        if isinstance(kept, dict):
            return dict(kept)
        stored = {s.name: s.value for s in session.scalars(select(CareSetting))}
        values = dict(CARE_DEFAULTS)
        for name in values:
            if name in stored and stored[name].strip().isdigit():
                values[name] = int(stored[name])
        session.info["care_settings"] = dict(values)
        return values

    def care_settings(self) -> dict[str, int]:
        """The care centre's settings in seconds (defaults where none is stored)."""
        with self._db.unit_of_work() as session:
            return self._settings(session)

    def set_care_setting(self, name: str, value: int) -> bool:
        """Store one care-centre setting (a time in seconds: 0 .. one day)."""
        name = check_choice("name", name, CARE_DEFAULTS)
        value = check_int(name, value, 0, 86_400)
        return self._store_setting(name, str(value))

    def care_centre_account(self) -> str | None:
        """The account level 2's messages come from (None: there is none)."""
        with self._db.unit_of_work() as session:
            return self._care_centre_account(session)

    def set_care_centre_account(self, account_id: str) -> bool:
        """Choose the care centre's account: a ``system`` account."""
        account_id = check_text_list("account_id", [account_id])[0]
        with self._db.unit_of_work() as session:
            found = session.get(Account, account_id)
            if found is None or found.role != Role.SYSTEM:
                raise ValidationError("account_id", "must be a care-centre (system) account")
        return self._store_setting(CARE_CENTRE_ACCOUNT, account_id)

    def _store_setting(self, name: str, value: str) -> bool:
        with self._db.unit_of_work() as session:
            found = session.get(CareSetting, name)
            if found is None:
                session.add(CareSetting(name=name, value=value))
            else:
                found.value = value
            session.flush()
            session.info.pop("care_settings", None)  # read again by what follows
        return True


def _delays(settings: dict[str, int]) -> list[tuple[int, int]]:
    """(level, seconds) of each escalation level, shortest first."""
    return sorted(
        (
            (1, settings["escalation_level_1_seconds"]),
            (2, settings["escalation_level_2_seconds"]),
        ),
        key=lambda pair: (pair[1], pair[0]),
    )
