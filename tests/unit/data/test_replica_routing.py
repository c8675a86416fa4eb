"""The replica's routing without a server: which statements are one's own change, GTID
positions, the lag bound, the recheck of a replica that was down, and where the read
replica's URL comes from (issue 21, part 1; the real engines: ``test_replica.py``)."""

from __future__ import annotations

import pytest

from carebot_desktop.data import Database
from carebot_desktop.data.replica import (
    NO_REPLICA,
    ReplicaRouter,
    gtid_reached,
    is_visible_write,
    parse_gtid,
)

PRIMARY = "mysql+pymysql://desk:pw@db1.example:3306/carebot"
REPLICA = "mysql+pymysql://desk:pw@db2.example:3307/carebot"


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("statement", "visible"),
    [
        ("INSERT INTO healthstatus (family_id) VALUES (%s)", True),
        ("UPDATE notifications SET is_read = 1", True),
        ("DELETE FROM `messages` WHERE `index` = 3", True),
        ("INSERT INTO desk_w_ack (notification_index) VALUES (1)", True),
        ("CALL desk_care_take(%s, %s)", True),
        ("UPDATE loginsessions SET last_active = %s WHERE xid = %s", False),
        ("INSERT INTO desktop_auditlog (operation) VALUES (%s)", False),
        ("INSERT INTO desk_w_audit (operation) VALUES (%s)", False),
        ("CALL desk_failed_login(%s)", False),
        ("SELECT * FROM healthstatus", False),
        ("SELECT @@gtid_binlog_pos", False),
        ("CREATE TABLE IF NOT EXISTS x (id INT)", True),
    ],
)
def test_which_statements_are_a_change_to_read_back(statement, visible):
    assert is_visible_write(statement) is visible


def test_gtid_positions_are_compared_per_domain():
    assert parse_gtid("0-1-42,1-2-7") == {0: 42, 1: 7}
    assert parse_gtid("") == {}
    assert gtid_reached(parse_gtid("0-1-42"), parse_gtid("0-1-42"))
    assert gtid_reached(parse_gtid("0-1-43,1-1-1"), parse_gtid("0-1-42"))
    assert not gtid_reached(parse_gtid("0-1-41"), parse_gtid("0-1-42"))
    assert not gtid_reached(parse_gtid("0-1-50"), parse_gtid("0-1-42,1-2-7"))
    assert gtid_reached({}, {})  # a primary without a binary log: nothing to wait for


def test_the_lag_is_the_age_of_the_oldest_change_still_missing():
    clock = Clock()
    router = ReplicaRouter(max_lag=10, check_every=2, clock=clock)
    assert router.check_due()
    router.record_check("0-1-10", "0-1-10")
    assert str(router.route()) == "replica" and not router.check_due()
    clock.now += 2
    router.record_check("0-1-20", "0-1-10")  # 20 seen missing now
    assert router.route().lag_seconds == 0
    clock.now += 4
    router.record_check("0-1-30", "0-1-15")  # 20 still missing, 4 s on
    assert router.route().lag_seconds == 4 and router.route().server == "replica"
    clock.now += 7
    router.record_check("0-1-31", "0-1-19")
    assert str(router.route()) == "primary (replica lagging 11 s)"
    clock.now += 2
    router.record_check("0-1-31", "0-1-25")  # 20 applied; 30 missing since 9 s
    assert router.route().lag_seconds == 9 and router.route().server == "replica"
    clock.now += 2
    router.record_check("0-1-31", "0-1-31")
    assert router.route().lag_seconds == 0


def test_one_s_own_change_is_read_from_the_primary_for_a_moment_plus_the_lag():
    clock = Clock()
    router = ReplicaRouter(own_writes_for=2, clock=clock)
    assert not router.reading_own_writes()
    router.record_check("0-1-5", "0-1-1")
    clock.now += 3
    router.record_check("0-1-5", "0-1-1")  # 3 s behind
    router.wrote()
    clock.now += 4.9
    assert router.reading_own_writes()  # 2 s + the 3 s of lag
    clock.now += 0.2
    assert not router.reading_own_writes()


def test_a_replica_that_was_down_is_tried_again_later():
    clock = Clock()
    router = ReplicaRouter(recheck_after=15, check_every=2, clock=clock)
    router.record_unreachable()
    assert str(router.route()) == "primary (replica unreachable)"
    clock.now += 14
    assert not router.check_due()
    clock.now += 1
    assert router.check_due()
    router.record_check("0-1-1", "0-1-1")
    assert str(router.route()) == "replica"


def test_the_read_url_comes_from_the_argument_or_the_environment(monkeypatch):
    monkeypatch.delenv("CAREBOT_DB_READ_URL", raising=False)
    assert Database(PRIMARY).read_route() is NO_REPLICA
    assert str(NO_REPLICA) == "primary" and not NO_REPLICA.configured
    given = Database(PRIMARY, read_url=REPLICA + "?tls=required")
    assert given.read_url is not None and given.read_url.port == 3307
    assert given._read_tls.mode == "required"
    assert given._read_engine is None  # made at its first use, not before
    monkeypatch.setenv("CAREBOT_DB_READ_URL", REPLICA)
    from_env = Database(PRIMARY + "?tls=required")
    assert from_env.read_url is not None and from_env.read_url.host == "db2.example"
    assert from_env._read_tls == from_env.tls  # the primary's TLS when none is given
    assert str(from_env.read_route()) == "replica"
    # the offline copy and the demo (SQLite files) never take the environment's replica
    assert Database("sqlite://").read_route() is NO_REPLICA
    with pytest.raises(ValueError):
        Database("sqlite://", read_url=REPLICA)


def test_without_a_replica_the_reads_are_the_ordinary_transaction(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'one.db'}")
    with db.replica_reads(), db.read_transaction() as session, db.transaction() as same:
        assert same is not session  # no unit of work: each is its own transaction
    with db.unit_of_work() as outer, db.replica_reads(), db.read_transaction() as session:
        assert session is outer
