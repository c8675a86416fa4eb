"""Formatting for people: local times, ages of readings, values with units."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject


def local(dt: datetime | None) -> datetime | None:
    """A stored naive-UTC datetime in the computer's local time zone."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def local_text(dt: datetime | None, with_date: bool = True) -> str:
    shown = local(dt)
    if shown is None:
        return ""
    return shown.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


class _Ago(QObject):
    """Holds the plural-aware texts (lupdate reads ``self.tr`` with a count)."""

    def text(self, seconds: int) -> str:
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n min ago", None, seconds // 60)
        if seconds < 86400:
            return self.tr("%n h ago", None, seconds // 3600)
        return self.tr("%n day(s) ago", None, seconds // 86400)


_AGO: _Ago | None = None


def ago(dt: datetime | None, now: datetime) -> str:
    global _AGO
    if dt is None:
        return QCoreApplication.translate("format", "no data")
    if _AGO is None:
        _AGO = _Ago()
    return _AGO.text(max(0, int((now - dt).total_seconds())))


def duration_hours(delta: timedelta) -> int:
    return int(delta.total_seconds() // 3600)


UNITS = {
    "temperature": "°C",
    "humidity": "%",
    "dust_level": "µg/m³",
    "ethanol": "ppm",
    "heart_rate": "bpm",
    "activity_score": "",
    "mental_score": "",
}


def value_text(series: str, value: float | None) -> str:
    if value is None:
        return "–"
    digits = 0 if series in ("heart_rate", "activity_score", "mental_score") else 1
    if series == "ethanol":
        digits = 2
    unit = UNITS.get(series, "")
    return f"{value:.{digits}f}{(' ' + unit) if unit and unit != '°C' and unit != '%' else unit}"
