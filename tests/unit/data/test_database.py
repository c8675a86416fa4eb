import socket
import threading
import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import inspect, text

from carebot_desktop.config import paths
from carebot_desktop.data import (
    CarebotError,
    ConflictError,
    Database,
    DatabaseUnavailableError,
    ValidationError,
    resolve_url,
)
from carebot_desktop.data.models import Account, Base, Role
from tests.conftest import _legacy_sql
from tests.factories import make_account, make_family


def test_url_resolution(monkeypatch, tmp_path):
    assert str(resolve_url("sqlite:///x.db")) == "sqlite:///x.db"
    monkeypatch.setenv("DB_HOST", "db.carebot.kr")
    monkeypatch.setenv("DB_PORT", "3307")
    monkeypatch.setenv("DB_USER", "carebot")
    monkeypatch.setenv("DB_PASSWORD", "p@ss/word")
    monkeypatch.setenv("DB_SCHEMA", "carebot")
    url = resolve_url()
    assert (url.drivername, url.host, url.port, url.username, url.password, url.database) == (
        "mysql+pymysql",
        "db.carebot.kr",
        3307,
        "carebot",
        "p@ss/word",
        "carebot",
    )
    assert url.query["charset"] == "utf8mb4"
    monkeypatch.setenv("CAREBOT_DB_URL", "mysql+pymysql://u@h/s")
    assert resolve_url().host == "h"
    for name in ("CAREBOT_DB_URL", "DB_HOST"):
        monkeypatch.delenv(name)
    assert resolve_url().database == str(paths.embedded_database_path())


def test_embedded_default_is_a_sqlite_file_with_foreign_keys_and_wal():
    db = Database()
    try:
        db.create_schema()
        assert db.url.database == str(paths.embedded_database_path())
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        db.dispose()


def test_a_sqlite_connection_keeps_a_small_page_cache(tmp_path):
    """Each pooled connection's page cache is bounded (SQLite's 2 MiB default apiece, filled
    by a month of readings, cost the window's memory: issue 20)."""
    from carebot_desktop.data.database import SQLITE_CACHE_KIB

    db = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA cache_size")).scalar() == -SQLITE_CACHE_KIB
        assert SQLITE_CACHE_KIB < 2000
    finally:
        db.dispose()


