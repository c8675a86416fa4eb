"""What the family list shows: one plain row per family, computed below the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from carebot_desktop.data import Database
from carebot_desktop.data.validation import utcnow


@dataclass(frozen=True)
class FamilySummary:
    family_id: str
    family_name: str
    elder_name: str
    elder_age: int | None
    elder_gender: str | None
    address: str
    member_count: int
    unread_notifications: int


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def list_family_summaries(db: Database) -> list[FamilySummary]:
    today = utcnow().date()
    result = []
    for row in db.families.find_family():
        family_id = row["family_id"]
        result.append(FamilySummary(
            family_id=family_id,
            family_name=row["family_name"] or "",
            elder_name=row["account_name"] or "",
            elder_age=age_on(row["account_birth_date"], today),
            elder_gender=row["account_gender"],
            address=row["account_address"] or "",
            member_count=len(db.members.get_all_members(family_id=family_id)),
            unread_notifications=len(db.notifications.get_new_notifications(family_id)),
        ))
    return result
