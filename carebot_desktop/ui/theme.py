"""One visual language: alarm grades, colours, the style sheet, and text scaling.

Grades are never told by colour alone: each has an icon and a word too. ``crit`` is red,
``warn`` amber, ``info`` neutral.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

GRADE_COLOURS = {
    "crit": ("#b3261e", "#fde7e6"),  # (text/border, background)
    "warn": ("#8a5300", "#fff3d6"),
    "info": ("#2f4a66", "#e8eef5"),
    "none": ("#4a4a4a", "#f1f1f1"),
}
OK_COLOURS = ("#1e6b3a", "#e5f4ea")
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
    "disabled": "#8a9099",
    "disabled_back": "#eef0f2",
    "muted": "#5c636b",
    "busy": "rgba(255, 255, 255, 220)",
    "error": "#b3261e",
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
    "disabled": "#7d848c",
    "disabled_back": "#23272d",
    "muted": "#a3abb4",
    "busy": "rgba(31, 35, 40, 230)",
    "error": "#ff8a80",
}

_SHEET = """
QWidget { color: %(text)s; }
QMainWindow, QDialog { background: %(window)s; }
QTabWidget::pane, QTextBrowser, QListWidget { background: %(base)s; }
QScrollArea, #chartGrid, #deskContent { background: %(window)s; }
#sidebarScroll { background: #20324a; }
#sidebar { background: #20324a; border: none; }
#sidebar QListWidget { background: transparent; border: none; color: #e9eef5; outline: 0; }
#sidebar QListWidget::item { padding: 10px 14px; border-radius: 6px; margin: 2px 6px; }
#sidebar QListWidget::item:selected { background: #3c5a80; color: white; }
#sidebar QLabel { color: #e9eef5; }
#pageTitle { font-weight: bold; }
#card { background: %(base)s; border: 1px solid %(line)s; border-radius: 8px; }
#critBanner { background: #b3261e; color: white; border-radius: 6px; }
#critBanner QLabel { color: white; font-weight: bold; }
#offlineBanner { background: #5a5f66; color: white; border-radius: 6px; }
#offlineBanner QLabel { color: white; }
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
QLineEdit, QComboBox, QSpinBox, QDateTimeEdit, QPlainTextEdit { padding: 5px; border: 1px solid %(border)s;
             border-radius: 5px; background: %(base)s; }
QLineEdit:disabled, QComboBox:disabled, QDateTimeEdit:disabled { color: %(disabled)s; background: %(disabled_back)s; }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus { border: 2px solid #1a73e8; }
#errorText { color: %(error)s; }
#muted { color: %(muted)s; }
"""


def style_sheet(scheme: str = "light") -> str:
    return _SHEET % (DARK if scheme == "dark" else LIGHT)


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
    return {
        "crit": QCoreApplication.translate("theme", "Critical"),
        "warn": QCoreApplication.translate("theme", "Warning"),
        "info": QCoreApplication.translate("theme", "Information"),
    }.get(grade, QCoreApplication.translate("theme", "Notice"))


def grade_icon(grade: str) -> QIcon:
    style = QApplication.style()
    pixmap = {
        "crit": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warn": QStyle.StandardPixmap.SP_MessageBoxWarning,
    }.get(grade, QStyle.StandardPixmap.SP_MessageBoxInformation)
    return style.standardIcon(pixmap)


def grade_colours(grade: str) -> tuple[QColor, QColor]:
    fg, bg = GRADE_COLOURS.get(grade, GRADE_COLOURS["none"])
    return QColor(fg), QColor(bg)


def apply_text_scale(app: QApplication, family: str | None, percent: int) -> None:
    """Scale every widget's text: 100 to 200 percent of the base size."""
    percent = max(100, min(200, int(percent)))
    font = app.font()
    if family:
        font.setFamily(family)
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    app.setFont(font)
