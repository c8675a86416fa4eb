"""Overview: every family the user belongs to, worst first. Selecting one opens it."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import dashboard
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.overview.overview_model import OverviewModel
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.widgets import page_title


class OverviewPage(Page):
    """Signals: ``family_opened(str)``, ``loaded(list)`` with the OverviewRows."""

    family_opened = Signal(str)
    loaded = Signal(list)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.title = page_title(self.tr("Overview"))
        self.summary = QLabel()
        self.message = self.summary
        self.summary.setObjectName("muted")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the overview"))
        self.refresh_button.clicked.connect(self.reload)
        self.model = OverviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Families, most urgent first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._on_row_activated)
        self.table.doubleClicked.connect(self._on_row_activated)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Press Enter or double-click a family to open it."))
        hint.setObjectName("muted")
        layout.addWidget(hint)

    @Slot()
    def reload(self) -> None:
        if self._context.session is None:
            return
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Loading…"))
        self.load(dashboard.overview, self._context.api, done=self._on_loaded)

    @Slot(object)
    def _on_loaded(self, rows: list) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_rows(rows, utcnow())
        urgent = sum(1 for r in rows if r.severity >= 2)
        self.summary.setText(
            self.tr("%n family(s)", None, len(rows))
            + " · "
            + self.tr("%n need(s) attention now", None, urgent)
        )
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.loaded.emit(rows)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.refresh_button.setEnabled(True)
        super()._on_failed(error)

    @Slot()
    def _on_row_activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.family_opened.emit(self.model.data(index, OverviewModel.FAMILY_ID_ROLE))
