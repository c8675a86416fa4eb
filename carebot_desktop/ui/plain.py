"""Text that others wrote is shown as text, never as HTML.

Names, family names, nicknames, addresses, alert texts, messages and reports come from
the robot, from other desktops and from other people. Qt guesses rich text wherever a
widget's format is "auto" (labels, message boxes, tooltips), so a name such as
``<img src=...>`` would be drawn as a picture. Hence:

- every label is made with :func:`label` (plain text, whatever it shows later);
- rich text we compose ourselves (the report, message bubbles, tooltips) passes each
  value through :func:`escape`; :func:`tooltip` makes a tooltip that is surely rich
  text, its value escaped;
- a question or notice naming someone is a message box with plain text
  (:func:`plain_box`, ``widgets.open_notice``);
- a desktop notification's body goes through :func:`notification_body`.
"""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML."""
    made = QLabel(parent)
    made.setTextFormat(Qt.TextFormat.PlainText)
    made.setText(text)
    return made


def escape(value: object) -> str:
    """A value for rich text we write ourselves (``None`` is nothing)."""
    return html.escape("" if value is None else str(value))


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally: rich text for sure (Qt would otherwise
    guess), the text escaped, its line breaks kept."""
    return "<qt>" + escape(text).replace("\n", "<br/>") + "</qt>"


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box whose text is plain (QMessageBox guesses rich text too)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def keep_plain(box: QMessageBox) -> None:
    """Plain text for a message box's informative text too (set after it: Qt makes that
    label when the text is first given, guessing its format)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for child in box.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes-or-no question (as ``QMessageBox.question``, in plain text): True for yes."""
    box = plain_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return box.exec() == QMessageBox.StandardButton.Yes


def notification_body(text: str) -> str:
    """A desktop notification's body. On Linux and the BSDs Qt hands it to the
    freedesktop notification server, which reads it as markup (bold, links, images):
    escaped there. Windows and macOS show it as it is."""
    if sys.platform.startswith(("win", "darwin")):
        return text
    return escape(text)
