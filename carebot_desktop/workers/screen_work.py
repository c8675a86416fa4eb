"""The work the screens run off the GUI thread (through ``context.op``, ``Page.load`` and
``Page.write``): plain functions of the API and plain values, no Qt. They live below the UI
so a screen module holds widgets only, and a test can call them without a window.

A write returns the :class:`DeskChanges` it made (this PC's), which the screen broadcasts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVarTuple

from carebot_desktop.data.errors import NotFoundError, OfflineError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import (
    CarebotService,
    connection_errors,
    dashboard,
    overview,
    reports,
)
from carebot_desktop.services.access import action_of, run_read
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
    """Connect once; the TLS cipher in use ("" if not encrypted), or a
    ``ConnectionCheckError`` naming what went wrong (see ``services.connection_errors``)."""
    return connection_errors.check_connection(url, connect_timeout=5)


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


def desk_snapshot(
    api: CarebotApi,
    with_usual: bool = True,
    recent: bool = True,
    families: list[str] | None = None,
) -> Row:
    """What the overview shows, as one set-based read, with the open crit alerts' states
    (``care``: one read for every family, never one per family; only the crit ones,
    which are all the overview reads of them, as it keeps the last snapshot: at 200
    families the open warn alerts are tens of thousands of states) and, ``with_usual``,
    every elder's usual (``usual``: one call for every family; the overview keeps the
    last one between the minutes it asks, as it moves slowly), ``recent`` False: without
    its recent means (``overview.keep_recent``). ``families``: only these families' rows,
    readings, counts and usual (the open alerts' states whole), for
    ``overview.merge_snapshot``; [] reads the states alone."""

    def read() -> Row:
        with action_of(api):
            snapshot = dict(api.desk.snapshot(families))
            # Only the crit ones are read (at 200 families the open warn alerts are
            # thousands of states, read and thrown away at every refresh: issue 21).
            snapshot["care"] = [] if offline(api) else api.care.open_alerts(["crit"])
            if with_usual:
                snapshot["usual"] = overview.read_usual(api, recent, families)
                snapshot["recent"] = recent  # False: overview.keep_recent fills them in
        return snapshot

    return run_read(api, read)  # again on a fresh connection if a server fails under it


def offline(api: CarebotApi) -> bool:
    """The offline copy: it keeps no care states (another desk may act meanwhile), so
    the screens show what it has, read or not, as before."""
    return bool(getattr(api, "offline", False))


# --- notifications --------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenStates:
    """The open (new or taken) warn/crit alerts as the notifications screen keeps them:
    the care states (index -> state dict) of the alerts it loaded, and only the indexes
    of the other open ones (``others``: open, state not kept; at 200 families there are
    tens of thousands of them, and the screen shows at most ``LIST_LIMIT`` alerts)."""

    states: dict[int, Row]
    others: frozenset[int] = frozenset()


@dataclass(frozen=True)
class AlertList:
    """The notifications screen's load: the alerts, the open ones' care states (those of
    these alerts; the other open ones by index) and when those were read (None: they
    could not be)."""

    alerts: list[Alert]
    states: OpenStates
    states_at: datetime | None


def load_alerts(
    api: CarebotApi,
    family_ids: list[str],
    start: datetime,
    end: datetime,
    grade: str | None,
    unread_only: bool,
) -> AlertList:
    """The newest alerts of every family that match the filters, filtered by the database
    (one statement for 200 families), at most LIST_LIMIT of them, and the open alerts'
    states (one more statement, whatever the families)."""

    def read() -> AlertList:
        with action_of(api):
            rows = api.notifications.get_notifications_list(
                family_ids, start, end, grade, unread_only, LIST_LIMIT
            )
            alerts = [parse_alert(r) for r in rows]
            del rows
            if offline(api):
                return AlertList(alerts, OpenStates({}), None)
            at = utcnow()
            states = open_states(api, {a.index for a in alerts})
        return AlertList(alerts, states, at)

    return run_read(api, read)


def acknowledge(api: CarebotApi, indexes: list[int]) -> DeskChanges:
    """Mark these alerts read, in one transaction: this PC's change."""
    with action_of(api):
        for index in indexes:
            api.notifications.check_read_notification(index)
    return made_here(api, acknowledged_changes(indexes))


# --- closing the loop on an alert -----------------------------------------------------------


@dataclass(frozen=True)
class CareDone:
    """A take or a resolve as saved: the alert's state, and this PC's change."""

    state: Row
    changes: DeskChanges


def _care_changes(api: CarebotApi, index: int) -> DeskChanges:
    # Taking marks the alert read too: the screens mark it without a reload.
    changed = frozenset({index})
    return made_here(api, DeskChanges(acknowledged=changed, care=changed))


def take_alert(api: CarebotApi, index: int, take_over: bool = False) -> CareDone:
    """ "I'm on it" (``take_over``: after the person confirmed taking it from another)."""
    state = api.care.take(index, take_over)
    return CareDone(state, _care_changes(api, index))


def resolve_alert(api: CarebotApi, index: int, outcome: str, note: str) -> CareDone:
    """Close the alert with an outcome and a note (checked by the API: nothing is
    written for an unknown outcome or a note too long)."""
    state = api.care.resolve(index, outcome, note)
    return CareDone(state, _care_changes(api, index))


def alert_state(api: CarebotApi, index: int) -> Row:
    return api.care.state(index)


def open_critical(api: CarebotApi) -> tuple[list[Alert], dict[int, Row]]:
    """The critical alerts not resolved yet (new or taken), oldest first, and their
    states: the banner's. Two statements for all the families: the open states, then
    the notification rows from the oldest open one on."""
    if offline(api):
        return dashboard.unread_critical(api), {}

    def read() -> tuple[dict[int, Row], list[Row]]:
        with action_of(api):
            states = {int(s["index"]): s for s in api.care.open_alerts(["crit"])}
            if not states:
                return {}, []
            since = min(s["created_at"] for s in states.values())
            return states, api.notifications.get_notifications_list(
                None, since, None, "crit", False, LIST_LIMIT
            )

    states, rows = run_read(api, read)
    alerts = [parse_alert(r) for r in rows if int(r["index"]) in states]
    alerts.sort(key=lambda a: (a.created_at or datetime.min, a.index))
    return alerts, {a.index: states[a.index] for a in alerts}


def open_states(api: CarebotApi, keep: Collection[int]) -> OpenStates:
    """The open (new or taken) warn/crit alerts of every family: the states of those
    whose index is in ``keep`` (the alerts a screen has), the indexes of the others."""
    states: dict[int, Row] = {}
    others: set[int] = set()
    for state in api.care.open_alerts():
        index = int(state["index"])
        if index in keep:
            states[index] = state
        else:
            others.add(index)
    return OpenStates(states, frozenset(others))


# --- the family -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FamilyDetails:
    family: Row
    elder: Row
    settings: Row
    can_edit: bool
    # The sleep window ({"start", "end"} "HH:MM" local time, or None: none set);
    # ``sleep_known`` False when it could not be read (the offline copy keeps none).
    sleep: Row | None = None
    sleep_known: bool = True


def load_family(api: CarebotApi, user_id: str, role: str, family_id: str) -> FamilyDetails:

    def read() -> tuple[Row, Row, Row, Row | None, bool]:
        with action_of(api):
            family = api.families.get_one_family(family_id)
            elder = api.families.get_family_people(family_id)[0]
            settings = api.tools.get_settings(family_id)
            sleep, known = None, not offline(api)
            if known:
                try:
                    sleep = api.watch.sleep_window(family_id)
                except OfflineError:
                    known = False
        return family, elder, settings, sleep, known

    family, elder, settings, sleep, known = run_read(api, read)
    can_edit = role == "system" or family["main_user"] == user_id
    return FamilyDetails(family, elder, settings, can_edit, sleep, known)


def save_sleep_window(
    api: CarebotApi, family_id: str, start: str | None, end: str | None
) -> DeskChanges:
    """Set the family's sleep window ("HH:MM" local time; None, None: none)."""
    api.watch.set_sleep_window(family_id, start, end)
    return DeskChanges(families=frozenset({family_id}), own=True)


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

    def read() -> dict[str, list[Row]]:
        with action_of(api):
            return {
                "people": api.families.get_family_people(family_id) if family_id else [],
                "requests": (
                    api.members.get_join_requests(family_id) if family_id and manages else []
                ),
                "mine": api.members.get_my_join_requests() if asks else [],
            }

    return run_read(api, read)


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
