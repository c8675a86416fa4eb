#!/usr/bin/env python3
"""A 200-row, 11-column table's paint, with and without RowTableModel.multiData (issue 20):
Qt asks a cell's roles one ``data()`` call at a time (about ten calls into Python per
painted cell) unless the model answers them all in one ``multiData()``. Reports the time of
one paint of the viewport, alone and while a worker thread keeps the interpreter busy
(as the offline sync's does).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_table_paint.py
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTableView

from carebot_desktop.ui.table_model import RowTableModel

ROWS, COLUMNS, PAINTS = 200, 11, 10
WARN = QColor("#8a5a00")


def cell(row: int, column: int, role: int) -> object:
    if role == Qt.ItemDataRole.DisplayRole:
        return f"김순자 {row} (83세)\n순자 할머니 댁 {column}"
    if role == Qt.ItemDataRole.ForegroundRole and row % 3 == 0:
        return WARN
    return None


class PerRole(QAbstractTableModel):
    """Qt's own multiData: one data() call into Python per role."""

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return cell(index.row(), index.column(), role)


class OneCall(RowTableModel[int]):
    """RowTableModel's multiData: one call into Python per cell."""

    COLUMNS = tuple(f"c{i}" for i in range(COLUMNS))

    def __init__(self) -> None:
        super().__init__()
        self._rows = list(range(ROWS))

    def header_labels(self) -> tuple[str, ...]:
        return self.COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return cell(index.row(), index.column(), role)


def paint_ms(app: QApplication, model: QAbstractTableModel) -> float:
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(True)
    view.resize(1280, 720)
    view.show()
    app.processEvents()
    started = time.perf_counter()
    for _ in range(PAINTS):
        view.viewport().repaint()
    return (time.perf_counter() - started) * 1000 / PAINTS


def contended_ms(app: QApplication, model: QAbstractTableModel, interval: float) -> float:
    """One paint while a worker thread runs Python, at this switch interval."""
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            sum(range(1000))

    own = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    worker = threading.Thread(target=busy)
    worker.start()
    try:
        return paint_ms(app, model)
    finally:
        stop.set()
        worker.join()
        sys.setswitchinterval(own)


def main() -> None:
    app = QApplication([])
    print(
        "| model | one paint, alone | a worker busy in Python (5 ms switch interval)"
        " | the same, 1 ms (TaskRunner while work runs) |"
    )
    print("| --- | --- | --- | --- |")
    for name, make in (
        ("data() per role (Qt's own)", PerRole),
        ("multiData (RowTableModel)", OneCall),
    ):
        alone = paint_ms(app, make())
        slow = contended_ms(app, make(), 0.005)
        quick = contended_ms(app, make(), 0.001)
        print(f"| {name} | {alone:.1f} ms | {slow:.1f} ms | {quick:.1f} ms |")


if __name__ == "__main__":
    main()
