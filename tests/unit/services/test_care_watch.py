"""The desk's part of the care loop without Qt: ``api.care.release`` at signing out,
``api.care.expire_holds`` after the hold timeout, ``api.care.alarms``, and
:class:`CareWatch` (what the poller runs each round): levels raised here or at another
desk, given-back alerts, and overdue reminders once per alert."""

from __future__ import annotations

from datetime import timedelta

import pytest

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService
from carebot_desktop.services import offline as off
from carebot_desktop.services.care_watch import CareWatch
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.services.session_controller import SessionController
from tests.conftest import DEMO_TEST_PASSWORD

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
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


@SQLITE_AND_MARIADB
def test_release_gives_back_only_ones_own_holds(db, service, world):
    member = service.as_user(world.tokens["member"])
    main = service.as_user(world.tokens["main"])
    second = _crit(db, world.family)
    member.care.take(world.notification)
    main.care.take(second)
    assert main.care.release(world.notification) == 0  # not the main user's to give back
    assert member.care.release() == 1
    assert main.care.state(world.notification)["state"] == "new"
    assert main.care.state(second)["taken_by"] == world.ids["main"]
    event = db.care.events(world.notification)[-1]
    assert (event["kind"], event["by"]) == ("release", world.ids["member"])
    assert event["detail"].endswith("(signed out)")
    assert "release" in _operations(db, world.ids["member"])


@SQLITE_AND_MARIADB
def test_holds_of_people_away_go_back_through_the_api(db, service, world):
    member = service.as_user(world.tokens["member"])
    main = service.as_user(world.tokens["main"])
    member.care.take(world.notification)
    taken_at = main.care.state(world.notification)["taken_at"]
    later = taken_at + timedelta(minutes=16)
    # the member's session is live (the test's clock) but not at ``later``
    assert main.care.expire_holds(taken_at + timedelta(minutes=10)) == []
    outsider = service.as_user(world.tokens["outsider"])
    assert outsider.care.expire_holds(later) == []  # not the outsider's families
    given_back = main.care.expire_holds(later)
    assert [r["index"] for r in given_back] == [world.notification]
    assert main.care.state(world.notification)["state"] == "new"
    assert "expire_holds" in _operations(db, world.ids["main"])


@SQLITE_AND_MARIADB
def test_care_watch_raises_sees_others_raise_and_reminds_once(db, service, world):
    main = service.as_user(world.tokens["main"])
    member = service.as_user(world.tokens["member"])
    here, there = CareWatch(main), CareWatch(member)
    created = main.care.state(world.notification)["created_at"]
    first = here.tend(created + timedelta(seconds=30))
    assert not first.changes and first.levels == {} and not first.levels_changed

    at1 = created + timedelta(minutes=2)
    raised = here.tend(at1)
    assert raised.changes.escalated == {world.notification}
    assert raised.levels == {world.notification: 1} and raised.levels_changed
    seen = there.tend(at1 + timedelta(seconds=10))  # raised at the other desk: seen here
    assert seen.levels == {world.notification: 1} and seen.changes.escalated == {world.notification}
    assert not there.tend(at1 + timedelta(seconds=20)).changes  # nothing new
    assert there.levels == {world.notification: 1}

    member.care.take(world.notification)
    taken_at = member.care.state(world.notification)["taken_at"]
    # (the clock moves on 30 minutes, her session's does not: keep her hold meanwhile)
    db.care.set_care_setting("hold_release_seconds", 86_400)
    gone = there.tend(taken_at + timedelta(seconds=5))
    # the level went away with her take: the alarm calms down (levels_changed), but the
    # take is announced by her own change set and the change check, not again here
    assert gone.levels == {} and gone.levels_changed and not gone.changes.escalated
    assert there.tend(taken_at + timedelta(minutes=29)).reminders == ()
    late = there.tend(taken_at + timedelta(minutes=30))
    assert late.reminders == (world.notification,)
    assert there.tend(taken_at + timedelta(minutes=31)).reminders == ()  # once
    assert here.tend(taken_at + timedelta(minutes=31)).reminders == ()  # not the main user's


def test_signing_out_gives_back_what_one_holds(sqlite_db, demo_hash):
    fill_demo(sqlite_db, password_hash=demo_hash, days=1)
    store = MemorySecretStore()
    service = CarebotService(sqlite_db, store, bcrypt_cost=4)
    server = sqlite_db.url.render_as_string(hide_password=True)
    controller = SessionController(service, server, off.CacheKeys(store), store)
    session = controller.sign_in("jieun.park@carebot.example", DEMO_TEST_PASSWORD, False)
    family_id = session.api.families.get_all_families()[0]["id"]
    index = _crit(sqlite_db, family_id)
    session.api.care.take(index)
    assert controller.sign_out(session) is True
    state = sqlite_db.care.state(index)
    assert state["state"] == "new"
    assert sqlite_db.care.events(index)[-1]["kind"] == "release"
