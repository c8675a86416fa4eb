import bcrypt
import pytest
from argon2 import PasswordHasher

from carebot_desktop.data import ValidationError
from carebot_desktop.services import passwords


def test_new_hashes_are_bcrypt_cost_12():
    hashed = passwords.hash_password("할머니사랑해요!")
    assert hashed.startswith("$2b$12$")
    assert bcrypt.checkpw("할머니사랑해요!".encode(), hashed.encode())
    assert passwords.verify_password("할머니사랑해요!", hashed)
    assert not passwords.verify_password("할머니사랑해요?", hashed)


def test_accepts_2a_2b_and_argon2id_hashes():
    two_a = bcrypt.hashpw(b"password-2a", bcrypt.gensalt(rounds=4, prefix=b"2a")).decode()
    assert two_a.startswith("$2a$")
    assert passwords.verify_password("password-2a", two_a)
    argon = PasswordHasher().hash("password-argon")
    assert argon.startswith("$argon2id$")
    assert passwords.verify_password("password-argon", argon)
    assert not passwords.verify_password("wrong-one", argon)
    assert passwords.needs_rehash(argon) and passwords.needs_rehash(two_a)
    assert not passwords.verify_password("anything", "plain-text-in-the-column")


@pytest.mark.parametrize("password", ["short", "x" * 65, "가" * 25, None, 12345678])
def test_rules(password):
    with pytest.raises(ValidationError):
        passwords.check_password_rules(password)


def test_over_72_bytes_is_refused_with_a_clear_message_not_cut():
    korean = "가" * 25  # 25 characters, 75 bytes: bcrypt would silently drop the end
    with pytest.raises(ValidationError) as caught:
        passwords.hash_password(korean)
    assert "72 bytes" in caught.value.message
    assert passwords.check_password_rules("가" * 24) == "가" * 24  # 72 bytes exactly
    assert passwords.check_password_rules("a" * 8) == "a" * 8
    assert passwords.check_password_rules("a" * 64) == "a" * 64
