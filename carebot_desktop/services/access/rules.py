"""The access policy as data: ``RULES`` names, for every public function of an area, who
may call it and what the audit log keeps (:class:`Rule`), and the checks it is built from.

A check sees the call (:class:`Call`: the caller, the arguments by name, lookups of the
rows the call touches) and returns whether it is allowed and the audit entry's target.
``policy.Area`` applies the rules; an area function without one cannot be defined.

Rules: a ``system`` account may do everything. A family's ``main`` user and its members
read the family, its status, notifications and settings, and mark its notifications read.
Only the main user (or system) changes the family or its settings or removes a member; a
member may leave. Messages go only between people who share a family (its main user and
its members, and members with each other); only the recipient marks a message read; only
system deletes messages and notifications. An account reads and changes only itself. The
family's main user and members read and edit its emergency contacts. Whoever reads a
family's notifications takes, resolves and writes notes about its alerts and reads its care
log; handovers are read by those who share a family with their writer. The family's people
read the elder's usual ranges and the sleep window; only the main user sets the window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from carebot_desktop.data.errors import CarebotError, DatabaseUnavailableError, NotFoundError
from carebot_desktop.data.validation import check_text_list
from carebot_desktop.services.api import Row
from carebot_desktop.services.sessions import token_to_xid

if TYPE_CHECKING:
    from carebot_desktop.data import Database
    from carebot_desktop.services.access.policy import Actor
    from carebot_desktop.services.access.user_api import UserApi


class Call:
    """What a rule sees: the caller, the call's arguments by name, and lookups of the rows
    the call touches (each made once). A rule may leave what it checked for the function's
    body: the list of families (``family_ids``), a session's stored id (``xid``)."""

    def __init__(self, api: UserApi, actor: Actor, arguments: dict[str, object]) -> None:
        self.api: UserApi = api
        self.db: Database = api.db
        self.actor: Actor = actor
        self.args: dict[str, object] = arguments
        self.family_ids: list[str] | None = None  # set by ``families``
        self.xid: str | None = None  # set by ``_own_session``

    def __getitem__(self, name: str) -> object:
        return self.args.get(name)

    def text(self, name: str) -> str:
        """A text id argument, to look its row up. Typed by the function's signature but
        passed on as the caller gave it: the data layer checks it (a ValidationError or
        NotFoundError there), so the cast here claims only what the signature does."""
        return cast(str, self.args.get(name))

    def number(self, name: str) -> int:
        """An integer id argument, to look its row up (checked as :meth:`text`'s is)."""
        return cast(int, self.args.get(name))

    def field(self, payload: str, key: str) -> object:
        """``key`` of the dict argument ``payload`` (None if it is not a dict)."""
        data = self.args.get(payload)
        return data.get(key) if isinstance(data, dict) else None

    def reads(self, family_id: object) -> bool:
        return self.api.can_read_family(self.actor, family_id)

    def manages(self, family_id: object) -> bool:
        return self.api.can_manage_family(self.actor, family_id)

    def is_self(self, account_id: object) -> bool:
        return self.actor.is_system or account_id == self.actor.user_id


Check = Callable[[Call], tuple[bool, object]]  # (allowed, the audit entry's target id)


@dataclass(frozen=True)
class Rule:
    action: str  # view, search, create, update, delete
    target_type: str  # family, account, audit
    check: Check
    audit: bool = True  # an entry on success (refusals are always audited)
    target_is_result: bool = False  # a create: the entry names the new row
    operation: str | None = None  # the entry's operation, if not the function's name


# Checks, each made for an argument (``arg``) or a payload's key (``payload``, ``key``).


def anyone(call: Call) -> tuple[bool, object]:
    return True, None


def system(target: Callable[[Call], object] = lambda call: None) -> Check:
    return lambda call: (call.actor.is_system, target(call))


def reader(arg: str) -> Check:
    """A family's main user or member (or system), the family named by ``arg``."""
    return lambda call: (call.reads(call[arg]), call[arg])


def manager(arg: str) -> Check:
    """The family's main user (or system)."""
    return lambda call: (call.manages(call[arg]), call[arg])


