"""Where an offline copy lives and the key that opens it.

One cache file per server and user (:func:`cache_id`), in the user's data folder,
encrypted with SQLCipher. Its key lives in the OS keyring; without a keyring it is derived
from the user's password (scrypt), so the file is still unreadable without that password.
"""

from __future__ import annotations

import hashlib
import os
import secrets as random_secrets
from pathlib import Path

from carebot_desktop.config import paths
from carebot_desktop.config.secrets import SecretStore, SecretStoreError
from carebot_desktop.data.cache import rekey
from carebot_desktop.data.database import Database
from carebot_desktop.services import passwords


def cache_id(server: str, email: str) -> str:
    return hashlib.sha256(f"{server}|{email.strip().lower()}".encode()).hexdigest()[:24]


def cache_path(cid: str) -> Path:
    return paths.data_dir() / "cache" / f"{cid}.cache"


# scrypt at OWASP's parameters (N = 2^17, r = 8, p = 1: 128 MiB, about half a second),
# marked in the salt file; a file of bare salt is an older cache's (N = 2^14), upgraded
# (re-keyed) at its next offline or online sign-in with the password.
SCRYPT_N = 2**17
LEGACY_SCRYPT_N = 2**14
SALT_HEADER = b"carebot-scrypt-n17\n"


def scrypt_key(password: str, salt: bytes, n: int) -> str:
    """The cache key derived from the password at scrypt cost ``n``."""
    # An older cache's key was made of the password as typed; today's of its NFC form.
    text = password if n == LEGACY_SCRYPT_N else passwords.normalized(password)
    return hashlib.scrypt(
        text.encode("utf-8"),
        salt=salt,
        n=n,
        r=8,
        p=1,
        dklen=32,
        maxmem=256 * 1024 * 1024,
    ).hex()


class CacheKeys:
    """Cache keys: random and kept in the OS keyring, or derived from the password."""

    def __init__(self, secrets: SecretStore | None) -> None:
        self.secrets = secrets

    def keyring_available(self) -> bool:
        return self.secrets is not None and self.secrets.available()

    def key(self, cid: str, password: str | None, *, create: bool) -> str | None:
        if self.keyring_available():
            assert self.secrets is not None
            stored = self.secrets.get(f"cache-key:{cid}")
            if stored is None and create:
                stored = random_secrets.token_hex(32)
                try:
                    self.secrets.set(f"cache-key:{cid}", stored)
                except SecretStoreError:
                    stored = None
            if stored is not None:
                return stored
        if password is None:
            return None
        salt_file = cache_path(cid).with_suffix(".salt")
        if not salt_file.exists():
            if not create:
                return None
            paths.write_private(salt_file, SALT_HEADER + random_secrets.token_bytes(16))
        data = salt_file.read_bytes()
        if data.startswith(SALT_HEADER):
            return scrypt_key(password, data[len(SALT_HEADER) :], SCRYPT_N)
        return scrypt_key(password, data, LEGACY_SCRYPT_N)

    def upgrade(self, cid: str, password: str | None, db: Database) -> bool:
        """Re-key a cache opened with an older (cheaper) password-derived key; True if it
        was. The new salt is written beside the old first, so a crash in between leaves a
        file that one of the two opens (see ``open_user_cache``)."""
        if password is None:
            return False
        salt_file = cache_path(cid).with_suffix(".salt")
        if not salt_file.exists() or salt_file.read_bytes().startswith(SALT_HEADER):
            return False
        if self.keyring_available() and self.secrets and self.secrets.get(f"cache-key:{cid}"):
            return False
        salt = random_secrets.token_bytes(16)
        pending = salt_file.with_suffix(".salt-new")
        paths.write_private(pending, SALT_HEADER + salt)
        rekey(db, scrypt_key(password, salt, SCRYPT_N))
        os.replace(pending, salt_file)
        return True

    def pending_key(self, cid: str, password: str | None) -> str | None:
        """The key of a re-keying that a crash interrupted (its new salt is still beside)."""
        pending = cache_path(cid).with_suffix(".salt-new")
        if password is None or not pending.exists():
            return None
        data = pending.read_bytes()
        if not data.startswith(SALT_HEADER):
            return None
        return scrypt_key(password, data[len(SALT_HEADER) :], SCRYPT_N)
