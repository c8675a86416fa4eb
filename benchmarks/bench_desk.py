#!/usr/bin/env python3
"""The care-centre desk at scale: the overview of 200 families, the latest readings, and
the poll, through the permission-checked API a desk uses.

Builds 200 families with 30 days of home status every 5 minutes (1,728,000 rows), 2,500
notifications per family (500,000; the last 20 of each unread), per-second heart rate for
one elder over 30 days (2,592,000 rows), and a caregiver who is a member of every family.
Reports the median of warm runs and the number of SQL statements each call issues.

    .venv/bin/python benchmarks/bench_desk.py                 # SQLite
    .venv/bin/python benchmarks/bench_desk.py --mariadb URL   # e.g. mysql+pymysql://root@127.0.0.1:3306
    .venv/bin/python benchmarks/bench_desk.py --mariadb URL --no-sqlite --keep
        # keeps the MariaDB schema and prints "kept: URL" for bench_gui.py --database URL
        # --email carer@carebot.test (CAREBOT_SIGNIN_PASSWORD=bench-password); about 7
        # minutes here, most of it the roll-ups (drop the schema afterwards)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, text

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import Database
from carebot_desktop.data import status as status_module
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.data.models import HealthStatus, HomeStatus, MemberRelation, Notification
from carebot_desktop.services import CarebotService, dashboard
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.passwords import hash_password
from carebot_desktop.services.sessions import new_token, token_to_xid

FAMILIES = 200
DAYS = 30
END = datetime(2026, 11, 27)


def fill(db: Database) -> tuple[str, list[str]]:
    password = hash_password("bench-password", cost=4)
    carer = db.accounts.create_account(
        {"email": "carer@carebot.test", "password": password, "role": "sub"}
    )
    ids = []
    for n in range(FAMILIES):
        elder = db.accounts.create_account(
            {"email": f"elder{n}@carebot.test", "password": password, "role": "main"}
        )
        ids.append(db.families.create_family({"main_user": elder, "family_name": f"F{n}"}))
    start = END - timedelta(days=DAYS)
    steps = DAYS * 288
    with db.engine.begin() as connection:
        connection.execute(
            insert(MemberRelation),
            [{"id": f"M{n:015d}", "family_id": f, "user_id": carer} for n, f in enumerate(ids)],
        )
        for family in ids:
            connection.execute(
                insert(HomeStatus),
                [
                    {
                        "family_id": family,
                        "reported_at": start + timedelta(minutes=5 * s),
                        "temperature": 20 + s % 7,
                        "humidity": 45.0,
                        "dust_level": 20.0,
                        "ethanol": 0.01,
                    }
                    for s in range(steps)
                ],
            )
            connection.execute(
                insert(Notification),
                [
                    {
                        "family_id": family,
                        "created_at": start + timedelta(minutes=17 * m),
                        "notification_grade": "INFO" if m % 10 else "WARN",
                        "descriptions": "bench",
                        "is_read": m < 2480,
                    }
                    for m in range(2500)
                ],
            )
        seconds = DAYS * 86_400
        for first in range(0, seconds, 50_000):
            connection.execute(
                insert(HealthStatus),
                [
                    {
                        "family_id": ids[0],
                        "reported_at": start + timedelta(seconds=s),
                        "heart_rate": 60 + (s * 7919) % 40,
                    }
                    for s in range(first, min(seconds, first + 50_000))
                ],
            )
    return carer, ids


def measure(db: Database, fn: Callable[[], Any], repeat: int = 7) -> tuple[float, int]:
    """(median seconds of warm runs, SQL statements of one run)."""
    fn()  # warm
    statements: list[str] = []

    def count(*_args: Any) -> None:
        statements.append("")

    event.listen(db.engine, "before_cursor_execute", count)
    fn()
    event.remove(db.engine, "before_cursor_execute", count)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), len(statements)


def run(label: str, db: Database) -> list[str]:
    db.create_schema()
    started = time.perf_counter()
    carer, ids = fill(db)
    lines = [
        f"| {label} | fill (1.73 M home, 2.59 M heart rate, 0.5 M notifications) | "
        f"{time.perf_counter() - started:.0f} s | |"
    ]
    if not db.is_sqlite:
        with db.engine.connect() as connection:
            for table in ("homestatus", "healthstatus", "notifications"):
                connection.execute(text(f"ANALYZE TABLE {table}"))
    token = new_token()
    db.auth.create_session({"xid": token_to_xid(token), "user_id": carer})
    api = CarebotService(db, MemorySecretStore(), bcrypt_cost=4).as_user(token)
    feed = AlertFeed(api, ids)
    feed.poll()
    for what, fn in (
        (
            "latest heart rate, data layer only (db.status)",
            lambda: db.status.get_latest_health_status(ids[0]),
        ),
        ("desk snapshot, data layer only (db.desk)", lambda: db.desk.snapshot(ids)),
        (
            "latest heart rate (get_latest_health_status)",
            lambda: api.status.get_latest_health_status(ids[0]),
        ),
        (
            "latest home status (get_latest_home_status)",
            lambda: api.status.get_latest_home_status(ids[1]),
        ),
        (
            f"desk overview, {FAMILIES} families (dashboard.overview)",
            lambda: dashboard.overview(api),
        ),
        (f"desk poll, {FAMILIES} families (AlertFeed.poll)", feed.poll),
        (f"desk change check, {FAMILIES} families (DeskWatch)", api.desk.signature),
    ):
        seconds, statements = measure(db, fn)
        lines.append(f"| {label} | {what} | {seconds * 1000:.1f} ms | {statements} |")

    # Charts: the very first time (no roll-up yet: every row is read), the roll-up
    # build, then warm.
    end = END
    month, day = end - timedelta(days=DAYS), end - timedelta(hours=24)
    started = time.perf_counter()
    dashboard.chart_series(api, ids[0], "heart_rate", month, end)
    lines.append(
        f"| {label} | 30 d heart-rate chart, the very first time (nothing folded yet) | "
        f"{(time.perf_counter() - started) * 1000:.0f} ms | |"
    )
    status_module.GRACE = timedelta(0)  # the rows are all committed: fold them all
    started = time.perf_counter()
    db.status.fold_rollups()
    db.status.fold_rollups()
    lines.append(
        f"| {label} | roll-up build, 4.3 M status rows (Status.fold_rollups) | "
        f"{time.perf_counter() - started:.1f} s | |"
    )
    for what, fn in (
        (
            "24 h heart-rate chart",
            lambda: dashboard.chart_series(api, ids[0], "heart_rate", day, end),
        ),
        (
            "30 d heart-rate chart",
            lambda: dashboard.chart_series(api, ids[0], "heart_rate", month, end),
        ),
        (
            "30 d temperature chart",
            lambda: dashboard.chart_series(api, ids[1], "temperature", month, end),
        ),
        (
            "status screen bundle, 30 d (dashboard.status_bundle)",
            lambda: dashboard.status_bundle(api, ids[0], month, end),
        ),
    ):
        seconds, statements = measure(db, fn)
        lines.append(f"| {label} | {what} | {seconds * 1000:.1f} ms | {statements} |")
    started = time.perf_counter()
    db.create_schema()
    lines.append(
        f"| {label} | create_schema() on this loaded database | "
        f"{(time.perf_counter() - started) * 1000:.0f} ms | |"
    )
    if db.is_mysql:
        lines += through_a_login(db, ids)
    return lines


def through_a_login(admin: Database, ids: list[str]) -> list[str]:
    """The same desk calls through the caregiver's own MariaDB login: the per-person views
    (database-enforced access, see docs/deployment.md) filter every row by the login."""
    from sqlalchemy.engine import make_url

    from carebot_desktop.data import login_views, provisioning

    label = "MariaDB, own login"
    started = time.perf_counter()
    provisioning.secure_database(admin)
    password = "bench login password 1"
    url = make_url(
        provisioning.add_login(admin, "carer@carebot.test", password, login_prefix="cbbench_")
    ).set(password=password)
    lines = [
        f"| {label} | secure-database and add-login | {time.perf_counter() - started:.1f} s | |"
    ]
    db = Database(url, read_timeout=600)
    try:
        service = CarebotService(db, MemorySecretStore(), bcrypt_cost=4)
        started = time.perf_counter()
        session = service.login("carer@carebot.test", "bench-password")
        lines.append(
            f"| {label} | sign-in (bcrypt cost 4) | "
            f"{(time.perf_counter() - started) * 1000:.0f} ms | |"
        )
        api = service.as_user(session["session_id"])
        feed = AlertFeed(api, ids)
        feed.poll()
        end = END
        month, day = end - timedelta(days=DAYS), end - timedelta(hours=24)
        for what, fn in (
            (
                "latest heart rate (get_latest_health_status)",
                lambda: api.status.get_latest_health_status(ids[0]),
            ),
            (
                "latest home status (get_latest_home_status)",
                lambda: api.status.get_latest_home_status(ids[1]),
            ),
            (
                f"desk overview, {FAMILIES} families (dashboard.overview)",
                lambda: dashboard.overview(api),
            ),
            (f"desk poll, {FAMILIES} families (AlertFeed.poll)", feed.poll),
            (f"desk change check, {FAMILIES} families (DeskWatch)", api.desk.signature),
            (
                "24 h heart-rate chart",
                lambda: dashboard.chart_series(api, ids[0], "heart_rate", day, end),
            ),
            (
                "30 d heart-rate chart",
                lambda: dashboard.chart_series(api, ids[0], "heart_rate", month, end),
            ),
            (
                "30 d temperature chart",
                lambda: dashboard.chart_series(api, ids[1], "temperature", month, end),
            ),
            (
                "status screen bundle, 30 d (dashboard.status_bundle)",
                lambda: dashboard.status_bundle(api, ids[0], month, end),
            ),
        ):
            seconds, statements = measure(db, fn)
            lines.append(f"| {label} | {what} | {seconds * 1000:.1f} ms | {statements} |")
        service.flush_audit()
    finally:
        db.dispose()
        provisioning.remove_login(admin, "carer@carebot.test")
        with admin.engine.begin() as connection:
            views = login_views.views_schema_name(admin.url.database or "")
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{views}`")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mariadb", metavar="URL", help="a MariaDB server URL (no schema)")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the MariaDB schema (for bench_gui.py --database) and print its URL",
    )
    args = parser.parse_args()
    lines = ["| database | what | median (warm) | SQL statements |", "| --- | --- | --- | --- |"]
    if not args.no_sqlite:
        folder = Path(tempfile.mkdtemp(prefix="carebot-bench-"))
        db = Database(sqlite_url(folder / "bench.sqlite3"))
        lines += run("SQLite", db)
        db.dispose()
    if args.mariadb:
        import pymysql
        from sqlalchemy.engine import make_url

        url = make_url(args.mariadb)
        schema = f"carebot_bench_desk_{int(time.time())}"
        server = pymysql.connect(
            host=url.host or "127.0.0.1",
            port=url.port or 3306,
            user=url.username or "root",
            password=url.password or "",
        )
        with server.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{schema}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
        try:
            db = Database(url.set(database=schema), read_timeout=600)
            lines += run("MariaDB", db)
            db.dispose()
        finally:
            if args.keep:
                kept = url.set(database=schema).render_as_string(hide_password=False)
                lines.append(f"\nkept: {kept} (carer@carebot.test, bench-password)")
            else:
                with server.cursor() as cursor:
                    cursor.execute(f"DROP DATABASE IF EXISTS `{schema}`")
            server.close()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
