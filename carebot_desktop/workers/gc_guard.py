"""Run Python's cyclic garbage collector on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If
that is a worker thread and the garbage holds Qt objects that live on the GUI thread, Qt
destroys them from the wrong thread and aborts the process (seen here: a sync in a worker
collected a chart's objects). So automatic collection is switched off and this timer
collects on the GUI thread instead, as qutebrowser's ``GarbageCollector`` does.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 1_000) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start()

    @Slot()
    def _on_timeout(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest generation due collects the younger too
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Hand collection back to Python (at shutdown)."""
        self._timer.stop()
        gc.collect()
        gc.enable()
