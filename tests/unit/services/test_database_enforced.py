"""Database-enforced access: with a person's own MariaDB login, raw SQL reaches only that
person's rows, and the desktop works as usual through it (issue 10's probes)."""

from __future__ import annotations

import os
from datetime import timedelta

import pymysql
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from carebot_desktop.data import (
    Database,
    PermissionDeniedError,
    ValidationError,
    login_views,
    provisioning,
)
from carebot_desktop.data.errors import NotFoundError, ThrottledError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService
from carebot_desktop.services.desk_watch import DeskWatch
from carebot_desktop.services.passwords import hash_password
from tests.conftest import MARIADB_URL

pytestmark = pytest.mark.mariadb
PASSWORD = "correct horse 1"
LOGIN_PASSWORD = "login password for tests 1"
PREFIX = f"cbt{os.getpid()}_"
ELDER = ("main님", "1941-03-02", "female", "서울특별시 종로구")


class Place:
    """Two families (F: main + member; G: other_main + outsider) and a newcomer, on a
    fresh base schema secured for per-person logins."""

    def __init__(self, base_url: str) -> None:
        self.admin = Database(base_url)
        self.admin.create_schema()
        self.ids: dict[str, str] = {}
        hashed = hash_password(PASSWORD, cost=4)
        for name, role in (
            ("main", "main"),
            ("member", "sub"),
            ("other_main", "main"),
            ("outsider", "sub"),
            ("newcomer", "sub"),
            ("system", "system"),
        ):
            self.ids[name] = self.admin.accounts.create_account(
                {
                    "email": f"{name}@carebot.test",
                    "password": hashed,
                    "role": role,
                    "user_name": f"{name}님",
                    "birth_date": "1941-03-02",
                    "gender": "female",
                    "address": "서울특별시 종로구" if name == "main" else "부산광역시",
                }
            )
        db = self.admin
        self.family = db.families.create_family({"main_user": self.ids["main"], "family_name": "F"})
        self.other = db.families.create_family(
            {"main_user": self.ids["other_main"], "family_name": "G"}
        )
        db.members.create_member({"family_id": self.family, "user_id": self.ids["member"]})
        db.members.create_member({"family_id": self.other, "user_id": self.ids["outsider"]})
        for family in (self.family, self.other):
            db.status.create_health_status(
                {
                    "family_id": family,
                    "heart_rate": 70,
                    "reported_at": utcnow() - timedelta(minutes=5),
                }
            )
            db.notifications.create_notification(
                {"family_id": family, "notification_grade": "crit", "description": "낙상감지"}
            )
        self.views = provisioning.secure_database(db)
        self.urls: dict[str, str] = {}
        for name in ("main", "member", "outsider", "newcomer"):
            url = provisioning.add_login(
                db, f"{name}@carebot.test", LOGIN_PASSWORD, host="%", login_prefix=PREFIX
            )
            self.urls[name] = (
                make_url(url).set(password=LOGIN_PASSWORD).render_as_string(hide_password=False)
            )
        self._open: list[Database] = []

    def db(self, name: str) -> Database:
        database = Database(self.urls[name], ping_after_idle=0)
        self._open.append(database)
        return database

    def raw(self, name: str) -> pymysql.Connection:
        url = make_url(self.urls[name])
        return pymysql.connect(
            host=url.host,
            port=url.port or 3306,
            user=url.username,
            password=LOGIN_PASSWORD,
            database=url.database,
            autocommit=True,
        )

    def close(self) -> None:
        for database in self._open:
            database.dispose()
        for login in provisioning.logins(self.admin):
            with self.admin.engine.begin() as connection:
                connection.exec_driver_sql(
                    f"DROP USER IF EXISTS '{login['login']}'@'{login['host']}'".replace("%", "%%")
                )
        with self.admin.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{self.views}`")
        self.admin.dispose()


@pytest.fixture
def place(mariadb_schema_factory):
    built = Place(mariadb_schema_factory())
    yield built
    built.close()


def _rows(connection, sql: str, *args) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, args or None)
        return list(cursor.fetchall())


def _refused(connection, sql: str) -> None:
    with pytest.raises(pymysql.MySQLError), connection.cursor() as cursor:
        cursor.execute(sql)


def test_raw_sql_reaches_only_ones_own_rows(place):
    raw = place.raw("member")
    try:
        families = {r[0] for r in _rows(raw, "SELECT id FROM families")}
        assert families == {place.family}
        for table in ("healthstatus", "notifications", "memberrelations", "settings"):
            seen = {r[0] for r in _rows(raw, f"SELECT family_id FROM `{table}`")}
            assert seen == {place.family}, table
        # the people one shares a family with, and no password hash but one's own
        people = dict(_rows(raw, "SELECT id, password FROM accounts"))
        assert set(people) == {place.ids["main"], place.ids["member"]}
        assert people[place.ids["member"]] and people[place.ids["main"]] is None
        # the base schema, DDL, the role, the audit log and other people's rows: refused
        base = make_url(MARIADB_URL).database or place.admin.url.database
        _refused(raw, f"SELECT * FROM `{place.admin.url.database}`.accounts")
        _refused(raw, "CREATE TABLE x (a INT)")
        _refused(raw, "DROP VIEW accounts")
        _refused(raw, f"UPDATE accounts SET role = 'SYSTEM' WHERE id = '{place.ids['member']}'")
        _refused(
            raw, f"UPDATE desk_w_account SET role = 'SYSTEM' WHERE id = '{place.ids['member']}'"
        )
        _refused(raw, "DELETE FROM desktop_auditlog")
        _refused(raw, "UPDATE desktop_auditlog SET outcome = 'ok'")
        _refused(raw, "SELECT * FROM desktop_keys")
        _refused(raw, "UPDATE settings SET is_camera_enabled = 1")  # the main user's
        _refused(
            raw,
            "INSERT INTO desk_w_member_added (id, family_id, user_id) VALUES "
            f"('Mx', '{place.family}', '{place.ids['newcomer']}')",
        )
        _refused(
            raw,
            "INSERT INTO desk_w_message_out (from_id, to_id, content, created_at, is_read) "
            f"VALUES ('{place.ids['member']}', '{place.ids['other_main']}', 'hi', NOW(), 0)",
        )
        _refused(  # a message "from" someone else
            raw,
            "INSERT INTO desk_w_message_out (from_id, to_id, content, created_at, is_read) "
            f"VALUES ('{place.ids['main']}', '{place.ids['member']}', 'hi', NOW(), 0)",
        )
        assert base is not None
    finally:
        raw.close()


def test_a_stranger_reaches_nothing_and_cannot_join_alone(place):
    raw = place.raw("newcomer")
    try:
        for table in ("families", "healthstatus", "notifications", "memberrelations", "messages"):
            assert _rows(raw, f"SELECT COUNT(*) FROM `{table}`") == [(0,)], table
        _refused(
            raw,
            "INSERT INTO desk_w_member_own (id, family_id, user_id) VALUES "
            f"('Mx', '{place.family}', '{place.ids['newcomer']}')",
        )
        with raw.cursor() as cursor:  # nothing to update: the row is out of sight
            cursor.execute(
                f"UPDATE notifications SET is_read = 1 WHERE family_id = '{place.family}'"
            )
            assert cursor.rowcount == 0
    finally:
        raw.close()


def test_the_desktop_works_through_a_login(place):
    db = place.db("member")
    assert db.secured
    db.create_schema()  # no DDL rights: nothing to do, no error
    service = CarebotService(db, None, bcrypt_cost=4)
    session = service.login("member@carebot.test", PASSWORD)
    api = service.as_user(session["session_id"])
    assert [f["id"] for f in api.families.get_all_families()] == [place.family]
    assert api.status.get_latest_health_status(place.family)["heart_rate"] == 70
    snapshot = api.desk.snapshot()
    assert list(snapshot["families"]) == [place.family]
    watch = DeskWatch(api)
    watch.check()
    [alert] = api.notifications.get_all_notifications(place.family, utcnow() - timedelta(days=1))
    assert api.notifications.check_read_notification(alert["index"]) is True
    assert watch.check().alerts
    with pytest.raises(PermissionDeniedError):
        api.status.get_latest_health_status(place.other)
    # messages to the elder, and the elder's answer read
    sent = api.messages.create_message(
        {"from_id": place.ids["member"], "to_id": place.ids["main"], "content": "엄마 잘 지내?"}
    )
    assert place.admin.messages.get_one_message(sent)["content"] == "엄마 잘 지내?"
    answer = place.admin.messages.create_message(
        {"from_id": place.ids["main"], "to_id": place.ids["member"], "content": "그래"}
    )
    assert api.messages.check_read_message(answer) is True
    # one's own account, never its role
    assert api.accounts.update_one_account(place.ids["member"], {"user_name": "딸"}) is True
    assert place.admin.accounts.get_one_account(place.ids["member"])["user_name"] == "딸"
    with pytest.raises(PermissionDeniedError):
        api.accounts.update_one_account(place.ids["member"], {"role": "system"})
    # a changed password signs in; the audit log got the reads, and keeps them
    service.change_password(session["session_id"], PASSWORD, "a new password 22")
    service.logout(session["session_id"])
    service.login("member@carebot.test", "a new password 22")
    audit = place.admin.security.get_audit_log(actor_id=place.ids["member"])
    assert {"login", "desk_snapshot"} <= {a["operation"] for a in audit}


def test_audit_entries_a_lost_commit_may_hold_are_written_once_through_a_login(place):
    """The login may only insert audit rows: an entry whose key is there already is
    skipped by the unique key (a savepoint per entry), not read for; another person's key
    cannot be claimed either (it would be their entry's)."""
    db = place.db("member")
    entry = {
        "action": "view",
        "target_type": "family",
        "target_id": place.family,
        "operation": "get_health_status",
        "outcome": "ok",
        "host": "desk",
    }
    first = [{**entry, "entry_key": f"{n:032x}"} for n in (11, 12)]
    assert db.security.add_audit_entries(first) == 2
    again = [*first, {**entry, "entry_key": f"{13:032x}"}]
    assert db.security.add_audit_entries(again, unsure=True) == 1
    assert db.security.add_audit_entries(again, unsure=True) == 0
    mine = place.admin.security.get_audit_log(actor_id=place.ids["member"])
    assert len([a for a in mine if a["operation"] == "get_health_status"]) == 3
    # the key, as raw SQL, too
    with place.raw("member") as raw, raw.cursor() as cursor, pytest.raises(pymysql.MySQLError):
        cursor.execute(
            "INSERT INTO desk_w_audit (occurred_at, actor_id, action, target_type, "
            "operation, outcome, entry_key) VALUES (UTC_TIMESTAMP(), %s, 'view', "
            "'family', 'x', 'ok', %s)",
            (place.ids["member"], f"{11:032x}"),
        )


def test_failed_sign_ins_are_counted_by_a_hash_the_login_cannot_make(place):
    db = place.db("member")
    service = CarebotService(db, None, bcrypt_cost=4)
    from carebot_desktop.data import AuthenticationError

    with pytest.raises(AuthenticationError):
        service.login("member@carebot.test", "wrong password 1")
    with pytest.raises(AuthenticationError):  # another's e-mail through one's own login
        service.login("main@carebot.test", PASSWORD)
    key = provisioning._identifier_key(place.admin)
    expected = provisioning.identifier_hash(key, "member@carebot.test")
    with place.admin.transaction() as session:
        stored = list(session.scalars(text("SELECT email FROM desktop_loginattempts")))
    assert stored == [expected]  # the server's HMAC equals the desktop's
    # the login neither reads, writes nor clears attempt rows itself (probe 3)
    place.admin.security.record_failed_login("main@carebot.test")
    raw = place.raw("member")
    try:
        _refused(raw, "SELECT email FROM desktop_loginattempts")
        _refused(raw, "DELETE FROM desktop_loginattempts")
        _refused(
            raw,
            "INSERT INTO desktop_loginattempts (email, attempted_at) VALUES "
            f"('{expected}', '2037-01-01')",
        )
        _rows(raw, "CALL desk_clear_failed_logins('main@carebot.test')")  # not one's own
        _rows(raw, "CALL desk_clear_failed_logins('member@carebot.test')")  # one's own
    finally:
        raw.close()
    since = utcnow() - timedelta(hours=1)
    assert len(place.admin.security.failed_logins_since("main@carebot.test", since)) == 1
    assert place.admin.security.failed_logins_since("member@carebot.test", since) == []


def test_joining_through_logins(place):
    newcomer = CarebotService(place.db("newcomer"), None, bcrypt_cost=4)
    main = CarebotService(place.db("main"), None, bcrypt_cost=4)
    asker = newcomer.as_user(newcomer.login("newcomer@carebot.test", PASSWORD)["session_id"])
    elder = main.as_user(main.login("main@carebot.test", PASSWORD)["session_id"])
    found = asker.families.find_family(*ELDER)
    assert found == [{"family_id": place.family, "family_name": "F"}]
    request = asker.members.request_to_join(place.family, "조카")
    with pytest.raises(PermissionDeniedError):
        asker.status.get_latest_health_status(place.family)
    [mine] = asker.members.get_my_join_requests()
    assert mine["family_name"] == "F"  # the family the request waits for
    [waiting] = elder.members.get_join_requests(place.family)
    assert waiting["user_name"] == "newcomer님"
    elder.members.approve_join_request(request)
    assert asker.status.get_latest_health_status(place.family)["heart_rate"] == 70
    # the elder manages the family's settings; the new member cannot
    assert elder.tools.update_settings(place.family, {"is_camera_enabled": True}) is True
    with pytest.raises(PermissionDeniedError):
        asker.tools.update_settings(place.family, {"is_camera_enabled": False})
    # the member leaves on their own
    member_id = [
        m
        for m in asker.members.get_all_members(family_id=place.family)
        if m["user_id"] == place.ids["newcomer"]
    ][0]["id"]
    assert asker.members.delete_one_member(member_id) is True
    with pytest.raises(PermissionDeniedError):
        asker.status.get_latest_health_status(place.family)


def test_the_database_throttles_family_searches(place):
    raw = place.raw("newcomer")
    try:
        for year in range(1930, 1930 + login_views.FIND_FAMILY_LIMIT):
            assert (
                _rows(
                    raw,
                    "CALL desk_find_family(%s, %s, %s, %s)",
                    ELDER[0],
                    f"{year}-01-01",
                    ELDER[2],
                    ELDER[3],
                )
                == []
            )
        with pytest.raises(pymysql.MySQLError) as refused:
            _rows(raw, "CALL desk_find_family(%s, %s, %s, %s)", *ELDER)
        assert "throttled" in str(refused.value)
    finally:
        raw.close()
    service = CarebotService(place.db("newcomer"), None, bcrypt_cost=4)
    api = service.as_user(service.login("newcomer@carebot.test", PASSWORD)["session_id"])
    with pytest.raises(ThrottledError):
        api.families.find_family(*ELDER)


def test_a_removed_login_is_refused_at_once(place):
    raw = place.raw("outsider")
    raw.close()
    assert provisioning.remove_login(place.admin, "outsider@carebot.test") is True
    with pytest.raises(pymysql.MySQLError):
        place.raw("outsider")
    with pytest.raises(ValidationError):
        provisioning.add_login(
            place.admin, "system@carebot.test", LOGIN_PASSWORD, login_prefix=PREFIX
        )


def test_the_robot_and_the_base_tables_are_untouched(place):
    """Other programs keep writing the base schema as before; a login sees what they wrote."""
    place.admin.status.create_health_status({"family_id": place.family, "heart_rate": 99})
    api_db = place.db("member")
    with api_db.transaction() as session:
        assert session.scalar(text("SELECT MAX(heart_rate) FROM healthstatus")) == 99
    with place.admin.transaction() as session:
        kinds = dict(
            session.execute(
                text(
                    "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                    "WHERE TABLE_SCHEMA = DATABASE()"
                )
            ).all()
        )
    assert kinds["accounts"] == "BASE TABLE" and kinds["healthstatus"] == "BASE TABLE"


def test_the_offline_copy_syncs_through_a_login(place, tmp_path, monkeypatch):
    from carebot_desktop.config.secrets import MemorySecretStore
    from carebot_desktop.services import offline as off

    monkeypatch.setenv("CAREBOT_DATA_DIR", str(tmp_path / "data"))
    service = CarebotService(place.db("member"), None, bcrypt_cost=4)
    session = service.login("member@carebot.test", PASSWORD)
    api = service.as_user(session["session_id"])
    keys = off.CacheKeys(MemorySecretStore())
    cache = off.open_user_cache("server", "member@carebot.test", keys, PASSWORD)
    off.sync(api, cache, session["user_id"], session["session_id"], now=utcnow())
    offline = off.OfflineApi(cache, session["session_id"], session["user_id"])
    assert [f["id"] for f in offline.families.get_all_families()] == [place.family]
    assert offline.status.get_latest_health_status(place.family)["heart_rate"] == 70
    cache.close()


def test_a_login_that_requires_tls_is_refused_in_plaintext(place):
    """The test server offers no TLS: a login made with require_tls cannot connect."""
    url = provisioning.add_login(
        place.admin, "newcomer@carebot.test", LOGIN_PASSWORD, login_prefix=PREFIX, require_tls=True
    )
    assert make_url(url).query["tls"] == "required"
    with pytest.raises(pymysql.MySQLError):
        place.raw("newcomer")


def test_the_administrators_commands(place, monkeypatch, capsys):
    from carebot_desktop.app import main

    admin_url = place.admin.url.render_as_string(hide_password=False)
    assert main(["admin", "secure-database", "--database", admin_url]) == 0  # idempotent
    monkeypatch.setenv("CAREBOT_LOGIN_PASSWORD", LOGIN_PASSWORD)
    assert (
        main(["admin", "add-login", "--database", admin_url, "--email", "newcomer@carebot.test"])
        == 0
    )
    url = make_url(capsys.readouterr().out.strip().splitlines()[-1])
    assert url.database == place.views and url.password is None
    assert url.username and url.username.startswith("cb_U")
    desk = Database(url.set(password=LOGIN_PASSWORD), ping_after_idle=0)
    try:
        service = CarebotService(desk, None, bcrypt_cost=4)
        assert service.login("newcomer@carebot.test", PASSWORD)["user_id"] == place.ids["newcomer"]
    finally:
        desk.dispose()
    assert main(["admin", "list-logins", "--database", admin_url]) == 0
    assert url.username in capsys.readouterr().out
    assert main(["admin", "add-login", "--database", admin_url, "--email", "nobody@x.test"]) == 2
    monkeypatch.setenv("CAREBOT_LOGIN_PASSWORD", "short")
    assert (
        main(["admin", "add-login", "--database", admin_url, "--email", "member@carebot.test"]) == 2
    )


def test_the_newest_reading_through_a_view_is_read_by_the_index(place):
    """The views' family filter must not cost the "newest first" index order (it did: a
    semi-join made MariaDB sort a family's readings, 2 s at a month of per-second data).
    EXPLAIN needs rights on the base tables, so the administrator's own login stands in
    for the member here."""
    with place.admin.transaction() as session:
        me = session.scalar(text("SELECT SUBSTRING_INDEX(SESSION_USER(), '@', 1)"))
        session.execute(
            text("INSERT INTO desktop_db_logins (login, account_id, host) VALUES (:l, :a, '%')"),
            {"l": me, "a": place.ids["member"]},
        )
    # A family's alerts of some months, and the tables' statistics, as a real database
    # has them: with one row each, MariaDB's choice between the notifications' indexes
    # (and a sort) was a coin toss.
    with place.admin.transaction() as session:
        for family in (place.family, place.other):
            session.execute(
                text(
                    "INSERT INTO notifications (family_id, created_at, notification_grade, "
                    "descriptions, is_read) VALUES (:f, UTC_TIMESTAMP() - INTERVAL :n HOUR, "
                    "'WARN', 'x', 1)"
                ),
                [{"f": family, "n": n} for n in range(1, 301)],
            )
    with place.admin.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE TABLE notifications, healthstatus, homestatus")
    try:
        for table in ("healthstatus", "homestatus", "notifications"):
            order = "created_at" if table == "notifications" else "reported_at"
            with place.admin.transaction() as session:
                plan = (
                    session.execute(
                        text(
                            f"EXPLAIN SELECT * FROM `{place.views}`.`{table}` WHERE family_id = :f "
                            f"ORDER BY {order} DESC, `index` DESC LIMIT 1"
                        ),
                        {"f": place.family},
                    )
                    .mappings()
                    .all()
                )
            extras = " ".join(str(step["Extra"] or "") for step in plan)
            assert "filesort" not in extras, (table, plan)
            assert "temporary" not in extras, (table, plan)
    finally:
        with place.admin.transaction() as session:
            session.execute(text("DELETE FROM desktop_db_logins WHERE login = :l"), {"l": me})


def test_one_deletes_ones_own_account_through_a_login(place):
    """The deletion and its audit entry are one transaction: the entry is written while
    the login still stands for the account."""
    service = CarebotService(place.db("member"), None, bcrypt_cost=4)
    session = service.login("member@carebot.test", PASSWORD)
    assert service.delete_own_account(session["session_id"], PASSWORD) is True
    with pytest.raises(NotFoundError):
        place.admin.accounts.get_one_account(place.ids["member"])
    audit = place.admin.security.get_audit_log(actor_id=place.ids["member"])
    assert [a["operation"] for a in audit].count("delete_one_account") == 1
