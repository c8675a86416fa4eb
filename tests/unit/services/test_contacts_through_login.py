"""Through a person's own MariaDB login (the per-person views): members of one family write
to each other and keep its emergency contacts, enforced by the database too, and a
stranger still reaches neither."""

from __future__ import annotations

import pymysql
import pytest

from carebot_desktop.data import PermissionDeniedError
from carebot_desktop.services import CarebotService
from tests.unit.services.test_database_enforced import PASSWORD, Place

pytestmark = pytest.mark.mariadb


@pytest.fixture
def place(mariadb_schema_factory):
    built = Place(mariadb_schema_factory())
    # the newcomer joins family F as its second member (a caregiver beside the daughter)
    built.admin.members.create_member({"family_id": built.family, "user_id": built.ids["newcomer"]})
    yield built
    built.close()


def _signed_in(place: Place, name: str):
    service = CarebotService(place.db(name), None, bcrypt_cost=4)
    return service.as_user(service.login(f"{name}@carebot.test", PASSWORD)["session_id"])


def _insert(raw: pymysql.Connection, sql: str) -> int:
    with raw.cursor() as cursor:
        return cursor.execute(sql)


def test_co_members_message_each_other_through_their_logins(place):
    caregiver = _signed_in(place, "newcomer")
    sent = caregiver.messages.create_message(
        {"from_id": place.ids["newcomer"], "to_id": place.ids["member"], "content": "괜찮으세요"}
    )
    assert place.admin.messages.get_one_message(sent)["to_id"] == place.ids["member"]
    daughter = _signed_in(place, "member")
    daughter.messages.create_message(
        {"from_id": place.ids["member"], "to_id": place.ids["newcomer"], "content": "네"}
    )
    outsider = _signed_in(place, "outsider")
    with pytest.raises(PermissionDeniedError):
        outsider.messages.create_message(
            {"from_id": place.ids["outsider"], "to_id": place.ids["member"], "content": "hi"}
        )
    # the database says the same to raw SQL
    values = "'hi', UTC_TIMESTAMP(), 0)"
    raw = place.raw("newcomer")
    try:
        assert _insert(
            raw,
            "INSERT INTO desk_w_message_out (from_id, to_id, content, created_at, is_read) "
            f"VALUES ('{place.ids['newcomer']}', '{place.ids['member']}', {values}",
        )
    finally:
        raw.close()
    raw = place.raw("outsider")
    try:
        with pytest.raises(pymysql.MySQLError):
            _insert(
                raw,
                "INSERT INTO desk_w_message_out (from_id, to_id, content, created_at, is_read) "
                f"VALUES ('{place.ids['outsider']}', '{place.ids['member']}', {values}",
            )
    finally:
        raw.close()


def test_emergency_contacts_through_logins(place):
    daughter = _signed_in(place, "member")
    contact = daughter.contacts.add_contact(
        place.family, {"name": "정민수", "relation": "아들", "phone": "010-1234-5678"}
    )
    elder = _signed_in(place, "main")
    # a contact someone else added is changed and removed by another of the family
    assert elder.contacts.update_contact(contact, {"phone": "010 2222 3333"})
    [row] = place.admin.contacts.get_contacts(place.family)
    assert (row["phone"], row["updated_by"]) == ("010 2222 3333", place.ids["main"])
    outsider = _signed_in(place, "outsider")
    with pytest.raises(PermissionDeniedError):
        outsider.contacts.get_contacts(place.family)
    raw = place.raw("outsider")
    try:
        with raw.cursor() as cursor:  # out of sight: nothing to read or change
            cursor.execute("SELECT COUNT(*) FROM desktop_contacts")
            assert cursor.fetchone() == (0,)
            assert cursor.execute("DELETE FROM desk_w_contact") == 0
        with pytest.raises(pymysql.MySQLError):
            _insert(
                raw,
                "INSERT INTO desk_w_contact_new (family_id, name, relation, phone, position, "
                f"updated_by, updated_at) VALUES ('{place.family}', 'x', '', '112', 0, "
                f"'{place.ids['outsider']}', UTC_TIMESTAMP())",
            )
    finally:
        raw.close()
    raw = place.raw("member")
    try:
        with pytest.raises(pymysql.MySQLError):  # in someone else's name
            _insert(
                raw,
                "INSERT INTO desk_w_contact_new (family_id, name, relation, phone, position, "
                f"updated_by, updated_at) VALUES ('{place.family}', 'x', '', '112', 0, "
                f"'{place.ids['main']}', UTC_TIMESTAMP())",
            )
    finally:
        raw.close()
    assert elder.contacts.delete_contact(contact)
    assert place.admin.contacts.get_contacts(place.family) == []
