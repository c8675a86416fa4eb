"""The elders' recent means (``watch.usual``'s "recent") read from the roll-ups equal the
mean of the plausible raw rows, whatever rows came (a broken sensor's zeros, a heart rate
of 230, a room at 0 degC and 0 %, a humidity without a temperature), in whatever order, and
whether or not a fold ran; a family whose minutes are all plausible is not read row by row
over the window; a desk's fold skips its turn while another desk holds the mark instead of
waiting behind it. On SQLite, a fresh MariaDB schema and the production schema."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select, text

from carebot_desktop.data import Database, recent_series
from carebot_desktop.data import status as status_module
from carebot_desktop.data import watch_rules as rules
from carebot_desktop.data.models import HealthStatus, RollupMark
from carebot_desktop.services.overview import keep_recent
from tests.conftest import _wipe
from tests.factories import make_family

AT = datetime(2025, 3, 1, 12, 0, 30)  # the window: (09:00:30, 12:00:30]
SINCE = AT - timedelta(hours=3)

# A reading some seconds after SINCE (a few just outside the window on either side).
seconds = st.integers(-90, 3 * 3600 + 90)
hearts = st.one_of(st.integers(50, 120), st.sampled_from([0, 30, 35, 210, 230, None]))
# A row with a humidity but no temperature comes only to the first family, one with a
# temperature but no humidity only to the second: the roll-ups count each series, not
# the rows, and the module's one documented exception (as many of both in one family)
# is not what this test is about.
odd_rooms = [(0, 0), (0, 45), (-400, 40), (700, 40)]
rooms = [
    st.one_of(
        st.tuples(st.integers(150, 300), st.integers(20, 80)),  # 15.0-30.0 degC, %
        st.sampled_from([*odd_rooms, extra]),
    )
    for extra in [(None, 50), (220, None)]
]
operations = st.lists(
    st.one_of(
        st.tuples(st.just("heart"), st.integers(0, 1), seconds, hearts),
        *(st.tuples(st.just("home"), st.just(f), seconds, rooms[f]) for f in (0, 1)),
        st.just(("fold",)),
    ),
    max_size=40,
)


def _reference(db: Database, family_ids: list[str]) -> dict[str, dict[str, float]]:
    """The plausible rows' means, in Python, from every row."""
    sums: dict[str, dict[str, list[float]]] = {}
    for family_id in family_ids:
        for row in db.status.get_health_status(family_id, SINCE, AT):
            value = row["heart_rate"]
            if (
                row["reported_at"] > SINCE
                and value is not None
                and rules.HR_PLAUSIBLE[0] <= value <= rules.HR_PLAUSIBLE[1]
            ):
                sums.setdefault(family_id, {}).setdefault("heart_rate", []).append(value)
        for row in db.status.get_home_status(family_id, SINCE, AT):
            temperature, humidity = row["temperature"], row["humidity"]
            if row["reported_at"] <= SINCE or temperature is None:
                continue
            if temperature == 0 and humidity == 0:
                continue
            if not rules.ROOM_PLAUSIBLE[0] <= temperature <= rules.ROOM_PLAUSIBLE[1]:
                continue
            sums.setdefault(family_id, {}).setdefault("temperature", []).append(temperature)
            if humidity is not None:
                sums[family_id].setdefault("humidity", []).append(humidity)
    return {
        f: {name: round(sum(v) / len(v), 1) for name, v in series.items()}
        for f, series in sums.items()
    }


def _same(got: dict[str, dict[str, float]], want: dict[str, dict[str, float]]) -> bool:
    """Same families and series; means equal up to the rounding of FLOAT sums."""
    if {f: set(s) for f, s in got.items()} != {f: set(s) for f, s in want.items()}:
        return False
    return all(abs(got[f][n] - want[f][n]) <= 0.11 for f in want for n in want[f])


def _fold(db: Database) -> None:
    db.status.fold_rollups()  # notes where the tables end
    db.status.fold_rollups()  # folds up to there (no grace in these tests)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations)
def test_recent_means_equal_the_raw_rows(db, monkeypatch, ops):
    monkeypatch.setattr(status_module, "GRACE", timedelta(0))
    families = [make_family(db)[0], make_family(db)[0]]
    # A plain history folded first, as a server in use has: the roll-up path is taken.
    db.status.bulk_create_status(
        "health",
        [
            {"family_id": f, "heart_rate": 70, "reported_at": SINCE + timedelta(minutes=m)}
            for f in families
            for m in range(0, 180, 7)
        ],
    )
    _fold(db)
    for op in ops:
        if op[0] == "fold":
            _fold(db)
            continue
        kind, family, second, value = op
        data: dict[str, Any] = {
            "family_id": families[family],
            "reported_at": SINCE + timedelta(seconds=second),
        }
        if kind == "heart":
            data["heart_rate"] = value
            db.status.create_health_status(data)
        else:
            temperature, humidity = value
            data["temperature"] = None if temperature is None else temperature / 10
            data["humidity"] = None if humidity is None else float(humidity)
            db.status.create_home_status(data)
    with db.transaction() as session:
        got = recent_series.recent_means(session, db.is_sqlite, families, SINCE, AT)
    assert _same(got, _reference(db, families)), (got, _reference(db, families))


