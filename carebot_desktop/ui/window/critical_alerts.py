"""The critical alerts open on this desk: what keeps the banner up until someone resolves
them, and the alarm sounding while nobody has taken one, here or at another desk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import care
from carebot_desktop.services.api import Row
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import Alert
from carebot_desktop.ui.context import AppContext
from carebot_desktop.workers.screen_work import open_critical

# A new crit alert older than this no longer rings (the escalations stopped by then too);
# it stays on the banner and the list until someone closes it.
RINGS_FOR = timedelta(days=1)
TICK_MS = 30_000  # the banner's "4분" and the overdue reminder move with the clock


def _later(alert: Alert, when: datetime) -> bool:
    created = alert.created_at
    if created is None:
        return False
    if created.tzinfo is not None:  # a row a program wrote with a zone: compare in UTC
        created = created.astimezone(UTC).replace(tzinfo=None)
    return created > when


class CriticalAlerts(QObject):
    """``alerts``, oldest first: critical alerts not resolved yet, and ``states`` (index
    -> the care state dict; an alert the poller just brought has none yet: new). Loaded
    from ``api.care.open_alerts`` (one read for every family); reloaded when a change set
    says an alert was taken or resolved, here or at another desk.

    Signals: ``changed()`` (the list, a state, or the time shown changed),
    ``overdue(object)`` (an Alert this person holds, still open ``care.OVERDUE_SECONDS``
    after taking it: said once per alert)."""

    changed = Signal()
    overdue = Signal(object)

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self.context = context  # for the banner's take and resolve
        self.alerts: list[Alert] = []
        self.states: dict[int, Row] = {}
        self.reminded: set[int] = set()  # overdue reminders already given
        # Rows the poller brought (index -> how many loads had started by then): a load
        # read before a row arrived must not take it away, whichever load lands last.
        self._arrived: dict[int, int] = {}
        self._loads = 0  # loads started
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_tick)

    def newest(self) -> Alert | None:
        """The one the banner shows: the newest nobody took, else the newest."""
        waiting = self.unattended()
        return waiting[-1] if waiting else (self.alerts[-1] if self.alerts else None)

    def state_of(self, alert: Alert) -> Row | None:
        return self.states.get(alert.index)

    def unattended(self) -> list[Alert]:
        """Open alerts nobody has taken, oldest first."""
        return [a for a in self.alerts if self._is_new(a)]

    def ringing(self) -> bool:
        """The alarm sounds while a recent critical alert waits for someone to take it."""
        since = utcnow() - RINGS_FOR
        return any(a.created_at is None or a.created_at >= since for a in self.unattended())

    def clear(self) -> None:
        """Signed out: nothing waits any more."""
        self.alerts, self.states, self.reminded = [], {}, set()
        self._arrived = {}
        self.timer.stop()
        self.changed.emit()

    def load(self) -> None:
        self._loads += 1
        started, at = self._loads, utcnow()
        (
            self._context.op(self, open_critical, self._context.api)
            .success(lambda loaded: self._on_loaded(loaded, started, at))
            .latest("critical")
            .run()
        )

    def add(self, alerts: list[Alert]) -> None:
        """New rows from the poller: critical ones are open and nobody has taken them."""
        known = {a.index for a in self.alerts}
        fresh = [a for a in alerts if a.grade == "crit" and a.index not in known]
        self.alerts += fresh
        for alert in fresh:
            self._arrived[alert.index] = self._loads
        self._changed()

    def absorb(self, changes: DeskChanges) -> None:
        """A change set: an alert taken or resolved here reloads the states (another
        desk's comes as ``alerts``, which the window reloads on)."""
        if changes.care or changes.escalated:  # (escalated: a level raised at any desk)
            self.load()

    def set_state(self, state: Row) -> None:
        """A take or a resolve saved here: shown at once, before the reload."""
        index = int(state["index"])
        if not care.is_open(state):
            self.alerts = [a for a in self.alerts if a.index != index]
            self.states.pop(index, None)
        elif any(a.index == index for a in self.alerts):
            self.states[index] = state
        self._changed()

    def _is_new(self, alert: Alert) -> bool:
        state = self.states.get(alert.index)
        return state is None or state.get("state") == "new"

    def _changed(self) -> None:
        self.alerts.sort(key=lambda a: (a.created_at is None, a.created_at, a.index))
        if self.alerts and not self.timer.isActive():
            self.timer.start()
        elif not self.alerts:
            self.timer.stop()
        self._remind()
        self.changed.emit()

    def _remind(self) -> None:
        session = self._context.session
        if session is None:
            return
        now = utcnow()
        for alert in self.alerts:
            state = self.states.get(alert.index)
            if (
                state is not None
                and alert.index not in self.reminded
                and state.get("taken_by") == session.user_id
                and care.overdue(state, now)
            ):
                self.reminded.add(alert.index)
                self.overdue.emit(alert)

    @Slot()
    def _on_tick(self) -> None:
        self._changed()

    def _on_loaded(
        self, loaded: tuple[list[Alert], dict[int, Row]], started: int, at: datetime
    ) -> None:
        """The result of the ``started``-th load, begun ``at``. Rows the poller brought
        after that load began are united with it (new, no state yet): its read is older
        than they are. So are rows written with a time after ``at`` (another computer's
        clock ahead of this one's): the read stops at "now" and cannot have seen them.
        Other rows the poller brought were in the read unless closed since."""
        alerts, states = loaded
        read = {a.index for a in alerts}
        by_index = {a.index: a for a in self.alerts}
        after = {
            i
            for i, loads in self._arrived.items()
            if i in by_index and (loads >= started or _later(by_index[i], at))
        }
        kept = [by_index[i] for i in sorted(after) if i not in read]
        self._arrived = {i: n for i, n in self._arrived.items() if i in after and i not in read}
        self.alerts = list(alerts) + kept
        self.states = {i: s for i, s in states.items() if i in read}
        self._changed()
