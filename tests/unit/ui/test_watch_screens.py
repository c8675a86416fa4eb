"""Watching the elder on the screens (issue 19): the overview's unusual column and trend
arrows, a derived alert in the list, its detail and the banner, the charts' usual band,
the report's lines against the usual, and the sleep window on the Family screen (set by
the elder's own account, read by the others). ``db.watch.usual`` answers hand-made
values where a test needs a particular usual; the rest runs as on a desk."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import reports
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.ui import watch_text
from carebot_desktop.ui.main_window import MainWindow
from carebot_desktop.ui.report.tables import usual_lines
from carebot_desktop.ui.status import status_page
from tests.unit.ui.conftest import ELDER, idle, signed_in

NOW = utcnow()


def _usual(unusual: list | None = None) -> dict:
    return {
        "days": 8,
        "learned_at": NOW,
        "series": {
            "heart_rate": {"low": 40.0, "high": 45.0, "mean": 42.0, "recent": 80.0},
            "temperature": {"low": 15.0, "high": 40.0, "mean": 22.0, "recent": 22.0},
            "activity_score": {"low": 95.0, "high": 99.0, "mean": 97.0, "recent": 10.0},
            "mental_score": {"low": 10.0, "high": 90.0, "mean": 60.0, "recent": 60.0},
        },
        "hourly": {"heart_rate": [[40.0 + h % 3, 45.0 + h % 3] for h in range(24)]},
        "unusual": unusual or [],
        "sleep": None,
    }


@pytest.fixture
def unusual_family(demo_db, monkeypatch) -> str:
    """Every demo elder has a usual; the first family's is unusual now (no movement)."""
    families = [f["id"] for f in demo_db.families.get_all_families()]
    first = families[0]
    answers = {f: _usual() for f in families}
    answers[first] = _usual(
        [
            {
                "kind": "inactivity",
                "grade": "crit",
                "message": "<b>6시간째</b> 움직임이 없습니다.",
                "since": NOW - timedelta(hours=6),
            }
        ]
    )

    def usual(family_ids=None, now=None, *, recent=True):
        wanted = family_ids if family_ids is not None else families
        return {f: answers[f] for f in wanted if f in answers}

    monkeypatch.setattr(demo_db.watch, "usual", usual)
    return first


