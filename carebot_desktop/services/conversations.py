"""Who one may write to, and one conversation's messages, oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from carebot_desktop.services.api import CarebotApi


@dataclass(frozen=True)
class Conversation:
    family_id: str
    partner_id: str
    partner_name: str
    nickname: str | None
    unread: int
    family_name: str = ""  # which family the two share (a caregiver writes to several)


def conversations(api: CarebotApi, user_id: str) -> list[Conversation]:
    """One conversation per person one may write to: everyone one shares a family with
    (its elder and its members: a caregiver writes to the daughter too), once each, the
    elder of each family first."""
    unread: dict[str, int] = {}
    for message in api.messages.get_new_received_messages(user_id):
        unread[message["from_id"]] = unread.get(message["from_id"], 0) + 1
    result = []
    listed = {user_id}
    for family in api.families.get_all_families():
        people = api.families.get_family_people(family["id"])
        if not any(p["user_id"] == user_id for p in people):
            continue  # a system account reads families but has no conversation
        for person in people:
            if person["user_id"] in listed:
                continue
            listed.add(person["user_id"])
            result.append(
                Conversation(
                    family["id"],
                    person["user_id"],
                    person["user_name"] or "",
                    person["nickname"],
                    unread.get(person["user_id"], 0),
                    family["family_name"] or "",
                )
            )
    return result


def conversation_messages(
    api: CarebotApi, user_id: str, partner_id: str, since: datetime | None = None
) -> list[dict[str, Any]]:
    received = [
        m
        for m in api.messages.get_all_received_messages(user_id, since)
        if m["from_id"] == partner_id
    ]
    sent = [
        m for m in api.messages.get_all_sent_messages(user_id, since) if m["to_id"] == partner_id
    ]
    return sorted(received + sent, key=lambda m: (m["created_at"] or datetime.min, m["index"]))
