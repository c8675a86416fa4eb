"""Closing the loop on an alert, for the screens: the outcomes an alert closes with, and
plain reckonings over a state dict (``api.care.state``), with no database and no Qt.

The rules (who takes, the exactly-once escalation) live in ``data.care`` and the checked
``api.care``; this module only reads what they return.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from carebot_desktop.data.care import CARE_DEFAULTS, OPEN_DAYS, OUTCOMES
from carebot_desktop.data.care_escalation import OVERDUE_SECONDS
from carebot_desktop.data.care_log import TEXT_MAX

__all__ = [
    "CARE_DEFAULTS",
    "OPEN_DAYS",
    "OUTCOMES",
    "OVERDUE_SECONDS",
    "TEXT_MAX",
    "is_open",
    "open_seconds",
    "overdue",
    "unattended",
]


def is_open(state: Mapping[str, object]) -> bool:
    """Not resolved yet (new or taken)."""
    return state.get("state") != "resolved"


def open_seconds(state: Mapping[str, object], now: datetime) -> int:
    """How long the alert has been open at ``now`` (naive UTC), in whole seconds; until
    it was resolved if it is; 0 if its time is unknown or ahead of ``now``."""
    created = state.get("created_at")
    if not isinstance(created, datetime):
        return 0
    resolved = state.get("resolved_at")
    end = resolved if isinstance(resolved, datetime) else now
    return max(0, int((end - created).total_seconds()))


def unattended(state: Mapping[str, object], now: datetime) -> int:
    """Seconds a new alert has waited for someone to take it (0 once taken): the
    banner's "31분째 아무도 맡지 않음"."""
    return open_seconds(state, now) if state.get("state") == "new" else 0


def overdue(state: Mapping[str, object], now: datetime) -> bool:
    """A taken crit alert still not resolved ``OVERDUE_SECONDS`` after it was taken."""
    taken = state.get("taken_at")
    return (
        state.get("state") == "taken"
        and state.get("grade") == "crit"
        and isinstance(taken, datetime)
        and (now - taken).total_seconds() >= OVERDUE_SECONDS
    )
