"""The Family screen's work on emergency contacts, run off the GUI thread (see
``screen_work``): each write returns the family it changed as a ``DeskChanges``."""

from __future__ import annotations

from carebot_desktop.services.api import CarebotApi, Row
from carebot_desktop.services.changes import DeskChanges


def load_contacts(api: CarebotApi, family_id: str) -> list[Row]:
    return api.contacts.get_contacts(family_id)


def _changed(family_id: str) -> DeskChanges:
    return DeskChanges(families=frozenset({family_id}), own=True)


def add_contact(api: CarebotApi, family_id: str, contact: Row) -> DeskChanges:
    api.contacts.add_contact(family_id, contact)
    return _changed(family_id)


def update_contact(api: CarebotApi, family_id: str, contact_id: int, contact: Row) -> DeskChanges:
    api.contacts.update_contact(contact_id, contact)
    return _changed(family_id)


def delete_contact(api: CarebotApi, family_id: str, contact_id: int) -> DeskChanges:
    api.contacts.delete_contact(contact_id)
    return _changed(family_id)
