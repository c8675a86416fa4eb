"""Notifications: grade by colour, icon and text; disaster alerts as type, region, step and
message; fall alerts with their photo; filters by grade, unread and date; acknowledge one
or all."""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimer, Slot
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.api import Row
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import Alert, parse_alert
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme, watch_text
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.notifications.care_panel import CarePanel
from carebot_desktop.ui.notifications.notifications_model import (
    NotificationFilter,
    NotificationsModel,
)
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.report.export import Exporter, export_csv, file_name, model_table
from carebot_desktop.ui.table_columns import Column, FittedColumns
from carebot_desktop.ui.widgets import page_title
from carebot_desktop.workers.pictures import Picture, policy_of, refused_picture
from carebot_desktop.workers.pictures import load as load_picture
from carebot_desktop.workers.screen_work import (
    LIST_LIMIT,
    AlertList,
    OpenStates,
    acknowledge,
    load_alerts,
    open_states,
)

log = logging.getLogger(__name__)
PHOTO_WIDTH = 400
# NotificationsModel.COLUMNS: grade, time, what (the key), state.
COLUMNS = (
    Column(5, 1, words=lambda: [theme.grade_text(g) for g in ("crit", "warn", "info", "")]),
    Column(10, 3),
    Column(16, key=True),
    Column(13, 2),
)
# Narrower than this many ems, the detail goes under the list instead of beside it (at
# 150 % on a 1366-pixel laptop, beside it, the list had no room left for the grade).
SIDE_BY_SIDE_EMS = 50


