#!/usr/bin/env python3
"""How long a chart takes to get its data at care-centre scale, and what it costs in memory.

Fills one family with per-second heart rate for 30 days (2,592,000 rows) and times
``get_status_series`` (aggregated in SQL, what the status screen uses) for 24 h, 7 d and
30 d windows, against pulling the raw rows of the same window with ``get_health_status``
(what the original connector offered). Also times the incremental notification poll with
a large backlog.

    .venv/bin/python benchmarks/bench_status_series.py                 # SQLite
    .venv/bin/python benchmarks/bench_status_series.py --mariadb URL   # e.g. mysql+pymysql://root@127.0.0.1:3306
Results are printed as a Markdown table (docs/benchmarks.md keeps the last run).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from carebot_desktop.data import Database
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.data.models import HealthStatus, Notification
from carebot_desktop.services.dashboard import bucket_for

DAYS = 30
END = datetime(2026, 11, 27)


def fill(db: Database, seconds: int) -> str:
    account = db.accounts.create_account(
        {"email": "bench@carebot.test", "password": "h", "role": "main"}
    )
    family = db.families.create_family({"main_user": account})
    start = END - timedelta(seconds=seconds)
    chunk = 50_000
    with db.engine.begin() as connection:
        for first in range(0, seconds, chunk):
            rows = [
                {
                    "family_id": family,
                    "reported_at": start + timedelta(seconds=s),
                    "heart_rate": 60 + (s * 7919) % 40,
                }
                for s in range(first, min(seconds, first + chunk))
            ]
            connection.execute(HealthStatus.__table__.insert(), rows)
        notifications = [
            {
                "family_id": family,
                "created_at": start + timedelta(minutes=m),
                "notification_grade": "INFO",
                "descriptions": "bench",
                "is_read": True,
            }
            for m in range(200_000)
        ]
        connection.execute(Notification.__table__.insert(), notifications)
    return family


def measure(fn, repeat: int = 5) -> tuple[float, float, int]:
    """(median seconds, peak MiB of Python allocations, result length)."""
    times, peak, size = [], 0, 0
    for _ in range(repeat):
        tracemalloc.start()
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        size = len(result)
    return statistics.median(times), peak / 2**20, size


def run(db: Database, label: str) -> list[str]:
    db.create_schema()
    started = time.perf_counter()
    family = fill(db, DAYS * 86_400)
    fill_seconds = time.perf_counter() - started
    rows = [
        f"| {label} | fill 2,592,000 heart-rate rows + 200,000 notifications | "
        f"{fill_seconds:.1f} s | | |"
    ]
    for name, span in (
        ("24 h", timedelta(hours=24)),
        ("7 d", timedelta(days=7)),
        ("30 d", timedelta(days=30)),
    ):
        start = END - span
        bucket = bucket_for(start, END)
        median, peak, size = measure(
            lambda s=start, b=bucket: db.status.get_status_series(family, "heart_rate", s, END, b)
        )
        rows.append(
            f"| {label} | chart series {name} (bucket {bucket} s) | "
            f"{median * 1000:.0f} ms | {peak:.1f} MiB | {size} points |"
        )
    for name, span in (("24 h", timedelta(hours=24)), ("7 d", timedelta(days=7))):
        start = END - span
        median, peak, size = measure(
            lambda s=start: db.status.get_health_status(family, s, END), repeat=1
        )
        rows.append(
            f"| {label} | raw rows {name} (get_health_status) | "
            f"{median * 1000:.0f} ms | {peak:.1f} MiB | {size} rows |"
        )
    with db.engine.connect() as connection:
        newest = connection.execute(text("SELECT MAX(`index`) FROM notifications")).scalar()
    median, peak, size = measure(
        lambda: db.notifications.get_notifications_after([family], newest - 3), repeat=20
    )
    rows.append(
        f"| {label} | incremental poll over 200,000 notifications | "
        f"{median * 1000:.1f} ms | {peak:.2f} MiB | {size} new |"
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mariadb", metavar="URL", help="also run on a throw-away schema there")
    args = parser.parse_args()
    lines = [
        "| database | what | median time | peak Python memory | result |",
        "| --- | --- | --- | --- | --- |",
    ]
    with tempfile.TemporaryDirectory() as folder:
        db = Database(sqlite_url(Path(folder) / "bench.sqlite3"))
        lines += run(db, "SQLite")
        db.dispose()
    if args.mariadb:
        import pymysql
        from sqlalchemy.engine import make_url

        url = make_url(args.mariadb)
        schema = f"carebot_bench_{int(time.time())}"
        server = pymysql.connect(
            host=url.host, port=url.port or 3306, user=url.username, password=url.password or ""
        )
        server.cursor().execute(
            f"CREATE DATABASE `{schema}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
        )
        try:
            db = Database(url.set(database=schema))
            lines += run(db, "MariaDB")
            db.dispose()
        finally:
            server.cursor().execute(f"DROP DATABASE `{schema}`")
            server.close()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
