"""Run plain functions off the GUI thread and deliver their outcome back on it.

``TaskRunner.submit(fn)`` returns a :class:`BackgroundTask` whose ``succeeded(object)`` or
``failed(object)`` signal fires on the GUI thread (queued across threads). Reads share a
small pool; writes go through a single-worker pool so they apply in order (as Anki's
task manager does for its collection).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class BackgroundTask(QObject):
    """Signals: ``succeeded(object)`` with the result, ``failed(object)`` with the exception."""

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # delivered to the GUI, never lost in the pool
            log.debug("background task failed: %s", type(error).__name__)
            self._task.failed.emit(error)
        else:
            self._task.succeeded.emit(result)
        self._task.done.emit()


class TaskRunner(QObject):
    """Owns the worker pools and keeps each task alive until its outcome is delivered."""

    def __init__(self, parent: QObject | None = None, max_readers: int = 4) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max_readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._pending: set[BackgroundTask] = set()

    def submit(self, fn: Callable[[], Any], *, write: bool = False) -> BackgroundTask:
        task = BackgroundTask(self)
        task.done.connect(self._forget)
        self._pending.add(task)
        (self._writer if write else self._readers).start(_Runnable(task, fn))
        return task

    @Slot()
    def _forget(self) -> None:
        task = self.sender()
        if isinstance(task, BackgroundTask):
            self._pending.discard(task)
            task.deleteLater()

    def pending(self) -> int:
        return len(self._pending)

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for running tasks (at shutdown); True if all finished."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)
