"""One visual language: alarm grades, colours, the style sheet, and text scaling.

Grades are never told by colour alone: each has an icon and a word too. ``crit`` is red,
``warn`` amber, ``info`` neutral.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDateTimeEdit,
    QStyle,
    QToolTip,
)

from carebot_desktop.config import paths

# (text/border, background) of each grade in each scheme: every text colour keeps 4.5:1
# (WCAG AA) on its own background and on the list's base and alternate rows
# (tests/unit/ui/test_dark_contrast.py measures them on the rendered screens).
GRADE_COLOURS = {
    "crit": ("#b3261e", "#fde7e6"),
    "warn": ("#8a5300", "#fff3d6"),
    "info": ("#2f4a66", "#e8eef5"),
    "none": ("#4a4a4a", "#f1f1f1"),
}
GRADE_COLOURS_DARK = {
    "crit": ("#ffb4ab", "#4a1c1a"),
    "warn": ("#ffcc66", "#3d2e0f"),
    "info": ("#aecbef", "#1e2f44"),
    "none": ("#c9ced4", "#2a2f36"),
}
OK_COLOURS = ("#1e6b3a", "#e5f4ea")
OK_COLOURS_DARK = ("#7fd39b", "#17321f")
BASE_POINT_SIZE = 11.0

# Colours of the two schemes; the style sheet below is written in these names.
LIGHT = {
    "text": "#1f2328",
    "window": "#f6f7f9",
    "base": "white",
    "alternate": "#f4f6f9",
    "grid": "#e3e6ea",
    "header": "#eef1f5",
    "border": "#b9c2cc",
    "line": "#d8dde3",
    "selection": "#cfe0f5",
    "checked": "#dbe7f5",
    "checked_text": "#1d3f66",
    "disabled": "#646a72",
    "disabled_back": "#eef0f2",
    "muted": "#5c636b",
    "busy": "rgba(255, 255, 255, 220)",
    "error": "#b3261e",
    "button": "#eef1f5",
    "tooltip": "#ffffff",
    "placeholder": "#646a72",
    "link": "#1a5fb4",
    "link_visited": "#6a3d9a",
    "bevel_light": "#ffffff",
    "bevel_mid": "#b9c2cc",
    "bevel_dark": "#8a9099",
    "bevel_shadow": "#5c636b",
    "arrows": "on-light",
    "indicator": "#6b7178",  # a check box's edge: 3:1 on the window (WCAG 1.4.11)
    "bubble_mine": "#dbe8f7",  # the messages' bubbles: one's own, the other person's
    "bubble_theirs": "#ffffff",
}
DARK = {
    "text": "#e6e8eb",
    "window": "#16191d",
    "base": "#1f2328",
    "alternate": "#252a30",
    "grid": "#30363d",
    "header": "#2a3038",
    "border": "#4a525c",
    "line": "#3a414a",
    "selection": "#2f4d70",
    "checked": "#2b4566",
    "checked_text": "#e6eef8",
    "disabled": "#8b929a",
    "disabled_back": "#23272d",
    "muted": "#a3abb4",
    "busy": "rgba(31, 35, 40, 230)",
    "error": "#ff8a80",
    "button": "#2a3038",
    "tooltip": "#2a3038",
    "placeholder": "#a3abb4",
    "link": "#8ab4f8",
    "link_visited": "#d7aefb",
    "bevel_light": "#4a525c",
    "bevel_mid": "#30363d",
    "bevel_dark": "#101317",
    "bevel_shadow": "#000000",
    "arrows": "on-dark",
    "indicator": "#8b929a",
    "bubble_mine": "#24364f",
    "bubble_theirs": "#2a3038",
}

_SHEET = """
QWidget { color: %(text)s; placeholder-text-color: %(placeholder)s; }
QMainWindow, QDialog { background: %(window)s; }
QTabWidget::pane, QTextBrowser, QListWidget { background: %(base)s; }
QScrollArea, #chartGrid, #deskContent { background: %(window)s; }
#sidebarScroll { background: #20324a; }
#deskSidebar { background: #20324a; border: none; }
#deskSidebar QListWidget { background: transparent; border: none; color: #e9eef5; outline: 0;
                       selection-background-color: #3c5a80; selection-color: white; }
