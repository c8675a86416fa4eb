"""A family's emergency contacts (``desktop_contacts``): who to call, in the family's order.

The number is what a caregiver dials at 3 a.m., so it is checked as a phone number (digits
and the usual separators) before anything is written. Through a person's own login the
rows go through the write views ``desk_w_contact_new`` and ``desk_w_contact`` (the
families one belongs to).
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import func, select

from carebot_desktop.data._base import Area, columns, get_or_404, row
from carebot_desktop.data.errors import ValidationError
from carebot_desktop.data.models import Contact, Family
from carebot_desktop.data.validation import Field, check_text_list, clean, to_datetime, utcnow

Row = dict[str, object]

CONTACT_KEYS = columns(Contact)
CONTACTS_MAX = 20  # a family's list: a page to read in an emergency, not an address book
PHONE_MAX = 32  # characters, separators included
PHONE_DIGITS = (2, 20)  # 119 is three; E.164 allows 15, extensions a few more
_PHONE_CHARS = re.compile(r"^[0-9 +\-()]+$")
CONTACT_SPEC = {
    "name": Field("str", required=True, nullable=False, max_len=32),
    "relation": Field("str", max_len=32),
    "phone": Field("str", required=True, nullable=False, max_len=PHONE_MAX),
    "position": Field("int", minimum=0, maximum=10_000),
}


def check_phone(value: str) -> str:
    """A phone number as typed (stripped): digits, spaces, ``+``, ``-`` and parentheses,
    with 2 to 20 digits."""
    if not _PHONE_CHARS.match(value):
        raise ValidationError(
            "phone", "may hold only digits, spaces, +, - and parentheses (e.g. 010-1234-5678)"
        )
    digits = sum(c.isdigit() for c in value)
    low, high = PHONE_DIGITS
    if not low <= digits <= high:
        raise ValidationError("phone", f"must have {low} to {high} digits (this one has {digits})")
    return value


def _checked(data: object, *, partial: bool) -> dict[str, object]:
    values = clean(data, CONTACT_SPEC, partial=partial)
    if "phone" in values:
        values["phone"] = check_phone(str(values["phone"]))
    if values.get("relation") is None and "relation" in values:
        values["relation"] = ""
    return values


class Contacts(Area):
    def _now(self) -> datetime | object:
        """The time a write is stamped with: through a login the server's own clock (its
        write view accepts no other)."""
        return func.utc_timestamp() if self._db.secured else utcnow()

    def get_contacts(self, family_id: str) -> list[Row]:
        """The family's contacts in their order (``position``, then as added)."""
        family_id = check_text_list("family_id", [family_id])[0]
        query = (
            select(Contact)
            .where(Contact.family_id == family_id)
            .order_by(Contact.position, Contact.id)
        )
        with self._tx() as session:
            return [row(c, CONTACT_KEYS) for c in session.scalars(query)]

    def find_added(
        self, family_id: str, contact: Row, by: str | None, since: datetime
    ) -> int | None:
        """The id of a contact of the family exactly like ``contact`` (as ``add_contact``
        stores it) that ``by`` wrote at ``since`` or later; None if there is none. How a
        contact whose commit was lost with the connection is looked for before it is
        added again (``services.access.repeat``)."""
        family_id = check_text_list("family_id", [family_id])[0]
        values = _checked(contact, partial=False)
        if by is not None:
            by = check_text_list("by", [by])[0]
        since = to_datetime(since, "since")
        query = (
            select(Contact.id)
            .where(
                Contact.family_id == family_id,
                Contact.name == values["name"],
                Contact.relation == (values.get("relation") or ""),
                Contact.phone == values["phone"],
                Contact.updated_by.is_(None) if by is None else Contact.updated_by == by,
                Contact.updated_at >= since,
            )
            .order_by(Contact.id.desc())
            .limit(1)
        )
        with self._tx() as session:
            found = session.scalar(query)
        return int(found) if found is not None else None

    def get_one_contact(self, contact_id: int) -> Row:
        with self._tx() as session:
            return row(get_or_404(session, Contact, contact_id, "contact"), CONTACT_KEYS)

    def add_contact(self, family_id: str, contact: Row, *, by: str | None = None) -> int:
        """A new contact at the end of the list (or at ``position``); its id."""
        family_id = check_text_list("family_id", [family_id])[0]
        values = _checked(contact, partial=False)
        values.setdefault("relation", "")
        with self._tx() as session:
            get_or_404(session, Family, family_id, "family")
            count, last = session.execute(
                select(func.count(), func.max(Contact.position)).where(
                    Contact.family_id == family_id
                )
            ).one()
            if count >= CONTACTS_MAX:
                raise ValidationError(
                    None, f"a family has at most {CONTACTS_MAX} emergency contacts"
                )
            values.setdefault("position", 0 if last is None else last + 1)
            values.update(family_id=family_id, updated_by=by, updated_at=utcnow())
            return self._insert_row(
                session, Contact, "desk_w_contact_new", values, server_time="updated_at"
            )

    def update_contact(self, contact_id: int, contact: Row, *, by: str | None = None) -> bool:
        values = _checked(contact, partial=True)
        with self._tx() as session:
            found = get_or_404(session, Contact, contact_id, "contact")
            values.update(updated_by=by, updated_at=self._now())
            self._update_row(session, found, "desk_w_contact", "id", values, "contact")
        return True

    def delete_contact(self, contact_id: int) -> bool:
        with self._tx() as session:
            found = get_or_404(session, Contact, contact_id, "contact")
            self._delete_row(session, found, "desk_w_contact", "id", "contact")
        return True
