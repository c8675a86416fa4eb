"""The critical alerts waiting on this desk: what keeps the alarm sounding and the banner
up until a person acknowledges them, here or at another desk."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from carebot_desktop.services import dashboard
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import Alert
from carebot_desktop.ui.context import AppContext
from carebot_desktop.workers.screen_work import acknowledge


class CriticalAlerts(QObject):
    """``alerts``, oldest first, unread and critical. Filled from the unread-critical query
    and from the poller's new rows; emptied by acknowledgements, whoever made them (the
    change set says which). Acknowledging goes through the one write operation and its
    change set is broadcast, so every screen hears of it.

    Signals: ``changed()`` (the list changed), ``acknowledged()`` (one acknowledgement
    made from the banner was saved), ``acknowledge_failed()`` (one or all could not be
    saved)."""

    changed = Signal()
    acknowledged = Signal()
    acknowledge_failed = Signal()

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self.alerts: list[Alert] = []
        self.acknowledged_here: set[int] = set()  # alerts acknowledged in this session

    def newest(self) -> Alert | None:
        return self.alerts[-1] if self.alerts else None

    def clear(self) -> None:
        """Signed out: nothing waits any more."""
        self.alerts = []
        self.acknowledged_here = set()
        self.changed.emit()

    def load(self) -> None:
        (
            self._context.op(self, dashboard.unread_critical, self._context.api)
            .success(self._on_loaded)
            .latest("critical")
            .run()
        )

    def add(self, alerts: list[Alert]) -> None:
        """New rows from the poller: the unread critical ones wait."""
        self.alerts += [a for a in alerts if a.grade == "crit" and not a.is_read]
        self._changed()

    def absorb(self, changes: DeskChanges) -> None:
        """A change set: the alerts it acknowledged stop waiting."""
        if not changes.acknowledged:
            return
        self.acknowledged_here |= changes.acknowledged
        self.alerts = [a for a in self.alerts if a.index not in changes.acknowledged]
        self._changed()

    def acknowledge_newest(self) -> None:
        alert = self.newest()
        if alert is None:
            return
        (
            self._context.op(self, acknowledge, self._context.api, [alert.index])
            .success(self._on_acknowledged)
            .failure(self._on_acknowledge_failed)
            .write()
            .run()
        )

    def acknowledge_all(self) -> bool:
        """Every critical alert waiting, in one write; False if there was nothing to do."""
        indexes = [a.index for a in self.alerts]
        if not indexes or self._context.session is None:
            return False
        (
            self._context.op(self, acknowledge, self._context.api, indexes)
            .success(self._on_all_acknowledged)
            .failure(self._on_acknowledge_failed)
            .write()
            .run()
        )
        return True

    def _changed(self) -> None:
        self.alerts.sort(key=lambda a: (a.created_at is None, a.created_at, a.index))
        self.changed.emit()

    @Slot(object)
    def _on_loaded(self, alerts: list[Alert]) -> None:
        # An answer read before an acknowledgement committed must not bring it back.
        known = {a.index for a in self.alerts} | self.acknowledged_here
        self.alerts += [a for a in alerts if a.index not in known]
        self._changed()

    @Slot(object)
    def _on_acknowledged(self, made: DeskChanges) -> None:
        self.acknowledged.emit()
        self._context.broadcast(made)

    @Slot(object)
    def _on_all_acknowledged(self, made: DeskChanges) -> None:
        self._context.broadcast(made)

    @Slot(object)
    def _on_acknowledge_failed(self, _error: object) -> None:
        self.acknowledge_failed.emit()
