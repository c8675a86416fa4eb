#!/usr/bin/env python3
"""Closing the loop on alerts at 200 families (issue 18's targets): the open alerts with
their states, the overview with the states, escalation when nothing is due, and a take on
one desk seen by a second desk's next poll round, through the permission-checked API.

The scale data is bench_desk.py's (200 families, a month of readings), built here in a
throw-away schema, or a schema bench_desk.py kept (``--database``, as ``make bench`` does).
On top of it: a second caregiver and the care centre's system account, and 3 alerts per
family per day for 14 days (one crit, two warn): most resolved with an outcome and their
take/resolve history, some taken, some still new (the latest crit of every fourth family,
an old warn here and there); bench_desk's own warn alerts of those days are resolved.

    .venv/bin/python benchmarks/bench_care.py --mariadb mysql+pymysql://root@127.0.0.1:3306
    .venv/bin/python benchmarks/bench_care.py --database URL_WITH_SCHEMA   # bench_desk --keep

Reports the median and the 95th percentile of ``--repeat`` warm runs, and the load of the
machine before and after (it is shared: read the figures with that in mind).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bench_desk import fill
from sqlalchemy import event, insert, select, text
from sqlalchemy.engine import URL, make_url

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import Database, login_views, provisioning
from carebot_desktop.data.errors import NotFoundError
from carebot_desktop.data.models import (
    AlertCare,
    AlertEvent,
    MemberRelation,
    Notification,
    NotificationGrade,
)
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService, dashboard
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.care_watch import CareWatch
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.desk_watch import DeskWatch
from carebot_desktop.services.passwords import hash_password
from carebot_desktop.services.sessions import new_token, token_to_xid

CARER, NURSE, CENTRE = "carer@carebot.test", "nurse@carebot.test", "centre@carebot.test"
PASSWORD = "bench-password"
DAYS = 14  # data.care.OPEN_DAYS: what open_alerts looks at
PER_DAY = 3
OUTCOMES = ("elder_fine", "false_alarm", "visited", "family_contacted")


def loadavg() -> str:
    try:
        with open("/proc/loadavg") as found:
            return " ".join(found.read().split()[:3])
    except OSError:
        return "n/a"


def add_people(db: Database, ids: list[str]) -> tuple[str, str]:
    """The second caregiver (a member of every family) and the care centre's account."""
    password = hash_password(PASSWORD, cost=4)
    nurse = db.accounts.create_account(
        {"email": NURSE, "password": password, "role": "sub", "user_name": "박간호"}
    )
    centre = db.accounts.create_account(
        {"email": CENTRE, "password": password, "role": "system", "user_name": "돌봄센터"}
    )
    with db.engine.begin() as connection:
        connection.execute(
            insert(MemberRelation),
            [{"id": f"N{n:015d}", "family_id": f, "user_id": nurse} for n, f in enumerate(ids)],
        )
    db.care.set_care_centre_account(centre)
    return nurse, centre


def add_alerts(db: Database, ids: list[str], carer: str) -> None:
    """3 alerts per family per day for ``DAYS`` days, with their care (see the module)."""
    now = utcnow().replace(microsecond=0)
    with db.engine.begin() as connection:
        # bench_desk's own warn alerts of these days were dealt with long ago
        old = connection.execute(
            select(Notification.index, Notification.family_id, Notification.created_at).where(
                Notification.created_at >= now - timedelta(days=DAYS + 1),
                Notification.notification_grade.in_([NotificationGrade.WARN]),
            )
        ).all()
        rows = [
            {
                "family_id": family,
                "created_at": now - timedelta(hours=24 / PER_DAY * k, minutes=7 * (f % 60) + 5),
                "notification_grade": "CRIT" if k % PER_DAY == 0 else "WARN",
                "descriptions": f"bench care {k}",
                "is_read": state_of(f, k) != "new",  # a take marks it read
            }
            for f, family in enumerate(ids)
            for k in range(DAYS * PER_DAY)
        ]
        connection.execute(insert(Notification), rows)
        made = connection.execute(
            select(
                Notification.index,
                Notification.family_id,
                Notification.created_at,
                Notification.descriptions,
            ).where(Notification.descriptions.like("bench care %"))
        ).all()
        position = {family: f for f, family in enumerate(ids)}
        care, events = [], []
        for index, family, created, what in made:
            f, k = position[family], int(what.split()[-1])
            state = state_of(f, k)
            if state == "new":
                continue
            taken_at = created + timedelta(minutes=1 + f % 5)
            row = {
                "notification_index": index,
                "family_id": family,
                "state": state,
                "taken_by": carer,
                "taken_by_name": "김돌봄",
                "taken_at": taken_at,
            }
            events.append(_event(index, family, "take", carer, taken_at))
            if state == "resolved":
                resolved_at = taken_at + timedelta(minutes=6)
                row |= {
                    "resolved_by": carer,
                    "resolved_by_name": "김돌봄",
                    "resolved_at": resolved_at,
                    "outcome": OUTCOMES[k % len(OUTCOMES)],
                    "note": "방문해서 확인함",
                }
                events.append(_event(index, family, "resolve", carer, resolved_at))
            care.append(row)
        for index, family, created in old:
            at = created + timedelta(minutes=3)
            care.append(
                {
                    "notification_index": index,
                    "family_id": family,
                    "state": "resolved",
                    "taken_by": carer,
                    "taken_by_name": "김돌봄",
                    "taken_at": at,
                    "resolved_by": carer,
                    "resolved_by_name": "김돌봄",
                    "resolved_at": at,
                    "outcome": "elder_fine",
                }
            )
            events += [_event(index, family, kind, carer, at) for kind in ("take", "resolve")]
        for first in range(0, len(care), 5_000):
            connection.execute(insert(AlertCare), care[first : first + 5_000])
        for first in range(0, len(events), 5_000):
            connection.execute(insert(AlertEvent), events[first : first + 5_000])
    if db.is_mysql:
        with db.engine.connect() as connection:
            for table in (
                "notifications",
                "desktop_alert_care",
                "desktop_alert_events",
                "desktop_escalations",
            ):
                connection.execute(text(f"ANALYZE TABLE {table}"))


