"""The work the screens run off the GUI thread (through ``context.op``, ``Page.load`` and
``Page.write``): plain functions of the API and plain values, no Qt. They live below the UI
so a screen module holds widgets only, and a test can call them without a window.

A write returns the :class:`DeskChanges` it made (this PC's), which the screen broadcasts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVarTuple

from carebot_desktop.data import Database
from carebot_desktop.data.errors import NotFoundError, OfflineError
from carebot_desktop.services import CarebotService, dashboard, reports
from carebot_desktop.services.access import action_of
from carebot_desktop.services.api import CarebotApi, Row
from carebot_desktop.services.changes import DeskChanges, made_here
from carebot_desktop.services.changes import acknowledged as acknowledged_changes
from carebot_desktop.services.dashboard import Alert, parse_alert
from carebot_desktop.services.reports import ElderReport

Args = TypeVarTuple("Args")

# The notifications screen loads the newest this many alerts (it says when there are more).
LIST_LIMIT = 1000

# --- the connection dialog ------------------------------------------------------------------


def check_connection(url: str | None) -> str:
    """Connect once; the TLS cipher in use ("" if not encrypted)."""
    db = Database(url, connect_timeout=5)
    try:
        db.ping()
        return db.tls_cipher()
    finally:
        db.dispose()


# --- one's own account (the account dialog) ------------------------------------------------


def account_view(service: CarebotService, token: str, user_id: str) -> tuple[Row, list[Row]]:
    """One's profile and one's live sessions."""
    account = service.as_user(token).accounts.get_one_account(user_id)
    return account, service.list_sessions(token)


def change_password(service: CarebotService, token: str, old: str, new: str) -> list[Row]:
    """Change one's password (one's other sessions end); the sessions left."""
    service.change_password(token, old, new)
    return service.list_sessions(token)


def end_sessions(
    service: CarebotService, token: str, refs: list[str], current: str | None
) -> tuple[bool, list[Row]]:
    """End these sessions of one's own: (True, []) if this PC's (``current``) was one of
    them, else (False, the sessions left)."""
    for ref in refs:
        service.end_session(token, ref)
    if current in refs:
        return True, []
    return False, service.list_sessions(token)


# --- the overview ---------------------------------------------------------------------------


def desk_snapshot(api: CarebotApi) -> Row:
    """What the overview shows, as one set-based read."""
    return api.desk.snapshot()


# --- notifications --------------------------------------------------------------------------


def load_alerts(
    api: CarebotApi,
    family_ids: list[str],
    start: datetime,
    end: datetime,
    grade: str | None,
    unread_only: bool,
) -> list[Alert]:
    """The newest alerts of every family that match the filters, filtered by the database
    (one statement for 200 families), at most LIST_LIMIT of them."""
    rows = api.notifications.get_notifications_list(
        family_ids, start, end, grade, unread_only, LIST_LIMIT
    )
    return [parse_alert(r) for r in rows]


def acknowledge(api: CarebotApi, indexes: list[int]) -> DeskChanges:
    """Mark these alerts read, in one transaction: this PC's change."""
    with action_of(api):
        for index in indexes:
            api.notifications.check_read_notification(index)
    return made_here(api, acknowledged_changes(indexes))


# --- the family -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FamilyDetails:
    family: Row
    elder: Row
    settings: Row
    can_edit: bool


def load_family(api: CarebotApi, user_id: str, role: str, family_id: str) -> FamilyDetails:
    family = api.families.get_one_family(family_id)
    elder = api.families.get_family_people(family_id)[0]
    settings = api.tools.get_settings(family_id)
    can_edit = role == "system" or family["main_user"] == user_id
    return FamilyDetails(family, elder, settings, can_edit)


def save_family(api: CarebotApi, family_id: str, name: str, flags: dict[str, bool]) -> DeskChanges:
    with action_of(api):
        api.families.update_one_family(family_id, {"family_name": name})
        api.tools.update_settings(family_id, flags)
    return DeskChanges(families=frozenset({family_id}), own=True)


# --- members --------------------------------------------------------------------------------


def changed_here(
    api: CarebotApi, families: frozenset[str], work: Callable[[*Args], object], *args: *Args
) -> DeskChanges:
    """A change to a family's people (``work(*args)``), as this PC's."""
    work(*args)
    return made_here(api, DeskChanges(families=families, memberships=True))


def join_family(
    api: CarebotApi, name: str, birth: str, gender: str, address: str, nickname: str
) -> int:
    """Find the family by the elder's four facts and ask to join it; the request id."""
    with action_of(api):
        found = api.families.find_family(name, birth, gender, address)
        if not found:
            raise NotFoundError("no family matches these details")
        return int(api.members.request_to_join(found[0]["family_id"], nickname or None))


def members_view(
    api: CarebotApi, family_id: str | None, manages: bool, asks: bool
) -> dict[str, list[Row]]:
    """The screen's data in one action: the family's people, its pending join requests
    (for whoever decides them), and one's own requests still waiting."""
    with action_of(api):
        return {
            "people": api.families.get_family_people(family_id) if family_id else [],
            "requests": api.members.get_join_requests(family_id) if family_id and manages else [],
            "mine": api.members.get_my_join_requests() if asks else [],
        }


# --- messages -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MessageThread:
    """One conversation as opened: its messages, and how many were marked read."""

    partner_id: str
    messages: list[Row]
    marked_read: int
    changes: DeskChanges = DeskChanges()  # this PC's, when it marked messages read


def open_thread(api: CarebotApi, user_id: str, partner_id: str) -> MessageThread:
    """The conversation, and mark what the user now sees as read."""
    messages = dashboard.conversation_messages(api, user_id, partner_id)
    marked = 0
    for message in messages:
        if message["to_id"] == user_id and not message["is_read"]:
            try:
                api.messages.check_read_message(message["index"])
            except OfflineError:
                break  # offline: read locally, marked on the server another time
            marked += 1
    made = made_here(api, DeskChanges(messages=True)) if marked else DeskChanges()
    return MessageThread(partner_id, messages, marked, made)


def send_message(api: CarebotApi, data: Row) -> DeskChanges:
    """Send, as this PC's change."""
    api.messages.create_message(data)
    return made_here(api, DeskChanges(messages=True))


# --- reports --------------------------------------------------------------------------------


def make_report(
    api: CarebotApi, family_id: str, start: datetime, end: datetime, summary: bool
) -> ElderReport:
    """The weekly family summary up to ``end``, or the care report over start-end."""
    if summary:
        return reports.weekly_summary(api, family_id, end)
    return reports.elder_report(api, family_id, start, end)
