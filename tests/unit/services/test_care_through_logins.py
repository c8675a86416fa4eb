"""Issue 18 through per-person logins: the care desk works as usual through a person's own
MariaDB login, and raw SQL through that login breaks none of its rules (the database
enforces them: read views, the care write views and ``care_routines``' procedures)."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from carebot_desktop.data import ConflictError, NotFoundError, login_views, provisioning
from carebot_desktop.data.care_escalation import family_message
from carebot_desktop.data.care_log import TEXT_MAX
from carebot_desktop.data.care_routines import family_message_sql
from carebot_desktop.data.errors import PermissionDeniedError, ValidationError
from tests.unit.services.test_database_enforced import Place, _refused, _rows
from tests.unit.services.test_sql_probes import _alert, _api, _login, _rows_admin

pytestmark = pytest.mark.mariadb


@pytest.fixture
def place(mariadb_schema_factory):
    built = Place(mariadb_schema_factory())
    yield built
    built.close()


def _age(place: Place, index: int, minutes: int) -> None:
    """The alert was made ``minutes`` ago by the server's clock."""
    with place.admin.transaction() as session:
        session.execute(
            text(
                "UPDATE notifications SET created_at = UTC_TIMESTAMP() - INTERVAL :m MINUTE "
                "WHERE `index` = :i"
            ),
            {"m": minutes, "i": index},
        )


def _events(place: Place, index: int) -> list[tuple]:
    return _rows_admin(
        place,
        "SELECT kind, actor_id FROM desktop_alert_events WHERE notification_index = :i ORDER BY id",
        i=index,
    )


def test_the_care_desk_works_through_logins(place):
    mine = _alert(place, place.family)
    member, elder = _api(place, "member"), _api(place, "main")
    assert [a["index"] for a in member.care.open_alerts()] == [mine]
    taken = member.care.take(mine)
    assert (taken["state"], taken["taken_by"], taken["taken_by_name"]) == (
        "taken",
        place.ids["member"],
        "member님",
    )
    # taking marks it read for the other programs, with the member's acknowledgement
    assert _rows_admin(place, "SELECT is_read FROM notifications WHERE `index` = :i", i=mine) == [
        (1,)
    ]
    assert _rows_admin(
        place,
        "SELECT user_id FROM desktop_acknowledgements WHERE notification_index = :i",
        i=mine,
    ) == [(place.ids["member"],)]
    assert member.care.take(mine)["taken_by"] == place.ids["member"]  # one's own: its state
    with pytest.raises(ConflictError, match="member님 has taken this alert") as held:
        elder.care.take(mine)
    assert held.value.details["taken_by"] == place.ids["member"]
    assert elder.care.take(mine, take_over=True)["taken_by"] == place.ids["main"]
    done = elder.care.resolve(mine, "elder_fine", "괜찮으심")
    assert (done["state"], done["outcome"], done["note"], done["resolved_by_name"]) == (
        "resolved",
        "elder_fine",
        "괜찮으심",
        "main님",
    )
    assert member.care.state(mine)["state"] == "resolved"
    with pytest.raises(ConflictError, match="already resolved by main님"):
        member.care.resolve(mine, "other")
    with pytest.raises(ConflictError):
        member.care.take(mine, take_over=True)
    assert _events(place, mine) == [
        ("take", place.ids["member"]),
        ("take_over", place.ids["main"]),
        ("resolve", place.ids["main"]),
    ]
    assert member.care.open_alerts() == []
    # the care log: a note beside the resolved alert
    note = member.care.add_note(place.family, "식사 잘 하심")
    log = elder.care.notes(place.family)
    assert [(e["kind"], e["by"]) for e in log] == [
        ("alert", place.ids["main"]),
        ("note", place.ids["member"]),
    ] or [(e["kind"], e["by"]) for e in log] == [
        ("note", place.ids["member"]),
        ("alert", place.ids["main"]),
    ]
    assert note in {e.get("id") for e in log}
    # bad input: a clear refusal, nothing written
    with pytest.raises(ValidationError):
        member.care.add_note(place.family, "x" * (TEXT_MAX + 1))
    with pytest.raises(ValidationError):
        member.care.resolve(mine, "made_up")
    # handovers: read by those who share a family with the writer
    written = member.care.hand_over("야간 특이사항 없음")
    assert [h["id"] for h in elder.care.handovers()] == [written]
    assert _api(place, "outsider").care.handovers() == []
    assert elder.care.confirm_handover(written) is True
    assert elder.care.confirm_handover(written) is False
    assert [r["user_id"] for r in member.care.handover_reads(written)] == [place.ids["main"]]