def state_of(f: int, k: int) -> str:
    """The state of family ``f``'s ``k``-th newest alert: the latest (a crit) new in every
    fourth family and taken in the others, the one before taken in every other family,
    the older ones resolved but for an old one left open here and there."""
    if k == 0:
        return "new" if f % 4 == 0 else "taken"
    if k == 1:
        return "taken" if f % 2 == 0 else "resolved"
    return "new" if (f + k) % 50 == 0 else "resolved"


def _event(index: int, family: str, kind: str, by: str, at: Any) -> dict[str, Any]:
    return {
        "notification_index": index,
        "family_id": family,
        "kind": kind,
        "actor_id": by,
        "actor_name": "김돌봄",
        "at": at,
    }


def timed(db: Database, fn: Callable[[], Any], repeat: int) -> tuple[float, float, int]:
    """(median ms, p95 ms of ``repeat`` warm runs, SQL statements of one run)."""
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
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), p95(times), len(statements)


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def row(label: str, what: str, median: float, high: float, statements: object, n: int) -> str:
    return f"| {label} | {what} | {median:.1f} ms | {high:.1f} ms | {statements} | {n} |"


class Desk:
    """One desk's poll round as the poller runs it (workers/poller.py): the feed's poll,
    the change check (DeskWatch.check), then the care watch (CareWatch.tend)."""

    def __init__(self, api: Any, ids: list[str]) -> None:
        self.feed = AlertFeed(api, ids)
        self.watch = DeskWatch(api)
        self.care = CareWatch(api)

    def round(self) -> tuple[list[Any], DeskChanges]:
        rows = self.feed.poll()
        changes = self.watch.check()
        tick = self.care.tend()
        return rows, changes | tick.changes


def session_api(service: CarebotService, db: Database, account: str) -> Any:
    token = new_token()
    db.auth.create_session({"xid": token_to_xid(token), "user_id": account})
    return service.as_user(token)


def measure(
    label: str,
    dbs: tuple[Database, Database],
    desk_a: Any,
    desk_b: Any,
    ids: list[str],
    repeat: int,
) -> list[str]:
    """The targets' calls with desk A's api and desk B's rounds (``dbs``: their databases,
    for the statement counts)."""
    db_a, db = dbs
    lines = []
    for what, fn in (
        (
            f"open alerts with states, {len(ids)} families (api.care.open_alerts)",
            desk_a.care.open_alerts,
        ),
        (
            f"overview with states, {len(ids)} families (dashboard.overview)",
            lambda: dashboard.overview(desk_a),
        ),
    ):
        lines.append(row(label, what, *timed(db_a, fn, repeat), repeat))
    started = time.perf_counter()
    raised = desk_b.care.escalate()
    lines.append(
        f"| {label} | escalate, the first call: {len(raised)} levels raised "
        f"(with level 2's messages) | {(time.perf_counter() - started) * 1000:.0f} ms | | | 1 |"
    )
    lines.append(
        row(
            label,
            f"escalate, {len(ids)} families, nothing due (api.care.escalate)",
            *timed(db, desk_b.care.escalate, repeat),
            repeat,
        )
    )
    b = Desk(desk_b, ids)
    b.round()  # the first check only notes the signature
    for what, fn in (
        ("desk B's poll round, nothing changed (poll + DeskWatch + CareWatch)", b.round),
        ("  of which the feed's poll (AlertFeed.poll)", b.feed.poll),
        ("  of which the change check (DeskWatch.check)", b.watch.check),
        ("  of which the care watch (CareWatch.tend)", b.care.tend),
    ):
        lines.append(row(label, what, *timed(db, fn, repeat), repeat))
    # A takes an alert nobody holds; B's next round must say so.
    # The crit ones first: their take also moves B's escalation levels.
    found = sorted(
        desk_a.care.open_alerts(), key=lambda r: (str(r["grade"]).upper() != "CRIT", r["index"])
    )
    waiting = [r["index"] for r in found if r["state"] == "new"]
    takes, rounds, seen = [], [], 0
    for index in waiting[:repeat]:
        started = time.perf_counter()
        desk_a.care.take(index)
        takes.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        _rows, changes = b.round()
        rounds.append((time.perf_counter() - started) * 1000)
        seen += bool(changes.alerts or index in changes.escalated)
    n = len(rounds)
    if n:
        lines.append(row(label, "desk A takes an alert (api.care.take)", *_stats(takes), "", n))
        lines.append(
            row(
                label,
                f"desk B's next poll round after A's take: saw it {seen} of {n} times",
                *_stats(rounds),
                "",
                n,
            )
        )
    return lines


