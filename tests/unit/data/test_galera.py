"""A Galera cluster behind HAProxy (issue 21): three real nodes and a real HAProxy
(``tests/galera_mariadb.py``). Which node answered is told by ``@@wsrep_node_name``; a row
is looked for on each node directly (bypassing HAProxy) after ``wsrep_sync_wait``, so a
node that has not yet applied what the cluster committed is waited for, not missed.

Every test leaves three Synced nodes behind it (the ``whole_cluster`` fixture restarts a
node a test killed), so the tests stay independent of their order."""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pymysql
import pytest
from sqlalchemy import event

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import CarebotError, ConflictError, Database, DatabaseUnavailableError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService, UserApi
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.passwords import hash_password
from carebot_desktop.services.sessions import new_token, token_to_xid
from tests import galera_mariadb
from tests.galera_mariadb import GaleraCluster

pytestmark = pytest.mark.mariadb
galera_cluster = galera_mariadb.galera_cluster  # the fixture: three nodes and HAProxy
# HAProxy checks every 300 ms and marks a node down after two failed checks: a new
# connection must reach another node well within this (measured: under a second).
FAILOVER_BOUND = 5.0
PASSWORD = "correct horse 1"
TEST_COST = 4  # bcrypt's minimum: the tests check behaviour, not bcrypt's slowness


class ClusterPlace:
    """The desktop's schema made through HAProxy: a family (the elder ``main``) and two
    care-centre caregivers, ``care_a`` and ``care_b``, members of it."""

    def __init__(self, cluster: GaleraCluster) -> None:
        self.cluster = cluster
        self.schema = cluster.create_schema()
        self.url = cluster.schema_url(self.schema)
        self.admin = Database(self.url, ping_after_idle=0)
        self.admin.create_schema()
        self.ids: dict[str, str] = {}
        hashed = hash_password(PASSWORD, cost=TEST_COST)
        for name, role, user_name in (
            ("main", "main", "김순자"),
            ("care_a", "sub", "박지은"),
            ("care_b", "sub", "이민호"),
        ):
            self.ids[name] = self.admin.accounts.create_account(
                {
                    "email": f"{name}@carebot.test",
                    "password": hashed,
                    "role": role,
                    "user_name": user_name,
                    "birth_date": "1941-03-02",
                    "gender": "female",
                    "address": "서울특별시 종로구",
                }
            )
        self.family = self.admin.families.create_family(
            {"main_user": self.ids["main"], "family_name": "F"}
        )
        for name in ("care_a", "care_b"):
            self.admin.members.create_member({"family_id": self.family, "user_id": self.ids[name]})
        self._open: list[Database] = []

    def desk(self, name: str, node: int | None = None) -> tuple[Database, UserApi]:
        """A desk signed in as ``name``: its own pool, through HAProxy (or straight to
        ``node``), and the permission-checked API the screens and the poller use."""
        db = Database(self.cluster.schema_url(self.schema, node), ping_after_idle=0)
        self._open.append(db)
        token = new_token()
        db.auth.create_session({"xid": token_to_xid(token), "user_id": self.ids[name]})
        service = CarebotService(db, MemorySecretStore(), bcrypt_cost=TEST_COST, host=name)
        return db, service.as_user(token)

    def count_on(self, node: int, table: str, where: str = "1") -> int:
        """Rows of ``table`` matching ``where`` on node ``node`` (after it applied what
        the cluster committed before)."""
        rows = self.cluster.nodes[node].sql(
            f"SELECT COUNT(*) FROM `{self.schema}`.`{table}` WHERE {where}", sync_wait=True
        )
        return int(rows[0][0])

    def rows_on(self, node: int, sql: str) -> list[tuple[Any, ...]]:
        """``sql`` (``{s}`` stands for the schema) on node ``node``, after it applied what
        the cluster committed before."""
        return self.cluster.nodes[node].sql(sql.format(s=f"`{self.schema}`"), sync_wait=True)

    def close(self) -> None:
        for db in self._open:
            db.dispose()
        self.admin.dispose()
        self.cluster.drop_schema(self.schema)


