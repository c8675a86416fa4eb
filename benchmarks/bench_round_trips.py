#!/usr/bin/env python3
"""A family member's home PC at internet distance: round trips and time per step.

Fills a throw-away MariaDB schema with the demo families (30 days), then reaches it
through ``tests/tcp_proxy.TcpProxy`` adding 15 ms each way (a 30 ms round trip) and runs
each step the screens run, as a member of one family. "Round trips" counts request-response
turns on the wire (the proxy counts them); the time is wall time through the proxy.
SQL statements are counted too. Sign-in includes connecting (a fresh pool) and bcrypt at
the benchmark's cost 4.

    .venv/bin/python benchmarks/bench_round_trips.py [--mariadb mysql+pymysql://root@127.0.0.1:3306]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pymysql
from sqlalchemy import event
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import Database
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService, dashboard
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.services.passwords import hash_password
from tests.tcp_proxy import TcpProxy

MEMBER = "minjung.lee@carebot.example"  # a daughter, member of one family
PASSWORD = "bench-password"
TARGETS = {
    "sign-in": 12,
    "overview, one family": 8,
    "status screen, 30 d": 12,
    "unread critical alerts": 3,
    "notifications, 30 d (one list)": 3,
}


def measure(
    proxy: TcpProxy, db: Database, fn: Callable[[], Any], runs: int = 3
) -> tuple[int, int, float]:
    """(round trips, SQL statements, median seconds) of ``fn`` through the proxy."""
    statements = [0]

    def count(*_args: Any) -> None:
        statements[0] += 1

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        trips, sql, times = [], [], []
        for _ in range(runs):
            before, statements[0] = proxy.round_trips, 0
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
            trips.append(proxy.round_trips - before)
            sql.append(statements[0])
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    times.sort()
    return max(trips), max(sql), times[len(times) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mariadb", default="mysql+pymysql://root@127.0.0.1:3306")
    parser.add_argument("--rtt-ms", type=float, default=30.0)
    args = parser.parse_args()
    url = make_url(args.mariadb)
    schema = f"carebot_bench_rt_{int(time.time())}"
    server = pymysql.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 3306,
        user=url.username or "root",
        password=url.password or "",
    )
    with server.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{schema}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 3306, delay=args.rtt_ms / 2000)
    try:
        direct = Database(url.set(database=schema))
        direct.create_schema()
        families = fill_demo(direct, password_hash=hash_password(PASSWORD, cost=4))
        direct.dispose()
        family = families["김순자"]
        db = Database(url.set(database=schema, host="127.0.0.1", port=proxy.port))
        service = CarebotService(db, MemorySecretStore(), bcrypt_cost=4)
        now = utcnow()
        rows = ["| step | round trips | target | SQL statements | time at 30 ms RTT |"]
        rows.append("| --- | --- | --- | --- | --- |")

        def sign_in() -> Any:
            db.dispose()  # a fresh start: connecting counts
            session = service.login_with_profile(MEMBER, PASSWORD)
            return service.api_for_new_session(session)

        api = sign_in()
        feed = AlertFeed(api)
        feed.poll()
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("sign-in", sign_in),
            ("overview, one family", lambda: dashboard.overview(api)),
            (
                "status screen, 30 d",
                lambda: dashboard.status_bundle(api, family, now - timedelta(days=30), now),
            ),
            ("unread critical alerts", lambda: dashboard.unread_critical(api)),
            (
                "notifications, 30 d (one list)",
                lambda: api.notifications.get_all_notifications(family, now - timedelta(days=30)),
            ),
            ("alert poll (AlertFeed.poll)", feed.poll),
        ]
        for name, fn in steps:
            fn()  # warm: the pool holds a connection, the server's caches are warm
            trips, sql, seconds = measure(proxy, db, fn)
            target = TARGETS.get(name)
            rows.append(
                f"| {name} | {trips} | {target if target is not None else ''} | {sql} | "
                f"{seconds * 1000:.0f} ms |"
            )
        db.dispose()
        print("\n".join(rows))
    finally:
        proxy.close()
        with server.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{schema}`")
        server.close()


if __name__ == "__main__":
    main()
