"""A server failing under the desk (issue 21): which failures count as a lost connection,
which run the unit of work again, which commits are unknown and checked, and the
back-off's bounds; on a real MariaDB (failures injected as the driver raises them, and
real connections killed or cut) and SQLite."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pymysql
import pytest
from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from carebot_desktop.data import Database
from carebot_desktop.data.driver_errors import (
    DISCONNECT_CODES,
    mark_disconnect,
    translate_error,
)
from carebot_desktop.data.errors import (
    CommitUnknownError,
    ConflictError,
    DatabaseUnavailableError,
    RetryableError,
)
from carebot_desktop.data.failover import Failover, RetryPolicy
from tests.conftest import _server_params
from tests.tcp_proxy import TcpProxy

# Galera's and HAProxy's failure shapes, each as the driver raises it.
LOST = {
    2006: "MySQL server has gone away",
    2013: "Lost connection to MySQL server during query",
    2055: "Lost connection to server at 'reading initial communication packet'",
    1927: "Connection was killed",
    4031: "The client was disconnected by the server because of inactivity",
}
NOT_COMMITTED = {
    1213: "Deadlock found when trying to get lock; try restarting transaction",
    1047: "WSREP has not yet prepared node for application use",
    1205: "Lock wait timeout exceeded; try restarting transaction",
    1053: "Server shutdown in progress",
}


def wrapped(code: int, message: str, invalidated: bool = False) -> sa_exc.OperationalError:
    return sa_exc.OperationalError(
        "SELECT 1", {}, pymysql.err.OperationalError(code, message), invalidated
    )


class FakeTime:
    """A clock that moves only when slept on: the back-off's waits, without waiting."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def fast_policy(fake: FakeTime | None = None, **overrides: Any) -> RetryPolicy:
    fake = fake or FakeTime()
    values: dict[str, Any] = {"clock": fake.clock, "sleep": fake.sleep, "random": lambda: 1.0}
    values.update(overrides)
    return RetryPolicy(**values)


# --- classification -------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted({**LOST, **NOT_COMMITTED}))
def test_every_failure_shape_before_the_commit_runs_again(code):
    message = {**LOST, **NOT_COMMITTED}[code]
    assert isinstance(translate_error(wrapped(code, message)), RetryableError)
    # ... and at the commit of a transaction that only read.
    assert isinstance(
        translate_error(wrapped(code, message), at_commit=True, wrote=False), RetryableError
    )


@pytest.mark.parametrize("code", sorted(LOST))
def test_a_connection_lost_at_the_commit_of_a_write_is_unknown(code):
    found = translate_error(wrapped(code, LOST[code], code > 2000), at_commit=True, wrote=True)
    assert isinstance(found, CommitUnknownError)
    assert isinstance(found, DatabaseUnavailableError)  # the desk's offline handling holds


@pytest.mark.parametrize("code", [1213, 1047])
def test_galera_refusing_the_commit_wrote_nothing(code):
    """A certification failure (1213) or a node that left the cluster (1047) at the
    commit: the transaction was rolled back, so it runs again."""
    found = translate_error(wrapped(code, NOT_COMMITTED[code]), at_commit=True, wrote=True)
    assert type(found) is RetryableError


def test_other_failures_are_not_retried():
    duplicate = sa_exc.IntegrityError(
        "INSERT", {}, pymysql.err.IntegrityError(1062, "Duplicate entry")
    )
    assert isinstance(translate_error(duplicate), ConflictError)
    denied = wrapped(1045, "Access denied for user")
    assert not isinstance(translate_error(denied), RetryableError)
    assert isinstance(translate_error(denied), DatabaseUnavailableError)


class _Context:
    def __init__(self, error: BaseException) -> None:
        self.original_exception = error
        self.is_disconnect = False


@pytest.mark.parametrize("code", sorted(DISCONNECT_CODES))
def test_galera_and_proxy_failures_discard_the_connection(code):
    context = _Context(pymysql.err.OperationalError(code, "x"))
    mark_disconnect(context)  # type: ignore[arg-type]
    assert context.is_disconnect
    for kept in (1213, 1205, 1062):
        context = _Context(pymysql.err.OperationalError(kept, "x"))
        mark_disconnect(context)  # type: ignore[arg-type]
        assert not context.is_disconnect


# --- the retry loop ---------------------------------------------------------------------


def failing(times: int, error: Exception, result: object = "done") -> Callable[[], object]:
    calls = {"n": 0}

    def fn() -> object:
        calls["n"] += 1
        if calls["n"] <= times:
            raise error
        return result

    fn.calls = calls  # type: ignore[attr-defined]
    return fn