@pytest.fixture(autouse=True)
def whole_cluster(galera_cluster: GaleraCluster) -> Iterator[GaleraCluster]:
    """Three Synced nodes before the test and again after it (a node it killed is
    restarted and has caught up)."""
    galera_cluster.wait_synced()
    yield galera_cluster
    for node in galera_cluster.nodes:
        if not node.alive:
            galera_cluster.restart(node.index)
    galera_cluster.wait_synced()


@pytest.fixture(scope="module")
def place(galera_cluster: GaleraCluster) -> Iterator[ClusterPlace]:
    built = ClusterPlace(galera_cluster)
    yield built
    built.close()


def test_the_cluster_has_three_synced_members_behind_haproxy(galera_cluster):
    for node in galera_cluster.nodes:
        assert node.status("wsrep_cluster_size") == "3"
        assert node.status("wsrep_local_state_comment") == "Synced"
        assert node.status("wsrep_cluster_status") == "Primary"
        assert node.status("wsrep_ready") == "ON"
        assert galera_cluster.which_node(galera_cluster.node_url(node.index)) == node.index
    # one cluster, not three: every node names the same state UUID
    states = {node.status("wsrep_cluster_state_uuid") for node in galera_cluster.nodes}
    assert len(states) == 1
    assert galera_cluster.proxy_up() == {0, 1, 2}
    assert galera_cluster.active_node() == 0
    # every new connection through HAProxy goes to the active node, none to a backup
    assert {galera_cluster.which_node(galera_cluster.url) for _ in range(10)} == {0}


def test_the_desktop_schema_and_the_robots_writes_through_haproxy_reach_every_node(place):
    robot = Database(place.url, ping_after_idle=0)
    try:
        with robot.transaction() as session:
            assert place.cluster.which_node(session) == 0
        now = utcnow()
        robot.status.create_health_status(
            {"family_id": place.family, "heart_rate": 71, "reported_at": now}
        )
        robot.status.create_home_status(
            {"family_id": place.family, "temperature": 24.5, "humidity": 40, "reported_at": now}
        )
        robot.status.bulk_create_status(
            "health",
            [
                {"family_id": place.family, "heart_rate": 60 + i, "reported_at": now}
                for i in range(5)
            ],
        )
        index = robot.notifications.create_notification(
            {"family_id": place.family, "notification_grade": "crit", "description": "낙상감지"}
        )
    finally:
        robot.dispose()
    tables = place.admin.table_names()
    for node in range(3):
        # the schema the desktop made is on every node, every table of it InnoDB
        on_node = place.cluster.nodes[node].sql(
            "SELECT TABLE_NAME, ENGINE FROM information_schema.TABLES "
            f"WHERE TABLE_SCHEMA = '{place.schema}' AND TABLE_TYPE = 'BASE TABLE'",
            sync_wait=True,
        )
        assert {name for name, _ in on_node} == set(tables)
        assert {engine for _, engine in on_node} == {"InnoDB"}
        assert place.count_on(node, "healthstatus", f"family_id = '{place.family}'") >= 6
        assert place.count_on(node, "homestatus", f"family_id = '{place.family}'") >= 1
        assert place.count_on(node, "notifications", f"`index` = {index}") == 1


def test_killing_the_active_node_moves_new_connections_to_the_next(galera_cluster, place):
    active = galera_cluster.active_node()
    assert active == 0
    galera_cluster.kill(active)
    moved_in = galera_cluster.seconds_until_proxy_moves(active)
    print(f"HAProxy sent new connections to another node {moved_in:.2f} s after the kill")
    assert moved_in < FAILOVER_BOUND
    assert galera_cluster.which_node(galera_cluster.url) == 1  # the first backup
    # the remaining two are still a primary component and take writes
    for node in (1, 2):
        assert galera_cluster.nodes[node].status("wsrep_cluster_status") == "Primary"


