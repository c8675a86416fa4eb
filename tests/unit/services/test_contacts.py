"""A family's emergency contacts (``api.contacts``) and messages between co-members: who
may read and change them, what bad input gets, and that nothing half-written stays."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import OfflineError, PermissionDeniedError, ValidationError
from carebot_desktop.data.contacts import CONTACTS_MAX, check_phone
from carebot_desktop.data.models import Contact
from carebot_desktop.services import offline as off
from tests.unit.services.conftest import sign_in

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)
SON = {"name": "정민수", "relation": "아들", "phone": "010-1234-5678"}


@SQLITE_AND_MARIADB
def test_members_keep_the_list_in_order_and_stamped(db, service, world):
    member = service.as_user(world.tokens["member"])
    main = service.as_user(world.tokens["main"])
    first = member.contacts.add_contact(world.family, SON)
    second = main.contacts.add_contact(
        world.family, {"name": "이웃 김씨", "phone": "+82 (2) 765-4321"}
    )
    rows = main.contacts.get_contacts(world.family)
    assert [r["id"] for r in rows] == [first, second]
    assert rows[0]["updated_by"] == world.ids["member"]
    assert rows[1]["relation"] == ""
    assert rows[0]["position"] < rows[1]["position"]
    assert main.contacts.update_contact(first, {"phone": "010 9999 0000", "position": 99})
    rows = member.contacts.get_contacts(world.family)
    assert [r["id"] for r in rows] == [second, first]
    assert rows[1]["phone"] == "010 9999 0000"
    assert rows[1]["updated_by"] == world.ids["main"]
    assert member.contacts.delete_contact(second)
    assert [r["id"] for r in main.contacts.get_contacts(world.family)] == [first]
    # each change is audited in the family's name
    log = db.security.get_audit_log(limit=20)
    operations = {(e["operation"], e["target_id"]) for e in log}
    for operation in ("add_contact", "update_contact", "delete_contact"):
        assert (operation, world.family) in operations


@SQLITE_AND_MARIADB
def test_outsiders_neither_read_nor_change_them(db, service, world):
    contact = db.contacts.add_contact(world.family, SON)
    outsider = service.as_user(world.tokens["outsider"])
    for attempt in (
        lambda: outsider.contacts.get_contacts(world.family),
        lambda: outsider.contacts.add_contact(world.family, SON),
        lambda: outsider.contacts.update_contact(contact, {"name": "가짜"}),
        lambda: outsider.contacts.delete_contact(contact),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert db.contacts.get_contacts(world.family)[0]["name"] == "정민수"


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "", "phone": "010-1234-5678"},
        {"name": "가" * 33, "phone": "010-1234-5678"},
        {"name": "아들", "relation": "가" * 33, "phone": "010-1234-5678"},
        {"name": "아들", "phone": "010-CALL-NOW"},
        {"name": "아들", "phone": "1"},
        {"name": "아들", "phone": "1" * 21},
        {"name": "아들", "phone": "<b>010</b>"},
        {"name": "아들"},
        {"name": "아들", "phone": "010", "email": "a@b.c"},
    ],
)
def test_bad_input_gets_a_sentence_and_writes_nothing(db, service, world, bad):
    main = service.as_user(world.tokens["main"])
    with pytest.raises(ValidationError) as refused:
        main.contacts.add_contact(world.family, bad)
    assert str(refused.value)
    assert main.contacts.get_contacts(world.family) == []
    contact = main.contacts.add_contact(world.family, SON)
    if "phone" in bad:  # (an update may leave the phone out)
        with pytest.raises(ValidationError):
            main.contacts.update_contact(contact, bad)
    assert main.contacts.get_contacts(world.family)[0]["phone"] == SON["phone"]


def test_phone_numbers_as_people_write_them():
    for number in ("119", "010-1234-5678", "+82 10 1234 5678", "(02) 765-4321", "02-765-4321"):
        assert check_phone(number) == number
    with pytest.raises(ValidationError, match="2 to 20 digits"):
        check_phone("++--")


def test_a_family_list_has_a_limit(db, service, world):
    main = service.as_user(world.tokens["main"])
    for n in range(CONTACTS_MAX):
        main.contacts.add_contact(world.family, {"name": f"연락처 {n}", "phone": f"010-{n:04}"})
    with pytest.raises(ValidationError, match="at most"):
        main.contacts.add_contact(world.family, SON)
    assert len(main.contacts.get_contacts(world.family)) == CONTACTS_MAX


def test_contacts_go_with_their_family(db, world):
    db.contacts.add_contact(world.family, SON)
    db.families.delete_one_family(world.family)
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


# --- messages between the people of one family --------------------------------------


@SQLITE_AND_MARIADB
def test_co_members_write_to_each_other_and_strangers_do_not(db, service, world):
    """A caregiver (a member) writes to the elder's daughter (another member); someone of
    another family still cannot."""
    db.members.create_member({"family_id": world.family, "user_id": world.free_sub})
    caregiver = service.as_user(sign_in(db, world.free_sub))
    index = caregiver.messages.create_message(
        {"from_id": world.free_sub, "to_id": world.ids["member"], "content": "어머니 괜찮으세요"}
    )
    daughter = service.as_user(world.tokens["member"])
    assert daughter.messages.get_one_message(index)["content"] == "어머니 괜찮으세요"
    daughter.messages.create_message(
        {"from_id": world.ids["member"], "to_id": world.free_sub, "content": "감사합니다"}
    )
    outsider = service.as_user(world.tokens["outsider"])
    with pytest.raises(PermissionDeniedError):
        outsider.messages.create_message(
            {"from_id": world.ids["outsider"], "to_id": world.ids["member"], "content": "안녕"}
        )
    with pytest.raises(PermissionDeniedError):
        daughter.messages.create_message(
            {"from_id": world.ids["member"], "to_id": world.ids["outsider"], "content": "안녕"}
        )


# --- the offline copy -----------------------------------------------------------------


@pytest.mark.mariadb
@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_the_offline_copy_shows_the_contacts_and_refuses_changes(
    db, service, world, monkeypatch, tmp_path
):
    monkeypatch.setenv("CAREBOT_DATA_DIR", str(tmp_path / "data"))
    contact = db.contacts.add_contact(world.family, SON)
    api = service.as_user(world.tokens["member"])
    keys = off.CacheKeys(MemorySecretStore())
    cache = off.open_user_cache("server", world.emails["member"], keys, "a password 1")
    try:
        off.sync(api, cache, world.ids["member"], world.tokens["member"])
        offline = off.OfflineApi(cache, world.tokens["member"], world.ids["member"])
        assert offline.contacts.get_contacts(world.family) == api.contacts.get_contacts(
            world.family
        )
        for attempt in (
            lambda: offline.contacts.add_contact(world.family, SON),
            lambda: offline.contacts.update_contact(contact, {"name": "가짜"}),
            lambda: offline.contacts.delete_contact(contact),
        ):
            with pytest.raises(OfflineError):
                attempt()
        # a contact removed on the server goes from the copy at the next sync
        db.contacts.delete_contact(contact)
        off.sync(api, cache, world.ids["member"], world.tokens["member"])
        assert offline.contacts.get_contacts(world.family) == []
    finally:
        cache.close()
