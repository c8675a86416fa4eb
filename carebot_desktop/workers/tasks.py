"""Run plain functions off the GUI thread and deliver their outcome back on it.

``TaskRunner.submit(fn, succeeded=slot, failed=slot)`` connects the caller's slots before
the work starts (so no outcome is ever emitted into the void), runs ``fn`` on a pool thread
and emits ``succeeded(object)`` or ``failed(object)``, queued to the receivers' thread.
Reads share a small pool; writes go through a single-worker pool so they apply in order
(as Anki's task manager does for its collection).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class BackgroundTask(QObject):
    """Signals: ``succeeded(object)`` with the result, ``failed(object)`` with the exception,
    then ``done()``."""

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()


def _run(task: BackgroundTask, fn: Callable[[], Any]) -> None:
    """Runs on a pool thread."""
    try:
        result = fn()
    except Exception as error:  # delivered to the GUI, never lost in the pool
        log.debug("background task failed: %s", type(error).__name__)
        task.failed.emit(error)
    else:
        task.succeeded.emit(result)
    task.done.emit()


class TaskRunner(QObject):
    """Owns the worker pools and keeps each task alive until its outcome is delivered."""

    def __init__(self, parent: QObject | None = None, max_readers: int = 4) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max_readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        # Long background work (the offline copy's sync) must not hold up a person's write.
        self._background = QThreadPool(self)
        self._background.setMaxThreadCount(1)
        self._pending: set[BackgroundTask] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        *,
        succeeded: Callable[[Any], Any] | None = None,
        failed: Callable[[Any], Any] | None = None,
        write: bool = False,
        background: bool = False,
    ) -> BackgroundTask:
        task = BackgroundTask(self)
        if succeeded is not None:
            task.succeeded.connect(succeeded)
        if failed is not None:
            task.failed.connect(failed)
        task.done.connect(self._forget)
        self._pending.add(task)
        pool = self._background if background else self._writer if write else self._readers
        pool.start(functools.partial(_run, task, fn))
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
        return all(
            pool.waitForDone(msecs) for pool in (self._readers, self._writer, self._background)
        )