def test_back_off_doubles_with_jitter_and_is_bounded():
    fake = FakeTime()
    draws = iter([0.0, 1.0] * 20)
    failover = Failover(fast_policy(fake, random=lambda: next(draws), budget=3.0, attempts=50))
    with pytest.raises(RetryableError):
        failover.run(failing(1000, RetryableError("down")))
    # Between half and all of 50 ms doubling, at most 1 s each; never past the budget.
    assert fake.sleeps[:4] == pytest.approx([0.025, 0.1, 0.1, 0.4])
    assert max(fake.sleeps) <= 1.0
    assert fake.now <= 3.0
    stats = failover.stats
    assert stats.attempts == len(fake.sleeps) + 1
    assert stats.retries == len(fake.sleeps)
    assert stats.gave_up == 1
    assert stats.waited == pytest.approx(fake.now)


def test_tries_are_bounded_too():
    fake = FakeTime()
    failover = Failover(fast_policy(fake, attempts=3))
    fn = failing(10, RetryableError("down"))
    with pytest.raises(RetryableError):
        failover.run(fn)
    assert fn.calls["n"] == 3  # type: ignore[attr-defined]
    assert len(fake.sleeps) == 2


def test_a_retryable_failure_is_tried_again_and_answers():
    fake = FakeTime()
    failover = Failover(fast_policy(fake))
    assert failover.run(failing(2, RetryableError("certification failed"))) == "done"
    assert failover.stats.attempts == 3
    assert len(fake.sleeps) == 2


def test_other_errors_are_raised_at_once():
    failover = Failover(fast_policy())
    fn = failing(1, ConflictError("taken"))
    with pytest.raises(ConflictError):
        failover.run(fn)
    assert fn.calls["n"] == 1  # type: ignore[attr-defined]


def test_an_unknown_commit_is_never_blindly_applied_again():
    failover = Failover(fast_policy())
    fn = failing(1, CommitUnknownError("lost at commit"))
    with pytest.raises(CommitUnknownError):
        failover.run(fn)
    assert fn.calls["n"] == 1  # type: ignore[attr-defined]
    assert failover.stats.unknown_commits == 1


def test_an_idempotent_unit_runs_again_after_an_unknown_commit():
    failover = Failover(fast_policy())
    fn = failing(1, CommitUnknownError("lost at commit"))
    assert failover.run(fn, idempotent=True) == "done"
    assert fn.calls["n"] == 2  # type: ignore[attr-defined]


def test_a_checked_write_found_applied_is_not_run_again():
    failover = Failover(fast_policy())
    fn = failing(1, CommitUnknownError("lost at commit"))
    assert failover.run(fn, check=lambda: (True, "found")) == "found"
    assert fn.calls["n"] == 1  # type: ignore[attr-defined]
    assert (failover.stats.checks, failover.stats.found_applied) == (1, 1)


def test_a_checked_write_not_found_runs_again():
    failover = Failover(fast_policy())
    fn = failing(1, CommitUnknownError("lost at commit"))
    assert failover.run(fn, check=lambda: (False, None)) == "done"
    assert fn.calls["n"] == 2  # type: ignore[attr-defined]
    assert (failover.stats.checks, failover.stats.found_applied) == (1, 0)


def test_a_check_that_cannot_reach_the_server_is_tried_again_then_still_unknown():
    fake = FakeTime()
    failover = Failover(fast_policy(fake, budget=2.0))
    check = failing(2, RetryableError("down"), (True, "found"))
    assert failover.run(failing(1, CommitUnknownError("lost")), check=check) == "found"  # type: ignore[arg-type]
    never = failing(1000, RetryableError("down"))
    with pytest.raises(CommitUnknownError):
        failover.run(failing(1, CommitUnknownError("lost")), check=never)  # type: ignore[arg-type]


# --- on the databases -------------------------------------------------------------------

MARK = "failover_test"


def _counter(db: Database) -> None:
    with db.transaction() as session:
        session.execute(
            text("INSERT INTO desktop_rollup_marks (table_name, upto, seen) VALUES (:t, 0, 0)"),
            {"t": MARK},
        )


def _count(db: Database) -> int:
    with db.transaction() as session:
        return int(
            session.scalar(
                text("SELECT upto FROM desktop_rollup_marks WHERE table_name = :t"), {"t": MARK}
            )
        )


