"""What a notification row says, as the screens show it (a disaster message, a fall, a
fire, an alert the desktop's watcher derived from the elder's own history, or the robot's
own text), and the unread critical alerts the banner holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from carebot_desktop.data.parsing import as_text, load_json
from carebot_desktop.services.api import CarebotApi


@dataclass(frozen=True)
class Alert:
    index: int
    family_id: str
    created_at: datetime | None
    grade: str
    is_read: bool
    kind: str  # disaster, fall, fire, watch, other
    title: str  # disaster type (대설...), or the robot's text
    message: str
    region: str = ""
    step: str = ""
    detail: str = ""
    image_url: str | None = None
    pending: bool = False  # acknowledged offline, waiting in the outbox
    # A derived alert's kind ("carebot.<kind>": inactivity, robot_silent, heart_rate,
    # room_temperature, mood; another is kept as written); its ``message`` the sentence.
    watch_kind: str = ""


WATCH_TYPE_PREFIX = "carebot."


def parse_alert(row: dict[str, Any]) -> Alert:
    """Never raises on the description (other programs write it): JSON that is not a
    disaster alert, or not readable, is shown as plain text."""
    description = row.get("description")
    text = description.strip() if isinstance(description, str) else ""
    common = {
        "index": row["index"],
        "family_id": row["family_id"],
        "created_at": row.get("created_at"),
        "grade": row.get("notification_grade") or "none",
        "is_read": bool(row.get("is_read")),
        "pending": bool(row.get("pending")),
        "image_url": row.get("image_url")
        if row.get("image_url") not in (None, "", "NULL")
        else None,
    }
    if text.startswith("{"):
        data = load_json(text)
        if isinstance(data, dict) and ("MSG_CN" in data or "DST_SE_NM" in data):
            return Alert(
                kind="disaster",
                title=as_text(data.get("DST_SE_NM") or "", 200),
                message=as_text(data.get("MSG_CN") or ""),
                region=" ".join(as_text(data.get("RCPTN_RGN_NM") or "", 500).split()),
                step=as_text(data.get("EMRG_STEP_NM") or "", 100),
                detail=as_text(data.get("CRT_DT") or "", 100),
                **common,
            )
        if isinstance(data, dict) and _is_watch_type(data.get("type")):
            kind = str(data["type"])[len(WATCH_TYPE_PREFIX) :]
            message = as_text(data.get("message") or "").strip()
            return Alert(
                kind="watch",
                watch_kind=kind[:60],
                title=message[:60],
                message=message[:5_000],
                detail=as_text(data.get("since") or "", 100),
                **common,
            )
    head, _, detail = text.partition(",")
    if head.startswith("낙상"):
        return Alert(kind="fall", title=head, message=text, detail=detail, **common)
    if head.startswith("화재"):
        return Alert(kind="fire", title=head, message=text, detail=detail, **common)
    return Alert(kind="other", title=text[:60], message=text[:5_000], **common)


def _is_watch_type(value: object) -> bool:
    return (
        isinstance(value, str)
        and value.startswith(WATCH_TYPE_PREFIX)
        and len(value) > len(WATCH_TYPE_PREFIX)
    )


def unread_critical(api: CarebotApi) -> list[Alert]:
    """Unacknowledged ``crit`` alerts of all the user's families, oldest first: the banner
    stays until a person acknowledges each. One statement for all the families."""
    rows = api.notifications.get_unread_notifications(None, "crit")
    alerts = [parse_alert(r) for r in rows]
    return sorted(alerts, key=lambda a: (a.created_at or datetime.min, a.index))
