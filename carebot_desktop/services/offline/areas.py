"""The offline API: the screens' :class:`~carebot_desktop.services.api.CarebotApi` over
the offline copy, while the server is away.

Each area names every function of its Protocol. Reads are the copy's own
permission-checked functions (a ``UserApi`` over the cache), bound as they are; sending a
message and acknowledging a notification go to the outbox; any other write raises
OfflineError, which the screens show as a sentence. What the copy does not hold (the
elder's usual ranges, the sleep window) raises OfflineError too.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from carebot_desktop.data.cache import CacheStore
from carebot_desktop.data.database import Database
from carebot_desktop.data.errors import OfflineError, PermissionDeniedError, ValidationError
from carebot_desktop.data.messages import MESSAGE_SPEC
from carebot_desktop.data.validation import clean, utcnow
from carebot_desktop.services.access import UserApi, linked
from carebot_desktop.services.api import CarebotApi, Row, When
from carebot_desktop.services.offline.cache import OfflineCache
from carebot_desktop.services.service import CarebotService


def _needs_connection(name: str) -> OfflineError:
    return OfflineError(f"{name} needs a connection to the database")


def _marked(rows: list[Row], pending: set[int]) -> list[Row]:
    """Rows waiting in the outbox carry ``pending`` (the screens mark them)."""
    return [{**r, "pending": True} if r["index"] in pending else r for r in rows]


class OfflineAccounts:
    def __init__(self, inner: UserApi) -> None:
        self.get_one_account = inner.accounts.get_one_account


class OfflineFamilies:
    def __init__(self, inner: UserApi) -> None:
        self.get_all_families = inner.families.get_all_families
        self.find_family = inner.families.find_family
        self.get_family_people = inner.families.get_family_people
        self.get_one_family = inner.families.get_one_family

    def update_one_family(self, family_id: str, updated_family: Row) -> bool:
        raise _needs_connection("update_one_family")


class OfflineMembers:
    def __init__(self, inner: UserApi) -> None:
        self.get_all_members = inner.members.get_all_members
        self.get_join_requests = inner.members.get_join_requests
        self.get_my_join_requests = inner.members.get_my_join_requests

    def update_one_member(self, member_id: str, updated_member: Row) -> bool:
        raise _needs_connection("update_one_member")

    def delete_one_member(self, member_id: str) -> bool:
        raise _needs_connection("delete_one_member")

    def request_to_join(self, family_id: str, nickname: str | None = None) -> int:
        raise _needs_connection("request_to_join")

    def approve_join_request(self, request_id: int) -> str:
        raise _needs_connection("approve_join_request")

    def deny_join_request(self, request_id: int) -> bool:
        raise _needs_connection("deny_join_request")

    def withdraw_join_request(self, request_id: int) -> bool:
        raise _needs_connection("withdraw_join_request")


class OfflineAuth:
    def __init__(self, inner: UserApi) -> None:
        self.get_login_session = inner.auth.get_login_session

    def delete_session(self, session_id: str) -> bool:
        # Signing out offline is queued by the session controller, not done here.
        raise _needs_connection("delete_session")


class OfflineStatus:
    """Every status read; the copy holds no robot that could write one."""

    def __init__(self, inner: UserApi) -> None:
        status = inner.status
        self.get_home_status = status.get_home_status
        self.get_latest_home_status = status.get_latest_home_status
        self.get_health_status = status.get_health_status
        self.get_latest_health_status = status.get_latest_health_status
        self.get_active_status = status.get_active_status
        self.get_latest_active_status = status.get_latest_active_status
        self.get_mental_status = status.get_mental_status
        self.get_latest_mental_status = status.get_latest_mental_status
        self.get_mental_reports = status.get_mental_reports
        self.get_status_digest = status.get_status_digest
        self.get_status_series_many = status.get_status_series_many
        # Folds the copy's own roll-ups, as the poller asks the server's.
        self.fold_rollups = status.fold_rollups


class OfflineMessages:
    """Reads mark the messages still in the outbox; a new message is queued there."""

    def __init__(self, inner: UserApi, db: Database, store: CacheStore, user_id: str) -> None:
        self._inner = inner
        self._db = db
        self._store = store
        self._user_id = user_id
        self.get_new_received_messages = inner.messages.get_new_received_messages
        self.get_message_digest = inner.messages.get_message_digest

    def get_all_received_messages(
        self,
        to_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        rows = self._inner.messages.get_all_received_messages(
            to_id, start_time, end_time, time_order
        )
        return _marked(rows, self._store.pending_local_indexes("message"))

    def get_all_sent_messages(
        self,
        from_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        rows = self._inner.messages.get_all_sent_messages(from_id, start_time, end_time, time_order)
        return _marked(rows, self._store.pending_local_indexes("message"))

    def create_message(self, message_data: Row) -> int:
        """Queue the message; it shows at once, marked pending."""
        values = clean(message_data, MESSAGE_SPEC)
        if values["from_id"] != self._user_id or not linked(
            self._db, values["from_id"], values["to_id"]
        ):
            raise PermissionDeniedError("create_message is not allowed for this account")
        if not (values.get("content") or "").strip() and not values.get("image_url"):
            raise ValidationError("content", "a message needs text or an image")
        values["created_at"] = utcnow()
        values.pop("is_read", None)
        values.pop("index", None)
        return self._store.queue_message(values)

    def check_read_message(self, message_id: int) -> bool:
        raise _needs_connection("check_read_message")


class OfflineNotifications:
    """Reads mark the acknowledgements still in the outbox; acknowledging queues one."""

    def __init__(self, inner: UserApi, store: CacheStore) -> None:
        self._inner = inner
        self._store = store
        notifications = inner.notifications
        self.get_notifications_after = notifications.get_notifications_after
        self.get_unread_notifications = notifications.get_unread_notifications
        self.get_notification_digest = notifications.get_notification_digest
        self.latest_notification_index = notifications.latest_notification_index
        self.get_acknowledgements = notifications.get_acknowledgements

    def get_all_notifications(
        self,
        family_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        rows = self._inner.notifications.get_all_notifications(
            family_id, start_time, end_time, time_order
        )
        return _marked(rows, self._store.pending_local_indexes("ack"))

    def get_notifications_list(
        self,
        family_ids: list[str] | None = None,
        start_time: When | None = None,
        end_time: When | None = None,
        grade: str | None = None,
        unread_only: bool = False,
        limit: int = 1000,
    ) -> list[Row]:
        rows = self._inner.notifications.get_notifications_list(
            family_ids, start_time, end_time, grade, unread_only, limit
        )
        return _marked(rows, self._store.pending_local_indexes("ack"))

    def check_read_notification(self, notification_id: int) -> bool:
        """Acknowledge now (locally) and queue it for the server."""
        self._inner.notifications.get_one_notification(notification_id)  # the permission
        self._store.queue_ack(notification_id)
        return True


class OfflineTools:
    def __init__(self, inner: UserApi) -> None:
        self.get_settings = inner.tools.get_settings

    def update_settings(self, family_id: str, updated_settings: Row) -> bool:
        raise _needs_connection("update_settings")


class OfflineBackgrounds:
    def __init__(self, inner: UserApi) -> None:
        self.get_backgrounds = inner.backgrounds.get_backgrounds
        self.get_latest_background = inner.backgrounds.get_latest_background


class OfflineAudit:
    def record_export(self, family_ids: list[str], kind: str, reason: str) -> int:
        raise _needs_connection("record_export")


class OfflineDesk:
    def __init__(self, inner: UserApi) -> None:
        self.snapshot = inner.desk.snapshot
        self.signature = inner.desk.signature


class OfflineCare:
    """What the offline copy holds of the alerts' care is read as it is; taking,
    resolving, escalating and writing wait for the server (no outbox: another desk may
    act on the alert meanwhile)."""

    def __init__(self, inner: UserApi) -> None:
        self.state = inner.care.state
        self.open_alerts = inner.care.open_alerts
        self.notes = inner.care.notes
        self.handovers = inner.care.handovers
        self.handover_reads = inner.care.handover_reads
        self.shift_summary = inner.care.shift_summary

    def take(self, index: int, take_over: bool = False) -> Row:
        raise _needs_connection("take")

    def resolve(self, index: int, outcome: str, note: str = "") -> Row:
        raise _needs_connection("resolve")

    def escalate(self, now: When | None = None) -> list[Row]:
        raise _needs_connection("escalate")

    def release(self, index: int | None = None) -> int:
        raise _needs_connection("release")

    def expire_holds(self, now: When | None = None) -> list[Row]:
        raise _needs_connection("expire_holds")

    def watch_check(self, now: When | None = None) -> list[Row] | None:
        raise _needs_connection("watch_check")

    def alarms(self, now: When | None = None) -> Row:
        raise _needs_connection("alarms")

    def add_note(self, family_id: str, text: str) -> int:
        raise _needs_connection("add_note")

    def hand_over(self, text: str) -> int:
        raise _needs_connection("hand_over")

    def confirm_handover(self, handover_id: int) -> bool:
        raise _needs_connection("confirm_handover")


class OfflineContacts:
    """The copy's contacts are read as they are; changing one waits for the server."""

    def __init__(self, inner: UserApi) -> None:
        self.get_contacts = inner.contacts.get_contacts

    def add_contact(self, family_id: str, contact: Row) -> int:
        raise _needs_connection("add_contact")

    def update_contact(self, contact_id: int, contact: Row) -> bool:
        raise _needs_connection("update_contact")

    def delete_contact(self, contact_id: int) -> bool:
        raise _needs_connection("delete_contact")


