"""A Galera cluster behind HAProxy (issue 21): three real nodes and a real HAProxy
(``tests/galera_mariadb.py``). Which node answered is told by ``@@wsrep_node_name``; a row
is looked for on each node directly (bypassing HAProxy) after ``wsrep_sync_wait``, so a
node that has not yet applied what the cluster committed is waited for, not missed.

Every test leaves three Synced nodes behind it (the ``whole_cluster`` fixture restarts a
node a test killed), so the tests stay independent of their order."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pymysql
import pytest

from carebot_desktop.data import Database
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.passwords import hash_password
from tests import galera_mariadb
from tests.galera_mariadb import GaleraCluster

pytestmark = [pytest.mark.mariadb, pytest.mark.xdist_group("galera")]
galera_cluster = galera_mariadb.galera_cluster  # the fixture: three nodes and HAProxy
# HAProxy checks every 300 ms and marks a node down after two failed checks: a new
# connection must reach another node well within this (measured: under a second).
FAILOVER_BOUND = 5.0


class ClusterPlace:
    """The desktop's schema made through HAProxy, with a caregiver and one family."""

    def __init__(self, cluster: GaleraCluster) -> None:
        self.cluster = cluster
        self.schema = cluster.create_schema()
        self.url = cluster.schema_url(self.schema)
        self.admin = Database(self.url, ping_after_idle=0)
        self.admin.create_schema()
        accounts = self.admin.accounts
        self.caregiver = accounts.create_account(
            {
                "email": "care@carebot.test",
                "password": hash_password("correct horse 1", cost=4),
                "role": "main",
                "user_name": "박지은",
                "birth_date": "1941-03-02",
                "gender": "female",
                "address": "서울특별시 종로구",
            }
        )
        self.family = self.admin.families.create_family(
            {"main_user": self.caregiver, "family_name": "F"}
        )

    def count_on(self, node: int, table: str, where: str = "1") -> int:
        """Rows of ``table`` matching ``where`` on node ``node`` (after it applied what
        the cluster committed before)."""
        rows = self.cluster.nodes[node].sql(
            f"SELECT COUNT(*) FROM `{self.schema}`.`{table}` WHERE {where}", sync_wait=True
        )
        return int(rows[0][0])

    def close(self) -> None:
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
