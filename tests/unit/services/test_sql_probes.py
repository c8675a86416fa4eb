"""Issue 16's probes: a person who holds their own desktop and their own MariaDB login, and
writes SQL, can break no rule the desktop keeps. Each test is one probe that held before
only in Python (or not at all)."""

from __future__ import annotations

import threading

import pymysql
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from carebot_desktop.data import ConflictError, Database, NotFoundError, login_views, provisioning
from carebot_desktop.data.errors import PermissionDeniedError, ThrottledError, ValidationError
from carebot_desktop.services import CarebotService
from carebot_desktop.services.passwords import hash_password
from tests.unit.services.test_database_enforced import (
    LOGIN_PASSWORD,
    PASSWORD,
    PREFIX,
    Place,
    _refused,
    _rows,
)

pytestmark = pytest.mark.mariadb


@pytest.fixture
def place(mariadb_schema_factory):
    built = Place(mariadb_schema_factory())
    yield built
    built.close()


def _login(place: Place, name: str, role: str) -> None:
    """One more account (``name``@carebot.test) with a login of its own."""
    place.ids[name] = place.admin.accounts.create_account(
        {
            "email": f"{name}@carebot.test",
            "password": hash_password(PASSWORD, cost=4),
            "role": role,
            "user_name": f"{name}님",
        }
    )
    url = provisioning.add_login(
        place.admin, f"{name}@carebot.test", LOGIN_PASSWORD, login_prefix=PREFIX
    )
    place.urls[name] = make_url(url).set(password=LOGIN_PASSWORD).render_as_string(False)


def _api(place: Place, name: str):
    service = CarebotService(place.db(name), None, bcrypt_cost=4)
    return service.as_user(service.login(f"{name}@carebot.test", PASSWORD)["session_id"])


def _alert(place: Place, family: str) -> int:
    [row] = _rows_admin(
        place, "SELECT `index` FROM notifications WHERE family_id = :f ORDER BY `index`", f=family
    )
    return int(row[0])


def _rows_admin(place: Place, sql: str, **params) -> list[tuple]:
    with place.admin.transaction() as session:
        return [tuple(r) for r in session.execute(text(sql), params)]


# --- 1. an acknowledgement of another family's alert --------------------------------------


def test_probe_1_no_acknowledgement_of_another_familys_alert(place):
    theirs = _alert(place, place.other)
    raw = place.raw("member")
    try:
        _refused(  # family G's alert filed under family F, the member's own
            raw,
            "INSERT INTO desk_w_ack (notification_index, family_id, user_id, user_name, "
            f"acknowledged_at) VALUES ({theirs}, '{place.family}', '{place.ids['member']}', "
            "'member님', UTC_TIMESTAMP())",
        )
        mine = _alert(place, place.family)
        _refused(  # one's own family's alert, under another name
            raw,
            "INSERT INTO desk_w_ack (notification_index, family_id, user_id, user_name, "
            f"acknowledged_at) VALUES ({mine}, '{place.family}', '{place.ids['member']}', "
            "'관제센터', UTC_TIMESTAMP())",
        )
        _refused(  # or at another time
            raw,
            "INSERT INTO desk_w_ack (notification_index, family_id, user_id, user_name, "
            f"acknowledged_at) VALUES ({mine}, '{place.family}', '{place.ids['member']}', "
            "'member님', '2026-01-01 00:00:00')",
        )
    finally:
        raw.close()
    # family G's own member acknowledges its alert, and the alarm stops
    outsider = _api(place, "outsider")
    assert outsider.notifications.check_read_notification(theirs) is True
    assert _rows_admin(place, "SELECT is_read FROM notifications WHERE `index` = :i", i=theirs) == [
        (1,)
    ]
    [ack] = _rows_admin(
        place,
        "SELECT family_id, user_id FROM desktop_acknowledgements WHERE notification_index = :i",
        i=theirs,
    )
    assert ack == (place.other, place.ids["outsider"])