def _add_one(db: Database) -> Callable[[], int]:
    """A write that is not idempotent: run twice, it counts twice."""

    def add() -> int:
        with db.unit_of_work() as session:
            session.execute(
                text("UPDATE desktop_rollup_marks SET upto = upto + 1 WHERE table_name = :t"),
                {"t": MARK},
            )
            return int(
                session.scalar(
                    text("SELECT upto FROM desktop_rollup_marks WHERE table_name = :t"),
                    {"t": MARK},
                )
            )

    return add


@pytest.fixture
def fast(db: Database) -> Iterator[tuple[Database, FakeTime]]:
    fake = FakeTime()
    db.failover.policy = fast_policy(fake)
    _counter(db)
    yield db, fake


def test_run_costs_nothing_on_the_happy_path(fast):
    """No statement added: one unit, one transaction, the same statements."""
    db, fake = fast
    seen: list[str] = []

    def note(_c: object, _cu: object, statement: str, *_rest: object) -> None:
        seen.append(statement.split()[0].upper())

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        assert db.run(_add_one(db)) == 1
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert seen == ["UPDATE", "SELECT"]
    assert db.failover.stats.attempts == 1 and fake.sleeps == []


def test_nested_units_do_not_retry_inside(fast):
    db, _ = fast
    inner = failing(1, RetryableError("down"))
    outer_calls = {"n": 0}

    def outer() -> object:
        outer_calls["n"] += 1
        with db.unit_of_work():
            return db.run(inner)  # inside a unit of work: once

    assert db.run(outer) == "done"
    assert inner.calls["n"] == 2  # type: ignore[attr-defined]
    assert outer_calls["n"] == 2  # the outermost ran again, and the inner with it


class Inject:
    """Raise the driver's error ``code`` at the ``nth`` statement matching ``like`` (or
    at the commit), once: as a server or a proxy failing there."""

    def __init__(
        self, db: Database, code: int, like: str = "", nth: int = 1, naming: str = ""
    ) -> None:
        self.db, self.code, self.like, self.left = db, code, like.upper(), nth
        self.naming = naming.upper()  # ... and naming this (a table), if given
        self.fired = 0

    def statement(
        self, _c: object, _cu: object, statement: str, _p: object, _x: object, _m: bool
    ) -> None:
        upper = statement.upper()
        if self.fired or not upper.startswith(self.like) or self.naming not in upper:
            return
        self.left -= 1
        if self.left == 0:
            self.fired += 1
            raise pymysql.err.OperationalError(self.code, {**LOST, **NOT_COMMITTED}[self.code])

    def __enter__(self) -> Inject:
        event.listen(self.db.engine, "before_cursor_execute", self.statement)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self.statement)


def commit_failing(
    db: Database, monkeypatch: pytest.MonkeyPatch, code: int, *, applied: bool, after: int = 0
) -> dict[str, int]:
    """The next COMMIT (after ``after`` others) fails with ``code`` (after the server
    applied it, if ``applied``: the reply was lost), once."""
    dialect = db.engine.dialect
    real = dialect.do_commit
    fired = {"n": 0, "let_through": after}

    def do_commit(dbapi_connection: Any) -> None:
        if fired["n"] or fired["let_through"]:
            fired["let_through"] = max(0, fired["let_through"] - 1)
            real(dbapi_connection)
            return
        fired["n"] += 1
        if applied:
            real(dbapi_connection)
        else:  # as the server does when it refuses a COMMIT: the transaction is gone
            dbapi_connection.rollback()
        raise pymysql.err.OperationalError(code, {**LOST, **NOT_COMMITTED}[code])

    monkeypatch.setattr(dialect, "do_commit", do_commit)
    return fired


# MariaDB's error codes: on the fresh schema and the production one.
ON_MARIADB = pytest.mark.parametrize(
    "backend",
    [pytest.param(b, marks=pytest.mark.mariadb) for b in ("mariadb", "legacy")],
    indirect=True,
)


@ON_MARIADB
@pytest.mark.parametrize("code", sorted({**LOST, **NOT_COMMITTED}))
def test_a_failure_at_a_statement_runs_the_write_again_once(fast, code):
    db, fake = fast
    with Inject(db, code, "SELECT upto") as inject:
        assert db.run(_add_one(db)) == 1  # the first try's UPDATE was rolled back
    assert inject.fired == 1
    assert _count(db) == 1
    assert db.failover.stats.attempts == 2 and len(fake.sleeps) == 1


