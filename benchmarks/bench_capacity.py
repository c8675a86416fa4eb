#!/usr/bin/env python3
"""Capacity, measured (issue 21): how many desks one MariaDB server carries.

N simulated desks run against one server while simulated robots write every family's
readings at their pace; N is raised step by step until the alert poll's p99 passes 1 s,
a connection is refused, or ``--max-desks`` is reached.

Each desk is what the real window's poller thread and overview worker do, with the real
code, on the real schedule (``ui/window/live_feed.py``, ``workers/poller.py``,
``ui/overview/overview_page.py``):

- a round every poll interval (10 s; the next round is timed from the end of the last, as
  the poller's single-shot timer is): ``AlertFeed.poll``, then ``DeskWatch.check`` (the
  change check, with its roll-up fold once a minute), then ``CareWatch.tend`` (the
  escalations);
- the overview (``workers.screen_work.desk_snapshot``) at sign-in and whenever the round
  says alerts or (at most once a minute) readings changed, with the elders' usual when
  alerts came or five minutes passed (its recent means, three hours of readings, only
  every five minutes or for new families); a new alert from the poll reads its families
  alone again, a care change the open alerts' states alone (``OverviewPage
  .refresh_families``);
- optionally, a person opening a family's status screen (``dashboard.status_bundle``, 24 h)
  every ``--screen-every`` seconds: the reads a replica takes.

Each desk has its own ``Database`` (the desktop's pool: 3 connections, 2 more at peaks)
and its own session of the caregiver of all 200 families (``bench_desk.fill``'s data:
1.73 M home-status rows, 2.59 M heart-rate rows, 0.5 M notifications; the roll-ups built
before the run, as a server in use has them; the last ``--recent-hours`` filled at the
robots' pace). Desks run as threads in ``--processes`` worker processes (10: with 4, a
desk's poll waited behind the other desks' Python in its process, which a desk on its own
PC does not), started staggered across the poll interval.

The robots (one process, eight threads: independent clients): per family a heart-rate row every ``--heart-every`` s and a
home-status row every ``--home-every`` s (the median gaps between consecutive rows of one
robot in tests/fixtures/carebot-sample-payloads.json while it runs: 2 s and 3 s), an
activity row every 10 minutes, a mental status every 30 minutes, and alerts at random
(exponential gaps) averaging one per family every ``--alert-every`` s (the sample
family's 51 alerts in 7.3 days: one per 3.4 hours; one in five crit, as there).

The servers are this script's own throw-away ``mariadbd`` processes on free loopback
ports (``tests/replica_mariadb.py``'s code, with this benchmark's settings: a 2 GiB buffer
pool, ``max_connections`` 4000), a primary and a GTID replica of it. The single-server
topology uses the primary with the replica's replication stopped (idle); the replica
topology starts replication again, waits until it caught up, and gives each desk
``Database(primary, read_url=replica)``. The Galera topology is ``tests/galera_mariadb.py``'s
three nodes behind HAProxy (with this benchmark's buffer pool and connection limit), the
data built through the proxy.

Per step: p50/p99 of each call (client wall time, and the calling thread's own CPU),
the server's CPU (``/proc/<pid>/stat``), the desks' and robots' processes' CPU,
``Threads_connected``, ``Max_used_connections``, the buffer pool's pages, the robots'
achieved write rate, errors, and the load average.

    nice -n 5 .venv/bin/python benchmarks/bench_capacity.py       # the three topologies
    .venv/bin/python benchmarks/bench_capacity.py --topology single --max-desks 300 \\
        --step 50 --seconds-per-step 60 --keep /tmp/capacity   # reuse the data next time
    make bench-capacity CAPACITY_ARGS="--topology pair --quiet-load 3"

On a shared machine ``--quiet-load`` waits for the other work to calm down before each
topology's measurement, and ``--lock FILE`` lets two runs (say one building the Galera
data while the other measures) take turns measuring.
"""

from __future__ import annotations

import argparse
import contextlib
import heapq
import json
import math
import multiprocessing
import os
import pwd
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the repository's packages and tests
    sys.path.insert(0, str(ROOT))

USUAL_EVERY_S = 300.0  # ui/overview/overview_page.py: the elders' usual, at most this often
CALLS = ("poll", "check", "tend", "overview", "screen")
REFUSED = ("1040", "Too many connections", "Connection refused", "Can't connect")


# --- the servers --------------------------------------------------------------------------


