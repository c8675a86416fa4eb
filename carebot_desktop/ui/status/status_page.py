"""Status: charts of the home and the elder over 24 h / 7 d / 30 d / a custom range, the
latest values, the AI's reading of the elder's mood, and the mental reports."""

from __future__ import annotations

import html
import importlib
import math
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QThread, QTimer, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import dashboard
from carebot_desktop.services.dashboard import MentalInsight, StatusBundle
from carebot_desktop.services.usual import band_segments
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.care.care_log import CareLogWidget
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.report.report_dialog import ReportDialog
from carebot_desktop.ui.status.chart_text import chart_title
from carebot_desktop.ui.widgets import page_title

if TYPE_CHECKING:
    from carebot_desktop.ui.status.charts import StatusChart

RANGES = {"24h": timedelta(hours=24), "7d": timedelta(days=7), "30d": timedelta(days=30)}
EPOCH = datetime(1970, 1, 1)


PRELOAD_AFTER_MS = 3_000  # after a family is chosen unseen (at sign-in): its charts read
# Shown again after this long, the screen reads its period again: readings keep coming
# (a heart rate a second), and a hidden screen reads nothing. (Before, every re-ordering
# of the overview chose the family again and the hidden screen re-read its whole period
# 3 s later: at a crit alert every 20 s in the soak, a month of readings every 20 s.)
FRESH_FOR_S = 60.0


def _utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)


def _epoch(dt: datetime) -> float:
    return (dt - EPOCH).total_seconds()


# The Qt modules pyqtgraph's import reads. PySide6 makes a module's Python types when they
# are first asked for ("lazy loading"), and shiboken's making of one is not safe while
# another thread makes one too: pyqtgraph's import on a worker (which asks for every type
# of QtCore, QtGui and QtWidgets) crashed the process with a segfault while the GUI thread
# built widgets. So these modules are imported on the GUI thread at start-up, before any
# worker runs, every type of the first three made and of the others those the import asks
# for (:func:`make_chart_qt_types`, ``Application.start``): the worker's import then makes
# none, nor does any other worker's work with QtCore's, QtGui's or QtWidgets' types.
CHART_QT_MODULES = ("QtCore", "QtGui", "QtWidgets")  # every type made
# The others pyqtgraph imports: imported here too, with only the types its import asks for
# made (making all of theirs cost 2.5 MiB for nothing). tests/unit/ui/test_chart_import.py
# fails if a pyqtgraph upgrade asks for more on the worker.
CHART_QT_EXTRA = {
    "QtOpenGL": (),
    "QtOpenGLWidgets": ("QOpenGLWidget",),
    "QtSvg": (),
    "QtTest": (),
}
_chart_qt_types_made = False


def make_chart_qt_types() -> None:
    """The GUI thread, at start-up before any worker runs: every type of QtCore, QtGui
    and QtWidgets, and the other Qt modules pyqtgraph's import reads (about 90 ms the first
    time; pyqtgraph's import then takes as much less, since it made them itself before;
    nothing after that)."""
    global _chart_qt_types_made
    if _chart_qt_types_made:
        return
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is not app.thread():
        raise RuntimeError("the Qt types are made on the GUI thread")
    wanted: dict[str, tuple[str, ...] | None] = dict.fromkeys(CHART_QT_MODULES)
    wanted.update(CHART_QT_EXTRA)
    for name, types in wanted.items():
        try:
            module = importlib.import_module(f"PySide6.{name}")
        except ImportError:  # (pyqtgraph does without it too)
            continue
        for attribute in dir(module) if types is None else types:
            getattr(module, attribute, None)
    _chart_qt_types_made = True


def import_charts() -> bool:
    """A worker thread, after :func:`make_chart_qt_types`: import the chart module
    (pyqtgraph and numpy: most of a second)."""
    if not _chart_qt_types_made:
        raise RuntimeError("make_chart_qt_types() first, on the GUI thread")
    importlib.import_module("carebot_desktop.ui.status.charts")
    return True


class StatusPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.family_id: str | None = None
        self.range_key = "24h"
        self.title = page_title(self.tr("Status"))
        self.range_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        ranges = QHBoxLayout()
        for key, text in (
            ("24h", self.tr("&24 hours")),
            ("7d", self.tr("&7 days")),
            ("30d", self.tr("&30 days")),
            ("custom", self.tr("C&ustom")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(self._on_range_clicked)
            group.addButton(button)
            ranges.addWidget(button)
            self.range_buttons[key] = button
        self.range_buttons["24h"].setChecked(True)
        self.custom_start = QDateTimeEdit(QDateTime.currentDateTime().addDays(-3))
        self.custom_end = QDateTimeEdit(QDateTime.currentDateTime())
        for edit, name in (
            (self.custom_start, self.tr("Custom range start")),
            (self.custom_end, self.tr("Custom range end")),
        ):
            theme.calendar_popup(edit)
            edit.setDisplayFormat(fmt.pattern("edit_time"))
            edit.setAccessibleName(name)
            edit.setVisible(False)
            ranges.addWidget(edit)
        self.apply_custom = QPushButton(self.tr("&Show"))
        self.apply_custom.setAccessibleName(self.tr("Show the custom range"))
        self.apply_custom.setVisible(False)
        self.apply_custom.clicked.connect(self.reload)
        ranges.addWidget(self.apply_custom)
        ranges.addStretch(1)
        self.period = plain.label()
        self.period.setObjectName("muted")
        self.period.setWordWrap(True)  # (on two lines when narrow, never cut)
        # (on a line of its own under the buttons: beside them at 200 % it squeezed them)
        self.family_label = ""
        self._read_at = -math.inf  # time.monotonic() when the period was last read
        self.report_dialog: Any = None
        self.report_button = QPushButton(self.tr("Re&port…"))
        self.report_button.setAccessibleName(
            self.tr("Make a report on this elder (PDF, print, CSV)")
        )
        self.report_button.clicked.connect(self.open_report)
        ranges.addWidget(self.report_button)

        self.latest_labels: dict[str, QLabel] = {}
        self.latest_captions: list[QLabel] = []
        self.latest_grid = latest = QGridLayout()
        self.latest_columns = len(dashboard.SERIES)  # fewer on more rows when narrow
        for i, series in enumerate(dashboard.SERIES):
            caption = plain.label(chart_title(series))
            caption.setObjectName("muted")
            value = plain.label("–")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            value.setFont(font)
            value.setAccessibleName(chart_title(series))
            latest.addWidget(caption, 0, i)
            latest.addWidget(value, 1, i)
            self.latest_labels[series] = value
            self.latest_captions.append(caption)

        # The charts (and pyqtgraph with them) are built on the screen's first visit.
        self.charts: dict[str, StatusChart] = {}
        self._bundle: StatusBundle | None = None
        self._to_draw: list[str] = []
        self._preloading = False
        self.chart_grid = QGridLayout()
        grid_widget = QWidget()
        grid_widget.setObjectName("chartGrid")
        grid_widget.setLayout(self.chart_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)

        self.mental = QTextBrowser()
        self.mental.setAccessibleName(self.tr("Mood analysis and mental reports"))
        self.mental.setOpenExternalLinks(False)
        # Beside the charts: the mood analysis, and the care log over the same range.
        self.care_log = CareLogWidget(context)
        self.side_tabs = QTabWidget()
        self.side_tabs.setAccessibleName(self.tr("Mood and care log"))
        self.side_tabs.addTab(self.mental, self.tr("&Mood"))
        self.side_tabs.addTab(self.care_log, self.tr("Care &log"))
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(ranges)
        layout.addWidget(self.period)
        layout.addLayout(latest)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def preload_charts(self) -> None:
        """After sign-in: import pyqtgraph on a worker, then build the charts one per
        turn of the event loop, so the first visit to this screen does not wait."""
        if self.charts or self._preloading:
            return
        self._preloading = True
        make_chart_qt_types()
        self._context.op(self, import_charts).success(self._build_next_chart).run()

    @Slot()
    def _build_next_chart(self, _done: object = None) -> None:
        if self._add_chart():
            QTimer.singleShot(0, self, self._build_next_chart)  # dropped if the page goes

    def _add_chart(self) -> bool:
        """Build the next missing chart; False when all are there."""
        missing = [s for s in dashboard.SERIES if s not in self.charts]
        if not missing:
            return False
        # Late: pyqtgraph and numpy take most of a second (import_charts warms it on a worker).
        from carebot_desktop.ui.status.charts import StatusChart

        series = missing[0]
        chart = StatusChart(series)
        i = dashboard.SERIES.index(series)
        self.charts[series] = chart
        self.chart_grid.addWidget(chart, i // 2, i % 2)
        chart.set_busy(self.is_loading)
        bundle = self._bundle
        if bundle is not None:
            chart.set_data(
                bundle.series[series],
                _epoch(bundle.start),
                _epoch(bundle.end),
                band_segments(bundle.usual, series, bundle.start, bundle.end),
            )
        return len(missing) > 1

    def ensure_charts(self) -> None:
        while self._add_chart():
            pass

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """The latest readings on as many rows as the width needs (200 % text on a
        laptop: two rows), each caption and value whole."""
        super().resizeEvent(event)
        values = list(self.latest_labels.values())
        widths = [
            max(c.sizeHint().width(), v.sizeHint().width())
            for c, v in zip(self.latest_captions, values, strict=True)
        ]
        spacing = max(0, self.latest_grid.spacing())
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        room = event.size().width() - (margins.left() + margins.right() if margins else 0)
        count = len(widths)
        columns = 1  # the most that fit, each column as wide as its widest reading
        for n in range(count, 0, -1):
            if sum(max(widths[j::n]) + spacing for j in range(n)) <= room:
                columns = n
                break
        if columns == self.latest_columns:
            return
        self.latest_columns = columns
        for i, (caption, value) in enumerate(zip(self.latest_captions, values, strict=True)):
            self.latest_grid.removeWidget(caption)
            self.latest_grid.removeWidget(value)
            row, column = 2 * (i // columns), i % columns
            self.latest_grid.addWidget(caption, row, column)
            self.latest_grid.addWidget(value, row + 1, column)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_charts()
        if self.family_id and time.monotonic() - self._read_at >= FRESH_FOR_S:
            self.stale = True  # shown again after a while: with the readings since
        super().showEvent(event)

    def set_loading(self, loading: bool) -> None:
        super().set_loading(loading)
        for chart in self.charts.values():
            chart.set_busy(loading)

    def set_family(self, family_id: str | None, label: str = "") -> None:
        """The family to show: loaded now if this screen is shown, else when it is next
        (at sign-in the first family is chosen while the overview shows: its charts, a
        month of readings and the care log, waited for nobody, and their drawing took the
        GUI thread in the middle of the sign-in)."""
        if (family_id, label) == (self.family_id, self.family_label):
            return  # chosen again (the overview re-ordered its rows): nothing new to read
        self.family_id = family_id
        self.family_label = label
        self.report_button.setEnabled(family_id is not None)
        self.refresh()
        if self.stale:  # read a little later all the same, so the first visit is quick
            QTimer.singleShot(PRELOAD_AFTER_MS, self, self._preload)

    @Slot()
    def _preload(self) -> None:
        """The family's charts read (and drawn, unseen, one per turn) a while after the
        sign-in, when the person has not come here yet: the first visit then only paints
        (45-65 ms of the GUI thread instead of 140-240 ms of loading and drawing)."""
        if self.stale and not self.isVisible() and self.signed_in and self.family_id:
            self.stale = False
            self.reload()

    @Slot()
    def open_report(self) -> None:
        """The report on the family shown: a range, a preview, PDF, print and CSV."""
        if self.family_id is None:
            return
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        self.report_dialog = ReportDialog(self._context, self.family_id, self.family_label, self)
        self.report_dialog.show()
        self.report_dialog.make()

    def window_range(self) -> tuple[datetime, datetime]:
        if self.range_key == "custom":
            first = self.custom_start.dateTime().toSecsSinceEpoch()
            last = self.custom_end.dateTime().toSecsSinceEpoch()
            return _utc(min(first, last)), _utc(max(first, last))
        end = utcnow()
        return end - RANGES[self.range_key], end

    @Slot()
    def _on_range_clicked(self) -> None:
        for key, button in self.range_buttons.items():
            if button.isChecked():
                self.range_key = key
        custom = self.range_key == "custom"
        for widget in (self.custom_start, self.custom_end, self.apply_custom):
            widget.setVisible(custom)
        if not custom:
            self.reload()

    @Slot()
    def reload(self) -> None:
        if not self.family_id or not self.signed_in:
            return
        start, end = self.window_range()
        self._read_at = time.monotonic()
        self.care_log.set_period(self.family_id, start, end)
        # Each end whole on its line when narrow (at 200 % it broke at every space, six
        # lines between the buttons): a line may break only after the dash.
        first, last = (fmt.local_text(t, short=True).replace(" ", "\u00a0") for t in (start, end))
        self.period.setText(f"{first}\u00a0– {last}")
        self.message.setText(self.tr("Loading…"))
        self.load(
            dashboard.status_bundle,
            self._context.api,
            self.family_id,
            start,
            end,
            done=self._on_loaded,
        )

    @Slot(object)
    def _on_loaded(self, bundle: StatusBundle) -> None:
        if bundle.family_id != self.family_id:
            return
        now = utcnow()
        for series, label in self.latest_labels.items():
            reading = bundle.latest[series]
            label.setText(fmt.value_text(series, reading.value))
            label.setToolTip(fmt.ago(reading.at, now))
        self._bundle = bundle
        if self.isVisible():
            self.ensure_charts()
        # One chart per turn of the event loop: each repaints on its own, rather than all
        # seven in one long paint. The screen counts as loading until the last is drawn.
        self._to_draw = list(self.charts)
        if self._to_draw:
            super().set_loading(True)
            self._draw_next()
        points = sum(len(s.times) for s in bundle.series.values())
        self.message.setText(
            self.tr("Each point summarises %1 of readings.").replace(
                "%1", self._bucket_text(bundle.series["heart_rate"].bucket_seconds)
            )
            if points
            else self.tr("No readings in this period.")
        )
        self.mental.setHtml(self._mental_html(bundle))

    @Slot()
    def _draw_next(self) -> None:
        bundle = self._bundle
        if not self._to_draw or bundle is None:
            return
        series = self._to_draw.pop(0)
        chart = self.charts[series]
        chart.set_data(
            bundle.series[series],
            _epoch(bundle.start),
            _epoch(bundle.end),
            band_segments(bundle.usual, series, bundle.start, bundle.end),
        )
        chart.set_busy(False)
        if self._to_draw:
            QTimer.singleShot(10, self, self._draw_next)
        else:
            self.set_loading(False)

    def _bucket_text(self, seconds: int) -> str:
        if seconds < 120:
            return self.tr("%n second(s)", None, seconds)
        if seconds < 7200:
            return self.tr("%n minute(s)", None, seconds // 60)
        return self.tr("%n hour(s)", None, seconds // 3600)

    def _mental_html(self, bundle: StatusBundle) -> str:
        e = html.escape
        feeling = self.tr("How the elder is feeling")
        no_analysis = self.tr("No mood analysis yet.")
        through_day = self.tr("Through the day")
        suggestions = self.tr("Suggestions")
        reports_title = self.tr("Mental reports")
        no_report = self.tr("No report in this period.")
        attention = self.tr("needs attention")
        parts = [f"<h3>{e(feeling)}</h3>"]
        insight: MentalInsight | None = bundle.mental
        if insight is None:
            parts.append(f"<p>{e(no_analysis)}</p>")
        else:
            parts.append(
                f"<p><b>{e(insight.overall)}</b><br/>"
                f"<span style='color:{theme.colour('muted')}'>{e(fmt.local_text(bundle.mental_at))}</span></p>"
            )
            if insight.insights:
                parts.append(f"<p>{e(insight.insights)}</p>")
            if insight.emotions:
                parts.append(f"<h4>{e(through_day)}</h4><table cellpadding='3'>")
                for emotion in insight.emotions:
                    score = "" if emotion.score is None else f"{emotion.score:g}"
                    parts.append(
                        f"<tr><td>{e(fmt.local_text(emotion.at, False) if emotion.at else emotion.time)}</td><td><b>{e(emotion.label)}</b></td>"
                        f"<td>{e(score)}</td><td>{e(emotion.note)}</td></tr>"
                    )
                parts.append("</table>")
            if insight.recommendations:
                parts.append(f"<h4>{e(suggestions)}</h4><ul>")
                parts += [f"<li>{e(r)}</li>" for r in insight.recommendations]
                parts.append("</ul>")
        parts.append(f"<h3>{e(reports_title)}</h3>")
        if not bundle.reports:
            parts.append(f"<p>{e(no_report)}</p>")
        for report in bundle.reports:
            start = fmt.local_date_text(report["start_time"])
            end = fmt.local_date_text(report["end_time"])
            average = report["average_score"]
            critical = report["critical_days"]
            numbers = (
                self.tr("Average %1 · critical days %2")
                .replace("%1", "–" if average is None else f"{average:g}")
                .replace("%2", "–" if critical is None else str(critical))
            )
            flag = (
                f" · <b style='color:{theme.grade_hex('warn')[0]}'>{e(attention)}</b>"
                if report["improvement_needed"]
                else ""
            )
            parts.append(
                f"<p><b>{e(start)} – {e(end)}</b><br/>{e(numbers)}{flag}<br/>"
                f"{e(report['summary'] or '')}</p>"
            )
        return "".join(parts)
