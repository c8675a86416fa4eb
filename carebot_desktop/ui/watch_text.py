"""The words of "watching the elder": the derived alerts' kinds (움직임 없음, 로봇 응답
없음...), the trend arrows' tooltips ("평소 62–78"), and the report's lines on what changed
against the elder's usual. Each call is written out: lupdate finds only literal
``translate`` calls, never a helper's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebot_desktop.services.alert_rows import Alert
from carebot_desktop.services.usual import DOWN, UP, Trend, UsualChange
from carebot_desktop.ui import format as fmt


def kind_label(kind: str) -> str:
    """A derived alert's kind as a short word (never colour or icon alone)."""
    translate = QCoreApplication.translate
    return {
        "inactivity": translate("WatchText", "No movement"),
        "robot_silent": translate("WatchText", "Robot not responding"),
        "heart_rate": translate("WatchText", "Unusual heart rate"),
        "room_temperature": translate("WatchText", "Room temperature"),
        "mood": translate("WatchText", "Low mood"),
    }.get(kind, translate("WatchText", "Unusual"))


def alert_text(alert: Alert) -> str:
    """A derived alert's line: its kind and the watcher's sentence (plain text)."""
    label = kind_label(alert.watch_kind)
    return f"{label} · {alert.message}" if alert.message else label


def span_text(series: str, low: float, high: float) -> str:
    """ "62–78 bpm": a range with its unit once."""
    low_text, high_text = fmt.value_text(series, low), fmt.value_text(series, high)
    unit = fmt.UNITS.get(series, "")
    if unit and low_text.endswith(unit):
        low_text = low_text[: -len(unit)].rstrip()
    return f"{low_text}–{high_text}"


def usual_range_text(series: str, low: float, high: float) -> str:
    """ "평소 62–78 bpm" (the elder's own usual range)."""
    span = span_text(series, low, high)
    return QCoreApplication.translate("WatchText", "usual %1").replace("%1", span)


def trend_tooltip(trend: Trend) -> str:
    """The arrow's tooltip: the usual range, the recent value and what it is."""
    translate = QCoreApplication.translate
    lines = [usual_range_text(trend.series, trend.usual.low, trend.usual.high)]
    if trend.value is None:
        lines.append(translate("WatchText", "No recent reading to compare"))
    else:
        recent = fmt.value_text(trend.series, trend.value)
        word = {
            UP: translate("WatchText", "above the usual"),
            DOWN: translate("WatchText", "below the usual"),
        }.get(trend.direction or "", translate("WatchText", "within the usual"))
        if trend.basis == "latest":
            what = translate("WatchText", "latest reading %1")
        elif trend.series == "mental_score":
            what = translate("WatchText", "last 7 days %1")
        else:
            what = translate("WatchText", "last 3 hours %1")
        lines.append(f"{what.replace('%1', recent)} · {word}")
    lines.append(
        translate("WatchText", "based on %1 day(s) of history").replace("%1", str(trend.days))
    )
    return "\n".join(lines)


def change_text(change: UsualChange) -> str:
    """A report's line: "심박이 평소(62–78)보다 높았습니다: 평균 91"."""
    translate = QCoreApplication.translate
    span = span_text(change.series, change.low, change.high)
    up = change.direction == UP
    text = {
        "heart_rate": translate("WatchText", "Heart rate was higher than usual (%1): average %2")
        if up
        else translate("WatchText", "Heart rate was lower than usual (%1): average %2"),
        "temperature": translate("WatchText", "The room was warmer than usual (%1): average %2")
        if up
        else translate("WatchText", "The room was colder than usual (%1): average %2"),
        "humidity": translate("WatchText", "The air was more humid than usual (%1): average %2")
        if up
        else translate("WatchText", "The air was drier than usual (%1): average %2"),
        "activity_score": translate("WatchText", "Activity rose above usual (%1): average %2")
        if up
        else translate("WatchText", "Activity fell below usual (%1): average %2"),
        "mental_score": translate("WatchText", "Mood was better than usual (%1): average %2")
        if up
        else translate("WatchText", "Mood was lower than usual (%1): average %2"),
    }.get(change.series, "%1 %2")
    return text.replace("%1", span).replace("%2", fmt.value_text(change.series, change.value))
