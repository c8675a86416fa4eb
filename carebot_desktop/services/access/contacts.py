"""A family's emergency contacts under their rules (``data.contacts.Contacts``).

The family's main user and its members (and a system account) read and edit them: the
people who would be called are the family's to list, not only the elder's. The data layer
is told who changed a contact (``by``).
"""

from __future__ import annotations

from carebot_desktop.services.access.policy import Area
from carebot_desktop.services.api import Row


class ContactsApi(Area):
    def get_contacts(self, family_id: str) -> list[Row]:
        """The family's contacts in their order."""
        return self._db.contacts.get_contacts(family_id)

    def add_contact(self, family_id: str, contact: Row) -> int:
        """A new contact ({"name", "relation", "phone"[, "position"]}); its id."""
        return self._db.contacts.add_contact(family_id, contact, by=self._actor.user_id)

    def update_contact(self, contact_id: int, contact: Row) -> bool:
        return self._db.contacts.update_contact(contact_id, contact, by=self._actor.user_id)

    def delete_contact(self, contact_id: int) -> bool:
        return self._db.contacts.delete_contact(contact_id)
