"""Password hashing: bcrypt (cost 12) for new hashes, bcrypt or argon2id accepted.

The robot and the web pages of the running Carebot system verify bcrypt, so a password set
here must keep working there. bcrypt reads at most 72 bytes: longer passwords are refused,
never silently cut.
"""

from __future__ import annotations

import bcrypt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from carebot_desktop.data.errors import ValidationError

BCRYPT_COST = 12
MIN_LENGTH = 8
MAX_LENGTH = 64
MAX_BYTES = 72
_argon2 = PasswordHasher()


def check_password_rules(password: object, field: str = "password") -> str:
    if not isinstance(password, str):
        raise ValidationError(field, "expected text")
    if len(password) < MIN_LENGTH:
        raise ValidationError(field, f"must be at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise ValidationError(field, f"must be at most {MAX_LENGTH} characters")
    if not _encodable(password):
        raise ValidationError(field, "is not valid Unicode text")
    if len(password.encode("utf-8")) > MAX_BYTES:
        raise ValidationError(
            field,
            f"is longer than {MAX_BYTES} bytes in UTF-8 "
            "(Korean letters take 3 bytes each); use a shorter one",
        )
    if "\x00" in password:
        raise ValidationError(field, "must not contain a NUL character")
    return password


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def hash_password(password: str, cost: int = BCRYPT_COST) -> str:
    """A bcrypt hash (``$2b$``) of a password that passed :func:`check_password_rules`."""
    check_password_rules(password)
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cost)).decode("ascii")


def verify_password(password: str, hashed: str) -> bool:
    """True if ``password`` matches a bcrypt (``$2a$``/``$2b$``/``$2y$``) or argon2id hash."""
    if not isinstance(password, str) or not isinstance(hashed, str):
        return False
    if not _encodable(password) or not _encodable(hashed):
        return False
    encoded = password.encode("utf-8")
    if hashed.startswith(("$2a$", "$2b$", "$2y$")):
        if len(encoded) > MAX_BYTES:
            return False
        try:
            return bcrypt.checkpw(encoded, hashed.encode("ascii"))
        except ValueError:
            return False
    if hashed.startswith("$argon2id$"):
        try:
            return _argon2.verify(hashed, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
    return False


def needs_rehash(hashed: str, cost: int = BCRYPT_COST) -> bool:
    """True for hashes other than bcrypt at ``cost`` (argon2id, older costs)."""
    if not hashed.startswith(("$2a$", "$2b$", "$2y$")):
        return True
    try:
        return int(hashed.split("$")[2]) < cost
    except (IndexError, ValueError):
        return True