@contextmanager
def servers(
    base: Path, buffer_pool: str, max_connections: int, keep: bool
) -> Iterator[tuple[Any, bool]]:
    """A primary and a GTID replica of it (``tests/replica_mariadb.py``'s Server and
    install, started with this benchmark's settings), and whether they were there
    already (``keep``: a folder from an earlier run, data and all). Both stopped at the
    end; their folders dropped unless ``keep``."""
    from tests import replica_mariadb as rm

    ports = base / "ports.json"
    existed = keep and ports.exists()
    primary_port, replica_port = json.loads(ports.read_text()) if existed else rm.free_ports(2)
    primary = rm.Server("primary", primary_port, base / "primary", 1)
    replica = rm.Server("replica", replica_port, base / "replica", 2)
    settings = [
        f"--innodb-buffer-pool-size={buffer_pool}",
        f"--max-connections={max_connections}",
        "--innodb-log-file-size=512M",
        "--table-open-cache=4000",
        "--thread-cache-size=200",
    ]
    try:
        if not existed:
            for server in (primary, replica):
                server.folder.mkdir(parents=True)
                rm._install(server)
        start_server(primary, ["--log-bin=primary-bin", "--binlog-format=ROW", *settings])
        start_server(replica, ["--read-only=ON", "--skip-slave-start", *settings])
        if not existed:
            primary.sql("RESET MASTER")
            primary.sql(
                f"CREATE USER '{rm.REPLICATION_USER}'@'127.0.0.1' "
                f"IDENTIFIED BY '{rm.REPLICATION_PASSWORD}'",
                f"GRANT REPLICATION SLAVE ON *.* TO '{rm.REPLICATION_USER}'@'127.0.0.1'",
            )
            replica.sql(
                "RESET SLAVE ALL",
                "SET GLOBAL gtid_slave_pos = ''",
                f"CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT={primary.port}, "
                f"MASTER_USER='{rm.REPLICATION_USER}', "
                f"MASTER_PASSWORD='{rm.REPLICATION_PASSWORD}', "
                "MASTER_CONNECT_RETRY=1, MASTER_USE_GTID=slave_pos",
                "START SLAVE",
            )
            primary.sql(f"CREATE DATABASE {rm.SCHEMA} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
            if keep:
                ports.write_text(json.dumps([primary.port, replica.port]))
        for server in (primary, replica):  # a restarted server's pages back in its pool
            warm(server)
        yield rm.ReplicaPair(primary, replica), existed
    finally:
        rm._stop(replica)
        rm._stop(primary)
        if not keep:
            shutil.rmtree(base, ignore_errors=True)


def warm(server: Any, timeout: float = 600.0) -> None:
    """Until the server has loaded the buffer pool's pages it saved at shutdown (a
    server in use has its working set in memory)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = server.sql("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_load_status'")
        status = str(rows[0][1]) if rows else ""
        if not status or "completed" in status or "not started" in status.lower():
            return
        time.sleep(1)


def start_server(server: Any, role: list[str]) -> None:
    """``tests/replica_mariadb.py``'s start, with extra settings: wait until it answers."""
    import pymysql

    from tests import replica_mariadb as rm

    folder = server.folder
    (folder / "tmp").mkdir(exist_ok=True)  # its temporary tables: not /tmp (see run_galera)
    with (folder / "server.log").open("a") as log:
        server.process = subprocess.Popen(
            [
                rm.MARIADBD, "--no-defaults", f"--datadir={folder / 'data'}",
                f"--port={server.port}", "--bind-address=127.0.0.1",
                f"--socket={folder / 'sock'}", "--user=root", f"--pid-file={folder / 'pid'}",
                f"--server-id={server.server_id}", "--gtid-domain-id=0", "--skip-name-resolve",
                f"--tmpdir={folder / 'tmp'}",
                *role,
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
        )  # fmt: skip
    deadline = time.monotonic() + 120
    while True:
        try:
            server.connect(connect_timeout=2, read_timeout=5).close()
            return
        except pymysql.MySQLError as error:
            if server.process.poll() is not None or time.monotonic() > deadline:
                message = f"the {server.name} MariaDB did not start: {server.log()}"
                raise RuntimeError(message) from error
            time.sleep(0.2)


def wait_caught_up(pair: Any, timeout: float) -> float:
    """Seconds until the replica applied everything the primary wrote."""
    started = time.monotonic()
    (position,) = pair.primary.sql("SELECT @@gtid_binlog_pos")[0]
    if position:
        connection = pair.replica.connect(read_timeout=int(timeout) + 30)
        with connection, connection.cursor() as cursor:
            cursor.execute(f"SELECT MASTER_GTID_WAIT('{position}', {timeout})")
            (reached,) = cursor.fetchone()
        if reached != 0:
            raise RuntimeError(f"the replica did not reach {position} in {timeout} s")
    return time.monotonic() - started


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


STATUS_KEYS = (
    "Threads_connected",
    "Max_used_connections",
    "Innodb_buffer_pool_pages_data",
    "Innodb_buffer_pool_pages_total",
    "Innodb_buffer_pool_bytes_data",
    "Innodb_buffer_pool_read_requests",
    "Innodb_buffer_pool_reads",
    "Questions",
    "Aborted_connects",
    "Connection_errors_max_connections",
)


def server_status(server: Any) -> dict[str, int]:
    names = ",".join(f"'{k}'" for k in STATUS_KEYS)
    rows = server.sql(f"SHOW GLOBAL STATUS WHERE Variable_name IN ({names})")
    return {str(name): int(str(value)) for name, value in rows}


# --- the data -----------------------------------------------------------------------------


def build(url: str, families: int, days: int) -> tuple[str, list[str]]:
    """bench_desk.py's data (``families`` families, ``days`` of readings), analysed;
    (the caregiver's id, the family ids)."""
    from sqlalchemy import text

    import benchmarks.bench_desk as bench_desk
    from carebot_desktop.data import Database

    bench_desk.FAMILIES, bench_desk.DAYS = families, days
    db = Database(url, read_timeout=3600)
    try:
        db.create_schema()
        started = time.monotonic()
        carer, ids = bench_desk.fill(db)
        say(f"filled {families} families, {days} days in {time.monotonic() - started:.0f} s")
        with db.engine.connect() as connection:
            for table in ("homestatus", "healthstatus", "notifications"):
                connection.execute(text(f"ANALYZE TABLE {table}"))
    finally:
        db.dispose()
    return carer, ids


def backfill(url: str, hours: float, heart_every: float, home_every: float) -> None:
    """The last ``hours`` at the robots' pace, for every family (``bench_desk``'s history
    has a reading every few minutes; a server in use has the robots' last hours in full,
    and the overview's recent means read three of them): from the newest reading there
    (or ``hours`` ago) to now, in a few set-based statements (MariaDB's sequence engine)."""
    from sqlalchemy import text

    from carebot_desktop.data import Database

    db = Database(url, read_timeout=3600)
    started = time.monotonic()
    added = 0
    try:
        with db.engine.begin() as connection:
            for table, every, columns, values in (
                ("healthstatus", heart_every, "heart_rate", "60 + s.seq % 30"),
                (
                    "homestatus",
                    home_every,
                    "temperature, humidity, dust_level, ethanol",
                    "21 + (s.seq % 30) / 10, 45 + s.seq % 10, 12, 0.02",
                ),
            ):
                newest = connection.execute(
                    text(
                        f"SELECT TIMESTAMPDIFF(SECOND, MAX(reported_at), UTC_TIMESTAMP()) FROM {table}"
                    )
                ).scalar()
                seconds = min(int(hours * 3600), int(newest if newest is not None else 1e9))
                count = int(seconds / every)
                if count < 1:
                    continue
                gap = int(every * 1_000_000)
                result = connection.execute(
                    text(
                        f"INSERT INTO {table} (family_id, {columns}, reported_at) "
                        f"SELECT f.id, {values}, "
                        f"UTC_TIMESTAMP() - INTERVAL s.seq * {gap} MICROSECOND "
                        f"FROM families f JOIN seq_1_to_{count} s"
                    )
                )
                added += result.rowcount
    finally:
        db.dispose()
    say(f"backfill: {added} readings of the last {hours:g} h in {time.monotonic() - started:.0f} s")


def fold_all(url: str) -> None:
    """Build the chart roll-ups of every row there (as a server in use has them; a
    desk folds what arrived since, once a minute)."""
    from carebot_desktop.data import Database
    from carebot_desktop.data import status as status_module

    db = Database(url, read_timeout=3600)
    module = vars(status_module)  # the fold's grace, read by the status module
    grace, module["GRACE"] = module["GRACE"], timedelta(0)
    try:
        started = time.monotonic()
        covered = db.status.fold_rollups()  # the first notes what it saw
        while True:
            more = db.status.fold_rollups()
            covered += more
            if not more:
                break
        say(f"roll-ups: {covered} indexes folded in {time.monotonic() - started:.0f} s")
    finally:
        module["GRACE"] = grace
        db.dispose()


def sessions(url: str, carer: str, count: int) -> list[str]:
    """``count`` sessions of the caregiver (as many desks signed in)."""
    from carebot_desktop.data import Database
    from carebot_desktop.services.sessions import new_token, token_to_xid

    db = Database(url)
    tokens = []
    try:
        for _ in range(count):
            token = new_token()
            db.auth.create_session({"xid": token_to_xid(token), "user_id": carer})
            tokens.append(token)
    finally:
        db.dispose()
    return tokens


# --- the robots ---------------------------------------------------------------------------


@dataclass
class Pace:
    heart: float
    home: float
    alert: float
    activity: float = 600.0
    mental: float = 1800.0
    seed: int = 0  # the robots' random numbers (their alerts' moments among them)


ROBOT_THREADS = 8  # the robots are independent clients: one slow commit holds up few


def robots(url: str, ids: list[str], pace: Pace, control: Connection) -> None:
    """Every family's robot (and the AI server's mental status) writing at ``pace``
    through the connector's write functions (the data layer's ``create_*``), one row per
    transaction, on ``ROBOT_THREADS`` threads (families shared out), until told to stop;
    counts, lateness and errors reported when asked."""
    from carebot_desktop.data import Database

    db = Database(url, pool_size=ROBOT_THREADS, max_overflow=2)
    tally = [Samples()]  # calls: kind -> (lateness, 0); swapped at each report
    stop = threading.Event()
    threads = [
        threading.Thread(
            target=robot_thread,
            args=(db, ids[t::ROBOT_THREADS], pace, tally, stop, pace.seed * 100 + t),
        )
        for t in range(min(ROBOT_THREADS, len(ids)))
    ]
    for thread in threads:
        thread.start()
    while True:
        message = control.recv()
        if message == "stop":
            break
        samples, tally[0] = tally[0], Samples()
        cpu = os.times()
        control.send((samples, cpu.user + cpu.system))
    stop.set()
    for thread in threads:
        thread.join(60)
    db.dispose()


def robot_thread(
    db: Any, ids: list[str], pace: Pace, tally: list[Samples], stop: threading.Event, seed: int
) -> None:
    rng = random.Random(seed)
    every = {"heart": pace.heart, "home": pace.home, "activity": pace.activity}
    every["mental"] = pace.mental
    now = time.monotonic()
    due: list[tuple[float, str, int]] = [
        (now + rng.uniform(0, gap), kind, n) for n in range(len(ids)) for kind, gap in every.items()
    ]
    rate = len(ids) / pace.alert  # this thread's families' alerts a second
    due.append((now + rng.expovariate(rate), "alert", -1))
    heapq.heapify(due)

    def write(kind: str, family: str) -> None:
        if kind == "heart":
            db.status.create_health_status(
                {"family_id": family, "heart_rate": 60 + rng.randrange(0, 40)}
            )
        elif kind == "home":
            fine = round(18 + rng.gauss(0, 4), 1)
            db.status.create_home_status(
                {
                    "family_id": family,
                    "temperature": round(22.5 + rng.gauss(0, 0.5), 1),
                    "humidity": round(48 + rng.gauss(0, 2), 1),
                    "dust_level": max(3.0, fine),
                    "ethanol": 0.02,
                    "others": {"finedust": round(fine * 1.6), "ultrafinedust": round(fine)},
                }
            )
        elif kind == "activity":
            db.status.create_active_status(
                {
                    "family_id": family,
                    "score": rng.randrange(20, 95),
                    "action": "걷기",
                    "is_critical": False,
                    "description": {"title": "활동 보고서", "data": 123.456},
                }
            )
        elif kind == "mental":
            db.status.create_mental_status(
                {
                    "family_id": family,
                    "score": rng.randrange(35, 90),
                    "is_critical": False,
                    "description": json.dumps(
                        {"overall_emotional_state": "안정적", "recommendations": []},
                        ensure_ascii=False,
                    ),
                }
            )
        else:
            crit = rng.random() < 0.2
            db.notifications.create_notification(
                {
                    "family_id": family,
                    "notification_grade": "crit" if crit else "warn",
                    "description": rng.choice(
                        ["낙상감지", "응급호출"] if crit else ["미세먼지 나쁨"]
                    ),
                }
            )

    while not stop.is_set():
        at, kind, n = due[0]
        wait = at - time.monotonic()
        if wait > 0:
            stop.wait(min(wait, 0.2))
            continue
        heapq.heappop(due)
        family = ids[n] if n >= 0 else rng.choice(ids)
        lateness = time.monotonic() - at
        try:
            write(kind, family)
            tally[0].calls.setdefault(kind, []).append((lateness, 0.0))
        except Exception as error:  # noqa: BLE001 (counted and reported: the run goes on)
            key = f"{kind}: {type(error).__name__}: {str(error)[:120]}"
            tally[0].errors[key] = tally[0].errors.get(key, 0) + 1
        following = at + (rng.expovariate(rate) if kind == "alert" else every[kind])
        heapq.heappush(due, (following, kind, n))


# --- the desks ----------------------------------------------------------------------------


@dataclass
class DeskOptions:
    url: str
    read_url: str | None
    poll: float
    screen_every: float


@dataclass
class Samples:
    """Per call: (wall seconds, the thread's CPU seconds); errors by call and kind."""

    calls: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    late_rounds: int = 0


class Desk(threading.Thread):
    """One desk's poller and overview worker (see the module doc), on one thread."""

    def __init__(self, token: str, options: DeskOptions, delay: float, box: list[Samples]) -> None:
        super().__init__(daemon=True)
        self.token = token
        self.options = options
        self.delay = delay
        self.box = box  # box[0]: the process's current Samples (swapped at each report)
        self.stopping = threading.Event()
        self.rng = random.Random(token)

    def timed(self, what: str, fn: Callable[[], Any]) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            result = fn()
        except Exception as error:  # noqa: BLE001 (counted and reported: the desk goes on)
            key = f"{what}: {type(error).__name__}: {str(error)[:120]}"
            errors = self.box[0].errors
            errors[key] = errors.get(key, 0) + 1
            return None
        self.box[0].calls.setdefault(what, []).append(
            (time.perf_counter() - wall, time.thread_time() - cpu)
        )
        return result

    def run(self) -> None:
        from carebot_desktop.config.secrets import MemorySecretStore
        from carebot_desktop.data import Database
        from carebot_desktop.data.validation import utcnow
        from carebot_desktop.services import CarebotService, dashboard
        from carebot_desktop.services.alerts import AlertFeed
        from carebot_desktop.services.care_watch import CareWatch
        from carebot_desktop.services.desk_watch import DeskWatch
        from carebot_desktop.workers.screen_work import desk_snapshot

        if self.stopping.wait(self.delay):
            return
        options = self.options
        db = Database(options.url, read_url=options.read_url, pool_size=3, max_overflow=2)
        try:
            service = CarebotService(db, MemorySecretStore(), bcrypt_cost=4)
            api = self.timed("sign-in", lambda: service.as_user(self.token))
            if api is None:
                return
            feed = AlertFeed(api)
            families = self.timed("sign-in", feed.family_ids) or []
            watch, care = DeskWatch(api), CareWatch(api)
            self.timed("overview", lambda: desk_snapshot(api, True))
            usual_at, usual_due = time.monotonic(), False
            recent_at, recent_due = usual_at, False
            screen_at = time.monotonic() + self.rng.uniform(0, options.screen_every or 1)
            next_round = time.monotonic()
            screens = bool(options.screen_every and families)
            while True:
                # The person's screen at its own moments, not tied to the poll's round
                # (the replica's routing reads the primary for 2 s after this process
                # wrote, as the escalation round does at every poll).
                due = min(next_round, screen_at) if screens else next_round
                if self.stopping.wait(max(0.0, due - time.monotonic())):
                    break
                if screens and time.monotonic() >= screen_at and screen_at < next_round:
                    screen_at += options.screen_every
                    family, end = self.rng.choice(families), utcnow()
                    start = end - timedelta(hours=24)
                    self.timed("screen", partial(dashboard.status_bundle, api, family, start, end))
                    continue
                rows = self.timed("poll", feed.poll)
                watch.delivered(rows or [])  # as live_feed's poll does
                changes = self.timed("check", watch.check)
                tick = self.timed("tend", care.tend)
                next_round = time.monotonic() + options.poll
                changed = tick.changes if tick is not None else None
                if changes is not None:
                    changed = changes if changed is None else changes | changed
                # As the window: new alerts read their families again (MainWindow:
                # OverviewPage.refresh_families), a care change the states alone, and the
                # other changes OverviewPage.on_changes names the whole overview, the
                # usual on some of them.
                reload = part = False
                if changed is not None:
                    reload = bool(
                        changed.acknowledged
                        or changed.alerts
                        or changed.status
                        or changed.memberships
                        or changed.families
                    )
                    part = bool(changed.care or changed.states)
                    usual_due = usual_due or bool(
                        changed.alerts or changed.memberships or changed.families
                    )
                    recent_due = recent_due or bool(changed.memberships or changed.families)
                if rows or (part and not reload):
                    alerted = sorted({str(r.get("family_id")) for r in rows or []})
                    self.timed(
                        "overview", partial(desk_snapshot, api, bool(alerted), False, alerted)
                    )
                if reload:
                    # As OverviewPage.reload: the usual's recent means every few minutes
                    # (or for new families), the rest of it at new alerts too.
                    now = time.monotonic()
                    recent = recent_due or now - recent_at >= USUAL_EVERY_S
                    with_usual = recent or usual_due or now - usual_at >= USUAL_EVERY_S
                    read = self.timed("overview", partial(desk_snapshot, api, with_usual, recent))
                    if read is not None and with_usual:
                        usual_at, usual_due = time.monotonic(), False
                        if recent:
                            recent_at, recent_due = usual_at, False
                if time.monotonic() > next_round:
                    self.box[0].late_rounds += 1
            service.flush_audit()
        finally:
            db.dispose()


def desk_worker(tokens: list[str], options: DeskOptions, control: Connection) -> None:
    """A worker process: its desks on threads; commands from ``control``:
    ("add", count, spread seconds), ("report",), ("stop",)."""
    import logging

    logging.disable(logging.WARNING)  # the poller's own warnings: counted as errors here
    box = [Samples()]
    desks: list[Desk] = []
    spare = list(tokens)
    while True:
        command = control.recv()
        if command[0] == "add":
            _, count, spread = command
            for k in range(count):
                desk = Desk(spare.pop(), options, spread * (k + random.random()) / count, box)
                desk.start()
                desks.append(desk)
            control.send(len(desks))
        elif command[0] == "report":
            samples, box[0] = box[0], Samples()
            cpu = os.times()
            control.send((samples, cpu.user + cpu.system, len(desks)))
        else:
            for desk in desks:
                desk.stopping.set()
            for desk in desks:
                desk.join(60)
            control.send("stopped")
            return


# --- a run --------------------------------------------------------------------------------


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


@dataclass
class Step:
    desks: int
    seconds: float
    load: tuple[float, float, float]
    calls: dict[str, list[tuple[float, float]]]
    errors: dict[str, int]
    late_rounds: int
    server_cpu: dict[str, float]  # name -> cores
    desk_cpu: float  # cores, all worker processes
    robot_cpu: float
    status: dict[str, dict[str, int]]
    questions: dict[str, float]  # statements a second, per server
    writes: dict[str, int]
    robot_late_p99: float
    robot_errors: dict[str, int]

    def p(self, call: str, q: float, cpu: bool = False) -> float:
        return percentile([c[1 if cpu else 0] for c in self.calls.get(call, [])], q)

    def refused(self) -> bool:
        return any(any(word in key for word in REFUSED) for key in self.errors)

    def row(self) -> str:
        def ms(call: str) -> str:
            n = len(self.calls.get(call, []))
            if not n:
                return "—"
            return (
                f"{self.p(call, 0.5) * 1000:.0f} / {self.p(call, 0.99) * 1000:.0f} "
                f"({self.p(call, 0.5, True) * 1000:.1f}) ×{n}"
            )

        servers = " + ".join(f"{v:.2f}" for v in self.server_cpu.values())
        questions = " + ".join(f"{v:.0f}" for v in self.questions.values())
        primary = next(iter(self.status.values()))
        pages = primary["Innodb_buffer_pool_pages_data"] * 16 / 1024
        writes = sum(self.writes.values()) / self.seconds
        return (
            f"| {self.desks} | {ms('poll')} | {ms('check')} | {ms('tend')} | {ms('overview')} "
            f"| {ms('screen')} | {servers} | {questions} | {self.desk_cpu:.2f} | {self.robot_cpu:.2f} "
            f"| {primary['Threads_connected']} / {primary['Max_used_connections']} "
            f"| {pages:.0f} MiB | {writes:.0f}/s | {sum(self.errors.values())} "
            f"| {self.load[0]:.2f} |"
        )


HEADER = (
    "| desks | poll p50 / p99 (CPU p50) ×calls, ms | change check | escalations (tend) "
    "| overview | status screen | server CPU, cores | statements/s | desks' CPU | robots' CPU "
    "| Threads_connected / Max_used | buffer pool data | robot rows | errors | load (1 min) |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)


def run_topology(
    name: str, watched: dict[str, Any], url: str, read_url: str | None, tokens: list[str],
    ids: list[str], args: argparse.Namespace,
) -> list[Step]:  # fmt: skip
    """Desks added step by step (see the module doc); ``watched``: the servers whose CPU
    and status are read (each with ``sql()`` and a ``folder`` holding its ``pid``)."""
    with measuring(args, name):
        return _run_topology(name, watched, url, read_url, tokens, ids, args)


@contextmanager
def measuring(args: argparse.Namespace, name: str) -> Iterator[None]:
    """One measurement at a time (``--lock``: another run of this script waits), and,
    with ``--quiet-load``, once the machine's 1-minute load is below it (other work on a
    shared machine), waiting at most ``--quiet-max`` seconds."""
    import fcntl

    with contextlib.ExitStack() as stack:
        if args.lock:
            handle = stack.enter_context(args.lock.open("a"))
            say(f"{name}: waiting for {args.lock}")
            fcntl.flock(handle, fcntl.LOCK_EX)
        if args.quiet_load:
            deadline = time.monotonic() + args.quiet_max
            while os.getloadavg()[0] > args.quiet_load and time.monotonic() < deadline:
                say(f"{name}: load {os.getloadavg()[0]:.2f}, waiting for {args.quiet_load}")
                time.sleep(30)
        say(f"{name}: measuring; load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        yield


def _run_topology(
    name: str, watched: dict[str, Any], url: str, read_url: str | None, tokens: list[str],
    ids: list[str], args: argparse.Namespace,
) -> list[Step]:  # fmt: skip
    context = multiprocessing.get_context("spawn")
    pace = Pace(args.heart_every, args.home_every, args.alert_every, seed=args.seed)
    robot_end, robot_here = context.Pipe()
    writer = context.Process(target=robots, args=(url, ids, pace, robot_end), daemon=True)
    writer.start()
    options = DeskOptions(url, read_url, args.poll, args.screen_every)
    workers: list[tuple[Any, Connection]] = []
    for w in range(args.processes):
        here, there = context.Pipe()
        share = tokens[w :: args.processes]
        process = context.Process(target=desk_worker, args=(share, options, there), daemon=True)
        process.start()
        workers.append((process, here))
    pids = {k: int((s.folder / "pid").read_text()) for k, s in watched.items()}
    steps: list[Step] = []
    desks = 0
    loads = [0] * len(workers)  # desks per process (each holds its share of the tokens)
    try:
        say(f"{name}: robots warming up for {args.poll:.0f} s")
        time.sleep(args.poll)
        while desks < args.max_desks:
            add = min(args.step if desks else args.first, args.max_desks - desks)
            shares = [0] * len(workers)
            for _ in range(add):  # each new desk to the process with the fewest
                w = min(range(len(workers)), key=lambda k: loads[k] + shares[k])
                shares[w] += 1
            for w, (_, pipe) in enumerate(workers):
                loads[w] += shares[w]
                pipe.send(("add", shares[w], args.poll))
            for _, pipe in workers:
                pipe.recv()
            desks += add
            say(f"{name}: {desks} desks; ramp {args.poll * 2:.0f} s")
            time.sleep(args.poll * 2)  # the new desks signed in and polled once
            for _, pipe in workers:
                pipe.send(("report",))
            desk_cpu0 = sum(pipe.recv()[1] for _, pipe in workers)
            robot_here.send("report")
            robot_cpu0 = robot_here.recv()[1]
            server0 = {k: cpu_seconds(p) for k, p in pids.items()}
            status0 = {k: server_status(s) for k, s in watched.items()}
            started = time.monotonic()
            time.sleep(args.seconds_per_step)
            seconds = time.monotonic() - started
            server1 = {k: cpu_seconds(p) for k, p in pids.items()}
            status1 = {k: server_status(s) for k, s in watched.items()}
            robot_here.send("report")
            written, robot_cpu1 = robot_here.recv()
            merged = Samples()
            desk_cpu1 = 0.0
            for _, pipe in workers:
                pipe.send(("report",))
            for _, pipe in workers:
                samples, cpu, _count = pipe.recv()
                desk_cpu1 += cpu
                for call, values in samples.calls.items():
                    merged.calls.setdefault(call, []).extend(values)
                for key, n in samples.errors.items():
                    merged.errors[key] = merged.errors.get(key, 0) + n
                merged.late_rounds += samples.late_rounds
            step = Step(
                desks=desks,
                seconds=seconds,
                load=os.getloadavg(),
                calls=merged.calls,
                errors=merged.errors,
                late_rounds=merged.late_rounds,
                server_cpu={k: (server1[k] - server0[k]) / seconds for k in pids},
                desk_cpu=(desk_cpu1 - desk_cpu0) / seconds,
                robot_cpu=(robot_cpu1 - robot_cpu0) / seconds,
                status=status1,
                questions={
                    k: (status1[k]["Questions"] - status0[k]["Questions"]) / seconds
                    for k in watched
                },
                writes={kind: len(rows) for kind, rows in written.calls.items()},
                robot_late_p99=percentile([w for r in written.calls.values() for w, _ in r], 0.99),
                robot_errors=written.errors,
            )
            steps.append(step)
            say(f"{name}: {step.row()}")
            for key, n in sorted(step.errors.items()):
                say(f"    error ×{n}: {key}")
            if step.refused():
                say(f"{name}: a connection was refused at {desks} desks: stop")
                break
            if step.p("poll", 0.99) > 1.0:
                say(f"{name}: the poll's p99 passed 1 s at {desks} desks: stop")
                break
    finally:
        for _, pipe in workers:
            pipe.send(("stop",))
        for process, pipe in workers:
            if pipe.poll(90):
                pipe.recv()
            process.join(30)
            if process.is_alive():
                process.terminate()
        robot_here.send("stop")
        writer.join(30)
        if writer.is_alive():
            writer.terminate()
    return steps


def report(name: str, steps: list[Step], note: str) -> str:
    lines = [f"### {name}", "", note, "", HEADER, *(s.row() for s in steps), ""]
    for step in steps:
        if step.errors:
            lines.append(f"- errors at {step.desks} desks:")
            lines += [f"  - ×{n}: `{k}`" for k, n in sorted(step.errors.items())]
        if step.late_rounds:
            lines.append(f"- at {step.desks} desks, {step.late_rounds} rounds ran past their time")
        if step.robot_errors:
            lines.append(f"- the robots' errors at {step.desks} desks:")
            lines += [f"  - ×{n}: `{k}`" for k, n in sorted(step.robot_errors.items())]
        late = step.robot_late_p99
        if late > 1.0:
            lines.append(f"- at {step.desks} desks the robots' writes ran {late:.1f} s late (p99)")
    good = [s for s in steps if s.p("poll", 0.99) <= 0.25 and not s.errors]
    lines.append(
        f"\nMost desks with the poll's p99 under 250 ms and no error: "
        f"{max(s.desks for s in good) if good else 'none'}."
    )
    return "\n".join(lines)


def run_galera(args: argparse.Namespace) -> str:
    """Three Galera nodes behind HAProxy (``tests/galera_mariadb.py``, with this
    benchmark's buffer pool and connection limit): the data built through the proxy,
    the desks and robots through the proxy (HAProxy sends every connection to one node,
    the other two are its backups and apply every write)."""
    from tests import galera_mariadb as gm

    reason = gm.missing()
    if reason:
        return f"### galera\n\nNot measured: {reason}."

    class Cluster(gm.GaleraCluster):
        def _config(self, node: Any) -> str:
            text = super()._config(node)
            # MariaDB's own temporary tables in the node's folder, not /tmp (where another
            # program's clean-up once removed one under a roll-up fold: "Error on delete").
            tmp = node.folder / "tmp"
            tmp.mkdir(exist_ok=True)
            user = pwd.getpwnam(gm.RUN_AS)  # the nodes run as the mysql user
            os.chown(tmp, user.pw_uid, user.pw_gid)
            text += f"tmpdir={tmp}\n"
            for name, value in (
                ("innodb_buffer_pool_size", args.buffer_pool),
                ("max_connections", str(args.max_connections)),
                ("innodb_log_file_size", "512M"),
            ):
                text = re.sub(rf"(?m)^{name}=.*$", f"{name}={value}", text)
            return text

    cluster = Cluster()
    cluster.start(timeout=300)
    try:
        schema = cluster.create_schema()
        url = cluster.schema_url(schema)
        carer, ids = build(url, args.families, args.days)
        backfill(url, args.recent_hours, args.heart_every, args.home_every)
        fold_all(url)
        tokens = sessions(url, carer, args.max_desks)
        watched = {node.name: node for node in cluster.nodes}
        note = (
            "Three Galera nodes (galera-4, `innodb_flush_log_at_trx_commit=2` as "
            "tests/galera_mariadb.py sets it) behind HAProxy: every desk and robot connects "
            "through the proxy, which sends all connections to node 0 (the others are "
            "backups); server CPU per node."
        )
        return report("galera", run_topology("galera", watched, url, None, tokens, ids, args), note)
    finally:
        cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--topology", choices=("single", "replica", "pair", "galera", "all"), default="all"
    )
    parser.add_argument("--max-desks", type=int, default=400)
    parser.add_argument("--first", type=int, default=50, help="desks at the first step")
    parser.add_argument("--step", type=int, default=50)
    parser.add_argument("--seconds-per-step", type=float, default=60.0)
    parser.add_argument("--poll", type=float, default=10.0, help="poll interval, s")
    parser.add_argument(
        "--processes",
        type=int,
        default=10,
        help="desk worker processes (a real desk is a process of its own: with fewer, a "
        "desk's poll waits for the other desks' threads in its process)",
    )
    parser.add_argument("--heart-every", type=float, default=2.0, help="s, per family")
    parser.add_argument("--home-every", type=float, default=3.0, help="s, per family")
    parser.add_argument("--alert-every", type=float, default=12_400.0, help="s, per family")
    parser.add_argument(
        "--recent-hours",
        type=float,
        default=3.0,
        help="the last hours filled at the robots' pace before measuring (0: none)",
    )
    parser.add_argument(
        "--screen-every", type=float, default=120.0, help="status screen per desk, s (0: none)"
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="the robots' random numbers (alert times)"
    )
    parser.add_argument("--families", type=int, default=200)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--buffer-pool", default="2G")
    parser.add_argument("--max-connections", type=int, default=4000)
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="the servers' folder, kept for the next run (which reuses its data)",
    )
    parser.add_argument("--out", type=Path, help="write the report (markdown) here too")
    parser.add_argument("--lock", type=Path, help="a file locked while measuring")
    parser.add_argument(
        "--quiet-load", type=float, default=0.0, help="measure once the 1-min load is below"
    )
    parser.add_argument("--quiet-max", type=float, default=1800.0, help="s to wait for it")
    args = parser.parse_args()
    # Stopped by a signal (a background job ignores Ctrl-C): clean up all the same.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped (SIGTERM)"))
    every = ("single", "replica", "galera")
    chosen = {"all": every, "pair": every[:2]}
    topologies = chosen.get(args.topology, (args.topology,))
    parts = [
        f"`{' '.join(sys.argv)}` on {os.cpu_count()} cores, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        "Each call: client wall time p50 / p99, (the calling thread's own CPU, p50) and "
        "the calls measured in the step. CPU columns: cores used on average over the "
        "step (server: primary + replica where used); statements per second likewise.",
        "",
    ]

    def done(text: str) -> None:
        print(text, flush=True)
        parts.extend([text, ""])
        if args.out:
            args.out.write_text("\n".join(parts))

    pair_topologies = [t for t in topologies if t != "galera"]
    if pair_topologies:
        base = args.keep or Path(tempfile.mkdtemp(prefix="carebot-capacity-"))
        with servers(base, args.buffer_pool, args.max_connections, args.keep is not None) as (
            pair,
            existed,
        ):
            url = pair.primary.url()
            built = base / "built.json"
            if existed and built.exists():
                carer, ids = json.loads(built.read_text())
                say(f"reusing the data in {base}")
            else:
                carer, ids = build(url, args.families, args.days)
                if args.keep:
                    built.write_text(json.dumps([carer, ids]))
            backfill(url, args.recent_hours, args.heart_every, args.home_every)
            fold_all(url)
            for name in pair_topologies:
                tokens = sessions(url, carer, args.max_desks)
                if name == "single":
                    pair.replica.sql("STOP SLAVE")
                    note = "One server (the primary, binary log on; its replica stopped, idle)."
                    watched = {"primary": pair.primary}
                    steps = run_topology(name, watched, url, None, tokens, ids, args)
                else:
                    pair.replica.sql("START SLAVE")
                    say(f"replica caught up in {wait_caught_up(pair, 3600):.0f} s")
                    note = (
                        "Primary + GTID replica: `Database(primary, read_url=replica)` "
                        "for every desk."
                    )
                    watched = {"primary": pair.primary, "replica": pair.replica}
                    replica_url = pair.replica.url()
                    steps = run_topology(name, watched, url, replica_url, tokens, ids, args)
                done(report(name, steps, note))
    if "galera" in topologies:
        done(run_galera(args))
    print("\n".join(parts))


if __name__ == "__main__":
    main()
