"""What the walkthrough of issue 20 (the real window at 1366 x 768, 200 % text) still
found: titles back at their first size after the first Settings save, an empty status bar a
line high, the overview's alert counts cut in two-line rows, a tall alarm banner."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics

from carebot_desktop.ui.overview.overview_model import OverviewModel
from tests.unit.ui.conftest import idle, signed_in

SCREEN = QRect(0, 0, 1366, 768)


def test_a_setting_saved_unchanged_is_kept_but_not_applied_again(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from carebot_desktop.config.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    changed: list[str] = []
    settings.changed.connect(changed.append)
    settings.set("ui/theme", settings.get("ui/theme"))  # the default, saved the first time
    assert changed == []
    assert "ui/theme" in settings._q.allKeys()  # (kept: the choice is written down)


def test_the_first_settings_save_keeps_the_titles_at_the_new_text_size(
    qtbot, qapp, tmp_path, monkeypatch
):
    """Settings saves every key; on a first run the colours were applied again (their
    style sheet set again), which put the titles and the brand back at 100 %."""
    from carebot_desktop import app as app_module
    from carebot_desktop.arguments import parse_arguments
    from carebot_desktop.ui.settings_dialog import SettingsDialog

    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        monkeypatch.setenv(f"CAREBOT_{name}_DIR", str(tmp_path / name.lower()))
    original_font, original_sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    try:
        application = app_module.Application(parse_arguments(["--demo"]), qapp)
        window = application.window
        title = window.overview.title.font().pointSizeF()
        brand = window.sidebar.brand.font().pointSizeF()
        dialog = SettingsDialog(application.settings, window)
        dialog.text_scale.setValue(200)
        dialog.save()  # as Settings' 저장 does
        qtbot.wait(20)
        assert window.overview.title.font().pointSizeF() == pytest.approx(2 * title, rel=0.02)
        assert window.sidebar.brand.font().pointSizeF() == pytest.approx(2 * brand, rel=0.02)
        dialog.deleteLater()
        application.settings.set("ui/text_scale", 100)
        application.close()
    finally:
        qapp.setFont(original_font)
        qapp.setPalette(palette)
        qapp.setStyleSheet(original_sheet)


class _ResizeWatch(QObject):
    def __init__(self, seen: list[object]) -> None:
        super().__init__()
        self.seen = seen

    def eventFilter(self, _watched, event):  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.seen.append(event.type())
        return False


def test_the_status_bar_shows_only_when_it_holds_something(qtbot, desk):
    bar = desk.statusBar()
    connection = desk.connection_bar
    qtbot.waitUntil(lambda: connection.progress is None, timeout=30_000)  # the first sync
    connection.stop_progress()
    assert bar.isHidden()  # empty: no line of the window's height for nothing
    # The offline copy's progress floats at the bottom right: the screens under it are
    # neither resized nor laid out again when it comes and goes (each sign-in).
    screen = desk.centralWidget()
    size = screen.size()
    resized: list[object] = []
    watcher = _ResizeWatch(resized)
    screen.installEventFilter(watcher)
    connection.show_preparing()
    box = connection.sync_box
    assert bar.isHidden() and box.isVisible() and connection.sync_bar.isVisible()
    words = connection.sync_bar.fontMetrics().horizontalAdvance(connection.sync_bar.format())
    assert connection.sync_bar.minimumWidth() > words  # its words whole, on one line
    assert box.width() >= connection.sync_bar.minimumWidth()
    assert screen.geometry().contains(box.geometry())  # inside the window, above its edge
    assert box.geometry().right() > screen.width() * 3 // 4  # at the right
    desk.resize(desk.width() - 40, desk.height() - 30)
    qtbot.waitUntil(lambda: screen.geometry().contains(box.geometry()), timeout=5_000)
    desk.resize(desk.width() + 40, desk.height() + 30)
    qtbot.wait(20)
    resized.clear()
    connection.stop_progress()
    assert bar.isHidden() and not box.isVisible()
    connection.show_preparing()
    connection.stop_progress()
    qtbot.wait(20)
    assert screen.size() == size and resized == []
    screen.removeEventFilter(watcher)
    desk.show_status("저장하지 못했습니다")
    assert not bar.isHidden() and bar.currentMessage() == "저장하지 못했습니다"
    bar.clearMessage()
    assert bar.isHidden()


def test_the_alert_counts_stay_within_a_two_line_row(qtbot, desk):
    page = desk.overview
    model = page.model
    qtbot.waitUntil(lambda: idle(desk) and model.rowCount() > 0, timeout=30_000)
    row = dataclasses.replace(model.rows()[0], unread={"crit": 1, "warn": 2, "info": 3, "none": 0})
    model.set_rows([row, *model.rows()[1:]])
    column = OverviewModel.COLUMNS.index("alerts")
    text = str(model.data(model.index(0, column)))
    assert "\n" not in text
    assert text.count("·") == 2
    tip = str(model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole))
    assert len(tip.split("\n")) == 3  # one grade a line, whole
    # Laid out in the column as the table wraps it: two lines at most, no grade cut.
    width = page.table.columnWidth(column) - 8
    lines = QFontMetrics(page.table.font()).boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
    )
    assert lines.height() <= 2 * QFontMetrics(page.table.font()).lineSpacing()


def test_the_alarm_banner_stays_low_at_200_percent(qtbot, context, qapp):
    """At 200 % on a 1366 x 768 laptop the banner took 210 pixels (what the alert is on
    two lines, the keys on a fourth): now what it is on one line, its buttons and their
    keys still shown."""
    from carebot_desktop.ui import theme
    from carebot_desktop.ui.main_window import MainWindow
    from carebot_desktop.ui.resources import register_fonts

    original, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    family = register_fonts()
    theme.apply_colours(qapp, "light")
    theme.apply_text_scale(qapp, family, 200)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.fit_to_screen(SCREEN)
        window.move(0, 0)
        window.show()
        window.start_session(signed_in(context))
        banner = window.banner
        qtbot.waitUntil(lambda: banner.isVisible() and idle(window), timeout=30_000)
        qtbot.wait(50)
        assert banner.stacked
        for button in (banner.show_button, banner.take_button, banner.resolve_button):
            assert button.isVisible()
        line = banner.text_label.fontMetrics().lineSpacing()
        assert "Alt+K" in banner.text_label.text() or "Alt+O" in banner.text_label.text()
        # Three lines of text (what, when and state, the keys) and the row of buttons.
        assert banner.height() <= 3 * line + banner.button_row.height() + 30
        assert banner.height() < 0.23 * SCREEN.height()
        window.shutdown()
        context.runner.wait()
    finally:
        qapp.setFont(original)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_a_short_screen_does_not_scroll_over_the_tallest_ones_height(qtbot, context, qapp):
    """At 200 % the members' three rows came with the notifications' height under them
    (the stack of screens took the largest height-for-width of all): their buttons were
    two screens down. Now they are on the screen without scrolling."""
    from PySide6.QtWidgets import QPushButton, QScrollArea

    from carebot_desktop.ui import theme
    from carebot_desktop.ui.main_window import MainWindow
    from carebot_desktop.ui.resources import register_fonts

    original, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    family = register_fonts()
    theme.apply_colours(qapp, "light")
    theme.apply_text_scale(qapp, family, 200)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.fit_to_screen(SCREEN)
        window.move(0, 0)
        window.show()
        window.start_session(signed_in(context))
        qtbot.waitUntil(lambda: window.banner.isVisible() and idle(window), timeout=30_000)
        window.go_to("members")
        page = window.members_page
        qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() > 0, timeout=30_000)
        qtbot.wait(50)
        scroll = window.findChild(QScrollArea, "deskScroll")
        viewport = scroll.viewport()
        assert scroll.verticalScrollBar().value() == 0
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
        assert buttons
        for button in buttons:
            where = button.mapTo(viewport, button.rect().bottomRight())
            assert viewport.rect().contains(where), (button.text(), where.toTuple())
        window.shutdown()
        context.runner.wait()
    finally:
        qapp.setFont(original)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_a_crit_alert_that_brings_the_window_forward_shows_its_banner(
    qtbot, context, qapp, monkeypatch
):
    """At 200 % the banner scrolls with the screens: a window brought forward by a new
    crit alert while the person had scrolled down the notifications showed all but it."""
    from PySide6.QtWidgets import QScrollArea

    from carebot_desktop.ui import theme
    from carebot_desktop.ui.main_window import MainWindow
    from carebot_desktop.ui.resources import register_fonts
    from carebot_desktop.ui.window import tray as tray_module

    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    original, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    family = register_fonts()
    theme.apply_colours(qapp, "light")
    theme.apply_text_scale(qapp, family, 200)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.fit_to_screen(SCREEN)
        window.move(0, 0)
        window.show()
        window.start_session(signed_in(context))
        qtbot.waitUntil(
            lambda: window.live_feed.poller_thread is not None and idle(window), timeout=30_000
        )
        window.go_to("notifications")
        qtbot.waitUntil(lambda: idle(window), timeout=30_000)
        scroll = window.findChild(QScrollArea, "deskScroll")
        bar = scroll.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)  # (it scrolls at 200 %)
        bar.setValue(bar.maximum())
        assert not _in_view(scroll, window.banner)
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized, timeout=5_000)
        index = context.db.notifications.create_notification(
            {
                "family_id": window.family_ids[0],
                "notification_grade": "crit",
                "description": "낙상감지,거실",
            }
        )
        window.live_feed.poller_thread.poll_requested.emit()
        qtbot.waitUntil(
            lambda: window.notified is not None and window.notified.index == index,
            timeout=20_000,
        )
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=10_000)
        qtbot.waitUntil(lambda: _in_view(scroll, window.banner), timeout=5_000)
        window.shutdown()
        context.runner.wait()
    finally:
        qapp.setFont(original)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def _in_view(scroll, widget) -> bool:
    """``widget`` shown, its top and bottom edges inside the scroll area's viewport."""
    viewport = scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft())
    bottom = widget.mapTo(viewport, widget.rect().bottomLeft())
    return widget.isVisible() and viewport.rect().contains(top) and viewport.rect().contains(bottom)


