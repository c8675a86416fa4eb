"""Offline sign-in: the password checked against the verifier inside this PC's copy,
throttled as the server's sign-in is."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from carebot_desktop.config import paths
from carebot_desktop.data.cache import CacheUnavailableError
from carebot_desktop.data.errors import AuthenticationError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import passwords
from carebot_desktop.services.offline.cache import OfflineCache, open_user_cache
from carebot_desktop.services.offline.keys import CacheKeys, cache_id, cache_path
from carebot_desktop.services.service import (
    LOCKOUT_DURATION,
    LOCKOUT_WINDOW,
    LockedOutError,
    locked_until,
)
from carebot_desktop.services.sessions import new_token, token_to_xid


def offline_sign_in(
    server: str, email: str, password: str, keys: CacheKeys
) -> tuple[OfflineCache, str, str]:
    """Sign in against the verifier kept in this PC's cache: (cache, token, user id).

    Throttled as the server's sign-in is (five failures in 15 minutes lock this account's
    copy on this PC for 15 minutes), the failures counted in a file beside the copy."""
    cid = cache_id(server, email)
    attempts = OfflineAttempts(cache_path(cid).with_suffix(".attempts"))
    now = utcnow()
    failures = attempts.since(now)
    locked = locked_until(failures, now)
    if locked is not None:
        raise LockedOutError(locked)

    def failed(error: Exception | None = None) -> AuthenticationError:
        attempts.add(now)
        locked = locked_until([*failures, now], now)
        if locked is not None:
            return LockedOutError(locked)
        return AuthenticationError(
            "no offline copy for this account on this computer"
            if error is not None
            else "the e-mail or password is incorrect"
        )

    try:
        cache = open_user_cache(server, email, keys, password, create=False)
    except CacheUnavailableError as error:
        raise failed(error) from error
    verifier = cache.store.get_meta("verifier")
    owner = cache.store.get_meta("owner_id")
    if not verifier or not owner or not passwords.verify_password(password, verifier):
        cache.close()
        raise failed()
    attempts.clear()
    token = new_token()
    cache.db.auth.create_session({"xid": token_to_xid(token), "user_id": owner})
    return cache, token, owner


class OfflineAttempts:
    """Failed offline sign-ins of one account's copy on this PC (an owner-only file of
    times: readable before the copy is open, which needs the right password)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def since(self, now: datetime) -> list[datetime]:
        try:
            text = self.path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return []
        times = []
        for line in text.split():
            with contextlib.suppress(ValueError):
                times.append(datetime.fromisoformat(line))
        horizon = now - LOCKOUT_WINDOW - LOCKOUT_DURATION
        return [t for t in times if horizon <= t <= now]

    def add(self, at: datetime) -> None:
        times = [*self.since(at), at][-50:]
        paths.write_private(self.path, "\n".join(t.isoformat() for t in times).encode())

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