def oneself(arg: str) -> Check:
    """The account named by ``arg`` is the caller's own (or the caller is system)."""
    return lambda call: (call.is_self(call[arg]), call[arg])


def of_payload(check: Callable[[str], Check], payload: str, key: str) -> Check:
    """``check`` applied to ``payload[key]`` (a dict argument)."""

    def run(call: Call) -> tuple[bool, object]:
        call.args[f"{payload}.{key}"] = call.field(payload, key)
        return check(f"{payload}.{key}")(call)

    return run


def of_row(lookup: Callable[[Call], Row], check: Callable[[Call, Row], bool]) -> Check:
    """The row the call touches is looked up (NotFoundError if there is none) and checked;
    the audit entry names its family."""

    def run(call: Call) -> tuple[bool, object]:
        found = lookup(call)
        return check(call, found), found.get("family_id", found.get("to_id"))

    return run


def member_row(call: Call) -> Row:
    return dict(call.db.members.get_one_member(call.text("member_id")))


def notification_row(call: Call) -> Row:
    return dict(call.db.notifications.get_one_notification(call.number("notification_id")))


def alert_row(call: Call) -> Row:
    """The notification a care function names by ``index``."""
    return dict(call.db.notifications.get_one_notification(call.number("index")))


def contact_row(call: Call) -> Row:
    return dict(call.db.contacts.get_one_contact(call.number("contact_id")))


def background_row(call: Call) -> Row:
    return dict(call.db.backgrounds.get_one_background(call.number("background_id")))


def request_row(call: Call) -> Row:
    return dict(call.db.members.get_one_join_request(call.number("request_id")))


def message_row(call: Call) -> Row:
    found = dict(call.db.messages.get_one_message(call.number("message_id")))
    found.pop("family_id", None)
    return found


def owner_or_manager(owner_key: str) -> Callable[[Call, Row], bool]:
    """The row's own person (a member, an uploader), the family's main user, or system."""
    return lambda call, row: row[owner_key] == call.actor.user_id or call.manages(row["family_id"])


def _families_of(db: Database, person: str) -> set[str]:
    """The families ``person`` belongs to, as main user or member."""
    found = {str(m["family_id"]) for m in db.members.get_all_members(user_id=person)}
    with contextlib.suppress(NotFoundError):  # not the main user of any family
        found.add(db.families.main_id_to_family_id(person))
    return found


def linked(db: Database, sender: object, recipient: object) -> bool:
    """True if the two share a family: its main user and a member, or two of its members
    (a caregiver and the elder's daughter)."""
    if not isinstance(sender, str) or not isinstance(recipient, str) or sender == recipient:
        return False
    return bool(_families_of(db, sender) & _families_of(db, recipient))


def _sends(call: Call) -> tuple[bool, object]:
    sender, recipient = call.field("message_data", "from_id"), call.field("message_data", "to_id")
    allowed = call.actor.is_system or (
        sender == call.actor.user_id and linked(call.db, sender, recipient)
    )
    return allowed, recipient


def _creates_family(call: Call) -> tuple[bool, object]:
    main_user = call.field("family_data", "main_user")
    return call.actor.is_system or main_user == call.actor.user_id, None


def _uploads(call: Call) -> tuple[bool, object]:
    family_id = call.field("background_data", "family_id")
    own = call.field("background_data", "uploader_id") == call.actor.user_id
    return call.actor.is_system or (own and call.reads(family_id)), family_id


def _watches(call: Call) -> tuple[bool, object]:
    """A handover is written by someone who watches a family (or a system account)."""
    return call.actor.is_system or bool(call.actor.families), call.actor.user_id


def _reads_handover(call: Call) -> tuple[bool, object]:
    """A handover is read (and its reading confirmed) by its writer and by whoever shares
    a family with the writer (a system account: any)."""
    found = call.db.care.handover_families(call.number("handover_id"))
    family_ids = found["family_ids"]
    allowed = (
        call.actor.is_system
        or found["by"] == call.actor.user_id
        or (isinstance(family_ids, list) and any(call.reads(f) for f in family_ids))
    )
    return allowed, found["by"]