def test_qts_file_dialog_keeps_its_own_colours_beside_the_desk_sidebar(qtbot, qapp):
    """Saving a CSV: Qt's file dialog has a side list named "sidebar" too, and the desk's
    dark-blue sidebar style reached it, its places dark grey on dark blue."""
    from PySide6.QtWidgets import QFileDialog, QWidget

    from carebot_desktop.ui import theme
    from carebot_desktop.ui.window.sidebar import Sidebar

    sheet, palette = qapp.styleSheet(), qapp.palette()
    theme.apply_colours(qapp, "light")
    try:
        dialog = QFileDialog(None, "CSV")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        places = dialog.findChild(QWidget, "sidebar")
        assert places is not None
        image = places.grab().toImage()
        corner = image.pixelColor(image.width() - 4, image.height() - 4)
        assert corner.lightness() > 200, corner.name()  # the light base, not #20324a
        desk = Sidebar()
        qtbot.addWidget(desk)
        desk.resize(240, 400)
        desk.show()
        image = desk.grab().toImage()
        assert image.pixelColor(4, image.height() - 4).name() == "#20324a"  # still dark blue
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_the_connection_dialog_fits_a_short_screen_at_200_percent(qtbot, context, qapp):
    """In the demo (its note) at 200 % the dialog was 784 pixels tall before its title
    bar: 저장 and 취소 under a 768-pixel screen's edge. Now the form scrolls."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QDialogButtonBox

    from carebot_desktop.ui import theme
    from carebot_desktop.ui.login.connection_dialog import ConnectionDialog
    from carebot_desktop.ui.resources import register_fonts

    original, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    family = register_fonts()
    theme.apply_colours(qapp, "light")
    theme.apply_text_scale(qapp, family, 200)
    try:
        dialog = ConnectionDialog(context, demo=True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        room = dialog.screen().availableGeometry().size() - QSize(16, 48)
        assert dialog.height() <= room.height() and dialog.width() <= room.width()
        assert dialog.minimumSizeHint().height() <= room.height()
        assert not dialog.message.isVisible()  # nothing to say yet: no empty line
        for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            button = dialog.buttons.button(which)
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner), (button.text(), corner.toTuple())
        # The last field of the form can be scrolled to.
        dialog.server_scroll.ensureWidgetVisible(dialog.tls_verify)
        where = dialog.tls_verify.mapTo(
            dialog.server_scroll.viewport(), dialog.tls_verify.rect().bottomLeft()
        )
        assert dialog.server_scroll.viewport().rect().contains(where)
    finally:
        theme.apply_text_scale(qapp, family, 100)
        qapp.setFont(original)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_the_status_period_breaks_only_after_its_dash(qtbot, desk):
    """At 200 % "12. 5. (토) 18:21 – 12. 6. (일) 18:21" broke at every space, six lines
    squeezed between the range buttons and 보고서."""
    desk.go_to("status")
    page = desk.status_page
    qtbot.waitUntil(lambda: bool(page.period.text()) and idle(desk), timeout=30_000)
    first, last = page.period.text().split("\u00a0– ")
    assert " " not in first and " " not in last
    metrics = page.period.fontMetrics()
    widest = max(metrics.horizontalAdvance(first + "\u00a0–"), metrics.horizontalAdvance(last))
    assert page.period.minimumSizeHint().width() >= widest  # each end whole on its line


def test_qts_save_dialog_is_sized_for_the_text(qtbot, qapp):
    """At 200 % Qt's file dialog kept its first size: the folder's path gone, the file
    name's last letters only ("…서-2026-12-06.pdf"), its columns cut."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from carebot_desktop.ui import theme
    from carebot_desktop.ui.report.export import save_dialog
    from carebot_desktop.ui.resources import register_fonts

    original, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    family = register_fonts()
    theme.apply_colours(qapp, "light")
    theme.apply_text_scale(qapp, family, 200)
    try:
        name = "최만석-돌봄보고서-2026-12-06.pdf"
        dialog = save_dialog(None, "PDF", f"/tmp/{name}", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        room = dialog.screen().availableGeometry().size() - QSize(16, 48)
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None and edit.text() == name
        assert edit.width() > edit.fontMetrics().horizontalAdvance(name)  # whole
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    finally:
        theme.apply_text_scale(qapp, family, 100)
        qapp.setFont(original)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_the_grade_icons_grow_with_the_text(qtbot, desk, qapp):
    """At 200 % the tables' grade icons stayed 16 pixels beside words twice as tall."""
    from carebot_desktop.ui import theme
    from carebot_desktop.ui.resources import register_fonts

    original, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    family = register_fonts()
    theme.apply_colours(qapp, "light")
    try:
        theme.apply_text_scale(qapp, family, 100)
        tables = (desk.overview.table, desk.notifications.table)
        qtbot.waitUntil(lambda: all(t.iconSize().height() >= 16 for t in tables), timeout=2000)
        before = [t.iconSize().height() for t in tables]
        theme.apply_text_scale(qapp, family, 200)
        qtbot.waitUntil(
            lambda: all(
                t.iconSize().height() >= 1.5 * b for t, b in zip(tables, before, strict=True)
            ),
            timeout=2000,
        )
        for table in tables:  # no larger than a line of the text
            assert table.iconSize().height() <= table.fontMetrics().height()
    finally:
        theme.apply_text_scale(qapp, family, 100)
        qapp.setFont(original)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_a_crit_alert_the_change_check_loaded_first_still_brings_the_window_forward(
    qtbot, context, monkeypatch
):
    """In the tray, the change check (every few seconds) loaded the open critical alerts
    a moment before the poller brought the row: the alert was "open here already", and
    the window stayed in the tray (only the balloon came)."""
    from carebot_desktop.ui.main_window import MainWindow
    from carebot_desktop.ui.window import tray as tray_module

    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(signed_in(context))
    qtbot.waitUntil(
        lambda: window.live_feed.poller_thread is not None and idle(window), timeout=30_000
    )
    window.close()
    assert not window.isVisible() and not window.closed  # in the tray, still watching
    index = context.db.notifications.create_notification(
        {"family_id": window.family_ids[0], "notification_grade": "crit", "description": "낙상감지"}
    )
    window.critical.load()  # the change check's turn came first
    qtbot.waitUntil(lambda: any(a.index == index for a in window.critical.alerts), timeout=10_000)
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(
        lambda: window.notified is not None and window.notified.index == index, timeout=20_000
    )
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    window.shutdown()
    context.runner.wait()
