"""A throw-away three-node Galera cluster behind HAProxy, for the cluster tests and the
capacity benchmark.

Three ``mariadbd`` processes on loopback, each with its own data folder and its own client,
group-communication (gcomm), incremental (IST) and full state transfer (SST, rsync) ports,
form one cluster: the first is bootstrapped (``--wsrep-new-cluster``), the other two join
it by state transfer. In front of them HAProxy listens on one more port in TCP mode, as a
care centre would set it up: one node takes every connection and the other two are
``backup`` (so one desk's writes all go to one node and never conflict in certification
with each other), a node is marked down within about a second when it dies or stops being
Synced, and the sessions on a node marked down are cut (``on-marked-down
shutdown-sessions``) so that the desktop reconnects through the proxy instead of waiting
on a dead socket.

Whether a node is Synced is told to HAProxy the way Galera's ``clustercheck`` does it
behind xinetd: a small HTTP service (this module run as a script, in its own process)
answers 200 for a node whose ``wsrep_local_state`` is 4 (Synced) and 503 otherwise, and
HAProxy asks it every 300 ms (``option httpchk``).

The nodes run as the ``mysql`` user (the rsync state transfer refuses to run as root), so
the cluster's folder lives outside pytest's private temporary folder: it is
``/tmp/carebot-galera-<pid>-*``, and a folder whose process is gone (a run killed before its
clean-up) is removed, with any server still running from it, by the next run.

Use::

    cluster = GaleraCluster()       # settings={"max_connections": "4000"}: over the defaults
    cluster.start()                 # 12-19 s on a busy 2-core machine
    url = cluster.url               # mysql+pymysql://root@127.0.0.1:PORT (through HAProxy)
    schema = cluster.create_schema()
    cluster.schema_url(schema)      # through HAProxy; schema_url(schema, node=1): node 1
    cluster.node_url(1)             # node 1 directly; cluster.nodes[1].sql("...") as root
    cluster.which_node(url)         # 0: the node a URL, connection or session is on
    cluster.active_node()           # 0: where HAProxy sends new connections now
    cluster.kill(0)                 # SIGKILL; new connections reach node 1 within ~1 s
    cluster.restart(0)              # rejoins (IST) and is Synced again, 4-10 s
    cluster.pause(2); cluster.resume(2)  # SIGSTOP / SIGCONT
    cluster.stop()

or the session-scoped ``galera_cluster`` fixture (skipped with a reason where ``mariadbd``,
Galera or HAProxy is missing; failed instead under ``CAREBOT_REQUIRE_MARIADB=1``).
"""

from __future__ import annotations

import collections
import contextlib
import http.server
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymysql
import pytest
from sqlalchemy.engine import make_url

MARIADBD = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
INSTALL_DB = shutil.which("mariadb-install-db")
HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
PROVIDER = "/usr/lib/galera/libgalera_smm.so"
RUN_AS = "mysql"  # rsync state transfer refuses to run as root
FOLDER_PREFIX = "carebot-galera-"
CHECK_USER, CHECK_PASSWORD = "carebot_check", "check-secret-1"
SYNCED = 4  # wsrep_local_state: 4 is Synced
NODES = 3
# HAProxy's health check: every CHECK_EVERY_MS, down after FALL failures, up after RISE.
CHECK_EVERY_MS, FALL, RISE = 300, 2, 2


class GaleraError(RuntimeError):
    """The cluster could not be started, or a node did not reach the state asked for."""