def test_another_familys_alert_is_out_of_a_logins_reach(place):
    theirs = _alert(place, place.other)
    member = _api(place, "member")
    for act in (
        lambda: member.care.take(theirs),
        lambda: member.care.resolve(theirs, "elder_fine"),
        lambda: member.care.state(theirs),
        lambda: member.care.add_note(place.other, "엿보기"),
        lambda: member.care.notes(place.other),
    ):
        with pytest.raises((PermissionDeniedError, NotFoundError)):
            act()
    assert _rows_admin(place, "SELECT COUNT(*) FROM desktop_alert_care") == [(0,)]


def test_escalation_through_logins_is_raised_once_with_its_messages(place):
    mine = _alert(place, place.family)
    _age(place, mine, 11)  # past both levels (2 and 10 minutes)
    logins = [place.db(name) for name in ("main", "member", "main")]
    results: list[list[dict]] = []
    errors: list[Exception] = []
    barrier = threading.Barrier(len(logins))

    def run(database) -> None:
        try:
            barrier.wait()
            results.append(database.care.escalate([place.family]))
        except Exception as error:  # noqa: BLE001 (reported below, on the test's thread)
            errors.append(error)

    threads = [threading.Thread(target=run, args=(d,)) for d in logins]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    raised = sorted((r["index"], r["level"], r["family_id"]) for rs in results for r in rs)
    assert raised == [(mine, 1, place.family), (mine, 2, place.family)]
    assert _rows_admin(
        place, "SELECT level FROM desktop_escalations WHERE notification_index = :i", i=mine
    ) == [(1,), (2,)]
    # level 2 told the family's people, once each, from the care centre's account
    sent = _rows_admin(place, "SELECT from_id, to_id, content FROM messages ORDER BY to_id")
    assert sorted(to for _, to, _ in sent) == sorted([place.ids["main"], place.ids["member"]])
    assert {sender for sender, _, _ in sent} == {place.ids["system"]}
    assert "께 위급 알림(낙상감지)이 있었습니다" in sent[0][2]
    assert [k for k, _ in _events(place, mine)] == ["escalate", "escalate"]
    assert _api(place, "member").care.state(mine)["escalation"] == 2
    # nothing more is due
    assert place.db("member").care.escalate([place.family]) == []


def test_through_a_login_an_alert_read_before_anyone_took_it_is_not_escalated(place):
    """As on the shared URL: read on the robot's web pages first, it was looked at."""
    seen = _alert(place, place.family)
    _age(place, seen, 11)
    with place.admin.transaction() as session:
        session.execute(
            text("UPDATE notifications SET is_read = 1 WHERE `index` = :i"), {"i": seen}
        )
    assert place.db("member").care.escalate([place.family]) == []
    assert _rows_admin(place, "SELECT COUNT(*) FROM desktop_escalations") == [(0,)]
    assert _rows_admin(place, "SELECT COUNT(*) FROM messages") == [(0,)]


def test_the_level_two_message_is_the_desktops_own_wording(place):
    since = datetime(2026, 12, 6, 2, 45)
    for elder, headline, waited in (
        ("김순자", "낙상감지", timedelta(minutes=11, seconds=30)),
        (None, "  ", timedelta(seconds=20)),
        ("", "x" * 80, timedelta(hours=9, minutes=2)),
        ("김순자", "낙상감지", timedelta(hours=2, seconds=59)),
    ):
        at = since + waited
        sql = family_message_sql(":elder", ":headline", ":since", ":at")
        with place.admin.transaction() as session:
            made = session.scalar(
                text(f"SELECT {sql}"),
                {"elder": elder, "headline": headline, "since": since, "at": at},
            )
        assert made == family_message(elder, headline, since, at)


