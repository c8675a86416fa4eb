"""Table model of the family list: plain FamilySummary rows, no database access."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from carebot_desktop.services.families import FamilySummary

_Index = QModelIndex | QPersistentModelIndex


class FamilyTableModel(QAbstractTableModel):
    COLUMNS = ("family", "elder", "age", "address", "members", "unread")
    FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FamilySummary] = []

    def set_rows(self, rows: list[FamilySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> FamilySummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "family": self.tr("Family"),
            "elder": self.tr("Elder"),
            "age": self.tr("Age"),
            "address": self.tr("Address"),
            "members": self.tr("Members"),
            "unread": self.tr("Unread alerts"),
        }[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "family":
                return summary.family_name
            if column == "elder":
                return summary.elder_name
            if column == "age":
                return _age_text(summary.elder_age)
            if column == "address":
                return summary.address
            if column == "members":
                return str(summary.member_count)
            if column == "unread":
                return str(summary.unread_notifications)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("age", "members", "unread"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.FAMILY_ID_ROLE:
            return summary.family_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headerData(index.column(), Qt.Orientation.Horizontal)}: " \
                   f"{self.data(index, Qt.ItemDataRole.DisplayRole)}"
        return None


def _age_text(age: int | None) -> str:
    if age is None:
        return ""
    return QCoreApplication.translate("FamilyTableModel", "%1 years").replace("%1", str(age))
