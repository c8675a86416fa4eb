"""Reads on a MariaDB replica (issue 21, part 1): a real primary and a real GTID replica
(``tests/replica_mariadb.py``). Which server answered is told by ``@@server_id`` (1 the
primary, 2 the replica) or by a row written on the replica alone."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from carebot_desktop.data import Database, provisioning
from carebot_desktop.data.replica import ReplicaRouter
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService
from carebot_desktop.services.charts import status_bundle
from tests import replica_mariadb
from tests.replica_mariadb import ReplicaPair, free_ports
from tests.unit.services.test_database_enforced import LOGIN_PASSWORD, PASSWORD, Place

pytestmark = pytest.mark.mariadb
replica_pair = replica_mariadb.replica_pair  # the fixture: a primary and its replica
ONLY_ON_REPLICA = 2_000_000_000  # an index the primary never reaches in these tests


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _router(clock: Clock, **kwargs: float) -> ReplicaRouter:
    settings = {"max_lag": 5.0, "check_every": 1.0, "recheck_after": 10.0, "own_writes_for": 2.0}
    return ReplicaRouter(**{**settings, **kwargs}, clock=clock)


@pytest.fixture(scope="module")
def place(replica_pair: ReplicaPair):
    """The desktop's schema and two families with people, made on the primary, each
    person with their own database login; all replicated."""
    found = Place(replica_pair.primary.url())
    replica_pair.wait_caught_up()
    yield found
    found.close()


def _desk(pair: ReplicaPair, clock: Clock, **kwargs: float) -> Database:
    return Database(
        pair.primary.url(),
        read_url=pair.replica.url(),
        replica=_router(clock, **kwargs),
        ping_after_idle=0,
    )


def _server(session) -> int:
    return int(session.scalar(text("SELECT @@server_id")))


def _insert_heart_rate(server, family: str, rate: int, index: int | None = None) -> None:
    columns = (
        "(`index`, family_id, heart_rate, reported_at)"
        if index
        else "(family_id, heart_rate, reported_at)"
    )
    values = (
        f"({index}, '{family}', {rate}, UTC_TIMESTAMP())"
        if index
        else f"('{family}', {rate}, UTC_TIMESTAMP())"
    )
    server.sql(f"INSERT INTO carebot.healthstatus {columns} VALUES {values}")


def test_the_schema_made_on_the_primary_is_on_the_replica(replica_pair, place):
    tables = (
        "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = '{}'"
    )
    for schema in ("carebot", place.views):
        on_primary = set(replica_pair.primary.sql(tables.format(schema)))
        assert on_primary
        assert set(replica_pair.replica.sql(tables.format(schema))) == on_primary
    assert ("desktop_status_rollup", "BASE TABLE") in set(
        replica_pair.replica.sql(tables.format("carebot"))
    )


def test_reads_that_tolerate_lag_go_to_the_replica_and_nothing_else_does(replica_pair, place):
    clock = Clock()
    db = _desk(replica_pair, clock)
    try:
        assert str(db.read_route()) == "replica"  # nothing measured yet: presumed well
        with db.read_transaction() as session:
            assert _server(session) == 1  # outside a replica scope: the primary
        with db.unit_of_work() as primary, db.replica_reads():
            assert _server(primary) == 1
            with db.read_transaction() as session:
                assert _server(session) == 2
            with db.transaction() as session:  # an ordinary read or write: the primary
                assert _server(session) == 1
            with db.read_transaction() as session:  # the same replica transaction
                assert _server(session) == 2
        assert str(db.read_route()) == "replica"
        # the connector's own reads: a row present on the replica alone
        _insert_heart_rate(replica_pair.replica, place.family, 151, ONLY_ON_REPLICA)
        try:
            with db.replica_reads():
                assert db.status.get_latest_health_status(place.family)["heart_rate"] == 151
                day = utcnow() - timedelta(hours=1)
                rates = [r["heart_rate"] for r in db.status.get_health_status(place.family, day)]
                assert 151 in rates
            # outside the scope, and the poll's reads inside it, stay on the primary
            assert db.status.get_latest_health_status(place.family)["heart_rate"] == 70
            with db.replica_reads():
                after = db.notifications.get_notifications_after([place.family], 0)
                assert after and all(r["family_id"] == place.family for r in after)
        finally:
            replica_pair.replica.sql(
                f"DELETE FROM carebot.healthstatus WHERE `index` = {ONLY_ON_REPLICA}"
            )
    finally:
        db.dispose()


def test_ones_own_change_is_read_back_at_once(replica_pair, place):
    clock = Clock()
    db = _desk(replica_pair, clock)
    other = _desk(replica_pair, clock)  # another desk, which wrote nothing
    replica_pair.stop_applying()
    try:
        db.status.create_health_status({"family_id": place.family, "heart_rate": 99})
        with db.replica_reads():
            assert db.status.get_latest_health_status(place.family)["heart_rate"] == 99
            with db.read_transaction() as session:
                assert _server(session) == 1
        with other.replica_reads():  # the replica has not applied it: the other desk
            assert other.status.get_latest_health_status(place.family)["heart_rate"] != 99
        assert str(db.read_route()) == "replica"  # the replica is not skipped for it
        clock.advance(2.5)  # past the moment: this desk reads the replica again
        with db.replica_reads():
            assert db.status.get_latest_health_status(place.family)["heart_rate"] != 99
        # book-keeping writes (a sign-in's session, the audit log) are not a change to see
        service = CarebotService(db, None, bcrypt_cost=4)
        service.login("member@carebot.test", PASSWORD)
        with db.replica_reads(), db.read_transaction() as session:
            assert _server(session) == 2
    finally:
        replica_pair.start_applying()
        replica_pair.wait_caught_up()
        db.dispose()
        other.dispose()


def test_a_lagging_replica_is_skipped_until_it_catches_up(replica_pair, place):
    clock = Clock()
    db = _desk(replica_pair, clock)  # lag bound 5 s, measured at most every second
    replica_pair.stop_applying()
    try:
        _insert_heart_rate(replica_pair.primary, place.family, 88)  # another desk's robot
        with db.replica_reads():  # first seen missing now: lag 0 s so far
            assert db.status.get_latest_health_status(place.family)["heart_rate"] != 88
        assert str(db.read_route()) == "replica"
        clock.advance(3)
        with db.replica_reads(), db.read_transaction() as session:
            assert _server(session) == 2  # 3 s behind: within the bound
        clock.advance(3)
        with db.replica_reads():
            assert db.status.get_latest_health_status(place.family)["heart_rate"] == 88
        route = db.read_route()
        assert (route.server, route.reason) == ("primary", "lagging")
        assert str(route) == "primary (replica lagging 6 s)"
        clock.advance(0.5)  # no new check due: still the primary, no round trip to ask
        with db.replica_reads(), db.read_transaction() as session:
            assert _server(session) == 1
        replica_pair.start_applying()
        replica_pair.wait_caught_up()
        clock.advance(1)
        with db.replica_reads(), db.read_transaction() as session:
            assert _server(session) == 2
        assert str(db.read_route()) == "replica"
    finally:
        replica_pair.start_applying()
        db.dispose()


def test_a_replica_that_is_down_is_skipped_and_tried_again(replica_pair, place):
    clock = Clock()
    (nowhere,) = free_ports(1)
    absent = Database(
        replica_pair.primary.url(),
        read_url=make_url(replica_pair.replica.url()).set(port=nowhere),
        replica=_router(clock),
        connect_timeout=2,
    )
    db = _desk(replica_pair, clock)
    try:
        with absent.replica_reads(), absent.read_transaction() as session:
            assert _server(session) == 1
        assert str(absent.read_route()) == "primary (replica unreachable)"
        with db.replica_reads(), db.read_transaction() as session:
            assert _server(session) == 2  # the pool now holds a replica connection
        replica_pair.replica_down()
        clock.advance(1)
        with db.replica_reads():
            assert db.status.get_latest_health_status(place.family)["heart_rate"] > 0
            with db.read_transaction() as session:
                assert _server(session) == 1
        assert str(db.read_route()) == "primary (replica unreachable)"
        replica_pair.replica_up()
        clock.advance(5)  # not yet tried again
        with db.replica_reads(), db.read_transaction() as session:
            assert _server(session) == 1
        clock.advance(6)
        with db.replica_reads(), db.read_transaction() as session:
            assert _server(session) == 2
        assert str(db.read_route()) == "replica"
    finally:
        replica_pair.replica_up()
        replica_pair.wait_caught_up()
        absent.dispose()
        db.dispose()


def test_a_person_s_own_login_reads_through_the_replica(replica_pair, place):
    """The login and its grants replicated: the status screen of a person signed in
    through their own login comes from the replica, the sign-in from the primary."""
    clock = Clock()
    login = make_url(place.urls["member"])
    db = Database(
        login,
        read_url=login.set(port=replica_pair.replica.port),
        replica=_router(clock),
        ping_after_idle=0,
    )
    _insert_heart_rate(replica_pair.replica, place.family, 152, ONLY_ON_REPLICA)
    try:
        assert db.secured
        service = CarebotService(db, None, bcrypt_cost=4)
        session = service.login("member@carebot.test", PASSWORD)
        api = service.as_user(session["session_id"])
        end = utcnow()
        status_bundle(api, place.family, end - timedelta(hours=2), end)  # pools warm
        statements: dict[str, list[str]] = {"primary": [], "replica": []}
        for name, engine in (("primary", db.engine), ("replica", db._read_engine)):
            event.listen(
                engine,
                "before_cursor_execute",
                lambda _c, _cu, sql, *_rest, into=statements[name]: into.append(sql),
            )
        bundle = status_bundle(api, place.family, end - timedelta(hours=2), end)
        assert bundle.latest["heart_rate"].value == 152
        # the caller check on the primary; the screen's readings, series, reports and
        # the elder's usual on the replica (one read-only transaction)
        assert any("loginsessions" in sql for sql in statements["primary"])
        replica_reads = " ".join(statements["replica"])
        for table in ("healthstatus", "homestatus", "mentalreports", "desktop_watch_baselines"):
            assert table in replica_reads
            assert not any(table in sql for sql in statements["primary"])
        assert "loginsessions" not in replica_reads
        assert str(db.read_route()) == "replica"
        # the same call outside the status screen: the primary's newest reading
        assert api.status.get_latest_health_status(place.family)["heart_rate"] != 152
        # the replica refuses the login what the primary refuses it
        with db.replica_reads(), db.read_transaction() as read:
            assert _server(read) == 2
            found = read.execute(text("SELECT COUNT(*) FROM accounts")).scalar()
            assert found is not None and found < len(place.ids)
        assert isinstance(bundle.start, datetime)
    finally:
        replica_pair.replica.sql(
            f"DELETE FROM carebot.healthstatus WHERE `index` = {ONLY_ON_REPLICA}"
        )
        db.dispose()
    assert LOGIN_PASSWORD and provisioning.logins(place.admin)


def test_the_offline_copy_syncs_from_the_replica(replica_pair, place, tmp_path, monkeypatch):
    from carebot_desktop.config.secrets import MemorySecretStore
    from carebot_desktop.services import offline as off

    monkeypatch.setenv("CAREBOT_DATA_DIR", str(tmp_path / "data"))
    login = make_url(place.urls["member"])
    db = Database(
        login,
        read_url=login.set(port=replica_pair.replica.port),
        replica=_router(Clock()),
        ping_after_idle=0,
    )
    _insert_heart_rate(replica_pair.replica, place.family, 153, ONLY_ON_REPLICA)
    cache = None
    try:
        service = CarebotService(db, None, bcrypt_cost=4)
        session = service.login("member@carebot.test", PASSWORD)
        api = service.as_user(session["session_id"])
        cache = off.open_user_cache(
            "server", "member@carebot.test", off.CacheKeys(MemorySecretStore()), PASSWORD
        )
        moved = off.sync(api, cache, session["user_id"], session["session_id"], now=utcnow())
        assert moved["families"] == 1 and moved["status_days"] >= 1
        offline = off.OfflineApi(cache, session["session_id"], session["user_id"])
        assert offline.status.get_latest_health_status(place.family)["heart_rate"] == 153
        assert str(db.read_route()) == "replica"
    finally:
        if cache is not None:
            cache.close()
        replica_pair.replica.sql(
            f"DELETE FROM carebot.healthstatus WHERE `index` = {ONLY_ON_REPLICA}"
        )
        db.dispose()