def test_a_login_gives_back_its_own_holds_and_the_holds_of_one_away(place):
    mine = _alert(place, place.family)
    member, elder = _api(place, "member"), _api(place, "main")
    member.care.take(mine)
    # the member is signed in: the elder's desk cannot give the hold back
    assert place.db("main").care.release(place.ids["member"], mine) == 0
    assert place.db("outsider").care.release(place.ids["member"], mine) == 0
    assert elder.care.state(mine)["state"] == "taken"
    # the member has been away longer than the setting: the hold goes back to the others
    with place.admin.transaction() as session:
        session.execute(
            text(
                "UPDATE loginsessions SET last_active = UTC_TIMESTAMP() - INTERVAL 1 HOUR "
                "WHERE user_id = :u"
            ),
            {"u": place.ids["member"]},
        )
        session.execute(
            text("UPDATE desktop_alert_care SET taken_at = UTC_TIMESTAMP() - INTERVAL 1 HOUR")
        )
    assert place.db("main").care.release(place.ids["member"], mine) == 1
    assert elder.care.state(mine)["state"] == "new"
    assert _events(place, mine)[-1] == ("release", place.ids["main"])
    [(detail,)] = _rows_admin(
        place,
        "SELECT detail FROM desktop_alert_events WHERE kind = 'release' AND "
        "notification_index = :i",
        i=mine,
    )
    assert detail == "from member님 (away)"
    # one's own: at once
    elder.care.take(mine)
    assert place.db("main").care.release(place.ids["main"], reason="signed out") == 1


