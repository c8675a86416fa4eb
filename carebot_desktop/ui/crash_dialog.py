"""Tell the person when something failed that nothing handled, and where the log is."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from carebot_desktop.config import paths
from carebot_desktop.ui.widgets import open_notice


class CrashReporter(QObject):
    """``report(text)`` may be called from any thread (it emits a queued signal); the
    dialog opens on the GUI thread, one at a time."""

    _reported = Signal(str)

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__()
        self._window = window
        self._box: QMessageBox | None = None
        self._reported.connect(self._show)

    def set_window(self, window: QWidget | None) -> None:
        """The window rebuilt (a language change): reports open over the new one."""
        self._window = window

    def report(self, summary: str) -> None:
        self._reported.emit(summary)

    @Slot(str)
    def _show(self, summary: str) -> None:
        if self._box is not None and self._box.isVisible():
            return
        self._box = open_notice(
            self._window,
            QMessageBox.Icon.Critical,
            self.tr("Carebot Desktop: an error"),
            self.tr(
                "Something went wrong. Carebot Desktop keeps running, but the last action may not have been completed."
            ),
            self.tr("The details are in the log file:\n%1").replace("%1", str(paths.log_file())),
            summary,
        )
