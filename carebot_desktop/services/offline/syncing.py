"""The sync: what the user may see for the last ``days`` days, copied into the offline
copy (families, people, settings, every status series, mental reports, the user's
messages, the families' notifications and who took and resolved them: ``care_sync``).

Rows move incrementally: per-day digests (count, sum of indexes) are compared and only
days that differ are fetched again, which also removes rows deleted on the server.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_

from carebot_desktop.data import models
from carebot_desktop.data.cache import CacheStore
from carebot_desktop.data.database import Database
from carebot_desktop.data.errors import AuthenticationError, CarebotError, PermissionDeniedError
from carebot_desktop.data.models import STATUS_MODELS
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.access import replica_ok, run_as_one_action
from carebot_desktop.services.api import CarebotApi, Row
from carebot_desktop.services.offline.cache import OfflineCache
from carebot_desktop.services.offline.care_sync import open_care, sync_family_care
from carebot_desktop.services.sessions import token_to_xid

DEFAULT_DAYS = 90
StatusModel = type[
    models.HomeStatus | models.HealthStatus | models.ActiveStatus | models.MentalStatus
]


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


def sync(
    api: CarebotApi,
    cache: OfflineCache,
    user_id: str,
    session_token: str,
    days: int = DEFAULT_DAYS,
    now: datetime | None = None,
    progress: SyncProgress | None = None,
) -> dict[str, int]:
    """Bring the cache up to date; counts of what moved (for logs and tests).
    ``progress`` hears how many families are done of how many (and may cancel: the
    copy keeps what was brought over, each day whole, and the next sync goes on).
    Its reads of history come from the read replica when there is one (``replica_ok``)."""
    with replica_ok(api):
        return _sync(api, cache, user_id, session_token, days, now, progress)


def _sync(
    api: CarebotApi,
    cache: OfflineCache,
    user_id: str,
    session_token: str,
    days: int,
    now: datetime | None,
    progress: SyncProgress | None,
) -> dict[str, int]:
    progress = progress or SyncProgress()
    now = now or utcnow()
    horizon = now - timedelta(days=days)
    store, local = cache.store, cache.db
    moved = {"status_days": 0, "families": 0, "notification_days": 0, "message_days": 0}
    me = api.accounts.get_one_account(user_id)
    families = api.families.get_all_families()
    family_ids = [f["id"] for f in families]
    people: dict[str, Row] = {}
    members: list[Row] = []
    settings: list[Row] = []
    contacts: list[Row] = []
    for family_id in family_ids:
        progress.check()
        found = run_as_one_action(api, functools.partial(_family_rows, api, family_id))
        for person in found.people:
            people[person["user_id"]] = person
        members += found.members
        settings.append(found.settings)
        contacts += found.contacts  # the emergency contacts matter most when offline
    accounts = [_account(uid, p) for uid, p in people.items() if uid != user_id]
    message_batches = run_as_one_action(
        api, functools.partial(_message_batches, api, local, user_id, horizon, now)
    )
    messages = {m["index"]: m for _, _, batch in message_batches for m in batch}
    for message in messages.values():  # people who left a family still wrote to the user
        for uid in (message["from_id"], message["to_id"]):
            if uid not in people and uid != user_id:
                people[uid] = _LEFT
                accounts.append(_account(uid, _LEFT))
    accounts.append(_account(user_id, me, me["email"]))
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
    store.upsert(models.Settings, settings)
    store.replace(models.MemberRelation, models.MemberRelation.family_id.in_(family_ids), members)
    store.replace(models.Contact, models.Contact.family_id.in_(family_ids), contacts)
    _store_session(api, store, session_token, user_id, me["role"] == "main", now)
    progress.set(0, len(family_ids))
    open_states = open_care(api, family_ids)
    moved["care_rows"] = 0
    for done, family_id in enumerate(family_ids):
        progress.check()
        family = _Family(family_id, horizon, now, open_states[family_id])
        status_days, notification_days, care_rows = run_as_one_action(
            api, functools.partial(_sync_family, api, local, store, family, progress)
        )
        moved["families"] += 1
        moved["status_days"] += status_days
        moved["notification_days"] += notification_days
        moved["care_rows"] += care_rows
        progress.set(done + 1, len(family_ids))
    _store_messages(store, user_id, horizon, message_batches)
    moved["message_days"] = len(message_batches)
    progress.check()
    store.set_meta({"last_sync": now.isoformat(), "days": str(days)})
    return moved


@dataclass(frozen=True)
class _FamilyRows:
    people: list[Row]
    members: list[Row]
    settings: Row
    contacts: list[Row]


def _family_rows(api: CarebotApi, family_id: str) -> _FamilyRows:
    return _FamilyRows(
        api.families.get_family_people(family_id),
        api.members.get_all_members(family_id=family_id),
        api.tools.get_settings(family_id),
        api.contacts.get_contacts(family_id),
    )


@dataclass(frozen=True)
class _Family:
    id: str
    horizon: datetime
    now: datetime
    open_states: list[Row]  # who holds the family's open alerts


def _sync_family(
    api: CarebotApi, local: Database, store: CacheStore, family: _Family, progress: SyncProgress
) -> tuple[int, int, int]:
    """One family's history, in one action of the server: (status days, notification
    days, care rows) brought over. Its care rows come after its alerts, which they need."""
    family_id, horizon, now = family.id, family.horizon, family.now
    status_days = 0
    for kind, model in STATUS_MODELS.items():
        progress.check()
        status_days += _sync_status(api, local, store, kind, model, family_id, horizon, now)
    store.replace(
        models.MentalReport,
        models.MentalReport.family_id == family_id,
        api.status.get_mental_reports(family_id, horizon, now),
    )
    notification_days = _sync_notifications(api, local, store, family_id, horizon, now)
    care_rows = sync_family_care(api, store, family.open_states, family_id, horizon, now)
    return status_days, notification_days, care_rows


# Someone who left every family the user shares but still wrote to the user.
_LEFT: Row = {"role": "sub", "user_name": None, "birth_date": None, "gender": None, "address": None}


def _account(uid: str, person: Row, email: str | None = None) -> Row:
    """The copy's account row of a person: no password; an e-mail only for the user."""
    return {
        "id": uid,
        "email": f"{uid}@cache.invalid" if email is None else email,
        "password": "",
        "role": models.Role(person["role"]),
        "user_name": person["user_name"],
        "birth_date": person["birth_date"],
        "gender": models.Gender(person["gender"]) if person["gender"] else None,
        "address": person["address"],
    }


