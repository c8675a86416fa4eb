"""The desk's set-based reads: the same answers as the per-family functions, a statement
count that does not grow with the number of families, and plans without a sort."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, text

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import Database, NotFoundError
from carebot_desktop.services import CarebotService, dashboard
from tests.unit.services.conftest import HASH, sign_in

T0 = datetime(2025, 3, 1, 12, 0)


def _families(db: Database, count: int, tag: str) -> tuple[str, list[str]]:
    """A caregiver who is a member of ``count`` families, each with a little of
    everything (and two heart-rate rows in the same second, to test the tie-break)."""
    carer = db.accounts.create_account(
        {"email": f"carer-{tag}@carebot.test", "password": HASH, "role": "sub"}
    )
    ids = []
    for n in range(count):
        elder = db.accounts.create_account(
            {
                "email": f"elder-{tag}-{n}@carebot.test",
                "password": HASH,
                "role": "main",
                "user_name": f"어르신{n}",
                "birth_date": "1940-01-01",
            }
        )
        family = db.families.create_family({"main_user": elder, "family_name": f"F{n}"})
        db.members.create_member({"family_id": family, "user_id": carer})
        ids.append(family)
        if n % 5 == 4:
            continue  # some families have no data at all
        for minutes in (0, 5):
            at = T0 + timedelta(minutes=minutes + n)
            db.status.create_home_status(
                {"family_id": family, "reported_at": at, "temperature": 20 + n % 7}
            )
            db.status.create_health_status(
                {"family_id": family, "reported_at": at, "heart_rate": 60 + n}
            )
        db.status.create_health_status(
            {"family_id": family, "reported_at": T0 + timedelta(minutes=5 + n), "heart_rate": 99}
        )
        db.status.create_mental_status({"family_id": family, "reported_at": T0, "score": 50})
        for grade in ("crit", "warn", "info"):
            db.notifications.create_notification(
                {"family_id": family, "notification_grade": grade, "description": "낙상감지"}
            )
    return carer, ids


def test_the_snapshot_agrees_with_the_per_family_functions(db):
    _, ids = _families(db, 6, "agree")
    snapshot = db.desk.snapshot(ids)
    for family_id in ids:
        for kind in ("home", "health", "active", "mental"):
            try:
                expected = getattr(db.status, f"get_latest_{kind}_status")(family_id)
            except NotFoundError:
                expected = None
            assert snapshot["latest"][kind].get(family_id) == expected, (kind, family_id)
        unread = {"crit": 0, "warn": 0, "info": 0, "none": 0}
        for row in db.notifications.get_new_notifications(family_id):
            unread[row["notification_grade"]] += 1
        assert snapshot["unread"][family_id] == unread
        assert snapshot["families"][family_id]["elder_name"].startswith("어르신")
    assert snapshot["latest"]["health"][ids[0]]["heart_rate"] == 99  # the tie: newest index


@contextmanager
def _statements(db: Database):
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_the_overview_costs_the_same_for_2_and_50_families(db):
    service = CarebotService(db, MemorySecretStore(), bcrypt_cost=4)
    counts = []
    for count, tag in ((2, "few"), (50, "many")):
        carer, _ = _families(db, count, tag)
        api = service.as_user(sign_in(db, carer))
        with _statements(db) as seen:
            rows = dashboard.overview(api, now=T0 + timedelta(hours=1))
        assert len(rows) == count
        counts.append(len(seen))
    assert counts[0] == counts[1], counts
    assert counts[0] <= 16, counts  # session, who is asking, six reads, one audit write


def _plan(db: Database, sql: str, params: dict) -> str:
    with db.engine.connect() as connection:
        if db.is_sqlite:
            rows = connection.execute(text("EXPLAIN QUERY PLAN " + sql), params).fetchall()
            return "\n".join(str(r[-1]) for r in rows)
        rows = connection.execute(text("EXPLAIN " + sql), params).mappings().fetchall()
        return "\n".join(f"{r['table']} {r['key']} {r['Extra']}" for r in rows)


@pytest.mark.parametrize("kind", ["home", "health", "active", "mental"])
def test_latest_reads_use_an_index_and_never_sort(db, kind):
    """The plans, not the times: the newest row and the newest per family come from the
    (family_id, reported_at, index) index with no sort, on SQLite and on MariaDB."""
    from carebot_desktop.data.models import STATUS_MODELS

    table = STATUS_MODELS[kind].__tablename__
    _, ids = _families(db, 3, f"plan-{table}")
    db.status.bulk_create_status(  # a family with history, as the planner will meet them
        kind,
        [{"family_id": ids[0], "reported_at": T0 - timedelta(seconds=n)} for n in range(1, 3000)],
    )
    if not db.is_sqlite:
        with db.engine.connect() as connection:
            connection.execute(text(f"ANALYZE TABLE {table}"))
    quote = '"' if db.is_sqlite else "`"
    latest = (
        f"SELECT * FROM {table} WHERE family_id = :f "
        f"ORDER BY reported_at DESC, {quote}index{quote} DESC LIMIT 1"
    )
    plan = _plan(db, latest, {"f": ids[0]})
    assert "filesort" not in plan.lower() and "TEMP B-TREE" not in plan, plan
    assert f"ix_{table}_family_latest" in plan, plan
    from carebot_desktop.data.desk import latest_query

    desk_sql = str(
        latest_query(STATUS_MODELS[kind], ids).compile(
            db.engine, compile_kwargs={"literal_binds": True}
        )
    )
    plan = _plan(db, desk_sql, {})
    assert "filesort" not in plan.lower() and "TEMP B-TREE" not in plan, plan
    assert f"ix_{table}_family_latest" in plan, plan


def test_create_schema_replaces_the_older_status_index(db):
    """Earlier versions made (family_id, reported_at, values) indexes; a planner offered
    both that and the new one may pick the old one and sort. create_schema drops it."""
    from sqlalchemy import inspect

    quote = '"' if db.is_sqlite else "`"
    with db.engine.begin() as connection:
        connection.execute(
            text(
                f"CREATE INDEX {quote}ix_healthstatus_family_reported_cover{quote} "
                f"ON healthstatus (family_id, reported_at, heart_rate)"
            )
        )
    db.create_schema()
    with db.engine.connect() as connection:
        names = {ix["name"] for ix in inspect(connection).get_indexes("healthstatus")}
    assert "ix_healthstatus_family_latest" in names
    assert "ix_healthstatus_family_reported_cover" not in names


def test_the_poll_reads_new_notifications_by_primary_key(db):
    """The alert poll reads the few rows above its cursor, never every notification of
    the families (SQLite preferred the family index and a sort: 500,000 rows at scale)."""
    from sqlalchemy import event

    from carebot_desktop.data.models import Notification

    _, ids = _families(db, 3, "poll-plan")
    with db.engine.begin() as connection:
        connection.execute(
            Notification.__table__.insert(),
            [
                {"family_id": ids[n % 3], "created_at": T0, "notification_grade": "INFO"}
                for n in range(3000)
            ],
        )
        if not db.is_sqlite:
            connection.execute(text("ANALYZE TABLE notifications"))
    newest = db.notifications.latest_notification_index(ids)
    sent: list[tuple[str, dict]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    db.notifications.get_notifications_after(ids, newest - 5)
    event.remove(db.engine, "before_cursor_execute", keep)
    statement, parameters = sent[-1]
    if db.is_sqlite:
        with db.engine.connect() as connection:
            plan = " ".join(
                str(r[-1])
                for r in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
        assert "PRIMARY KEY" in plan and "TEMP B-TREE" not in plan, plan
    else:
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters).mappings().all()
        assert rows[0]["key"] == "PRIMARY" and "filesort" not in (rows[0]["Extra"] or ""), rows
