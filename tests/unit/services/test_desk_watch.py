"""The live desk's change check: what another PC, a robot or a sender changed is seen
at the next poll; readings at most once a period; roll-ups kept up on the way."""

from datetime import timedelta

import pytest

from carebot_desktop.data.models import RollupMark
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.changes import DeskChanges, acknowledged, made_here
from carebot_desktop.services.desk_watch import DeskWatch
from tests.unit.services.conftest import T0

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@SQLITE_AND_MARIADB
def test_the_watch_sees_what_changed_elsewhere(db, service, world):
    clock = Clock()
    member = service.as_user(world.tokens["member"])
    watch = DeskWatch(member, status_every=60, fold_every=60, clock=clock)
    assert watch.check() == DeskChanges()  # the first look only notes where things are
    assert not watch.check()
    # another PC acknowledges an alert
    service.as_user(world.tokens["main"]).notifications.check_read_notification(world.notification)
    assert watch.check() == DeskChanges(alerts=True)
    # the elder sends the member a message
    service.as_user(world.tokens["main"]).messages.create_message(
        {"from_id": world.ids["main"], "to_id": world.ids["member"], "content": "밥 먹었니?"}
    )
    assert watch.check() == DeskChanges(messages=True)
    # a robot reports: said once the period has passed, not at every poll
    db.status.create_health_status(
        {"family_id": world.family, "heart_rate": 72, "reported_at": utcnow()}
    )
    assert not watch.check()
    clock.now += 61
    assert watch.check() == DeskChanges(status=True)
    assert not watch.check()


@SQLITE_AND_MARIADB
def test_the_watch_keeps_the_rollups_up(db, service, world, monkeypatch):
    from carebot_desktop.data import status as status_module

    monkeypatch.setattr(status_module, "GRACE", timedelta(0))
    clock = Clock()
    db.status.create_health_status({"family_id": world.family, "heart_rate": 70, "reported_at": T0})
    watch = DeskWatch(service.as_user(world.tokens["member"]), fold_every=60, clock=clock)
    watch.check()  # notes the tables' ends
    clock.now += 61
    watch.check()  # folds up to them
    with db.transaction() as session:
        mark = session.get(RollupMark, "healthstatus")
        assert mark is not None and mark.upto > 0


@SQLITE_AND_MARIADB
def test_this_pcs_own_change_is_not_read_back(db, service, world):
    """An acknowledgement made here carries the signature read after it: the next check
    does not report it, while another PC's change at the same time still shows."""
    member = service.as_user(world.tokens["member"])
    watch = DeskWatch(member, clock=Clock())
    watch.check()
    member.notifications.check_read_notification(world.notification)
    made = made_here(member, acknowledged([world.notification]))
    assert made.own and made.seen is not None
    watch.absorb(made)
    assert not watch.check()  # this PC's own change: nothing to read back
    service.as_user(world.tokens["main"]).messages.create_message(
        {"from_id": world.ids["main"], "to_id": world.ids["member"], "content": "고마워"}
    )
    watch.absorb(made_here(member, acknowledged([world.notification])))
    assert watch.check() == DeskChanges(messages=True)  # another's message is still seen


@SQLITE_AND_MARIADB
def test_new_alerts_the_feed_delivered_are_not_reported_again_and_a_take_is_states(
    db, service, world
):
    """The poll's feed delivers a new alert (the window reads its family alone): the
    change check does not say ``alerts`` for it, but does for one it did not deliver; a
    take on another PC moves the open alerts' states (``states``), not the alerts."""
    from carebot_desktop.services.alerts import AlertFeed

    member = service.as_user(world.tokens["member"])
    feed = AlertFeed(member)
    feed.poll()
    watch = DeskWatch(member, clock=Clock())
    watch.check()

    def alert(description: str) -> int:
        return db.notifications.create_notification(
            {"family_id": world.family, "notification_grade": "crit", "description": description}
        )

    alert("낙상감지")
    rows = feed.poll()
    assert [r["description"] for r in rows] == ["낙상감지"]
    watch.delivered(rows)
    assert not watch.check()  # delivered: the window has it
    index = alert("심박 이상")  # came in after the poll: not delivered yet
    watch.delivered([])
    assert watch.check() == DeskChanges(alerts=True)
    watch.delivered(feed.poll())  # the next round's poll delivers it
    assert not watch.check()
    service.as_user(world.tokens["main"]).care.take(index)
    assert watch.check().states  # (a take reads the alert too: its unread count moves)