def _store_session(
    api: CarebotApi, store: CacheStore, session_token: str, user_id: str, main: bool, now: datetime
) -> None:
    """The session as the copy's own, so that an offline sign-in can resume it."""
    # A remembered session stays remembered offline (30 days instead of 30 minutes).
    try:
        remembered = bool(api.auth.get_login_session(session_token)["is_remember"])
    except (AuthenticationError, PermissionDeniedError):
        remembered = False
    store.upsert(
        models.LoginSession,
        [
            {
                "xid": token_to_xid(session_token),
                "user_id": user_id,
                "last_active": now,
                "is_main_user": main,
                "is_remember": remembered,
            }
        ],
    )


MessageBatch = tuple[datetime, datetime, list[Row]]


def _message_batches(
    api: CarebotApi, local: Database, user_id: str, horizon: datetime, now: datetime
) -> list[MessageBatch]:
    """The user's messages (received and sent) of each day whose digest differs."""
    message_days = _changed_days(
        api.messages.get_message_digest(user_id, horizon, now),
        local.messages.get_message_digest(user_id, horizon, now),
    )
    batches = []
    for day in message_days:
        start, end = _day_window(day, horizon, now)
        by_index = {
            m["index"]: m
            for m in api.messages.get_all_received_messages(user_id, start, end)
            + api.messages.get_all_sent_messages(user_id, start, end)
        }
        batches.append((start, end, list(by_index.values())))
    return batches


def _store_messages(
    store: CacheStore, user_id: str, horizon: datetime, batches: list[MessageBatch]
) -> None:
    # Local copies of queued messages go once the outbox delivered them (the server's
    # own rows arrive just below).
    delivered = models.Message.index < 0
    pending_messages = store.pending_local_indexes("message")
    if pending_messages:
        delivered = and_(delivered, models.Message.index.not_in(pending_messages))
    store.replace(models.Message, delivered, [])
    mine = or_(models.Message.to_id == user_id, models.Message.from_id == user_id)
    store.replace(models.Message, and_(mine, models.Message.created_at < horizon), [])
    for start, end, batch in batches:
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


def _sync_status(
    api: CarebotApi,
    local: Database,
    store: CacheStore,
    kind: str,
    model: StatusModel,
    family_id: str,
    horizon: datetime,
    now: datetime,
) -> int:
    store.replace(model, and_(model.family_id == family_id, model.reported_at < horizon), [])
    remote = api.status.get_status_digest(kind, family_id, horizon, now)
    changed = _changed_days(remote, local.status.get_status_digest(kind, family_id, horizon, now))
    getter = {
        "home": api.status.get_home_status,
        "health": api.status.get_health_status,
        "active": api.status.get_active_status,
        "mental": api.status.get_mental_status,
    }[kind]
    for day in changed:
        start, end = _day_window(day, horizon, now)
        # From the copy's newest reading of the day on first (today's, mostly): a robot
        # writes a heart rate a second, and the whole day read again at every sync grew
        # with the day (14,400 rows an hour at four families, every five minutes). The
        # day is read whole when that does not make it match the server's.
        newest = store.newest_reported_at(model, family_id, start, end)
        if newest is not None and day in remote:
            _replace_rows(store, model, family_id, newest, end, getter(family_id, newest, end))
            if local.status.get_status_digest(kind, family_id, start, end).get(day) == remote[day]:
                continue
        _replace_rows(store, model, family_id, start, end, getter(family_id, start, end))
    return len(changed)


def _replace_rows(
    store: CacheStore,
    model: StatusModel,
    family_id: str,
    start: datetime,
    end: datetime,
    rows: list[Row],
) -> None:
    """The copy's rows of the family in [start, end] become ``rows``."""
    store.replace(
        model,
        and_(model.family_id == family_id, model.reported_at >= start, model.reported_at <= end),
        rows,
    )


def _changed_days(remote: dict[str, Any], mine: dict[str, Any]) -> list[str]:
    return sorted(day for day in set(remote) | set(mine) if remote.get(day) != mine.get(day))


def _day_window(day: str, horizon: datetime, now: datetime) -> tuple[datetime, datetime]:
    start = max(horizon, datetime.combine(date.fromisoformat(day), datetime.min.time()))
    return start, min(now, start.replace(hour=23, minute=59, second=59))


def _sync_notifications(
    api: CarebotApi,
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