def test_probe_1_a_forged_acknowledgement_left_by_an_earlier_version_is_cleared(place):
    theirs = _alert(place, place.other)
    with place.admin.transaction() as session:  # as the old write view let a login do
        session.execute(
            text(
                "INSERT INTO desktop_acknowledgements (notification_index, family_id, user_id, "
                "acknowledged_at) VALUES (:i, :f, :u, UTC_TIMESTAMP())"
            ),
            {"i": theirs, "f": place.family, "u": place.ids["member"]},
        )
    provisioning.secure_database(place.admin)
    assert _rows_admin(place, "SELECT COUNT(*) FROM desktop_acknowledgements") == [(0,)]
    assert _api(place, "outsider").notifications.check_read_notification(theirs) is True


# --- 2. a family built around somebody else ------------------------------------------------


def test_probe_2_a_stranger_cannot_build_a_family_around_an_elder(place):
    _login(place, "stranger", "main")  # an elder's account of their own, with no family
    raw = place.raw("stranger")
    try:
        _refused(
            raw,
            "INSERT INTO desk_w_family (id, main_user, family_name) VALUES "
            f"('Fzzzzzzzzzzzzzzz', '{place.ids['stranger']}', 'Carebot 관제센터')",
        )
        _rows(raw, "CALL desk_create_family('Fzzzzzzzzzzzzzzz', 'Carebot 관제센터')")
        for target in ("main", "newcomer"):  # the elder, or any sub account
            _refused(
                raw,
                "INSERT INTO desk_w_member_added (id, family_id, user_id) VALUES "
                f"('Mzzzzzzzzzzzzzz{target[0]}', 'Fzzzzzzzzzzzzzzz', '{place.ids[target]}')",
            )
        _refused(raw, "CALL desk_decide_request(1, 'approved', 'Mzzzzzzzzzzzzzzz')")
        _refused(raw, "CALL desk_create_family('Fyyyyyyyyyyyyyyy', 'second')")  # one family
    finally:
        raw.close()
    assert _rows_admin(
        place, "SELECT COUNT(*) FROM memberrelations WHERE family_id = 'Fzzzzzzzzzzzzzzz'"
    ) == [(0,)]
    # the elder's desktop shows no family but her own
    elder = _api(place, "main")
    assert [f["id"] for f in elder.families.get_all_families()] == [place.family]
    # a sub account (a member, a newcomer) makes no family at all
    for name in ("member", "newcomer"):
        raw = place.raw(name)
        try:
            _refused(raw, "CALL desk_create_family('Fxxxxxxxxxxxxxxx', 'mine')")
        finally:
            raw.close()


def test_probe_2_a_main_user_adds_only_a_person_who_asked(place):
    elder = _api(place, "main")
    with pytest.raises(PermissionDeniedError):
        elder.members.create_member({"family_id": place.family, "user_id": place.ids["newcomer"]})
    asker = _api(place, "newcomer")
    asker.members.request_to_join(place.family, "조카")
    member_id = elder.members.create_member(
        {"family_id": place.family, "user_id": place.ids["newcomer"]}
    )
    [request] = _rows_admin(
        place,
        "SELECT status, decided_by FROM desktop_join_requests WHERE user_id = :u",
        u=place.ids["newcomer"],
    )
    assert request == ("approved", place.ids["main"])
    assert place.admin.members.get_one_member(member_id)["user_id"] == place.ids["newcomer"]


def test_probe_2_a_requester_sees_only_the_familys_id_and_name(place):
    asker = _api(place, "newcomer")
    asker.members.request_to_join(place.family, "조카")
    raw = place.raw("newcomer")
    try:
        assert _rows(raw, "SELECT id, family_name, main_user FROM families") == [
            (place.family, "F", None)
        ]
        assert {r[0] for r in _rows(raw, "SELECT id FROM accounts")} == {place.ids["newcomer"]}
        _refused(
            raw,
            "INSERT INTO desk_w_member_own (id, family_id, user_id) VALUES "
            f"('Mqqqqqqqqqqqqqqq', '{place.family}', '{place.ids['newcomer']}')",
        )
    finally:
        raw.close()
    [mine] = asker.members.get_my_join_requests()
    assert mine["family_name"] == "F"


# --- 3. a lock-out of somebody else --------------------------------------------------------