def test_expire_holds_through_a_login_is_one_call_that_sees_everyones_sessions(place):
    """A login reads only its own sessions: picking the away holders itself, it took every
    other holder for away and asked the database about each hold, every poll (254
    statements a round at 200 families). One call decides them all by the real sessions."""
    from sqlalchemy import event

    away = _alert(place, place.family)
    active = place.admin.notifications.create_notification(
        {"family_id": place.family, "notification_grade": "crit", "description": "낙상감지"}
    )
    _api(place, "member").care.take(away)
    _api(place, "main").care.take(active)
    with place.admin.transaction() as session:
        session.execute(
            text("UPDATE desktop_alert_care SET taken_at = UTC_TIMESTAMP() - INTERVAL 1 HOUR")
        )
        session.execute(
            text(
                "UPDATE loginsessions SET last_active = UTC_TIMESTAMP() - INTERVAL 1 HOUR "
                "WHERE user_id = :u"
            ),
            {"u": place.ids["member"]},
        )
    desk = place.db("main")
    statements: list[str] = []
    event.listen(desk.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    given_back = desk.care.expire_holds([place.family])
    assert given_back == [{"index": away, "family_id": place.family, "holder": place.ids["member"]}]
    assert len([s for s in statements if "desk_care_release" in s]) == 1
    assert _api(place, "main").care.state(active)["state"] == "taken"  # its holder is here
    assert _api(place, "main").care.state(away)["state"] == "new"
    assert desk.care.expire_holds([place.family]) == []


# --- probes: raw SQL through each role's own login -------------------------------------


def test_probe_raw_sql_cannot_act_on_another_familys_alert(place):
    theirs = _alert(place, place.other)
    with place.admin.transaction() as session:  # the other family's care log and handover
        session.execute(
            text(
                "INSERT INTO desktop_care_notes (family_id, author_id, author_name, at, text) "
                "VALUES (:f, :a, 'outsider님', UTC_TIMESTAMP(), '비밀')"
            ),
            {"f": place.other, "a": place.ids["outsider"]},
        )
        session.execute(
            text(
                "INSERT INTO desktop_handovers (author_id, author_name, at, text) VALUES "
                "(:a, 'outsider님', UTC_TIMESTAMP(), '비밀 인계')"
            ),
            {"a": place.ids["outsider"]},
        )
    _api(place, "outsider").care.take(theirs)
    for name in ("member", "main", "newcomer"):
        raw = place.raw(name)
        try:
            for sql in (
                f"CALL desk_care_take({theirs}, FALSE)",
                f"CALL desk_care_take({theirs}, TRUE)",
                f"CALL desk_care_resolve({theirs}, 'elder_fine', '')",
                "INSERT INTO desk_w_care_note (family_id, author_id, author_name, at, text) "
                f"VALUES ('{place.other}', '{place.ids[name]}', '{name}님', UTC_TIMESTAMP(), "
                "'x')",
                "UPDATE desktop_alert_care SET state = 'resolved'",
                "DELETE FROM desktop_alert_care",
                "INSERT INTO desktop_alert_care (notification_index, family_id, state) VALUES "
                f"({theirs}, '{place.other}', 'resolved')",
            ):
                _refused(raw, sql)
            for table in ("desktop_alert_care", "desktop_alert_events", "desktop_care_notes"):
                assert _rows(raw, f"SELECT COUNT(*) FROM {table}") == [(0,)], (name, table)
            assert _rows(raw, "SELECT COUNT(*) FROM desktop_handovers") == [(0,)], name
            assert _rows(raw, f"CALL desk_care_release('{place.ids['outsider']}', NULL, '')") == [
                (0, None)
            ]
            # nobody's holds in another family, however "away" they look from here
            assert _rows(raw, "CALL desk_care_release(NULL, NULL, 'away')") == [(0, None)]
        finally:
            raw.close()
    [held] = _rows_admin(place, "SELECT state, taken_by FROM desktop_alert_care")
    assert held == ("taken", place.ids["outsider"])


def test_probe_raw_sql_cannot_forge_the_actor_or_the_time(place):
    raw = place.raw("member")
    me, family = place.ids["member"], place.family
    note = "INSERT INTO desk_w_care_note (family_id, author_id, author_name, at, text) VALUES "
    handover = "INSERT INTO desk_w_handover (author_id, author_name, at, text) VALUES "
    try:
        for sql in (
            f"{note}('{family}', '{place.ids['main']}', 'main님', UTC_TIMESTAMP(), 'x')",
            f"{note}('{family}', '{me}', '관제센터', UTC_TIMESTAMP(), 'x')",
            f"{note}('{family}', '{me}', 'member님', '2026-01-01 00:00:00', 'x')",
            f"{note}('{family}', '{me}', 'member님', UTC_TIMESTAMP(), '   ')",
            f"{note}('{family}', '{me}', 'member님', UTC_TIMESTAMP(), REPEAT('x', 2001))",
            f"{handover}('{place.ids['main']}', 'main님', UTC_TIMESTAMP(), 'x')",
            f"{handover}('{me}', 'member님', UTC_TIMESTAMP() - INTERVAL 1 DAY, 'x')",
            f"{handover}('{me}', 'member님', UTC_TIMESTAMP(), REPEAT('x', 2001))",
            "INSERT INTO desktop_care_notes (family_id, author_id, author_name, at, text) "
            f"VALUES ('{family}', '{me}', 'member님', UTC_TIMESTAMP(), 'x')",
            "INSERT INTO desk_w_handover_read (handover_id, user_id, user_name, read_at) "
            f"VALUES (1, '{place.ids['main']}', 'main님', UTC_TIMESTAMP())",
            "UPDATE desktop_care_settings SET value = '0'",
            "INSERT INTO desktop_care_settings (name, value) VALUES ('x', '1')",
            # an escalation, or a message in the care centre's name
            "INSERT INTO desktop_escalations (notification_index, level, family_id, "
            f"raised_at) VALUES ({_alert(place, family)}, 1, '{family}', UTC_TIMESTAMP())",
            "INSERT INTO desktop_alert_events (notification_index, family_id, kind, at) "
            f"VALUES ({_alert(place, family)}, '{family}', 'resolve', UTC_TIMESTAMP())",
            "INSERT INTO desk_w_message_out (from_id, to_id, content, created_at, is_read) "
            f"VALUES ('{place.ids['system']}', '{place.ids['main']}', '가짜', "
            "UTC_TIMESTAMP(), 0)",
            # the escalation's clock is the server's
            "CALL desk_escalate('2030-01-01 00:00:00')",
        ):
            _refused(raw, sql)
        assert _rows(raw, "SELECT COUNT(*) FROM desktop_care_settings") == [(0,)]
        # what the views let through is one's own, now
        with raw.cursor() as cursor:
            cursor.execute(f"{note}('{family}', '{me}', 'member님', UTC_TIMESTAMP(), '메모')")
    finally:
        raw.close()
    assert _rows_admin(place, "SELECT COUNT(*) FROM desktop_escalations") == [(0,)]
    assert _rows_admin(place, "SELECT COUNT(*) FROM messages") == [(0,)]
    assert _rows_admin(place, "SELECT author_id, text FROM desktop_care_notes") == [(me, "메모")]


def test_probe_raw_sql_keeps_the_state_machine(place):
    mine = _alert(place, place.family)
    raw_member, raw_main = place.raw("member"), place.raw("main")
    try:
        _rows(raw_member, f"CALL desk_care_take({mine}, FALSE)")
        # not silently re-taken: the elder's take is refused, a take-over is recorded
        _refused(raw_main, f"CALL desk_care_take({mine}, FALSE)")
        assert _rows_admin(place, "SELECT taken_by FROM desktop_alert_care") == [
            (place.ids["member"],)
        ]
        _refused(raw_main, f"CALL desk_care_resolve({mine}, 'made_up', '')")
        _refused(raw_main, f"CALL desk_care_resolve({mine}, 'other', REPEAT('x', 2001))")
        _rows(raw_main, f"CALL desk_care_take({mine}, TRUE)")
        _rows(raw_main, f"CALL desk_care_resolve({mine}, 'visited', '방문함')")
        # a resolved alert stays resolved
        for raw in (raw_member, raw_main):
            _refused(raw, f"CALL desk_care_take({mine}, TRUE)")
            _refused(raw, f"CALL desk_care_resolve({mine}, 'other', 'x')")
            with raw.cursor() as cursor:  # nothing to give back
                cursor.execute(f"CALL desk_care_release(desk_me(), {mine}, '')")
                assert cursor.fetchall() == ((0, None),)
    finally:
        raw_member.close()
        raw_main.close()
    [row] = _rows_admin(
        place,
        "SELECT state, outcome, note, resolved_by, resolved_at >= UTC_TIMESTAMP() - "
        "INTERVAL 1 MINUTE FROM desktop_alert_care",
    )
    assert row == ("resolved", "visited", "방문함", place.ids["main"], 1)
    assert [k for k, _ in _events(place, mine)] == ["take", "take_over", "resolve"]


def test_probe_a_caregiver_of_two_families_acts_on_both_and_no_third(place):
    _login(place, "carer", "sub")
    for family in (place.family, place.other):
        place.admin.members.create_member({"family_id": family, "user_id": place.ids["carer"]})
    third = place.admin.families.create_family(
        {"main_user": _third_elder(place), "family_name": "H"}
    )
    place.admin.notifications.create_notification(
        {"family_id": third, "notification_grade": "crit", "description": "낙상감지"}
    )
    carer = _api(place, "carer")
    indexes = {a["family_id"]: a["index"] for a in carer.care.open_alerts()}
    assert set(indexes) == {place.family, place.other}
    for family, index in indexes.items():
        carer.care.resolve(index, "elder_fine")
        carer.care.add_note(family, "확인함")
    raw = place.raw("carer")
    try:
        _refused(raw, f"CALL desk_care_take({_alert(place, third)}, FALSE)")
        assert {r[0] for r in _rows(raw, "SELECT family_id FROM desktop_care_notes")} == set(
            indexes
        )
    finally:
        raw.close()


def _third_elder(place: Place) -> str:
    return place.admin.accounts.create_account(
        {"email": "third@carebot.test", "password": "x" * 60, "role": "main", "user_name": "셋"}
    )


def test_securing_again_changes_nothing_and_keeps_the_shared_tables(place):
    def shape() -> list[tuple]:
        return _rows_admin(
            place,
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT "
            "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
            "ORDER BY TABLE_NAME, ORDINAL_POSITION",
        )

    before = shape()
    assert provisioning.secure_database(place.admin) == place.views
    assert provisioning.secure_database(place.admin) == place.views
    assert shape() == before
    # the one trigger is on a table only the desktop uses
    assert _rows_admin(
        place,
        "SELECT EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS "
        "WHERE TRIGGER_SCHEMA = DATABASE()",
    ) == [("desktop_contacts",)]
    # and the desk still works through a login afterwards
    assert _api(place, "member").care.take(_alert(place, place.family))["state"] == "taken"


def test_the_views_note_limit_is_the_desktops():
    assert login_views.TEXT_MAX == TEXT_MAX


def test_a_login_escalates_by_the_servers_clock_and_is_audited(place):
    mine = _alert(place, place.family)
    _age(place, mine, 3)  # level 1 is due
    member = _api(place, "member")
    with pytest.raises(ValidationError, match="clock"):
        member.care.escalate(now=datetime(2030, 1, 1))
    assert _rows_admin(place, "SELECT COUNT(*) FROM desktop_escalations") == [(0,)]
    with place.admin.transaction() as session:
        server_now = session.scalar(text("SELECT UTC_TIMESTAMP()"))
    [raised] = member.care.escalate(now=server_now)
    assert (raised["index"], raised["level"]) == (mine, 1)
    assert member.care.alarms()  # the desk's poll reads the level through the login
    assert member.care.expire_holds() == []
    member.care.take(mine)
    member.care.resolve(mine, "visited", "방문함")
    member.care.add_note(place.family, "식사 잘 하심")
    member.care.hand_over("야간 특이사항 없음")
    audited = {  # through the login's own audit view, in its name
        r[0]
        for r in _rows_admin(
            place,
            "SELECT operation FROM desktop_auditlog WHERE actor_id = :a",
            a=place.ids["member"],
        )
    }
    assert {"take", "resolve", "add_note", "hand_over"} <= audited


def test_three_logins_taking_one_alert_at_once_leave_one_holder(place):
    _login(place, "carer", "sub")
    place.admin.members.create_member({"family_id": place.family, "user_id": place.ids["carer"]})
    mine = _alert(place, place.family)
    apis = [_api(place, name) for name in ("main", "member", "carer")]
    taken: list[str] = []
    refused: list[Exception] = []
    barrier = threading.Barrier(len(apis))

    def take(api) -> None:
        barrier.wait()
        try:
            taken.append(str(api.care.take(mine)["taken_by"]))
        except Exception as error:  # noqa: BLE001 (counted below, on the test's thread)
            refused.append(error)

    threads = [threading.Thread(target=take, args=(api,)) for api in apis]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # one holder (no deadlock): the others were told who has it
    assert len(taken) == 1 and len(refused) == 2
    assert all(isinstance(e, ConflictError) for e in refused), refused
    assert [k for k, _ in _events(place, mine)] == ["take"]


def test_probe_a_changed_contact_carries_the_logins_name_and_the_servers_time(place):
    contact = _api(place, "main").contacts.add_contact(
        place.family, {"name": "정민수", "relation": "아들", "phone": "010-1234-5678"}
    )
    raw = place.raw("member")
    try:
        with raw.cursor() as cursor:
            cursor.execute(
                "UPDATE desk_w_contact SET phone = '112', updated_by = "
                f"'{place.ids['main']}', updated_at = '2020-01-01 00:00:00' WHERE id = {contact}"
            )
    finally:
        raw.close()
    [row] = _rows_admin(
        place,
        "SELECT phone, updated_by, updated_at >= UTC_TIMESTAMP() - INTERVAL 1 MINUTE "
        "FROM desktop_contacts",
    )
    assert row == ("112", place.ids["member"], 1)
    # the administrator's own writes are kept as written
    place.admin.contacts.update_contact(contact, {"phone": "119"}, by=place.ids["main"])
    assert _rows_admin(place, "SELECT updated_by FROM desktop_contacts") == [(place.ids["main"],)]
