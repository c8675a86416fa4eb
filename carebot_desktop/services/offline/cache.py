"""Opening one user's offline copy: the right key, an unreadable copy kept aside, and the
verifier an offline sign-in checks."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from carebot_desktop.data.cache import CacheStore, CacheUnavailableError, open_cache
from carebot_desktop.data.database import Database
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import passwords
from carebot_desktop.services.offline.keys import CacheKeys, cache_id, cache_path

log = logging.getLogger(__name__)


@dataclass
class OfflineCache:
    cid: str
    path: Path
    db: Database
    # An earlier copy that could not be opened and was kept aside (with whatever waited
    # in its outbox); the person is told, and nothing is deleted.
    set_aside: Path | None = None
    store: CacheStore = field(init=False)

    def __post_init__(self) -> None:
        self.store = CacheStore(self.db)

    def last_sync(self) -> datetime | None:
        value = self.store.get_meta("last_sync")
        return datetime.fromisoformat(value) if value else None

    def close(self) -> None:
        self.db.dispose()


def open_user_cache(
    server: str, email: str, keys: CacheKeys, password: str | None = None, *, create: bool = True
) -> OfflineCache:
    cid = cache_id(server, email)
    path = cache_path(cid)
    key = keys.key(cid, password, create=create)
    if key is None:
        raise CacheUnavailableError("no key for the cache on this computer")
    try:
        db = _open_with(path, [key, keys.pending_key(cid, password)], create=create)
    except CacheUnavailableError:
        if not create:
            raise
        # A key that no longer fits (a changed password without keyring) or a damaged
        # file: start a new copy, and keep the old one aside, never delete it: its outbox
        # may hold messages and acknowledgements not sent yet.
        aside = set_aside(path)
        log.warning("the offline copy could not be opened; kept aside at %s", aside)
        db = open_cache(path, key, create=True)
        return OfflineCache(cid, path, db, set_aside=aside)
    if keys.upgrade(cid, password, db):
        log.info("the offline copy's key was upgraded to the current scrypt cost")
        db.dispose()
        db = open_cache(path, keys.key(cid, password, create=False) or key, create=False)
    return OfflineCache(cid, path, db)


def _open_with(path: Path, candidates: list[str | None], *, create: bool) -> Database:
    """Open the cache with the first key that fits (the usual one, then that of an
    interrupted re-keying)."""
    tried = [key for key in candidates if key]
    for number, key in enumerate(tried):
        try:
            return open_cache(path, key, create=create and number == len(tried) - 1)
        except CacheUnavailableError:
            if number == len(tried) - 1:
                raise
    raise CacheUnavailableError("no key for the cache on this computer")


def set_aside(path: Path) -> Path:
    """Rename an unreadable cache (and its WAL files) out of the way; the new name."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{number}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{target}{suffix}"))
    return target


def remember_verifier(
    cache: OfflineCache,
    user_id: str,
    email: str,
    password: str,
    cost: int = passwords.BCRYPT_COST,
    stamp: str | None = None,
) -> bool:
    """Store what an offline sign-in checks: a bcrypt hash of the password (inside the
    encrypted cache), never the password. True if a new hash was made.

    ``stamp`` is :func:`passwords.hash_stamp` of the server's hash the password has just
    verified against. When the copy's verifier was made at an earlier sign-in against that
    same stored hash, for the same account, at no lower cost, it is already of this
    password: it is kept, and bcrypt's deliberate slowness is not paid again. Any other
    case (no verifier, no stamp, another hash: the password changed or was re-hashed,
    another account, a cheaper verifier) makes a new one."""
    email = email.strip().lower()
    meta = cache.store.get_meta
    verifier = meta("verifier")
    if (
        stamp is not None
        and verifier
        and meta("verifier_stamp") == stamp
        and meta("owner_id") == user_id
        and meta("owner_email") == email
        and passwords.bcrypt_cost_of(verifier) >= cost
    ):
        return False
    cache.store.set_meta(
        {
            "owner_id": user_id,
            "owner_email": email,
            "verifier": passwords.hash_password(password, cost=cost),
            "verifier_stamp": stamp or "",
        }
    )
    return True
