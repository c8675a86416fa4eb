"""The headless watcher (``services/watcher.py``, ``main.py admin watch``): one round does
the derived alerts' check, escalations, holds and roll-ups; only one watcher works per
database (a MariaDB named lock, a lock file on SQLite) and another takes over when it
stops or its lock's connection dies; an outage is logged once and caught up after it;
SIGTERM stops a real process cleanly. And a care-centre desk runs the same checks, only
as a writer (``CareWatch``, ``api.care.watch_check``)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from carebot_desktop.data import Database
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.data.models import Escalation
from carebot_desktop.data.validation import utcnow
from carebot_desktop.data.watcher_lock import FileLock, NamedLock, lock_name, watcher_lock
from carebot_desktop.services import watch
from carebot_desktop.services import watcher as watcher_module
from carebot_desktop.services.access import watch_check
from carebot_desktop.services.care_watch import CareWatch
from carebot_desktop.services.watcher import Watcher
from tests.factories import make_family
from tests.tcp_proxy import TcpProxy

REPO = Path(__file__).resolve().parents[3]
MARIADB = pytest.mark.parametrize(
    "backend", [pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)
WAIT = 30.0  # the most any wait below may take before the test fails (never reached)


def _until(condition: Callable[[], object], what: str) -> None:
    """Wait for ``condition`` (a few milliseconds at a time); fail after WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"never happened: {what}")
        time.sleep(0.01)


class Checks:
    """A stand-in for ``watch.check`` that says who called it (thread-safe)."""

    def __init__(self, name: str = "", calls: list[str] | None = None) -> None:
        self.name = name
        self.calls = calls if calls is not None else []
        self._lock = threading.Lock()

    def __call__(self, db: Database) -> list[dict]:
        with self._lock:
            self.calls.append(self.name)
        return []


def _crit(db, family_id, ago=timedelta(minutes=15)):  # both levels due
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "crit",
            "description": "낙상감지",
            "created_at": utcnow() - ago,
        }
    )


def _escalations(db) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Escalation)) or 0)


def _start(loop: Watcher) -> threading.Thread:
    thread = threading.Thread(target=loop.run, name="watcher", daemon=True)
    thread.start()
    return thread


# --- one round -------------------------------------------------------------------------


def test_a_round_checks_escalates_and_folds(db):
    family, _ = make_family(db)
    index = _crit(db, family)
    db.status.create_health_status({"family_id": family, "heart_rate": 71})
    checks = Checks()
    loop = Watcher(db, check=checks)
    done = loop.run_round()
    assert checks.calls == [""]
    assert [r["index"] for r in done.escalated] == [index, index]  # level 1 and 2 are due
    assert done.failed == [] and done.unavailable is None
    assert loop.rounds == 1
    assert done.eventful and "2 escalation(s)" in done.summary()
    again = loop.run_round()
    assert again.escalated == [] and not again.failed


def test_a_failing_step_costs_no_other_step(sqlite_db, caplog):
    from carebot_desktop.data import DatabaseError

    def broken(db):
        raise DatabaseError("the check broke")

    folds = []
    sqlite_db.status.fold_rollups = lambda max_rows=None: folds.append(max_rows) or 0
    loop = Watcher(sqlite_db, check=broken)
    with caplog.at_level(logging.WARNING, "carebot_desktop.services.watcher"):
        done = loop.run_round()
    assert done.failed == ["check"] and folds == [watcher_module.FOLD_ROWS]
    assert "check failed this round: the check broke" in caplog.text


def test_rounds_log_a_line_only_when_something_happened_and_a_heartbeat(sqlite_db, caplog):
    now = [0.0]
    loop = Watcher(sqlite_db, check=Checks(), heartbeat=3600, clock=lambda: now[0])
    quiet = watcher_module.Round()
    busy = watcher_module.Round(raised=[{"kind": "inactivity", "family_id": "f", "index": 3}])
    with caplog.at_level(logging.INFO, "carebot_desktop.services.watcher"):
        loop._log_round(quiet)
        assert caplog.records == []
        loop._log_round(busy)
        assert caplog.messages[-1].startswith("round: raised 1 alert(s) (1 inactivity)")
        now[0] = 3599
        loop._log_round(quiet)
        assert len(caplog.records) == 1
        now[0] = 3600 + 60
        loop._log_round(quiet)
    assert caplog.messages[-1].startswith("alive: 2 round(s)")


def test_once_does_one_round_and_lets_go(sqlite_db):
    checks = Checks()
    loop = Watcher(sqlite_db, check=checks)
    assert loop.run(once=True) == 0
    assert checks.calls == [""]
    assert not loop.lock.held()


