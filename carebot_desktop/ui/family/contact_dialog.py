"""Adding or changing one emergency contact: name, relation and phone number.

The form limits what it can (lengths, the characters of a number) so a typo is caught
while typing; the data layer checks everything again and its sentence is shown on the
Family screen if it still refuses.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from carebot_desktop.ui import plain

NAME_MAX = 32
PHONE_MAX = 32
PHONE_DIGITS_MIN = 2


class ContactDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, contact: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Add an emergency contact")
            if contact is None
            else self.tr("Change the emergency contact")
        )
        self.name = QLineEdit(str((contact or {}).get("name") or ""))
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(self.tr("Name"))
        self.relation = QLineEdit(str((contact or {}).get("relation") or ""))
        self.relation.setMaxLength(NAME_MAX)
        self.relation.setPlaceholderText(self.tr("e.g. son, neighbour, doctor"))
        self.relation.setAccessibleName(self.tr("Relation"))
        self.phone = QLineEdit(str((contact or {}).get("phone") or ""))
        self.phone.setMaxLength(PHONE_MAX)
        self.phone.setPlaceholderText("010-1234-5678")
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.phone.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 +\-()]*"), self.phone)
        )
        self.problem = plain.label()
        self.problem.setObjectName("errorText")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Relation"), self.relation)
        form.addRow(self.tr("&Phone number"), self.phone)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text().strip(),
            "relation": self.relation.text().strip(),
            "phone": self.phone.text().strip(),
        }

    def check(self) -> str:
        """What is missing, as a sentence ("" when the form may be sent)."""
        values = self.values()
        if not values["name"]:
            return self.tr("Enter the person's name.")
        if sum(c.isdigit() for c in str(values["phone"])) < PHONE_DIGITS_MIN:
            return self.tr("Enter the phone number (at least two digits).")
        return ""

    @Slot()
    def _on_accepted(self) -> None:
        problem = self.check()
        self.problem.setText(problem)
        if not problem:
            self.accept()
