"""Small shared widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def card(*widgets) -> QFrame:
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
    """A message box that does not block: alerts keep arriving while it is open."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.open()
    return box