def test_probe_3_nobody_is_locked_out_by_another_login(place):
    raw = place.raw("newcomer")
    try:
        _refused(raw, "UPDATE desk_w_account SET email = 'MAIN@carebot.test'")
        with pytest.raises(pymysql.MySQLError) as refused, raw.cursor() as cursor:
            cursor.execute("CALL desk_change_email('MAIN@carebot.test')")  # not as sign-in has it
        assert "invalid" in str(refused.value)
        _refused(
            raw,
            "INSERT INTO desktop_loginattempts (email, attempted_at) VALUES "
            "(desk_identifier('main@carebot.test'), '2037-01-01')",
        )
        for _ in range(6):  # another's e-mail: nothing is kept
            _rows(raw, "CALL desk_failed_login('main@carebot.test')")
    finally:
        raw.close()
    assert _rows_admin(place, "SELECT COUNT(*) FROM desktop_loginattempts") == [(0,)]
    assert _api(place, "main")  # the elder signs in


# --- 4. add-login again --------------------------------------------------------------------


def _hosts(place: Place, login: str) -> list[str]:
    return sorted(
        r[0] for r in _rows_admin(place, "SELECT Host FROM mysql.user WHERE User = :u", u=login)
    )


def test_probe_4_a_new_login_replaces_every_host_and_removal_drops_them_all(place, capsys):
    from carebot_desktop.app import main

    login = login_views.login_name(place.ids["member"], PREFIX)
    assert _hosts(place, login) == ["%"]
    provisioning.add_login(
        place.admin,
        "member@carebot.test",
        "a brand new login password",
        host="localhost",
        login_prefix=PREFIX,
    )
    assert _hosts(place, login) == ["localhost"]  # the old password's door is gone
    with pytest.raises(pymysql.MySQLError):
        place.raw("member")  # over TCP as '%' with the old password
    [listed] = [r for r in provisioning.logins(place.admin) if r["login"] == login]
    assert listed["hosts"] == ["localhost"]
    admin_url = place.admin.url.render_as_string(hide_password=False)
    assert main(["admin", "list-logins", "--database", admin_url]) == 0
    assert f"{login}\t{place.ids['member']}\tlocalhost" in capsys.readouterr().out
    # a login made by hand at another host goes too when it is removed
    with place.admin.engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE USER '{login}'@'10.%%' IDENTIFIED BY 'whatever 12'")
    assert provisioning.remove_login(place.admin, "member@carebot.test") is True
    assert _hosts(place, login) == []


def test_probe_4_secure_database_leaves_old_logins_exactly_todays_privileges(place):
    login = login_views.login_name(place.ids["member"], PREFIX)
    with place.admin.engine.begin() as connection:  # what an earlier version granted
        connection.exec_driver_sql(
            f"GRANT INSERT ON `{place.views}`.`desktop_auditlog` TO '{login}'@'%%'"
        )
    provisioning.secure_database(place.admin)
    raw = place.raw("member")
    try:
        _refused(
            raw,
            "INSERT INTO desktop_auditlog (occurred_at, actor_id, action, target_type, "
            "operation, outcome) VALUES (UTC_TIMESTAMP(), NULL, 'view', 'family', 'x', 'ok')",
        )
    finally:
        raw.close()


# --- 5. join requests decided twice at once -----------------------------------------------


def _race(first, second) -> list[object]:
    """Run both at the same moment; each one's result or error."""
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(i, call):
        barrier.wait()
        try:
            results[i] = call()
        except Exception as error:  # noqa: BLE001 - the outcome is what is compared
            results[i] = error

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def _decide(kind: str, members, request: int) -> object:
    if kind == "approve":
        return members.approve_join_request(request)
    if kind == "deny":
        return members.deny_join_request(request)
    return members.withdraw_join_request(request)


RACES = {
    "approve_approve": ("approve", "approve"),
    "approve_withdraw": ("approve", "withdraw"),
    "approve_deny": ("approve", "deny"),
}


