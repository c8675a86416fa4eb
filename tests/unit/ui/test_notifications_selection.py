"""The alert in the detail stays selected when the list is read again, found without
asking the view's model row by row (at 200 families, a list of a thousand alerts read
again after each offline sync: 30-60 ms of the GUI thread in Qt-to-Python calls)."""

from __future__ import annotations

from carebot_desktop.ui.notifications.notifications_model import NotificationsModel
from tests.unit.ui.conftest import idle


def test_the_selected_alert_stays_selected_after_a_reload_without_a_walk_of_the_rows(
    qtbot, desk, monkeypatch
):
    desk.go_to("notifications")
    page = desk.notifications
    qtbot.waitUntil(lambda: idle(desk) and page.proxy.rowCount() > 3, timeout=20_000)
    chosen = page.model.alerts()[2].index
    assert page.show_alert(chosen)
    assert page.table.currentIndex().row() == 2

    asked: list[int] = []
    alert_at = page._alert_at

    def counted(row):
        asked.append(row)
        return alert_at(row)

    monkeypatch.setattr(page, "_alert_at", counted)
    page.reload()
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    selected = page.proxy.data(page.table.currentIndex(), NotificationsModel.ALERT_ROLE)
    assert selected.index == chosen
    # The selected alert and the detail's: a few, not one a row.
    assert len(asked) < page.proxy.rowCount()
    assert page.show_alert(page.model.alerts()[0].index)
    assert page.show_alert(-12345) is False  # not listed, even without the filters
