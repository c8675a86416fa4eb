"""The family chooser: which family the per-family screens (Family, Members, Status)
show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from carebot_desktop.services.dashboard import OverviewRow
from carebot_desktop.ui import plain


class FamilyChooser(QWidget):
    """ "Family:" and its list, one item per family of the overview ("elder · family"),
    the family id as the item's data. The window shows it only on the per-family
    screens (elsewhere it would look usable and do nothing).

    Signals: ``family_changed(object, str)``: the family id chosen (None: no family yet,
    the screens say so and how to join one) and its label."""

    family_changed = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setAccessibleName(QCoreApplication.translate("MainWindow", "Family shown"))
        self.combo.setMinimumWidth(320)
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        self.label = plain.label(QCoreApplication.translate("MainWindow", "&Family:"))
        self.label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)  # it sits in the window's row as if it were two
        row.addWidget(self.label)
        row.addWidget(self.combo)

    def count(self) -> int:
        return self.combo.count()

    def current_id(self) -> str | None:
        family_id: str | None = self.combo.currentData()
        return family_id

    def name_of(self, family_id: str) -> str:
        for i in range(self.combo.count()):
            if self.combo.itemData(i) == family_id:
                return self.combo.itemText(i)
        return ""

    def set_families(self, rows: list[OverviewRow]) -> None:
        """The overview's families, without announcing each item as it is added."""
        self.combo.blockSignals(True)
        self.combo.clear()
        for row in rows:
            self.combo.addItem(f"{row.elder_name} · {row.family_name}", row.family_id)
        self.combo.blockSignals(False)

    def clear(self) -> None:
        """Signed out: the screens hear that no family is shown."""
        self.combo.clear()

    def select(self, family_id: str | None) -> None:
        """``family_changed`` is emitted even if it was chosen already: the screens may
        not have heard of it (:meth:`set_families` fills the list without a word)."""
        if family_id is None:
            self._on_index_changed(-1)
            return
        for i in range(self.combo.count()):
            if self.combo.itemData(i) == family_id:
                if self.combo.currentIndex() == i:
                    self._on_index_changed(i)
                else:
                    self.combo.setCurrentIndex(i)
                return

    @Slot(int)
    def _on_index_changed(self, index: int) -> None:
        family_id: str | None = self.combo.itemData(index) if index >= 0 else None
        label = self.combo.itemText(index) if index >= 0 else ""
        self.family_changed.emit(family_id, label)
