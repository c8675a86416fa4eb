"""The desk at 100, 150 and 200 % text on a 1366 x 768 laptop: every button of the alarm
banner and of each screen on the screen, the elder's name and the alert's text readable;
and a new text size reaching the window already open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QScrollArea, QTabBar, QWidget

from carebot_desktop.ui.main_window import FRAME_ROOM, MainWindow
from carebot_desktop.ui.overview.overview_model import OverviewModel
from carebot_desktop.ui.window.sidebar import PAGES
from tests.unit.ui.conftest import idle, signed_in

SCREEN = QRect(0, 0, 1366, 768)  # the laptop's screen (its panels left aside)


@pytest.fixture
def text_size(qapp):
    """Sets the text size as Settings > 글자 크기 does (app.py applies it with
    theme.apply_text_scale); the test's font comes back afterwards."""
    from carebot_desktop.ui import theme
    from carebot_desktop.ui.resources import register_fonts

    original, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    family = register_fonts()
    # Under the application's style sheet, as it runs (Qt does not pass a new application
    # font on to the widgets of a styled application by itself).
    theme.apply_colours(qapp, "light")

    def set_size(percent: int) -> None:
        theme.apply_text_scale(qapp, family, percent)

    yield set_size
    qapp.setFont(original)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def open_desk(qtbot, context, sign_in: bool = True) -> MainWindow:
    """The caregiver's desk in a window placed on the 1366 x 768 screen as it would
    open there, signed in on the demo data (its four families, crit alerts open), or
    (``sign_in`` False) on its sign-in page."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.fit_to_screen(SCREEN)
    window.move(0, 0)
    window.show()
    if sign_in:
        window.start_session(signed_in(context))
        wait_for_desk(qtbot, window)
    return window


def wait_for_desk(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: (
            window.family_chooser.combo.count() == 4
            and idle(window)
            and bool(window.critical.alerts)
        ),
        timeout=30_000,
    )


def on_screen(window: MainWindow, widget: QWidget) -> QRect:
    """Where ``widget`` is on the screen (the window's client area at the top left, the
    frame's title bar above it: FRAME_ROOM)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size())


def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    """The buttons a person sees under ``root`` (not the tables' own corner buttons)."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.isVisible() or button.width() == 0:
            continue
        parent = button.parentWidget()
        inside_view = False
        while parent is not None and parent is not root:
            if isinstance(parent, QAbstractItemView | QTabBar):
                inside_view = True
            parent = parent.parentWidget()
        if not inside_view:
            found.append(button)
    return found


def outside(window: MainWindow, buttons: list[QAbstractButton]) -> list[str]:
    """The buttons not wholly on the screen, nor wholly shown (cut by a scroll area)."""
    bad = []
    for button in buttons:
        place = on_screen(window, button)
        shown = button.visibleRegion().boundingRect()
        if not SCREEN.contains(place) or shown.size() != button.size():
            bad.append(f"{button.text() or button.accessibleName()!r} at {place.getRect()}")
        elif button.width() < button.minimumSizeHint().width() - 1:  # its words cut
            bad.append(
                f"{button.text() or button.accessibleName()!r} squeezed to {button.width()}"
                f" of {button.minimumSizeHint().width()} pixels"
            )
    return bad


def scroll_areas(window: MainWindow) -> list[QScrollArea]:
    """The desk's two scroll areas: the sidebar's and the screens' (with the banner)."""
    return [window.sidebar.scroll_area, window.desk.findChild(QScrollArea, "deskScroll")]


def reachable(window: MainWindow, buttons: list[QAbstractButton]) -> list[str]:
    """Buttons of a long screen may need scrolling down (never sideways): each, scrolled
    into view, lies wholly on the screen."""
    bad = []
    for button in buttons:
        for area in scroll_areas(window):
            if area.widget().isAncestorOf(button):
                area.ensureWidgetVisible(button, 0, 0)
        bad += outside(window, [button])
    for area in scroll_areas(window):
        area.verticalScrollBar().setValue(0)
    return bad


def first_word_fits(table, column: int, text: str, icon: int = 0) -> tuple[bool, str]:
    """The column is shown, wholly inside the table's viewport, and wider than the first
    word of ``text`` (with the cell's margins)."""
    if table.isColumnHidden(column):
        return False, "hidden"
    header = table.horizontalHeader()
    start, width = header.sectionViewportPosition(column), header.sectionSize(column)
    if start < 0 or start + width > table.viewport().width():
        return False, f"off the viewport: {start}+{width} > {table.viewport().width()}"
    word = text.split()[0]
    needed = QFontMetrics(table.font()).horizontalAdvance(word) + 12 + icon
    return width > needed, f"{width} px for {word!r} ({needed} px)"


@pytest.fixture(params=["ko", "en"])
def language(request, qapp):
    """The desk in Korean (its first language: other words, other widths) and English."""
    from carebot_desktop.ui.resources import install_translations

    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_every_button_is_on_a_1366_by_768_screen(qtbot, context, text_size, language, percent):
    text_size(percent)
    window = open_desk(qtbot, context, sign_in=False)
    qtbot.wait(30)
    problems = [f"sign-in: {text}" for text in outside(window, visible_buttons(window.login_page))]
    window.start_session(signed_in(context))
    wait_for_desk(qtbot, window)
    frame = FRAME_ROOM
    assert window.width() + frame.width() <= SCREEN.width()
    assert window.height() + frame.height() <= SCREEN.height()
    for key in PAGES:
        window.go_to(key)
        qtbot.waitUntil(lambda: idle(window), timeout=30_000)
        qtbot.wait(30)  # the layouts settle (the banner stacks its buttons, columns fit)
        assert window.banner.isVisible(), "a crit alert is open: the banner shows"
        for area in scroll_areas(window):  # nothing is off to the right
            if area.horizontalScrollBar().maximum() > 0:
                problems.append(f"{key}: {area.objectName()} scrolls sideways")
        # The banner and the sidebar's buttons on the screen as the window opens; those
        # of the screen there or one scroll down.
        banner = visible_buttons(window.banner)
        assert {window.banner.show_button, window.banner.resolve_button} <= set(banner)
        problems += [f"{key}: {text}" for text in outside(window, banner)]
        page = window.pages[key]
        buttons = visible_buttons(page) + visible_buttons(window.sidebar)
        problems += [f"{key}: {text}" for text in reachable(window, buttons)]
        if key == "overview":
            table = page.table
            rows = page.model.rows()
            assert rows
            name = page.model.data(page.model.index(0, OverviewModel.COLUMNS.index("elder")))
            fits, why = first_word_fits(table, OverviewModel.COLUMNS.index("elder"), str(name))
            if not fits:
                problems.append(f"overview: the elder's name: {why}")
            for column in ("state", "alerts"):
                if table.isColumnHidden(OverviewModel.COLUMNS.index(column)):
                    problems.append(f"overview: the {column} column is hidden")
        if key == "notifications":
            table = page.table
            assert page.proxy.rowCount() > 0
            what = page.model.COLUMNS.index("what")
            text = str(page.proxy.data(page.proxy.index(0, what)))
            # Who and what: the name and the alert's first word ("최만석 · 움직임").
            who_and_what = " ".join(text.split()[:3]).replace(" ", "\u00a0", 2)
            fits, why = first_word_fits(table, what, who_and_what)
            if not fits:
                problems.append(f"notifications: the alert's text: {why}")
            # The grade's word whole beside its icon, for each grade in the list.
            grade = page.model.COLUMNS.index("grade")
            for row in range(page.proxy.rowCount()):
                word = str(page.proxy.data(page.proxy.index(row, grade)))
                icon = table.fontMetrics().height()
                fits, why = first_word_fits(table, grade, word, icon)
                if not fits:
                    problems.append(f"notifications: the grade: {why}")
                    break
    # What the banner opens: the resolve dialog, whole on the screen with its frame.
    window.banner.resolve_button.click()
    dialog = window.banner.care.resolve_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    size = dialog.size().expandedTo(dialog.minimumSizeHint()) + FRAME_ROOM
    if size.width() > SCREEN.width() or size.height() > SCREEN.height():
        problems.append(f"the resolve dialog needs {size.toTuple()} with its frame")
    dialog.close()
    window.shutdown()
    context.runner.wait()
    assert not problems, f"at {percent} % ({language}):\n" + "\n".join(problems)


def test_a_new_text_size_reaches_the_open_window_at_once(qtbot, context, text_size):
    text_size(100)
    window = open_desk(qtbot, context)
    window.go_to("notifications")
    qtbot.waitUntil(lambda: idle(window), timeout=30_000)

    def measures() -> dict[str, float]:
        notifications = window.notifications
        return {
            "page title": window.overview.title.font().pointSizeF(),
            "table": notifications.table.font().pointSizeF(),
            "banner": window.banner.text_label.font().pointSizeF(),
            "sidebar list": window.sidebar.nav.font().pointSizeF(),
            "button": window.sidebar.sign_out_button.font().pointSizeF(),
            "row height": window.overview.table.verticalHeader().defaultSectionSize(),
            "sidebar width": window.sidebar.width(),
            "elder column": window.overview.columns.widths()[1],
        }

    before = measures()
    text_size(200)
    qtbot.wait(20)  # (the style sheet gives the new font to some widgets as posted events)
    after = measures()  # the fonts: at once
    for name in ("page title", "table", "banner", "sidebar list", "button"):
        assert after[name] == pytest.approx(2 * before[name], rel=0.02), name
    # What is measured from the text (rows, columns, the sidebar): on the next turns of
    # the event loop, once every widget has its new font.
    qtbot.waitUntil(lambda: measures()["sidebar width"] > before["sidebar width"], timeout=2000)
    after = measures()
    assert after["row height"] > 1.6 * before["row height"]
    assert window.overview.columns.widths()[1] > 1.6 * (before["elder column"])
    text_size(100)
    qtbot.wait(20)
    assert measures()["page title"] == pytest.approx(before["page title"], rel=0.02)
    qtbot.waitUntil(lambda: measures()["sidebar width"] == before["sidebar width"], timeout=2000)
    assert measures()["row height"] == before["row height"]
    window.shutdown()
    context.runner.wait()


def test_the_first_window_fits_the_screen_and_comes_back_where_it_was(qtbot, context):
    from PySide6.QtCore import QSize

    laptop = QRect(0, 0, 1366, 768)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.fit_to_screen(laptop)
    # 1280 x 820 was taller than the laptop: 로그아웃 hid under the screen's edge.
    assert window.width() + FRAME_ROOM.width() <= laptop.width()
    assert window.height() + FRAME_ROOM.height() <= laptop.height()
    assert laptop.contains(window.frameGeometry())
    big = QRect(0, 0, 2560, 1440)
    window.fit_to_screen(big)
    assert window.size() == QSize(1280, 820)  # no larger than it needs on a big screen
    window.resize(700, 500)
    window.move(40, 30)
    saved = window.placement()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.restore_placement(saved, laptop)
    assert again.size() == QSize(700, 500)
    assert again.pos() == window.pos()
    # Saved on a larger screen, opened on a smaller one: shrunk and moved onto it.
    small = QRect(0, 0, 640, 480)
    again.restore_placement(saved, small)
    assert again.width() + FRAME_ROOM.width() <= small.width()
    assert again.height() + FRAME_ROOM.height() <= small.height()
    assert small.contains(again.frameGeometry())
    # Nothing saved yet, or something unreadable: fitted to the screen.
    for nothing in ("", "not geometry"):
        again.restore_placement(nothing, laptop)
        assert laptop.contains(again.frameGeometry())
        assert again.height() + FRAME_ROOM.height() <= laptop.height()


def test_the_application_keeps_the_window_and_applies_the_size_it_is_given(
    qtbot, qapp, tmp_path, monkeypatch
):
    """Through the application: Settings' 글자 크기 reaches the open window, and the
    window's place and size are saved at the end and put back at the next start."""
    from PySide6.QtCore import QSize

    from carebot_desktop import app as app_module
    from carebot_desktop.arguments import parse_arguments

    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        monkeypatch.setenv(f"CAREBOT_{name}_DIR", str(tmp_path / name.lower()))
    original_font, original_sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    try:
        application = app_module.Application(parse_arguments(["--demo"]), qapp)
        window = application.window
        title = window.overview.title.font().pointSizeF()
        application.settings.set("ui/text_scale", 200)  # as the Settings dialog saves it
        assert window.overview.title.font().pointSizeF() == pytest.approx(2 * title, rel=0.02)
        application.settings.set("ui/text_scale", 100)
        window.resize(700, 500)  # (the test screen is 800 x 800)
        application.close()  # (saves the window's place)
        assert application.settings.get("window/geometry")

        again = app_module.Application(parse_arguments(["--demo"]), qapp)
        again.window.restore_placement(again.settings.get("window/geometry"))  # as _run does
        assert again.window.size() == QSize(700, 500)
        again.close()
    finally:
        qapp.setFont(original_font)
        qapp.setPalette(palette)
        qapp.setStyleSheet(original_sheet)