@pytest.mark.parametrize("through_logins", [False, True], ids=["shared", "logins"])
@pytest.mark.parametrize("race", list(RACES))
def test_probe_5_a_request_is_decided_once(place, race, through_logins):
    newcomer = place.ids["newcomer"]
    for trial in range(5):
        request = place.admin.members.request_to_join(
            {"family_id": place.family, "user_id": newcomer, "nickname": f"조카{trial}"}
        )
        apis = []
        for kind in RACES[race]:
            who = "newcomer" if kind == "withdraw" else "main"
            if through_logins:
                apis.append(_api(place, who).members)
            else:  # two desktops on the shared credentials
                apis.append(Database(place.admin.url).members)

        outcomes = _race(
            lambda a=apis[0], k=RACES[race][0], r=request: _decide(k, a, r),
            lambda a=apis[1], k=RACES[race][1], r=request: _decide(k, a, r),
        )
        errors = [o for o in outcomes if isinstance(o, Exception)]
        assert len(errors) == 1, outcomes
        assert isinstance(errors[0], (ConflictError, NotFoundError)), errors
        winner = RACES[race][outcomes.index(next(o for o in outcomes if o not in errors))]
        [(status,)] = _rows_admin(
            place, "SELECT status FROM desktop_join_requests WHERE `index` = :i", i=request
        )
        members = _rows_admin(
            place, "SELECT COUNT(*) FROM memberrelations WHERE user_id = :u", u=newcomer
        )[0][0]
        expected = {"approve": "approved", "deny": "denied", "withdraw": "withdrawn"}[winner]
        assert status == expected
        assert members == (1 if winner == "approve" else 0)
        with place.admin.transaction() as session:  # the next trial asks anew
            session.execute(text("DELETE FROM memberrelations WHERE user_id = :u"), {"u": newcomer})


# --- 8. forged audit, export and message rows ---------------------------------------------


def test_probe_8_audit_and_message_rows_carry_the_server_time_and_ones_own_name(place):
    with place.admin.transaction() as session:  # an entry of nobody's, about family G
        session.execute(
            text(
                "INSERT INTO desktop_auditlog (occurred_at, action, target_type, target_id, "
                "operation, outcome) VALUES (UTC_TIMESTAMP(), 'view', 'family', :f, 'x', 'ok')"
            ),
            {"f": place.other},
        )
    raw = place.raw("member")
    me = place.ids["member"]
    try:
        assert _rows(raw, "SELECT COUNT(*) FROM desktop_auditlog WHERE actor_id IS NULL") == [(0,)]
        for actor, at in (
            ("NULL", "UTC_TIMESTAMP()"),
            (f"'{me}'", "'2026-01-01'"),
            (f"'{place.ids['main']}'", "UTC_TIMESTAMP()"),
        ):
            _refused(
                raw,
                "INSERT INTO desk_w_audit (occurred_at, actor_id, action, target_type, "
                f"operation, outcome) VALUES ({at}, {actor}, 'view', 'family', 'x', 'ok')",
            )
        _refused(
            raw,
            "INSERT INTO desktop_auditlog (occurred_at, actor_id, action, target_type, "
            f"operation, outcome) VALUES (UTC_TIMESTAMP(), '{me}', 'view', 'family', 'x', 'ok')",
        )
        _refused(
            raw,
            "INSERT INTO desk_w_message_out (from_id, to_id, content, created_at, is_read) "
            f"VALUES ('{me}', '{place.ids['main']}', 'back-dated', '2026-01-01', 0)",
        )
        _refused(
            raw,
            "INSERT INTO desk_w_export (occurred_at, actor_id, family_id, kind, reason) VALUES "
            f"('2026-01-01', '{me}', '{place.family}', 'csv', '진료')",
        )
    finally:
        raw.close()
    # the desktop's own writes through the login pass, at the server's time
    api = _api(place, "member")
    sent = api.messages.create_message(
        {"from_id": me, "to_id": place.ids["main"], "content": "안녕"}
    )
    api.audit.record_export([place.family], "csv", "의사 진료 준비")
    with place.admin.transaction() as session:
        now = session.scalar(text("SELECT UTC_TIMESTAMP()"))
        created = session.scalar(
            text("SELECT created_at FROM messages WHERE `index` = :i"), {"i": sent}
        )
        latest = session.execute(
            text("SELECT actor_id, occurred_at FROM desktop_auditlog ORDER BY `index` DESC LIMIT 1")
        ).one()
    assert abs((now - created).total_seconds()) < 60
    assert latest[0] == me and abs((now - latest[1]).total_seconds()) < 60


def test_probe_8_a_failed_sign_in_through_a_login_is_audited_in_its_own_name(place):
    service = CarebotService(place.db("member"), None, bcrypt_cost=4)
    with pytest.raises(Exception):  # noqa: B017 - AuthenticationError, whichever e-mail
        service.login("nobody@carebot.test", PASSWORD)
    denied = _rows_admin(
        place,
        "SELECT actor_id FROM desktop_auditlog WHERE operation = 'login' AND outcome = 'denied'",
    )
    assert denied and all(actor == place.ids["member"] for (actor,) in denied)


