"""The notification poller: a QObject living on its own QThread.

It asks only for notifications newer than the newest one already seen (by ``index``), so a
poll costs the same with ten rows or ten million. When the database is lost it reports the
offline state and retries with back-off (doubling up to five minutes); it never blocks the
GUI. Its logic is the plain :meth:`NotificationPoller.poll_once`, which tests call directly.

Signals:
    notifications_received(list): new notification rows (plain dicts), oldest first
    connection_lost(str): the database cannot be reached (the error text)
    connection_restored(): the database answers again
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from carebot_desktop.data.errors import CarebotError, DatabaseUnavailableError

log = logging.getLogger(__name__)
MAX_BACKOFF_MS = 300_000


class NotificationPoller(QObject):
    notifications_received = Signal(list)
    connection_lost = Signal(str)
    connection_restored = Signal()

    def __init__(
        self,
        fetch: Callable[[int], list[dict[str, Any]]],
        latest_index: Callable[[], int] | None = None,
        interval_ms: int = 10_000,
    ) -> None:
        """``fetch(after_index)`` returns rows with a larger index; ``latest_index()`` gives
        the starting point (so old notifications are not announced again at start-up)."""
        super().__init__()
        self._fetch = fetch
        self._latest_index = latest_index
        self._interval_ms = interval_ms
        self._last_index: int | None = None
        self._offline = False
        self._failures = 0
        self._timer: QTimer | None = None

    @property
    def last_index(self) -> int | None:
        return self._last_index

    @property
    def offline(self) -> bool:
        return self._offline

    def poll_once(self) -> list[dict[str, Any]]:
        """One poll: new rows (also emitted), or [] when offline (state emitted)."""
        try:
            if self._last_index is None:
                self._last_index = self._latest_index() if self._latest_index else 0
                rows: list[dict[str, Any]] = []
            else:
                rows = self._fetch(self._last_index)
        except DatabaseUnavailableError as error:
            self._failures += 1
            if not self._offline:
                self._offline = True
                self.connection_lost.emit(error.message)
            return []
        except CarebotError as error:
            log.warning("notification poll failed: %s", type(error).__name__)
            self._failures += 1
            return []
        self._failures = 0
        if self._offline:
            self._offline = False
            self.connection_restored.emit()
        if rows:
            self._last_index = max(self._last_index, *(r["index"] for r in rows))
            self.notifications_received.emit(rows)
        return rows

    def next_delay_ms(self) -> int:
        if not self._failures:
            return self._interval_ms
        return min(MAX_BACKOFF_MS, self._interval_ms * 2 ** min(self._failures, 10))

    # --- thread life ------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Runs in the worker thread (connected to QThread.started)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._on_timeout()

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()

    @Slot(int)
    def set_interval(self, interval_ms: int) -> None:
        self._interval_ms = max(1_000, interval_ms)
        if self._timer is not None and self._timer.isActive() and not self._failures:
            self._timer.start(self._interval_ms)

    @Slot()
    def poll_now(self) -> None:
        self._on_timeout()

    @Slot()
    def _on_timeout(self) -> None:
        self.poll_once()
        if self._timer is not None:
            self._timer.start(self.next_delay_ms())


class PollerThread(QObject):
    """Owns the thread of a poller: start, interval changes, orderly shutdown."""

    stop_requested = Signal()
    interval_changed = Signal(int)
    poll_requested = Signal()

    def __init__(self, poller: NotificationPoller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.poller = poller
        self.thread = QThread()
        self.thread.setObjectName("notification-poller")
        poller.moveToThread(self.thread)
        self.thread.started.connect(poller.start)
        self.stop_requested.connect(poller.stop)
        self.interval_changed.connect(poller.set_interval)
        self.poll_requested.connect(poller.poll_now)

    def start(self) -> None:
        self.thread.start()

    def shutdown(self, wait_ms: int = 10_000) -> bool:
        """Stop the timer (in its thread), then quit and wait."""
        if not self.thread.isRunning():
            return True
        self.stop_requested.emit()
        self.thread.quit()
        return self.thread.wait(wait_ms)
