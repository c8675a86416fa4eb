"""A throw-away MariaDB primary and a replica following it by GTID, for the replica tests.

Two ``mariadbd`` processes on free loopback ports, each with its own data folder: the
primary writes a binary log (``server-id=1``), the replica (``server-id=2``, read-only for
everyone but root) follows it with ``MASTER_USE_GTID=slave_pos``. Both are stopped and
their folders dropped when the test process ends (the fixture is session-scoped: started
once). Skipped with a reason where ``mariadbd``/``mariadb-install-db`` are missing, failed
instead under ``CAREBOT_REQUIRE_MARIADB=1``."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pymysql
import pytest

from tests.conftest import REQUIRE_MARIADB

MARIADBD = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
INSTALL_DB = shutil.which("mariadb-install-db")
SCHEMA = "carebot"
REPLICATION_USER, REPLICATION_PASSWORD = "carebot_repl", "repl-secret-1"


def free_ports(count: int) -> list[int]:
    """``count`` distinct free loopback ports (all held open while choosing)."""
    probes = []
    try:
        for _ in range(count):
            probe = socket.socket()
            probe.bind(("127.0.0.1", 0))
            probes.append(probe)
        return [int(p.getsockname()[1]) for p in probes]
    finally:
        for probe in probes:
            probe.close()


@dataclass
class Server:
    name: str
    port: int
    folder: Path
    server_id: int
    process: subprocess.Popen[bytes] | None = None

    def url(self, user: str = "root", password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"mysql+pymysql://{user}{secret}@127.0.0.1:{self.port}/{SCHEMA}"

    def connect(self, **extra: object) -> pymysql.connections.Connection:
        return pymysql.connect(
            host="127.0.0.1", port=self.port, user="root", autocommit=True, **extra
        )

    def sql(self, *statements: str) -> list[tuple[object, ...]]:
        """Run statements as root; the rows of the last one."""
        with self.connect() as connection, connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
            return list(cursor.fetchall())

    def log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""


@dataclass
class ReplicaPair:
    primary: Server
    replica: Server

    def stop_applying(self) -> None:
        """Replication's SQL thread stops: the replica receives but applies nothing."""
        self.replica.sql("STOP SLAVE SQL_THREAD")

    def start_applying(self) -> None:
        self.replica.sql("START SLAVE SQL_THREAD")

    def wait_caught_up(self, timeout: float = 30.0) -> None:
        """Until the replica has applied everything the primary has written."""
        (position,) = self.primary.sql("SELECT @@gtid_binlog_pos")[0]
        if not position:
            return
        (reached,) = self.replica.sql(f"SELECT MASTER_GTID_WAIT('{position}', {timeout})")[0]
        if reached != 0:
            pytest.fail(f"the replica did not reach {position}: {self.replica.log()}")

    def replica_down(self) -> None:
        """Stop the replica's server (the fixture starts it again with ``replica_up``)."""
        process = self.replica.process
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(60)

    def replica_up(self) -> None:
        if self.replica.process is None or self.replica.process.poll() is not None:
            _start(self.replica, replica=True)
            self.replica.sql("START SLAVE")


def _install(server: Server) -> None:
    subprocess.run(
        [
            INSTALL_DB, "--no-defaults", f"--datadir={server.folder / 'data'}", "--user=root",
            "--auth-root-authentication-method=normal", "--skip-test-db",
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip


def _start(server: Server, *, replica: bool, new_port_on_failure: bool = False) -> None:
    """Start the server and wait (polling) until it answers. A port another process took
    since it was chosen: with ``new_port_on_failure``, twice more on other free ports."""
    for attempt in range(3):
        if _started(server, replica=replica):
            return
        if not new_port_on_failure or attempt == 2 or server.process is None:
            break
        (server.port,) = free_ports(1)
    pytest.fail(f"the {server.name} MariaDB did not start: {server.log()}")


def _started(server: Server, *, replica: bool) -> bool:
    folder = server.folder
    role = (
        ["--read-only=ON", "--skip-slave-start"]
        if replica
        else ["--log-bin=primary-bin", "--binlog-format=ROW"]
    )
    with (folder / "server.log").open("a") as log:  # the server keeps its own copy
        server.process = _popen(server, role, log)
    deadline = time.monotonic() + 60
    while True:
        try:
            server.connect(connect_timeout=2, read_timeout=5).close()
            return True
        except pymysql.MySQLError:
            if server.process.poll() is not None:
                return False  # it stopped (its port taken?): see server.log
            if time.monotonic() > deadline:
                _stop(server)
                return False
            time.sleep(0.1)


def _popen(server: Server, role: list[str], log: IO[str]) -> subprocess.Popen[bytes]:
    folder = server.folder
    return subprocess.Popen(
        [
            MARIADBD, "--no-defaults", f"--datadir={folder / 'data'}", f"--port={server.port}",
            "--bind-address=127.0.0.1", f"--socket={folder / 'sock'}", "--user=root",
            f"--pid-file={folder / 'pid'}", "--innodb-buffer-pool-size=32M",
            f"--server-id={server.server_id}", "--gtid-domain-id=0",
            "--innodb-log-file-size=16M", "--skip-name-resolve", *role,
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
    )  # fmt: skip


def _stop(server: Server) -> None:
    process = server.process
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(30)


@pytest.fixture(scope="session")
def replica_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReplicaPair]:
    """A primary and a GTID replica of it (schema ``carebot`` made on the primary and
    replicated); root logins without a password on both."""
    if INSTALL_DB is None or not os.path.exists(MARIADBD):
        reason = "mariadbd and mariadb-install-db are needed for the replica tests"
        if REQUIRE_MARIADB:
            pytest.fail(reason)
        pytest.skip(reason)
    base = tmp_path_factory.mktemp("replica-mariadb")
    primary_port, replica_port = free_ports(2)
    primary = Server("primary", primary_port, base / "primary", 1)
    replica = Server("replica", replica_port, base / "replica", 2)
    try:
        for server in (primary, replica):
            server.folder.mkdir()
            _install(server)
        _start(primary, replica=False, new_port_on_failure=True)
        _start(replica, replica=True, new_port_on_failure=True)
        # The primary's state at this moment (its system tables, written by the install,
        # not by replication) is the starting point: only what follows replicates.
        primary.sql("RESET MASTER")
        primary.sql(
            f"CREATE USER '{REPLICATION_USER}'@'127.0.0.1' IDENTIFIED BY '{REPLICATION_PASSWORD}'",
            f"GRANT REPLICATION SLAVE ON *.* TO '{REPLICATION_USER}'@'127.0.0.1'",
        )
        replica.sql(
            "RESET SLAVE ALL",
            "SET GLOBAL gtid_slave_pos = ''",
            f"CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT={primary.port}, "
            f"MASTER_USER='{REPLICATION_USER}', MASTER_PASSWORD='{REPLICATION_PASSWORD}', "
            "MASTER_CONNECT_RETRY=1, MASTER_USE_GTID=slave_pos",
            "START SLAVE",
        )
        primary.sql(f"CREATE DATABASE {SCHEMA} CHARACTER SET utf8mb4")
        pair = ReplicaPair(primary, replica)
        pair.wait_caught_up()
        if not replica.sql(f"SHOW DATABASES LIKE '{SCHEMA}'"):
            pytest.fail("replication did not carry the schema: " + replica.log())
        yield pair
    finally:
        _stop(replica)
        _stop(primary)
        shutil.rmtree(base, ignore_errors=True)
