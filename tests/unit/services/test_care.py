"""Closing the loop on an alert through the checked API (``api.care``): two desks at once,
who sees what, the audit log, and escalation exactly once under three desks calling at
the same moment (real threads, each its own Database and UserApi, on MariaDB)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import text

from carebot_desktop.data import (
    CarebotError,
    ConflictError,
    Database,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService, care
from tests.unit.services.conftest import TEST_COST, sign_in

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)
MARIADB = pytest.mark.parametrize(
    "backend", [pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)


def _crit(db, family_id, ago=timedelta(minutes=1)):
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "crit",
            "description": "낙상감지",
            "created_at": utcnow() - ago,
        }
    )


def _operations(db, actor_id):
    return [e["operation"] for e in db.security.get_audit_log(actor_id=actor_id)]


def test_the_outcomes_and_the_plain_reckonings():
    assert care.OUTCOMES == (
        "false_alarm",
        "elder_fine",
        "visited",
        "family_contacted",
        "emergency_services",
        "hospital",
        "other",
    )
    now = utcnow()
    new = {"state": "new", "grade": "crit", "created_at": now - timedelta(minutes=31)}
    assert care.is_open(new) and care.unattended(new, now) == 31 * 60
    taken = {**new, "state": "taken", "taken_at": now - timedelta(minutes=30)}
    assert care.unattended(taken, now) == 0 and care.overdue(taken, now)
    assert not care.overdue({**taken, "grade": "warn"}, now)
    assert not care.overdue({**taken, "taken_at": now - timedelta(minutes=29)}, now)
    done = {**taken, "state": "resolved", "resolved_at": now - timedelta(minutes=1)}
    assert not care.is_open(done) and care.open_seconds(done, now) == 30 * 60
    assert care.open_seconds({"created_at": None}, now) == 0


@SQLITE_AND_MARIADB
def test_two_desks_one_alert(db, service, world):
    """One desk takes; the other sees who and since when, may take it over after a
    confirmation (recorded), and anyone of the family may close it."""
    daughter = service.as_user(world.tokens["member"])
    elder = service.as_user(world.tokens["main"])
    index = world.notification
    taken = daughter.care.take(index)
    assert taken["taken_by"] == world.ids["member"] and taken["taken_by_name"] == "member님"
    assert elder.care.state(index)["state"] == "taken"
    assert [a["index"] for a in elder.care.open_alerts()] == [index]
    with pytest.raises(ConflictError, match="member님 has taken this alert since") as refused:
        elder.care.take(index)
    assert refused.value.details["taken_by"] == world.ids["member"]
    assert elder.care.take(index, take_over=True)["taken_by"] == world.ids["main"]
    with pytest.raises(ValidationError, match="outcome"):
        daughter.care.resolve(index, "nothing")
    done = daughter.care.resolve(index, "family_contacted", "아드님께 연락드림")
    assert (done["state"], done["resolved_by_name"]) == ("resolved", "member님")
    assert elder.care.open_alerts() == []
    assert [e["kind"] for e in db.care.events(index)] == ["take", "take_over", "resolve"]
    assert {"take", "resolve"} <= set(_operations(db, world.ids["member"]))
    assert "take" in _operations(db, world.ids["main"])


@SQLITE_AND_MARIADB
def test_who_reads_and_writes_the_care_log_and_handovers(db, service, world):
    member = service.as_user(world.tokens["member"])
    main = service.as_user(world.tokens["main"])
    outsider = service.as_user(world.tokens["outsider"])
    system = service.as_user(world.tokens["system"])
    note = member.care.add_note(world.family, "점심 식사 잘 하심")
    assert [n["id"] for n in main.care.notes(world.family)] == [note]
    assert "add_note" in _operations(db, world.ids["member"])
    for refused in (
        lambda: outsider.care.notes(world.family),
        lambda: outsider.care.add_note(world.family, "몰래 쓰기"),
        lambda: outsider.care.take(world.notification),
        lambda: outsider.care.resolve(world.notification, "other"),
        lambda: outsider.care.state(world.notification),
    ):
        with pytest.raises(PermissionDeniedError):
            refused()
    assert outsider.care.open_alerts() == []
    assert [a["index"] for a in system.care.open_alerts()] == [world.notification]

    handover = member.care.hand_over("야간: 어머니 낙상 1건, 방문 확인")
    theirs = outsider.care.hand_over("다른 집 인계")
    assert [h["id"] for h in main.care.handovers()] == [handover]
    assert [h["id"] for h in outsider.care.handovers()] == [theirs]
    assert {h["id"] for h in system.care.handovers()} == {handover, theirs}
    assert "hand_over" in _operations(db, world.ids["member"])
    loner = service.as_user(sign_in(db, world.free_sub))  # watches no family
    with pytest.raises(PermissionDeniedError):
        loner.care.hand_over("인계")
    assert loner.care.handovers() == []


@SQLITE_AND_MARIADB
def test_escalate_through_the_api_only_ones_own_families(db, service, world):
    other = _crit(db, world.other_family, timedelta(minutes=3))
    mine = _crit(db, world.family, timedelta(minutes=3))
    main = service.as_user(world.tokens["main"])
    raised = main.care.escalate()
    assert [(r["index"], r["level"]) for r in raised] == [(mine, 1)]
    assert "escalate" in _operations(db, world.ids["main"])
    assert main.care.escalate() == []
    system = service.as_user(world.tokens["system"])
    later = utcnow() + timedelta(minutes=20)
    by_system = {(r["index"], r["level"]) for r in system.care.escalate(later)}
    assert by_system == {(other, 1), (other, 2), (mine, 2), (world.notification, 1),
                         (world.notification, 2)}  # fmt: skip
    assert main.care.state(mine)["escalation"] == 2
    loner = service.as_user(sign_in(db, world.free_sub))
    assert loner.care.escalate(later) == []


def _desks(db_url, world, roles):
    """One Database, service and UserApi per desk, as on separate computers."""
    desks = []
    for role in roles:
        database = Database(db_url)
        service = CarebotService(database, None, bcrypt_cost=TEST_COST)
        desks.append((database, service.as_user(world.tokens[role])))
    return desks


def _all_at_once(desks, work):
    barrier = threading.Barrier(len(desks))
    results, errors = [None] * len(desks), []

    def run(n, api):
        try:
            barrier.wait(timeout=10)
            results[n] = work(api)
        except CarebotError as error:  # collected: the assertions show them
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n, api)) for n, (_, api) in enumerate(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for database, _ in desks:
        database.dispose()
    return results, errors


@MARIADB
def test_three_desks_escalate_at_the_same_moment_each_level_once(db, db_url, world):
    second = _crit(db, world.family, timedelta(minutes=4))
    created = db.notifications.get_one_notification(world.notification)["created_at"]
    at = max(created, utcnow()) + timedelta(minutes=11)
    for _ in range(3):  # a few rounds: the race is real each time
        db.care.set_care_setting("escalation_level_1_seconds", 120)
        desks = _desks(db_url, world, ("main", "member", "system"))
        results, errors = _all_at_once(desks, lambda api: api.care.escalate(at))
        assert errors == []
        raised = [(r["index"], r["level"]) for result in results for r in result]
        assert sorted(raised) == sorted(set(raised))  # nobody raised a level twice
        with db.transaction() as session:
            session.execute(text("DELETE FROM desktop_escalations"))
        assert sorted(raised) == [(world.notification, 1), (world.notification, 2),
                                  (second, 1), (second, 2)]  # fmt: skip


@MARIADB
def test_three_desks_take_at_the_same_moment_one_holds_it(db, db_url, world):
    desks = _desks(db_url, world, ("main", "member", "system"))
    results, errors = _all_at_once(desks, lambda api: api.care.take(world.notification))
    holders = {r["taken_by"] for r in results if r is not None}
    assert len(holders) == 1
    assert len(errors) == 2 and all(isinstance(e, ConflictError) for e in errors)
    assert all("has taken this alert since" in str(e) for e in errors)
    assert db.care.state(world.notification)["taken_by"] in holders
    assert [e["kind"] for e in db.care.events(world.notification)] == ["take"]


@MARIADB
def test_three_desks_resolve_at_the_same_moment_one_closes_it(db, db_url, world):
    desks = _desks(db_url, world, ("main", "member", "system"))
    results, errors = _all_at_once(
        desks, lambda api: api.care.resolve(world.notification, "elder_fine")
    )
    closers = {r["resolved_by"] for r in results if r is not None}
    assert len(closers) == 1
    assert len(errors) == 2 and all("already resolved" in str(e) for e in errors)
    assert [e["kind"] for e in db.care.events(world.notification)] == ["take", "resolve"]
