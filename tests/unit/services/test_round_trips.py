"""One person's action costs a handful of round trips: one caller check, one transaction,
audit entries of reads batched. Counted as SQL statements (every database) and, on
MariaDB, as request-response turns on the wire through a proxy. Counts, never times."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from carebot_desktop.data import Database, PermissionDeniedError
from carebot_desktop.services import CarebotService, dashboard
from carebot_desktop.services import audit as audit_module
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.demo import fill_demo
from tests.tcp_proxy import TcpProxy
from tests.unit.services.conftest import PASSWORD, T0

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement.split(None, 1)[0].upper())

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def count_of(db: Database, fn: Callable[[], Any]) -> list[str]:
    fn()  # warm: a first call may slide the session's last-active time
    with statements(db) as sent:
        fn()
    return sent


@SQLITE_AND_MARIADB
def test_a_read_is_one_caller_check_and_one_query(db, service, world):
    api = service.as_user(world.tokens["member"])
    since = T0 - timedelta(days=30)
    assert count_of(db, lambda: api.notifications.get_all_notifications(world.family, since)) == [
        "SELECT",
        "SELECT",
    ]
    assert count_of(db, lambda: api.status.get_latest_health_status(world.family)) == [
        "SELECT",
        "SELECT",
    ]
    assert count_of(db, lambda: dashboard.unread_critical(api)) == ["SELECT", "SELECT"]


@SQLITE_AND_MARIADB
def test_the_desk_and_the_status_screen_are_one_action_each(db, service, world):
    api = service.as_user(world.tokens["member"])
    overview = count_of(db, lambda: dashboard.overview(api))
    assert overview == ["SELECT"] * len(overview)
    # caller + the desk snapshot's six reads + the open alerts + the elders' usual (issue
    # 19: the stored baselines, the recent readings in one union, open episodes, sleep;
    # issue 21: first the roll-ups' marks and minutes in one read, then the rows they do
    # not hold)
    assert len(overview) == 13
    bundle = count_of(
        db, lambda: dashboard.status_bundle(api, world.family, T0 - timedelta(days=30), T0)
    )
    assert bundle == ["SELECT"] * len(bundle)
    # caller, charts by table, four latest, reports, and the elder's usual (five reads)
    assert bundle.count("SELECT") <= 15
    feed = AlertFeed(api)
    feed.poll()
    assert count_of(db, feed.poll) == ["SELECT", "SELECT"]


@SQLITE_AND_MARIADB
def test_sign_in_is_two_short_transactions(db, service, world):
    sent = count_of(db, lambda: service.login(world.emails["member"], PASSWORD))
    # throttle and account; then the session (account and id check, insert) and its audit
    assert sent == ["SELECT", "SELECT", "SELECT", "INSERT", "INSERT"]


@SQLITE_AND_MARIADB
def test_the_session_slides_at_most_once_a_minute(db, service, world):
    api = service.as_user(world.tokens["member"])
    before = db.auth.get_login_session(_xid(world.tokens["member"]))["last_active"]
    with statements(db) as sent:
        api.families.get_one_family(world.family)
    assert "UPDATE" not in sent
    with db.transaction() as session:  # an hour-old session
        from sqlalchemy import update

        from carebot_desktop.data.models import LoginSession

        session.execute(
            update(LoginSession)
            .where(LoginSession.xid == _xid(world.tokens["member"]))
            .values(last_active=before - timedelta(minutes=10))
        )
    with statements(db) as sent:
        api.families.get_one_family(world.family)
    assert sent.count("UPDATE") == 1
    after = db.auth.get_login_session(_xid(world.tokens["member"]))["last_active"]
    assert after >= before


def _xid(token: str) -> str:
    from carebot_desktop.services.sessions import token_to_xid

    xid = token_to_xid(token)
    assert xid is not None
    return xid


@SQLITE_AND_MARIADB
def test_read_audits_are_batched_and_never_lost_at_sign_out(db, service, world):
    api = service.as_user(world.tokens["member"])
    before = db.security.count_audit_entries()
    api.status.get_latest_health_status(world.family)
    api.notifications.get_all_notifications(world.family)
    assert db.security.count_audit_entries() == before  # waiting in the batch
    service.logout(world.tokens["member"])  # sign-out writes the batch first
    operations = [e["operation"] for e in db.security.get_audit_log(time_order="asc")]
    assert operations[-3:] == ["get_latest_health_status", "get_all_notifications", "logout"]


@SQLITE_AND_MARIADB
def test_a_change_writes_the_batch_in_its_own_transaction(db, service, world):
    member = service.as_user(world.tokens["member"])
    member.status.get_latest_home_status(world.family)
    with statements(db) as sent:
        member.notifications.check_read_notification(world.notification)
    # Both audit entries in one statement, with the change; and one row saying who
    # acknowledged the alert (for the elder's report).
    assert sent.count("INSERT") == 2
    operations = [e["operation"] for e in db.security.get_audit_log(time_order="asc")]
    assert operations[-2:] == ["get_latest_home_status", "check_read_notification"]


@SQLITE_AND_MARIADB
def test_a_refusal_is_written_at_once_and_a_failed_change_leaves_no_entry(db, service, world):
    outsider = service.as_user(world.tokens["outsider"])
    before = db.security.count_audit_entries()
    with pytest.raises(PermissionDeniedError):
        outsider.status.get_latest_home_status(world.family)
    denied = db.security.get_audit_log(actor_id=world.ids["outsider"], limit=1)
    assert db.security.count_audit_entries() == before + 1
    assert denied[0]["outcome"] == "denied"
    main = service.as_user(world.tokens["main"])
    with pytest.raises(Exception):  # noqa: B017 - whatever the validation says
        main.tools.update_settings(world.family, {"is_camera_enabled": "maybe"})
    service.flush_audit()
    assert "update_settings" not in [e["operation"] for e in db.security.get_audit_log()]


@SQLITE_AND_MARIADB
def test_the_batch_is_written_when_it_is_old(db, service, world, monkeypatch):
    monkeypatch.setattr(audit_module, "AUDIT_BATCH_SECONDS", 0.0)
    api = service.as_user(world.tokens["member"])
    before = db.security.count_audit_entries()
    api.status.get_latest_health_status(world.family)
    assert db.security.count_audit_entries() == before + 1


@pytest.mark.mariadb
def test_round_trips_on_the_wire(mariadb_schema_factory, demo_hash):
    """What a home PC pays, counted by a proxy between the desktop and MariaDB."""
    url = make_url(mariadb_schema_factory())
    direct = Database(url)
    direct.create_schema()
    families = fill_demo(direct, password_hash=demo_hash, days=3)
    direct.dispose()
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 3306)
    db = Database(url.set(host="127.0.0.1", port=proxy.port))
    try:
        service = CarebotService(db, bcrypt_cost=4)
        from tests.conftest import DEMO_TEST_PASSWORD

        db.ping()  # the engine's one-time look at the server is not the sign-in's
        db.dispose()
        before = proxy.round_trips
        session = service.login_with_profile("minjung.lee@carebot.example", DEMO_TEST_PASSWORD)
        assert proxy.round_trips - before <= 12  # connecting (5) and two transactions
        api = service.api_for_new_session(session)
        family = families["김순자"]
        now = T0

        def trips(fn: Callable[[], Any]) -> int:
            fn()
            start = proxy.round_trips
            fn()
            return proxy.round_trips - start

        assert trips(lambda: api.notifications.get_all_notifications(family)) == 3
        assert trips(lambda: dashboard.unread_critical(api)) == 3
        # with the open alerts' states and the elders' usual (five reads)
        assert trips(lambda: dashboard.overview(api)) <= 14
        assert (
            trips(lambda: dashboard.status_bundle(api, family, now - timedelta(days=30), now)) <= 17
        )
    finally:
        db.dispose()
        proxy.close()
