"""Everyday use at 3 a.m. (issue 20): the tray menu's entries are whole at any text
size, a new critical alert brings a window hidden in the tray (or minimised) forward
with the alarm unless the person chose otherwise, the overview's summary line counts
its rows by the colours they are marked in, and a request to join waiting for the
person's decision shows a badge on Members."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.alert_rows import Alert
from carebot_desktop.ui import theme
from carebot_desktop.ui.main_window import MainWindow
from carebot_desktop.ui.overview.overview_model import OverviewModel, row_grade
from carebot_desktop.ui.overview.overview_page import OverviewPage
from carebot_desktop.ui.resources import install_translations, register_fonts
from carebot_desktop.ui.window import tray as tray_module
from carebot_desktop.ui.window.critical_alerts import CriticalAlerts
from carebot_desktop.ui.window.sidebar import PAGES
from carebot_desktop.ui.window.tray import DeskTray
from tests.unit.ui.conftest import CAREGIVER, ELDER, idle, signed_in

NOW = utcnow()


@pytest.fixture
def language(request, qapp):
    """The catalogue of one language, removed afterwards (the text size too)."""
    font = qapp.font()
    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setFont(font)


def _alert(index: int, grade: str = "crit") -> Alert:
    return Alert(
        index=index,
        family_id="F1",
        created_at=NOW,
        grade=grade,
        is_read=False,
        kind="fall",
        title="낙상감지",
        message="낙상감지",
    )


def _rows_as_drawn(menu: QMenu, width: int) -> list[object]:
    """Each entry's row as the menu draws it at ``width`` (its frame's right edge left
    out), as images to compare."""
    image = menu.grab().toImage()
    return [
        image.copy(QRect(0, menu.actionGeometry(a).y(), width, menu.actionGeometry(a).height()))
        for a in menu.actions()
        if not a.isSeparator()
    ]


@pytest.mark.parametrize("language", ["ko", "en"], indirect=True)
def test_the_tray_menus_entries_are_whole_and_short(qtbot, qapp, context, language):
    """Qt's Fusion style elided "케어봇 데스크톱 열기(&O)" to "케어봇 데스…열기" at 100 %
    and 200 %: each entry is drawn exactly as in a menu far wider than it needs."""
    parent = QWidget()
    qtbot.addWidget(parent)
    critical = CriticalAlerts(context, parent)
    tray = DeskTray(parent, critical, context.settings)
    longest = 24 if language == "ko" else 40
    for percent in (100, 200):
        theme.apply_text_scale(qapp, register_fonts(), percent)
        qapp.processEvents()  # the menu takes the application's new font
        for alerts in ([], [_alert(i) for i in range(12)]):  # two-digit counts: the longest
            critical.alerts = alerts
            tray.refresh()
            menu = tray.menu
            menu.aboutToShow.emit()  # as when the tray opens it
            texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
            assert texts[0] in ("창 열기(O)", "Open the window")
            assert all(len(text) <= longest for text in texts), texts
            metrics = QFontMetricsF(menu.font())
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            assert menu.sizeHint().width() >= widest + metrics.horizontalAdvance("가")
            menu.resize(menu.sizeHint())
            fitted = _rows_as_drawn(menu, menu.width() - 4)
            wide = QMenu()
            wide.addActions(menu.actions())
            wide.setMinimumWidth(3 * menu.width())
            wide.resize(wide.sizeHint())
            assert _rows_as_drawn(wide, menu.width() - 4) == fitted, (percent, texts)
            wide.deleteLater()


@pytest.fixture
def window(qtbot, context, monkeypatch):
    """A caregiver's desk that keeps watching in the tray when closed."""
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(signed_in(context, CAREGIVER))
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() == 4 and idle(window), timeout=30_000
    )
    qtbot.waitUntil(lambda: window.live_feed.poller_thread is not None, timeout=20_000)
    # Every open crit alert taken: the alarm is silent until a new one comes.
    api = context.api
    for alert in window.critical.unattended():
        api.care.take(alert.index)
    window.critical.load()
    qtbot.waitUntil(lambda: window.alarm.mode == "silent" and idle(window), timeout=20_000)
    yield window
    window.shutdown()
    context.runner.wait()


