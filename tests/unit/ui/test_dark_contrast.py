"""Readable in dark and in light colours: every screen and the main dialogs, signed in on
the demo data, rendered, and the text of each visible label, button, line edit, combo box,
spin box, list and table item, header section and rich-text run measured against what is
behind it: at least 4.5:1 (WCAG 2 AA, relative luminance), 3:1 for a symbol alone (a
legend's key; WCAG 1.4.11).

Each text is measured twice:

- declared: the colour the text is given (the model's ForegroundRole, else the palette
  role in effect for the widget, after the style sheet has set it; a rich text run's own
  colour) against the model's BackgroundRole, the rich text's own background, or else the
  colour behind it on the rendered window (the commonest pixel of its area), so a
  style sheet's background the palette does not know is seen too;
- drawn: the inkiest colour on the rendered pixels of that area (``grab()`` of the window
  or popup) against the same background, so a colour no role tells (a style sheet's) is
  caught too.

Failures name the screen, the widget and both colours.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from carebot_desktop.ui import theme
from carebot_desktop.ui.main_window import MainWindow
from tests.unit.ui.conftest import idle, signed_in

TEXT_MINIMUM = 4.5
SYMBOL_MINIMUM = 3.0
SCREENS = ("overview", "family", "members", "status", "messages", "notifications")


# --- measuring -------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_the_wcag_ratio():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("white"), QColor("white")) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@dataclass
class Sample:
    """The colours of one rendered area: the commonest (what is behind the text) and the
    one standing out most from it (the text's ink)."""

    background: QColor
    ink: QColor


def sample(image: QImage, area: QRect) -> Sample | None:
    area = area.intersected(image.rect())
    if area.width() < 2 or area.height() < 2:
        return None
    crop = image.copy(area).convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I", bytes(crop.constBits()))
    counts = Counter(p & 0xFFFFFF for p in pixels)
    back_rgb = counts.most_common(1)[0][0]
    background = QColor(back_rgb)
    # the ink: the farthest from the background that at least two pixels reach (one stray
    # pixel is antialiasing; a small glyph's core pixels may each be a shade of their own)
    ranked = sorted(
        ((QColor(rgb), n) for rgb, n in counts.items()),
        key=lambda colour_count: contrast(colour_count[0], background),
        reverse=True,
    )
    reached = 0
    for ink, n in ranked:
        reached += n
        if reached >= 2:
            return Sample(background, ink)
    return Sample(background, background)


@dataclass
class Finding:
    where: str
    how: str
    text: QColor
    background: QColor
    ratio: float
    minimum: float

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.how} text {self.text.name()} on {self.background.name()}"
            f" = {self.ratio:.2f}:1 (needs {self.minimum}:1)"
        )


def is_symbol(text: str) -> bool:
    """A legend's key or a separator: no letter and no digit."""
    return not any(ch.isalnum() for ch in text)