def missing() -> str | None:
    """Why a cluster cannot be started on this machine, or None when it can."""
    needs = {
        "mariadbd": os.path.exists(MARIADBD),
        "mariadb-install-db": INSTALL_DB is not None,
        f"Galera ({PROVIDER}, Debian's galera-4)": os.path.exists(PROVIDER),
        "haproxy": os.path.exists(HAPROXY),
        "rsync": shutil.which("rsync") is not None,
        f"the {RUN_AS} user": _user_exists(RUN_AS),
        "root (to start mariadbd as the mysql user)": os.geteuid() == 0,
    }
    absent = [name for name, present in needs.items() if not present]
    return ", ".join(absent) + " needed for the Galera tests" if absent else None


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def free_ports(count: int) -> list[int]:
    """``count`` distinct free loopback ports (all held open while choosing). The same as
    ``tests.replica_mariadb.free_ports``, kept here because this module also runs as a
    script (the health check), where the ``tests`` package cannot be imported."""
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
class Node:
    """One Galera node: its ports, its folder and its process."""

    index: int
    folder: Path
    port: int  # clients
    gcomm_port: int  # group communication
    ist_port: int  # incremental state transfer
    sst_port: int  # full state transfer (rsync)
    check_port: int  # the HTTP health check HAProxy asks
    process: subprocess.Popen[bytes] | None = None

    @property
    def name(self) -> str:
        return f"galera{self.index}"

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def connect(self, **extra: Any) -> pymysql.connections.Connection:
        """A root connection straight to this node (autocommit)."""
        settings: dict[str, Any] = {"connect_timeout": 3, "read_timeout": 30, **extra}
        return pymysql.connect(
            host="127.0.0.1", port=self.port, user="root", autocommit=True, **settings
        )

    def sql(self, *statements: str, sync_wait: bool = False) -> list[tuple[Any, ...]]:
        """Run statements as root on this node; the rows of the last one. With
        ``sync_wait`` the reads first wait until this node has applied everything the
        cluster committed before them (``wsrep_sync_wait``)."""
        with self.connect() as connection, connection.cursor() as cursor:
            if sync_wait:
                cursor.execute("SET SESSION wsrep_sync_wait = 1")
            for statement in statements:
                cursor.execute(statement)
            return list(cursor.fetchall())

    def status(self, name: str) -> str | None:
        """A ``SHOW GLOBAL STATUS`` value of this node (None when it does not answer)."""
        try:
            rows = self.sql(f"SHOW GLOBAL STATUS LIKE '{name}'")
        except pymysql.MySQLError:
            return None
        return str(rows[0][1]) if rows else None

    def synced(self) -> bool:
        return self.alive and self.status("wsrep_local_state") == str(SYNCED)

    def log(self, tail: int = 4000) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace")[-tail:] if path.exists() else ""