def _new_alert(qtbot, window, context, grade: str) -> int:
    """A robot writes an alert; the live feed's next poll brings it to the window."""
    index = context.db.notifications.create_notification(
        {
            "family_id": window.family_ids[0],
            "notification_grade": grade,
            "description": "낙상감지,거실" if grade == "crit" else "화재감지,41%",
        }
    )
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(
        lambda: window.notified is not None and window.notified.index == index, timeout=20_000
    )
    return int(index)


@pytest.mark.parametrize("away", ["tray", "minimised"])
def test_a_new_crit_alert_brings_the_hidden_window_forward_and_rings(qtbot, window, context, away):
    if away == "tray":
        window.close()
        assert not window.isVisible() and not window.closed  # hidden, still watching
    else:
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized, timeout=5_000)
    elsewhere = QWidget()  # the person works in another program meanwhile
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(elsewhere.isActiveWindow, timeout=5_000)
    index = _new_alert(qtbot, window, context, "crit")
    qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized(), timeout=10_000)
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    assert not elsewhere.isActiveWindow()
    assert window.alarm.mode in ("sound", "beep")  # nobody has taken it
    assert window.banner.isVisible() and window.critical.newest().index == index
    # The same alert again (already seen) does not do it twice.
    window.close()
    assert not window.tray.brings_forward([window.critical.newest()])
    assert not window.isVisible()


def test_with_the_setting_off_the_window_stays_in_the_tray(qtbot, window, context):
    context.settings.set("alerts/bring_forward", "off")
    balloons: list[tuple] = []
    window.tray.show_message = lambda *args: balloons.append(args)
    window.close()
    index = _new_alert(qtbot, window, context, "crit")
    qtbot.waitUntil(lambda: window.alarm.mode in ("sound", "beep"), timeout=10_000)
    qtbot.wait(200)
    assert not window.isVisible()
    assert any(index == a.index for a in window.critical.unattended())
    # The desktop notification still comes, and stays until dismissed.
    assert balloons and balloons[-1][2:] == (QSystemTrayIcon.MessageIcon.Critical, 0)


def test_a_warning_leaves_the_window_in_the_tray(qtbot, window, context):
    window.close()
    _new_alert(qtbot, window, context, "warn")
    qtbot.wait(200)
    assert not window.isVisible()
    assert window.alarm.mode == "silent"
    # A caregiver decides no requests to join: no badge on Members.
    assert (
        window.sidebar.nav.item(PAGES.index("members")).text() == window.sidebar.labels["members"]
    )


def _snapshot(**families: dict) -> dict:
    """A desk snapshot of factory families: ``fid=dict(unread=..., minutes_ago=...)``."""
    return {
        "families": {
            fid: {
                "id": fid,
                "family_name": f"{fid} 댁",
                "main_user": None,
                "elder_name": f"어르신 {fid}",
                "elder_birth_date": None,
            }
            for fid in families
        },
        "latest": {
            "home": {
                fid: {
                    "reported_at": NOW - timedelta(minutes=spec.get("minutes_ago", 1)),
                    "temperature": 22.0,
                    "humidity": 50.0,
                    "dust_level": 5,
                }
                for fid, spec in families.items()
            },
            "health": {},
            "mental": {},
            "active": {},
        },
        "unread": {fid: spec.get("unread", {}) for fid, spec in families.items()},
        "care": [],
    }


