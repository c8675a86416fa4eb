"""Offline review: the encrypted local cache, its incremental sync, the offline API and
the outbox.

* One cache file per server and user (``cache_id``), in the user's data folder, encrypted
  with SQLCipher. Its key lives in the OS keyring; without a keyring it is derived from the
  user's password (scrypt), so the file is still unreadable without that password.
* :func:`sync` copies what the user may see for the last ``days`` days: families, people,
  settings, every status series, mental reports, the user's messages and the families'
  notifications. Status rows move incrementally: per-day digests (count, sum of indexes)
  are compared and only days that differ are fetched again, which also removes rows
  deleted on the server.
* :class:`OfflineApi` has the UserApi's shape over the cache: reads work, sending a message
  and acknowledging a notification go to the outbox, any other write raises OfflineError.
* :func:`replay_outbox` applies queued writes exactly once: a message is first looked up on
  the server (same sender, recipient, text and second) so a replay interrupted after the
  server committed never sends it twice; an acknowledgement is idempotent.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets as random_secrets
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_

from carebot_desktop.config import paths
from carebot_desktop.config.secrets import SecretStore, SecretStoreError
from carebot_desktop.data import models
from carebot_desktop.data.cache import CacheStore, CacheUnavailableError, open_cache, rekey
from carebot_desktop.data.database import Database
from carebot_desktop.data.errors import (
    AuthenticationError,
    CarebotError,
    NotFoundError,
    OfflineError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.messages import MESSAGE_SPEC
from carebot_desktop.data.models import STATUS_MODELS
from carebot_desktop.data.validation import clean, utcnow
from carebot_desktop.services import passwords
from carebot_desktop.services.access import UserApi
from carebot_desktop.services.service import (
    LOCKOUT_DURATION,
    LOCKOUT_WINDOW,
    CarebotService,
    LockedOutError,
)
from carebot_desktop.services.sessions import new_token, token_to_xid

log = logging.getLogger(__name__)
DEFAULT_DAYS = 90


class SyncCancelledError(CarebotError):
    """The person cancelled the sync; what was copied so far stays, consistent per day."""


class SyncProgress:
    """How far a sync is, read by the GUI thread while a worker syncs (plain Python; a
    lock guards it). ``cancel()`` asks the sync to stop at its next step."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._cancelled = threading.Event()

    def set(self, done: int, total: int) -> None:
        with self._lock:
            self._done, self._total = done, total

    def state(self) -> tuple[int, int]:
        with self._lock:
            return self._done, self._total

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise SyncCancelledError("the sync was cancelled")


WRITE_PREFIXES = (
    "create_",
    "update_",
    "delete_",
    "add_",
    "check_read_",
    "change_",
    "record_",
    "request_",
    "approve_",
    "deny_",
    "withdraw_",
    "cleanup_",
)


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


def _scrypt(password: str, salt: bytes, n: int) -> str:
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
            return _scrypt(password, data[len(SALT_HEADER) :], SCRYPT_N)
        return _scrypt(password, data, LEGACY_SCRYPT_N)

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
        rekey(db, _scrypt(password, salt, SCRYPT_N))
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
        return _scrypt(password, data[len(SALT_HEADER) :], SCRYPT_N)


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
    cache: OfflineCache, user_id: str, email: str, password: str, cost: int = passwords.BCRYPT_COST
) -> None:
    """Store what an offline sign-in checks: a bcrypt hash of the password (inside the
    encrypted cache), never the password."""
    cache.store.set_meta(
        {
            "owner_id": user_id,
            "owner_email": email.strip().lower(),
            "verifier": passwords.hash_password(password, cost=cost),
        }
    )


# --- sync ---------------------------------------------------------------------------