def test_the_interval_and_backoff_are_checked():
    with pytest.raises(ValueError):
        Watcher(Database("sqlite://"), interval=0)


# --- one watcher per database ------------------------------------------------------------


def test_the_lock_name_fits_mariadb():
    assert lock_name("carebot") == "carebot_watcher_carebot"
    long = lock_name("x" * 64)
    assert len(long) == 64 and long.startswith("carebot_watcher_xxx")
    assert long != lock_name("x" * 63 + "y")


def test_one_lock_file_per_sqlite_database(tmp_path):
    path = tmp_path / "carebot.sqlite3"
    db = Database(sqlite_url(path))
    first = watcher_lock(db)
    second = watcher_lock(db)
    assert isinstance(first, FileLock)
    assert first.path == tmp_path / "carebot.sqlite3.watcher-lock"
    assert first.acquire() and first.held()
    assert not second.acquire() and not second.held()
    first.release()
    assert second.acquire()
    second.release()
    db.dispose()


def test_two_watchers_on_one_sqlite_file_one_works(tmp_path):
    url = sqlite_url(tmp_path / "carebot.sqlite3")
    Database(url).create_schema()
    calls: list[str] = []
    first = Watcher(Database(url), check=Checks("first", calls), interval=0.01)
    second = Watcher(Database(url), check=Checks("second", calls), interval=0.01)
    one = _start(first)
    _until(lambda: first.rounds >= 2, "the first watcher's rounds")
    two = _start(second)
    _until(lambda: second._standing_by, "the second watcher standing by")
    assert second.rounds == 0
    first.stop()
    one.join(WAIT)
    _until(lambda: second.rounds >= 1, "the second watcher taking over")
    second.stop()
    two.join(WAIT)
    index = calls.index("second")
    assert set(calls[:index]) == {"first"} and set(calls[index:]) == {"second"}


@MARIADB
def test_two_watchers_on_one_mariadb_one_works_and_the_other_takes_over(db, mariadb_url):
    calls: list[str] = []
    first = Watcher(Database(mariadb_url), check=Checks("first", calls), interval=0.01)
    second = Watcher(Database(mariadb_url), check=Checks("second", calls), interval=0.01)
    assert isinstance(first.lock, NamedLock)
    assert first.lock.name == "carebot_watcher_" + make_url(mariadb_url).database
    one = _start(first)
    _until(lambda: first.rounds >= 2, "the first watcher's rounds")
    two = _start(second)
    _until(lambda: second._standing_by, "the second watcher standing by")
    rounds = first.rounds
    _until(lambda: first.rounds >= rounds + 3, "more rounds of the first")
    assert second.rounds == 0 and "second" not in calls
    first.stop()
    one.join(WAIT)
    assert not one.is_alive()
    _until(lambda: second.rounds >= 2, "the second watcher taking over")
    second.stop()
    two.join(WAIT)
    index = calls.index("second")
    assert set(calls[:index]) == {"first"} and set(calls[index:]) == {"second"}


# --- the database going away -----------------------------------------------------------


@pytest.fixture
def proxied(db, mariadb_url):
    """The test's MariaDB schema reached through a TcpProxy (``db`` is direct)."""
    url = make_url(mariadb_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 3306)
    through = Database(
        url.set(host="127.0.0.1", port=proxy.port),
        connect_timeout=2,
        read_timeout=5,
        ping_after_idle=0,
    )
    yield through, proxy
    proxy.close()
    through.dispose()


@MARIADB
def test_an_outage_is_logged_once_and_the_next_round_catches_up(db, proxied, caplog):
    through, proxy = proxied
    family, _ = make_family(db)
    checks = Checks()
    loop = Watcher(through, check=checks, interval=0.01, backoff_first=0.01, backoff_max=0.04)
    with caplog.at_level(logging.INFO, "carebot_desktop.services.watcher"):
        thread = _start(loop)
        _until(lambda: loop.rounds >= 1, "a first round")
        proxy.cut()
        _until(lambda: loop._failures >= 4, "several tries while the database is away")
        assert not loop.leading  # the lock's connection died with the rest
        index = _crit(db, family)  # written meanwhile, by someone else
        rounds = loop.rounds
        proxy.restore()
        _until(lambda: loop.rounds > rounds + 1, "rounds again")
        _until(lambda: _escalations(db) == 2, "the alert escalated after the outage")
        loop.stop()
        thread.join(WAIT)
    warnings = [m for m in caplog.messages if m.startswith("the database cannot be reached")]
    assert len(warnings) == 1
    assert any(m.startswith("the database is back") for m in caplog.messages)
    assert sum(m.startswith("holding ") for m in caplog.messages) == 2  # and again after
    assert any(r["index"] == index for r in db.care.alarms(None, None)["escalated"])


