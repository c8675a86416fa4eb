"""The poller raises escalations at each poll (``poll_once`` runs ``CareWatch.tend``):
the levels and the overdue reminders reach the window as signals, the levels as a change
set; a failing round never costs an alert."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from carebot_desktop.data.models import AlertCare
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.care_watch import CareWatch
from carebot_desktop.workers.poller import NotificationPoller
from tests.unit.ui.conftest import signed_in


def _crit(db, family_id, ago):
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "crit",
            "description": "낙상감지",
            "created_at": utcnow() - ago,
        }
    )


def test_poll_once_escalates_and_tells_the_window(qtbot, context):
    session = signed_in(context)
    ids = [f["id"] for f in session.api.families.get_all_families()]
    db = context.db
    for alert in session.api.care.open_alerts():  # the demo's own alerts are dealt with
        db.care.resolve(alert["index"], "elder_fine", by=session.user_id)
    poller = NotificationPoller(AlertFeed(session.api, ids).poll, tend=CareWatch(session.api).tend)
    assert poller.poll_once() == []
    index = _crit(db, ids[0], timedelta(minutes=3))
    with (
        qtbot.waitSignal(poller.escalations_changed) as levels,
        qtbot.waitSignal(poller.desk_changed) as changed,
    ):
        poller.poll_once()
    assert levels.args[0] == {index: 1}
    assert index in changed.args[0].escalated
    assert db.care.state(index)["escalation"] == 1
    with qtbot.assertNotEmitted(poller.escalations_changed):
        poller.poll_once()  # nothing new: nothing said

    # taken 31 minutes ago and not resolved: its holder is reminded, once
    session.api.care.take(index)
    with db.transaction() as s:
        s.execute(
            update(AlertCare)
            .where(AlertCare.notification_index == index)
            .values(taken_at=utcnow() - timedelta(minutes=31))
        )
    with qtbot.waitSignal(poller.care_reminders) as reminded:
        poller.poll_once()
    assert reminded.args[0] == [index]
    with qtbot.assertNotEmitted(poller.care_reminders):
        poller.poll_once()


def test_a_failing_escalation_round_never_costs_an_alert(qtbot, caplog):
    rows = [[], [{"index": 7, "family_id": "F"}]]

    def tend():
        raise RuntimeError("a bug")

    poller = NotificationPoller(lambda: rows.pop(0), tend=tend)
    assert poller.poll_once() == []
    with qtbot.waitSignal(poller.notifications_received):
        assert [r["index"] for r in poller.poll_once()] == [7]
    assert "escalation failed this round" in caplog.text
