"""A real window: the poller raises the escalation of an alert nobody took, the window
hears the level (the alarm rings faster), and once the alert is dealt with it calms down."""

from __future__ import annotations

from datetime import timedelta

from carebot_desktop.data.validation import utcnow
from tests.unit.ui.conftest import idle, signed_in


def test_an_alert_nobody_took_escalates_on_the_desk(qtbot, window, context):
    session = signed_in(context)
    window.start_session(session)
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() >= 1 and idle(window), timeout=30_000
    )
    family_id = session.api.families.get_all_families()[0]["id"]
    index = context.db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "crit",
            "description": "낙상감지",
            "created_at": utcnow() - timedelta(minutes=3),
        }
    )
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(lambda: window.live_feed.escalation_levels.get(index) == 1, timeout=20_000)
    assert window.alarm.escalated
    assert context.db.care.state(index)["escalation"] == 1

    for alert in context.db.care.open_alerts(
        [f["id"] for f in session.api.families.get_all_families()]
    ):
        context.db.care.resolve(alert["index"], "elder_fine", by=session.user_id)
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(lambda: not window.live_feed.escalation_levels, timeout=20_000)
    assert not window.alarm.escalated