def test_the_backoff_doubles_up_to_its_most():
    loop = Watcher(Database("sqlite://"), backoff_first=5, backoff_max=300, check=Checks())
    assert [loop._next_backoff() for _ in range(8)] == [5, 10, 20, 40, 80, 160, 300, 300]


# --- the real process ------------------------------------------------------------------


def test_sigterm_stops_the_watcher_process_cleanly(tmp_path):
    url = sqlite_url(tmp_path / "carebot.sqlite3")
    Database(url).create_schema()
    logs = tmp_path / "logs"
    env = {
        **os.environ,
        "CAREBOT_LOG_DIR": str(logs),
        "CAREBOT_DATA_DIR": str(tmp_path / "data"),
        "CAREBOT_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(REPO),
    }
    process = subprocess.Popen(
        [sys.executable, "main.py", "admin", "watch", "--database", str(url), "--interval", "0.1"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log_file = logs / "carebot-watcher.log"
    try:
        _until(
            lambda: log_file.exists() and "does the rounds" in log_file.read_text("utf-8"),
            "the watcher leading",
        )
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    text = log_file.read_text("utf-8")
    assert "SIGTERM received" in text and text.rstrip().endswith("watcher stopped")
    assert "watcher stopped" in stderr  # the log goes to standard error too
    assert not FileLock(Path(f"{url.database}.watcher-lock")).held()
    again = FileLock(Path(f"{url.database}.watcher-lock"))
    assert again.acquire()  # let go
    again.release()


def test_watch_needs_a_database(monkeypatch, capsys):
    from carebot_desktop import admin

    monkeypatch.delenv("CAREBOT_DB_URL", raising=False)
    with pytest.raises(SystemExit) as stopped:
        admin.main(["watch"])
    assert stopped.value.code == 2
    assert "watch needs --database ADMIN_URL or CAREBOT_DB_URL" in capsys.readouterr().err


# --- a care-centre desk runs the checks, only as a writer ------------------------------


@pytest.fixture
def recorded_checks(monkeypatch):
    calls: list[object] = []

    def check(db, now=None):
        calls.append(now)
        return [{"index": 1, "family_id": "F", "kind": "inactivity", "grade": "warn"}]

    monkeypatch.setattr(watch, "check", check)
    return calls


def test_a_care_centre_desk_runs_the_checks_once_a_minute(db, service, world, recorded_checks):
    clock = [0.0]
    system = service.as_user(world.tokens["system"])
    desk = CareWatch(system, clock=lambda: clock[0])
    desk.tend()
    desk.tend()  # the same minute: not again
    assert len(recorded_checks) == 1
    clock[0] = 60.0
    desk.tend()
    assert len(recorded_checks) == 2 and desk.watches
    entries = db.security.get_audit_log(actor_id=world.ids["system"])
    assert [e["target_id"] for e in entries if e["operation"] == "watch_check"] == ["F", "F"]


def test_other_desks_do_not_run_the_checks(db, service, world, recorded_checks):
    clock = [0.0]
    for name in ("main", "member"):
        desk = CareWatch(service.as_user(world.tokens[name]), clock=lambda: clock[0])
        desk.tend()
        assert not desk.watches
        clock[0] += 120
        desk.tend()
    assert recorded_checks == []
    assert service.as_user(world.tokens["member"]).care.watch_check() is None


def test_a_persons_own_login_does_not_run_the_checks(db, service, world, recorded_checks):
    system = service.as_user(world.tokens["system"])
    db._secured = True  # as through a person's own MariaDB login
    try:
        assert watch_check.check(system, system.actor()) is None
    finally:
        db._secured = None
    assert recorded_checks == []


def test_a_care_centre_desk_runs_the_detector_itself(db, service, world):
    system = service.as_user(world.tokens["system"])
    raised = system.care.watch_check()
    assert isinstance(raised, list)
    assert all(row["family_id"] in (world.family, world.other_family) for row in raised)
    assert system.care.watch_check() == []  # each episode once


def test_the_fold_goes_on_in_bounded_calls_until_caught_up(sqlite_db, monkeypatch):
    monkeypatch.setattr(watcher_module, "FOLD_ROWS", 10)
    answers = [10, 10, 3]
    sqlite_db.status.fold_rollups = lambda max_rows=None: answers.pop(0)
    done = Watcher(sqlite_db, check=Checks()).run_round()
    assert done.folded == 23 and answers == []
