"""The words for an alert's care state, the same on the banner, the list, the detail, the
overview and the tray: who is on it and for how long, or that nobody is ("31분째 아무도
맡지 않음"), and how it was closed. Each state also has its own icon, never colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from carebot_desktop.services import care
from carebot_desktop.ui import theme
from carebot_desktop.ui.care.words import outcome_text

# lupdate finds literal translate calls only (never a helper's): each is written out.
translate = QCoreApplication.translate


def span_text(seconds: int) -> str:
    """A short duration: "4분", "2시간 5분", "3일"."""
    minutes = max(0, seconds) // 60
    if minutes < 60:
        return translate("CarePanel", "%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        if not minutes:
            return translate("CarePanel", "%1 h").replace("%1", str(hours))
        return (
            translate("CarePanel", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    return translate("CarePanel", "%1 d").replace("%1", str(hours // 24))


def holder(state: Mapping[str, object]) -> str:
    return str(state.get("taken_by_name") or translate("CarePanel", "someone"))


def taken_seconds(state: Mapping[str, object], now: datetime) -> int:
    taken = state.get("taken_at")
    return max(0, int((now - taken).total_seconds())) if isinstance(taken, datetime) else 0


def state_text(
    state: Mapping[str, object] | None,
    now: datetime,
    *,
    read: bool = False,
    grade_shown: bool = False,
) -> str:
    """One line: "새 알림", "대응 중 · 박지은 · 4분", "해결됨 · 오경보"; an open crit
    alert nobody took says for how long; a taken one past ``care.OVERDUE_SECONDS`` says
    it is overdue. ``None`` (no state known): new, or acknowledged if ``read``.
    ``grade_shown``: the grade is in words beside it (the list), so not said again."""
    if state is None or state.get("state") == "new":
        if state is not None and state.get("grade") == "crit" and grade_shown:
            return unattended_text(state, now)  # beside the grade: "31분째 아무도 맡지 않음"
        if state is not None and state.get("grade") == "crit":
            waited = span_text(care.unattended(state, now))
            return translate("CarePanel", "Emergency · nobody has taken it · %1").replace(
                "%1", waited
            )
        return (
            translate("CarePanel", "Acknowledged") if read else translate("CarePanel", "New alert")
        )
    if state.get("state") == "taken":
        text = (
            translate("CarePanel", "Being handled · %1 · %2")
            .replace("%1", holder(state))
            .replace("%2", span_text(taken_seconds(state, now)))
        )
        if care.overdue(state, now):
            text += " · " + translate("CarePanel", "overdue")
        return text
    outcome = outcome_text(state.get("outcome"))
    return (
        translate("CarePanel", "Resolved · %1").replace("%1", outcome)
        if outcome
        else translate("CarePanel", "Resolved")
    )


def unattended_text(state: Mapping[str, object], now: datetime) -> str:
    """The banner's "31분째 아무도 맡지 않음"."""
    return translate("CarePanel", "nobody has taken it for %1").replace(
        "%1", span_text(care.unattended(state, now))
    )


def state_icon(state: Mapping[str, object] | None) -> QIcon:
    """New: the grade's icon; taken: the information one (someone is on it); resolved:
    a tick. Beside the words, so no state is told by colour alone."""
    if state is None:
        return QIcon()
    kind = str(state.get("state"))
    if kind == "new":
        return theme.grade_icon(str(state.get("grade") or "warn"))
    style = QApplication.style()
    if kind == "taken":
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)


def take_over_question(state: Mapping[str, object], now: datetime) -> str:
    """ "박지은 님이 4분 전부터 맡고 있습니다. 넘겨받을까요?\""""
    return (
        translate("CarePanel", "%1 has been handling this alert for %2. Take it over?")
        .replace("%1", holder(state))
        .replace("%2", span_text(taken_seconds(state, now)))
    )
