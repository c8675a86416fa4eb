"""What a desk open all night keeps stays bounded (benchmarks/soak.py found each growing):
every alert the poller brings and every alert resolved must not stay in memory for ever."""

from datetime import timedelta

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.alert_rows import parse_alert
from carebot_desktop.ui.notifications import notifications_page
from carebot_desktop.ui.notifications.notifications_model import NotificationsModel
from carebot_desktop.ui.notifications.notifications_page import NotificationsPage


def _row(index: int, family_id: str = "F1", grade: str = "crit") -> dict:
    return {
        "index": index,
        "family_id": family_id,
        "notification_grade": grade,
        "description": "낙상감지",
        "created_at": utcnow() - timedelta(hours=10) + timedelta(seconds=20 * index),
        "is_read": False,
    }


def test_the_notifications_model_keeps_the_newest_rows_up_to_its_limit(qtmodeltester):
    model = NotificationsModel()
    for index in range(1, 301):
        model.add_rows([parse_alert(_row(index))], limit=100)
    assert model.rowCount() == 100
    assert [a.index for a in model.alerts()[:2]] == [300, 299]
    assert model.alerts()[-1].index == 201
    qtmodeltester.check(model)


def test_resolved_outcomes_are_forgotten_with_their_rows():
    model = NotificationsModel()
    for index in range(1, 501):
        model.set_state({"index": index, "grade": "crit", "state": "resolved"})
    assert len(model.closed) == 500
    model.keep_closed({499, 500, 12345})
    assert set(model.closed) == {499, 500}
    assert model.state_of(parse_alert(_row(500)))["state"] == "resolved"


def test_the_page_fed_by_the_poller_all_night_stays_at_the_list_limit(qtbot, context, monkeypatch):
    monkeypatch.setattr(notifications_page, "LIST_LIMIT", 50)
    page = NotificationsPage(context)
    qtbot.addWidget(page)
    page.family_ids = ["F1"]
    for index in range(1, 1001):  # a night of polls: one crit alert each
        page.model.set_state({"index": index, "grade": "crit", "state": "resolved"})
        page.add_new([_row(index)])
    assert len(page._loaded) == 50
    assert page.model.rowCount() <= 50
    assert min(a.index for a in page._loaded) == 951
    assert set(page.model.closed) <= {a.index for a in page._loaded}
    assert page.truncated
