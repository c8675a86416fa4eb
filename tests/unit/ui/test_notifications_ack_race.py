"""Acknowledging while the list is being read: the read, begun before the
acknowledgement, must not bring the alerts back as unread (it did, under load: "모두
확인" emptied the unacknowledged list, then the slower read filled it again, and nothing
read it once more)."""

from __future__ import annotations

import threading

from carebot_desktop.ui.notifications import notifications_page
from tests.unit.ui.conftest import idle


def test_a_read_begun_before_an_acknowledgement_does_not_bring_them_back(
    qtbot, desk, context, monkeypatch
):
    desk.go_to("notifications")
    page = desk.notifications
    qtbot.waitUntil(lambda: idle(desk) and page.model.rowCount() > 0, timeout=20_000)
    gate, started = threading.Event(), threading.Event()
    read = notifications_page.load_alerts

    def slow_first(*args):
        rows = read(*args)  # what the database says now: before the acknowledgement
        if not started.is_set():
            started.set()
            gate.wait(20)
        return rows

    monkeypatch.setattr(notifications_page, "load_alerts", slow_first)
    page.unread.setChecked(True)  # filters at once, and reads the unacknowledged again
    assert page.proxy.rowCount() > 0
    assert started.wait(10)  # that read has its rows, and waits
    page.ack_all_button.click()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=20_000)  # the write's answer
    gate.set()  # now the older read arrives
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert page.proxy.rowCount() == 0
    for family_id in desk.family_ids:
        assert context.db.notifications.get_new_notifications(family_id) == []
