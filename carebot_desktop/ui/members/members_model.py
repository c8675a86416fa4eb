"""The family's people: the elder first, then members with their nicknames."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from carebot_desktop.ui.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex


class MembersModel(RowTableModel[dict[str, Any]]):
    COLUMNS = ("name", "role", "nickname")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.me: str | None = None

    def set_people(self, rows: list[dict[str, Any]], me: str | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.me = me
        self.endResetModel()

    def header_labels(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Role"), self.tr("Nickname"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        person = self.valid_row(index)
        if person is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "name":
                name = person["user_name"] or "–"
                you = self.tr("you")
                return f"{name} ({you})" if person["user_id"] == self.me else name
            if column == "role":
                return self.tr("Elder") if person["role"] == "main" else self.tr("Member")
            if column == "nickname":
                return person["nickname"] or ""
        if role == Qt.ItemDataRole.FontRole and person["user_id"] == self.me:
            font = QFont()
            font.setBold(True)
            return font
        return None