@ON_MARIADB
@pytest.mark.parametrize("code", [1213, 1047])
def test_galera_refusing_the_commit_runs_the_write_again(fast, code, monkeypatch):
    db, _ = fast
    fired = commit_failing(db, monkeypatch, code, applied=False)
    assert db.run(_add_one(db)) == 1
    assert fired["n"] == 1 and _count(db) == 1


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_a_commit_lost_in_flight_is_checked_not_applied_twice(fast, applied, monkeypatch):
    db, _ = fast
    commit_failing(db, monkeypatch, 2013, applied=applied)
    with pytest.raises(CommitUnknownError):
        db.run(_add_one(db))  # no check, not idempotent: the caller is told
    assert _count(db) == (1 if applied else 0)

    before = _count(db)
    commit_failing(db, monkeypatch, 2013, applied=applied)

    def check() -> tuple[bool, object]:
        now = _count(db)
        return now > before, now

    assert db.run(_add_one(db), check=check) == before + 1
    assert _count(db) == before + 1  # exactly once, whichever way the commit went
    assert db.failover.stats.checks == 1


def test_a_read_runs_again_even_when_its_commit_was_lost(fast, backend, monkeypatch):
    db, _ = fast
    if backend == "sqlite":
        assert db.run(lambda: _count(db), idempotent=True) == 0
        return
    commit_failing(db, monkeypatch, 2006, applied=False)
    assert db.run(lambda: _count(db)) == 0  # a read's lost commit wrote nothing


# --- real connections killed and cut ------------------------------------------------------


def _root() -> pymysql.Connection:
    return pymysql.connect(**_server_params(), autocommit=True)


def _kill(connection_id: int) -> None:
    root = _root()
    try:
        with root.cursor() as cursor:
            cursor.execute(f"KILL CONNECTION {int(connection_id)}")
    finally:
        root.close()


@pytest.fixture
def server_db(mariadb_url: str) -> Iterator[tuple[Database, FakeTime]]:
    fake = FakeTime()
    database = Database(mariadb_url, retry=fast_policy(fake))
    with database.transaction() as session:
        session.execute(text("DELETE FROM desktop_rollup_marks WHERE table_name = :t"), {"t": MARK})
    _counter(database)
    try:
        yield database, fake
    finally:
        with database.transaction() as session:
            session.execute(
                text("DELETE FROM desktop_rollup_marks WHERE table_name = :t"), {"t": MARK}
            )
        database.dispose()


@pytest.mark.mariadb
def test_a_read_whose_connection_is_killed_is_answered_on_a_fresh_one(server_db):
    db, fake = server_db
    ids: list[int] = []

    def read() -> int:
        with db.unit_of_work() as session:
            ids.append(int(session.scalar(text("SELECT CONNECTION_ID()"))))
            if len(ids) == 1:
                _kill(ids[0])
            return int(session.scalar(text("SELECT 1 + 1")))

    assert db.run(read, idempotent=True) == 2
    assert len(ids) == 2 and ids[0] != ids[1]
    assert db.failover.stats.retries == 1 and len(fake.sleeps) == 1


@pytest.mark.mariadb
def test_a_write_killed_before_its_commit_is_applied_once(server_db):
    db, _ = server_db
    tries = {"n": 0}

    def write() -> None:
        tries["n"] += 1
        with db.unit_of_work() as session:
            session.execute(
                text("UPDATE desktop_rollup_marks SET upto = upto + 1 WHERE table_name = :t"),
                {"t": MARK},
            )
            if tries["n"] == 1:
                _kill(int(session.scalar(text("SELECT CONNECTION_ID()"))))
                session.execute(text("SELECT 1"))

    db.run(write)  # not idempotent: safe to run again only because nothing committed
    assert tries["n"] == 2
    assert _count(db) == 1


@pytest.mark.mariadb
def test_a_connection_killed_while_idle_in_the_pool_is_replaced(server_db):
    db, _ = server_db
    with db.transaction() as session:
        first = int(session.scalar(text("SELECT CONNECTION_ID()")))
    _kill(first)  # idle in the pool now
    time.sleep(0.05)
    assert db.run(lambda: _count(db), idempotent=True) == 0
    with db.transaction() as session:
        assert int(session.scalar(text("SELECT CONNECTION_ID()"))) != first


