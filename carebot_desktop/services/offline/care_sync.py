"""The care desk's part of the sync: who took and who resolved each alert of the user's
families, their levels, and the elders' care logs, so that offline review still says
who was on an alert and what was done (``api.care`` reads the copy as it reads the
server). Writes of care wait for the server (``OfflineCare`` refuses them).

What the screens read is copied from what the API returns (``open_alerts``: the open
alerts' states and levels; ``notes``: the care log with the resolved alerts), not from
the tables: the same rules decide what the user sees online and offline.
"""

from __future__ import annotations

from datetime import datetime

from carebot_desktop.data import models
from carebot_desktop.data.cache import CacheStore
from carebot_desktop.services.api import CarebotApi, Row

CARE_COLUMNS = (
    "taken_by",
    "taken_by_name",
    "taken_at",
    "resolved_by",
    "resolved_by_name",
    "resolved_at",
    "outcome",
    "note",
)


def open_care(api: CarebotApi, family_ids: list[str]) -> dict[str, list[Row]]:
    """Who holds each open alert of these families now, by family (one read for them
    all; each family's care rows then look at its own, not at every family's)."""
    by_family: dict[str, list[Row]] = {family_id: [] for family_id in family_ids}
    for state in api.care.open_alerts():
        family_id = state.get("family_id")
        if isinstance(family_id, str) and family_id in by_family:
            by_family[family_id].append(state)
    return by_family


def sync_family_care(
    api: CarebotApi,
    store: CacheStore,
    open_states: list[Row],  # the family's (``open_care(...)[family_id]``)
    family_id: str,
    horizon: datetime,
    now: datetime,
) -> int:
    """Replace the family's care rows in the copy with the server's of the period (the
    alerts' own rows must be in the copy already: the offline sync calls this right after
    the family's notifications, in the same action; an alert made and taken since waits
    for the next sync, or its row would break the copy's foreign key and the whole sync:
    only rows of the alerts the copy holds are written, whatever their times say). The
    number of rows copied."""
    log = api.care.notes(family_id, horizon, now)
    cares, levels = _open_rows(open_states, family_id, horizon, now)
    cares += [_resolved_row(e, family_id) for e in log if _kept(e, horizon, now, "alert")]
    held = store.notification_indexes(family_id)
    cares = [row for row in cares if row["notification_index"] in held]
    levels = [row for row in levels if row["notification_index"] in held]
    notes = [_note_row(e, family_id) for e in log if e.get("kind") == "note"]
    store.replace(models.AlertCare, models.AlertCare.family_id == family_id, cares)
    store.replace(models.Escalation, models.Escalation.family_id == family_id, levels)
    store.replace(models.CareNote, models.CareNote.family_id == family_id, notes)
    return len(cares) + len(levels) + len(notes)


def _kept(entry: Row, horizon: datetime, now: datetime, kind: str) -> bool:
    """An entry of ``kind`` whose alert is in the copy (made within the period)."""
    created = entry.get("created_at")
    return (
        entry.get("kind", kind) == kind
        and isinstance(created, datetime)
        and horizon <= created <= now
    )


def _open_rows(
    states: list[Row], family_id: str, horizon: datetime, now: datetime
) -> tuple[list[Row], list[Row]]:
    """The taken alerts' care rows and the levels of the new ones."""
    cares: list[Row] = []
    levels: list[Row] = []
    for state in states:
        if state.get("family_id") != family_id or not _kept(state, horizon, now, "alert"):
            continue
        if state.get("state") == "taken":
            cares.append(
                {
                    "notification_index": state["index"],
                    "family_id": family_id,
                    "state": "taken",
                    **{key: state.get(key) for key in CARE_COLUMNS},
                }
            )
        level = state.get("escalation")
        for n in range(1, level + 1 if isinstance(level, int) else 1):
            # (when each level was raised is not shown; the alert's own time stands in)
            levels.append(
                {
                    "notification_index": state["index"],
                    "level": n,
                    "family_id": family_id,
                    "raised_at": state["created_at"],
                    "raised_by": None,
                }
            )
    return cares, levels


def _resolved_row(entry: Row, family_id: str) -> Row:
    return {
        "notification_index": entry["index"],
        "family_id": family_id,
        "state": "resolved",
        "taken_by": entry.get("taken_by"),
        "taken_by_name": entry.get("taken_by_name"),
        "taken_at": entry.get("taken_at"),
        "resolved_by": entry.get("by"),
        "resolved_by_name": entry.get("by_name"),
        "resolved_at": entry.get("at"),
        "outcome": entry.get("outcome"),
        "note": entry.get("text") or None,
    }


def _note_row(entry: Row, family_id: str) -> Row:
    return {
        "id": entry["id"],
        "family_id": family_id,
        "author_id": entry.get("by"),
        "author_name": entry.get("by_name"),
        "at": entry["at"],
        "text": entry.get("text") or "",
    }