def _stats(times: list[float]) -> tuple[float, float]:
    return statistics.median(times), p95(times)


def through_logins(admin: Database, ids: list[str], repeat: int) -> list[str]:
    """The same through per-person MariaDB logins (database-enforced; desk A is the carer's
    login, desk B the nurse's)."""
    label = "MariaDB, own logins"
    provisioning.secure_database(admin)
    dbs = []
    try:
        apis = []
        for email, secret in ((CARER, "bench login password A"), (NURSE, "bench login password B")):
            url = make_url(
                provisioning.add_login(admin, email, secret, login_prefix="cbcare_")
            ).set(password=secret)
            db = Database(url, read_timeout=600)
            dbs.append(db)
            service = CarebotService(db, MemorySecretStore(), bcrypt_cost=4)
            apis.append(service.as_user(service.login(email, PASSWORD)["session_id"]))
        return measure(label, (dbs[0], dbs[1]), apis[0], apis[1], ids, repeat)
    finally:
        for db in dbs:
            db.dispose()
        for email in (CARER, NURSE):
            with contextlib.suppress(NotFoundError):  # (not made: a failure above)
                provisioning.remove_login(admin, email)
        with admin.engine.begin() as connection:
            views = login_views.views_schema_name(admin.url.database or "")
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{views}`")


def run(db: Database, build: bool, repeat: int) -> list[str]:
    label = "MariaDB"
    lines = []
    started = time.perf_counter()
    if build:
        db.create_schema()
        carer, ids = fill(db)
    else:
        carer = db.accounts.get_sign_in_account(CARER)["id"]
        with db.engine.connect() as connection:
            ids = list(
                connection.scalars(
                    select(MemberRelation.family_id)
                    .where(MemberRelation.user_id == carer)
                    .order_by(MemberRelation.id)
                )
            )
    add_people(db, ids)
    add_alerts(db, ids, carer)
    lines.append(
        f"| {label} | {'fill (bench_desk.py) and ' if build else ''}the care data | "
        f"{time.perf_counter() - started:.0f} s | | | |"
    )
    service = CarebotService(db, MemorySecretStore(), bcrypt_cost=4)
    desk_a = session_api(service, db, carer)
    desk_b = session_api(service, db, db.accounts.get_sign_in_account(NURSE)["id"])
    states = desk_a.care.open_alerts()
    crit = sum(1 for s in states if str(s["grade"]).upper() == "CRIT")
    new = sum(1 for s in states if s["state"] == "new")
    with db.engine.connect() as connection:
        cared = connection.scalar(text("SELECT COUNT(*) FROM desktop_alert_care"))
    lines.append(
        f"| {label} | the data: {len(states)} open alerts ({crit} crit; {new} new, "
        f"{len(states) - new} taken) of {cared} with a care row | | | | |"
    )
    lines += measure(label, (db, db), desk_a, desk_b, ids, repeat)
    if db.is_mysql:
        lines += through_logins(db, ids, repeat)
    service.flush_audit()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--mariadb", metavar="URL", help="a MariaDB server URL (no schema)")
    where.add_argument("--database", metavar="URL", help="a schema bench_desk.py --keep kept")
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument(
        "--keep", action="store_true", help="keep the --mariadb schema and print its URL"
    )
    args = parser.parse_args()
    lines = [
        "| database | what | median (warm) | p95 | SQL statements | runs |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| load | /proc/loadavg before (1, 5, 15 min; 2 cores shared) | {loadavg()} | | | |",
    ]
    if args.database:
        db = Database(make_url(args.database), read_timeout=600)
        try:
            lines += run(db, build=False, repeat=args.repeat)
        finally:
            db.dispose()
    else:
        import pymysql  # only for the throw-away schema

        url: URL = make_url(args.mariadb)
        schema = f"carebot_bench_care_{int(time.time())}"
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
            try:
                lines += run(db, build=True, repeat=args.repeat)
            finally:
                db.dispose()
        finally:
            if args.keep:
                lines.append(f"\nkept: {url.set(database=schema).render_as_string(False)}")
            else:
                with server.cursor() as cursor:
                    cursor.execute(f"DROP DATABASE IF EXISTS `{schema}`")
            server.close()
    lines.append(f"| load | /proc/loadavg after | {loadavg()} | | | |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
