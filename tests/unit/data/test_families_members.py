from datetime import date

import pytest

from carebot_desktop.data import ConflictError, NotFoundError, ValidationError
from tests.factories import make_account, make_family, make_member


def test_create_family_creates_settings_all_off(db):
    family_id, main = make_family(db, family_name="김순자 할머니 댁")
    assert family_id.startswith("F") and len(family_id) == 16
    assert db.families.get_one_family(family_id) == {
        "id": family_id,
        "main_user": main,
        "family_name": "김순자 할머니 댁",
    }
    assert db.families.main_id_to_family_id(main) == family_id
    assert db.tools.get_settings(family_id) == {
        "family_id": family_id,
        "is_alarm_enabled": False,
        "is_camera_enabled": False,
        "is_microphone_enabled": False,
        "is_driving_enabled": False,
    }
    assert db.families.get_all_families() == [db.families.get_one_family(family_id)]


def test_family_needs_a_main_account_without_family(db):
    sub = make_account(db, "sub")
    with pytest.raises(ValidationError) as caught:
        db.families.create_family({"main_user": sub})
    assert caught.value.field == "main_user"
    with pytest.raises(ValidationError):
        db.families.create_family({"main_user": "UNOSUCHACCOUNT0"})
    _, main = make_family(db)
    with pytest.raises(ConflictError):
        db.families.create_family({"main_user": main, "family_name": "둘째 집"})
    assert len(db.families.get_all_families()) == 1
    with pytest.raises(ValidationError):
        db.families.create_family({"main_user": make_account(db), "family_name": "x" * 33})
    assert len(db.families.get_all_families()) == 1


def test_find_family_applies_only_given_filters(db):
    a = make_account(
        db,
        "main",
        user_name="김순자",
        birth_date="1941-02-03",
        gender="female",
        address="부산광역시 해운대구",
    )
    b = make_account(
        db,
        "main",
        user_name="김순자",
        birth_date="1950-07-08",
        gender="female",
        address="서울특별시 종로구",
    )
    fa = db.families.create_family({"main_user": a, "family_name": "해운대"})
    fb = db.families.create_family({"main_user": b, "family_name": "종로"})
    both = db.families.find_family(user_name="김순자")
    assert {r["family_id"] for r in both} == {fa, fb}
    one = db.families.find_family(
        user_name="김순자", birth_date="1941-02-03", gender="FEMALE", address="부산광역시 해운대구"
    )
    assert one == [
        {
            "family_id": fa,
            "family_name": "해운대",
            "account_id": a,
            "account_name": "김순자",
            "account_birth_date": date(1941, 2, 3),
            "account_gender": "female",
            "account_address": "부산광역시 해운대구",
        }
    ]
    assert db.families.find_family(user_name="김순자", gender="male") == []
    assert len(db.families.find_family()) == 2
    with pytest.raises(ValidationError):
        db.families.find_family(birth_date="yesterday")
    with pytest.raises(ValidationError):
        db.families.find_family(gender="robot")


def test_update_and_delete_family(db):
    family_id, _ = make_family(db)
    assert db.families.update_one_family(family_id, {"family_name": "새 이름"}) is True
    assert db.families.get_one_family(family_id)["family_name"] == "새 이름"
    with pytest.raises(ValidationError):
        db.families.update_one_family(family_id, {"id": "Fxxxxxxxxxxxxxxx"})
    with pytest.raises(NotFoundError):
        db.families.update_one_family("FNOSUCHFAMILY00", {"family_name": "x"})
    _, member = make_member(db, family_id)
    db.status.create_home_status({"family_id": family_id, "temperature": 20})
    db.notifications.create_notification({"family_id": family_id, "description": "낙상감지"})
    assert db.families.delete_one_family(family_id) is True
    with pytest.raises(NotFoundError):
        db.families.get_one_family(family_id)
    with pytest.raises(NotFoundError):
        db.tools.get_settings(family_id)
    assert db.members.get_all_members(user_id=member) == []
    assert db.status.get_home_status(family_id, "2000-01-01") == []
    with pytest.raises(NotFoundError):
        db.families.delete_one_family(family_id)
    with pytest.raises(NotFoundError):
        db.families.main_id_to_family_id("UNOSUCHACCOUNT0")


def test_members(db):
    family_id, main = make_family(db)
    member_id, user = make_member(db, family_id, nickname="막내아들")
    assert member_id.startswith("M") and len(member_id) == 16
    assert db.members.get_one_member(member_id) == {
        "id": member_id,
        "family_id": family_id,
        "user_id": user,
        "nickname": "막내아들",
    }
    other_family, _ = make_family(db)
    db.members.create_member({"family_id": other_family, "user_id": user, "nickname": "조카"})
    assert len(db.members.get_all_members(user_id=user)) == 2
    assert [m["id"] for m in db.members.get_all_members(family_id=family_id)] == [member_id]
    assert db.members.get_all_members(family_id=family_id, user_id="UNOSUCHACCOUNT0") == []
    assert len(db.members.get_all_members()) == 2
    assert db.members.update_one_member(member_id, {"nickname": "둘째"}) is True
    assert db.members.get_one_member(member_id)["nickname"] == "둘째"
    with pytest.raises(ValidationError):
        db.members.update_one_member(member_id, {"family_id": other_family})
    assert db.members.delete_one_member(member_id) is True
    with pytest.raises(NotFoundError):
        db.members.get_one_member(member_id)
    with pytest.raises(NotFoundError):
        db.members.delete_one_member(member_id)
    with pytest.raises(NotFoundError):
        db.members.update_one_member(member_id, {"nickname": "x"})
    assert db.accounts.get_one_account(main)["role"] == "main"


def test_member_rules(db):
    family_id, main = make_family(db)
    _, user = make_member(db, family_id)
    with pytest.raises(ConflictError):
        db.members.create_member({"family_id": family_id, "user_id": user})
    with pytest.raises(ValidationError) as caught:
        db.members.create_member({"family_id": family_id, "user_id": main})
    assert caught.value.field == "user_id"
    with pytest.raises(ValidationError) as caught:
        db.members.create_member({"family_id": "FNOSUCHFAMILY00", "user_id": user})
    assert caught.value.field == "family_id"
    with pytest.raises(ValidationError):
        db.members.create_member(
            {"family_id": family_id, "user_id": make_account(db, "sub"), "nickname": "닉" * 33}
        )
    assert len(db.members.get_all_members(family_id=family_id)) == 1


def test_orm_cascade_matches_the_database(db):
    """Deleting through the ORM session removes the same rows as the database cascade."""
    from carebot_desktop.data.models import Family

    family_id, _ = make_family(db)
    make_member(db, family_id)
    db.status.create_health_status({"family_id": family_id, "heart_rate": 70})
    with db.transaction() as session:
        family = session.get(Family, family_id)
        _ = family.members  # loaded children go through the ORM cascade
        session.delete(family)
    assert db.members.get_all_members(family_id=family_id) == []
    assert db.status.get_health_status(family_id, "2000-01-01") == []
    with pytest.raises(NotFoundError):
        db.tools.get_settings(family_id)


def test_family_people(db):
    family_id, main = make_family(db)
    _, daughter = make_member(db, family_id, nickname="큰딸")
    people = db.families.get_family_people(family_id)
    assert [p["user_id"] for p in people] == [main, daughter]
    assert people[0]["role"] == "main" and people[0]["address"] == "서울특별시 종로구"
    assert people[1]["nickname"] == "큰딸" and people[1]["birth_date"] is None
    with pytest.raises(NotFoundError):
        db.families.get_family_people("FNOSUCHFAMILY00")