@pytest.mark.mariadb
def test_a_connection_cut_while_idle_is_replaced_before_use(mariadb_url):
    """Idle past ``ping_after_idle``: pinged at checkout, and a dead one replaced there,
    before any statement meets it (no try fails)."""
    db = Database(mariadb_url, ping_after_idle=0.0, retry=fast_policy())
    try:
        with db.transaction() as session:
            first = int(session.scalar(text("SELECT CONNECTION_ID()")))
        _kill(first)
        time.sleep(0.05)
        with db.transaction() as session:  # no retry around it: the pool replaced it
            assert int(session.scalar(text("SELECT CONNECTION_ID()"))) != first
    finally:
        db.dispose()


def _wait_until_counted(db: Database, value: int) -> None:
    """Until another session sees the counter at ``value`` (the COMMIT was applied)."""
    root = _root()
    try:
        with root.cursor() as cursor:
            for _ in range(200):
                cursor.execute(
                    f"SELECT upto FROM `{db.url.database}`.desktop_rollup_marks "
                    "WHERE table_name = %s",
                    (MARK,),
                )
                found = cursor.fetchone()
                if found is not None and int(found[0]) == value:
                    return
                time.sleep(0.01)
    finally:
        root.close()
    raise AssertionError("the COMMIT never reached the server")


@pytest.mark.mariadb
@pytest.mark.parametrize("applied", [True, False])
def test_a_commit_cut_in_flight_is_checked(mariadb_url, applied, monkeypatch):
    """The COMMIT sent, the link through the proxy cut before its reply (after the server
    applied it, or before the COMMIT reached it): checked, applied exactly once."""
    params = _server_params()
    proxy = TcpProxy(params["host"], params["port"])
    fake = FakeTime()
    db = Database(
        make_url(mariadb_url).set(host="127.0.0.1", port=proxy.port), retry=fast_policy(fake)
    )
    _counter(db)
    dialect = db.engine.dialect
    real = dialect.do_commit
    cut = {"n": 0}

    def do_commit(dbapi_connection: Any) -> None:
        if cut["n"]:
            real(dbapi_connection)
            return
        cut["n"] += 1
        # The COMMIT on the wire, each way 0.3 s long: cut once the server applied it
        # (its reply still on the way back) or at once (it never arrives).
        proxy.delay = 0.3
        dbapi_connection._execute_command(pymysql.constants.COMMAND.COM_QUERY, "COMMIT")
        if applied:
            _wait_until_counted(db, 1)
        proxy.cut()
        proxy.delay = 0.0
        threading.Timer(0.05, proxy.restore).start()
        dbapi_connection._read_ok_packet()

    monkeypatch.setattr(dialect, "do_commit", do_commit)
    try:

        def check() -> tuple[bool, object]:
            now = _count(db)
            return now == 1, now

        fake_sleep = fake.sleep

        def sleep(seconds: float) -> None:  # the proxy comes back after 50 ms
            fake_sleep(seconds)
            time.sleep(0.06)

        db.failover.policy.sleep = sleep
        assert db.run(_add_one(db), check=check) == 1
        assert _count(db) == 1
        stats = db.failover.stats
        assert (stats.unknown_commits, stats.checks) == (1, 1)
        assert stats.found_applied == (1 if applied else 0)
        assert stats.attempts == (1 if applied else 2)
    finally:
        with db.transaction() as session:
            session.execute(
                text("DELETE FROM desktop_rollup_marks WHERE table_name = :t"), {"t": MARK}
            )
        db.dispose()
        proxy.close()


def _sync_wait(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(text("SELECT @@wsrep_sync_wait")))


@pytest.mark.mariadb
def test_a_check_reads_causally_and_the_pool_gets_its_connection_back_as_it_was(mariadb_url):
    """After an unknown commit the proxy may send the desk to a node that has not applied
    the lost node's write set yet: the check waits for it (Galera's wsrep_sync_wait = 1),
    and only the check does."""
    db = Database(mariadb_url, pool_size=1, max_overflow=0, retry=fast_policy())
    try:
        assert _sync_wait(db) == 0
        with db.causal_reads():
            assert _sync_wait(db) == 1
        assert _sync_wait(db) == 0  # the same connection, reset when it went back
        seen: list[int] = []

        def check() -> tuple[bool, object]:
            seen.append(_sync_wait(db))
            return True, "found"

        assert db.run(failing(1, CommitUnknownError("lost")), check=check) == "found"
        assert seen == [1]
        assert _sync_wait(db) == 0
    finally:
        db.dispose()


def test_causal_reads_change_nothing_on_sqlite(sqlite_db):
    with sqlite_db.causal_reads(), sqlite_db.transaction() as session:
        assert session.scalar(text("SELECT 1")) == 1
