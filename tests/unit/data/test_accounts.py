from datetime import date

import pytest

from carebot_desktop.data import ConflictError, NotFoundError, ValidationError
from tests.factories import make_account, make_family, make_member


def test_create_and_read_account(db):
    account_id = make_account(db, "main", email="Kim.Soonja@Example.KR", user_name="김순자")
    assert account_id.startswith("U") and len(account_id) == 16
    assert account_id[1:].isalnum()
    row = db.accounts.get_one_account(account_id)
    assert row == {
        "id": account_id,
        "email": "kim.soonja@example.kr",
        "role": "main",
        "user_name": "김순자",
        "birth_date": date(1945, 5, 17),
        "gender": "female",
        "address": "서울특별시 종로구",
    }
    assert "password" not in row
    assert {"email": "kim.soonja@example.kr"} in db.accounts.get_all_email()
    assert [a["id"] for a in db.accounts.get_all_accounts()] == [account_id]
    assert db.accounts.get_id_from_email("KIM.soonja@example.kr") == account_id
    assert db.accounts.get_hashed_password(account_id).startswith("$2b$12$")


def test_gender_defaults_to_other(db):
    account_id = db.accounts.create_account({"email": "a@b.kr", "password": "h", "role": "sub"})
    assert db.accounts.get_one_account(account_id)["gender"] == "other"


def test_enums_are_stored_as_upper_case_names(db):
    from sqlalchemy import text

    account_id = make_account(db, "sub", gender="male")
    with db.engine.connect() as connection:
        role, gender = connection.execute(
            text("SELECT role, gender FROM accounts WHERE id = :id"), {"id": account_id}
        ).one()
    assert (role, gender) == ("SUB", "MALE")


def test_duplicate_email_conflicts(db):
    make_account(db, email="same@example.kr")
    with pytest.raises(ConflictError):
        make_account(db, email="SAME@example.kr")
    assert len(db.accounts.get_all_accounts()) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not-an-email"),
        ("email", "x" * 120 + "@example.kr"),
        ("role", "admin"),
        ("gender", "unknown"),
        ("birth_date", "1945-13-01"),
        ("birth_date", "2999-01-01"),
        ("user_name", "가" * 33),
        ("address", "a" * 129),
        ("password", ""),
        ("colour", "blue"),
    ],
)
def test_bad_account_data_is_refused_and_nothing_written(db, field, value):
    data = {"email": "ok@example.kr", "password": "h", "role": "main", field: value}
    with pytest.raises(ValidationError) as caught:
        db.accounts.create_account(data)
    assert caught.value.field == field
    assert db.accounts.get_all_accounts() == []


def test_missing_accounts(db):
    with pytest.raises(NotFoundError):
        db.accounts.get_one_account("UNOSUCHACCOUNT0")
    with pytest.raises(NotFoundError):
        db.accounts.get_id_from_email("nobody@example.kr")
    with pytest.raises(NotFoundError):
        db.accounts.get_hashed_password("UNOSUCHACCOUNT0")
    with pytest.raises(NotFoundError):
        db.accounts.update_one_account("UNOSUCHACCOUNT0", {"user_name": "x"})
    with pytest.raises(NotFoundError):
        db.accounts.delete_one_account("UNOSUCHACCOUNT0")
    assert db.accounts.get_all_accounts() == [] and db.accounts.get_all_email() == []


def test_update_account(db):
    account_id = make_account(db, "sub")
    other = make_account(db, "sub", email="taken@example.kr")
    assert (
        db.accounts.update_one_account(
            account_id, {"user_name": "이영희", "birth_date": date(1970, 1, 2), "gender": "FEMALE"}
        )
        is True
    )
    row = db.accounts.get_one_account(account_id)
    assert (row["user_name"], row["birth_date"], row["gender"]) == (
        "이영희",
        date(1970, 1, 2),
        "female",
    )
    with pytest.raises(ConflictError):
        db.accounts.update_one_account(account_id, {"email": "taken@example.kr"})
    with pytest.raises(ValidationError):
        db.accounts.update_one_account(account_id, {"password": "new"})
    with pytest.raises(ValidationError):
        db.accounts.update_one_account(account_id, {})
    assert db.accounts.get_one_account(other)["email"] == "taken@example.kr"


def test_role_of_a_family_main_user_cannot_change(db):
    family_id, main = make_family(db)
    _, member = make_member(db, family_id)
    with pytest.raises(ConflictError):
        db.accounts.update_one_account(main, {"role": "sub"})
    with pytest.raises(ConflictError):
        db.accounts.update_one_account(member, {"role": "main"})


def test_delete_account_cascades(db):
    family_id, main = make_family(db)
    _, member = make_member(db, family_id)
    db.messages.create_message({"from_id": member, "to_id": main, "content": "안녕하세요"})
    db.status.create_health_status({"family_id": family_id, "heart_rate": 70})
    db.auth.create_session({"user_id": main})
    assert db.accounts.delete_one_account(main) is True
    with pytest.raises(NotFoundError):
        db.families.get_one_family(family_id)
    assert db.members.get_all_members(user_id=member) == []
    assert db.messages.get_all_sent_messages(member) == []
    assert db.auth.get_user_sessions(main) == []
    assert db.accounts.get_one_account(member)["role"] == "sub"
