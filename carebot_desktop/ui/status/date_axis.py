"""A date axis that reads as the person writes dates: Korean (or English) weekday and
month names from QLocale, in the computer's time zone, with ticks that suit the range
(hours over a day, days over a week, every few days over a month, months beyond), and
tick text in the application's font, so it grows with the text-size setting."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from carebot_desktop.ui import format as fmt

HOUR = 3600
DAY = 86400
# (seconds between labelled ticks, seconds between the unlabelled ones)
STEPS = [
    (HOUR, 15 * 60),
    (2 * HOUR, 30 * 60),
    (3 * HOUR, HOUR),
    (6 * HOUR, HOUR),
    (12 * HOUR, 3 * HOUR),
    (DAY, 6 * HOUR),
    (2 * DAY, DAY),
    (3 * DAY, DAY),
    (7 * DAY, DAY),
    (14 * DAY, 7 * DAY),
]
MONTH = 30 * DAY
# pyqtgraph's tick levels: (spacing, the ticks' values), the labelled level first.
TickLevels = list[tuple[float, list[float]]]


def _local(value: float) -> datetime:
    return datetime.fromtimestamp(value)


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


def _aligned(start: float, end: float, step: int) -> list[float]:
    """Local times in [start, end] on multiples of ``step`` counted from local midnight
    (and, for steps of days, from a Monday: a weekly tick falls on Mondays)."""
    first = _local(start).replace(hour=0, minute=0, second=0, microsecond=0)
    if step >= DAY:
        first -= timedelta(
            days=first.weekday() if step % 7 == 0 else first.toordinal() % (step // DAY)
        )
    out: list[float] = []
    day = first
    while _epoch(day) <= end + DAY:
        if step >= DAY:
            value = _epoch(day)
            if start <= value <= end:
                out.append(value)
            day += timedelta(days=step // DAY)
            continue
        for k in range(0, DAY, step):
            value = _epoch(day + timedelta(seconds=k))  # a DST day is one hour off: fine
            if start <= value <= end:
                out.append(value)
        day += timedelta(days=1)
    return out


def _months(start: float, end: float, every: int) -> list[float]:
    moment = _local(start).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    out = []
    while _epoch(moment) <= end:
        if _epoch(moment) >= start and (moment.month - 1) % every == 0:
            out.append(_epoch(moment))
        moment = (moment + timedelta(days=32)).replace(day=1)
    return out


# pyqtgraph ships no type information: its AxisItem is Any to mypy.
class LocaleDateAxis(pg.AxisItem):  # type: ignore[misc]
    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.major = DAY
        self.refresh_font()

    def refresh_font(self) -> None:
        """The application's font (after a text-size change too)."""
        font = QApplication.font()
        # The tick spacing already leaves room for each label (tickValues): pyqtgraph's own
        # limit on how much of the axis text may fill would drop half of them.
        self.setStyle(tickFont=font, textFillLimits=[(0, 0.95)])
        self.setHeight(QFontMetrics(font).height() + 14)
        self.picture = None
        self.update()

    def _label_width(self, step: int) -> int:
        """Room one label needs: a day's name, or a clock time (the midnight label of a
        range in hours is the day's name)."""
        metrics = QFontMetrics(QApplication.font())
        gap = metrics.horizontalAdvance("  ")
        day = metrics.horizontalAdvance(fmt.date_text(datetime(2026, 12, 30).date(), "day"))
        if step >= DAY:
            return day + gap
        # A day's name sits between clock times: half of each, side by side.
        return (day + metrics.horizontalAdvance("00:00")) // 2 + gap

    def tickValues(self, minVal: float, maxVal: float, size: float) -> TickLevels:  # noqa: N802, N803
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
            return []
        span = maxVal - minVal
        for major, minor in STEPS:
            if size * major / span >= self._label_width(major):  # pixels between labels
                self.major = major
                return [
                    (float(major), _aligned(minVal, maxVal, major)),
                    (float(minor), _aligned(minVal, maxVal, minor)),
                ]
        room = max(1, int(size // max(1, self._label_width(MONTH))))
        every = next((m for m in (1, 2, 3, 6, 12) if span / (m * MONTH) <= room), 12)
        self.major = every * MONTH
        return [(float(self.major), _months(minVal, maxVal, every)), (float(DAY * 7), [])]

    def tickStrings(  # noqa: N802
        self, values: list[float], scale: float, spacing: float
    ) -> list[str]:
        if spacing < self.major:
            return ["" for _ in values]  # the unlabelled in-between ticks
        return [self.tick_text(value, self.major) for value in values]

    @staticmethod
    def tick_text(value: float, major: float) -> str:
        moment = _local(value)
        if major >= MONTH:
            return fmt.date_text(moment.date(), "month")
        if major >= DAY or (moment.hour == 0 and moment.minute == 0):
            return fmt.date_text(moment.date(), "day")
        return f"{moment.hour:02d}:{moment.minute:02d}"