def _marked(page: OverviewPage) -> dict[str, int]:
    """How many rows the table marks red and amber (the state column's background)."""
    state = OverviewModel.COLUMNS.index("state")
    red, amber = theme.grade_colours("crit")[1], theme.grade_colours("warn")[1]
    counts = {"crit": 0, "warn": 0}
    for row in range(page.model.rowCount()):
        colour = page.model.data(page.model.index(row, state), Qt.ItemDataRole.BackgroundRole)
        if colour == red:
            counts["crit"] += 1
        elif colour == amber:
            counts["warn"] += 1
    return counts


@pytest.mark.parametrize("language", ["ko"], indirect=True)
def test_the_summary_line_counts_the_rows_by_their_colours(qtbot, context, language):
    page = OverviewPage(context)
    qtbot.addWidget(page)
    # The only flags are amber: a robot silent for three hours and an unread warning.
    page._on_loaded(_snapshot(A={"minutes_ago": 180}, B={"unread": {"warn": 1}}, C={}, D={}))
    assert [row_grade(r) for r in page.model.rows()].count("crit") == 0
    assert _marked(page) == {"crit": 0, "warn": 2}
    assert page.summary.text() == "가족 4곳 · 주의 2곳"
    assert "위급" not in page.summary.text() and "긴급" not in page.summary.text()
    # An unread crit alert: one red row, the amber one stays amber.
    page._on_loaded(_snapshot(A={"minutes_ago": 180}, B={"unread": {"crit": 1}}, C={}))
    assert _marked(page) == {"crit": 1, "warn": 1}
    assert page.summary.text() == "가족 3곳 · 위급 1곳 · 주의 1곳"
    page._on_loaded(_snapshot(C={}, D={}))
    assert _marked(page) == {"crit": 0, "warn": 0}
    assert page.summary.text() == "가족 2곳 · 모두 평온"
    page.tick_timer.stop()


def _members_badge(window: MainWindow) -> str:
    return window.sidebar.nav.item(PAGES.index("members")).text()


def _newcomer(context, email: str, name: str) -> str:
    return context.db.accounts.create_account(
        {"email": email, "password": "x" * 60, "role": "sub", "user_name": name}
    )


def test_a_waiting_request_to_join_shows_a_badge_on_members(qtbot, context, monkeypatch):
    """The elder (the family's main user): the demo's grandson waits from the start; a
    new request arrives at the next poll; deciding one here lowers the count at once."""
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(signed_in(context, ELDER))
    label = window.sidebar.labels["members"]
    qtbot.waitUntil(lambda: _members_badge(window) == f"{label}  (1)", timeout=30_000)
    spoken = window.sidebar.nav.item(PAGES.index("members")).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert label in spoken and "1" in spoken
    qtbot.waitUntil(lambda: bool(window.family_ids) and idle(window), timeout=20_000)
    family_id = window.family_ids[0]
    newcomer = _newcomer(context, "new.son@carebot.example", "새아들")
    context.db.members.request_to_join({"family_id": family_id, "user_id": newcomer})
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(lambda: _members_badge(window) == f"{label}  (2)", timeout=20_000)
    # Decided on Members: approve one, deny the other.
    window.go_to("members")
    page = window.pages["members"]
    qtbot.waitUntil(lambda: idle(window) and page.requests.count() == 2, timeout=20_000)
    page.requests.setCurrentRow(1)
    page.approve_button.click()
    qtbot.waitUntil(lambda: _members_badge(window) == f"{label}  (1)", timeout=20_000)
    qtbot.waitUntil(lambda: idle(window) and page.requests.count() == 1, timeout=20_000)
    page.requests.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.deny_button.click()
    qtbot.waitUntil(lambda: _members_badge(window) == label, timeout=20_000)
    # Nothing comes back at the next poll (the change was this PC's own).
    polls = window.live_feed.poller_thread.poller.polls
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(lambda: window.live_feed.poller_thread.poller.polls > polls, timeout=20_000)
    qtbot.wait(100)
    assert _members_badge(window) == label
    window.shutdown()
    context.runner.wait()
