"""The one API type the screens and workers call: :class:`CarebotApi`.

The server's :class:`~carebot_desktop.services.access.UserApi` and the offline copy's
``OfflineApi`` both satisfy it structurally, so a screen's work function is typed once,
whatever answers it. Each area is its own Protocol holding the functions the screens,
workers and services call (not every function of ``UserApi``: a narrower type is less for
the offline API to mirror). The signatures are ``UserApi``'s own; keep them identical.

Areas are read-only properties: an implementation may hold a subtype (``UserApi.accounts``
is an ``AccountsApi``), which a settable attribute would not allow.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any, Protocol, TypeAlias

# A row as the data layer returns it: column names to values (see the contract).
Row: TypeAlias = dict[str, Any]
# A start_time/end_time: a naive UTC datetime or an ISO-8601 string (see the contract).
When: TypeAlias = datetime | str
# A birth date: a date or an ISO-8601 string.
Day: TypeAlias = date | str


class AccountsArea(Protocol):
    def get_one_account(self, account_id: str) -> Row: ...


class FamiliesArea(Protocol):
    def get_all_families(self) -> list[Row]: ...

    def find_family(
        self,
        user_name: str | None = None,
        birth_date: Day | None = None,
        gender: str | None = None,
        address: str | None = None,
    ) -> list[Row]: ...

    def get_family_people(self, family_id: str) -> list[Row]: ...

    def get_one_family(self, family_id: str) -> Row: ...

    def update_one_family(self, family_id: str, updated_family: Row) -> bool: ...


class MembersArea(Protocol):
    def get_all_members(
        self, family_id: str | None = None, user_id: str | None = None
    ) -> list[Row]: ...

    def update_one_member(self, member_id: str, updated_member: Row) -> bool: ...

    def delete_one_member(self, member_id: str) -> bool: ...

    def request_to_join(self, family_id: str, nickname: str | None = None) -> int: ...

    def get_join_requests(self, family_id: str) -> list[Row]: ...

    def get_my_join_requests(self) -> list[Row]: ...

    def approve_join_request(self, request_id: int) -> str: ...

    def deny_join_request(self, request_id: int) -> bool: ...

    def withdraw_join_request(self, request_id: int) -> bool: ...


class AuthArea(Protocol):
    def delete_session(self, session_id: str) -> bool: ...

    def get_login_session(self, session_id: str) -> Row: ...


class StatusArea(Protocol):
    def get_home_status(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_latest_home_status(self, family_id: str) -> Row: ...

    def get_health_status(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_latest_health_status(self, family_id: str) -> Row: ...

    def get_active_status(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_latest_active_status(self, family_id: str) -> Row: ...

    def get_mental_status(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_latest_mental_status(self, family_id: str) -> Row: ...

    def get_mental_reports(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_status_digest(
        self, kind: str, family_id: str, start_time: When, end_time: When | None = None
    ) -> dict[str, tuple[int, int]]: ...

    def get_status_series_many(
        self,
        family_id: str,
        series: list[str],
        start_time: When,
        end_time: When | None = None,
        bucket_seconds: int = 300,
    ) -> dict[str, list[Row]]: ...

    def fold_rollups(self, max_rows: int | None = None) -> int: ...


class MessagesArea(Protocol):
    def create_message(self, message_data: Row) -> int: ...

    def get_new_received_messages(
        self,
        to_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_all_received_messages(
        self,
        to_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_all_sent_messages(
        self,
        from_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_message_digest(
        self, user_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> dict[str, tuple[int, int, int]]: ...

    def check_read_message(self, message_id: int) -> bool: ...


class NotificationsArea(Protocol):
    def get_all_notifications(
        self,
        family_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]: ...

    def get_notifications_after(
        self, family_ids: list[str], after_index: int, limit: int = 500
    ) -> list[Row]: ...

    def get_notifications_list(
        self,
        family_ids: list[str] | None = None,
        start_time: When | None = None,
        end_time: When | None = None,
        grade: str | None = None,
        unread_only: bool = False,
        limit: int = 1000,
    ) -> list[Row]: ...

    def get_unread_notifications(
        self, family_ids: list[str] | None = None, grade: str | None = None, limit: int = 1000
    ) -> list[Row]: ...

    def get_notification_digest(
        self, family_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> dict[str, tuple[int, int, int]]: ...

    def latest_notification_index(self, family_ids: list[str]) -> int: ...

    def check_read_notification(self, notification_id: int) -> bool: ...

    def get_acknowledgements(
        self, family_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> list[Row]: ...


class ToolsArea(Protocol):
    def get_settings(self, family_id: str) -> Row: ...

    def update_settings(self, family_id: str, updated_settings: Row) -> bool: ...


class BackgroundsArea(Protocol):
    def get_backgrounds(self, family_id: str) -> list[Row]: ...

    def get_latest_background(self, family_id: str) -> Row: ...


class AuditArea(Protocol):
    def record_export(self, family_ids: list[str], kind: str, reason: str) -> int: ...


class DeskArea(Protocol):
    def snapshot(self, family_ids: list[str] | None = None) -> Row: ...

    def signature(self) -> Row: ...


class CareArea(Protocol):
    def take(self, index: int, take_over: bool = False) -> Row: ...

    def resolve(self, index: int, outcome: str, note: str = "") -> Row: ...

    def state(self, index: int) -> Row: ...

    def open_alerts(self, grades: list[str] | None = None) -> list[Row]: ...

    def escalate(self, now: When | None = None) -> list[Row]: ...

    def release(self, index: int | None = None) -> int: ...

    def expire_holds(self, now: When | None = None) -> list[Row]: ...

    def watch_check(self, now: When | None = None) -> list[Row] | None: ...

    def alarms(self, now: When | None = None) -> Row: ...

    def add_note(self, family_id: str, text: str) -> int: ...

    def notes(
        self, family_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> list[Row]: ...

    def hand_over(self, text: str) -> int: ...

    def handovers(self, start_time: When | None = None) -> list[Row]: ...

    def confirm_handover(self, handover_id: int) -> bool: ...

    def shift_summary(self, since: When) -> Row: ...

    def handover_reads(self, handover_id: int) -> list[Row]: ...


class ContactsArea(Protocol):
    def get_contacts(self, family_id: str) -> list[Row]: ...

    def add_contact(self, family_id: str, contact: Row) -> int: ...

    def update_contact(self, contact_id: int, contact: Row) -> bool: ...

    def delete_contact(self, contact_id: int) -> bool: ...


class WatchArea(Protocol):
    def usual(
        self, family_ids: list[str] | None = None, *, recent: bool = True
    ) -> dict[str, dict[str, Any]]: ...

    def sleep_window(self, family_id: str) -> Row | None: ...

    def set_sleep_window(self, family_id: str, start: str | None, end: str | None) -> bool: ...


class CarebotApi(Protocol):
    """What a signed-in session's screens and workers call (online or offline)."""

    @property
    def accounts(self) -> AccountsArea: ...

    @property
    def families(self) -> FamiliesArea: ...

    @property
    def members(self) -> MembersArea: ...

    @property
    def auth(self) -> AuthArea: ...

    @property
    def status(self) -> StatusArea: ...

    @property
    def messages(self) -> MessagesArea: ...

    @property
    def notifications(self) -> NotificationsArea: ...

    @property
    def tools(self) -> ToolsArea: ...

    @property
    def backgrounds(self) -> BackgroundsArea: ...

    @property
    def audit(self) -> AuditArea: ...

    @property
    def desk(self) -> DeskArea: ...

    @property
    def care(self) -> CareArea: ...

    @property
    def contacts(self) -> ContactsArea: ...

    @property
    def watch(self) -> WatchArea: ...

    def action(self) -> AbstractContextManager[None]:
        """Several calls as one action: one transaction, one check of the caller."""
        ...
