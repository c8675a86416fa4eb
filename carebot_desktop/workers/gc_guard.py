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
    """Python's own collection stays off while any of these runs (an application built
    and closed inside another's lifetime, as in tests, must not switch it back on)."""

    running = 0

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1_000) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        MainThreadGarbageCollector.running += 1
        self._stopped = False
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
        """Hand collection back to Python (at shutdown), once no other collector runs."""
        self._timer.stop()
        if self._stopped:
            return
        self._stopped = True
        MainThreadGarbageCollector.running -= 1
        gc.collect()
        if MainThreadGarbageCollector.running == 0:
            gc.enable()