def colour_of(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color() if value.style() != Qt.BrushStyle.NoBrush else None
    if isinstance(value, QColor):
        return value if value.isValid() else None
    return None


def group_of(widget: QWidget) -> QPalette.ColorGroup:
    if not widget.isEnabled():
        return QPalette.ColorGroup.Disabled
    if widget.isActiveWindow():
        return QPalette.ColorGroup.Active
    return QPalette.ColorGroup.Inactive


class Checker:
    """Checks the widgets of one top-level window (or popup) on one rendering of it."""

    def __init__(self, top: QWidget, where: str) -> None:
        QApplication.processEvents()
        self.top = top
        self.where = where
        self.image = top.grab().toImage()
        self.findings: list[Finding] = []
        self.checked = 0

    def area_of(self, widget: QWidget, rect: QRect | None = None) -> QRect:
        """``rect`` (the widget's own visible part by default) in the top's pixels."""
        visible = widget.visibleRegion().boundingRect()
        rect = visible if rect is None else rect.intersected(visible)
        if rect.isEmpty():
            return QRect()
        return rect.translated(widget.mapTo(self.top, QPoint(0, 0)))

    def name(self, widget: QWidget, text: str = "") -> str:
        label = widget.accessibleName() or widget.objectName()
        snippet = re.sub(r"\s+", " ", text).strip()[:40]
        parts = [self.where, type(widget).__name__]
        if label:
            parts.append(f"[{label}]")
        if snippet:
            parts.append(repr(snippet))
        return " ".join(parts)

    def judge(
        self,
        where: str,
        declared: QColor | None,
        background: QColor | None,
        area: QRect,
        minimum: float = TEXT_MINIMUM,
        drawn: bool = True,
    ) -> None:
        measured = sample(self.image, area)
        if measured is None:
            return
        self.checked += 1
        behind = background if background is not None else measured.background
        if declared is not None:
            ratio = contrast(declared, behind)
            if ratio < minimum:
                self.findings.append(Finding(where, "declared", declared, behind, ratio, minimum))
        if drawn:
            ratio = contrast(measured.ink, measured.background)
            if ratio < minimum:
                self.findings.append(
                    Finding(where, "drawn", measured.ink, measured.background, ratio, minimum)
                )

    # --- widgets ---

    def check_all(self) -> None:
        for widget in [self.top, *self.top.findChildren(QWidget)]:
            if not widget.isVisible() or widget.visibleRegion().isEmpty():
                continue
            if isinstance(widget, QLabel):
                self.check_label(widget)
            elif isinstance(widget, QPushButton) and widget.isDefault():
                # (its colours are the style sheet's :default state, which no palette
                # role holds: the drawn pixels alone tell)
                self.check_text_widget(widget, widget.text(), declared=False)
            elif isinstance(widget, QAbstractButton):
                self.check_text_widget(widget, widget.text())
            elif isinstance(widget, QLineEdit):
                self.check_line_edit(widget)
            elif isinstance(widget, QComboBox):
                self.check_text_widget(widget, widget.currentText())
            elif isinstance(widget, QAbstractSpinBox):
                self.check_text_widget(widget, widget.text())
            elif isinstance(widget, QHeaderView):
                self.check_header(widget)
            elif isinstance(widget, QAbstractItemView):
                self.check_items(widget)
            elif isinstance(widget, QTextEdit):
                self.check_document(widget, widget.document(), QPalette.ColorRole.Text)
            elif isinstance(widget, QPlainTextEdit):
                self.check_plain_edit(widget)

    def declared(self, widget: QWidget, role: QPalette.ColorRole) -> QColor:
        return widget.palette().color(group_of(widget), role)

    def check_text_widget(self, widget: QWidget, text: str, declared: bool = True) -> None:
        if not text.strip():
            return
        self.judge(
            self.name(widget, text),
            self.declared(widget, widget.foregroundRole()) if declared else None,
            None,
            self.area_of(widget),
        )

    def check_line_edit(self, edit: QLineEdit) -> None:
        if edit.text():
            role = QPalette.ColorRole.Text
            text = edit.text() if edit.echoMode() == QLineEdit.EchoMode.Normal else "(hidden)"
        elif edit.placeholderText():
            role, text = QPalette.ColorRole.PlaceholderText, edit.placeholderText()
        else:
            return
        self.judge(self.name(edit, text), self.declared(edit, role), None, self.area_of(edit))

    def check_plain_edit(self, edit: QPlainTextEdit) -> None:
        if edit.toPlainText().strip():
            role, text = QPalette.ColorRole.Text, edit.toPlainText()
        elif edit.placeholderText():
            role, text = QPalette.ColorRole.PlaceholderText, edit.placeholderText()
        else:
            return
        viewport = edit.viewport()
        self.judge(self.name(edit, text), self.declared(edit, role), None, self.area_of(viewport))

    def check_label(self, label: QLabel) -> None:
        text = label.text()
        if not text.strip():
            return  # (a picture, or nothing yet)
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        )
        if rich:
            document = QTextDocument()
            document.setHtml(text)
            self.check_document(label, document, label.foregroundRole())
        else:
            self.check_text_widget(label, text)

    def check_document(
        self, widget: QWidget, document: QTextDocument, default_role: QPalette.ColorRole
    ) -> None:
        """Each run of rich text: its own colour (else the widget's) on its own background
        (a character's, paragraph's, table cell's or table's), else on what is rendered
        behind the widget. The drawn ink is measured once for the whole widget."""
        shown = widget.viewport() if isinstance(widget, QTextEdit) else widget
        area = self.area_of(shown)
        measured = sample(self.image, area)
        if measured is None:
            return
        default = self.declared(widget, default_role)
        plain = document.toPlainText()
        if plain.strip():
            self.judge(self.name(widget, plain), None, None, area)  # (the drawn ink)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                text = fragment.text().replace("\ufffc", "").strip()
                if not text:
                    continue
                fmt = fragment.charFormat()
                colour = colour_of(fmt.foreground()) or default
                behind = colour_of(fmt.background()) or self._behind(document, fragment.position())
                minimum = SYMBOL_MINIMUM if is_symbol(text) else TEXT_MINIMUM
                behind = behind or measured.background
                ratio = contrast(colour, behind)
                self.checked += 1
                if ratio < minimum:
                    self.findings.append(
                        Finding(self.name(widget, text), "declared", colour, behind, ratio, minimum)
                    )
            block = block.next()

    @staticmethod
    def _behind(document: QTextDocument, position: int) -> QColor | None:
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        found = colour_of(cursor.blockFormat().background())
        if found is not None:
            return found
        table = cursor.currentTable()
        if table is not None:
            found = colour_of(table.cellAt(cursor).format().background())
            if found is not None:
                return found
        frame = cursor.currentFrame()
        while frame is not None:
            found = colour_of(frame.frameFormat().background())
            if found is not None:
                return found
            frame = frame.parentFrame()
        return None

    def check_items(self, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        viewport = view.viewport()
        shown = viewport.rect()
        selection = view.selectionModel()
        columns = 1 if isinstance(view, QListView) else model.columnCount(view.rootIndex())
        for row in range(model.rowCount(view.rootIndex())):
            for column in range(columns):
                index = model.index(row, column, view.rootIndex())
                rect = view.visualRect(index).intersected(shown)
                if rect.isEmpty():
                    continue
                text = model.data(index, Qt.ItemDataRole.DisplayRole)
                if text is None or not str(text).strip():
                    continue
                selected = selection is not None and selection.isSelected(index)
                role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
                declared = (
                    None
                    if selected
                    else colour_of(model.data(index, Qt.ItemDataRole.ForegroundRole))
                )
                declared = declared or self.declared(view, role)
                background = (
                    None
                    if selected
                    else colour_of(model.data(index, Qt.ItemDataRole.BackgroundRole))
                )
                self.judge(
                    self.name(view, str(text)),
                    declared,
                    background,
                    self.area_of(viewport, rect),
                )

    def check_header(self, header: QHeaderView) -> None:
        model = header.model()
        if model is None or not header.isVisible():
            return
        for logical in range(header.count()):
            if header.isSectionHidden(logical):
                continue
            text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
            if text is None or not str(text).strip():
                continue
            start, size = header.sectionViewportPosition(logical), header.sectionSize(logical)
            if header.orientation() == Qt.Orientation.Horizontal:
                rect = QRect(start, 0, size, header.height())
            else:
                rect = QRect(0, start, header.width(), size)
            rect = rect.intersected(header.viewport().rect())
            if rect.isEmpty():
                continue
            self.judge(
                self.name(header, str(text)),
                self.declared(header, QPalette.ColorRole.ButtonText),
                None,
                self.area_of(header.viewport(), rect),
            )


# --- the window, its screens and dialogs -----------------------------------------------


@pytest.fixture(params=["dark", "light"])
def scheme(request, qapp):
    """The colours as the application applies them, and back as they were after."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    current = dict(theme.CURRENT)
    theme.apply_colours(qapp, request.param)
    yield request.param
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    theme.CURRENT.update(scheme=current["scheme"], choice=current["choice"])


def settle(qtbot, window: QWidget | None = None) -> None:
    if window is not None:
        qtbot.waitUntil(lambda: idle(window), timeout=30_000)
    qtbot.wait(60)


def check(top: QWidget, where: str) -> Checker:
    checker = Checker(top, where)
    checker.check_all()
    return checker


def report(checkers: list[Checker]) -> None:
    findings = [str(f) for c in checkers for f in c.findings]
    assert sum(c.checked for c in checkers) > 100  # (it measured the screens' texts)
    assert not findings, f"{len(findings)} texts below the contrast minimum:\n" + "\n".join(
        findings
    )


def each_screen(qtbot, window: MainWindow) -> Iterator[str]:
    for screen in SCREENS:
        window.go_to(screen)
        settle(qtbot, window)
        if screen == "notifications":
            page = window.notifications
            qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0, timeout=20_000)
            page.table.selectRow(0)  # the detail and its care panel
            settle(qtbot, window)
        yield screen


def test_every_screen_is_readable(qtbot, scheme, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    settle(qtbot)
    checkers = [check(window, f"{scheme} sign-in")]
    window.start_session(signed_in(context))
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() == 4 and idle(window), timeout=30_000
    )
    try:
        for screen in each_screen(qtbot, window):
            checkers.append(check(window, f"{scheme} {screen}"))
        # the status screen's other side tab (the care log)
        window.go_to("status")
        window.status_page.side_tabs.setCurrentIndex(window.status_page.side_tabs.count() - 1)
        settle(qtbot, window)
        checkers.append(check(window, f"{scheme} status (care log)"))
        report(checkers)
    finally:
        window.shutdown()
        context.runner.wait()


@pytest.fixture(params=["ko", "en"])
def language(request):
    """The calendar's names and weekends as the locale draws them: Korean, the application's
    default (``install_translations``), and English (the conftest's autouse fixture puts the
    default locale back after the test)."""
    if request.param == "ko":
        QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return request.param


# (the offscreen platform says so when a popup grabs the keyboard)
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_drop_down_lists_and_calendars_are_readable(qtbot, scheme, language, desk):
    checkers = []
    combo = desk.family_chooser.combo
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=5_000)
    settle(qtbot)
    popup = check(combo.view().window(), f"{scheme} family drop-down list")
    checkers.append(popup)
    combo.hidePopup()
    assert popup.checked >= 4  # its four families
    desk.go_to("notifications")
    settle(qtbot, desk)
    edit = desk.notifications.start
    calendar = edit.calendarWidget()
    # the calendar pops up at a click on its arrow
    qtbot.mouseClick(
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 8, edit.height() // 2)
    )
    qtbot.waitUntil(lambda: calendar.isVisible(), timeout=5_000)
    settle(qtbot)
    checkers.append(check(calendar.window(), f"{scheme} {language} date edit's calendar"))
    calendar.window().hide()
    menu = desk.tray.menu  # (a menu's entries are actions: measured where each is drawn)
    menu.popup(desk.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    settle(qtbot)
    entries = Checker(menu, f"{scheme} tray menu")
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        group = QPalette.ColorGroup.Active if action.isEnabled() else QPalette.ColorGroup.Disabled
        entries.judge(
            entries.name(menu, action.text()),
            menu.palette().color(group, QPalette.ColorRole.Text),
            None,
            menu.actionGeometry(action),
        )
    checkers.append(entries)
    menu.hide()
    assert entries.checked >= 2
    report_items = sum(c.checked for c in checkers)
    assert report_items > 20
    findings = [str(f) for c in checkers for f in c.findings]
    assert not findings, "\n".join(findings)


def test_dialogs_are_readable(qtbot, scheme, desk):
    from carebot_desktop.ui.notifications.resolve_dialog import ResolveDialog
    from carebot_desktop.ui.settings_dialog import SettingsDialog

    checkers = []
    settings = SettingsDialog(desk._context.settings, desk)
    qtbot.addWidget(settings)
    settings.show()
    settle(qtbot)
    checkers.append(check(settings, f"{scheme} settings"))
    settings.close()

    desk.go_to("status")
    settle(qtbot, desk)
    desk.status_page.open_report()
    report_dialog = desk.status_page.report_dialog
    qtbot.waitUntil(lambda: not report_dialog.loading, timeout=60_000)
    settle(qtbot)
    checkers.append(check(report_dialog, f"{scheme} report"))
    report_dialog.close()

    desk.open_account()
    account = desk.account_dialog
    assert account is not None
    settle(qtbot, desk)
    for tab in range(account.tabs.count()):
        account.tabs.setCurrentIndex(tab)
        settle(qtbot, desk)
        checkers.append(check(account, f"{scheme} account ({account.tabs.tabText(tab)})"))
    account.close()

    resolve = ResolveDialog("위급 · 김순자 · 낙상 감지", desk)
    qtbot.addWidget(resolve)
    resolve.show()
    settle(qtbot)
    checkers.append(check(resolve, f"{scheme} alert's resolve dialog"))
    resolve.close()

    desk.open_help()
    assert desk.help_dialog is not None
    settle(qtbot)
    checkers.append(check(desk.help_dialog, f"{scheme} help"))
    desk.help_dialog.close()

    from carebot_desktop.ui.family.contact_dialog import ContactDialog
    from carebot_desktop.ui.login.connection_dialog import ConnectionDialog
    from carebot_desktop.ui.login.register_dialog import RegisterDialog
    from carebot_desktop.ui.members.members_page import JoinDialog

    for name, dialog in (
        ("connection", ConnectionDialog(desk._context, desk)),
        ("new account", RegisterDialog(desk._context, desk)),
        ("emergency contact", ContactDialog(desk)),
        ("join a family", JoinDialog(desk)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        checkers.append(check(dialog, f"{scheme} {name}"))
        dialog.close()

    handover = desk.shift.open_handover()
    assert handover is not None
    qtbot.waitUntil(lambda: handover.view is not None, timeout=30_000)
    settle(qtbot)
    checkers.append(check(handover, f"{scheme} shift handover"))
    handover.close()

    box = QMessageBox(QMessageBox.Icon.Warning, "케어봇", "연결이 끊겼습니다.", parent=desk)
    box.setInformativeText("네트워크를 확인하세요.")
    box.show()
    settle(qtbot)
    checkers.append(check(box, f"{scheme} message box"))
    box.close()
    report(checkers)


def test_the_tray_balloon_is_readable(qtbot, scheme):
    """Where the desktop shows no notifications of its own, Qt shows the tray's message
    in its own balloon (the private class QBalloonTip: labels on a pale yellow it paints
    from its palette, set in its constructor). Played here by a widget of that class name
    with the same palette, under the application's style sheet."""
    from PySide6.QtWidgets import QGridLayout

    class QBalloonTip(QWidget):  # (Qt's class name: the style sheet's selector)
        def __init__(self) -> None:
            super().__init__(None, Qt.WindowType.ToolTip)
            layout = QGridLayout(self)
            title = QLabel("위급 알림")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            layout.addWidget(title, 0, 0)
            layout.addWidget(QLabel("김순자 님 댁에서 낙상이 감지되었습니다."), 1, 0)
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(0xFF, 0xFF, 0xE1))
            palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.black)
            self.setPalette(palette)
            self.setAutoFillBackground(True)

    balloon = QBalloonTip()
    qtbot.addWidget(balloon)
    balloon.show()
    settle(qtbot)
    checker = check(balloon, f"{scheme} tray balloon")
    assert checker.checked >= 2
    assert not checker.findings, "\n".join(str(f) for f in checker.findings)


def test_colours_on_the_command_line_are_for_this_run(qapp, tmp_path, monkeypatch):
    """``--colours dark`` (the screenshots in dark colours) applies the dark palette and
    style sheet without changing the person's setting."""
    from carebot_desktop import app as app_module
    from carebot_desktop.arguments import parse_arguments

    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        monkeypatch.setenv(f"CAREBOT_{name}_DIR", str(tmp_path / name.lower()))
    font, palette, sheet = qapp.font(), QPalette(qapp.palette()), qapp.styleSheet()
    current = dict(theme.CURRENT)
    application = app_module.Application(parse_arguments(["--colours", "dark"]), qapp)
    try:
        assert theme.is_dark() and theme.DARK["window"] in qapp.styleSheet()
        assert qapp.palette().color(QPalette.ColorRole.Base) == QColor(theme.DARK["base"])
        assert application.settings.get("ui/theme") == "system"
    finally:
        application.close()
        qapp.setFont(font)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)
        theme.CURRENT.update(scheme=current["scheme"], choice=current["choice"])