# The alert a care function names is one of the caller's families'.
_reads_alert = of_row(alert_row, lambda call, row: call.reads(row["family_id"]))


def _asks_to_join(call: Call) -> tuple[bool, object]:
    return call.actor.role == "sub", call["family_id"]


def _decides(call: Call) -> tuple[bool, object]:
    """The family's main user or system, and never the requester themself."""
    request = request_row(call)
    allowed = call.manages(request["family_id"]) and request["user_id"] != call.actor.user_id
    return allowed, request["family_id"]


def _own_session(call: Call) -> tuple[bool, object]:
    """Session functions take the tokens people hold, never stored ids: one's own only."""
    xid = token_to_xid(call["session_id"])
    owner = None
    if xid is not None:
        try:
            owner = call.db.auth.get_login_session(xid)["user_id"]
        except DatabaseUnavailableError:  # not an answer: the action fails (and may run again)
            raise
        except CarebotError:  # unknown or expired: treated as not one's own
            owner = None
    call.xid = xid
    return owner is not None and (call.actor.is_system or owner == call.actor.user_id), owner


def families(none_means: str | None) -> Check:
    """Several families at once, each readable by the caller. ``none_means``: what
    ``family_ids=None`` stands for: ``"own"`` (every family of one's own), ``"all"``
    (a system account's: every family; others: their own), or None (not allowed)."""

    def run(call: Call) -> tuple[bool, object]:
        given = call["family_ids"]
        if given is None and none_means is not None:
            if none_means == "all" and call.actor.is_system:
                call.family_ids = [f["id"] for f in call.db.families.get_all_families()]
            else:
                call.family_ids = sorted(call.actor.families)
            return True, None
        family_ids = check_text_list("family_ids", given)
        call.family_ids = family_ids
        for family_id in family_ids:
            if not call.reads(family_id):
                return False, family_id
        return True, None

    return run


def _status_rules() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for kind in ("home_status", "health_status", "active_status", "mental_status"):
        rules[f"create_{kind}"] = Rule(
            "create", "family", system(lambda c: c.field("data", "family_id"))
        )
        rules[f"get_{kind}"] = Rule("view", "family", reader("family_id"))
        rules[f"get_latest_{kind}"] = Rule("view", "family", reader("family_id"))
        rules[f"delete_latest_{kind}"] = Rule("delete", "family", system(lambda c: c["family_id"]))
    rules["create_mental_report"] = Rule(
        "create", "family", system(lambda c: c.field("data", "family_id"))
    )
    rules["get_mental_reports"] = Rule("view", "family", reader("family_id"))
    rules["get_latest_mental_reports"] = Rule("view", "family", reader("family_id"))
    rules["delete_latest_mental_reports"] = Rule(
        "delete", "family", system(lambda c: c["family_id"])
    )
    return rules