#deskSidebar QListWidget::item { padding: 10px 14px; border-radius: 6px; margin: 2px 6px; }
#deskSidebar QListWidget::item:selected { background: #3c5a80; color: white; }
#deskSidebar QLabel { color: #e9eef5; }
#pageTitle { font-weight: bold; }
#card { background: %(base)s; border: 1px solid %(line)s; border-radius: 8px; }
#critBanner { background: #b3261e; color: white; border-radius: 6px; }
#critBanner QLabel { color: white; font-weight: bold; }
#offlineBanner { background: #5a5f66; color: white; border-radius: 6px; }
#offlineBanner QLabel { color: white; }
#syncBox { background: %(base)s; border: 1px solid %(border)s; border-radius: 6px; }
QTableView { background: %(base)s; alternate-background-color: %(alternate)s; gridline-color: %(grid)s;
             selection-background-color: %(selection)s; selection-color: %(text)s; }
QHeaderView::section { background: %(header)s; padding: 6px; border: none;
                       border-bottom: 1px solid %(line)s; font-weight: bold; }
QPushButton { padding: 6px 14px; border-radius: 5px; border: 1px solid %(border)s; background: %(base)s; }
QPushButton:default, QPushButton#primary { background: #2b5d95; color: white; border-color: #2b5d95; }
QPushButton#danger { background: #b3261e; color: white; border-color: #b3261e; }
QPushButton:checked { background: %(checked)s; color: %(checked_text)s; border: 2px solid #2b5d95; font-weight: bold; }
QPushButton:disabled { color: %(disabled)s; background: %(disabled_back)s; }
QLabel#chartBusy { background: %(busy)s; border: 1px solid %(border)s; border-radius: 5px; color: %(text)s; }
QPushButton:focus { border: 2px solid #1a73e8; }
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit { padding: 5px; border: 1px solid %(border)s;
             border-radius: 5px; background: %(base)s; }
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled, QPlainTextEdit:disabled {
             color: %(disabled)s; background: %(disabled_back)s; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus { border: 2px solid #1a73e8; }
QListView, QTreeView { background: %(base)s; alternate-background-color: %(alternate)s;
             selection-background-color: %(selection)s; selection-color: %(text)s; }
QComboBox QAbstractItemView { background: %(base)s; color: %(text)s; border: 1px solid %(border)s;
             selection-background-color: %(selection)s; selection-color: %(text)s; outline: 0; }
QComboBox::drop-down, QDateTimeEdit[calendarPopup="true"]::drop-down { subcontrol-origin: border;
             subcontrol-position: top right; width: 1.6em; border-left: 1px solid %(border)s; }
QComboBox::down-arrow, QDateTimeEdit[calendarPopup="true"]::down-arrow { image: url("%(arrow_down)s");
             width: 0.8em; height: 0.8em; }
QComboBox::down-arrow:disabled, QDateTimeEdit[calendarPopup="true"]::down-arrow:disabled {
             image: url("%(arrow_down_disabled)s"); }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { subcontrol-origin: border; width: 1.6em;
             border-left: 1px solid %(border)s; background: %(button)s; }
QAbstractSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: 5px; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; border-bottom-right-radius: 5px; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: %(selection)s; }
QAbstractSpinBox::up-arrow { image: url("%(arrow_up)s"); width: 0.8em; height: 0.8em; }
QAbstractSpinBox::down-arrow { image: url("%(arrow_down)s"); width: 0.8em; height: 0.8em; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off { image: url("%(arrow_up_disabled)s"); }
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off { image: url("%(arrow_down_disabled)s"); }
QCheckBox::indicator, QRadioButton::indicator { width: 0.9em; height: 0.9em;
             border: 1px solid %(indicator)s; background: %(base)s; }
QCheckBox::indicator { border-radius: 3px; }
QRadioButton::indicator { border-radius: 0.45em; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { background: %(disabled_back)s; }
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border: 2px solid #1a73e8; }
QCheckBox::indicator:checked { image: url("%(check)s"); }
QCheckBox::indicator:checked:disabled { image: url("%(check_disabled)s"); }
QRadioButton::indicator:checked { image: url("%(dot)s"); }
QRadioButton::indicator:checked:disabled { image: url("%(dot_disabled)s"); }
QToolTip { color: %(text)s; background: %(tooltip)s; border: 1px solid %(border)s; padding: 4px; }
QBalloonTip QLabel { color: #1f2328; }
#errorText { color: %(error)s; }
#muted { color: %(muted)s; }
QTextBrowser#paper { background: white; color: #1f2328; }
"""
# (QBalloonTip: the tray's own notification where the desktop has none; Qt paints it pale
# yellow in either scheme, so its text stays dark.)
# (#paper: the report's preview is the page as printed, in the printed colours.)


def colours(scheme: str | None = None) -> dict[str, str]:
    """The named colours of a scheme (the current one by default)."""
    return DARK if (scheme or CURRENT["scheme"]) == "dark" else LIGHT


def colour(name: str) -> str:
    """One named colour of the current scheme, for the HTML the screens write
    (``colour("muted")``)."""
    return colours()[name]


def _icon(kind: str, scheme: str, disabled: bool = False) -> str:
    """A drawn mark (arrow, check, dot) in the scheme's ink: resources/icons/."""
    ink = colours(scheme)["arrows"]
    name = f"{kind}-{'disabled-' if disabled else ''}{ink}.svg"
    return paths.resource("icons", name).as_posix()


def style_sheet(scheme: str = "light") -> str:
    values = dict(colours(scheme))
    for kind in ("arrow-up", "arrow-down", "check", "dot"):
        key = kind.replace("-", "_")
        values[key] = _icon(kind, scheme)
        values[f"{key}_disabled"] = _icon(kind, scheme, disabled=True)
    return _SHEET % values


def palette(scheme: str) -> QPalette:
    """The whole palette of a scheme: what the style sheet does not paint (lists, drop-down
    lists, menus, scroll bars, tabs, tool tips, calendars, message boxes) takes its
    colours from here, so no widget is left with the other scheme's background."""
    c = colours(scheme)
    role = QPalette.ColorRole
    result = QPalette()
    for which, name in (
        (role.Window, "window"),
        (role.WindowText, "text"),
        (role.Base, "base"),
        (role.AlternateBase, "alternate"),
        (role.Text, "text"),
        (role.Button, "button"),
        (role.ButtonText, "text"),
        (role.Highlight, "selection"),
        (role.HighlightedText, "text"),
        (role.ToolTipBase, "tooltip"),
        (role.ToolTipText, "text"),
        (role.PlaceholderText, "placeholder"),
        (role.Link, "link"),
        (role.LinkVisited, "link_visited"),
        (role.Light, "bevel_light"),
        (role.Midlight, "line"),
        (role.Mid, "bevel_mid"),
        (role.Dark, "bevel_dark"),
        (role.Shadow, "bevel_shadow"),
        (role.Accent, "selection"),
    ):
        result.setColor(which, QColor(c[name]))
    result.setColor(role.BrightText, QColor("#ffffff"))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        result.setColor(disabled, which, QColor(c["disabled"]))
    for which in (role.Base, role.Button):
        result.setColor(disabled, which, QColor(c["disabled_back"]))
    result.setColor(disabled, role.Highlight, QColor(c["line"]))
    return result


STYLE_SHEET = style_sheet("light")
CURRENT = {"scheme": "light", "choice": "light", "watching": ""}


def system_scheme(app: QApplication) -> str:
    """The desktop's colour scheme (Qt 6.5+): "dark" or "light"."""
    hints = app.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_colours(app: QApplication, choice: str) -> str:
    """Light, dark, or as the system ("system": follows it when it changes too)."""
    CURRENT["choice"] = choice
    scheme = choice if choice in ("light", "dark") else system_scheme(app)
    CURRENT["scheme"] = scheme
    if app.style().name().lower() != "fusion":  # the one style drawn from the palette alone
        app.setStyle("Fusion")
    colours_now = palette(scheme)
    app.setPalette(colours_now)
    QToolTip.setPalette(colours_now)
    app.setStyleSheet(style_sheet(scheme))
    if not CURRENT["watching"]:
        CURRENT["watching"] = "yes"
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    return scheme


def _follow_system(app: QApplication) -> None:
    if CURRENT["choice"] == "system":
        apply_colours(app, "system")


def is_dark() -> bool:
    return CURRENT["scheme"] == "dark"


def grade_text(grade: str) -> str:
    # (the notification list's words: their translation context is NotificationsModel)
    return {
        "crit": QCoreApplication.translate("NotificationsModel", "Critical"),
        "warn": QCoreApplication.translate("NotificationsModel", "Warning"),
        "info": QCoreApplication.translate("NotificationsModel", "Information"),
    }.get(grade, QCoreApplication.translate("NotificationsModel", "Notice"))


def grade_icon(grade: str) -> QIcon:
    style = QApplication.style()
    pixmap = {
        "crit": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warn": QStyle.StandardPixmap.SP_MessageBoxWarning,
    }.get(grade, QStyle.StandardPixmap.SP_MessageBoxInformation)
    return style.standardIcon(pixmap)


def grade_hex(grade: str) -> tuple[str, str]:
    """(text, background) of a grade in the current scheme, as "#rrggbb"."""
    table = GRADE_COLOURS_DARK if is_dark() else GRADE_COLOURS
    return table.get(grade, table["none"])


def ok_hex() -> tuple[str, str]:
    """(text, background) of "all is well" in the current scheme."""
    return OK_COLOURS_DARK if is_dark() else OK_COLOURS


def grade_colours(grade: str) -> tuple[QColor, QColor]:
    fg, bg = grade_hex(grade)
    return QColor(fg), QColor(bg)


# The calendar's weekend red: Qt's own pure red is below 4.5:1 on a light and on a dark
# background alike, and even the crit red is not enough there: the thin strokes of the
# weekday names (일, 토) and of the small day numbers are drawn paler than their colour, so
# on light a darker red (8.3:1 on the header row) and on dark a lighter one (9.9:1).
WEEKEND_RED = {"light": "#8e1c16", "dark": "#ffc9c2"}


class _WeekendColours(QObject):
    """Colours a calendar's weekends in the scheme shown at each pop-up, so a change of
    scheme after the date edit was made does not leave the other scheme's red."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget):
            _colour_weekends(watched)
        return False


def _colour_weekends(calendar: QCalendarWidget) -> None:
    weekend = QTextCharFormat()
    weekend.setForeground(QColor(WEEKEND_RED["dark" if is_dark() else "light"]))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        if calendar.weekdayTextFormat(day).foreground() != weekend.foreground():
            calendar.setWeekdayTextFormat(day, weekend)


def calendar_popup(edit: QDateTimeEdit) -> None:
    """The date edit's calendar pops up, its weekends in the scheme's readable red
    (``WEEKEND_RED``). (Qt draws the days of the months before and after in the view's
    disabled text colour, which the style sheet's text colour sets to the text colour
    itself: as readable as the month's own days.)"""
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    _colour_weekends(calendar)
    calendar.installEventFilter(_WeekendColours(calendar))


def apply_text_scale(app: QApplication, family: str | None, percent: int) -> None:
    """Scale every widget's text: 100 to 200 percent of the base size, at once in the
    windows already open too. Under a style sheet Qt does not pass a new application font
    on to the widgets that exist, so each is given its own here. A widget that chose a
    size of its own (a title, the brand: a multiple of the text size) keeps its multiple
    of the new size (remembered the first time, ``_TEXT_FACTOR``). Widgets that measure
    the text (table columns, the sidebar) do it again on their ``QEvent.FontChange``."""
    percent = max(100, min(200, int(percent)))
    font = app.font()
    before = font.pointSizeF()
    if family:
        font.setFamily(family)
    size = BASE_POINT_SIZE * percent / 100
    font.setPointSizeF(size)
    app.setFont(font)
    if before <= 0 or abs(size - before) < 0.01:
        return
    for widget in app.allWidgets():
        own = widget.font()
        factor = widget.property(_TEXT_FACTOR)
        if not isinstance(factor, float):
            chosen = (
                widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
                and own.resolveMask() & _SIZE_RESOLVED
                and own.pointSizeF() > 0
            )
            factor = own.pointSizeF() / before if chosen else 1.0
            widget.setProperty(_TEXT_FACTOR, factor)
        scaled = own.resolve(font)  # (what the widget set stays: bold, a family)
        scaled.setPointSizeF(size * factor)
        if scaled != own or scaled.resolveMask() != own.resolveMask():
            widget.setFont(scaled)


_TEXT_FACTOR = "carebotTextFactor"  # a widget's text size as a multiple of the application's
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: the font's size was chosen, not inherited