class NotificationsPage(Page):
    """The alerts of every family: filters, the detail, the photo, acknowledging."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.family_ids: list[str] = []
        self.truncated = False  # the newest LIST_LIMIT only were loaded
        self._loaded: list[Alert] = []  # as the database gave them, before the filters
        self.title = page_title(self.tr("Notifications"))
        self.grade = QComboBox()
        self.grade.addItem(self.tr("All grades"), None)
        for grade in ("crit", "warn", "info"):
            self.grade.addItem(theme.grade_icon(grade), theme.grade_text(grade), grade)
        self.grade.setAccessibleName(self.tr("Filter by grade"))
        self.unread = QCheckBox(self.tr("&Unacknowledged only"))
        self.unread.setAccessibleName(self.tr("Show only unacknowledged notifications"))
        self.start = QDateEdit(QDate.currentDate().addDays(-30))
        self.end = QDateEdit(QDate.currentDate())
        for edit, name in ((self.start, self.tr("From date")), (self.end, self.tr("To date"))):
            theme.calendar_popup(edit)
            edit.setDisplayFormat(fmt.pattern("edit"))
            edit.setAccessibleName(name)
        self.grade.currentIndexChanged.connect(self._apply_filter)
        self.unread.toggled.connect(self._apply_filter)
        self.start.dateChanged.connect(self._apply_filter)
        self.end.dateChanged.connect(self._apply_filter)
        # One row, or two (the grade, the dates) when narrow: see resizeEvent.
        by_grade = QHBoxLayout()
        by_grade.addWidget(plain.label(self.tr("Grade")))
        by_grade.addWidget(self.grade)
        by_grade.addWidget(self.unread)
        by_grade.addStretch(1)
        by_date = QHBoxLayout()
        by_date.addWidget(plain.label(self.tr("From")))
        by_date.addWidget(self.start)
        by_date.addWidget(plain.label(self.tr("to")))
        by_date.addWidget(self.end)
        by_date.addStretch(1)
        self.filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filters.addLayout(by_grade)
        self.filters.addLayout(by_date, 1)

        self.model = NotificationsModel(self)
        self.proxy = NotificationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Notifications, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Column widths from the font (resize-to-contents measured a thousand rows on every
        # change), again when the text size changes; the person may widen them. The alert's
        # text (who and what) takes the room left; when narrow, the time goes first (the
        # detail says it), then the state ("대응 중 · 박지은 · 4분"; the care panel says it).
        self.columns = FittedColumns(self.table, COLUMNS, row_lines=1)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Notification details"))
        self.photo = plain.label()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setAccessibleName(self.tr("Photo of the alert"))
        self.photo.setWordWrap(True)
        self.photo.setMinimumHeight(120)
        self.ack_button = QPushButton(self.tr("&Acknowledge"))
        self.ack_button.setObjectName("primary")
        self.ack_button.setAccessibleName(self.tr("Acknowledge the selected notifications"))
        self.ack_button.clicked.connect(self._on_ack_clicked)
        self.ack_all_button = QPushButton(self.tr("Acknowledge a&ll"))
        self.ack_all_button.setAccessibleName(self.tr("Acknowledge all shown notifications"))
        self.ack_all_button.clicked.connect(self._on_ack_all_clicked)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 2)
        self.care_panel = CarePanel(context)
        self.care_panel.state_changed.connect(self._on_state_changed)
        detail_layout.addWidget(self.care_panel)
        detail_layout.addWidget(self.photo, 1)
        self.csv_button = QPushButton(self.tr("Export C&SV…"))
        self.csv_button.setAccessibleName(self.tr("Export the shown notifications as CSV"))
        self.csv_button.clicked.connect(self.export_csv)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.ack_all_button)
        buttons.addWidget(self.csv_button)
        detail_layout.addLayout(buttons)
        self.splitter = splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        self.message.setObjectName("muted")
        self.message.setWordWrap(False)  # the count, one line under the table
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._photo_url: str | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Narrow (200 % text on a laptop): the filters on two rows, the detail under the
        list, so that the list keeps who and what and every button stays on the screen."""
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.arrange(self.width())

    def arrange(self, width: int) -> None:
        em = self.fontMetrics().horizontalAdvance("가")
        narrow = width < SIDE_BY_SIDE_EMS * em
        self.filters.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        # The alert's words readable (six lines, the care panel under them never takes
        # them all), and five alerts of the list when one is over the other: the screen
        # scrolls down rather than squeezing either.
        line = self.fontMetrics().lineSpacing()
        self.detail.setMinimumHeight(6 * line + 16)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(5 * (line + 12) + header + 4 if narrow else 0)
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            # The list a little larger than the detail, once laid out the new way.
            QTimer.singleShot(0, self, self._share_splitter)

    @Slot()
    def _share_splitter(self) -> None:
        vertical = self.splitter.orientation() == Qt.Orientation.Vertical
        total = self.splitter.height() if vertical else self.splitter.width()
        self.splitter.setSizes([total * 11 // 20, total * 9 // 20])

    def set_families(self, family_ids: list[str], names: dict[str, str] | None = None) -> None:
        """The families shown, and their elders' names (the desk knows them already)."""
        self.family_ids = list(family_ids)
        self.model.family_names = dict(names or {})
        self.reload()

    def _window(self) -> tuple[datetime, datetime]:
        def utc(day: QDate, end: bool) -> datetime:
            moment = QDateTime(day, QTime(23, 59, 59) if end else QTime(0, 0))
            return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC).replace(tzinfo=None)

        return utc(self.start.date(), False), utc(self.end.date(), True)

    @Slot()
    def reload(self) -> None:
        if not self.signed_in or not self.family_ids:
            return
        start, end = self._window()
        self.load(
            load_alerts,
            self._context.api,
            list(self.family_ids),
            start,
            end,
            self.grade.currentData(),
            self.unread.isChecked(),
            done=self._on_loaded,
        )

    @Slot(object)
    def _on_loaded(self, loaded: AlertList) -> None:
        alerts = loaded.alerts
        self._loaded = list(alerts)
        self.truncated = len(alerts) >= LIST_LIMIT
        self.model.keep_closed({a.index for a in self._loaded})
        self.model.set_states(loaded.states, loaded.states_at)
        shown = self._alert_at(self.table.currentIndex().row())
        self._apply_filter(reload=False)
        # The alert in the detail stays selected (another desk took it, say); else the newest.
        keep = self._row_of(shown.index) if shown is not None else None
        if keep is not None or self.proxy.rowCount():
            self.table.selectRow(keep if keep is not None else 0)

    def add_new(self, rows: list[dict[str, Any]]) -> None:
        """Rows from the poller."""
        fresh = [parse_alert(r) for r in rows if r["family_id"] in self.family_ids]
        self._loaded[0:0] = fresh
        if len(self._loaded) > LIST_LIMIT:  # the newest LIST_LIMIT, as a reload keeps
            self._loaded.sort(key=lambda a: (a.created_at or datetime.min, a.index), reverse=True)
            del self._loaded[LIST_LIMIT:]
            self.truncated = True
            self.model.keep_closed({a.index for a in self._loaded})
        self.model.add_rows([a for a in fresh if self.proxy.accepts(a)], LIST_LIMIT)
        self._update_count()

    def mark_read(self, indexes: set[int]) -> None:
        self._loaded = [replace(a, is_read=True) if a.index in indexes else a for a in self._loaded]
        if self.unread.isChecked():  # "unacknowledged only": they leave the list
            self._apply_filter(reload=False)
        else:
            self.model.mark_read(indexes)
            self._update_count()

    @Slot()
    def _apply_filter(self, reload: bool = True) -> None:
        """Filter what is shown at once, then ask the database for the newest matches
        (other dates, or rows beyond the newest LIST_LIMIT loaded)."""
        start, end = self._window()
        self.proxy.set_filter(self.grade.currentData(), self.unread.isChecked(), start, end)
        self.model.set_rows([a for a in self._loaded if self.proxy.accepts(a)])
        self._update_count()
        if reload:
            self.reload()

    def _update_count(self) -> None:
        unread = sum(1 for a in self.model.alerts() if not a.is_read)
        text = (
            self.tr("%n shown", None, self.proxy.rowCount())
            + " · "
            + self.tr("%n unacknowledged", None, unread)
        )
        if self.truncated:
            text += " · " + self.tr(
                "the newest %1 only: narrow the dates or the grade to see older ones"
            ).replace("%1", str(LIST_LIMIT))
        self.message.setText(text)

    @Slot()
    def export_csv(self) -> bool:
        """The notifications shown (filters applied), as CSV, after the person says why."""
        alerts = [self._alert_at(row) for row in range(self.proxy.rowCount())]
        family_ids = sorted({a.family_id for a in alerts if a is not None})
        if not family_ids or not self.signed_in:
            return False
        return export_csv(
            Exporter(self._context, self),
            family_ids,
            self.tr("%n notification(s)", None, len(alerts)),
            model_table(self.proxy),
            file_name([self.tr("Carebot"), self.tr("notifications")], date.today(), "csv"),
            self.message.setText,
        )

    def show_alert(self, index: int) -> bool:
        """Select the alert ``index`` (a desktop notification was clicked). Filters that
        hide it are cleared; False if it is not loaded (yet)."""
        for attempt in range(2):
            row = self._row_of(index)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
            if attempt == 0:
                self.grade.setCurrentIndex(0)
                self.unread.setChecked(False)
        return False

    def _row_of(self, index: int) -> int | None:
        """The view's row of the alert ``index``, None if it is not shown."""
        row = self.model.row_of(index)
        if row is None:
            return None
        shown = self.proxy.mapFromSource(self.model.index(row, 0))
        return shown.row() if shown.isValid() else None

    def _alert_at(self, proxy_row: int) -> Alert | None:
        index = self.proxy.index(proxy_row, 0)
        return self.proxy.data(index, NotificationsModel.ALERT_ROLE) if index.isValid() else None

    @Slot()
    def _on_current_changed(self) -> None:
        alert = self._alert_at(self.table.currentIndex().row())
        if alert is None:
            self.detail.clear()
            self.photo.clear()
            self.care_panel.set_alert(None, None)
            return
        self.detail.setHtml(self.detail_html(alert))
        self._show_care(alert)
        self._show_photo(alert.image_url)

    def _show_care(self, alert: Alert) -> None:
        family = self.model.family_names.get(alert.family_id)
        headline = self.model.headline(alert)
        self.care_panel.set_alert(
            alert, self.model.state_of(alert), f"{family} · {headline}" if family else headline
        )

    @Slot(object)
    def _on_state_changed(self, state: Row) -> None:
        self.model.set_state(state)

    @Slot(object)
    def _on_states_read(self, states: OpenStates) -> None:
        alert = self._alert_at(self.table.currentIndex().row())
        before = self.model.state_of(alert) if alert is not None else None
        self.model.set_states(states, utcnow())
        if alert is not None and self.model.state_of(alert) != before:
            self._show_care(alert)  # another desk took it over or resolved it: say who

    def detail_html(self, alert: Alert) -> str:
        e = html.escape
        fg, bg = theme.grade_hex(alert.grade)
        rows = [
            f"<p style='background:{bg}; color:{fg}; padding:6px'><b>"
            f"{e(theme.grade_text(alert.grade))}</b></p>"
        ]
        family = self.model.family_names.get(alert.family_id)
        elder_label = self.tr("Elder")
        if family:
            rows.append(f"<p><b>{e(elder_label)}</b>: {e(family)}</p>")
        time_label = self.tr("Time")
        rows.append(f"<p><b>{e(time_label)}</b>: {e(fmt.local_text(alert.created_at))}</p>")
        if alert.kind == "disaster":
            for label, value in (
                (self.tr("Disaster type"), alert.title),
                (self.tr("Alert step"), alert.step),
                (self.tr("Region"), alert.region),
                (self.tr("Message"), alert.message),
            ):
                rows.append(f"<p><b>{e(label)}</b>: {e(value)}</p>")
        elif alert.kind == "watch":  # the watcher's sentence under its kind
            rows.append(f"<p><b>{e(watch_text.kind_label(alert.watch_kind))}</b></p>")
            if alert.message:
                rows.append(f"<p>{e(alert.message)}</p>")
            note = self.tr("Raised by comparing the elder's readings with their own usual.")
            rows.append(f"<p style='color:{theme.colour('muted')}'>{e(note)}</p>")
        else:
            rows.append(f"<p><b>{e(self.model.summary(alert))}</b></p>")
            if alert.kind == "other" and alert.message:
                rows.append(f"<p>{e(alert.message)}</p>")
        if alert.grade not in ("warn", "crit"):  # theirs: the care panel under it
            state = self.tr("Acknowledged") if alert.is_read else self.tr("Not yet acknowledged")
            rows.append(f"<p>{e(state)}</p>")
        return "".join(rows)

    def _show_photo(self, url: str | None) -> None:
        self._photo_url = url
        if not url:
            self.photo.clear()
            self.photo.setVisible(False)
            return
        self.photo.setVisible(True)
        policy = policy_of(self._context.settings)
        allowed = policy.allows(url)
        self.photo.setText(self.tr("Loading the photo…") if allowed else self._refused_text())
        # The one image fetcher, on a worker thread: downloaded, decoded and scaled there.
        # The newest request wins (a refused address, never asked, still replaces a photo
        # on its way).
        (
            self._context.op(
                self, load_picture if allowed else refused_picture, policy, url, PHOTO_WIDTH
            )
            .latest("photo")
            .success(self._on_photo_loaded)
            .failure(self._on_photo_failed)
            .run()
        )

    @Slot(object)
    def _on_photo_loaded(self, picture: Picture) -> None:
        if picture.refused:
            self.photo.setText(self._refused_text())
        elif picture.image is None:
            self._on_photo_failed(None)
        else:
            self.photo.setPixmap(QPixmap.fromImage(picture.image))

    def _refused_text(self) -> str:
        return self.tr(
            "The photo is not from an allowed server, so it was not loaded. The allowed servers are set in Settings."
        )

    @Slot(object)
    def _on_photo_failed(self, _error: object) -> None:
        self.photo.setText(
            self.tr("The photo could not be loaded. The robot's server may be out of reach.")
        )

    def _acknowledge(self, indexes: list[int]) -> None:
        if not indexes:
            return
        self.ack_button.setEnabled(False)
        self.ack_all_button.setEnabled(False)
        self.write(acknowledge, self._context.api, indexes, done=self._on_acknowledged)

    @Slot()
    def _on_ack_clicked(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        alerts = [self._alert_at(r) for r in rows]
        self._acknowledge([a.index for a in alerts if a is not None and not a.is_read])

    @Slot()
    def _on_ack_all_clicked(self) -> None:
        alerts = [self._alert_at(r) for r in range(self.proxy.rowCount())]
        self._acknowledge([a.index for a in alerts if a is not None and not a.is_read])

    @Slot(object)
    def _on_acknowledged(self, made: DeskChanges) -> None:
        self.ack_button.setEnabled(True)
        self.ack_all_button.setEnabled(True)
        self._context.broadcast(made)

    def _state_keys(self) -> frozenset[int]:
        """The alerts whose care states the screen keeps: those it has (loaded or
        polled since)."""
        return frozenset(a.index for a in self._loaded)

    def on_changes(self, changes: DeskChanges) -> None:
        if changes.acknowledged:
            self.mark_read(set(changes.acknowledged))
            self._on_current_changed()
            if self.is_loading:  # a read begun before would bring them back unread
                self.reload()
        if changes.alerts and not changes.own:
            self.refresh()
        elif (changes.care or changes.escalated or changes.states) and self.signed_in:
            # the states only
            (
                self._context.op(self, open_states, self._context.api, self._state_keys())
                .latest("care_states")
                .success(self._on_states_read)
                .run()
            )

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.ack_button.setEnabled(True)
        self.ack_all_button.setEnabled(True)
        super()._on_failed(error)
