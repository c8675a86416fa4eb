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


@pytest.mark.parametrize(
    "password", ["password", "Password", "12345678", "iloveyou", "        ", "\t\u3000 \n  \u00a0 "]
)
def test_common_and_blank_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        passwords.check_password_rules(password)


def test_the_bundled_list_holds_ten_thousand():
    common = passwords.common_passwords()
    assert len(common) == 10_000
    assert {"123456", "password", "qwerty", "dragon"} <= common


def test_a_str_subclass_is_not_text():
    class Sly(str):
        def strip(self, *args):
            return "x"

    with pytest.raises(ValidationError):
        passwords.check_password_rules(Sly("할머니사랑해요!"))
    assert not passwords.verify_password(
        Sly("할머니사랑해요!"), passwords.hash_password("할머니사랑해요!")
    )


def test_passwords_are_hashed_in_nfc_and_older_hashes_still_verify():
    import unicodedata

    nfc = "할머니사랑해요!"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    hashed = passwords.hash_password(nfd)  # typed on a Mac
    assert bcrypt.checkpw(nfc.encode(), hashed.encode())  # stored as NFC
    assert passwords.verify_password(nfc, hashed) and passwords.verify_password(nfd, hashed)
    # a hash made before normalising, of the decomposed text as it was typed
    older = bcrypt.hashpw(nfd.encode(), bcrypt.gensalt(rounds=4)).decode()
    assert passwords.verify_password(nfd, older)
    assert not passwords.is_current_form(nfd, older)
    assert passwords.is_current_form(nfd, passwords.rehash(nfd, 4))


@pytest.mark.parametrize(
    "password",
    [
        "ｐａｓｓｗｏｒｄ１２３",  # full-width forms of password123
        "ＰＡＳＳＷＯＲＤ",
        "ｑｗｅｒｔｙ１２３",
        "１２３４５６７８",
        "ｉｌｏｖｅｙｏｕ",
        "ⓟⓐⓢⓢⓦⓞⓡⓓ",  # circled letters
    ],
)
def test_compatibility_forms_of_common_passwords_are_refused(password):
    with pytest.raises(ValidationError) as caught:
        passwords.check_password_rules(password)
    assert "common" in caught.value.message


def test_the_common_password_check_uses_nfkc_but_hashing_keeps_nfc():
    full_width = "ｆｕｌｌｗｉｄｔｈ－ｎｏｔ－ｃｏｍｍｏｎ"
    # A full-width password that is not common is kept as typed (NFC), not folded to ASCII.
    assert passwords.check_password_rules(full_width) == full_width
    hashed = passwords.hash_password(full_width, cost=4)
    assert passwords.verify_password(full_width, hashed)
    assert not passwords.verify_password("fullwidth-not-common", hashed)