def sync(
    api: UserApi,
    cache: OfflineCache,
    user_id: str,
    session_token: str,
    days: int = DEFAULT_DAYS,
    now: datetime | None = None,
    progress: SyncProgress | None = None,
) -> dict[str, int]:
    """Bring the cache up to date; counts of what moved (for logs and tests).
    ``progress`` hears how many families are done of how many (and may cancel: the
    copy keeps what was brought over, each day whole, and the next sync goes on)."""
    progress = progress or SyncProgress()
    now = now or utcnow()
    horizon = now - timedelta(days=days)
    store, local = cache.store, cache.db
    moved = {"status_days": 0, "families": 0, "notification_days": 0, "message_days": 0}
    me = api.accounts.get_one_account(user_id)
    families = api.families.get_all_families()
    family_ids = [f["id"] for f in families]
    people: dict[str, dict[str, Any]] = {}
    members: list[dict[str, Any]] = []
    for family in families:
        for person in api.families.get_family_people(family["id"]):
            people[person["user_id"]] = person
        members += api.members.get_all_members(family_id=family["id"])
    accounts = [
        {
            "id": uid,
            "email": f"{uid}@cache.invalid",
            "password": "",
            "role": models.Role(p["role"]),
            "user_name": p["user_name"],
            "birth_date": p["birth_date"],
            "gender": models.Gender(p["gender"]) if p["gender"] else None,
            "address": p["address"],
        }
        for uid, p in people.items()
        if uid != user_id
    ]
    message_days = _changed_days(
        api.messages.get_message_digest(user_id, horizon, now),
        local.messages.get_message_digest(user_id, horizon, now),
    )
    message_batches = []
    for day in message_days:
        start, end = _day_window(day, horizon, now)
        by_index = {
            m["index"]: m
            for m in api.messages.get_all_received_messages(user_id, start, end)
            + api.messages.get_all_sent_messages(user_id, start, end)
        }
        message_batches.append((start, end, list(by_index.values())))
    messages = {m["index"]: m for _, _, batch in message_batches for m in batch}
    for message in messages.values():  # people who left a family still wrote to the user
        for uid in (message["from_id"], message["to_id"]):
            if uid not in people and uid != user_id:
                people[uid] = {
                    "role": "sub",
                    "user_name": None,
                    "birth_date": None,
                    "gender": None,
                    "address": None,
                }
                accounts.append(
                    {
                        "id": uid,
                        "email": f"{uid}@cache.invalid",
                        "password": "",
                        "role": models.Role.SUB,
                        "user_name": None,
                        "birth_date": None,
                        "gender": None,
                        "address": None,
                    }
                )
    accounts.append(
        {
            "id": user_id,
            "email": me["email"],
            "password": "",
            "role": models.Role(me["role"]),
            "user_name": me["user_name"],
            "birth_date": me["birth_date"],
            "gender": models.Gender(me["gender"]) if me["gender"] else None,
            "address": me["address"],
        }
    )
    # The same e-mail under another id (an account deleted and registered again on the
    # server): the old copy goes, with everything under it, or the upsert would conflict.
    store.replace(
        models.Account,
        and_(models.Account.email == me["email"], models.Account.id != user_id),
        [],
    )
    store.upsert(models.Account, accounts)
    # Families the user no longer belongs to disappear with everything under them.
    store.replace(
        models.Family,
        models.Family.id.not_in(family_ids) if family_ids else models.Family.id.is_not(None),
        [],
    )
    store.upsert(models.Family, families)
    store.upsert(models.Settings, [api.tools.get_settings(fid) for fid in family_ids])
    store.replace(models.MemberRelation, models.MemberRelation.family_id.in_(family_ids), members)
    xid = token_to_xid(session_token)
    # A remembered session stays remembered offline (30 days instead of 30 minutes).
    try:
        remembered = bool(api.auth.get_login_session(session_token)["is_remember"])
    except (AuthenticationError, PermissionDeniedError):
        remembered = False
    store.upsert(
        models.LoginSession,
        [
            {
                "xid": xid,
                "user_id": user_id,
                "last_active": now,
                "is_main_user": me["role"] == "main",
                "is_remember": remembered,
            }
        ],
    )
    progress.set(0, len(family_ids))
    for done, family_id in enumerate(family_ids):
        progress.check()
        moved["families"] += 1
        for kind, model in STATUS_MODELS.items():
            progress.check()
            moved["status_days"] += _sync_status(
                api, local, store, kind, model, family_id, horizon, now
            )
        store.replace(
            models.MentalReport,
            models.MentalReport.family_id == family_id,
            api.status.get_mental_reports(family_id, horizon, now),
        )
        moved["notification_days"] += _sync_notifications(
            api, local, store, family_id, horizon, now
        )
        progress.set(done + 1, len(family_ids))
    # Local copies of queued messages go once the outbox delivered them (the server's
    # own rows arrive just below).
    delivered = models.Message.index < 0
    pending_messages = store.pending_local_indexes("message")
    if pending_messages:
        delivered = and_(delivered, models.Message.index.not_in(pending_messages))
    store.replace(models.Message, delivered, [])
    mine = or_(models.Message.to_id == user_id, models.Message.from_id == user_id)
    store.replace(models.Message, and_(mine, models.Message.created_at < horizon), [])
    for start, end, batch in message_batches:
        store.replace(
            models.Message,
            and_(
                models.Message.index > 0,
                mine,
                models.Message.created_at >= start,
                models.Message.created_at <= end,
            ),
            batch,
        )
    moved["message_days"] = len(message_batches)
    store.set_meta({"last_sync": now.isoformat(), "days": str(days)})
    return moved


