"""Status reports: the home's air, the elder's heart rate, activity and mental state.

These tables grow fast (heart rate arrives every second), so every query goes through the
``(family_id, reported_at)`` index, and :meth:`Status.get_status_series` aggregates in SQL
so that a chart never pulls millions of rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from carebot_desktop.data._base import Area, columns, row
from carebot_desktop.data.errors import NotFoundError, ValidationError
from carebot_desktop.data.models import (
    STATUS_MODELS,
    ActiveStatus,
    Family,
    HealthStatus,
    HomeStatus,
    MentalReport,
    MentalStatus,
)
from carebot_desktop.data.models.shared import StatusRow
from carebot_desktop.data.rollups import CHUNK, GRACE, SERIES_COLUMNS, TABLE_SERIES, Rollups
from carebot_desktop.data.status_specs import FAMILY_FIELD, REPORT_SPEC, STATUS_SPECS
from carebot_desktop.data.validation import (
    When,
    check_choice,
    check_int,
    check_text_list,
    clean,
    time_window,
    utcnow,
)

if TYPE_CHECKING:  # fold_all takes the Database, which imports this module
    from carebot_desktop.data.database import Database

# A table whose rows a family reports in time: the status tables and the mental reports.
_Reported = StatusRow | MentalReport
R = TypeVar("R", bound=_Reported)


def _family_must_exist(session: Session, family_id: str) -> None:
    if session.get(Family, family_id) is None:
        raise ValidationError("family_id", "no family with this id")


class Status(Area):
    """``create_/get_/get_latest_/delete_latest_`` for home, health, active and mental
    status, plus mental reports and aggregated chart series."""

    # --- shared implementations ---------------------------------------------------------

    def _create(self, kind: str, data: dict[str, Any]) -> int:
        model = STATUS_MODELS[kind]
        values = clean(data, STATUS_SPECS[kind])
        values.setdefault("reported_at", utcnow())
        with self._tx() as session:
            _family_must_exist(session, values["family_id"])
            obj = model(**values)
            session.add(obj)
            session.flush()
            return obj.index

    def _get(
        self,
        kind: str,
        family_id: str,
        start_time: When | None,
        end_time: When | None,
        time_order: str,
    ) -> list[dict[str, Any]]:
        model = STATUS_MODELS[kind]
        start, end, desc = time_window(start_time, end_time, time_order)
        order = (
            (model.reported_at.desc(), model.index.desc())
            if desc
            else (model.reported_at.asc(), model.index.asc())
        )
        query = (
            select(model)
            .where(
                model.family_id == family_id, model.reported_at >= start, model.reported_at <= end
            )
            .order_by(*order)
        )
        keys = columns(model)
        with self._read_tx() as session:
            return [row(r, keys) for r in session.scalars(query)]

    def _latest(self, session: Session, model: type[R], family_id: str) -> R:
        # Scoped to this family's rows only (the original deleted through a cross join).
        found = session.scalars(
            select(model)
            .where(model.family_id == family_id)
            .order_by(model.reported_at.desc(), model.index.desc())
            .limit(1)
        ).first()
        if found is None:
            raise NotFoundError(
                f"no {model.__tablename__} rows for this family", what=model.__tablename__
            )
        return found

    def _get_latest(self, model: type[_Reported], family_id: str) -> dict[str, Any]:
        with self._read_tx() as session:
            return row(self._latest(session, model, family_id), columns(model))

    def _delete_latest(self, model: type[_Reported], family_id: str) -> bool:
        """Delete the family's newest row; its chart minute is recomputed in the same
        transaction (after the roll-up mark's lock, so no fold runs in between)."""
        rolled = None if issubclass(model, MentalReport) or model not in TABLE_SERIES else model
        with self._tx() as session:
            upto = None if rolled is None else self._rollups.lock_mark(session, rolled)
            found = self._latest(session, model, family_id)
            index, reported_at = found.index, found.reported_at
            session.execute(delete(model).where(model.index == index, model.family_id == family_id))
            if rolled is not None and upto is not None:
                if index <= upto and reported_at is not None:
                    self._rollups.recompute_minute(session, rolled, family_id, reported_at, upto)
                # SQLite hands the largest index out again once its row is gone: the mark
                # comes down to the largest index left, so such a row is folded in later.
                self._rollups.lower_mark(session, rolled, index)
        return True

    @property
    def _rollups(self) -> Rollups:
        return Rollups(self._db.is_sqlite)

    def fold_rollups(self, max_rows: int | None = None) -> int:
        """Bring the chart roll-ups up to date: fold in every status row that has
        committed at least ``GRACE`` ago and is not folded yet (a late upload included);
        the number of indexes covered. Safe while other desktops do the same. At most
        ``max_rows`` indexes per table per call (None: all), in transactions of
        ``CHUNK`` indexes."""
        if max_rows is not None:
            max_rows = check_int("max_rows", max_rows, 1, 10**12)
        if self._db.secured:
            # A person's own login sees only their families' rows and writes no roll-up:
            # desktops on an administrator's URL fold (or ``main.py admin fold-rollups``).
            # Charts stay exact meanwhile (roll-ups plus the rows not folded yet).
            return 0
        covered = 0
        rollups = self._rollups
        for model in TABLE_SERIES:
            with self._tx() as session:
                upto, seen, seen_at = rollups.read_mark(session, model)
            now = utcnow()
            target = seen if seen_at is not None and seen_at <= now - GRACE else upto
            if max_rows is not None:
                target = min(target, upto + max_rows)
            while upto < target:
                step = min(target, upto + CHUNK)
                with self._tx() as session:
                    if not rollups.fold_step(session, model, upto, step, wait=False):
                        break  # another desktop folded (or is folding) this part: once
                covered += step - upto
                upto = step
            if seen_at is None or seen_at <= now - GRACE:
                with self._tx() as session:
                    rollups.note_seen(session, model, seen, seen_at, wait=False)
        return covered

    def bulk_create_status(self, kind: str, rows: list[dict[str, Any]]) -> int:
        """Store many rows of one status kind in one transaction; the number stored.

        Every row is checked first, so one bad row stores nothing. For the robot's backlog,
        demo data and sync, where one transaction per row would be far too slow.
        """
        check_choice("kind", kind, STATUS_MODELS)
        if not isinstance(rows, (list, tuple)):
            raise ValidationError("rows", "expected a list of rows")
        spec = STATUS_SPECS[kind]
        now = utcnow()
        cleaned = []
        for number, data in enumerate(rows):
            try:
                values = clean(data, spec)
            except ValidationError as error:
                raise ValidationError(error.field, f"row {number}: {error.reason}") from None
            cleaned.append({**dict.fromkeys(spec), "reported_at": now, **values})
        with self._tx() as session:
            for family_id in {values["family_id"] for values in cleaned}:
                _family_must_exist(session, family_id)
            if cleaned:
                session.execute(insert(STATUS_MODELS[kind]), cleaned)
        return len(cleaned)

    # --- home status ----------------------------------------------------------------------

    def create_home_status(self, data: dict[str, Any]) -> int:
        """Store one HomeStatus row; its index."""
        return self._create("home", data)

    def get_home_status(
        self,
        family_id: str,
        start_time: When | None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        """HomeStatus rows in [start_time, end_time]."""
        return self._get("home", family_id, start_time, end_time, time_order)

    def get_latest_home_status(self, family_id: str) -> dict[str, Any]:
        """The family's newest HomeStatus row."""
        return self._get_latest(HomeStatus, family_id)

    def delete_latest_home_status(self, family_id: str) -> bool:
        """Delete the family's newest HomeStatus row."""
        return self._delete_latest(HomeStatus, family_id)

    # --- health status ----------------------------------------------------------------------

    def create_health_status(self, data: dict[str, Any]) -> int:
        """Store one HealthStatus row; its index."""
        return self._create("health", data)

    def get_health_status(
        self,
        family_id: str,
        start_time: When | None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        """HealthStatus rows in [start_time, end_time]."""
        return self._get("health", family_id, start_time, end_time, time_order)

    def get_latest_health_status(self, family_id: str) -> dict[str, Any]:
        """The family's newest HealthStatus row."""
        return self._get_latest(HealthStatus, family_id)

    def delete_latest_health_status(self, family_id: str) -> bool:
        """Delete the family's newest HealthStatus row."""
        return self._delete_latest(HealthStatus, family_id)

    # --- active status ----------------------------------------------------------------------

    def create_active_status(self, data: dict[str, Any]) -> int:
        """Store one ActiveStatus row; its index."""
        return self._create("active", data)

    def get_active_status(
        self,
        family_id: str,
        start_time: When | None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        """ActiveStatus rows in [start_time, end_time]."""
        return self._get("active", family_id, start_time, end_time, time_order)

    def get_latest_active_status(self, family_id: str) -> dict[str, Any]:
        """The family's newest ActiveStatus row."""
        return self._get_latest(ActiveStatus, family_id)

    def delete_latest_active_status(self, family_id: str) -> bool:
        """Delete the family's newest ActiveStatus row."""
        return self._delete_latest(ActiveStatus, family_id)

    # --- mental status ----------------------------------------------------------------------

    def create_mental_status(self, data: dict[str, Any]) -> int:
        """Store one MentalStatus row; its index."""
        return self._create("mental", data)

    def get_mental_status(
        self,
        family_id: str,
        start_time: When | None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        """MentalStatus rows in [start_time, end_time]."""
        return self._get("mental", family_id, start_time, end_time, time_order)

    def get_latest_mental_status(self, family_id: str) -> dict[str, Any]:
        """The family's newest MentalStatus row."""
        return self._get_latest(MentalStatus, family_id)

    def delete_latest_mental_status(self, family_id: str) -> bool:
        """Delete the family's newest MentalStatus row."""
        return self._delete_latest(MentalStatus, family_id)

    # --- mental reports -------------------------------------------------------------------

    def create_mental_report(self, data: dict[str, Any]) -> int:
        values = clean(data, REPORT_SPEC)
        if values["start_time"] > values["end_time"]:
            raise ValidationError("start_time", "must not be after end_time")
        values.setdefault("reported_at", utcnow())
        with self._tx() as session:
            _family_must_exist(session, values["family_id"])
            report = MentalReport(**values)
            session.add(report)
            session.flush()
            return report.index

    def get_mental_reports(
        self,
        family_id: str,
        start_time: When | None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        """Reports whose start or end falls in the window, ordered by ``start_time``."""
        start, end, desc = time_window(start_time, end_time, time_order)
        order = MentalReport.start_time.desc() if desc else MentalReport.start_time.asc()
        index_order = MentalReport.index.desc() if desc else MentalReport.index.asc()
        query = (
            select(MentalReport)
            .where(
                MentalReport.family_id == family_id,
                or_(
                    MentalReport.start_time.between(start, end),
                    MentalReport.end_time.between(start, end),
                ),
            )
            .order_by(order, index_order)
        )
        keys = columns(MentalReport)
        with self._read_tx() as session:
            return [row(r, keys) for r in session.scalars(query)]

    def get_latest_mental_reports(self, family_id: str) -> dict[str, Any]:
        return self._get_latest(MentalReport, family_id)

    def delete_latest_mental_reports(self, family_id: str) -> bool:
        return self._delete_latest(MentalReport, family_id)

    def get_status_digest(
        self, kind: str, family_id: str, start_time: When | None, end_time: When | None = None
    ) -> dict[str, tuple[int, int]]:
        """Per UTC day of the window: (row count, sum of indexes). Two copies whose digests
        agree hold the same rows; a sync refetches only the days that differ."""
        check_choice("kind", kind, [*STATUS_MODELS, "reports"])
        model = STATUS_MODELS[kind] if kind != "reports" else MentalReport
        start, end, _ = time_window(start_time, end_time, "asc")
        day = func.date(model.reported_at)
        query = (
            select(day, func.count(), func.sum(model.index))
            .where(
                model.family_id == family_id, model.reported_at >= start, model.reported_at <= end
            )
            .group_by(day)
        )
        with self._read_tx() as session:
            return {str(d): (int(n), int(total or 0)) for d, n, total in session.execute(query)}

    # --- aggregation for charts -------------------------------------------------------

    def get_status_series(
        self,
        family_id: str,
        series: str,
        start_time: When | None,
        end_time: When | None = None,
        bucket_seconds: int = 300,
    ) -> list[dict[str, Any]]:
        """One row per time bucket: ``bucket_start``, ``avg``, ``min``, ``max``, ``count``.

        Computed by the database, so a month of per-second heart rate arrives as a few
        hundred rows; with buckets of whole minutes from the roll-ups (exact either way).
        """
        check_choice("series", series, SERIES_COLUMNS)
        return self.get_status_series_many(
            family_id, [series], start_time, end_time, bucket_seconds
        )[series]

    def get_status_series_many(
        self,
        family_id: str,
        series: list[str],
        start_time: When | None,
        end_time: When | None = None,
        bucket_seconds: int = 300,
    ) -> dict[str, list[dict[str, Any]]]:
        """:meth:`get_status_series` of several series: one statement per status table."""
        names = check_text_list("series", series)
        for name in names:
            check_choice("series", name, SERIES_COLUMNS)
        clean({"family_id": family_id}, {"family_id": FAMILY_FIELD})
        if (
            isinstance(bucket_seconds, bool)
            or not isinstance(bucket_seconds, int)
            or not (1 <= bucket_seconds <= 31 * 86_400)
        ):
            raise ValidationError(
                "bucket_seconds", "must be a whole number of seconds, 1 to 31 days"
            )
        start, end, _ = time_window(start_time, end_time, "asc")
        assert start is not None
        out: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
        by_table: dict[Any, list[str]] = {}
        for name in dict.fromkeys(names):
            by_table.setdefault(SERIES_COLUMNS[name].class_, []).append(name)
        rollups = self._rollups
        with self._read_tx() as session:
            for model, wanted in by_table.items():
                query = rollups.series_query(model, wanted, family_id, start, end, bucket_seconds)
                for name, at, n, total, low, high in session.execute(query):
                    if not n:
                        continue
                    out[name].append(
                        {
                            "bucket_start": datetime.fromtimestamp(int(at), UTC).replace(
                                tzinfo=None
                            ),
                            # MariaDB gives averages to 4 decimals; so do we everywhere
                            "avg": round(float(total) / int(n), 4),
                            "min": float(low),
                            "max": float(high),
                            "count": int(n),
                        }
                    )
        return out


def fold_all(
    db: Database,
    *,
    waiting: Callable[[float], None] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> list[dict[str, Any]]:
    """Fold every status row there is now into the chart roll-ups, at once (``main.py
    admin fold-rollups``; the desks' periodic ``Status.fold_rollups`` keeps its pace, and
    this, which waits, is the administrator's, not a session's): note each table's
    largest index, wait out ``GRACE`` (``waiting(seconds)`` is told first; nothing is
    waited for when no table has new rows) so that a transaction holding a lower index
    has committed, then fold up to what was noted. Per table: ``{"table", "folded"
    (rows), "upto" (the index folded up to)}``."""
    if db.secured:
        return []  # a person's own login writes no roll-up (see Status.fold_rollups)
    rollups = Rollups(db.is_sqlite)
    targets: dict[type[StatusRow], int] = {}
    marks: dict[type[StatusRow], int] = {}
    for model in TABLE_SERIES:
        with db.transaction() as session:
            marks[model] = rollups.read_mark(session, model)[0]
            targets[model] = int(session.scalar(select(func.max(model.index))) or 0)
    if any(targets[model] > marks[model] for model in TABLE_SERIES):
        seconds = GRACE.total_seconds()
        if waiting is not None:
            waiting(seconds)
        (sleep or time.sleep)(seconds)
    done: list[dict[str, Any]] = []
    for model, target in targets.items():
        folded = 0
        while True:
            with db.transaction() as session:
                upto = rollups.read_mark(session, model)[0]
                if upto >= target:
                    break
                step = min(target, upto + CHUNK)
                rows = session.scalar(
                    select(func.count()).where(model.index > upto, model.index <= step)
                )
                # Another fold moved the mark first: read it again (it counts once).
                if rollups.fold_step(session, model, upto, step):
                    folded += int(rows or 0)
        done.append({"table": model.__tablename__, "folded": folded, "upto": upto})
    return done
