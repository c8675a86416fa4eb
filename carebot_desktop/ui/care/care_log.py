"""The elder's care log on the Status screen: notes, closed alerts (outcome, note, who)
and the messages between the family's people on one timeline over the screen's range,
with a box to add a note. What others wrote is shown as plain text."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain
from carebot_desktop.ui.care import care_work
from carebot_desktop.ui.care.care_work import TEXT_MAX, CareEntry
from carebot_desktop.ui.care.words import kind_text, outcome_text
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text
from carebot_desktop.ui.table_model import Index, RowTableModel


def entry_text(entry: CareEntry) -> str:
    """What a line says: a closed alert's headline, outcome and note; a note's or a
    message's own words."""
    if entry.kind == "alert":
        return " · ".join(t for t in (entry.headline, outcome_text(entry.outcome), entry.text) if t)
    return entry.text


class CareLogModel(RowTableModel[CareEntry]):
    COLUMNS = ("at", "kind", "who", "what")

    def header_labels(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Kind"), self.tr("Who"), self.tr("What"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.valid_row(index)
        if entry is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "at":
                text = fmt.local_text(entry.at, short=True)
            elif column == "kind":
                text = kind_text(entry.kind)
            elif column == "who":
                text = entry.by_name + (f" → {entry.to_name}" if entry.to_name else "")
            else:
                text = entry_text(entry)
            return plain.tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.UserRole:  # what the search looks in
            return " ".join((entry.by_name, entry.to_name, entry_text(entry)))
        return None


class CareLogFilter(QSortFilterProxyModel):
    """The search box: lines whose person or words contain the text (any case). The text
    is kept as typed: a fixed-string filter's escaped pattern would not compare."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text.casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.needle:
            return True
        source = self.sourceModel()
        text = source.data(source.index(source_row, 0, source_parent), Qt.ItemDataRole.UserRole)
        return self.needle in str(text or "").casefold()


class CareLogWidget(QWidget):
    """The care log of the family the Status screen shows, over its range."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.family_id: str | None = None
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.model = CareLogModel(self)
        self.proxy = CareLogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the care log"))
        self.search.setAccessibleName(self.tr("Search the care log"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt's own button, unnamed
            clear.setAccessibleName(self.tr("Clear the search"))
        self.search.textChanged.connect(self._on_search)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Care log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = plain.label()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("A note for the care log (what was done, how the elder is)")
        )
        self.note.setAccessibleName(self.tr("New care-log note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.note.textChanged.connect(self._on_note_changed)
        self.count = plain.label()
        self.count.setObjectName("muted")
        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.setAccessibleName(self.tr("Add the note to the care log"))
        self.add_button.clicked.connect(self.add_note)
        self.message = plain.label()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._on_note_changed()
        self.stale = False  # a change came while hidden: reload when shown
        context.changes.connect(self._on_changes)

    @Slot(object)
    def _on_changes(self, changes: DeskChanges) -> None:
        """An alert closed or a message sent on any desk shows in the log: reload now if
        shown, else when next shown (another desk's note has no signal of its own)."""
        if self._context.session is None:
            return
        if changes.alerts or changes.states or changes.messages or changes.care:
            if self.isVisible():
                self.reload()
            else:
                self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.reload()

    # --- loading ------------------------------------------------------------------------

    def set_period(self, family_id: str | None, start: datetime, end: datetime) -> None:
        """The Status screen's family and range (naive UTC): the log loads for them."""
        self.family_id, self.start, self.end = family_id, start, end
        self.add_button.setEnabled(family_id is not None)
        self.reload()

    @Slot()
    def reload(self) -> None:
        session = self._context.session
        if session is None or self.family_id is None or self.start is None or self.end is None:
            self.model.set_rows([])
            return
        (
            self._context.op(
                self,
                care_work.load_care_log,
                self._context.api,
                session.user_id,
                self.family_id,
                self.start,
                self.end,
            )
            .latest("care-log")
            .success(self._on_loaded)
            .failure(self._on_failed)
            .run()
        )

    def _on_loaded(self, result: tuple[str, list[CareEntry]]) -> None:
        family_id, entries = result
        if family_id != self.family_id:
            return
        self.model.set_rows(entries)
        self.table.resizeRowsToContents()
        self.empty.setText("" if entries else self.tr("Nothing in the care log in this period."))
        self.empty.setVisible(not entries)

    def _on_failed(self, error: object) -> None:
        self.message.setText(error_text(error))

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.proxy.set_needle(text.strip())

    # --- a new note ---------------------------------------------------------------------

    @Slot()
    def _on_note_changed(self) -> None:
        length = len(self.note.toPlainText().strip())
        self.count.setText(
            self.tr("%1 / %2 characters")
            .replace("%1", f"{length:,}")
            .replace("%2", f"{TEXT_MAX:,}")
        )

    @Slot()
    def add_note(self) -> bool:
        """Send the note; a clear sentence and nothing written when it is empty or too
        long. True when it was sent."""
        if self.family_id is None or self._context.session is None:
            return False
        text = self.note.toPlainText()
        problem = care_work.check_note_text(text)
        if problem == "empty":
            self.message.setText(self.tr("Write the note first: it is empty."))
            return False
        if problem == "long":
            self.message.setText(
                self.tr("A note is at most %1 characters; this one has %2. Shorten it.")
                .replace("%1", f"{TEXT_MAX:,}")
                .replace("%2", f"{len(text.strip()):,}")
            )
            return False
        self.message.setText(self.tr("Adding the note…"))
        self.add_button.setEnabled(False)
        (
            self._context.op(
                self, care_work.add_note, self._context.api, self.family_id, text.strip()
            )
            .write()
            .success(self._on_added)
            .failure(self._on_add_failed)
            .run()
        )
        return True

    def _on_added(self, changes: DeskChanges) -> None:
        self.add_button.setEnabled(True)
        self.note.clear()
        self.message.setText(self.tr("The note is in the care log."))
        self._context.broadcast(changes)
        if self.end is not None:  # a range ending "now" at its load: the note is newer
            self.end = max(self.end, utcnow())
        self.reload()

    def _on_add_failed(self, error: object) -> None:
        self.add_button.setEnabled(True)
        self.message.setText(error_text(error))
