"""``data.status.fold_all`` and ``main.py admin fold-rollups``: run once, it notes each
table's largest index, waits out the grace (and says so), then folds every row there is
and tells, per table, how many rows it folded and up to which index. The desks' periodic
``fold_rollups`` keeps its two-step pace (the first call only notes)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from carebot_desktop import admin
from carebot_desktop.data import Database
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.data.models import RollupMark, StatusRollup
from carebot_desktop.data.rollups import GRACE
from carebot_desktop.data.status import fold_all
from tests.factories import make_family

T0 = datetime(2025, 3, 1, 9, 0, 0)
ROWS = {"home": 5, "health": 3, "active": 2, "mental": 0}
VALUES = {
    "home": {"temperature": 21.5, "humidity": 40.0},
    "health": {"heart_rate": 72},
    "active": {"score": 50},
    "mental": {"score": 60},
}
TABLES = {"home": "homestatus", "health": "healthstatus", "active": "activestatus"}


def _fill(db: Database) -> str:
    family, _ = make_family(db)
    for kind, count in ROWS.items():
        rows = [
            {"family_id": family, "reported_at": T0 + timedelta(minutes=i), **VALUES[kind]}
            for i in range(count)
        ]
        if rows:
            db.status.bulk_create_status(kind, rows)
    return family


def _rolled(db: Database, series: str) -> int:
    with db.transaction() as session:
        return int(
            session.scalar(
                select(func.coalesce(func.sum(StatusRollup.n), 0)).where(
                    StatusRollup.series == series
                )
            )
            or 0
        )


def _largest(db: Database, table: str) -> int:
    with db.transaction() as session:
        return int(
            session.scalar(select(func.max(RollupMark.upto)).where(RollupMark.table_name == table))
            or 0
        )


def test_fold_all_waits_out_the_grace_once_and_folds_every_row(db):
    _fill(db)
    assert db.status.fold_rollups() == 0  # the periodic fold's first call only notes
    told: list[float] = []
    slept: list[float] = []
    done = fold_all(db, waiting=told.append, sleep=slept.append)
    assert told == slept == [GRACE.total_seconds()]
    by_table = {row["table"]: row for row in done}
    assert set(by_table) == {"homestatus", "healthstatus", "activestatus", "mentalstatus"}
    for kind, table in TABLES.items():
        assert by_table[table]["folded"] == ROWS[kind]
        assert by_table[table]["upto"] == _largest(db, table) > 0
    assert by_table["mentalstatus"]["folded"] == 0
    assert _rolled(db, "temperature") == 5 and _rolled(db, "humidity") == 5
    assert _rolled(db, "heart_rate") == 3 and _rolled(db, "activity_score") == 2
    # Nothing new: no wait, nothing folded, the marks as they were.
    again = fold_all(db, waiting=told.append, sleep=slept.append)
    assert told == slept == [GRACE.total_seconds()]
    assert [row["folded"] for row in again] == [0, 0, 0, 0]
    assert {row["table"]: row["upto"] for row in again} == {
        row["table"]: row["upto"] for row in done
    }
    # The periodic fold goes on from there without counting anything twice.
    db.status.fold_rollups()
    db.status.fold_rollups()
    assert _rolled(db, "temperature") == 5


def test_a_fold_another_desk_made_meanwhile_counts_once(db):
    _fill(db)

    def another_desk_folds(seconds: float) -> None:
        fold_all(db, sleep=lambda s: None)

    done = fold_all(db, sleep=another_desk_folds)
    assert {row["table"]: row["folded"] for row in done}["homestatus"] == 0
    assert _rolled(db, "temperature") == 5


def test_admin_fold_rollups_run_once_folds_everything_and_says_so(tmp_path, monkeypatch, capsys):
    url = sqlite_url(tmp_path / "carebot.sqlite3")
    db = Database(url)
    db.create_schema()
    _fill(db)
    slept: list[float] = []
    monkeypatch.setattr("carebot_desktop.data.status.time.sleep", slept.append)
    assert admin.main(["fold-rollups", "--database", str(url)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert slept == [GRACE.total_seconds()]
    assert out[0] == "waiting 15 s for transactions in progress to commit..."
    assert "homestatus: 5 rows folded, up to index 5" in out
    assert "healthstatus: 3 rows folded, up to index 3" in out
    assert "activestatus: 2 rows folded, up to index 2" in out
    assert "mentalstatus: 0 rows folded, up to index 0" in out
    assert out[-1] == "roll-ups up to date (10 rows folded)"
    assert _rolled(db, "heart_rate") == 3
    assert admin.main(["fold-rollups", "--database", str(url)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "roll-ups up to date (0 rows folded)"
    assert slept == [GRACE.total_seconds()]  # nothing new: no wait
    db.dispose()
