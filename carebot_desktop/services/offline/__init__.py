"""Offline review: the encrypted local copy, its incremental sync, the offline API and
the outbox.

* ``keys``: one copy per server and user, encrypted with SQLCipher; its key in the OS
  keyring, or derived from the user's password (scrypt).
* ``cache``: opening a copy (an unreadable one is kept aside, never deleted) and the
  verifier an offline sign-in checks; ``signin``: that sign-in, throttled as online.
* ``syncing``: :func:`sync` copies what the user may see for the last ``days`` days,
  moving only the days whose digests differ.
* ``areas``: :class:`OfflineApi`, the screens' API over the copy: reads work, sending a
  message and acknowledging a notification go to the outbox, other writes raise
  OfflineError.
* ``outbox``: :func:`replay_outbox` applies queued writes on the server exactly once.
"""

from carebot_desktop.services.offline.areas import OfflineApi
from carebot_desktop.services.offline.cache import (
    OfflineCache,
    open_user_cache,
    remember_verifier,
    set_aside,
)
from carebot_desktop.services.offline.keys import (
    LEGACY_SCRYPT_N,
    SALT_HEADER,
    SCRYPT_N,
    CacheKeys,
    cache_id,
    cache_path,
)
from carebot_desktop.services.offline.outbox import replay_outbox
from carebot_desktop.services.offline.signin import OfflineAttempts, offline_sign_in
from carebot_desktop.services.offline.syncing import (
    DEFAULT_DAYS,
    SyncCancelledError,
    SyncProgress,
    sync,
)

__all__ = [
    "DEFAULT_DAYS",
    "LEGACY_SCRYPT_N",
    "SALT_HEADER",
    "SCRYPT_N",
    "CacheKeys",
    "OfflineApi",
    "OfflineAttempts",
    "OfflineCache",
    "SyncCancelledError",
    "SyncProgress",
    "cache_id",
    "cache_path",
    "offline_sign_in",
    "open_user_cache",
    "remember_verifier",
    "replay_outbox",
    "set_aside",
    "sync",
]
