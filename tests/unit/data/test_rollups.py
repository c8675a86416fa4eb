"""Chart roll-ups equal the raw aggregate: whatever rows arrive, in whatever order (late
uploads into old minutes), whatever is deleted, however often and by how many desktops
the fold runs, and whether or not it has run. On SQLite, a fresh MariaDB schema and the
production schema."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from carebot_desktop.data import Database
from carebot_desktop.data import status as status_module
from carebot_desktop.data.models import HealthStatus, RollupMark, StatusRollup
from carebot_desktop.data.rollups import Rollups
from tests.factories import make_family

T0 = datetime(2025, 3, 1, 0, 0, 0)
SPAN_MINUTES = 180
TABLES = {"health": ["heart_rate"], "home": ["temperature", "humidity"]}


def _insert(family: int, table: str, minute: int, second: int, value: int) -> tuple:
    return ("insert", family, table, minute, second, value)


operations = st.lists(
    st.one_of(
        st.builds(
            _insert,
            st.integers(0, 1),
            st.sampled_from(sorted(TABLES)),
            st.integers(0, SPAN_MINUTES - 1),
            st.integers(0, 59),
            st.integers(0, 200),
        ),
        st.tuples(st.just("fold"), st.integers(0, 1)),
        st.tuples(st.just("delete_latest"), st.integers(0, 1), st.sampled_from(sorted(TABLES))),
        st.tuples(st.just("stale_fold"), st.sampled_from(sorted(TABLES))),
    ),
    max_size=30,
)
queries = st.tuples(
    st.integers(0, SPAN_MINUTES * 60 - 1),  # start, seconds after T0
    st.integers(1, SPAN_MINUTES * 60),  # length
    st.sampled_from([60, 120, 300, 3600, 45]),  # 45: not whole minutes, the raw path
)


def _raw_reference(
    db: Database, family_id: str, series: str, start: datetime, end: datetime, bucket: int
) -> list[tuple[int, int, float, float, float]]:
    table = "home" if series != "heart_rate" else "health"
    getter = getattr(db.status, f"get_{table}_status")
    buckets: dict[int, list[float]] = {}
    for row in getter(family_id, start, end):
        if row[series] is None:
            continue
        epoch = int((row["reported_at"] - datetime(1970, 1, 1)).total_seconds())
        buckets.setdefault(epoch - epoch % bucket, []).append(float(row[series]))
    return [
        (b, len(v), round(sum(v) / len(v), 4), min(v), max(v)) for b, v in sorted(buckets.items())
    ]


def _as_tuples(rows: list[dict[str, Any]]) -> list[tuple[int, int, float, float, float]]:
    epoch = datetime(1970, 1, 1)
    return [
        (
            int((r["bucket_start"] - epoch).total_seconds()),
            r["count"],
            r["avg"],
            r["min"],
            r["max"],
        )
        for r in rows
    ]


def _same(got: list[tuple], want: list[tuple]) -> bool:
    """Same buckets and counts; values equal up to FLOAT columns' single precision (MIN of
    a FLOAT 0.1 is 0.10000000149 in MariaDB, whatever reads it)."""
    if [(g[0], g[1]) for g in got] != [(w[0], w[1]) for w in want]:
        return False
    return all(
        abs(a - b) <= 1e-3 + 1e-6 * abs(b)
        for g, w in zip(got, want, strict=True)
        for a, b in zip(g[2:], w[2:], strict=True)
    )


@pytest.fixture
def second_writer(db: Database):
    other = Database(db.url)
    yield other
    other.dispose()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations, checks=st.lists(queries, min_size=1, max_size=4))
def test_rollups_equal_the_raw_aggregate(db, second_writer, monkeypatch, ops, checks):
    monkeypatch.setattr(status_module, "GRACE", timedelta(0))  # fold all that committed
    writers = [db, second_writer]
    families = [make_family(db)[0], make_family(db)[0]]
    for op in ops:
        if op[0] == "insert":
            _, family, table, minute, second, value = op
            data: dict[str, Any] = {
                "family_id": families[family],
                "reported_at": T0 + timedelta(minutes=minute, seconds=second),
            }
            if table == "health":
                data["heart_rate"] = value
            else:
                data["temperature"] = value / 10
                data["humidity"] = None if value % 3 == 0 else float(value % 100)
            getattr(db.status, f"create_{table}_status")(data)
        elif op[0] == "fold":
            writer = writers[op[1]]
            writer.status.fold_rollups()  # notes where the tables end
            writer.status.fold_rollups()  # folds up to there (no grace in this test)
        elif op[0] == "delete_latest":
            _, family, table = op
            try:
                getattr(writers[family].status, f"delete_latest_{table}_status")(families[family])
            except Exception as error:  # noqa: BLE001 - only "nothing to delete" is fine
                assert type(error).__name__ == "NotFoundError"
        else:  # a desktop that read the mark before another folded: it must do nothing
            model = HealthStatus if op[1] == "health" else status_module.HomeStatus
            with db.transaction() as session:
                upto = session.scalar(
                    select(RollupMark.upto).where(RollupMark.table_name == model.__tablename__)
                )
            if upto:
                with db.transaction() as session:
                    assert not Rollups(db.is_sqlite).fold_step(session, model, upto - 1, upto)
    for start_s, length, bucket in checks:
        start = T0 + timedelta(seconds=start_s)
        end = start + timedelta(seconds=length)
        for family_id in families:
            got = db.status.get_status_series_many(
                family_id, ["heart_rate", "temperature", "humidity"], start, end, bucket
            )
            for series, rows in got.items():
                want = _raw_reference(db, family_id, series, start, end, bucket)
                assert _same(_as_tuples(rows), want), (series, start, end, bucket)


def test_a_late_upload_lands_in_its_old_minute(db, monkeypatch):
    monkeypatch.setattr(status_module, "GRACE", timedelta(0))
    family_id, _ = make_family(db)
    for second in range(0, 3600, 30):
        db.status.create_health_status(
            {
                "family_id": family_id,
                "reported_at": T0 + timedelta(seconds=second),
                "heart_rate": 70,
            }
        )
    db.status.fold_rollups()
    db.status.fold_rollups()
    # an hour later the robot uploads what it kept during an outage, at 00:10
    db.status.create_health_status(
        {
            "family_id": family_id,
            "reported_at": T0 + timedelta(minutes=10, seconds=5),
            "heart_rate": 130,
        }
    )
    db.status.fold_rollups()
    db.status.fold_rollups()
    rows = db.status.get_status_series(
        family_id, "heart_rate", T0, T0 + timedelta(hours=1), bucket_seconds=600
    )
    assert rows[1]["count"] == 21 and rows[1]["max"] == 130
    with db.transaction() as session:
        minute = int((T0 + timedelta(minutes=10) - datetime(1970, 1, 1)).total_seconds())
        folded = session.get(StatusRollup, ("heart_rate", family_id, minute))
        assert folded is not None and folded.n == 3 and folded.high == 130


def test_a_chart_of_whole_minutes_reads_the_rollups_not_the_rows(db, monkeypatch):
    """The plan: roll-up rows by primary key, the raw rows above the mark by primary key
    (MariaDB) or rowid (SQLite), and the edges by the family's index."""
    monkeypatch.setattr(status_module, "GRACE", timedelta(0))
    family_id, _ = make_family(db)
    other, _ = make_family(db)
    for family in (family_id, other):  # a history, mostly folded: as the desk sees it
        db.status.bulk_create_status(
            "health",
            [
                {"family_id": family, "heart_rate": 70, "reported_at": T0 + timedelta(minutes=m)}
                for m in range(0, 30 * 1440, 15)
            ],
        )
    db.status.fold_rollups()
    db.status.fold_rollups()
    db.status.create_health_status(
        {"family_id": family_id, "heart_rate": 71, "reported_at": T0 + timedelta(days=2)}
    )
    if not db.is_sqlite:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE TABLE healthstatus, desktop_status_rollup")
    sent: list[str] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append(statement)

    start, end = T0 + timedelta(seconds=30), T0 + timedelta(days=30)
    event.listen(db.engine, "before_cursor_execute", keep)
    db.status.get_status_series(family_id, "heart_rate", start, end, bucket_seconds=4320)
    event.remove(db.engine, "before_cursor_execute", keep)
    assert len(sent) == 1
    query = Rollups(db.is_sqlite).series_query(
        HealthStatus, ["heart_rate"], family_id, start, end, 4320
    )
    compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as connection:
        if db.is_sqlite:
            plan = " | ".join(
                r[3] for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
            )
            assert "SCAN healthstatus" not in plan
            assert "INTEGER PRIMARY KEY (rowid>?)" in plan
            assert "desktop_status_rollup USING PRIMARY KEY" in plan or (
                "sqlite_autoindex_desktop_status_rollup" in plan
            )
        else:
            plan = [dict(r._mapping) for r in connection.exec_driver_sql(f"EXPLAIN {compiled}")]
            scans = [p for p in plan if p["table"] == "healthstatus"]
            assert scans and all(p["type"] in ("range", "ref") for p in scans), plan
            assert any(p["key"] == "PRIMARY" for p in scans), plan
