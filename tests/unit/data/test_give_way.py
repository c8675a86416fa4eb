"""Workers give way to a busy GUI thread before each statement (data/give_way.py)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from carebot_desktop.data import give_way
from carebot_desktop.data.database import Database

OWNER = 424242


@pytest.fixture(autouse=True)
def _pulse(monkeypatch):
    """A pulse of its own (the module's is shared by every runner in the process), with
    room for a slow machine: a worker waits up to 5 s for a beat, a pulse is silent
    after 10 s."""
    monkeypatch.setattr(give_way, "_pulse", give_way._Pulse())
    monkeypatch.setattr(give_way, "MAX_WAIT_S", 5.0)
    monkeypatch.setattr(give_way, "SILENT_S", 10.0)


def _in_a_worker(work):
    """Run ``work`` on another thread; its result (or exception) once it ends."""
    outcome: dict[str, object] = {}

    def run() -> None:
        outcome["result"] = work()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _stale() -> None:
    give_way._pulse.last = time.monotonic() - give_way.STALE_S - 0.01


def test_nothing_waits_without_a_pulse():
    _stale()
    thread, outcome = _in_a_worker(give_way.give_way)
    thread.join(2)
    assert outcome["result"] == 0.0
    assert give_way.given_way() == (0, 0.0)


def test_a_worker_goes_on_while_the_gui_thread_beats():
    give_way.start(OWNER)
    thread, outcome = _in_a_worker(give_way.give_way)
    thread.join(2)
    assert outcome["result"] == 0.0


def test_a_worker_waits_for_a_busy_gui_thread_until_it_beats_again():
    give_way.start(OWNER)
    _stale()  # the GUI thread has been busy for a while
    thread, outcome = _in_a_worker(lambda: (give_way.give_way(), time.monotonic()))
    time.sleep(0.1)
    assert thread.is_alive()  # still waiting: the GUI thread has not beaten
    back = time.monotonic()
    give_way.beat()
    thread.join(5)
    waited, went_on = outcome["result"]
    assert went_on >= back and waited >= 0.1
    assert give_way.given_way()[0] == 1


def test_a_worker_waits_at_most_a_while(monkeypatch):
    monkeypatch.setattr(give_way, "MAX_WAIT_S", 0.05)
    give_way.start(OWNER)
    _stale()
    thread, outcome = _in_a_worker(give_way.give_way)
    thread.join(5)
    assert 0.04 <= outcome["result"] < 2.0


def test_a_silent_pulse_is_none(monkeypatch):
    """A GUI thread blocked for long (waiting for the workers themselves) or a runner gone
    without stopping its pulse: the workers go on."""
    monkeypatch.setattr(give_way, "SILENT_S", 0.5)
    give_way.start(OWNER)
    give_way._pulse.last = time.monotonic() - 1.0
    thread, outcome = _in_a_worker(give_way.give_way)
    thread.join(2)
    assert outcome["result"] == 0.0


def test_the_gui_thread_itself_never_waits():
    give_way.start(OWNER)  # this thread beats ...
    _stale()
    assert give_way.give_way() == 0.0  # ... and goes on


def test_a_pulse_stopped_lets_a_waiting_worker_go_at_once():
    give_way.start(OWNER)
    give_way.start(OWNER + 1)
    _stale()
    thread, outcome = _in_a_worker(give_way.give_way)
    time.sleep(0.05)
    give_way.stop(OWNER)
    time.sleep(0.05)
    assert thread.is_alive()  # the other owner still beats (stale)
    give_way.stop(OWNER + 1)
    thread.join(2)
    assert not thread.is_alive() and not give_way.active()


def test_a_statement_on_a_worker_waits_for_the_busy_gui_thread(tmp_path):
    """The database's hook: every statement a worker sends looks at the pulse first."""
    db = Database(f"sqlite:///{tmp_path / 'plain.db'}")
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("select 1")).scalar() == 1  # connected first
        give_way.start(OWNER)
        _stale()

        def statement() -> float:
            with db.engine.connect() as connection:
                connection.execute(text("select 1"))
            return time.monotonic()

        thread, outcome = _in_a_worker(statement)
        time.sleep(0.1)
        assert thread.is_alive()
        back = time.monotonic()
        give_way.beat()
        thread.join(5)
        assert outcome["result"] >= back
        # The GUI thread's own statements (tests, the administrator's commands) never wait.
        _stale()
        with db.engine.connect() as connection:
            assert connection.execute(text("select 1")).scalar() == 1
    finally:
        give_way.stop(OWNER)
        db.dispose()


def test_a_transaction_that_holds_locks_no_longer_gives_way(tmp_path, monkeypatch):
    """Once a transaction changed rows (or read them to change them) other desks wait for
    its locks: it does not pause for the GUI thread any more, until it ends."""
    from carebot_desktop.data import database

    asked: list[int] = []
    monkeypatch.setattr(database, "give_way", lambda: asked.append(1) or 0.0)
    db = Database(f"sqlite:///{tmp_path / 'plain.db'}")
    try:
        with db.transaction() as session:
            session.execute(text("create table t (a integer)"))
        asked.clear()
        with db.transaction() as session:
            session.execute(text("select count(*) from t"))
            assert len(asked) == 1  # a read: gives way
            session.execute(text("insert into t values (1)"))
            assert len(asked) == 2  # before its first lock: still
            session.execute(text("select count(*) from t"))
            session.execute(text("update t set a = 2"))
            assert len(asked) == 2  # holding it: no more
        with db.transaction() as session:
            session.execute(text("select count(*) from t"))
            assert len(asked) == 3  # a new transaction gives way again
        with pytest.raises(RuntimeError), db.transaction() as session:
            session.execute(text("delete from t"))
            raise RuntimeError("rolled back")
        with db.transaction() as session:
            session.execute(text("select count(*) from t"))
            assert len(asked) == 5  # and after a rollback
    finally:
        db.dispose()

    class Connection:  # a locking read of MariaDB's, as care.py and members.py make them
        info: dict[str, object] = {}

    connection = Connection()
    asked.clear()
    for statement in (
        "SELECT a FROM notifications WHERE `index` = 1 FOR UPDATE",
        "SELECT 1",
    ):
        database._give_way(connection, None, statement, None, None, False)  # type: ignore[arg-type]
    assert len(asked) == 1
    database._locks_released(connection)  # type: ignore[arg-type]
    database._give_way(connection, None, "SELECT 1 LOCK IN SHARE MODE", None, None, False)  # type: ignore[arg-type]
    database._give_way(connection, None, "SELECT 1", None, None, False)  # type: ignore[arg-type]
    assert len(asked) == 2
