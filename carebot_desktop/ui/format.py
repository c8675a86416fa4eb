"""Formatting for people: local times, ages of readings, values with units."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime


def local(dt: datetime | None) -> datetime | None:
    """A stored naive-UTC datetime in the computer's local time zone."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


# Dates as people write them: "2026. 11. 30. (월) 14:05" in Korean, "Mon 30 Nov 2026 14:05"
# in English (QLocale gives the weekday and month names of the UI's language).
FORMATS = {
    "ko": {
        "date": "yyyy. M. d. (ddd)",
        "day": "M. d. (ddd)",
        "month": "yyyy년 M월",
        "edit": "yyyy. MM. dd.",
        "edit_time": "yyyy. MM. dd. HH:mm",
    },
    "en": {
        "date": "ddd d MMM yyyy",
        "day": "ddd d MMM",
        "month": "MMMM yyyy",
        "edit": "d MMM yyyy",
        "edit_time": "d MMM yyyy HH:mm",
    },
}


def set_language(language: str) -> None:
    """The UI's language decides every date's form (called when the catalogue loads)."""
    QLocale.setDefault(
        QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
        if language == "ko"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )


def language() -> str:
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def pattern(kind: str) -> str:
    """A QDateTime display format of the UI's language: date, day, month, edit, edit_time."""
    return FORMATS[language()][kind]


def _qdatetime(shown: datetime) -> QDateTime:
    return QDateTime(
        QDate(shown.year, shown.month, shown.day),
        QTime(shown.hour, shown.minute, shown.second),
    )


def local_text(dt: datetime | None, with_date: bool = True, short: bool = False) -> str:
    """A stored (naive UTC) time as the person reads it, in their time zone. ``short``
    (tables, banners): this year's dates without the year, "11. 30. (월) 17:55"."""
    shown = local(dt)
    if shown is None:
        return ""
    if not with_date:
        return f"{shown.hour:02d}:{shown.minute:02d}"
    kind = "day" if short and shown.year == datetime.now().year else "date"
    return QLocale().toString(_qdatetime(shown), pattern(kind) + " HH:mm")


def local_date_text(dt: datetime | None) -> str:
    """The day of a stored (naive UTC) time, in the person's time zone."""
    shown = local(dt)
    return "" if shown is None else date_text(shown.date())


def date_text(day: date | None, kind: str = "date") -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern(kind))


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
        return QCoreApplication.translate("_Ago", "no data")
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


def count_text(count: int) -> str:
    """A count in the UI's language (``12,345``)."""
    return QLocale().toString(int(count))
