"""Small shared widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from carebot_desktop.ui import plain


def page_title(text: str) -> QLabel:
    label = plain.label(text)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def card(*widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


def open_notice(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    details: str = "",
) -> QMessageBox:
    """A message box that does not block: alerts keep arriving while it is open. Its
    texts are plain (they may hold paths, names or a server's words)."""
    box = plain.plain_box(parent, icon, title, text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    plain.keep_plain(box)
    box.open()
    return box
