"""pyqtgraph charts of aggregated status series, with healthy-range bands, the elder's own
usual range (dashed, purple) and a crosshair.

Imported only when the status screen is first shown (pyqtgraph and numpy take a good part
of a second to import). Painting stays cheap: the curve is clipped to the view and
downsampled to the pixel width, the min-max spread is one path built once per data set
(no per-frame path rebuild), and nothing is antialiased (a 2-pixel line reads as well
without it, and painting costs half as much).
"""

from __future__ import annotations

import bisect
import html
import os
from datetime import datetime, timedelta

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.services.dashboard import ChartSeries
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.status.chart_text import bands, chart_title
from carebot_desktop.ui.status.date_axis import LocaleDateAxis

pg.setConfigOptions(antialias=False, background="w", foreground="#30363d")

USUAL_FILL = (123, 31, 162, 26)  # RGBA: the elder's usual band, faint purple
USUAL_EDGE = "#7b1fa2"  # its dashed edges, and its key in the legend
USUAL_EDGE_DARK = "#ce93d8"  # the same on the dark scheme's background
# The healthy band's key: its green (chart_text.GREEN) drawn whole, as a key must stand
# out 3:1 from the background it sits on (tests/unit/ui/test_dark_contrast.py).
HEALTHY_KEY = "#2e7d32"
HEALTHY_KEY_DARK = "#6fae72"
# The readings' line and their min-max spread: 3:1 on the chart's background in each
# scheme (the light scheme's blue is 2.3:1 on the dark chart).
LINE = ("#2b5d95", QColor(43, 93, 149, 45))
LINE_DARK = ("#5b9bd5", QColor(91, 155, 213, 55))