class OfflineWatch:
    """The copy keeps no usual ranges, no open episodes and no sleep window (the watcher
    learns and raises them on the server): each waits for the server, and says so. The
    derived alerts themselves are notifications, which the copy holds."""

    def usual(
        self, family_ids: list[str] | None = None, *, recent: bool = True
    ) -> dict[str, dict[str, Any]]:
        raise _needs_connection("usual")

    def sleep_window(self, family_id: str) -> Row | None:
        raise _needs_connection("sleep_window")

    def set_sleep_window(self, family_id: str, start: str | None, end: str | None) -> bool:
        raise _needs_connection("set_sleep_window")


class OfflineApi:
    """The screens' API over the cache, for one session, while the server is away."""

    offline = True

    def __init__(self, cache: OfflineCache, session_token: str, user_id: str) -> None:
        self.cache = cache
        # The copy's own UserApi: the same permission checks as online, on this PC's rows.
        self._inner = CarebotService(cache.db, None).as_user(session_token)
        inner = self._inner
        self.accounts = OfflineAccounts(inner)
        self.families = OfflineFamilies(inner)
        self.members = OfflineMembers(inner)
        self.auth = OfflineAuth(inner)
        self.status = OfflineStatus(inner)
        self.messages = OfflineMessages(inner, cache.db, cache.store, user_id)
        self.notifications = OfflineNotifications(inner, cache.store)
        self.tools = OfflineTools(inner)
        self.backgrounds = OfflineBackgrounds(inner)
        self.audit = OfflineAudit()
        self.desk = OfflineDesk(inner)
        self.care = OfflineCare(inner)
        self.contacts = OfflineContacts(inner)
        self.watch = OfflineWatch()

    def action(self) -> AbstractContextManager[None]:
        return self._inner.action()


def _is_a_carebot_api(api: OfflineApi) -> CarebotApi:
    """Never called: mypy checks here that OfflineApi is the screens' one API type."""
    return api
