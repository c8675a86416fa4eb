"""The banner shows the newest critical alert nobody has taken (issue 20): a load of the
open alerts that read the database before a new row came never takes that row away, in
whichever order the load's result and the live feed's row reach the window; nor does a
load whose read stops at this computer's "now" before a row written with a later time
(another computer's clock ahead of this one's)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from carebot_desktop.data.validation import utcnow
from carebot_desktop.ui.window import critical_alerts
from tests.unit.ui.conftest import idle


def _write_crit(context, family_id: str, created_at=None) -> dict:
    """Another program writes a crit row (by SQL); the row as the live feed brings it."""
    row = {"family_id": family_id, "notification_grade": "crit", "description": "낙상감지,안방"}
    if created_at is not None:
        row["created_at"] = created_at
    index = int(context.db.notifications.create_notification(row))
    rows = context.db.notifications.get_notifications_list(
        [family_id], None, utcnow() + timedelta(days=1), "crit", False, 50
    )
    return next(r for r in rows if int(r["index"]) == index)


@pytest.fixture
def held_load(monkeypatch):
    """``open_critical`` that reads at once but hands its result back only when let go."""
    read, let_go = threading.Event(), threading.Event()
    real = critical_alerts.open_critical

    def held(api):
        result = real(api)
        read.set()
        assert let_go.wait(20)
        return result

    monkeypatch.setattr(critical_alerts, "open_critical", held)
    yield read, let_go
    let_go.set()


def test_a_load_read_before_a_new_row_does_not_take_it_away(qtbot, desk, context, held_load):
    read, let_go = held_load
    before = {a.index for a in desk.critical.alerts}
    assert before, "the demo has open crit alerts"
    desk.critical.load()  # e.g. the change check's reload
    assert read.wait(20)  # its read is done: the new row is not in it
    row = _write_crit(context, desk.family_ids[-1])
    desk._on_notifications_received([row])  # the live feed's delivery
    assert desk.critical.newest().index == row["index"]
    let_go.set()  # the older read lands after the newer delivery
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert {a.index for a in desk.critical.alerts} == before | {row["index"]}
    assert desk.critical.newest().index == row["index"]  # the banner's, first
    assert desk.banner.isVisible()
    name = desk.family_chooser.name_of(row["family_id"])
    assert name in desk.banner.text_label.text()


def test_a_row_written_with_a_clock_ahead_stays_on_the_banner(qtbot, desk, context):
    ahead = utcnow() + timedelta(minutes=5)
    row = _write_crit(context, desk.family_ids[0], ahead)
    desk._on_notifications_received([row])
    assert desk.critical.newest().index == row["index"]
    desk.critical.load()  # started after the row came; its read stops at this PC's now
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert desk.critical.newest().index == row["index"]
    assert any(a.index == row["index"] for a in desk.critical.unattended())
