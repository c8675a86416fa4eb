"""The notification poller: a QObject living on its own QThread.

Which rows are new is decided by a plain ``poll()`` function (an
:class:`~carebot_desktop.services.alerts.AlertFeed`'s), so a poll costs the same with ten
rows or ten million and late commits are not lost. When the database is lost the poller
reports the offline state and retries with back-off (doubling up to five minutes); it never
blocks the GUI. :meth:`NotificationPoller.poll_once` is what the timer calls; tests call it
directly.

Thread life (Spyder's update manager, made strict): the poller's QTimer is created in the
worker thread when it starts and destroyed there when it stops; the poller then moves itself
back to the GUI thread, so no QObject is ever destroyed off its own thread. The QThread has
a parent and :meth:`PollerThread.shutdown` always joins it.

Signals:
    notifications_received(list): new notification rows (plain dicts), oldest first
    desk_changed(object): a DeskChanges, what else changed since the last poll
    escalations_changed(dict): index -> level of the alerts nobody holds that reached a
        level (raised here or at another desk), whenever that changes
    care_reminders(list): indexes of this person's overdue holds, each alert once
    connection_lost(str): the database cannot be reached (the error text)
    connection_restored(): the database answers again
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from carebot_desktop.data.errors import CarebotError, DatabaseUnavailableError
from carebot_desktop.services.care_watch import CareTick
from carebot_desktop.services.changes import DeskChanges

log = logging.getLogger(__name__)
MAX_BACKOFF_MS = 300_000


class NotificationPoller(QObject):
    notifications_received = Signal(list)
    desk_changed = Signal(object)  # a DeskChanges: what else changed (DeskWatch.check)
    escalations_changed = Signal(object)  # dict index -> level (CareWatch.tend)
    care_reminders = Signal(list)  # overdue holds' indexes, each once
    connection_lost = Signal(str)
    connection_restored = Signal()

    def __init__(
        self,
        poll: Callable[[], list[dict[str, Any]]],
        interval_ms: int = 10_000,
        watch: Callable[[], DeskChanges] | None = None,
        tend: Callable[[], CareTick] | None = None,
    ) -> None:
        """``poll()`` returns the new rows since its last call (it raises
        DatabaseUnavailableError while the database is away). ``watch()``, called after
        each successful poll, says what else changed (``DeskWatch.check``); ``tend()``
        then raises the escalations due and reads the levels (``CareWatch.tend``)."""
        super().__init__()
        self._poll = poll
        self._watch = watch
        self._tend = tend
        self._interval_ms = interval_ms
        self._offline = False
        self._failures = 0
        self._polls = 0
        self._timer: QTimer | None = None
        self._stopped = False

    @property
    def polls(self) -> int:
        """Completed rounds: the poll and the desk's change check after it (tests wait
        on it)."""
        return self._polls

    @property
    def offline(self) -> bool:
        return self._offline

    def poll_once(self) -> list[dict[str, Any]]:
        """One poll: new rows (also emitted), or [] when offline (state emitted)."""
        try:
            rows = self._poll()
        except DatabaseUnavailableError as error:
            self._failures += 1
            if not self._offline:
                self._offline = True
                self.connection_lost.emit(error.message)
            return []
        except CarebotError as error:
            log.warning("notification poll failed: %s", type(error).__name__, exc_info=error)
            self._failures += 1
            return []
        except Exception as error:  # a bug must not end the polling: log it, try again
            log.error("notification poll failed unexpectedly", exc_info=error)
            self._failures += 1
            return []
        self._failures = 0
        if self._offline:
            self._offline = False
            self.connection_restored.emit()
        if rows:
            self.notifications_received.emit(rows)
        self._check_desk()
        self._polls += 1  # the whole round, the desk's change check included
        return rows

    def _check_desk(self) -> None:
        """After the alerts are out: a failure here never costs an alert (nor does one
        of the change check cost the escalation, or the other way round)."""
        changed = DeskChanges()
        if self._watch is not None:
            try:
                changed = self._watch()
            except Exception as error:  # the next round tries again; the alerts go on
                log.warning(
                    "the desk's change check failed: %s", type(error).__name__, exc_info=error
                )
        tick = self._tend_care()
        if tick is not None:
            changed = changed | tick.changes
            if tick.levels_changed:
                self.escalations_changed.emit(dict(tick.levels))
            if tick.reminders:
                self.care_reminders.emit(list(tick.reminders))
        if changed:
            self.desk_changed.emit(changed)

    def _tend_care(self) -> CareTick | None:
        """Escalation due at each poll (cheap when nothing is: a few indexed queries)."""
        if self._tend is None:
            return None
        try:
            return self._tend()
        except Exception as error:  # the next round tries again; the alerts go on
            log.warning("escalation failed this round: %s", type(error).__name__, exc_info=error)
            return None

    def next_delay_ms(self) -> int:
        if not self._failures:
            return self._interval_ms
        return min(MAX_BACKOFF_MS, self._interval_ms * (1 << min(self._failures, 10)))

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
        """Runs in the worker thread: destroy the timer here, then go home to the GUI
        thread, where the poller is destroyed later."""
        self._stopped = True
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.stop()
            timer.setParent(None)
            del timer  # the last reference: destroyed now, on its own thread
        worker = QThread.currentThread()
        home = QCoreApplication.instance()
        if home is not None:
            self.moveToThread(home.thread())
        worker.quit()  # only now: the thread ends after the timer is gone

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
        if self._stopped:
            return
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
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("notification-poller")
        poller.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(poller.start)
        self.stop_requested.connect(poller.stop)
        self.interval_changed.connect(poller.set_interval)
        self.poll_requested.connect(poller.poll_now)

    def start(self) -> None:
        self.worker_thread.start()

    def shutdown(self, patience_ms: int = 10_000) -> None:
        """Stop the timer (in its thread), then quit and join the thread. Always joins: a
        poll still waiting on the database is waited for (its timeouts bound it), because
        destroying a running QThread aborts the process."""
        if not self.worker_thread.isRunning():
            return
        self.stop_requested.emit()  # the poller stops its timer, then quits its thread
        if not self.worker_thread.wait(patience_ms):
            log.warning("the notification poller is slow to stop; waiting for it")
            self.worker_thread.wait()