class StatusChart(QWidget):
    """One series: the bucket averages as a line, the min-max spread shaded."""

    def __init__(self, series: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = series
        self._data: ChartSeries | None = None
        self.title = plain.label(chart_title(series))
        self.title.setObjectName("pageTitle")
        self.axis = LocaleDateAxis("bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis})
        self._style_axes()
        self.plot.setAccessibleName(chart_title(series))
        self.plot.setMinimumHeight(170)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().hideButtons()
        for band in bands(series):
            region = pg.LinearRegionItem(
                (band.low, band.high),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(QColor(*band.colour)),
                pen=pg.mkPen(None),
            )
            region.setZValue(-10)
            region.setToolTip(band.label)
            self.plot.addItem(region, ignoreBounds=True)
        line, spread = LINE_DARK if theme.is_dark() else LINE
        self.spread = QGraphicsPathItem()
        self.spread.setBrush(QBrush(spread))
        self.spread.setPen(QPen(Qt.PenStyle.NoPen))
        self.line = pg.PlotDataItem(
            pen=pg.mkPen(line, width=2),
            antialias=False,
            clipToView=True,
            autoDownsample=True,
            downsampleMethod="peak",
        )
        # The elder's own usual range (``services.usual.band_segments``): a purple band
        # with dashed edges, told apart from the healthy range's plain green.
        self.usual_band = QGraphicsPathItem()
        self.usual_band.setBrush(QBrush(QColor(*USUAL_FILL)))
        self._usual_edge = USUAL_EDGE_DARK if theme.is_dark() else USUAL_EDGE
        edge = QPen(QColor(self._usual_edge), 1.5, Qt.PenStyle.DashLine)
        edge.setCosmetic(True)
        self.usual_band.setPen(edge)
        self.usual_band.setZValue(-5)
        self.usual_band.setToolTip(QCoreApplication.translate("StatusChart", "usual range"))
        self.plot.addItem(self.usual_band)
        self.plot.addItem(self.spread)
        self.plot.addItem(self.line)
        self.crosshair = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine)
        )
        self.crosshair.setVisible(False)
        self.plot.addItem(self.crosshair, ignoreBounds=True)
        self.readout = plain.label(" ")
        self.readout.setObjectName("muted")
        self.readout.setAccessibleName(
            QCoreApplication.translate("StatusChart", "Value under the cursor")
        )
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.legend = QLabel(self)  # a parent first: shown parentless, it would be a window
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setObjectName("muted")
        self._healthy = len(bands(series)) == 1  # one healthy band (not the dust grades)
        self._show_legend(False)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.legend)
        layout.addLayout(heading)
        layout.addWidget(self.plot)
        layout.addWidget(self.readout)
        # Over the old chart while a new range loads: the old one stays readable.
        self.busy = plain.label(QCoreApplication.translate("StatusChart", "Loading…"), self.plot)
        self.busy.setObjectName("chartBusy")
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """The text size changed (Settings): the axes' text follows."""
        if event.type() == QEvent.Type.FontChange:
            self.axis.refresh_font()
            self._style_axes()
        super().changeEvent(event)

    def _style_axes(self) -> None:
        """The value axis in the application's font; dark colours in the dark scheme."""
        self.plot.getAxis("left").setStyle(tickFont=QApplication.font())
        if theme.is_dark():
            self.plot.setBackground("#1f2328")
            for side in ("left", "bottom"):
                self.plot.getAxis(side).setPen("#8b949e")
                self.plot.getAxis(side).setTextPen("#c9d1d9")

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.busy.resize(self.busy.sizeHint().width() + 24, self.busy.sizeHint().height() + 12)
            self.busy.move(
                (self.plot.width() - self.busy.width()) // 2,
                (self.plot.height() - self.busy.height()) // 2,
            )
            self.busy.raise_()

    def _show_legend(self, usual: bool) -> None:
        """The bands' key: the healthy range (green) and the elder's usual (purple,
        dashed edges), each where the chart draws it."""
        entries = []
        if self._healthy:
            healthy = QCoreApplication.translate("StatusChart", "healthy range")
            key = HEALTHY_KEY_DARK if theme.is_dark() else HEALTHY_KEY
            entries.append(f"<span style='color:{key}'>■</span> {html.escape(healthy)}")
        if usual:
            mine = QCoreApplication.translate("StatusChart", "usual range")
            key = self._usual_edge
            entries.append(f"<span style='color:{key}'>┅</span> {html.escape(mine)}")
        self.legend.setText("&nbsp;&nbsp;".join(entries))
        self.legend.setVisible(bool(entries))

    def set_usual(self, segments: list[tuple[float, float, float, float]]) -> None:
        """The elder's usual band: (x0, x1, low, high) rectangles (none: no band)."""
        path = QPainterPath()
        for x0, x1, low, high in segments:
            path.addRect(QRectF(x0, low, max(0.0, x1 - x0), high - low))
        self.usual_band.setPath(path.simplified() if segments else path)
        self.usual_band.setVisible(bool(segments))
        self._show_legend(bool(segments))

    def set_data(
        self,
        data: ChartSeries,
        start: float,
        end: float,
        usual: list[tuple[float, float, float, float]] | None = None,
    ) -> None:
        self._data = data
        self.set_usual(usual or [])
        self.line.setData(data.times, data.averages)
        self.spread.setPath(spread_path(data))
        self.plot.setXRange(start, end, padding=0.01)
        self.plot.enableAutoRange(axis="y")
        if not data.times:
            self.readout.setText(
                QCoreApplication.translate("StatusChart", "No readings in this period.")
            )
        else:
            self.readout.setText(" ")

    def readout_at(self, x: float) -> str:
        """The bucket nearest to ``x`` (epoch seconds) as text, for the crosshair."""
        data = self._data
        if data is None or not data.times:
            return ""
        i = min(max(bisect.bisect_left(data.times, x), 0), len(data.times) - 1)
        if i > 0 and abs(data.times[i - 1] - x) < abs(data.times[i] - x):
            i -= 1
        at = datetime(1970, 1, 1) + timedelta(seconds=data.times[i])
        return (
            f"{fmt.local_text(at, short=True)}  ·  {fmt.value_text(self.series, data.averages[i])}  "
            f"({fmt.value_text(self.series, data.minimums[i])} – "
            f"{fmt.value_text(self.series, data.maximums[i])})"
        )

    @Slot(object)
    def _on_mouse_moved(self, position: QPointF) -> None:
        box = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(position):
            return
        point = box.mapSceneToView(position)
        self.crosshair.setPos(point.x())
        self.crosshair.setVisible(True)
        self.readout.setText(self.readout_at(point.x()))


def spread_path(data: ChartSeries) -> QPainterPath:
    """The min-max band as one closed path: along the maxima, back along the minima. A
    gap of more than three buckets (the robot was off) splits it."""
    path = QPainterPath()
    times = data.times
    if not times:
        return path
    gap = 3 * max(1, data.bucket_seconds)
    runs: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(times)):
        if times[i] - times[i - 1] > gap:
            runs.append((first, i))
            first = i
    runs.append((first, len(times)))
    for begin, end in runs:
        path.moveTo(times[begin], data.maximums[begin])
        for i in range(begin + 1, end):
            path.lineTo(times[i], data.maximums[i])
        for i in range(end - 1, begin - 1, -1):
            path.lineTo(times[i], data.minimums[i])
        path.closeSubpath()
    return path