@dataclass
class GaleraCluster:
    """Three Galera nodes on loopback and HAProxy in front of them (see the module's
    docstring). Nodes are numbered 0, 1, 2; node 0 is HAProxy's active node and 1, 2 its
    backups, in that order."""

    nodes_count: int = NODES
    # Server settings of every node over this module's (e.g. a benchmark's
    # {"innodb_buffer_pool_size": "1G", "max_connections": "4000"}).
    settings: dict[str, str] = field(default_factory=dict)
    folder: Path | None = None
    nodes: list[Node] = field(default_factory=list)
    proxy_port: int = 0
    started_in: float = 0.0  # seconds start() took
    _proxy: subprocess.Popen[bytes] | None = None
    _checker: subprocess.Popen[bytes] | None = None

    # -- public API -----------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The server URL through HAProxy (no schema): what a desk is given."""
        return f"mysql+pymysql://root@127.0.0.1:{self.proxy_port}"

    def node_url(self, index: int) -> str:
        """The server URL of node ``index`` directly, bypassing HAProxy."""
        return f"mysql+pymysql://root@127.0.0.1:{self.nodes[index].port}"

    def schema_url(self, schema: str, node: int | None = None) -> str:
        """``url`` (or ``node_url(node)``) with a schema."""
        base = self.url if node is None else self.node_url(node)
        return str(make_url(base).set(database=schema))

    def create_schema(self) -> str:
        """A new empty schema (``carebot_galera_<pid>_<hex>``) made on the cluster; its
        name. Dropped with the cluster, or by ``drop_schema``."""
        name = f"carebot_galera_{os.getpid()}_{secrets.token_hex(4)}"
        self._any_synced().sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
        return name

    def drop_schema(self, name: str) -> None:
        self._any_synced().sql(f"DROP DATABASE IF EXISTS `{name}`")

    def start(self, timeout: float = 120.0) -> None:
        """Start the three nodes, the health check and HAProxy; return once every node is
        Synced and HAProxy sends connections to node 0. Raises :class:`GaleraError` (after
        stopping whatever it started) when that does not happen within ``timeout``."""
        reason = missing()
        if reason:
            raise GaleraError(reason)
        began = time.monotonic()
        clean_leftovers()
        self.folder = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-"))
        self.folder.chmod(0o755)  # the mysql user walks into it
        ports = free_ports(5 * self.nodes_count + 1)
        self.proxy_port = ports.pop()
        self.nodes = []
        for i in range(self.nodes_count):
            client, gcomm, ist, sst, check = ports[5 * i : 5 * i + 5]
            self.nodes.append(Node(i, self.folder / f"node{i}", client, gcomm, ist, sst, check))
        try:
            self._prepare()
            deadline = began + timeout
            self._launch(self.nodes[0], bootstrap=True)
            self._wait(lambda: self.nodes[0].synced(), deadline, "node 0 to bootstrap")
            self.nodes[0].sql(
                f"CREATE USER '{CHECK_USER}'@'127.0.0.1' IDENTIFIED BY '{CHECK_PASSWORD}'",
                f"CREATE USER '{CHECK_USER}'@'localhost' IDENTIFIED BY '{CHECK_PASSWORD}'",
            )
            for node in self.nodes[1:]:
                self._launch(node, bootstrap=False)
            self._start_checker()
            self._start_proxy()
            self.wait_synced(max(deadline - time.monotonic(), 1.0))
            self._wait(
                lambda: self.proxy_up() == set(range(self.nodes_count)),
                deadline,
                "HAProxy to count every node up",
            )
        except BaseException:
            self.stop()
            raise
        self.started_in = time.monotonic() - began

    def stop(self) -> None:
        """Stop HAProxy, the health check and every node, and remove the folder."""
        for process in (self._proxy, self._checker):
            _terminate(process, 10)
        self._proxy = self._checker = None
        for node in self.nodes:  # the data is thrown away: no clean shutdown needed
            _kill_group(node.process)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def kill(self, index: int) -> None:
        """SIGKILL node ``index`` (a power cut: no clean shutdown, no goodbye to the
        cluster) and wait until its process is gone."""
        _kill_group(self.nodes[index].process)

    def pause(self, index: int) -> None:
        """SIGSTOP node ``index``: it holds its connections and answers nothing (a node
        stalled by its disk or a long GC-like pause) until :meth:`resume`."""
        process = self.nodes[index].process
        if process is not None and process.poll() is None:
            os.kill(process.pid, signal.SIGSTOP)

    def resume(self, index: int) -> None:
        process = self.nodes[index].process
        if process is not None and process.poll() is None:
            os.kill(process.pid, signal.SIGCONT)

    def restart(self, index: int, timeout: float = 90.0) -> float:
        """Start node ``index`` again (it rejoins by IST, or SST when the cluster's cache
        no longer holds what it missed) and wait until every node is Synced and HAProxy
        sees it up again; the seconds that took."""
        node = self.nodes[index]
        if node.alive:
            raise GaleraError(f"node {index} is still running")
        began = time.monotonic()
        # As a node restarted by hand or by systemd: the others have noticed its loss
        # first. One started again within the cluster's suspect timeout split the
        # cluster here (the survivors fell out of the primary component for seconds).
        self._wait(
            lambda: self._survivors_see_only_each_other(),
            began + timeout,
            f"the other nodes to drop node {index}",
        )
        self._launch(node, bootstrap=False, position=self._recovered_position(node))
        self.wait_synced(timeout)
        self._wait(
            lambda: index in self.proxy_up(), began + timeout, f"HAProxy to see node {index} up"
        )
        return time.monotonic() - began

    def _survivors_see_only_each_other(self) -> bool:
        running = [node for node in self.nodes if node.alive]
        return all(node.status("wsrep_cluster_size") == str(len(running)) for node in running)

    def wait_synced(self, timeout: float = 60.0) -> None:
        """Until every node runs, is Synced and counts the whole cluster as its members."""

        def all_synced() -> bool:
            for node in self.nodes:
                if not node.synced() or node.status("wsrep_cluster_size") != str(self.nodes_count):
                    return False
            return True

        self._wait(all_synced, time.monotonic() + timeout, "every node to be Synced")

    def which_node(self, where: Any) -> int:
        """The node that answers on ``where``: a DB-API or SQLAlchemy connection or
        session (asked ``@@wsrep_node_name``), or a URL (connected to and asked)."""
        if isinstance(where, str):
            parsed = make_url(where)
            with (
                pymysql.connect(
                    host=parsed.host or "127.0.0.1",
                    port=parsed.port or 3306,
                    user=parsed.username or "root",
                    password=parsed.password or "",
                    connect_timeout=3,
                ) as connection,
                connection.cursor() as cursor,
            ):
                cursor.execute("SELECT @@wsrep_node_name")
                (name,) = cursor.fetchone()
        elif hasattr(where, "cursor") and not hasattr(where, "scalar"):
            with where.cursor() as cursor:
                cursor.execute("SELECT @@wsrep_node_name")
                (name,) = cursor.fetchone()
        else:
            from sqlalchemy import text

            name = where.scalar(text("SELECT @@wsrep_node_name"))
        return int(str(name).removeprefix("galera"))

    def active_node(self) -> int | None:
        """The node HAProxy sends new connections to now (the first of node 0 and then
        the backups in order that it counts as up), or None when it counts none up."""
        up = self.proxy_up()
        return min(up) if up else None

    def proxy_up(self) -> set[int]:
        """The nodes HAProxy counts as up now (asked on its admin socket)."""
        if self.folder is None:
            return set()
        answer = _ask_proxy(self.folder / "haproxy.sock", "show stat")
        up = set()
        header: list[str] = []
        for line in answer.splitlines():
            if line.startswith("# "):
                header = line[2:].split(",")
                continue
            cells = dict(zip(header, line.split(","), strict=False))
            if (
                cells.get("pxname") == "galera"
                and cells.get("svname", "").startswith("galera")
                and cells.get("status", "").startswith("UP")
            ):
                up.add(int(cells["svname"].removeprefix("galera")))
        return up

    def seconds_until_proxy_moves(self, away_from: int, timeout: float = 30.0) -> float:
        """After ``away_from`` was killed: the seconds until a new connection through
        HAProxy is answered by another node (measured by connecting, not by asking
        HAProxy)."""
        began = time.monotonic()
        while time.monotonic() - began < timeout:
            try:
                if self.which_node(self.url) != away_from:
                    return time.monotonic() - began
            except pymysql.MySQLError:
                pass
            time.sleep(0.05)
        raise GaleraError(f"HAProxy still sends to node {away_from} after {timeout} s")

    # -- inside ---------------------------------------------------------------------------

    def _any_synced(self) -> Node:
        for node in self.nodes:
            if node.synced():
                return node
        raise GaleraError("no node is Synced")

    def _prepare(self) -> None:
        """Node 0's data folder made by mariadb-install-db; the joiners' folders empty
        (state transfer fills them); all owned by the mysql user."""
        assert self.folder is not None and INSTALL_DB is not None
        user = pwd.getpwnam(RUN_AS)
        for node in self.nodes:
            (node.folder / "data").mkdir(parents=True)
            (node.folder / "my.cnf").write_text(self._config(node))
        subprocess.run(
            [
                INSTALL_DB, f"--defaults-file={self.nodes[0].folder / 'my.cnf'}",
                f"--user={RUN_AS}", "--auth-root-authentication-method=normal",
                "--skip-test-db", "--skip-name-resolve",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )  # fmt: skip
        for node in self.nodes:
            for path in (node.folder, *node.folder.rglob("*")):
                os.chown(path, user.pw_uid, user.pw_gid)

    def _config(self, node: Node) -> str:
        members = ",".join(f"127.0.0.1:{n.gcomm_port}" for n in self.nodes)
        provider_options = ";".join(
            (
                f"gmcast.listen_addr=tcp://127.0.0.1:{node.gcomm_port}",
                f"ist.recv_addr=127.0.0.1:{node.ist_port}",
                "gcache.size=32M",
                # A dead node is evicted after 2 s of silence, not 5 (the cluster's writes
                # wait for that): what a care centre on one LAN can afford, and quick tests.
                "evs.keepalive_period=PT0.5S",
                "evs.inactive_check_period=PT0.5S",
                "evs.suspect_timeout=PT2S",
                "evs.inactive_timeout=PT4S",
                "evs.install_timeout=PT4S",
                "pc.wait_prim_timeout=PT30S",
            )
        )
        folder = node.folder
        return f"""[mysqld]
datadir={folder / "data"}
socket={folder / "sock"}
pid-file={folder / "pid"}
port={node.port}
bind-address=127.0.0.1
user={RUN_AS}
skip-name-resolve
log-error={folder / "server.log"}
innodb_buffer_pool_size=48M
innodb_log_file_size=16M
innodb_flush_log_at_trx_commit=2
performance_schema=OFF
max_connections=400
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider={PROVIDER}
wsrep_cluster_name=carebot-test-{os.getpid()}
wsrep_cluster_address=gcomm://{members}
wsrep_node_name={node.name}
wsrep_node_address=127.0.0.1
wsrep_node_incoming_address=127.0.0.1:{node.port}
wsrep_provider_options="{provider_options}"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:{node.sst_port}
wsrep_sst_donor={self._donors(node)}
wsrep_slave_threads=2
""" + "".join(f"{name}={value}\n" for name, value in self.settings.items())

    def _recovered_position(self, node: Node) -> str | None:
        """The last transaction a stopped node committed (``uuid:seqno``), read from its
        InnoDB files as Debian's ``galera_recovery`` does before systemd starts a node: a
        node killed mid-way leaves ``seqno: -1`` in grastate.dat, and without this it
        would ask for a full state transfer (rsync, which blocks its donor) instead of
        the transactions it missed (IST)."""
        log = node.folder / "recover.log"
        log.unlink(missing_ok=True)
        subprocess.run(
            [
                MARIADBD, f"--defaults-file={node.folder / 'my.cnf'}", "--wsrep-recover",
                f"--log-error={log}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
            check=False,
        )  # fmt: skip
        text = log.read_text(errors="replace") if log.exists() else ""
        found = re.findall(r"WSREP: Recovered position: ([0-9a-f-]{36}:-?\d+)", text)
        return found[-1] if found and not found[-1].endswith(":-1") else None

    def _donors(self, node: Node) -> str:
        """The donors a joining node asks for, the last backup first: a donor is
        Desynced (and the health check marks it down) while it sends, so the active node
        is asked last, and not at all while another can give (the trailing comma lets
        Galera take any node when none of these can)."""
        others = [n.name for n in reversed(self.nodes) if n is not node]
        return ",".join(others) + ","

    def _launch(self, node: Node, *, bootstrap: bool, position: str | None = None) -> None:
        extra = ["--wsrep-new-cluster"] if bootstrap else []
        if position:
            extra.append(f"--wsrep-start-position={position}")
        node.process = subprocess.Popen(
            [MARIADBD, f"--defaults-file={node.folder / 'my.cnf'}", *extra],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # log-error: server.log in the node's folder
            start_new_session=True,  # a Ctrl-C of the tests does not reach it first
        )

    def _start_checker(self) -> None:
        assert self.folder is not None
        pairs = [f"{n.check_port}:{n.port}" for n in self.nodes]
        log = (self.folder / "check.log").open("w")
        self._checker = subprocess.Popen(
            [sys.executable, __file__, "--check", str(self.folder), str(os.getpid()), *pairs],
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()
        (self.folder / "check.pid").write_text(str(self._checker.pid))

    def _start_proxy(self) -> None:
        assert self.folder is not None
        config = self.folder / "haproxy.cfg"
        servers = "\n".join(
            f"    server {n.name} 127.0.0.1:{n.port} check port {n.check_port}"
            + (" backup" if n.index else "")
            for n in self.nodes
        )
        config.write_text(
            f"""global
    maxconn 4000
    pidfile {self.folder / "haproxy.pid"}
    stats socket {self.folder / "haproxy.sock"} mode 600 level admin

defaults
    mode tcp
    timeout connect 2s
    # A desk's pooled connections sit idle between polls: the proxy never cuts them.
    timeout client 8h
    timeout server 8h
    # A dead node refuses at once; a slow answer on a busy machine is not a dead node.
    timeout check 2s

listen galera
    bind 127.0.0.1:{self.proxy_port}
    mode tcp
    maxconn 4000
    option tcpka
    option httpchk GET /
    http-check expect status 200
    default-server inter {CHECK_EVERY_MS} fastinter {CHECK_EVERY_MS} downinter 1s fall {FALL} rise {RISE} on-marked-down shutdown-sessions
{servers}
"""
        )
        log = (self.folder / "haproxy.log").open("w")
        self._proxy = subprocess.Popen(
            [HAPROXY, "-db", "-f", str(config)],
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()

    def _wait(self, done: Any, deadline: float, what: str) -> None:
        while not done():
            for node in self.nodes:
                if node.process is not None and node.process.poll() not in (None, -9):
                    raise GaleraError(f"node {node.index} stopped: {node.log()}")
            if self._proxy is not None and self._proxy.poll() is not None:
                raise GaleraError(f"HAProxy stopped: {self._read('haproxy.log')}")
            if time.monotonic() > deadline:
                logs = "\n".join(f"--- node {n.index}:\n{n.log(1500)}" for n in self.nodes)
                raise GaleraError(f"timed out waiting for {what}\n{logs}")
            time.sleep(0.1)

    def _read(self, name: str) -> str:
        if self.folder is None or not (self.folder / name).exists():
            return ""
        return (self.folder / name).read_text(errors="replace")[-4000:]


def _terminate(process: subprocess.Popen[bytes] | None, wait: float) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(wait)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(30)


def _kill_group(process: subprocess.Popen[bytes] | None) -> None:
    """SIGKILL a node and whatever it started (a state transfer's rsync), and reap it."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # its own session: the group is its own
    process.wait(30)


def _ask_proxy(path: Path, command: str) -> str:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(3)
        try:
            connection.connect(str(path))
        except OSError:
            return ""  # not listening yet, or gone
        connection.sendall(command.encode() + b"\n")
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode(errors="replace")


def _alive(pid: int) -> bool:
    """(``tests.conftest._alive``'s twin, for the script run: see ``free_ports``.)"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers() -> None:
    """Folders of earlier runs whose process is gone (killed before its clean-up): every
    server, proxy and health check still running from one is killed, then it is removed.
    A process is killed only when its command line names that folder."""
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*"):
        owner = folder.name.removeprefix(FOLDER_PREFIX).split("-")[0]
        if not owner.isdigit() or _alive(int(owner)):
            continue
        for pid in _pids_running_from(folder):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)


def _pids_running_from(folder: Path) -> list[int]:
    found = []
    marker = str(folder).encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command_line = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if marker in command_line:
            found.append(int(entry.name))
    return found


# -- the health check HAProxy asks (run as a script: python galera_mariadb.py --check) -----


_CHECK_CONNECTIONS: dict[int, pymysql.connections.Connection[Any]] = {}
_CHECK_LOCKS: collections.defaultdict[int, threading.Lock] = collections.defaultdict(
    threading.Lock
)  # one per node: a paused node's check must not hold up the others'


def _node_state(port: int) -> int | None:
    """A node's ``wsrep_local_state`` (4 Synced), or None when it does not answer. One
    connection per node is kept between checks (a new login at every check, ten a second
    per cluster, cost about a fifth of a core for as long as a test session ran), and
    made again after any failure."""
    with _CHECK_LOCKS[port]:
        connection = _CHECK_CONNECTIONS.pop(port, None)
        try:
            if connection is None:
                connection = pymysql.connect(
                    host="127.0.0.1",
                    port=port,
                    user=CHECK_USER,
                    password=CHECK_PASSWORD,
                    connect_timeout=2,
                    read_timeout=2,
                )
            with connection.cursor() as cursor:
                cursor.execute("SHOW GLOBAL STATUS LIKE 'wsrep_local_state'")
                row = cursor.fetchone()
        except pymysql.MySQLError:
            if connection is not None:
                with contextlib.suppress(Exception):
                    connection.close()
            return None
        _CHECK_CONNECTIONS[port] = connection
    return int(row[1]) if row else None


def _serve_checks(parent: int, pairs: list[tuple[int, int]]) -> None:
    """One HTTP health check per node (clustercheck's answer: 200 when Synced, else
    503), until the process that started it is gone."""

    def handler_for(node_port: int) -> type[http.server.BaseHTTPRequestHandler]:
        class Check(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                state = _node_state(node_port)
                synced = state == SYNCED
                body = f"node {node_port}: wsrep_local_state {state}\n".encode()
                self.send_response(200 if synced else 503)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Check

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True
        allow_reuse_address = True

    servers = [Server(("127.0.0.1", check), handler_for(node)) for check, node in pairs]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    while _alive(parent):
        time.sleep(1)


# -- the pytest fixture --------------------------------------------------------------------


@pytest.fixture(scope="session")
def galera_cluster() -> Iterator[GaleraCluster]:
    """A running three-node cluster behind HAProxy for the whole test session; root logins
    without a password. Skipped with a reason where the binaries are missing, failed
    instead under ``CAREBOT_REQUIRE_MARIADB=1``."""
    from tests.conftest import REQUIRE_MARIADB

    reason = missing()
    if reason:
        if REQUIRE_MARIADB:
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = GaleraCluster()
    try:
        cluster.start()
    except GaleraError as error:
        pytest.fail(f"the Galera cluster did not start: {error}")
    try:
        yield cluster
    finally:
        cluster.stop()


if __name__ == "__main__" and sys.argv[1:2] == ["--check"]:
    _folder, _parent, *_pairs = sys.argv[2:]
    _serve_checks(int(_parent), [(int(c), int(n)) for c, n in (pair.split(":") for pair in _pairs)])