# --- 9. a request approving itself --------------------------------------------------------


def test_probe_9_a_requester_cannot_decide_their_own_request(place):
    asker = _api(place, "newcomer")
    request = asker.members.request_to_join(place.family, "조카")
    raw = place.raw("newcomer")
    try:
        _refused(
            raw,
            "UPDATE desk_w_request_own SET status = 'approved', decided_by = "
            f"'{place.ids['main']}' WHERE `index` = {request}",
        )
        _refused(raw, f"CALL desk_decide_request({request}, 'approved', 'Mwwwwwwwwwwwwwww')")
        _refused(
            raw,
            "INSERT INTO desktop_join_requests (family_id, user_id, status, requested_at) "
            f"VALUES ('{place.family}', '{place.ids['newcomer']}', 'approved', NOW())",
        )
    finally:
        raw.close()
    [(status,)] = _rows_admin(
        place, "SELECT status FROM desktop_join_requests WHERE `index` = :i", i=request
    )
    assert status == "pending"
    assert [r["index"] for r in _api(place, "main").members.get_join_requests(place.family)] == [
        request
    ]


# --- 10. an e-mail change that tells who is registered ------------------------------------


def test_probe_10_e_mail_changes_are_throttled_and_audited(place):
    api = _api(place, "newcomer")
    me = place.ids["newcomer"]
    with pytest.raises(ConflictError):
        api.accounts.update_one_account(me, {"email": "main@carebot.test"})
    assert api.accounts.update_one_account(me, {"email": "new.address@carebot.test"}) is True
    assert place.admin.accounts.get_one_account(me)["email"] == "new.address@carebot.test"
    raw = place.raw("newcomer")
    try:
        _refused(raw, "UPDATE desk_w_account SET email = 'member@carebot.test'")
        for i in range(login_views.EMAIL_CHANGE_LIMIT - 2):
            _rows(raw, f"CALL desk_change_email('try{i}@carebot.test')")
        with pytest.raises(pymysql.MySQLError) as refused, raw.cursor() as cursor:
            cursor.execute("CALL desk_change_email('member@carebot.test')")
        assert "throttled" in str(refused.value)
    finally:
        raw.close()
    with pytest.raises(ThrottledError):
        api.accounts.update_one_account(me, {"email": "other@carebot.test"})
    audited = _rows_admin(
        place,
        "SELECT outcome FROM desktop_auditlog WHERE actor_id = :a AND operation = 'change_email'",
        a=me,
    )
    assert [o for (o,) in audited].count("conflict") == 1
    assert len(audited) == login_views.EMAIL_CHANGE_LIMIT
    with pytest.raises(ValidationError):  # not the form sign-in compares
        _api(place, "member").accounts.update_one_account(
            place.ids["member"], {"email": "not an address"}
        )


# --- 11. an elder's deleted account keeps the export records ------------------------------


@pytest.mark.parametrize("through_login", [False, True], ids=["shared", "login"])
def test_probe_11_deleting_an_account_keeps_the_export_records(place, through_login):
    member = _api(place, "member")
    member.audit.record_export([place.family], "report_pdf", "의사 진료 준비")
    elder = _api(place, "main") if through_login else None
    elder_id = place.ids["main"]
    if elder is not None:
        elder.audit.record_export([place.family], "csv", "가족 공유")
        assert elder.accounts.delete_one_account(elder_id) is True
    else:
        place.admin.security.add_export(elder_id, [place.family], "csv", "가족 공유")
        assert place.admin.accounts.delete_one_account(elder_id) is True
    kept = _rows_admin(
        place, "SELECT actor_id, family_id, kind FROM desktop_exports ORDER BY `index`"
    )
    assert [(k[1], k[2]) for k in kept] == [(place.family, "report_pdf"), (place.family, "csv")]
    assert kept[0][0] == place.ids["member"]
    assert kept[1][0] != elder_id and kept[1][0].startswith("X") and len(kept[1][0]) == 16
    assert _rows_admin(place, "SELECT COUNT(*) FROM families WHERE id = :f", f=place.family) == [
        (0,)
    ]
