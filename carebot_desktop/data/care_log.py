"""The elder's care log (notes beside the resolved alerts) and the shift handovers: the
part of the care desk's area that is plain writing and reading (``data.care.Care``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, func, insert, or_, select, union
from sqlalchemy.orm import Session

from carebot_desktop.data._base import Area, get_or_404, plain, write_view
from carebot_desktop.data.errors import ValidationError
from carebot_desktop.data.models import (
    Account,
    AlertCare,
    CareNote,
    Family,
    Handover,
    MemberRelation,
    Notification,
)
from carebot_desktop.data.models.care import HandoverRead
from carebot_desktop.data.validation import check_text_list, time_window, to_datetime, utcnow

Row = dict[str, object]

TEXT_MAX = 2_000  # a note, a resolution's note, a handover: a paragraph, not a file
HANDOVER_LIMIT = 200  # the newest handovers a desk shows
RESOLVED = "resolved"


def check_note(field: str, value: object, *, required: bool) -> str:
    """A note's text, stripped: at most ``TEXT_MAX`` characters (and some, if required)."""
    if not isinstance(value, str):
        raise ValidationError(field, "expected text")
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "must not be empty")
    if len(value) > TEXT_MAX:
        raise ValidationError(
            field, f"must be at most {TEXT_MAX:,} characters (this one has {len(value):,})"
        )
    return value


def by_id(by: str | None) -> str | None:
    """The acting account's id (None: no account, e.g. an administrator's tool)."""
    return None if by is None else check_text_list("by", [by])[0]