def test_a_plain_family_is_read_from_the_rollups_and_a_broken_sensor_row_by_row(db, monkeypatch):
    monkeypatch.setattr(status_module, "GRACE", timedelta(0))
    plain, broken = make_family(db)[0], make_family(db)[0]
    rows = [
        {"family_id": f, "heart_rate": 60 + m % 20, "reported_at": SINCE + timedelta(minutes=m)}
        for f in (plain, broken)
        for m in range(1, 180)
    ]
    db.status.bulk_create_status("health", rows)
    db.status.create_health_status(
        {"family_id": broken, "heart_rate": 0, "reported_at": SINCE + timedelta(minutes=90)}
    )
    _fold(db)
    whole: list[list[str]] = []
    original = recent_series._whole

    def spy(model, columns, family_ids, since, at):
        if model is HealthStatus:
            whole.append(list(family_ids))
        return original(model, columns, family_ids, since, at)

    monkeypatch.setattr(recent_series, "_whole", spy)
    with db.transaction() as session:
        got = recent_series.recent_means(session, db.is_sqlite, [plain, broken], SINCE, AT)
    want = round(sum(60 + m % 20 for m in range(1, 180)) / 179, 1)
    assert got[plain]["heart_rate"] == pytest.approx(want, abs=0.11)
    assert got[broken]["heart_rate"] == pytest.approx(want, abs=0.11)  # the zero left out
    assert whole == [[broken]]  # only the broken sensor's family row by row


def test_usual_without_the_recent_means_reads_no_rows_and_the_overview_keeps_the_last(db):
    family_id, _ = make_family(db)
    db.status.create_health_status(
        {"family_id": family_id, "heart_rate": 70, "reported_at": AT - timedelta(minutes=5)}
    )
    statements: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement.lower())

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        db.watch.usual([family_id], AT)
        assert any("healthstatus" in s for s in statements)
        statements.clear()
        db.watch.usual([family_id], AT, recent=False)
        assert statements and not any("healthstatus" in s for s in statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    earlier = {"F": {"series": {"heart_rate": {"low": 60, "high": 80, "recent": 91.0}}}}
    light = {
        "F": {"series": {"heart_rate": {"low": 61, "high": 81, "recent": None}}, "unusual": [1]},
        "G": {"series": {"heart_rate": {"low": 50, "high": 70, "recent": None}}},
    }
    merged = keep_recent(earlier, light)
    assert merged["F"]["series"]["heart_rate"] == {"low": 61, "high": 81, "recent": 91.0}
    assert merged["F"]["unusual"] == [1]  # the new episodes stand
    assert merged["G"]["series"]["heart_rate"]["recent"] is None  # nothing to keep
    fresh = {"F": {"series": {"heart_rate": {"low": 61, "high": 81, "recent": 70.0}}}}
    assert keep_recent(earlier, fresh)["F"]["series"]["heart_rate"]["recent"] == 70.0


@pytest.fixture
def server_db(mariadb_url: str) -> Iterator[Database]:
    """A MariaDB schema (row locks: SQLite has one writer at a time and none)."""
    database = Database(mariadb_url)
    try:
        yield database
    finally:
        _wipe(database)
        database.dispose()


@pytest.mark.mariadb
def test_a_desks_fold_skips_its_turn_while_another_holds_the_mark(server_db, monkeypatch):
    db = server_db
    monkeypatch.setattr(status_module, "GRACE", timedelta(0))
    family_id, _ = make_family(db)
    db.status.bulk_create_status(
        "health",
        [
            {"family_id": family_id, "heart_rate": 70, "reported_at": SINCE + timedelta(minutes=m)}
            for m in range(30)
        ],
    )
    db.status.fold_rollups()  # notes where the table ends
    other = Database(db.url)
    try:
        with other.engine.connect() as holder:
            transaction = holder.begin()
            holder.execute(
                text(
                    "SELECT upto FROM desktop_rollup_marks WHERE table_name = 'healthstatus' FOR UPDATE"
                )
            )
            done = threading.Event()
            folded: list[int] = []

            def fold() -> None:
                folded.append(db.status.fold_rollups())
                done.set()

            threading.Thread(target=fold, daemon=True).start()
            # It returns while the other holds the mark (it would wait 50 s, then fail).
            assert done.wait(30), "the fold waited behind the other desk's"
            assert folded == [0]
            transaction.rollback()
        with db.transaction() as session:
            upto = session.scalar(
                select(RollupMark.upto).where(RollupMark.table_name == "healthstatus")
            )
        assert not upto  # skipped: nothing folded meanwhile
        assert db.status.fold_rollups() >= 30  # its next turn folds
    finally:
        other.dispose()