def _signed_in_window(qtbot, context) -> MainWindow:
    """The real window, shown, signed in as the desk's caregiver."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(signed_in(context))
    return window


def _cell(model, family_id: str, column: str, role=Qt.ItemDataRole.DisplayRole):
    row = model.row_of(family_id)
    return model.data(model.index(row, model.COLUMNS.index(column)), role)


def test_the_overview_shows_who_is_unusual_and_the_trends(qtbot, unusual_family, desk):
    model = desk.overview.model
    qtbot.waitUntil(lambda: model.row_of(unusual_family) >= 0, timeout=20_000)
    label = watch_text.kind_label("inactivity")
    assert _cell(model, unusual_family, "unusual") == label
    tip = _cell(model, unusual_family, "unusual", Qt.ItemDataRole.ToolTipRole)
    assert label in tip and "<b>6시간째</b> 움직임이 없습니다." in tip  # others' words, as written
    heart = _cell(model, unusual_family, "heart_rate")
    assert "↑" in heart
    assert "↓" in _cell(model, unusual_family, "activity")
    assert "→" in _cell(model, unusual_family, "temperature")
    heart_tip = _cell(model, unusual_family, "heart_rate", Qt.ItemDataRole.ToolTipRole)
    assert watch_text.usual_range_text("heart_rate", 40.0, 45.0) in heart_tip
    others = [r for r in model.rows() if r.family_id != unusual_family]
    assert others and all(_cell(model, r.family_id, "unusual") == "" for r in others)
    assert desk.overview.tr("%n unusual for themselves", None, 1) in desk.overview.summary.text()


def test_a_new_alert_reads_the_usual_without_its_recent_means_and_keeps_the_last(
    qtbot, demo_db, context, monkeypatch
):
    """The recent means (three hours of readings) are read at sign-in, every few minutes
    and for new families; at a new alert only the rest (the open episodes), the arrows
    kept from the last full read (issue 21: the largest read of a desk at 200 families)."""
    families = [f["id"] for f in demo_db.families.get_all_families()]
    calls: list[bool] = []
    unusual: list = []

    def usual(family_ids=None, now=None, *, recent=True):
        calls.append(recent)
        answer = _usual(list(unusual))
        if not recent:
            answer["series"] = {
                name: {**values, "recent": None} for name, values in answer["series"].items()
            }
        wanted = family_ids if family_ids is not None else families
        return {f: answer for f in wanted}

    monkeypatch.setattr(demo_db.watch, "usual", usual)
    # The overview's reads alone: the hidden Status screen reads its family's usual (with
    # its recent means) three seconds after sign-in, and on a busy machine that came
    # after this test's new alert (a failure in a clean clone's suite).
    monkeypatch.setattr(status_page, "PRELOAD_AFTER_MS", 3_600_000)
    window = _signed_in_window(qtbot, context)
    page, model = window.overview, window.overview.model
    qtbot.waitUntil(lambda: bool(calls) and idle(window) and model.rowCount() == 4, timeout=30_000)
    assert set(calls) == {True}
    first = families[0]
    assert "↑" in _cell(model, first, "heart_rate")
    calls.clear()
    unusual.append(
        {"kind": "inactivity", "grade": "crit", "message": "m", "since": NOW - timedelta(hours=6)}
    )
    page.on_changes(DeskChanges(alerts=True))
    qtbot.waitUntil(lambda: bool(calls) and idle(window), timeout=30_000)
    qtbot.waitUntil(lambda: _cell(model, first, "unusual") != "", timeout=10_000)
    qtbot.wait(200)  # nothing else asks
    assert calls == [False]
    assert "↑" in _cell(model, first, "heart_rate")  # the last recent mean, kept
    assert "↓" in _cell(model, first, "activity")
    calls.clear()
    page.on_changes(DeskChanges(families=frozenset({first})))
    qtbot.waitUntil(lambda: bool(calls) and idle(window), timeout=30_000)
    assert calls == [True]
    window.shutdown()


def test_a_derived_alert_reads_as_its_kind_everywhere(qtbot, desk, context):
    family_id = desk.overview.model.rows()[0].family_id
    description = json.dumps(
        {
            "type": "carebot.robot_silent",
            "message": "<i>로봇</i>이 5시간째 아무것도 보내지 않았습니다.",
            "since": "2025-01-01T00:00:00",
        },
        ensure_ascii=False,
    )
    index = context.db.notifications.create_notification(
        {"family_id": family_id, "notification_grade": "crit", "description": description}
    )
    desk.go_to("notifications")
    page = desk.notifications
    page.reload()
    qtbot.waitUntil(lambda: idle(desk) and index in {a.index for a in page.model.alerts()})
    alert = next(a for a in page.model.alerts() if a.index == index)
    label = watch_text.kind_label("robot_silent")
    assert page.model.summary(alert).startswith(label)
    assert "<i>로봇</i>이 5시간째" in page.model.headline(alert)
    detail = page.detail_html(alert)
    assert "&lt;i&gt;로봇&lt;/i&gt;" in detail and "<i>" not in detail  # plain text
    desk.critical.load()  # the banner names the newest critical alert: this one
    qtbot.waitUntil(lambda: idle(desk) and label in desk.banner.text_label.text(), timeout=20_000)


def test_the_charts_draw_the_elders_usual_band(qtbot, unusual_family, desk):
    desk.select_family(unusual_family)
    desk.go_to("status")
    status = desk.pages["status"]
    qtbot.waitUntil(
        lambda: (
            idle(desk)
            and status._bundle is not None
            and status._bundle.family_id == unusual_family
            and not status.charts["heart_rate"].usual_band.path().isEmpty()
        ),
        timeout=30_000,
    )
    heart = status.charts["heart_rate"]
    assert heart.usual_band.isVisible()
    assert watch_text.QCoreApplication.translate("charts", "usual range") in heart.legend.text()
    box = heart.usual_band.path().boundingRect()
    assert box.top() == pytest.approx(40.0) and box.bottom() == pytest.approx(47.0)
    temperature = status.charts["temperature"].usual_band.path().boundingRect()
    assert (temperature.top(), temperature.bottom()) == (15.0, 40.0)
    assert not status.charts["dust_level"].usual_band.isVisible()  # no usual for dust


def test_the_report_says_what_changed_against_the_usual(qtbot, unusual_family, desk, context):
    report = reports.weekly_summary(context.api, unusual_family, utcnow())
    lines = usual_lines(report)
    directions = {c.series: c.direction for c in report.usual_changes}
    assert directions["heart_rate"] == "up" and directions["activity_score"] == "down"
    assert watch_text.change_text(report.usual_changes[0]) in lines
    assert any("40–45" in line for line in lines), lines


def test_a_member_reads_the_sleep_window_and_cannot_change_it(qtbot, desk, context):
    desk.go_to("family")
    page = desk.pages["family"]
    context.db.watch.set_sleep_window(page.family_id, "21:30", "05:45")
    page.reload()
    qtbot.waitUntil(
        lambda: idle(desk) and page.sleep_start.time().toString("HH:mm") == "21:30",
        timeout=20_000,
    )
    assert page.sleep_end.time().toString("HH:mm") == "05:45"
    assert not page.sleep_none.isChecked() and not page.sleep_none.isEnabled()
    assert page.sleep_start.isReadOnly() and not page.sleep_save.isVisible()
    assert page.sleep_note.isVisible()


def test_the_elder_sets_and_clears_the_sleep_window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(signed_in(context, ELDER))
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() == 1 and idle(window), timeout=30_000
    )
    window.go_to("family")
    page = window.pages["family"]
    qtbot.waitUntil(lambda: idle(window) and page.sleep_save.isVisible(), timeout=20_000)
    assert page.sleep_none.isChecked() and not page.sleep_start.isEnabled()  # none yet
    page.sleep_none.setChecked(False)
    assert page.sleep_start.isEnabled()
    page.sleep_start.setTime(page.sleep_start.time().fromString("22:15", "HH:mm"))
    page.sleep_end.setTime(page.sleep_end.time().fromString("06:30", "HH:mm"))
    page.sleep_save.click()
    saved = page.tr("Saved.")
    qtbot.waitUntil(lambda: idle(window) and page.message.text() == saved, timeout=20_000)
    family_id = page.family_id
    assert context.db.watch.sleep_window(family_id) == {"start": "22:15", "end": "06:30"}
    page.sleep_none.setChecked(True)
    page.message.clear()
    page.sleep_save.click()
    qtbot.waitUntil(lambda: idle(window) and page.message.text() == saved, timeout=20_000)
    assert context.db.watch.sleep_window(family_id) is None
    window.live_feed.stop()


def test_a_new_alert_reads_its_family_again_not_every_family(qtbot, demo_db, context, monkeypatch):
    """A new alert (from the poll) reads only its family's row again, with every open
    alert's state; a care change reads the states alone; the other families keep what
    the last whole read showed until the next one (issue 21: every desk read all 200
    families at every alert)."""
    asked: list[list[str] | None] = []
    real = demo_db.desk.snapshot

    def snapshot(family_ids):
        asked.append(None if len(family_ids) > 1 else list(family_ids))
        return real(family_ids)

    monkeypatch.setattr(demo_db.desk, "snapshot", snapshot)
    window = _signed_in_window(qtbot, context)
    page, model = window.overview, window.overview.model
    qtbot.waitUntil(lambda: idle(window) and model.rowCount() == 4, timeout=30_000)
    first, second = (r.family_id for r in model.rows()[:2])
    crit_before = next(r.unread["crit"] for r in model.rows() if r.family_id == first)
    heart_before = next(r.heart_rate.value for r in model.rows() if r.family_id == second)
    index = demo_db.notifications.create_notification(
        {"family_id": first, "notification_grade": "crit", "description": "낙상감지"}
    )
    demo_db.status.create_health_status({"family_id": second, "heart_rate": 131})
    routed: list[set[str]] = []
    monkeypatch.setattr(page, "refresh_families", lambda ids: routed.append(set(ids)))
    window._on_notifications_received([demo_db.notifications.get_one_notification(index)])
    assert routed == [{first}]  # the window asks for the alert's family alone
    monkeypatch.undo()
    monkeypatch.setattr(demo_db.desk, "snapshot", snapshot)
    asked.clear()
    page.refresh_families({first})
    qtbot.waitUntil(lambda: bool(asked) and idle(window), timeout=30_000)
    rows = {r.family_id: r for r in model.rows()}
    assert asked == [[first]]
    assert rows[first].unread["crit"] == crit_before + 1
    assert rows[second].heart_rate.value == heart_before  # not read again: as it was
    asked.clear()
    page.on_changes(DeskChanges(care=frozenset({index})))
    qtbot.waitUntil(lambda: bool(asked) and idle(window), timeout=30_000)
    assert asked == [[]]  # the states alone
    asked.clear()
    page.reload()
    qtbot.waitUntil(lambda: bool(asked) and idle(window), timeout=30_000)
    assert asked == [None]
    qtbot.waitUntil(
        lambda: {r.family_id: r for r in model.rows()}[second].heart_rate.value == 131,
        timeout=10_000,
    )
    window.shutdown()
