"""Offline review of the care loop: the sync copies who took and resolved each alert,
the levels reached and the care log, so the offline copy answers ``api.care`` as the
server did; writes of care are refused with the offline sentence."""

from __future__ import annotations

from datetime import timedelta

import pytest

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import OfflineError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService
from carebot_desktop.services import offline as off
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.services.session_controller import SessionController
from tests.conftest import DEMO_TEST_PASSWORD


def _crit(db, family_id, ago):
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "crit",
            "description": "낙상감지",
            "created_at": utcnow() - ago,
        }
    )


def test_offline_review_shows_who_took_and_resolved_what(sqlite_db, demo_hash):
    db = sqlite_db
    fill_demo(db, password_hash=demo_hash, days=1)
    store = MemorySecretStore()
    service = CarebotService(db, store, bcrypt_cost=4)
    server = db.url.render_as_string(hide_password=True)
    controller = SessionController(service, server, off.CacheKeys(store), store)
    session = controller.sign_in("jieun.park@carebot.example", DEMO_TEST_PASSWORD, False)
    api = session.api
    family_id = api.families.get_all_families()[0]["id"]
    elder = db.families.get_one_family(family_id)["main_user"]
    taken = _crit(db, family_id, timedelta(minutes=40))
    resolved = _crit(db, family_id, timedelta(minutes=30))
    waiting = _crit(db, family_id, timedelta(minutes=20))
    api.care.take(taken)
    db.care.take(resolved, by=elder)
    api.care.resolve(resolved, "visited", "방문해 보니 괜찮으심")
    db.care.escalate([family_id])  # the waiting one: both levels
    api.care.add_note(family_id, "저녁 약 드심")
    online = {i: api.care.state(i) for i in (taken, resolved, waiting)}
    online_log = api.care.notes(family_id)
    online_open = [a["index"] for a in api.care.open_alerts()]

    outcome = controller.sync(session, days=15)
    assert outcome.as_of is not None
    offline = SessionController.open_offline(session)
    for index, state in online.items():
        assert offline.care.state(index) == state
    assert offline.care.state(taken)["taken_by_name"] == online[taken]["taken_by_name"]
    assert offline.care.state(resolved)["outcome"] == "visited"
    assert offline.care.state(waiting)["escalation"] == 2
    assert offline.care.notes(family_id) == online_log
    assert [a["index"] for a in offline.care.open_alerts()] == online_open

    # resolved on the server later: the next sync brings it
    api.care.resolve(taken, "elder_fine")
    controller.sync(session, days=15)
    assert offline.care.state(taken)["state"] == "resolved"

    for write in (
        lambda: offline.care.take(waiting),
        lambda: offline.care.resolve(waiting, "other"),
        lambda: offline.care.add_note(family_id, "메모"),
        lambda: offline.care.release(),
        lambda: offline.care.escalate(),
    ):
        with pytest.raises(OfflineError, match="needs a connection to the database"):
            write()
    session.cache.close()


def test_an_alert_made_and_taken_during_a_sync_waits_for_the_next(
    sqlite_db, demo_hash, monkeypatch
):
    """Found by the soak (benchmarks/soak.py): with a crit alert every 20 s taken within
    seconds, an alert made after the notifications were copied was taken before the care
    rows were read; its care row broke the copy's foreign key and every sync failed."""
    from carebot_desktop.services.offline import syncing

    db = sqlite_db
    fill_demo(db, password_hash=demo_hash, days=1)
    store = MemorySecretStore()
    service = CarebotService(db, store, bcrypt_cost=4)
    server = db.url.render_as_string(hide_password=True)
    controller = SessionController(service, server, off.CacheKeys(store), store)
    session = controller.sign_in("jieun.park@carebot.example", DEMO_TEST_PASSWORD, False)
    api = session.api
    family_id = api.families.get_all_families()[-1]["id"]
    made: list[int] = []
    copy_notifications = syncing._sync_notifications

    def copy_then_an_alert_comes(api_, local, store_, fid, horizon, now):
        copied = copy_notifications(api_, local, store_, fid, horizon, now)
        if fid == family_id and not made:  # the robot writes, the desk takes it at once
            made.append(_crit(db, family_id, timedelta(0)))
            api.care.take(made[0])
        return copied

    monkeypatch.setattr(syncing, "_sync_notifications", copy_then_an_alert_comes)
    assert controller.sync(session, days=15).as_of is not None
    offline = SessionController.open_offline(session)
    assert made and made[0] not in [a["index"] for a in offline.care.open_alerts()]
    monkeypatch.setattr(syncing, "_sync_notifications", copy_notifications)
    controller.sync(session, days=15)  # the next sync brings it, taken
    assert offline.care.state(made[0])["state"] == "taken"
    session.cache.close()
