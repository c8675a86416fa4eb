"""Overview: every family the user belongs to, worst first. Selecting one opens it."""

from __future__ import annotations

import math
import time
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import dashboard
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import OverviewRow
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.overview.overview_model import OverviewModel, row_grade
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.report.export import Exporter, export_csv, file_name, model_table
from carebot_desktop.ui.table_columns import Column, FittedColumns
from carebot_desktop.ui.widgets import page_title
from carebot_desktop.workers.screen_work import desk_snapshot

USUAL_EVERY_S = 300  # the elders' usual is read again at most this often (and on new alerts)

# OverviewModel.COLUMNS' widths (in ems) and which go first when the table is narrow.
COLUMNS = (
    Column(11),  # state: never hidden
    Column(7, key=True),  # elder: never hidden, takes the room left
    Column(6, 3),  # unusual for them (shown only while someone is)
    Column(5, 4),  # temperature
    Column(4, 7),  # humidity
    Column(9, 8),  # fine dust
    Column(5, 2),  # heart rate
    Column(4, 5),  # activity
    Column(5, 1),  # alerts
    Column(4, 6),  # mood
    Column(5, 9),  # last mental report
)


class OverviewPage(Page):
    """Signals: ``family_opened(str)``, ``loaded(list)`` with the OverviewRows."""

    family_opened = Signal(str)
    loaded = Signal(list)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.title = page_title(self.tr("Overview"))
        self.summary = plain.label()
        self.message = self.summary
        self.summary.setObjectName("muted")
        self.refresh_button = QPushButton(self.tr("R&efresh"))
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
        # Rows of two lines at a fixed height ("resize to contents" measured every cell of
        # every row on each change, which at 200 families stalled the desk), and widths
        # from the font, never from the cells (measuring 200 families took 150 ms): again
        # when the text size changes. The state is wide enough for "위급 · 아무도 맡지
        # 않음 · 27분 (외 1건)" on two lines; the elder's name takes the room left; when
        # the table is narrow (200 % text on a laptop), the readings that matter least
        # go first, the heart rate and the alerts last.
        self.columns = FittedColumns(self.table, COLUMNS, row_lines=2)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.activated.connect(self._on_row_activated)
        self.table.doubleClicked.connect(self._on_row_activated)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        self.csv_button = QPushButton(self.tr("Export C&SV…"))
        self.csv_button.setAccessibleName(self.tr("Export the overview as CSV"))
        self.csv_button.clicked.connect(self.export_csv)
        top.addWidget(self.csv_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        hint = plain.label(self.tr("Press Enter or double-click a family to open it."))
        hint.setObjectName("muted")
        layout.addWidget(hint)

        self._snapshot: dict[str, Any] | None = None
        self._usual: dict[str, Any] = {}  # api.watch.usual, as last read
        self._usual_at = -math.inf  # time.monotonic() of that read
        self._usual_due = True
        self._recent_at = -math.inf  # time.monotonic() of the last read of the recent means
        self._recent_due = True
        # Reads in order: a whole read (``reload``) and a read of some families
        # (``refresh_families``) each take a number; a part older than the whole read shown
        # is dropped, and a part is not asked while a whole read is under way (it runs the
        # whole read again instead: the one under way may have missed what the part is for).
        self._reads = 0
        self._whole_asked = -1  # the number of the newest whole read asked
        self._whole_shown = -1  # ... and of the one shown
        self._part_asked = -1
        self._part_families: set[str] = set()  # what the part read under way reads
        # Ages ("5 min ago") and "no data for N hours" move with the clock, not with the
        # database: every 30 s the rows are recomputed from the last snapshot.
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(30_000)
        self.tick_timer.timeout.connect(self.tick)

    @Slot()
    def export_csv(self) -> bool:
        """The table as shown, as CSV, after the person says why (recorded)."""
        family_ids = [row.family_id for row in self.model.rows()]
        if not family_ids or not self.signed_in:
            return False
        return export_csv(
            Exporter(self._context, self),
            family_ids,
            self.tr("The overview of %n family(ies)", None, len(family_ids)),
            model_table(self.model),
            file_name([self.tr("Carebot"), self.tr("overview")], date.today(), "csv"),
            self.summary.setText,
        )

    @Slot()
    def reload(self) -> None:
        if not self.signed_in:
            return
        self.refresh_button.setEnabled(False)
        if self._snapshot is None:
            self.summary.setText(self.tr("Loading…"))
        # The elders' usual moves slowly: asked again every few minutes, when new alerts
        # come (one may be a derived alert) or the families change, not at every reading.
        # Its recent means (three hours of readings: the largest read of a desk at 200
        # families) only every few minutes or for new families; at a new alert only the
        # rest (open episodes), the means kept from before (overview.keep_recent).
        now = time.monotonic()
        recent = self._recent_due or now - self._recent_at >= USUAL_EVERY_S
        with_usual = recent or self._usual_due or now - self._usual_at >= USUAL_EVERY_S
        self._reads += 1
        number = self._whole_asked = self._reads

        def loaded(snapshot: dict[str, Any]) -> None:
            self._on_loaded(snapshot, number)

        self.load(desk_snapshot, self._context.api, with_usual, recent, done=loaded)

    def refresh_families(self, family_ids: set[str]) -> None:
        """Read again only these families (and every open alert's state: ``set()`` reads
        the states alone): a new alert changes its family's row, and at 200 families a
        whole read at every alert, by every desk at once, was what a server carried least
        well (issue 21). Before the first whole read, or while one is under way: a whole
        read."""
        if not self.signed_in:
            return
        if self._snapshot is None or self._whole_asked > self._whole_shown:
            self.reload()
            return
        self._part_families |= family_ids
        asked = sorted(self._part_families)
        self._reads += 1
        number = self._part_asked = self._reads

        def loaded(snapshot: dict[str, Any]) -> None:
            self._on_part_loaded(snapshot, number, asked)

        # their usual without its recent means (kept from the last whole read)
        self.load(
            desk_snapshot, self._context.api, bool(asked), False, asked, done=loaded, key="part"
        )

    def on_changes(self, changes: DeskChanges) -> None:
        """The overview drives the desk (the family chooser, the badges, the poller's
        families): it reloads whether shown or not."""
        whole = (
            changes.acknowledged
            or changes.alerts
            or changes.status
            or changes.memberships
            or changes.families
        )
        if (changes.care or changes.states) and not whole:  # taken, resolved: the states
            self.refresh_families(set())
        elif whole:
            if changes.alerts or changes.memberships or changes.families:
                self._usual_due = True
            if changes.memberships or changes.families:
                self._recent_due = True
            self.reload()

    def _on_loaded(self, snapshot: dict[str, Any], number: int | None = None) -> None:
        if number is not None:
            self._whole_shown = max(self._whole_shown, number)
        self.refresh_button.setEnabled(True)
        if "usual" in snapshot:
            usual, now = snapshot["usual"], time.monotonic()
            if snapshot.get("recent", True):
                self._recent_at, self._recent_due = now, False
            else:
                usual = dashboard.keep_recent(self._usual, usual)
                snapshot = {**snapshot, "usual": usual}
            self._usual, self._usual_at, self._usual_due = usual, now, False
        else:  # the last one read stands
            snapshot = {**snapshot, "usual": self._usual}
        self._snapshot = snapshot
        self.tick_timer.start()
        self._show(dashboard.overview_rows(snapshot, utcnow()))
        self.loaded.emit(self.model.rows())

    def _on_part_loaded(self, part: dict[str, Any], number: int, families: list[str]) -> None:
        if number == self._part_asked:
            self._part_families.clear()
        if self._snapshot is None or number < self._whole_shown or not self.signed_in:
            return  # a whole read newer than it is shown
        self._snapshot = dashboard.merge_snapshot(self._snapshot, part, families)
        self._show(dashboard.overview_rows(self._snapshot, utcnow()))
        self.loaded.emit(self.model.rows())

    @Slot()
    def tick(self) -> None:
        """Recompute the rows from the last snapshot at the current time (no database)."""
        if self._snapshot is not None and self.signed_in:
            self._show(dashboard.overview_rows(self._snapshot, utcnow()))

    def clear(self) -> None:
        self.tick_timer.stop()
        self._snapshot = None
        self._whole_asked = self._whole_shown = self._part_asked = -1
        self._part_families.clear()
        self._usual, self._usual_at, self._usual_due = {}, -math.inf, True
        self._recent_at, self._recent_due = -math.inf, True
        self.model.set_rows([])

    def _show(self, rows: list[OverviewRow]) -> None:
        """New rows, keeping the selected family and the scroll position."""
        current = self.table.currentIndex()
        shown = self.model.valid_row(current)
        selected = shown.family_id if shown is not None else None
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows, utcnow())
        # "Unusual for them" takes room only while an elder is (the table is wide).
        self.columns.set_hidden(
            OverviewModel.COLUMNS.index("unusual"), not any(r.unusual for r in rows)
        )
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            if self.table.currentIndex().row() != row:
                self.table.selectRow(row)
        elif rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.verticalScrollBar().setValue(scroll)
        self.summary.setText(self.summary_text(rows))

    def summary_text(self, rows: list[OverviewRow]) -> str:
        """The line above the table: every flagged row counted by the colour it is marked
        in (``row_grade``, the function that colours the rows), in the grade's word:
        "가족 4곳 · 위급 1곳 · 주의 2곳". Never 위급 while only amber rows are flagged."""
        grades = [row_grade(r) for r in rows]
        parts = [self.tr("%n family(s)", None, len(rows))]
        if grades.count("crit"):
            parts.append(self.tr("Critical: %n", None, grades.count("crit")))
        if grades.count("warn"):
            parts.append(self.tr("Warning: %n", None, grades.count("warn")))
        if rows and not any(grades):
            parts.append(self.tr("All calm"))
        unusual = sum(1 for r in rows if r.unusual)
        if unusual:
            parts.append(self.tr("%n unusual for themselves", None, unusual))
        return " · ".join(parts)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.refresh_button.setEnabled(True)
        self._whole_shown = self._whole_asked  # a part may be asked again (it is then whole)
        self._part_families.clear()
        super()._on_failed(error)

    @Slot()
    def _on_row_activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.family_opened.emit(self.model.data(index, OverviewModel.FAMILY_ID_ROLE))
