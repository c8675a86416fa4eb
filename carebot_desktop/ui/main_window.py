"""The main window: for now the list of families the database holds.

It never touches the database itself: loading runs through the TaskRunner and the rows
arrive as plain ``FamilySummary`` objects.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.errors import CarebotError, DatabaseUnavailableError
from carebot_desktop.services.families import FamilySummary
from carebot_desktop.ui.overview.family_model import FamilyTableModel
from carebot_desktop.workers.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner, load_families: Callable[[], list[FamilySummary]],
                 prepare: Callable[[], object] | None = None) -> None:
        super().__init__()
        self._runner = runner
        self._load_families = load_families
        self._prepare = prepare
        self.setWindowTitle(self.tr("Carebot Desktop"))
        self.resize(1100, 640)

        self.title = QLabel(self.tr("Families"))
        self.title.setObjectName("pageTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAccessibleName(self.tr("Families"))
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLine")
        self.status_label.setAccessibleName(self.tr("Loading status"))
        self.status_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the family list"))
        self.refresh_button.clicked.connect(self._on_refresh_clicked)

        self.model = FamilyTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Family list"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(FamilyTableModel.COLUMNS.index("address"),
                                         QHeaderView.ResizeMode.Stretch)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.refresh_button)
        layout = QVBoxLayout()
        layout.addLayout(header)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

    def start(self) -> None:
        """Prepare the database (demo fill) if asked, then load the families."""
        if self._prepare is not None:
            self._set_busy(self.tr("Preparing the demo data…"))
            task = self._runner.submit(self._prepare, write=True)
            task.succeeded.connect(self._on_prepared)
            task.failed.connect(self._on_failed)
        else:
            self.reload()

    def reload(self) -> None:
        self._set_busy(self.tr("Loading families…"))
        task = self._runner.submit(self._load_families)
        task.succeeded.connect(self._on_families_loaded)
        task.failed.connect(self._on_failed)

    def _set_busy(self, text: str) -> None:
        self.status_label.setText(text)
        self.refresh_button.setEnabled(False)

    @Slot()
    def _on_refresh_clicked(self) -> None:
        self.reload()

    @Slot(object)
    def _on_prepared(self, _result: object) -> None:
        self.reload()

    @Slot(object)
    def _on_families_loaded(self, rows: list[FamilySummary]) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.refresh_button.setEnabled(True)
        if rows:
            self.status_label.setText(self.tr("%n family(s)", "", len(rows)))
            self.table.selectRow(0)
        else:
            self.status_label.setText(self.tr("No families yet."))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(error, DatabaseUnavailableError):
            self.status_label.setText(self.tr("The database cannot be reached. Check the "
                                              "connection and press Refresh."))
        elif isinstance(error, CarebotError):
            self.status_label.setText(self.tr("The families could not be loaded: %1")
                                      .replace("%1", error.message))
        else:
            self.status_label.setText(self.tr("Unexpected error: %1")
                                      .replace("%1", type(error).__name__))
