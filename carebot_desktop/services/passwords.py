"""Password hashing: bcrypt (cost 12) for new hashes, bcrypt or argon2id accepted.

The robot and the web pages of the running Carebot system verify bcrypt, so a password set
here must keep working there. bcrypt reads at most 72 bytes: longer passwords are refused,
never silently cut.

Passwords are hashed in Unicode NFC, so that the same Korean password typed on a Mac (which
may send decomposed jamo, NFD) and on Windows matches. Hashes made before that, of the text
as typed, still verify (``verify_password`` tries both) and are replaced at the next
sign-in. The 10,000 most common passwords and whitespace-only ones are refused; the
common-password check compares the password's NFKC case-folded form, so full-width
(``ｐａｓｓｗｏｒｄ１２３``), circled and other compatibility forms of a common password are
refused too (only that check folds them: the hash is still of the NFC form as typed).
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata

import bcrypt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from carebot_desktop.config import paths
from carebot_desktop.data.errors import ValidationError

BCRYPT_COST = 12
MIN_LENGTH = 8
MAX_LENGTH = 64
MAX_BYTES = 72
_argon2 = PasswordHasher()


@functools.cache
def common_passwords() -> frozenset[str]:
    """The bundled list of the most common passwords (lower case)."""
    text = paths.resource("security", "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line and not line.startswith("#")
    )


def normalized(password: str) -> str:
    """The form that is hashed: Unicode NFC."""
    return unicodedata.normalize("NFC", password)


def _common_form(password: str) -> str:
    """The form compared with the common-password list: NFKC, case-folded, NFKC again
    (Unicode's caseless compatibility matching), without surrounding spaces."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", password).casefold())
    return folded.strip()


def is_common(password: str) -> bool:
    """True if ``password``, or its compatibility form, is one of the most common ones."""
    return _common_form(password) in common_passwords()


def check_password_rules(password: object, field: str = "password") -> str:
    """The password as it is hashed (NFC), or ValidationError."""
    if type(password) is not str:
        raise ValidationError(field, "expected text")
    if not _encodable(password):
        raise ValidationError(field, "is not valid Unicode text")
    password = normalized(password)
    if len(password) < MIN_LENGTH:
        raise ValidationError(field, f"must be at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise ValidationError(field, f"must be at most {MAX_LENGTH} characters")
    if len(password.encode("utf-8")) > MAX_BYTES:
        raise ValidationError(
            field,
            f"is longer than {MAX_BYTES} bytes in UTF-8 "
            "(Korean letters take 3 bytes each); use a shorter one",
        )
    if "\x00" in password:
        raise ValidationError(field, "must not contain a NUL character")
    if not password.strip():
        raise ValidationError(field, "must not be only spaces")
    if is_common(password):
        raise ValidationError(field, "is one of the most common passwords; choose another")
    return password


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def hash_password(password: str, cost: int = BCRYPT_COST) -> str:
    """A bcrypt hash (``$2b$``) of a password that passes :func:`check_password_rules`,
    taken of its NFC form."""
    password = check_password_rules(password)
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cost)).decode("ascii")


def verify_password(password: str, hashed: str) -> bool:
    """True if ``password`` matches a bcrypt (``$2a$``/``$2b$``/``$2y$``) or argon2id hash,
    of its NFC form or (a hash made before passwords were normalised) of the text as typed."""
    if type(password) is not str or type(hashed) is not str:
        return False
    if not _encodable(password) or not _encodable(hashed):
        return False
    nfc = normalized(password)
    if _verify(nfc, hashed):
        return True
    return nfc != password and _verify(password, hashed)


def is_current_form(password: str, hashed: str) -> bool:
    """True if ``hashed`` was made of the NFC form (else it is to be replaced)."""
    return normalized(password) == password or _verify(normalized(password), hashed)


def _verify(password: str, hashed: str) -> bool:
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


def bcrypt_cost_of(hashed: str) -> int:
    """The cost of a bcrypt hash (0 for other hashes)."""
    if type(hashed) is not str or not hashed.startswith(("$2a$", "$2b$", "$2y$")):
        return 0
    try:
        return int(hashed.split("$")[2])
    except (IndexError, ValueError):
        return 0


def rehash(password: str, cost: int = BCRYPT_COST) -> str | None:
    """A new hash (NFC, ``cost``) of a password that just verified, or None if bcrypt cannot
    take it whole. Today's rules for new passwords (length, common ones) are not applied:
    an older password keeps signing in, only stronger stored."""
    nfc = normalized(password)
    if len(nfc.encode("utf-8")) > MAX_BYTES or "\x00" in nfc:
        return None
    return bcrypt.hashpw(nfc.encode("utf-8"), bcrypt.gensalt(rounds=cost)).decode("ascii")


def hash_stamp(hashed: str) -> str:
    """A fingerprint of a stored hash (SHA-256 of its text): equal stamps mean the same
    stored hash, so a password that verified against it is the one an earlier verifier was
    made of. Useless for guessing the password: the hash's own salt is not in it."""
    return hashlib.sha256(hashed.encode("utf-8", "replace")).hexdigest()


def needs_rehash(hashed: str, cost: int = BCRYPT_COST) -> bool:
    """True for hashes other than bcrypt at ``cost`` (argon2id, older costs)."""
    return bcrypt_cost_of(hashed) < cost