RULES: dict[str, Rule] = {
    # accounts: one's own; the rest is the administrator's
    "get_all_email": Rule("view", "account", system()),
    "create_account": Rule("create", "account", system(), target_is_result=True),
    "get_all_accounts": Rule("view", "account", system()),
    "get_one_account": Rule("view", "account", oneself("account_id"), audit=False),
    "get_id_from_email": Rule("view", "account", anyone, audit=False),  # narrowed in its body
    "get_hashed_password": Rule("view", "account", system(lambda c: c["account_id"]), audit=False),
    "update_one_account": Rule("update", "account", oneself("account_id")),
    "delete_one_account": Rule("delete", "account", oneself("account_id")),
    "deletion_summary": Rule("view", "account", oneself("account_id"), audit=False),
    # families
    "main_id_to_family_id": Rule("view", "account", anyone, audit=False),  # body checks
    "create_family": Rule("create", "family", _creates_family, target_is_result=True),
    "get_all_families": Rule("view", "family", anyone, audit=False),  # narrowed to one's own
    "find_family": Rule("search", "family", anyone, audit=False),  # throttled in its body
    "get_family_people": Rule("view", "family", reader("family_id"), audit=False),
    "get_one_family": Rule("view", "family", reader("family_id"), audit=False),
    "update_one_family": Rule("update", "family", manager("family_id")),
    "delete_one_family": Rule("delete", "family", manager("family_id")),
    # members and joining
    "create_member": Rule("create", "family", of_payload(manager, "member_data", "family_id")),
    "get_all_members": Rule("view", "family", anyone, audit=False),  # body checks, narrows
    "get_one_member": Rule(
        "view",
        "family",
        of_row(member_row, lambda call, row: call.reads(row["family_id"])),
        audit=False,
    ),
    "update_one_member": Rule("update", "family", of_row(member_row, owner_or_manager("user_id"))),
    "delete_one_member": Rule("delete", "family", of_row(member_row, owner_or_manager("user_id"))),
    "request_to_join": Rule("create", "family", _asks_to_join),
    "get_join_requests": Rule("view", "family", manager("family_id")),
    "get_my_join_requests": Rule("view", "family", anyone, audit=False),
    "approve_join_request": Rule("update", "family", _decides),
    "deny_join_request": Rule("update", "family", _decides),
    "withdraw_join_request": Rule(
        "delete",
        "family",
        of_row(request_row, lambda call, row: row["user_id"] == call.actor.user_id),
        audit=False,
    ),
    # sessions
    "create_session": Rule("create", "account", system(), audit=False),
    "delete_session": Rule("view", "account", _own_session, audit=False),
    "check_current_user": Rule("view", "account", _own_session, audit=False),
    "change_password": Rule("update", "account", system(lambda c: c["user_id"])),
    "get_login_session": Rule("view", "account", _own_session, audit=False),
    "cleanup_login_sessions": Rule("delete", "account", system(), audit=False),
    "record_auto_login": Rule("view", "account", _own_session, audit=False),
    # status: reads for the family's people (audited); writes are the robot's and AI's
    **_status_rules(),
    "get_status_digest": Rule(
        "view", "family", reader("family_id"), audit=False, operation="get_status_digest"
    ),
    "get_status_series": Rule("view", "family", reader("family_id")),
    "get_status_series_many": Rule("view", "family", reader("family_id")),
    "fold_rollups": Rule("update", "family", anyone, audit=False),  # shows and changes no reading
    # messages: between people who share a family
    "create_message": Rule("create", "account", _sends),
    "get_new_received_messages": Rule("view", "account", oneself("to_id"), audit=False),
    "get_all_received_messages": Rule("view", "account", oneself("to_id"), audit=False),
    "get_all_sent_messages": Rule("view", "account", oneself("from_id"), audit=False),
    "get_message_digest": Rule("view", "account", oneself("user_id"), audit=False),
    "get_one_message": Rule(
        "view",
        "account",
        of_row(
            message_row,
            lambda call, row: (
                call.actor.is_system or call.actor.user_id in (row["from_id"], row["to_id"])
            ),
        ),
        audit=False,
    ),
    "check_read_message": Rule(
        "update",
        "account",
        of_row(message_row, lambda call, row: call.is_self(row["to_id"])),
        audit=False,
    ),
    "delete_message": Rule("delete", "account", system()),
    # notifications: the family's people read them and mark them read
    "create_notification": Rule(
        "create", "family", system(lambda c: c.field("notification_data", "family_id"))
    ),
    "get_new_notifications": Rule("view", "family", reader("family_id")),
    "get_all_notifications": Rule("view", "family", reader("family_id")),
    # (the lists audit each family whose rows they return)
    "get_notifications_after": Rule("view", "family", families(None), audit=False),
    "get_notifications_list": Rule("view", "family", families("own"), audit=False),
    "get_unread_notifications": Rule("view", "family", families("own"), audit=False),
    "get_notification_digest": Rule("view", "family", reader("family_id"), audit=False),
    "latest_notification_index": Rule("view", "family", families(None), audit=False),
    "get_acknowledgements": Rule("view", "family", reader("family_id")),
    "get_one_notification": Rule(
        "view", "family", of_row(notification_row, lambda call, row: call.reads(row["family_id"]))
    ),
    "check_read_notification": Rule(
        "update",
        "family",
        of_row(notification_row, lambda call, row: call.reads(row["family_id"])),
    ),
    "delete_notification": Rule(
        "delete", "family", of_row(notification_row, lambda call, row: call.actor.is_system)
    ),
    # care: whoever may read the family's notifications takes, resolves and writes notes
    "take": Rule("update", "family", _reads_alert),
    "resolve": Rule("update", "family", _reads_alert),
    "state": Rule("view", "family", _reads_alert),
    # (audit each family whose alerts they show or raise)
    "open_alerts": Rule("view", "family", families("all"), audit=False),
    "escalate": Rule("update", "family", anyone, audit=False),  # narrowed to one's own
    # one gives back only the alerts one holds oneself
    "release": Rule("update", "account", lambda call: (True, call.actor.user_id)),
    "expire_holds": Rule("update", "family", anyone, audit=False),  # narrowed to one's own
    # the watcher's checks: a care-centre account on the shared URL (others: nothing done)
    "watch_check": Rule("create", "family", anyone, audit=False),  # audits each family raised
    "alarms": Rule("view", "family", anyone, audit=False),  # narrowed; levels and indexes only
    "add_note": Rule("create", "family", reader("family_id")),
    "notes": Rule("view", "family", reader("family_id")),
    "hand_over": Rule("create", "account", _watches),
    "handovers": Rule("view", "account", anyone),  # narrowed to who shares a family
    "confirm_handover": Rule("update", "account", _reads_handover),
    "handover_reads": Rule("view", "account", _reads_handover, audit=False),
    "shift_summary": Rule("view", "family", families("all"), audit=False),  # counts only
    # emergency contacts: the family's main user and members read and edit them
    "get_contacts": Rule("view", "family", reader("family_id"), audit=False),
    "add_contact": Rule("create", "family", reader("family_id")),
    "update_contact": Rule(
        "update", "family", of_row(contact_row, lambda call, row: call.reads(row["family_id"]))
    ),
    "delete_contact": Rule(
        "delete", "family", of_row(contact_row, lambda call, row: call.reads(row["family_id"]))
    ),
    # tools: reference data for anyone signed in; settings for the family
    "get_all_master_region": Rule("view", "account", anyone, audit=False),
    "get_all_sub_region": Rule("view", "account", anyone, audit=False),
    "get_news": Rule("view", "account", anyone, audit=False),
    "create_settings": Rule("create", "family", of_payload(manager, "settings_data", "family_id")),
    "get_settings": Rule("view", "family", reader("family_id"), audit=False),
    "update_settings": Rule("update", "family", manager("family_id")),
    "delete_settings": Rule("delete", "family", manager("family_id")),
    # backgrounds: the family's people add their own; the uploader or the main user removes
    "add_background": Rule("create", "family", _uploads),
    "get_backgrounds": Rule("view", "family", reader("family_id"), audit=False),
    "get_latest_background": Rule("view", "family", reader("family_id"), audit=False),
    "get_one_background": Rule(
        "view",
        "family",
        of_row(background_row, lambda call, row: call.reads(row["family_id"])),
        audit=False,
    ),
    "delete_background": Rule(
        "delete", "family", of_row(background_row, owner_or_manager("uploader_id"))
    ),
    # the audit log: the administrator's
    "get_audit_log": Rule("view", "audit", system(), audit=False),  # its own entry comes first
    # exports: of one's own families' data, with a reason (audited in the body)
    "record_export": Rule("export", "family", families(None), audit=False),
    "get_my_exports": Rule("view", "account", anyone, audit=False),
    # the desk: every family of one's own at once
    # (audits every family it shows)
    "snapshot": Rule("view", "family", families("all"), audit=False, operation="desk_snapshot"),
    "signature": Rule("view", "family", anyone, audit=False),  # counts only, no health data
    # watching the elder: the family's people read its usual and sleep window (usual:
    # audits each family it shows); only the main user (or system) sets the window
    "usual": Rule("view", "family", families("all"), audit=False, operation="watch_usual"),
    "sleep_window": Rule("view", "family", reader("family_id"), audit=False),
    "set_sleep_window": Rule("update", "family", manager("family_id")),
}