def test_a_connection_to_the_killed_node_is_cut_not_left_hanging(galera_cluster, place):
    """A session open through HAProxy on the node that dies fails at once on its next
    statement (the server is gone, HAProxy cut the client side): it does not wait for a
    timeout."""
    connection = pymysql.connect(
        host="127.0.0.1", port=galera_cluster.proxy_port, user="root", read_timeout=20
    )
    try:
        assert galera_cluster.which_node(connection) == 0
        galera_cluster.kill(0)
        began = time.monotonic()
        with pytest.raises(pymysql.err.OperationalError), connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        assert time.monotonic() - began < 2.0
    finally:
        connection.close()


def test_the_killed_node_rejoins_with_what_was_written_meanwhile(galera_cluster, place):
    robot = Database(place.url, ping_after_idle=0)
    try:
        galera_cluster.kill(0)
        galera_cluster.seconds_until_proxy_moves(0)
        robot.engine.dispose()  # the pool's connections were on the dead node
        written = []
        for rate in (81, 82, 83):
            written.append(
                robot.status.create_health_status(
                    {
                        "family_id": place.family,
                        "heart_rate": rate,
                        "reported_at": utcnow() - timedelta(seconds=1),
                    }
                )
            )
        written_alert = robot.notifications.create_notification(
            {"family_id": place.family, "notification_grade": "warn", "description": "심박 이상"}
        )
        with robot.transaction() as session:
            assert galera_cluster.which_node(session) == 1
    finally:
        robot.dispose()
    took = galera_cluster.restart(0)
    print(f"the killed node was Synced again {took:.2f} s after it was started")
    listed = ",".join(str(i) for i in written)
    assert place.count_on(0, "healthstatus", f"`index` IN ({listed})") == 3
    assert place.count_on(0, "notifications", f"`index` = {written_alert}") == 1
    # HAProxy sends new connections to node 0 again once it is up
    assert galera_cluster.active_node() == 0
    assert galera_cluster.which_node(galera_cluster.url) == 0


# -- scenarios: the desk across a node's loss, and desks on different nodes ----------------


class Robot(threading.Thread):
    """A robot writing alerts on one server (a node directly, or HAProxy) until stopped,
    each in its own transaction held open 0-200 ms before the COMMIT (a slow link), so
    rows commit out of their index order. Notes each index whose COMMIT returned, and each
    whose COMMIT's answer was lost (in the database or not: unknown)."""

    def __init__(self, port: int, schema: str, family: str, seed: int) -> None:
        super().__init__(daemon=True)
        self.port, self.schema, self.family = port, schema, family
        self.random = random.Random(seed)
        self.committed: list[int] = []
        self.unknown: list[int] = []
        self.failures = 0
        self.running = True

    def run(self) -> None:
        connection = None
        while self.running:
            index = None
            try:
                if connection is None:
                    connection = pymysql.connect(
                        host="127.0.0.1",
                        port=self.port,
                        user="root",
                        database=self.schema,
                        autocommit=False,
                        connect_timeout=2,
                        read_timeout=10,
                        write_timeout=10,
                    )
                with connection.cursor() as cursor:
                    cursor.execute(
                        "INSERT INTO notifications (family_id, notification_grade, descriptions,"
                        " created_at, is_read) VALUES (%s, 'CRIT', '낙상감지', UTC_TIMESTAMP(), 0)",
                        (self.family,),
                    )
                    index = int(cursor.lastrowid)
                time.sleep(self.random.uniform(0, 0.2))
                try:
                    connection.commit()
                except pymysql.MySQLError:
                    self.unknown.append(index)
                    raise
                self.committed.append(index)
            except pymysql.MySQLError:
                self.failures += 1
                if connection is not None:
                    with contextlib.suppress(Exception):
                        connection.close()
                connection = None
                time.sleep(0.2)
        if connection is not None:
            with contextlib.suppress(Exception):
                connection.close()


