"""Closing an alert: what was done (one of ``care.OUTCOMES``) and a note. Nothing is
chosen at first, so a hurried Enter cannot close an emergency as a false alarm; without a
choice the dialog says so and stays."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.services import care
from carebot_desktop.ui import plain
from carebot_desktop.ui.care.words import outcome_labels


class ResolveDialog(QDialog):
    """``outcome()`` and ``note()`` once accepted; ``headline`` names the alert (shown as
    plain text: the robot wrote it)."""

    def __init__(self, headline: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve the alert"))
        layout = QVBoxLayout(self)
        about = plain.label(headline)
        about.setWordWrap(True)
        layout.addWidget(about)
        layout.addWidget(plain.label(self.tr("What was done?")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for outcome, label in outcome_labels().items():
            button = QRadioButton(label)
            self.group.addButton(button)
            self.buttons[outcome] = button
            layout.addWidget(button)
        layout.addWidget(plain.label(self.tr("Note (what you saw, what you did)")))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(5 * self.fontMetrics().lineSpacing() + 12)
        layout.addWidget(self.note_edit)
        self.error = plain.label()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Resolve"))
        box.accepted.connect(self._on_accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def outcome(self) -> str | None:
        return next((o for o, b in self.buttons.items() if b.isChecked()), None)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def problem(self) -> str:
        """Why the answer cannot be saved ("" if it can): checked here first, so the
        person reads it before anything is sent (the API checks again)."""
        if self.outcome() is None:
            return self.tr("Choose what was done before resolving the alert.")
        if len(self.note()) > care.TEXT_MAX:
            return self.tr("The note is too long: at most %1 characters.").replace(
                "%1", str(care.TEXT_MAX)
            )
        return ""

    @Slot()
    def _on_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        self.accept()