class CareLog(Area):
    def _name(self, session: Session, by: str | None) -> str | None:
        """The person's name as it is now (kept with what they did)."""
        if by is None:
            return None
        person = session.get(Account, by)
        return person.user_name if person is not None else None

    def add_note(self, family_id: str, text: str, *, by: str | None = None) -> int:
        """A line in the elder's care log; its id."""
        family_id = check_text_list("family_id", [family_id])[0]
        text = check_note("text", text, required=True)
        by = by_id(by)
        with self._db.unit_of_work() as session:
            get_or_404(session, Family, family_id, "family")
            values: Row = {
                "family_id": family_id,
                "author_id": by,
                "author_name": self._name(session, by),
                "at": utcnow(),
                "text": text,
            }
            # (through a login: its write view, in its own name, at the server's time)
            return self._insert_row(session, CareNote, "desk_w_care_note", values, server_time="at")

    def notes(
        self,
        family_id: str,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
    ) -> list[Row]:
        """The elder's care log of the period, oldest first: notes and resolved alerts
        (``kind`` "note" or "alert"; an alert adds its ``index``, ``grade``, ``outcome``,
        ``created_at`` and who took it)."""
        family_id = check_text_list("family_id", [family_id])[0]
        start, end, _ = time_window(start_time, end_time, "asc", start_required=False)
        notes = select(CareNote).where(CareNote.family_id == family_id, CareNote.at <= end)
        closed = (
            select(AlertCare, Notification)
            .join(Notification, Notification.index == AlertCare.notification_index)
            .where(
                AlertCare.family_id == family_id,
                AlertCare.state == RESOLVED,
                AlertCare.resolved_at <= end,
            )
        )
        if start is not None:
            notes = notes.where(CareNote.at >= start)
            closed = closed.where(AlertCare.resolved_at >= start)
        # (at, kind, id, entry): sorted on the first three
        log: list[tuple[datetime, str, int, Row]] = []
        with self._db.unit_of_work() as session:
            for n in session.scalars(notes):
                entry: Row = {
                    "kind": "note",
                    "id": n.id,
                    "at": n.at,
                    "by": n.author_id,
                    "by_name": n.author_name,
                    "text": n.text,
                }
                log.append((n.at, "note", n.id, entry))
            for care, alert in session.execute(closed).all():
                at = care.resolved_at or alert.created_at or utcnow()
                log.append(
                    (
                        at,
                        "alert",
                        alert.index,
                        {
                            "kind": "alert",
                            "index": alert.index,
                            "at": care.resolved_at,
                            "by": care.resolved_by,
                            "by_name": care.resolved_by_name,
                            "text": care.note or "",
                            "outcome": care.outcome,
                            "grade": plain(alert.notification_grade),
                            "created_at": alert.created_at,
                            "description": alert.descriptions,
                            "taken_by": care.taken_by,
                            "taken_by_name": care.taken_by_name,
                            "taken_at": care.taken_at,
                        },
                    )
                )
        return [entry for *_, entry in sorted(log, key=lambda item: item[:3])]

    def hand_over(self, text: str, *, by: str | None = None) -> int:
        """The outgoing shift's handover note; its id."""
        text = check_note("text", text, required=True)
        by = by_id(by)
        with self._db.unit_of_work() as session:
            values: Row = {
                "author_id": by,
                "author_name": self._name(session, by),
                "at": utcnow(),
                "text": text,
            }
            return self._insert_row(session, Handover, "desk_w_handover", values, server_time="at")

    def handovers(
        self,
        family_ids: list[str] | None,
        start_time: datetime | str | None = None,
        *,
        viewer: str | None = None,
    ) -> list[Row]:
        """Handover notes, newest first (at most ``HANDOVER_LIMIT``), by the people of
        these families (main users and members) and by ``viewer``; None: everyone's."""
        start = None if start_time is None else to_datetime(start_time, "start_time")
        query = select(Handover)
        if family_ids is not None:
            family_ids = check_text_list("family_ids", family_ids)
            people = union(
                select(Family.main_user).where(Family.id.in_(family_ids)),
                select(MemberRelation.user_id).where(MemberRelation.family_id.in_(family_ids)),
            )
            authors: list[ColumnElement[bool]] = [Handover.author_id.in_(people)]
            if viewer is not None:
                authors.append(Handover.author_id == by_id(viewer))
            query = query.where(or_(*authors))
        if start is not None:
            query = query.where(Handover.at >= start)
        query = query.order_by(Handover.at.desc(), Handover.id.desc()).limit(HANDOVER_LIMIT)
        with self._db.unit_of_work() as session:
            return [
                {
                    "id": h.id,
                    "at": h.at,
                    "by": h.author_id,
                    "by_name": h.author_name,
                    "text": h.text,
                }
                for h in session.scalars(query)
            ]

    def handover_families(self, handover_id: int) -> Row:
        """A handover's writer and the families the writer belongs to (as main user or
        member), for the rule on who may confirm reading it (NotFoundError if none)."""
        with self._db.unit_of_work() as session:
            note = get_or_404(session, Handover, handover_id, "handover")
            families: list[str] = []
            if note.author_id is not None:
                families = sorted(
                    set(
                        session.scalars(
                            union(
                                select(Family.id).where(Family.main_user == note.author_id),
                                select(MemberRelation.family_id).where(
                                    MemberRelation.user_id == note.author_id
                                ),
                            )
                        )
                    )
                )
            return {"id": note.id, "by": note.author_id, "family_ids": families}

    def confirm_handover(self, handover_id: int, *, by: str | None = None) -> bool:
        """Record that ``by`` read the handover; True the first time, False when it was
        already confirmed (the first time is kept)."""
        by = by_id(by)
        if by is None:
            raise ValidationError("by", "a confirmation needs the person who read it")
        with self._db.unit_of_work() as session:
            get_or_404(session, Handover, handover_id, "handover")
            if session.get(HandoverRead, (handover_id, by)) is not None:
                return False
            if self._db.secured:  # its write view: one's own name, the server's time
                values: Row = {"handover_id": handover_id, "user_id": by}
                values["user_name"] = self._name(session, by)
                values["read_at"] = func.utc_timestamp()
                session.execute(insert(write_view("desk_w_handover_read")).values(values))
                return True
            session.add(
                HandoverRead(
                    handover_id=handover_id,
                    user_id=by,
                    user_name=self._name(session, by),
                    read_at=utcnow(),
                )
            )
            return True

    def handover_reads(self, handover_id: int) -> list[Row]:
        """Who confirmed reading the handover, first reader first."""
        query = (
            select(HandoverRead)
            .where(HandoverRead.handover_id == handover_id)
            .order_by(HandoverRead.read_at, HandoverRead.user_id)
        )
        with self._db.unit_of_work() as session:
            get_or_404(session, Handover, handover_id, "handover")
            return [
                {"user_id": r.user_id, "user_name": r.user_name, "read_at": r.read_at}
                for r in session.scalars(query)
            ]

    def shift_counts(self, family_ids: list[str], since: datetime | str) -> Row:
        """What a shift did in these families since ``since``: ``outcomes`` (alerts
        resolved, by outcome) and ``notes`` (care-log lines written), in two grouped
        statements whatever the number of families."""
        family_ids = check_text_list("family_ids", family_ids)
        start = to_datetime(since, "since")
        if not family_ids:
            return {"outcomes": {}, "notes": 0}
        outcomes = (
            select(AlertCare.outcome, func.count())
            .where(
                AlertCare.family_id.in_(family_ids),
                AlertCare.state == RESOLVED,
                AlertCare.resolved_at >= start,
            )
            .group_by(AlertCare.outcome)
        )
        notes = select(func.count()).where(CareNote.family_id.in_(family_ids), CareNote.at >= start)
        with self._db.unit_of_work() as session:
            counts = {str(o or ""): int(n) for o, n in session.execute(outcomes).all()}
            return {"outcomes": counts, "notes": int(session.scalar(notes) or 0)}