def _kill_at_the_next_poll(db: Database, cluster: GaleraCluster, node: int) -> dict[str, Any]:
    """Arm the desk's engine: the next read of new notifications kills ``node`` just
    before the statement goes out (the poll is under way: its caller check done, its
    connection on the node). What happened is noted in the returned dict."""
    armed: dict[str, Any] = {"armed": True, "killed_at": None}

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if armed["armed"] and "FROM notifications" in statement and "`index` >" in statement:
            armed["armed"] = False
            cluster.kill(node)
            armed["killed_at"] = time.monotonic()

    event.listen(db.engine, "before_cursor_execute", before)
    armed["remove"] = lambda: event.remove(db.engine, "before_cursor_execute", before)
    return armed


def test_no_alert_missed_or_twice_when_the_node_under_the_desk_dies_during_a_poll(
    galera_cluster, place
):
    """Robots write alerts on all three nodes and through HAProxy while the desk's
    AlertFeed (the real one, through the desk's permission-checked API, with its real
    recheck window) polls through HAProxy; the active node dies in the middle of a poll.
    Galera numbers rows per node (``wsrep_auto_increment_control``: node 0 1, 4, 7, ...,
    node 1 2, 5, 8, ...) and they commit in the cluster's order, not the index's: rows
    below an index already delivered keep arriving. Every alert in the database is
    delivered, none twice, and the poll the node died under answers from another node."""
    assert galera_cluster.active_node() == 0
    db, api = place.desk("care_a")
    feed = AlertFeed(api, [place.family])
    assert feed.poll() == []  # the first poll notes "now"
    start = feed.cursor or 0
    increments = {
        galera_cluster.nodes[i].sql("SELECT @@auto_increment_offset, @@auto_increment_increment")[0]
        for i in range(3)
    }
    assert {step for _, step in increments} == {3}  # Galera interleaves the nodes' indexes
    assert len({offset for offset, _ in increments}) == 3
    ports = [n.port for n in galera_cluster.nodes] + [galera_cluster.proxy_port]
    robots = [Robot(port, place.schema, place.family, seed) for seed, port in enumerate(ports)]
    for robot in robots:
        robot.start()
    delivered: list[int] = []
    late = 0  # rows delivered below an index an earlier poll delivered
    failed_polls: list[str] = []
    kill = None
    poll_at_kill: float | None = None
    began = time.monotonic()
    try:
        while time.monotonic() - began < 8:
            if kill is None and time.monotonic() - began > 2.5:
                kill = _kill_at_the_next_poll(db, galera_cluster, 0)
            polled_at = time.monotonic()
            try:
                rows = feed.poll()
            except DatabaseUnavailableError as error:
                failed_polls.append(str(error))
                rows = []
            if kill is not None and kill["killed_at"] is not None and poll_at_kill is None:
                poll_at_kill = time.monotonic() - polled_at
            newest = max(delivered, default=start)
            indexes = [int(r["index"]) for r in rows]
            late += sum(1 for i in indexes if i < newest)
            delivered.extend(indexes)
            time.sleep(0.1)
    finally:
        for robot in robots:
            robot.running = False
        for robot in robots:
            robot.join(30)
        if kill is not None:
            kill["remove"]()
    assert kill is not None and kill["killed_at"] is not None, "no poll ran after arming"
    print(
        f"the poll the node died under took {poll_at_kill:.2f} s; failed polls: "
        f"{len(failed_polls)}; rows late below a delivered index: {late}; "
        f"retries: {db.failover.stats.retries}"
    )
    # Polls after the robots stopped collect what committed last (applied on the node
    # the desk now reads from within the recheck window).
    survivor = galera_cluster.active_node()
    assert survivor in (1, 2)
    written_sql = (
        "SELECT `index` FROM {s}.notifications "
        f"WHERE family_id = '{place.family}' AND `index` > {start}"
    )
    in_database = {int(i) for (i,) in place.rows_on(survivor, written_sql)}
    deadline = time.monotonic() + 15
    while set(delivered) != in_database and time.monotonic() < deadline:
        delivered.extend(int(r["index"]) for r in feed.poll())
        time.sleep(0.2)
    committed = {i for robot in robots for i in robot.committed}
    unknown = {i for robot in robots for i in robot.unknown}
    assert len(delivered) == len(set(delivered)), "an alert was delivered twice"
    assert committed <= set(delivered), "a committed alert was missed"
    assert set(delivered) == in_database  # every row there, nothing that is not there
    assert set(delivered) - committed <= unknown  # what else came had a lost COMMIT answer
    assert {robot.port for robot in robots if robot.committed} == set(ports)
    assert late > 0, "the scenario did not make rows commit below a delivered index"
    assert not failed_polls, f"a poll failed across the failover: {failed_polls}"


