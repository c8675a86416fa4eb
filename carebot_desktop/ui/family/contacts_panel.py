"""A family's emergency contacts as a caregiver reads them in an emergency: 119 first, then
each person's name, relation and number, the number large, selectable and one click from
the clipboard.

The panel shows rows it is given (``show_contacts``) and loads nothing itself, so a crit
alert's detail can embed it with the contacts it already has. Editable (the Family
screen), each row also offers edit and remove, which the panel only asks for by signal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.ui import plain

EMERGENCY_NUMBER = "119"
NUMBER_SCALE = 1.6  # the number is read across a desk at night


def _number_label(number: str, parent: QWidget) -> QLabel:
    """A phone number, large and selectable (by mouse and keyboard) to copy."""
    made = plain.label(number, parent)
    font = QFont(made.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * NUMBER_SCALE)
    font.setBold(True)
    made.setFont(font)
    made.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    made.setCursor(Qt.CursorShape.IBeamCursor)
    return made


class ContactsPanel(QWidget):
    """Signals (editable panels only): ``edit_requested(int)`` and
    ``remove_requested(int)`` with the contact's id; ``copied(str)`` with a number put on
    the clipboard."""

    edit_requested = Signal(int)
    remove_requested = Signal(int)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, editable: bool = False) -> None:
        super().__init__(parent)
        self.editable = editable
        self.rows: list[Mapping[str, object]] = []
        self.numbers: list[QLabel] = []  # each contact's number label, in order
        self.copy_buttons: list[QPushButton] = []
        self.edit_buttons: list[QPushButton] = []
        self.remove_buttons: list[QPushButton] = []

        emergency = plain.label(self.tr("Emergency (ambulance, fire)"), self)
        emergency.setWordWrap(True)
        self.emergency_number = _number_label(EMERGENCY_NUMBER, self)
        self.emergency_number.setObjectName("errorText")
        self.emergency_number.setAccessibleName(self.tr("Emergency number 119"))
        self.empty_note = plain.label(
            self.tr("No emergency contacts yet. The family's main user and members add them."),
            self,
        )
        self.empty_note.setObjectName("muted")
        self.empty_note.setWordWrap(True)

        # One grid, 119 on its first line, so every number starts in the same column.
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(5, 1)  # the buttons stay beside the number they act on
        self._grid.addWidget(emergency, 0, 0)
        self._grid.addWidget(self.emergency_number, 0, 1)
        self._shown: list[QWidget] = []  # the contacts' widgets, replaced on each show
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.empty_note)

    def show_contacts(self, rows: Sequence[Mapping[str, object]]) -> None:
        """Show these contacts (``name``, ``relation``, ``phone``, ``id``), in order."""
        self.rows = list(rows)
        for widget in self._shown:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._shown = []
        self.numbers, self.copy_buttons = [], []
        self.edit_buttons, self.remove_buttons = [], []
        parent = self
        for line, contact in enumerate(self.rows, start=1):
            name = str(contact.get("name") or "")
            relation = str(contact.get("relation") or "")
            number = str(contact.get("phone") or "")
            who = plain.label(f"{name} · {relation}" if relation else name, parent)
            who.setWordWrap(True)
            shown = _number_label(number, parent)
            shown.setAccessibleName(self.tr("Phone number of %1").replace("%1", name))
            copy = QPushButton(self.tr("Copy"), parent)
            copy.setAccessibleName(self.tr("Copy the number of %1").replace("%1", name))
            copy.clicked.connect(lambda _=False, n=number: self.copy_number(n))
            self._place(who, line, 0)
            self._place(shown, line, 1)
            self._place(copy, line, 2)
            self.numbers.append(shown)
            self.copy_buttons.append(copy)
            if self.editable:
                contact_id = int(str(contact.get("id") or 0))
                edit = QPushButton(self.tr("Edit"), parent)
                edit.setAccessibleName(self.tr("Edit the contact %1").replace("%1", name))
                edit.clicked.connect(lambda _=False, c=contact_id: self.edit_requested.emit(c))
                remove = QPushButton(self.tr("Remove"), parent)
                remove.setAccessibleName(self.tr("Remove the contact %1").replace("%1", name))
                remove.clicked.connect(lambda _=False, c=contact_id: self.remove_requested.emit(c))
                self._place(edit, line, 3)
                self._place(remove, line, 4)
                self.edit_buttons.append(edit)
                self.remove_buttons.append(remove)
        self.empty_note.setVisible(not self.rows)

    def _place(self, widget: QWidget, line: int, column: int) -> None:
        self._grid.addWidget(widget, line, column)
        self._shown.append(widget)

    @Slot(str)
    def copy_number(self, number: str) -> None:
        QGuiApplication.clipboard().setText(number)
        self.copied.emit(number)

    def contact(self, contact_id: int) -> Mapping[str, object] | None:
        """The shown contact with this id (None: not shown)."""
        return next((c for c in self.rows if c.get("id") == contact_id), None)
