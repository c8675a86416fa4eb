"""Health data leaving the application: the person says why (PIPA), the reason and an
audit entry are written first, then the file. Nothing is written when either fails."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.config import paths
from carebot_desktop.services.reports import csv_text
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text


class ReasonDialog(QDialog):
    """Why is this data exported? Required; common answers offered, any text accepted."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ReasonDialog", "Reason for the export"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setAccessibleName(
            QCoreApplication.translate("ReasonDialog", "Reason for the export")
        )
        for text in (
            QCoreApplication.translate("ReasonDialog", "For a doctor's visit"),
            QCoreApplication.translate("ReasonDialog", "To share with the family"),
            QCoreApplication.translate("ReasonDialog", "For the care centre's records"),
        ):
            self.reason.addItem(text)
        self.reason.setCurrentIndex(-1)
        editor = self.reason.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(
                QCoreApplication.translate("ReasonDialog", "Say why (required)")
            )
        label = plain.label(
            QCoreApplication.translate(
                "ReasonDialog",
                "%1 holds personal health information. Say why it leaves Carebot Desktop: the reason is kept in the access record.",
            ).replace("%1", what)
        )
        label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.currentTextChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(len(self.reason.currentText().strip()) >= 2)

    def text(self) -> str:
        return self.reason.currentText().strip()


def ask_reason(parent: QWidget | None, what: str) -> str | None:
    dialog = ReasonDialog(what, parent)
    return dialog.text() if dialog.exec() else None


# What no file system of the three accepts in a name (and control characters).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(words: Sequence[str], day: date | None, suffix: str) -> str:
    """A default file name in the person's language: its words (the elder's name, what it
    holds: translated by the caller) and the day, joined by hyphens, as
    "최만석-보고서-2026-12-04.pdf" (the day as ISO, so the files sort by it)."""
    parts = [_NOT_IN_FILE_NAMES.sub("_", word).strip(" .") for word in words]
    if day is not None:
        parts.append(day.isoformat())
    return "-".join(part for part in parts if part) + "." + suffix


def choose_path(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> str | None:
    dialog = save_dialog(parent, title, str(Path.home() / suggested), filter_text)
    chosen = dialog.selectedFiles() if dialog.exec() else []
    dialog.deleteLater()
    return chosen[0] if chosen else None


def save_dialog(parent: QWidget | None, title: str, start: str, filter_text: str) -> QFileDialog:
    """Where to save, asked in Qt's own dialog where the system has none, sized for the
    text: at its fixed first size, at 200 % it showed a folder's icon without its path, a
    file name's last letters and its columns cut."""
    dialog = QFileDialog(parent, title, start, filter_text)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    em = dialog.fontMetrics().horizontalAdvance("가")
    size = QSize(46 * em, 28 * em).expandedTo(dialog.sizeHint())
    screen = (parent or dialog).screen()
    if screen is not None:  # (its title bar and borders too)
        size = size.boundedTo(screen.availableGeometry().size() - QSize(16, 48))
    dialog.resize(size)
    return dialog


def model_table(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """What a table shows (its display text, a cell's lines joined by " · "), as CSV
    header and rows."""
    columns = model.columnCount(QModelIndex())
    header = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(columns)
    ]
    rows = []
    for r in range(model.rowCount(QModelIndex())):
        rows.append(
            [
                " · ".join(
                    str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "")
                    .strip()
                    .splitlines()
                )
                for c in range(columns)
            ]
        )
    return header, rows


def write_text(path: str, text: str) -> str:
    """Written whole or not at all; owner-only (health data)."""
    paths.write_export(Path(path), text.encode("utf-8"))
    return path


class Exporter(QObject):
    """One export: reason, record (off the GUI thread), then the file."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent

    def run(
        self,
        family_ids: list[str],
        kind: str,
        what: str,
        write: Callable[[], object],
        done: Callable[[str], None],
    ) -> bool:
        """Ask the reason; record it; then ``write()`` on the GUI thread (it writes the
        file the person chose) and ``done(message)``. False if the person cancelled."""
        reason = ask_reason(self._parent, what)
        if reason is None:
            return False

        def recorded(_count: object) -> None:
            try:
                where = write()
            except OSError as error:
                done(
                    QCoreApplication.translate(
                        "Exporter", "The file could not be written: %1"
                    ).replace("%1", str(error))
                )
                return
            done(QCoreApplication.translate("Exporter", "Saved: %1").replace("%1", str(where)))

        def failed(error: object) -> None:
            done(
                QCoreApplication.translate("Exporter", "Not exported: %1").replace(
                    "%1", error_text(error)
                )
            )

        record = self._context.api.audit.record_export
        (
            self._context.op(self._parent, record, family_ids, kind, reason)
            .success(recorded)
            .failure(failed)
            .write()
            .run()
        )
        return True


def export_csv(
    exporter: Exporter,
    family_ids: list[str],
    what: str,
    table: tuple[list[str], list[list[str]]],
    suggested: str,
    done: Callable[[str], None],
) -> bool:
    """Ask where, then export ``table`` as CSV through ``exporter``."""
    path = choose_path(
        exporter._parent,
        QCoreApplication.translate("Exporter", "Export as CSV"),
        suggested,
        QCoreApplication.translate("Exporter", "CSV files (*.csv)"),
    )
    if path is None:
        return False
    if not path.lower().endswith(".csv"):
        path += ".csv"
    header, rows = table
    return exporter.run(
        family_ids, "csv", what, lambda: write_text(path, csv_text(header, rows)), done
    )