def test_pool_defaults_and_overrides(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert (
        db.engine.pool.size(),
        db.engine.pool._max_overflow,
        db.engine.pool._recycle,
        db._ping_after_idle,
    ) == (3, 2, 1800, 30.0)
    db.dispose()
    db = Database(
        f"sqlite:///{tmp_path / 'a.sqlite3'}",
        pool_size=7,
        max_overflow=0,
        pool_recycle=30,
        ping_after_idle=5,
    )
    assert (
        db.engine.pool.size(),
        db.engine.pool._max_overflow,
        db.engine.pool._recycle,
        db.engine.pool._pre_ping,
        db._ping_after_idle,
    ) == (7, 0, 30, False, 5)
    db.dispose()


def test_closed_port_raises_unavailable_quickly():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = Database(f"mysql+pymysql://root@127.0.0.1:{port}/carebot", connect_timeout=2)
    with pytest.raises(DatabaseUnavailableError):
        db.accounts.get_all_accounts()  # the original returned [] here
    db.dispose()


def test_silent_server_raises_unavailable_instead_of_hanging():
    """A server that accepts the connection and never answers must not hang the caller."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    db = Database(f"mysql+pymysql://root@127.0.0.1:{port}/carebot", connect_timeout=1)
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseUnavailableError):
            db.families.get_all_families()
        assert time.monotonic() - started < 20, "must fail within seconds, not hang"
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        listener.close()
        db.dispose()


def test_errors_at_commit_are_translated_and_rolled_back(db):
    account_id = make_account(db)
    with pytest.raises(ConflictError), db.transaction() as session:
        session.add(Account(id=account_id, email="other@example.kr", password="h", role=Role.SUB))
    assert len(db.accounts.get_all_accounts()) == 1


def test_errors_are_raised_not_swallowed(db):
    """The original's ``return`` inside ``finally`` turned every failure into ''/{}/[]."""
    with pytest.raises(CarebotError), db.transaction() as session:
        session.execute(text("SELECT * FROM no_such_table"))


def test_create_schema_is_idempotent(db):
    db.create_schema()
    db.create_schema()
    assert len(db.tools.get_all_master_region()) == 17
    assert len(db.tools.get_all_sub_region()) == 228


def test_an_earlier_versions_audit_table_gets_its_entry_key(db):
    """A column a later version added to the desktop's own table: added, with its unique
    index, the rows already there kept (NULL keys, as many as there are)."""
    db.security.add_audit_entry(_AUDIT)
    with db.engine.begin() as connection:
        quote = connection.dialect.identifier_preparer.quote
        on = "" if db.is_sqlite else " ON desktop_auditlog"
        connection.execute(text(f"DROP INDEX {quote('ux_desktop_auditlog_key')}{on}"))
        connection.execute(text("ALTER TABLE desktop_auditlog DROP COLUMN entry_key"))
        connection.execute(
            text(
                "INSERT INTO desktop_auditlog (occurred_at, action, target_type, operation, "
                "outcome) VALUES ('2026-01-01 00:00:00', 'view', 'family', 'old', 'ok')"
            )
        )
    db.create_schema()
    with db.engine.connect() as connection:
        inspector = inspect(connection)
        assert "entry_key" in {c["name"] for c in inspector.get_columns("desktop_auditlog")}
        unique = [
            ix["column_names"] for ix in inspector.get_indexes("desktop_auditlog") if ix["unique"]
        ]
        assert ["entry_key"] in unique
        keys = connection.execute(text("SELECT entry_key FROM desktop_auditlog")).scalars().all()
    assert keys == [None, None]
    assert len(db.security.get_audit_log()) == 2
    db.security.add_audit_entry(_AUDIT)  # and a new entry gets a key
    with db.engine.connect() as connection:
        found = connection.execute(
            text("SELECT COUNT(*) FROM desktop_auditlog WHERE entry_key IS NOT NULL")
        )
        assert found.scalar() == 1


_AUDIT = {
    "actor_id": None,
    "action": "view",
    "target_type": "family",
    "target_id": "F1",
    "operation": "get_health_status",
    "outcome": "ok",
    "host": "test-host",
}


def test_audit_entries_that_may_be_written_already_are_written_once(db):
    """After a commit whose reply was lost (``unsure``): an entry whose key the log holds
    is skipped, the others are written; plain writes keep their one statement."""
    first = [{**_AUDIT, "entry_key": f"{n:032x}", "target_id": f"F{n}"} for n in (1, 2)]
    assert db.security.add_audit_entries(first) == 2
    again = [*first, {**_AUDIT, "entry_key": f"{3:032x}", "target_id": "F3"}]
    assert db.security.add_audit_entries(again, unsure=True) == 1
    assert db.security.add_audit_entries(again, unsure=True) == 0
    assert sorted(e["target_id"] for e in db.security.get_audit_log()) == ["F1", "F2", "F3"]
    with pytest.raises(ValidationError):
        db.security.add_audit_entries([{**_AUDIT, "entry_key": "not-a-key"}])
    with pytest.raises(ConflictError):  # a key used twice, not said to be unsure: refused
        db.security.add_audit_entries(first[:1])
    assert db.security.count_audit_entries() == 3


def test_time_range_indexes_exist(db):
    with db.engine.connect() as connection:
        inspector = inspect(connection)
        for table in ("homestatus", "healthstatus", "activestatus", "mentalstatus"):
            columns = [ix["column_names"][:2] for ix in inspector.get_indexes(table)]
            assert ["family_id", "reported_at"] in columns, table
        notification_indexes = [ix["column_names"] for ix in inspector.get_indexes("notifications")]
        assert ["family_id", "created_at"] in notification_indexes
        assert ["family_id", "is_read", "index"] in notification_indexes
        assert ["to_id", "is_read"] in [
            ix["column_names"] for ix in inspector.get_indexes("messages")
        ]


def _describe(url: str) -> dict:
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            inspector = inspect(connection)
            return {
                table: [
                    (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                    for c in inspector.get_columns(table)
                ]
                for table in inspector.get_table_names()
            }
    finally:
        db.dispose()


@pytest.mark.mariadb
def test_create_schema_on_production_schema_is_additive(mariadb_schema_factory):
    url = mariadb_schema_factory(_legacy_sql())
    before = _describe(url)
    db = Database(url)
    try:
        db.create_schema()
        db.create_schema()
        after = _describe(url)
        for table, columns in before.items():
            assert after[table] == columns, f"{table} changed"
        assert set(after) >= set(before)
        assert set(after) >= {t.name for t in Base.metadata.sorted_tables}
        # the reference rows were there already: nothing duplicated
        assert len(db.tools.get_all_master_region()) == 17
        assert len(db.tools.get_all_sub_region()) == 228
    finally:
        db.dispose()


@pytest.mark.mariadb
def test_legacy_family_with_chat_keywords_can_be_deleted(legacy_url):
    """chatkeywords references families without ON DELETE CASCADE in production."""
    db = Database(legacy_url)
    try:
        family_id, main = make_family(db)
        with db.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO chatkeywords (family_id, keywords) VALUES (:f, '산책, 손주')"),
                {"f": family_id},
            )
        assert db.accounts.delete_one_account(main) is True
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT COUNT(*) FROM chatkeywords")).scalar() == 0
    finally:
        with db.engine.begin() as connection:
            connection.execute(text("DELETE FROM chatkeywords"))
            connection.execute(text("DELETE FROM accounts"))
        db.dispose()


def test_delete_latest_home_status_touches_only_that_family(db):
    """The original filtered on the health table: a cross join deleting another family's row."""
    a, _ = make_family(db)
    b, _ = make_family(db)
    t = datetime(2025, 2, 6)
    db.status.create_home_status({"family_id": a, "temperature": 20, "reported_at": t})
    db.status.create_health_status({"family_id": a, "heart_rate": 70, "reported_at": t})
    db.status.create_home_status(
        {"family_id": b, "temperature": 25, "reported_at": t + timedelta(hours=1)}
    )
    db.status.create_health_status(
        {"family_id": b, "heart_rate": 80, "reported_at": t + timedelta(hours=2)}
    )
    db.status.delete_latest_home_status(a)
    assert db.status.get_home_status(a, t - timedelta(days=1)) == []
    assert len(db.status.get_home_status(b, t - timedelta(days=1))) == 1
    assert len(db.status.get_health_status(a, t - timedelta(days=1))) == 1
    assert len(db.status.get_health_status(b, t - timedelta(days=1))) == 1


def test_latest_background_is_the_newest(db):
    """The original's get_latest_background had no ORDER BY."""
    family_id, main = make_family(db)
    ids = [
        db.backgrounds.add_background(
            {
                "family_id": family_id,
                "uploader_id": main,
                "image_url": f"https://img.example.kr/{n}.jpg",
            }
        )
        for n in range(5)
    ]
    db.backgrounds.delete_background(ids[2])
    assert db.backgrounds.get_latest_background(family_id)["index"] == ids[-1]
