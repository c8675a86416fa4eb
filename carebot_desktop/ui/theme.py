"""One visual language: alarm grades, colours, the style sheet, and text scaling.

Grades are never told by colour alone: each has an icon and a word too. ``crit`` is red,
``warn`` amber, ``info`` neutral.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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

STYLE_SHEET = """
QWidget { color: #1f2328; }
QMainWindow, QDialog { background: #f6f7f9; }
#sidebar { background: #20324a; border: none; }
#sidebar QListWidget { background: transparent; border: none; color: #e9eef5; outline: 0; }
#sidebar QListWidget::item { padding: 10px 14px; border-radius: 6px; margin: 2px 6px; }
#sidebar QListWidget::item:selected { background: #3c5a80; color: white; }
#sidebar QLabel { color: #e9eef5; }
#pageTitle { font-weight: bold; }
#card { background: white; border: 1px solid #d8dde3; border-radius: 8px; }
#critBanner { background: #b3261e; color: white; border-radius: 6px; }
#critBanner QLabel { color: white; font-weight: bold; }
#offlineBanner { background: #5a5f66; color: white; border-radius: 6px; }
#offlineBanner QLabel { color: white; }
QTableView { background: white; alternate-background-color: #f4f6f9; gridline-color: #e3e6ea;
             selection-background-color: #cfe0f5; selection-color: #1f2328; }
QHeaderView::section { background: #eef1f5; padding: 6px; border: none;
                       border-bottom: 1px solid #d8dde3; font-weight: bold; }
QPushButton { padding: 6px 14px; border-radius: 5px; border: 1px solid #b9c2cc; background: white; }
QPushButton:default, QPushButton#primary { background: #2b5d95; color: white; border-color: #2b5d95; }
QPushButton:checked { background: #dbe7f5; color: #1d3f66; border: 2px solid #2b5d95; font-weight: bold; }
QPushButton:disabled { color: #8a9099; background: #eef0f2; }
QLabel#chartBusy { background: rgba(255, 255, 255, 220); border: 1px solid #b9c2cc; border-radius: 5px; color: #30363d; }
QPushButton:focus { border: 2px solid #1a73e8; }
QLineEdit, QComboBox, QSpinBox, QDateTimeEdit, QPlainTextEdit { padding: 5px; border: 1px solid #b9c2cc;
             border-radius: 5px; background: white; }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus { border: 2px solid #1a73e8; }
#errorText { color: #b3261e; }
#muted { color: #5c636b; }
"""


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
