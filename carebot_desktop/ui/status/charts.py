"""pyqtgraph charts of aggregated status series, with healthy-range bands and a crosshair."""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carebot_desktop.services import dashboard
from carebot_desktop.services.dashboard import ChartSeries
from carebot_desktop.ui import format as fmt

pg.setConfigOptions(antialias=True, background="w", foreground="#30363d")


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    colour: tuple[int, int, int, int]  # RGBA
    label: str


GREEN = (46, 125, 50, 40)


def chart_title(series: str) -> str:
    return {
        "temperature": QCoreApplication.translate("charts", "Indoor temperature (°C)"),
        "humidity": QCoreApplication.translate("charts", "Humidity (%)"),
        "dust_level": QCoreApplication.translate("charts", "Fine dust (µg/m³)"),
        "ethanol": QCoreApplication.translate("charts", "Ethanol / gas"),
        "heart_rate": QCoreApplication.translate("charts", "Heart rate (bpm)"),
        "activity_score": QCoreApplication.translate("charts", "Activity score"),
        "mental_score": QCoreApplication.translate("charts", "Mood score"),
    }[series]


def bands(series: str) -> list[Band]:
    healthy = QCoreApplication.translate("charts", "healthy range")
    if series == "temperature":
        return [Band(*dashboard.TEMPERATURE_RANGE, GREEN, healthy)]
    if series == "humidity":
        return [Band(*dashboard.HUMIDITY_RANGE, GREEN, healthy)]
    if series == "heart_rate":
        return [Band(*dashboard.HEART_RATE_RANGE, GREEN, healthy)]
    if series == "dust_level":
        return [
            Band(0, 15, (30, 136, 229, 30), QCoreApplication.translate("charts", "good")),
            Band(15, 35, (67, 160, 71, 30), QCoreApplication.translate("charts", "moderate")),
            Band(35, 75, (249, 168, 37, 45), QCoreApplication.translate("charts", "bad")),
            Band(75, 150, (229, 57, 53, 40), QCoreApplication.translate("charts", "very bad")),
        ]
    if series == "mental_score":
        return [
            Band(
                0,
                dashboard.MENTAL_CONCERN_BELOW,
                (229, 57, 53, 30),
                QCoreApplication.translate("charts", "needs attention"),
            )
        ]
    return []


class StatusChart(QWidget):
    """One series: the bucket averages as a line, the min-max spread shaded."""

    def __init__(self, series: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = series
        self._data: ChartSeries | None = None
        self.title = QLabel(chart_title(series))
        self.title.setObjectName("pageTitle")
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
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
        self.spread_low = pg.PlotDataItem(pen=pg.mkPen(None))
        self.spread_high = pg.PlotDataItem(pen=pg.mkPen(None))
        self.spread = pg.FillBetweenItem(
            self.spread_low, self.spread_high, brush=pg.mkBrush(43, 93, 149, 45)
        )
        self.line = pg.PlotDataItem(pen=pg.mkPen("#2b5d95", width=2))
        self.plot.addItem(self.spread_low)
        self.plot.addItem(self.spread_high)
        self.plot.addItem(self.spread)
        self.plot.addItem(self.line)
        self.crosshair = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine)
        )
        self.crosshair.setVisible(False)
        self.plot.addItem(self.crosshair, ignoreBounds=True)
        self.readout = QLabel(" ")
        self.readout.setObjectName("muted")
        self.readout.setAccessibleName(
            QCoreApplication.translate("charts", "Value under the cursor")
        )
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.plot)
        layout.addWidget(self.readout)

    def set_data(self, data: ChartSeries, start: float, end: float) -> None:
        self._data = data
        self.line.setData(data.times, data.averages)
        self.spread_low.setData(data.times, data.minimums)
        self.spread_high.setData(data.times, data.maximums)
        self.plot.setXRange(start, end, padding=0.01)
        self.plot.enableAutoRange(axis="y")
        if not data.times:
            self.readout.setText(
                QCoreApplication.translate("charts", "No readings in this period.")
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
        from datetime import datetime, timedelta

        at = datetime(1970, 1, 1) + timedelta(seconds=data.times[i])
        return (
            f"{fmt.local_text(at)}  ·  {fmt.value_text(self.series, data.averages[i])}  "
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
