"""Notification rows (parsed Alerts) and their filter: grade, unread only, date range."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import care
from carebot_desktop.services.api import Row
from carebot_desktop.services.dashboard import Alert
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import theme, watch_text
from carebot_desktop.ui.notifications import care_text
from carebot_desktop.ui.table_model import RowTableModel
from carebot_desktop.workers.screen_work import OpenStates

_Index = QModelIndex | QPersistentModelIndex


class NotificationsModel(RowTableModel[Alert]):
    """The "read" column is the alert's care state for warn and crit alerts ("새 알림",
    "대응 중 · 박지은 · 4분", "해결됨 · 오경보"), as read at ``states_at``: an alert of
    the last ``care.OPEN_DAYS`` days not among the open ones was resolved (its outcome
    shown once known: resolved here, or its detail opened)."""

    COLUMNS = ("grade", "time", "what", "read")
    ALERT_ROLE = Qt.ItemDataRole.UserRole + 1
    STATE_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.family_names: dict[str, str] = {}
        self.states: dict[int, Row] = {}  # the open alerts' states (of the loaded ones)
        self.others: set[int] = set()  # open alerts whose state is not kept (not loaded)
        self.closed: dict[int, Row] = {}  # resolved ones whose state is known
        self.states_at: datetime | None = None  # None: states not read (offline, old)

    def set_states(self, states: OpenStates, at: datetime | None) -> None:
        self.states, self.others, self.states_at = dict(states.states), set(states.others), at
        self._all_changed()

    def set_state(self, state: Row) -> None:
        """One alert's state as just read or saved."""
        index = int(state["index"])
        if care.is_open(state):
            self.states[index] = state
            self.closed.pop(index, None)
        else:
            self.states.pop(index, None)
            self.others.discard(index)
            self.closed[index] = state
        for row, alert in enumerate(self._rows):
            if alert.index == index:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def state_of(self, alert: Alert) -> Row | None:
        """The alert's care state as known: open, resolved (``{"state": "resolved"}``
        at least), or None (not a warn/crit alert, new since, too old to say, or open
        but its state not kept: it arrived after the states were read)."""
        if alert.grade not in ("warn", "crit"):
            return None
        if alert.index in self.states:
            return self.states[alert.index]
        if alert.index in self.closed:
            return self.closed[alert.index]
        if alert.index in self.others:
            return None
        at, created = self.states_at, alert.created_at
        if at is None or created is None or created >= at - timedelta(minutes=1):
            return None
        if created >= at - timedelta(days=care.OPEN_DAYS):
            return {"index": alert.index, "grade": alert.grade, "state": "resolved"}
        return None

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )

    def set_rows(self, rows: list[Alert]) -> None:
        self.beginResetModel()
        self._rows = sorted(
            rows, key=lambda a: (a.created_at or datetime.min, a.index), reverse=True
        )
        self.endResetModel()

    def add_rows(self, rows: list[Alert], limit: int | None = None) -> None:
        """New alerts from the poller go on top; beyond ``limit`` rows the oldest leave
        (a desk open all night keeps the newest, as a reload would, not every one)."""
        known = {a.index for a in self._rows}
        fresh = sorted(
            (a for a in rows if a.index not in known),
            key=lambda a: (a.created_at or datetime.min, a.index),
            reverse=True,
        )
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._rows[0:0] = fresh
        self.endInsertRows()
        if limit is not None and len(self._rows) > limit:
            self.beginRemoveRows(QModelIndex(), limit, len(self._rows) - 1)
            del self._rows[limit:]
            self.endRemoveRows()

    def keep_closed(self, indexes: set[int]) -> None:
        """Forget the outcomes of resolved alerts no longer listed (one more for every
        alert resolved, all night long, otherwise)."""
        self.closed = {i: state for i, state in self.closed.items() if i in indexes}

    def mark_read(self, indexes: set[int]) -> None:
        for row, alert in enumerate(self._rows):
            if alert.index in indexes and not alert.is_read:
                self._rows[row] = replace(alert, is_read=True)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def alerts(self) -> list[Alert]:
        return list(self._rows)

    def row_of(self, index: int) -> int | None:
        """The row of the alert ``index``, None if it is not listed (a look through the
        list in Python: asking the view's model row by row calls into Qt and back for
        each, 30-60 ms for a thousand rows)."""
        return next((row for row, alert in enumerate(self._rows) if alert.index == index), None)

    def header_labels(self) -> tuple[str, ...]:
        return (self.tr("Grade"), self.tr("Time"), self.tr("What happened"), self.tr("Status"))

    def headline(self, alert: Alert) -> str:
        """A short line for banners and desktop notifications."""
        if alert.kind == "disaster":
            return f"{alert.title} · {alert.step}"
        if alert.kind == "fall":
            return self.tr("Fall detected")
        if alert.kind == "watch":
            return watch_text.alert_text(alert)
        return self.summary(alert)

    def summary(self, alert: Alert) -> str:
        if alert.kind == "disaster":
            return f"[{alert.title} · {alert.step}] {alert.message}"
        if alert.kind == "fall":
            return self.tr("Fall detected") + (" · " + self.tr("photo") if alert.image_url else "")
        if alert.kind == "fire":
            text = self.tr("Fire detected")
            return f"{text} ({alert.detail})" if alert.detail else text
        if alert.kind == "watch":
            return watch_text.alert_text(alert)
        return alert.message

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        alert = self.valid_row(index)
        if alert is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "grade":
                return theme.grade_text(alert.grade)
            if column == "time":
                return fmt.local_text(alert.created_at, short=True)
            if column == "what":
                family = self.family_names.get(alert.family_id)
                text = self.summary(alert)
                return f"{family} · {text}" if family else text
            if column == "read":
                if alert.pending:
                    return self.tr("Acknowledged (waiting to be sent)")
                state = self.state_of(alert)
                if state is not None:
                    return care_text.state_text(
                        state, utcnow(), read=alert.is_read, grade_shown=True
                    )
                return self.tr("Acknowledged") if alert.is_read else self.tr("New")
        if role == Qt.ItemDataRole.DecorationRole and column == "grade":
            return theme.grade_icon(alert.grade)
        if role == Qt.ItemDataRole.DecorationRole and column == "read":
            state = self.state_of(alert)
            return care_text.state_icon(state) if state is not None else None
        if role == self.STATE_ROLE:
            return self.state_of(alert)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in ("grade", "read")
            and (column == "grade" or not alert.is_read)
        ):
            return theme.grade_colours(alert.grade)[0]
        if role == Qt.ItemDataRole.BackgroundRole and column == "grade":
            return theme.grade_colours(alert.grade)[1]
        if role == Qt.ItemDataRole.FontRole and not alert.is_read:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.ALERT_ROLE:
            return alert
        return None


class NotificationFilter(QSortFilterProxyModel):
    """The screen's filters. The database applies them (the list is loaded filtered); the
    page applies :meth:`accepts` to what it already holds and to alerts the poller adds.
    No per-row Python filter runs inside Qt: at a thousand rows that call, repeated for
    every row on every change (and slowed by the GIL while a sync runs), stalled the
    window for a quarter of a second."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grade: str | None = None
        self.unread_only = False
        self.start: datetime | None = None
        self.end: datetime | None = None

    def set_filter(
        self, grade: str | None, unread_only: bool, start: datetime | None, end: datetime | None
    ) -> None:
        self.grade, self.unread_only, self.start, self.end = grade, unread_only, start, end

    def accepts(self, alert: Alert) -> bool:
        if self.grade and alert.grade != self.grade:
            return False
        if self.unread_only and alert.is_read:
            return False
        if self.start and alert.created_at and alert.created_at < self.start:
            return False
        return not (self.end and alert.created_at and alert.created_at > self.end)
