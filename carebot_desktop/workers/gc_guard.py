"""Run Python's cyclic garbage collector on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If
that is a worker thread and the garbage holds Qt objects that live on the GUI thread, Qt
destroys them from the wrong thread and aborts the process (seen here: a sync in a worker
collected a chart's objects). So automatic collection is switched off and this timer
collects on the GUI thread instead, as qutebrowser's ``GarbageCollector`` does.

A full collection walks every tracked object: at a desk of 200 families about 200,000,
some 200 ms on the GUI thread, every ten younger collections. ``settle()`` (after start-up
and once a signed-in desk has loaded) moves what exists then (modules, classes, widgets,
the loaded libraries) out of the collector's sight with ``gc.freeze()``; later full
collections walk only what came after, a few milliseconds. What was frozen is never
collected: a cycle among those objects that dies later stays in memory (a bounded, one-time
cost per sign-in, accepted for a GUI that never stalls).
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

    @staticmethod
    def settle() -> None:
        """Freeze what exists now (see the module's text). Cheap: no walk of the heap."""
        gc.freeze()

    def stop(self) -> None:
        """Hand collection back to Python (at shutdown), frozen objects included."""
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        gc.enable()