def _hold_each_take_at_its_commit(dbs: list[Database]) -> threading.Barrier:
    """Each desk's first COMMIT of a take waits until the other desk's take is at its
    COMMIT too: both took the alert on their own node, and Galera's certification, not
    the row lock (which is each node's own), decides."""
    barrier = threading.Barrier(len(dbs), timeout=20)
    for db in dbs:
        state = {"took": False, "held": False}

        def note(_conn: Any, _cursor: Any, statement: str, *_args: Any, state=state) -> None:
            if "desktop_alert_care" in statement and statement.lstrip().upper().startswith(
                "INSERT"
            ):
                state["took"] = True

        def commit(_conn: Any, state=state) -> None:
            if state["took"] and not state["held"]:
                state["held"] = True
                barrier.wait()

        event.listen(db.engine, "before_cursor_execute", note)
        event.listen(db.engine, "commit", commit)
    return barrier


def test_two_desks_on_two_nodes_take_one_alert_one_wins_the_other_is_told(galera_cluster, place):
    db_a, desk_a = place.desk("care_a", node=1)
    db_b, desk_b = place.desk("care_b", node=2)
    assert galera_cluster.which_node(db_a.engine.connect()) == 1
    assert galera_cluster.which_node(db_b.engine.connect()) == 2
    index = place.admin.notifications.create_notification(
        {"family_id": place.family, "notification_grade": "crit", "description": "낙상감지"}
    )
    _hold_each_take_at_its_commit([db_a, db_b])
    outcomes: dict[str, Any] = {}

    def take(name: str, api: UserApi) -> None:
        try:
            outcomes[name] = api.care.take(index)
        except CarebotError as error:  # a refusal, or a failure: the asserts tell which
            outcomes[name] = error

    threads = [
        threading.Thread(target=take, args=("care_a", desk_a)),
        threading.Thread(target=take, args=("care_b", desk_b)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    print(
        f"outcomes: {outcomes}; certification retries: a {db_a.failover.stats.retries}, "
        f"b {db_b.failover.stats.retries}"
    )
    won = [name for name, outcome in outcomes.items() if isinstance(outcome, dict)]
    told = [name for name, outcome in outcomes.items() if isinstance(outcome, ConflictError)]
    assert len(won) == 1 and len(told) == 1, outcomes
    winner, loser = won[0], told[0]
    assert outcomes[winner]["taken_by"] == place.ids[winner]
    refusal = outcomes[loser]
    assert refusal.details["taken_by"] == place.ids[winner]
    assert "has taken this alert" in str(refusal)
    # one holder and one take recorded, the same on every node
    for node in range(3):
        holders = place.rows_on(
            node,
            f"SELECT taken_by, state FROM {{s}}.desktop_alert_care "
            f"WHERE notification_index = {index}",
        )
        assert holders == [(place.ids[winner], "taken")]
        takes = place.rows_on(
            node,
            f"SELECT COUNT(*) FROM {{s}}.desktop_alert_events "
            f"WHERE notification_index = {index} AND kind = 'take'",
        )
        assert takes == [(1,)]


def _kill_at_the_next_commit(
    db: Database, cluster: GaleraCluster, node: int, table: str, in_flight: bool
) -> None:
    """Arm the desk's engine: the next COMMIT of a transaction that inserted into
    ``table`` dies with ``node``. Not ``in_flight``: the node is killed before the COMMIT
    is sent (nothing was saved). ``in_flight``: the other nodes are paused first, so the
    COMMIT reaches the node and waits there for the cluster to order it; the node is
    killed while it waits, and the others resume. Whether the cluster then applies the
    write (its writeset reached them) or not, the desk's answer is lost: it cannot
    tell."""
    state = {"wrote": False, "done": False}
    others = [n.index for n in cluster.nodes if n.index != node]

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT") and table in statement:
            state["wrote"] = True

    def kill_then_resume() -> None:
        cluster.kill(node)
        for other in others:
            cluster.resume(other)

    def commit(_conn: Any) -> None:
        if not state["wrote"] or state["done"]:
            return
        state["done"] = True
        if not in_flight:
            cluster.kill(node)
            return
        for other in others:
            cluster.pause(other)
        threading.Timer(0.3, kill_then_resume).start()

    event.listen(db.engine, "before_cursor_execute", note)
    event.listen(db.engine, "commit", commit)


@pytest.mark.parametrize("in_flight", [False, True], ids=["before-commit", "commit-in-flight"])
def test_a_take_and_a_message_written_as_the_node_under_the_desk_dies_are_saved_once(
    galera_cluster, place, in_flight
):
    """The desk takes an alert, and sends a message, through HAProxy; the active node
    dies at each one's COMMIT (before it is sent, or while the cluster orders it). Each
    is in the database exactly once, on every node: the take (which finds its own hold
    when run again) ran again, the message (which would be sent twice) was looked for
    first."""
    assert galera_cluster.active_node() == 0
    db, desk = place.desk("care_a")
    index = place.admin.notifications.create_notification(
        {"family_id": place.family, "notification_grade": "crit", "description": "낙상감지"}
    )
    _kill_at_the_next_commit(db, galera_cluster, 0, "desktop_alert_care", in_flight)
    state = desk.care.take(index)
    assert state["state"] == "taken" and state["taken_by"] == place.ids["care_a"]
    assert not galera_cluster.nodes[0].alive
    galera_cluster.restart(0)
    assert galera_cluster.active_node() == 0
    db.engine.dispose()  # its connections are on node 1 (HAProxy moves only new ones)
    text = f"어머니, 지금 가고 있어요 ({in_flight})"
    _kill_at_the_next_commit(db, galera_cluster, 0, "messages", in_flight)
    sent = desk.messages.create_message(
        {"from_id": place.ids["care_a"], "to_id": place.ids["main"], "content": text}
    )
    assert not galera_cluster.nodes[0].alive
    stats = db.failover.stats
    print(
        f"in flight {in_flight}: {stats.unknown_commits} commits' answers lost, "
        f"{stats.checks} checks, {stats.found_applied} found applied, {stats.retries} retries"
    )
    for node in (1, 2):
        holders = place.rows_on(
            node,
            f"SELECT taken_by FROM {{s}}.desktop_alert_care WHERE notification_index = {index}",
        )
        assert holders == [(place.ids["care_a"],)]
        takes = f"notification_index = {index} AND kind = 'take'"
        assert place.count_on(node, "desktop_alert_events", takes) == 1
        messages = place.rows_on(
            node, f"SELECT `index` FROM {{s}}.messages WHERE content = '{text}'"
        )
        assert messages == [(sent,)]
    assert stats.unknown_commits == 2  # each COMMIT's answer was lost
    assert stats.checks >= 1  # the message was looked for before being sent again
