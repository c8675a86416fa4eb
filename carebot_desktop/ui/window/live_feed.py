"""The live feed: the notification poller's life on its own thread, for one session's
families, and what it says relayed on the GUI thread."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.care_watch import CareWatch
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import Alert, parse_alert
from carebot_desktop.services.desk_watch import DeskWatch
from carebot_desktop.services.session_controller import LiveApi, SignedIn
from carebot_desktop.ui.context import AppContext
from carebot_desktop.workers.poller import NotificationPoller, PollerThread

log = logging.getLogger(__name__)


def parse_alerts(rows: list[dict[str, Any]]) -> list[Alert]:
    """Each row on its own: one row that cannot be read never hides another."""
    alerts = []
    for row in rows:
        try:
            alerts.append(parse_alert(row))
        except Exception:  # parse_alert is total; this is the last line of defence
            log.exception("a notification row could not be shown")
    return alerts


class LiveFeed(QObject):
    """One poller thread at a time (``poller_thread``, None while stopped), with the
    change check of a :class:`DeskWatch` over the same live API. :meth:`stop` joins the
    thread and destroys it here, on the GUI thread that owns it. The poller's signals
    cross threads into this object's slots and are emitted again from here.

    Signals: ``notifications_received(list)`` (new notification rows, plain dicts, oldest
    first), ``desk_changed(object)`` (a :class:`DeskChanges` from the change check and
    the escalation round), ``escalations_changed(dict)`` (index -> level of the alerts
    nobody holds that reached a level; also kept as ``escalation_levels``),
    ``care_reminder(int)`` (one of this person's holds is overdue: once per alert),
    ``connection_lost(str)``, ``connection_restored()``."""

    notifications_received = Signal(list)
    desk_changed = Signal(object)
    escalations_changed = Signal(object)  # dict: int keys must not become a QVariantMap
    care_reminder = Signal(int)
    connection_lost = Signal(str)
    connection_restored = Signal()

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self.poller_thread: PollerThread | None = None
        self.desk_watch: DeskWatch | None = None
        self.care_watch: CareWatch | None = None
        self.escalation_levels: dict[int, int] = {}

    @property
    def running(self) -> bool:
        return self.poller_thread is not None

    def start(self, session: SignedIn, family_ids: list[str]) -> None:
        if self.poller_thread is not None:
            return
        live = LiveApi(session)
        feed = AlertFeed(live, list(family_ids))
        desk_watch = self.desk_watch = DeskWatch(live)
        self.care_watch = CareWatch(live)

        def poll() -> list[dict[str, Any]]:
            rows = feed.poll()
            desk_watch.delivered(rows)  # the change check does not report them again
            return rows

        poller = NotificationPoller(
            poll,
            interval_ms=self._context.settings.get("notifications/poll_interval_s") * 1000,
            watch=self.desk_watch.check,
            tend=self.care_watch.tend,
        )
        poller.notifications_received.connect(self._on_notifications_received)
        poller.desk_changed.connect(self._on_desk_changed)
        poller.escalations_changed.connect(self._on_escalations_changed)
        poller.care_reminders.connect(self._on_care_reminders)
        poller.connection_lost.connect(self._on_connection_lost)
        poller.connection_restored.connect(self._on_connection_restored)
        self.poller_thread = PollerThread(poller, self)
        self.poller_thread.start()

    def stop(self) -> None:
        """Join the poller's thread, then destroy it and the poller here, on the GUI
        thread that owns them."""
        thread, self.poller_thread = self.poller_thread, None
        self.desk_watch = None
        self.care_watch = None
        if self.escalation_levels:
            self.escalation_levels = {}
            self.escalations_changed.emit({})
        if thread is not None:
            thread.shutdown()
            thread.setParent(None)
            thread.deleteLater()

    def set_interval(self, seconds: int) -> None:
        if self.poller_thread is not None:
            self.poller_thread.interval_changed.emit(seconds * 1000)

    def absorb(self, changes: DeskChanges) -> None:
        """This PC's own change: the next change check must not report it again."""
        if self.desk_watch is not None:
            self.desk_watch.absorb(changes)

    @Slot(list)
    def _on_notifications_received(self, rows: list[dict[str, Any]]) -> None:
        self.notifications_received.emit(rows)

    @Slot(object)
    def _on_desk_changed(self, changes: DeskChanges) -> None:
        self.desk_changed.emit(changes)

    @Slot(object)
    def _on_escalations_changed(self, levels: dict[int, int]) -> None:
        self.escalation_levels = dict(levels)
        self.escalations_changed.emit(dict(levels))

    @Slot(list)
    def _on_care_reminders(self, indexes: list[int]) -> None:
        for index in indexes:
            self.care_reminder.emit(index)

    @Slot(str)
    def _on_connection_lost(self, reason: str) -> None:
        self.connection_lost.emit(reason)

    @Slot()
    def _on_connection_restored(self) -> None:
        self.connection_restored.emit()
