"""The care log's and the handover's work functions: run off the GUI thread by the
operation type, given the API and plain values, never a widget."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carebot_desktop.data.care_log import TEXT_MAX
from carebot_desktop.services import reports
from carebot_desktop.services.access import action_of
from carebot_desktop.services.api import CarebotApi, Row
from carebot_desktop.services.changes import DeskChanges, made_here
from carebot_desktop.services.reports import CareEntry, ShiftSummary

__all__ = [
    "TEXT_MAX",
    "CareEntry",
    "HandoverView",
    "ShiftSummary",
    "add_note",
    "check_note_text",
    "confirm_handover",
    "hand_over",
    "handover_to_confirm",
    "load_care_log",
    "load_handover",
    "open_alert_count",
]


def load_care_log(
    api: CarebotApi, user_id: str, family_id: str, start: datetime, end: datetime
) -> tuple[str, list[CareEntry]]:
    """The family's care log over [start, end], with the family's id (an answer for a
    family no longer shown is dropped)."""
    return family_id, reports.care_log(api, family_id, start, end, user_id)


def add_note(api: CarebotApi, family_id: str, text: str) -> DeskChanges:
    api.care.add_note(family_id, text)
    # The log reloads itself; no other screen shows notes.
    return made_here(api, DeskChanges())


@dataclass(frozen=True)
class HandoverView:
    """What the handover dialog shows: this shift's summary and the latest handover
    (None when there is none), and whether this person confirmed reading it."""

    summary: ShiftSummary
    latest: Row | None
    confirmed: bool


def load_handover(api: CarebotApi, user_id: str, since: datetime) -> HandoverView:
    with action_of(api):
        summary = reports.shift_summary(api, since)
        latest, confirmed = _latest(api, user_id)
    return HandoverView(summary, latest, confirmed)


def _latest(api: CarebotApi, user_id: str) -> tuple[Row | None, bool]:
    found = api.care.handovers()
    if not found:
        return None, False
    latest = found[0]
    if latest["by"] == user_id:
        return latest, True  # one's own: nothing to confirm
    readers = {r["user_id"] for r in api.care.handover_reads(int(latest["id"]))}
    return latest, user_id in readers


def handover_to_confirm(api: CarebotApi, user_id: str) -> Row | None:
    """At sign-in on a care-centre desk: the latest handover by someone else that this
    person has not confirmed reading yet (None: nothing to show)."""
    with action_of(api):
        latest, confirmed = _latest(api, user_id)
    return None if latest is None or confirmed else latest


def hand_over(api: CarebotApi, text: str) -> DeskChanges:
    api.care.hand_over(text)
    return made_here(api, DeskChanges())


def confirm_handover(api: CarebotApi, handover_id: int) -> bool:
    return api.care.confirm_handover(handover_id)


def open_alert_count(api: CarebotApi) -> int:
    """The alerts still open in one's families (the sign-out warning names them)."""
    return len(api.care.open_alerts())


def check_note_text(text: str) -> str | None:
    """What is wrong with a note before anything is sent ("empty", "long") or None."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if len(stripped) > TEXT_MAX:
        return "long"
    return None