def _sync_status(
    api: UserApi,
    local: Database,
    store: CacheStore,
    kind: str,
    model: Any,
    family_id: str,
    horizon: datetime,
    now: datetime,
) -> int:
    store.replace(model, and_(model.family_id == family_id, model.reported_at < horizon), [])
    changed = _changed_days(
        api.status.get_status_digest(kind, family_id, horizon, now),
        local.status.get_status_digest(kind, family_id, horizon, now),
    )
    getter = getattr(api.status, f"get_{kind}_status")
    for day in changed:
        start, end = _day_window(day, horizon, now)
        rows = getter(family_id, start, end)
        store.replace(
            model,
            and_(
                model.family_id == family_id, model.reported_at >= start, model.reported_at <= end
            ),
            rows,
        )
    return len(changed)


def _changed_days(remote: dict[str, Any], mine: dict[str, Any]) -> list[str]:
    return sorted(day for day in set(remote) | set(mine) if remote.get(day) != mine.get(day))


def _day_window(day: str, horizon: datetime, now: datetime) -> tuple[datetime, datetime]:
    start = max(horizon, datetime.combine(date.fromisoformat(day), datetime.min.time()))
    return start, min(now, start.replace(hour=23, minute=59, second=59))


def _sync_notifications(
    api: UserApi,
    local: Database,
    store: CacheStore,
    family_id: str,
    horizon: datetime,
    now: datetime,
) -> int:
    table = models.Notification
    store.replace(table, and_(table.family_id == family_id, table.created_at < horizon), [])
    changed = _changed_days(
        api.notifications.get_notification_digest(family_id, horizon, now),
        local.notifications.get_notification_digest(family_id, horizon, now),
    )
    pending_acks = store.pending_local_indexes("ack")
    for day in changed:
        start, end = _day_window(day, horizon, now)
        rows = [
            _notification_columns(r, pending_acks)
            for r in api.notifications.get_all_notifications(family_id, start, end)
        ]
        store.replace(
            table,
            and_(table.family_id == family_id, table.created_at >= start, table.created_at <= end),
            rows,
        )
    return len(changed)


def _notification_columns(row: dict[str, Any], pending_acks: set[int]) -> dict[str, Any]:
    values = dict(row)
    values["descriptions"] = values.pop("description")
    values["notification_grade"] = models.NotificationGrade(values["notification_grade"])
    if values["index"] in pending_acks:
        values["is_read"] = True
    return values


# --- offline API ----------------------------------------------------------------------


class _ReadOnly:
    """An area of the cache's UserApi whose writes are refused while offline."""

    def __init__(self, area: Any) -> None:
        self._area = area

    def __getattr__(self, name: str) -> Any:
        if name.startswith(WRITE_PREFIXES):

            def refuse(*_args: Any, **_kwargs: Any) -> Any:
                raise OfflineError(f"{name} needs a connection to the database")

            return refuse
        return getattr(self._area, name)


class _OfflineMessages(_ReadOnly):
    def __init__(self, area: Any, store: CacheStore, user_id: str) -> None:
        super().__init__(area)
        self._store = store
        self._user_id = user_id

    def _mark(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        pending = self._store.pending_local_indexes("message")
        return [{**r, "pending": True} if r["index"] in pending else r for r in rows]

    def get_all_received_messages(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        return self._mark(self._area.get_all_received_messages(*args, **kwargs))

    def get_all_sent_messages(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        return self._mark(self._area.get_all_sent_messages(*args, **kwargs))

    def create_message(self, message_data: dict[str, Any]) -> int:
        """Queue the message; it shows at once, marked pending."""
        values = clean(message_data, MESSAGE_SPEC)
        if values["from_id"] != self._user_id or not self._area._linked(
            values["from_id"], values["to_id"]
        ):
            raise PermissionDeniedError("create_message is not allowed for this account")
        if not (values.get("content") or "").strip() and not values.get("image_url"):
            raise ValidationError("content", "a message needs text or an image")
        values["created_at"] = utcnow()
        values.pop("is_read", None)
        values.pop("index", None)
        return self._store.queue_message(values)

    def check_read_message(self, message_id: int) -> bool:
        raise OfflineError("check_read_message needs a connection to the database")


class _OfflineNotifications(_ReadOnly):
    def __init__(self, area: Any, store: CacheStore) -> None:
        super().__init__(area)
        self._store = store

    def get_all_notifications(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        pending = self._store.pending_local_indexes("ack")
        return [
            {**r, "pending": True} if r["index"] in pending else r
            for r in self._area.get_all_notifications(*args, **kwargs)
        ]

    def get_notifications_list(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        pending = self._store.pending_local_indexes("ack")
        return [
            {**r, "pending": True} if r["index"] in pending else r
            for r in self._area.get_notifications_list(*args, **kwargs)
        ]

    def check_read_notification(self, notification_id: int) -> bool:
        """Acknowledge now (locally) and queue it for the server."""
        self._area.get_one_notification(notification_id)  # checks the permission
        self._store.queue_ack(notification_id)
        return True


class OfflineApi:
    """The UserApi's areas over the cache, for one session, while the server is away."""

    offline = True

    def __init__(self, cache: OfflineCache, session_token: str, user_id: str) -> None:
        self.cache = cache
        inner = CarebotService(cache.db, None).as_user(session_token)
        self.action = inner.action
        # Reads go to the cache's own UserApi; writes are refused (see _ReadOnly).
        self.accounts = _ReadOnly(inner.accounts)
        self.families = _ReadOnly(inner.families)
        self.members = _ReadOnly(inner.members)
        self.auth = _ReadOnly(inner.auth)
        self.status = _ReadOnly(inner.status)
        self.tools = _ReadOnly(inner.tools)
        self.backgrounds = _ReadOnly(inner.backgrounds)
        self.audit = _ReadOnly(inner.audit)
        self.desk = _ReadOnly(inner.desk)
        self.messages = _OfflineMessages(inner.messages, cache.store, user_id)
        self.notifications = _OfflineNotifications(inner.notifications, cache.store)


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
    locked = CarebotService._locked_until(failures, now)
    if locked is not None:
        raise LockedOutError(locked)

    def failed(error: Exception | None = None) -> AuthenticationError:
        attempts.add(now)
        locked = CarebotService._locked_until([*failures, now], now)
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


# --- outbox ---------------------------------------------------------------------------


def replay_outbox(api: UserApi, store: CacheStore, user_id: str) -> int:
    """Apply the queued writes in order, each exactly once; the number applied. Stops (and
    raises) at the first DatabaseUnavailableError: what is left is retried next time."""
    applied = 0
    for item in store.pending():
        store.mark_attempt(item["id"])
        try:
            if item["kind"] == "message":
                _deliver_message(api, user_id, item["payload"])
            elif item["kind"] == "logout":
                # Expired or ended meanwhile: the sign-out is done either way.
                with contextlib.suppress(AuthenticationError, NotFoundError, PermissionDeniedError):
                    api.auth.delete_session(item["payload"]["session_id"])
            elif item["kind"] == "ack":
                # Deleted on the server meanwhile: nothing left to acknowledge.
                with contextlib.suppress(NotFoundError):
                    api.notifications.check_read_notification(item["payload"]["index"])
        except (PermissionDeniedError, ValidationError) as error:
            log.warning("outbox item %s refused by the server: %s", item["id"], error)
            store.mark_attempt(item["id"], str(error))
        store.mark_done(item["id"])
        applied += 1
    return applied


def _deliver_message(api: UserApi, user_id: str, payload: dict[str, Any]) -> None:
    created = datetime.fromisoformat(payload["created_at"])
    already = [
        m
        for m in api.messages.get_all_sent_messages(user_id, created, created)
        if m["to_id"] == payload["to_id"] and m["content"] == payload.get("content")
    ]
    if already:
        return  # an earlier replay got through before the connection dropped
    data = {k: v for k, v in payload.items() if k in ("from_id", "to_id", "content", "image_url")}
    data["created_at"] = created
    api.messages.create_message(data)
