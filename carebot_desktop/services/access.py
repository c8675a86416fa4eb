"""Permission-checked access to the data areas, for one signed-in session.

``UserApi`` has the same areas and function names as :class:`~carebot_desktop.data.Database`.
The policy is data: ``RULES`` names, for every public function, who may call it and what the
audit log keeps; one wrapper (``_checked``) applies it. Every call first checks the session
(sliding its expiry at most once a minute), then its rule, then runs, and writes an audit
entry for reads of health data (status, mental, notifications) and for every change (reads
batched, see ``CarebotService._audit_done``). Refusals raise :class:`PermissionDeniedError`
and are audited at once.

Rules: a ``system`` account may do everything. A family's ``main`` user and its members
read the family, its status, notifications and settings, and mark its notifications read.
Only the main user (or system) changes the family or its settings or removes a member; a
member may leave. Messages go only between a family's main user and its members; only the
recipient marks a message read; only system deletes messages and notifications. An account
reads and changes only itself.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from carebot_desktop.data.errors import (
    CarebotError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ThrottledError,
    ValidationError,
)
from carebot_desktop.data.login_views import EMAIL_CHANGE_LIMIT, FIND_FAMILY_LIMIT
from carebot_desktop.data.validation import check_text_list, utcnow
from carebot_desktop.services.api import CarebotApi
from carebot_desktop.services.sessions import token_to_xid

if TYPE_CHECKING:
    from carebot_desktop.data import Database
    from carebot_desktop.services.service import CarebotService


@dataclass(frozen=True)
class Actor:
    user_id: str
    role: str
    families: frozenset[str] = frozenset()  # the families it belongs to (main or member)
    main_of: frozenset[str] = frozenset()  # the families it is the main user of

    @property
    def is_system(self) -> bool:
        return self.role == "system"


class _ActionState(threading.local):
    depth = 0
    actor: Actor | None = None
    entries: list[dict[str, Any]]
    call: Call | None = None  # the call whose function body runs now (see _checked)

    def __init__(self) -> None:
        self.entries = []


class UserApi:
    """The data areas as one session's user may use them.

    Every public function of an area is one *action*: one transaction, one check of who
    is calling (one statement), and the audit entries it makes. ``with api.action():``
    groups several calls (a whole screen's load) into one action."""

    def __init__(self, service: CarebotService, session_id: str) -> None:
        self._service = service
        self._db = service.db
        self.session_id = session_id
        self._state = _ActionState()
        self.accounts = AccountsApi(self)
        self.families = FamiliesApi(self)
        self.members = MembersApi(self)
        self.auth = AuthApi(self)
        self.status = StatusApi(self)
        self.messages = MessagesApi(self)
        self.notifications = NotificationsApi(self)
        self.tools = ToolsApi(self)
        self.backgrounds = BackgroundsApi(self)
        self.audit = AuditApi(self)
        self.desk = DeskApi(self)

    @contextlib.contextmanager
    def action(self) -> Iterator[None]:
        """One transaction and one caller check for everything inside (on this thread).
        Audit entries of a failed action are dropped, except refusals, which are written
        at once; those of a successful one are written with it or batched (see
        ``CarebotService._audit_done``)."""
        state = self._state
        if state.depth:
            state.depth += 1
            try:
                yield
            finally:
                state.depth -= 1
            return
        state.depth, state.actor, state.entries = 1, None, []
        taken: list[dict[str, Any]] = []
        try:
            with self._db.unit_of_work():
                yield
                taken = self._service._audit_done(state.entries)
        except BaseException:
            self._service._audit_failed(state.entries, taken)
            raise
        finally:
            state.depth, state.actor, state.entries = 0, None, []

    # --- who is asking, and what may they see --------------------------------------------

    def actor(self) -> Actor:
        """The caller (checked once per action; the session's expiry slides)."""
        state = self._state
        if state.depth and state.actor is not None:
            return state.actor
        caller = self._service.check_caller(self.session_id)
        actor = Actor(
            caller["user_id"],
            caller["role"],
            frozenset(caller["families"]),
            frozenset(caller["main_of"]),
        )
        if state.depth:
            state.actor = actor
        return actor

    def family_ids(self, actor: Actor) -> set[str]:
        """The families ``actor`` belongs to (as main user or member)."""
        return set(actor.families)

    def is_main_of(self, actor: Actor, family_id: str) -> bool:
        return family_id in actor.main_of

    def can_read_family(self, actor: Actor, family_id: Any) -> bool:
        return actor.is_system or (isinstance(family_id, str) and family_id in actor.families)

    def can_manage_family(self, actor: Actor, family_id: Any) -> bool:
        return actor.is_system or (isinstance(family_id, str) and self.is_main_of(actor, family_id))

    # --- checking and auditing ------------------------------------------------------------

    def record_many(
        self, actor: Actor, action: str, target_type: str, target_ids: list[str], operation: str
    ) -> None:
        """One audit entry per target, written in one statement."""
        for target in target_ids:
            self.record(actor, action, target_type, target, operation)

    def record(
        self,
        actor: Actor,
        action: str,
        target_type: str,
        target_id: Any,
        operation: str,
        outcome: str = "ok",
    ) -> None:
        entry = self._service._audit_entry(
            actor.user_id, action, target_type, target_id, operation, outcome
        )
        if self._state.depth:
            self._state.entries.append(entry)
        else:
            self._db.security.add_audit_entries([entry])

    def require(
        self,
        allowed: bool,
        actor: Actor,
        action: str,
        target_type: str,
        target_id: Any,
        operation: str,
    ) -> None:
        if not allowed:
            self.record(actor, action, target_type, target_id, operation, "denied")
            raise PermissionDeniedError(f"{operation} is not allowed for this account")


def action_of(api: Any) -> contextlib.AbstractContextManager[Any]:
    """``api.action()`` where the API groups calls into one action (the server's UserApi,
    the offline copy's, the poller's LiveApi); a plain context otherwise."""
    start = getattr(api, "action", None)
    return start() if callable(start) else contextlib.nullcontext()


# --- the policy: one rule per function ---------------------------------------------------
#
# Every public function of an area is named in RULES with who may call it (a check of the
# call's arguments, looking up the row it touches where needed) and what the audit log
# keeps. ``_Area.__init_subclass__`` wraps each function in ``_checked``: one action, the
# check (a refusal is audited and raises PermissionDeniedError), the function's body (the
# data call, and any narrowing of what it returns), then the audit entry. A function with
# no rule cannot be defined.


class Call:
    """What a rule sees: the caller, the call's arguments by name, and lookups of the rows
    the call touches (each made once)."""

    def __init__(self, area: _Area, actor: Actor, arguments: dict[str, Any]) -> None:
        self.area = area
        self.api: UserApi = area._api
        self.db: Database = area._db
        self.actor: Actor = actor
        self.args: dict[str, Any] = arguments

    def __getitem__(self, name: str) -> Any:
        return self.args.get(name)

    def field(self, payload: str, key: str) -> Any:
        """``key`` of the dict argument ``payload`` (None if it is not a dict)."""
        data = self.args.get(payload)
        return data.get(key) if isinstance(data, dict) else None

    def reads(self, family_id: Any) -> bool:
        return self.api.can_read_family(self.actor, family_id)

    def manages(self, family_id: Any) -> bool:
        return self.api.can_manage_family(self.actor, family_id)

    def is_self(self, account_id: Any) -> bool:
        return self.actor.is_system or account_id == self.actor.user_id


Check = Callable[[Call], tuple[bool, Any]]  # (allowed, the audit entry's target id)


@dataclass(frozen=True)
class Rule:
    action: str  # view, search, create, update, delete
    target_type: str  # family, account, audit
    check: Check
    audit: bool = True  # an entry on success (refusals are always audited)
    target_is_result: bool = False  # a create: the entry names the new row
    operation: str | None = None  # the entry's operation, if not the function's name


# Checks, each made for an argument (``arg``) or a payload's key (``payload``, ``key``).


def anyone(call: Call) -> tuple[bool, Any]:
    return True, None


def system(target: Callable[[Call], Any] = lambda call: None) -> Check:
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

    def run(call: Call) -> tuple[bool, Any]:
        call.args[f"{payload}.{key}"] = call.field(payload, key)
        return check(f"{payload}.{key}")(call)

    return run


def of_row(
    lookup: Callable[[Call], dict[str, Any]], check: Callable[[Call, dict[str, Any]], bool]
) -> Check:
    """The row the call touches is looked up (NotFoundError if there is none) and checked;
    the audit entry names its family."""

    def run(call: Call) -> tuple[bool, Any]:
        found = lookup(call)
        return check(call, found), found.get("family_id", found.get("to_id"))

    return run


def member_row(call: Call) -> dict[str, Any]:
    return dict(call.db.members.get_one_member(call["member_id"]))


def notification_row(call: Call) -> dict[str, Any]:
    return dict(call.db.notifications.get_one_notification(call["notification_id"]))


def background_row(call: Call) -> dict[str, Any]:
    return dict(call.db.backgrounds.get_one_background(call["background_id"]))


def request_row(call: Call) -> dict[str, Any]:
    return dict(call.db.members.get_one_join_request(call["request_id"]))


def message_row(call: Call) -> dict[str, Any]:
    found = dict(call.db.messages.get_one_message(call["message_id"]))
    found.pop("family_id", None)
    return found


def owner_or_manager(owner_key: str) -> Callable[[Call, dict[str, Any]], bool]:
    """The row's own person (a member, an uploader), the family's main user, or system."""
    return lambda call, row: row[owner_key] == call.actor.user_id or call.manages(row["family_id"])


def linked(db: Database, sender: Any, recipient: Any) -> bool:
    """True if one of the two is a family's main user and the other its member."""
    if not isinstance(sender, str) or not isinstance(recipient, str):
        return False
    for main, member in ((sender, recipient), (recipient, sender)):
        try:
            family_id = db.families.main_id_to_family_id(main)
        except NotFoundError:
            continue
        if db.members.get_all_members(family_id=family_id, user_id=member):
            return True
    return False


def _sends(call: Call) -> tuple[bool, Any]:
    sender, recipient = call.field("message_data", "from_id"), call.field("message_data", "to_id")
    allowed = call.actor.is_system or (
        sender == call.actor.user_id and linked(call.db, sender, recipient)
    )
    return allowed, recipient


def _creates_family(call: Call) -> tuple[bool, Any]:
    main_user = call.field("family_data", "main_user")
    return call.actor.is_system or main_user == call.actor.user_id, None


def _uploads(call: Call) -> tuple[bool, Any]:
    family_id = call.field("background_data", "family_id")
    own = call.field("background_data", "uploader_id") == call.actor.user_id
    return call.actor.is_system or (own and call.reads(family_id)), family_id


def _asks_to_join(call: Call) -> tuple[bool, Any]:
    return call.actor.role == "sub", call["family_id"]


def _decides(call: Call) -> tuple[bool, Any]:
    """The family's main user or system, and never the requester themself."""
    request = request_row(call)
    allowed = call.manages(request["family_id"]) and request["user_id"] != call.actor.user_id
    return allowed, request["family_id"]


def _own_session(call: Call) -> tuple[bool, Any]:
    """Session functions take the tokens people hold, never stored ids: one's own only."""
    xid = token_to_xid(call["session_id"])
    owner = None
    if xid is not None:
        try:
            owner = call.db.auth.get_login_session(xid)["user_id"]
        except CarebotError:  # unknown or expired: treated as not one's own
            owner = None
    call.args["xid"] = xid
    return owner is not None and (call.actor.is_system or owner == call.actor.user_id), owner


def families(none_means: str | None) -> Check:
    """Several families at once, each readable by the caller. ``none_means``: what
    ``family_ids=None`` stands for: ``"own"`` (every family of one's own), ``"all"``
    (a system account's: every family; others: their own), or None (not allowed)."""

    def run(call: Call) -> tuple[bool, Any]:
        family_ids = call["family_ids"]
        if family_ids is None and none_means is not None:
            if none_means == "all" and call.actor.is_system:
                call.args["family_ids"] = [f["id"] for f in call.db.families.get_all_families()]
            else:
                call.args["family_ids"] = sorted(call.actor.families)
            return True, None
        family_ids = check_text_list("family_ids", family_ids)
        call.args["family_ids"] = family_ids
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
    # messages: between a family's main user and its members
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
}


def _checked(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` run under its rule (see RULES) as one action."""
    rule = RULES[name]
    signature = inspect.signature(function)
    operation = rule.operation or name

    @functools.wraps(function)
    def run(self: _Area, *args: Any, **kwargs: Any) -> Any:
        with self._api.action():
            actor = self._api.actor()
            try:
                bound = signature.bind(self, *args, **kwargs)
            except TypeError as error:
                raise ValidationError(None, f"{name}: {error}") from None
            bound.apply_defaults()
            call = Call(self, actor, dict(bound.arguments))
            allowed, target = rule.check(call)
            self._api.require(allowed, actor, rule.action, rule.target_type, target, operation)
            state = self._api._state  # per thread: an area serves every thread at once
            outer, state.call = state.call, call
            try:
                result = function(self, *args, **kwargs)
            finally:
                state.call = outer
            if rule.audit:
                entry_target = result if rule.target_is_result else target
                self._api.record(actor, rule.action, rule.target_type, entry_target, operation)
            return result

    return run


class _Area:
    """An area's public functions each run under their rule, as one action."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member):
                if name not in RULES:
                    raise TypeError(f"{cls.__name__}.{name} has no access rule")
                setattr(cls, name, _checked(name, member))

    def __init__(self, api: UserApi) -> None:
        self._api = api
        self._db = api._db

    @property
    def _actor(self) -> Actor:
        return self._api.actor()

    def _arg(self, name: str) -> Any:
        """An argument as the rule left it (a checked list of families, a session's id)."""
        call = self._api._state.call
        assert call is not None
        return call.args.get(name)


class AccountsApi(_Area):
    def get_all_email(self) -> list[dict[str, str]]:
        return self._db.accounts.get_all_email()

    def create_account(self, account_data: dict[str, Any]) -> str:
        return self._db.accounts.create_account(account_data)

    def get_all_accounts(self) -> list[dict[str, Any]]:
        return self._db.accounts.get_all_accounts()

    def get_one_account(self, account_id: str) -> dict[str, Any]:
        return self._db.accounts.get_one_account(account_id)

    def get_id_from_email(self, email: str) -> str:
        """Others learn nothing about e-mails but their own."""
        actor = self._actor
        found = None
        try:
            found = self._db.accounts.get_id_from_email(email)
        except NotFoundError:
            if actor.is_system:
                raise
        self._api.require(
            actor.is_system or found == actor.user_id,
            actor,
            "view",
            "account",
            None,
            "get_id_from_email",
        )
        assert found is not None
        return found

    def get_hashed_password(self, account_id: str) -> str:
        return self._db.accounts.get_hashed_password(account_id)

    def update_one_account(self, account_id: str, updated_account: dict[str, Any]) -> bool:
        actor = self._actor
        if isinstance(updated_account, dict) and "role" in updated_account:
            self._api.require(
                actor.is_system, actor, "update", "account", account_id, "update_one_account(role)"
            )
        email = updated_account.get("email") if isinstance(updated_account, dict) else None
        if isinstance(email, str) and not actor.is_system and not self._db.secured:
            current = self._db.accounts.get_one_account(account_id)["email"]
            if email.strip().lower() != current:
                return self._change_email(account_id, updated_account)
        return self._db.accounts.update_one_account(account_id, updated_account)

    def _change_email(self, account_id: str, updated_account: dict[str, Any]) -> bool:
        """An e-mail change tells whether the address is taken: at most
        ``EMAIL_CHANGE_LIMIT`` tries an hour, each audited (as the database's own
        ``desk_change_email`` does through a person's login)."""
        since = utcnow() - timedelta(hours=1)
        if self._db.security.count_audit_since(account_id, "change_email", since) >= (
            EMAIL_CHANGE_LIMIT
        ):
            raise ThrottledError("too many e-mail changes: try again in an hour", 3600.0)
        outcome = "ok"
        try:
            return self._db.accounts.update_one_account(account_id, updated_account)
        except ConflictError:
            outcome = "conflict"
            raise
        except CarebotError:
            outcome = "failed"
            raise
        finally:
            with self._db.separate_transaction():  # the try counts, whatever follows
                self._db.security.add_audit_entry(
                    self._api._service._audit_entry(
                        account_id, "update", "account", account_id, "change_email", outcome
                    )
                )

    def delete_one_account(self, account_id: str) -> bool:
        return self._db.accounts.delete_one_account(account_id)

    def deletion_summary(self, account_id: str) -> dict[str, Any]:
        return self._db.accounts.deletion_summary(account_id)


class FamiliesApi(_Area):
    def main_id_to_family_id(self, main_id: str) -> str:
        actor = self._actor
        family_id = None
        try:
            family_id = self._db.families.main_id_to_family_id(main_id)
        except NotFoundError:
            if actor.is_system or main_id == actor.user_id:
                raise
        self._api.require(
            self._api.can_read_family(actor, family_id),
            actor,
            "view",
            "account",
            main_id,
            "main_id_to_family_id",
        )
        assert family_id is not None
        return family_id

    def create_family(self, family_data: dict[str, Any]) -> str:
        return self._db.families.create_family(family_data)

    def get_all_families(self) -> list[dict[str, Any]]:
        actor = self._actor
        families = self._db.families.get_all_families()
        if actor.is_system:
            return families
        return [f for f in families if f["id"] in actor.families]

    def find_family(
        self,
        user_name: str | None = None,
        birth_date: Any = None,
        gender: Any = None,
        address: str | None = None,
    ) -> list[dict[str, Any]]:
        """Non-system accounts must give all four facts about the elder, at most
        ``FIND_FAMILY_LIMIT`` times an hour, and learn only what filing a join request
        needs (the family's id and name): a search, not a directory of elders' addresses
        and birth dates, and not a way to try birth dates one after another."""
        actor = self._actor
        if self._db.secured:  # the database throttles, audits and trims this search itself
            return self._db.families.find_family(user_name, birth_date, gender, address)
        if actor.is_system:
            result = self._db.families.find_family(user_name, birth_date, gender, address)
            self._api.record(actor, "search", "family", None, "find_family")
            return result
        if None in (user_name, birth_date, gender, address):
            raise ValidationError(None, "give the elder's name, birth date, gender and address")
        since = utcnow() - timedelta(hours=1)
        if self._db.security.count_audit_since(actor.user_id, "find_family", since) >= (
            FIND_FAMILY_LIMIT
        ):
            self._api.record(actor, "search", "family", None, "find_family", "throttled")
            raise ThrottledError(
                "too many family searches: try again in an hour", retry_after=3600.0
            )
        found = self._db.families.find_family(user_name, birth_date, gender, address)
        self._api.record(actor, "search", "family", None, "find_family")
        return [{"family_id": f["family_id"], "family_name": f["family_name"]} for f in found]

    def get_family_people(self, family_id: str) -> list[dict[str, Any]]:
        """Names and nicknames of the family's people (and the elder's details): what the
        family's own screens show."""
        return self._db.families.get_family_people(family_id)

    def get_one_family(self, family_id: str) -> dict[str, Any]:
        return self._db.families.get_one_family(family_id)

    def update_one_family(self, family_id: str, updated_family: dict[str, Any]) -> bool:
        actor = self._actor
        if isinstance(updated_family, dict) and "main_user" in updated_family:
            self._api.require(
                actor.is_system,
                actor,
                "update",
                "family",
                family_id,
                "update_one_family(main_user)",
            )
        return self._db.families.update_one_family(family_id, updated_family)

    def delete_one_family(self, family_id: str) -> bool:
        return self._db.families.delete_one_family(family_id)


class MembersApi(_Area):
    def create_member(self, member_data: dict[str, Any]) -> str:
        """Add a member directly: the family's main user or a system account only. Anyone
        else asks to join (``request_to_join``) and the family decides."""
        return self._db.members.create_member(member_data)

    def get_all_members(
        self, family_id: str | None = None, user_id: str | None = None
    ) -> list[dict[str, Any]]:
        actor = self._actor
        if family_id is not None:
            self._api.require(
                self._api.can_read_family(actor, family_id),
                actor,
                "view",
                "family",
                family_id,
                "get_all_members",
            )
        if user_id is not None and family_id is None:
            self._api.require(
                actor.is_system or user_id == actor.user_id,
                actor,
                "view",
                "account",
                user_id,
                "get_all_members",
            )
        members = self._db.members.get_all_members(family_id, user_id)
        if actor.is_system:
            return members
        return [m for m in members if m["family_id"] in actor.families]

    def get_one_member(self, member_id: str) -> dict[str, Any]:
        return self._db.members.get_one_member(member_id)

    def update_one_member(self, member_id: str, updated_member: dict[str, Any]) -> bool:
        return self._db.members.update_one_member(member_id, updated_member)

    def delete_one_member(self, member_id: str) -> bool:
        """The main user removes a member; a member leaves."""
        return self._db.members.delete_one_member(member_id)

    # --- joining a family with its consent ------------------------------------------------

    def request_to_join(self, family_id: str, nickname: str | None = None) -> int:
        """Ask to join a family (one's own ``sub`` account): grants nothing until its main
        user or a system account approves. The request id."""
        return self._db.members.request_to_join(
            {"family_id": family_id, "user_id": self._actor.user_id, "nickname": nickname}
        )

    def get_join_requests(self, family_id: str) -> list[dict[str, Any]]:
        """The family's pending requests (its main user or system)."""
        return self._db.members.get_join_requests(family_id=family_id)

    def get_my_join_requests(self) -> list[dict[str, Any]]:
        """One's own requests still waiting for a family's answer."""
        return self._db.members.get_join_requests(user_id=self._actor.user_id)

    def approve_join_request(self, request_id: int) -> str:
        """The requester becomes a member; the new member id."""
        return self._db.members.approve_join_request(request_id, self._actor.user_id)

    def deny_join_request(self, request_id: int) -> bool:
        return self._db.members.deny_join_request(request_id, self._actor.user_id)

    def withdraw_join_request(self, request_id: int) -> bool:
        """The requester takes their own pending request back."""
        return self._db.members.withdraw_join_request(request_id)


class AuthApi(_Area):
    """Session functions take the session tokens users hold, never stored ids."""

    def create_session(self, session_data: dict[str, Any]) -> str:
        return self._db.auth.create_session(session_data)

    def delete_session(self, session_id: str) -> bool:
        return self._db.auth.delete_session(self._arg("xid"))

    def check_current_user(self, session_id: str) -> str:
        return self._db.auth.check_current_user(self._arg("xid"))

    def change_password(self, user_id: str, new_hashed_password: str) -> bool:
        return self._db.auth.change_password(user_id, new_hashed_password)

    def get_login_session(self, session_id: str) -> dict[str, Any]:
        return self._db.auth.get_login_session(self._arg("xid"))

    def cleanup_login_sessions(self) -> int:
        return self._db.auth.cleanup_login_sessions()

    def record_auto_login(self, session_id: str) -> bool:
        return self._db.auth.record_auto_login(self._arg("xid"))


class StatusApi(_Area):
    """Reads for the family's people (audited); writes are the robot's and AI's: system."""

    def create_home_status(self, data: dict[str, Any]) -> int:
        return self._db.status.create_home_status(data)

    def get_home_status(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.status.get_home_status(family_id, start_time, end_time, time_order)

    def get_latest_home_status(self, family_id: str) -> dict[str, Any]:
        return self._db.status.get_latest_home_status(family_id)

    def delete_latest_home_status(self, family_id: str) -> bool:
        return self._db.status.delete_latest_home_status(family_id)

    def create_health_status(self, data: dict[str, Any]) -> int:
        return self._db.status.create_health_status(data)

    def get_health_status(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.status.get_health_status(family_id, start_time, end_time, time_order)

    def get_latest_health_status(self, family_id: str) -> dict[str, Any]:
        return self._db.status.get_latest_health_status(family_id)

    def delete_latest_health_status(self, family_id: str) -> bool:
        return self._db.status.delete_latest_health_status(family_id)

    def create_active_status(self, data: dict[str, Any]) -> int:
        return self._db.status.create_active_status(data)

    def get_active_status(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.status.get_active_status(family_id, start_time, end_time, time_order)

    def get_latest_active_status(self, family_id: str) -> dict[str, Any]:
        return self._db.status.get_latest_active_status(family_id)

    def delete_latest_active_status(self, family_id: str) -> bool:
        return self._db.status.delete_latest_active_status(family_id)

    def create_mental_status(self, data: dict[str, Any]) -> int:
        return self._db.status.create_mental_status(data)

    def get_mental_status(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.status.get_mental_status(family_id, start_time, end_time, time_order)

    def get_latest_mental_status(self, family_id: str) -> dict[str, Any]:
        return self._db.status.get_latest_mental_status(family_id)

    def delete_latest_mental_status(self, family_id: str) -> bool:
        return self._db.status.delete_latest_mental_status(family_id)

    def create_mental_report(self, data: dict[str, Any]) -> int:
        return self._db.status.create_mental_report(data)

    def get_mental_reports(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.status.get_mental_reports(family_id, start_time, end_time, time_order)

    def get_latest_mental_reports(self, family_id: str) -> dict[str, Any]:
        return self._db.status.get_latest_mental_reports(family_id)

    def delete_latest_mental_reports(self, family_id: str) -> bool:
        return self._db.status.delete_latest_mental_reports(family_id)

    def get_status_digest(
        self, kind: str, family_id: str, start_time: Any, end_time: Any = None
    ) -> dict[str, tuple[int, int]]:
        return self._db.status.get_status_digest(kind, family_id, start_time, end_time)

    def get_status_series(
        self,
        family_id: str,
        series: str,
        start_time: Any,
        end_time: Any = None,
        bucket_seconds: int = 300,
    ) -> list[dict[str, Any]]:
        return self._db.status.get_status_series(
            family_id, series, start_time, end_time, bucket_seconds
        )

    def get_status_series_many(
        self,
        family_id: str,
        series: list[str],
        start_time: Any,
        end_time: Any = None,
        bucket_seconds: int = 300,
    ) -> dict[str, list[dict[str, Any]]]:
        return self._db.status.get_status_series_many(
            family_id, series, start_time, end_time, bucket_seconds
        )

    def fold_rollups(self, max_rows: int | None = None) -> int:
        """Bring the chart roll-ups up to date (``Status.fold_rollups``). Any signed-in
        person's desktop may: it shows nobody anything and changes no reading."""
        return self._db.status.fold_rollups(max_rows)


class MessagesApi(_Area):
    def _linked(self, a: str, b: str) -> bool:
        """True if one of the two is a family's main user and the other its member."""
        return linked(self._db, a, b)

    def create_message(self, message_data: dict[str, Any]) -> int:
        return self._db.messages.create_message(message_data)

    def get_new_received_messages(
        self, to_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.messages.get_new_received_messages(to_id, start_time, end_time, time_order)

    def get_all_received_messages(
        self, to_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.messages.get_all_received_messages(to_id, start_time, end_time, time_order)

    def get_all_sent_messages(
        self, from_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.messages.get_all_sent_messages(from_id, start_time, end_time, time_order)

    def get_message_digest(
        self, user_id: str, start_time: Any = None, end_time: Any = None
    ) -> dict[str, tuple[int, int, int]]:
        return self._db.messages.get_message_digest(user_id, start_time, end_time)

    def get_one_message(self, message_id: int) -> dict[str, Any]:
        return self._db.messages.get_one_message(message_id)

    def check_read_message(self, message_id: int) -> bool:
        return self._db.messages.check_read_message(message_id)

    def delete_message(self, message_id: int) -> bool:
        return self._db.messages.delete_message(message_id)


class NotificationsApi(_Area):
    def create_notification(self, notification_data: dict[str, Any]) -> int:
        return self._db.notifications.create_notification(notification_data)

    def get_new_notifications(
        self, family_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.notifications.get_new_notifications(
            family_id, start_time, end_time, time_order
        )

    def get_all_notifications(
        self, family_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        return self._db.notifications.get_all_notifications(
            family_id, start_time, end_time, time_order
        )

    def get_notifications_after(
        self, family_ids: list[str], after_index: int, limit: int = 500
    ) -> list[dict[str, Any]]:
        rows = self._db.notifications.get_notifications_after(
            self._arg("family_ids"), after_index, limit
        )
        return self._audited_rows(rows, "get_notifications_after")

    def get_notifications_list(
        self,
        family_ids: list[str] | None = None,
        start_time: Any = None,
        end_time: Any = None,
        grade: str | None = None,
        unread_only: bool = False,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """The newest notifications of several families (``None``: all of one's own),
        filtered in the database, in one statement."""
        rows = self._db.notifications.get_notifications_list(
            self._arg("family_ids"), start_time, end_time, grade, unread_only, limit
        )
        return self._audited_rows(rows, "get_notifications_list")

    def get_unread_notifications(
        self, family_ids: list[str] | None = None, grade: str | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """Unread notifications of several families (``None``: all of one's own) in one
        statement, oldest first."""
        rows = self._db.notifications.get_unread_notifications(
            self._arg("family_ids"), grade, limit
        )
        return self._audited_rows(rows, "get_unread_notifications")

    def get_notification_digest(
        self, family_id: str, start_time: Any = None, end_time: Any = None
    ) -> dict[str, tuple[int, int, int]]:
        return self._db.notifications.get_notification_digest(family_id, start_time, end_time)

    def latest_notification_index(self, family_ids: list[str]) -> int:
        return self._db.notifications.latest_notification_index(self._arg("family_ids"))

    def get_one_notification(self, notification_id: int) -> dict[str, Any]:
        return self._db.notifications.get_one_notification(notification_id)

    def check_read_notification(self, notification_id: int) -> bool:
        return self._db.notifications.check_read_notification(
            notification_id, by=self._actor.user_id
        )

    def get_acknowledgements(
        self, family_id: str, start_time: Any = None, end_time: Any = None
    ) -> list[dict[str, Any]]:
        """Who acknowledged the family's alerts of the period, and when."""
        return self._db.notifications.get_acknowledgements(family_id, start_time, end_time)

    def delete_notification(self, notification_id: int) -> bool:
        return self._db.notifications.delete_notification(notification_id)

    def _audited_rows(self, rows: list[dict[str, Any]], operation: str) -> list[dict[str, Any]]:
        """One audit entry per family whose notifications were read."""
        families = sorted({r["family_id"] for r in rows})
        self._api.record_many(self._actor, "view", "family", families, operation)
        return rows


class ToolsApi(_Area):
    def get_all_master_region(self) -> list[dict[str, Any]]:
        return self._db.tools.get_all_master_region()

    def get_all_sub_region(self, master_region: str | None = None) -> list[dict[str, Any]]:
        return self._db.tools.get_all_sub_region(master_region)

    def get_news(self, target_date: Any) -> dict[str, list[dict[str, Any]]]:
        return self._db.tools.get_news(target_date)

    def create_settings(self, settings_data: dict[str, Any]) -> str:
        return self._db.tools.create_settings(settings_data)

    def get_settings(self, family_id: str) -> dict[str, Any]:
        return self._db.tools.get_settings(family_id)

    def update_settings(self, family_id: str, updated_settings: dict[str, Any]) -> bool:
        return self._db.tools.update_settings(family_id, updated_settings)

    def delete_settings(self, family_id: str) -> bool:
        return self._db.tools.delete_settings(family_id)


class BackgroundsApi(_Area):
    def add_background(self, background_data: dict[str, Any]) -> int:
        return self._db.backgrounds.add_background(background_data)

    def get_backgrounds(self, family_id: str) -> list[dict[str, Any]]:
        return self._db.backgrounds.get_backgrounds(family_id)

    def get_latest_background(self, family_id: str) -> dict[str, Any]:
        return self._db.backgrounds.get_latest_background(family_id)

    def get_one_background(self, background_id: int) -> dict[str, Any]:
        return self._db.backgrounds.get_one_background(background_id)

    def delete_background(self, background_id: int) -> bool:
        return self._db.backgrounds.delete_background(background_id)


class AuditApi(_Area):
    def record_export(self, family_ids: list[str], kind: str, reason: str) -> int:
        """Before health data leaves the application (PDF, print, CSV): the reason and
        an audit entry per family, or an error and nothing is exported."""
        families_ = self._arg("family_ids")
        count = self._db.security.add_export(self._actor.user_id, families_, kind, reason)
        self._api.record_many(self._actor, "export", "family", families_, f"export_{kind}")
        return count

    def get_my_exports(self, limit: int = 100) -> list[dict[str, Any]]:
        """What one exported, newest first, with the reasons given."""
        return self._db.security.get_exports(self._actor.user_id, limit)

    def get_audit_log(
        self,
        start_time: Any = None,
        end_time: Any = None,
        *,
        actor_id: str | None = None,
        target_id: str | None = None,
        time_order: str = "desc",
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        self._api.record(self._actor, "view", "audit", None, "get_audit_log")
        self._api._service.flush_audit()  # what is batched is part of the log, this read too
        return self._db.security.get_audit_log(
            start_time,
            end_time,
            actor_id=actor_id,
            target_id=target_id,
            time_order=time_order,
            limit=limit,
        )


class DeskApi(_Area):
    """The care-centre desk: every family of the user at once, in a fixed number of
    statements (one permission check, one audit statement) whatever their number."""

    def snapshot(self, family_ids: list[str] | None = None) -> dict[str, Any]:
        """See ``Desk.snapshot``; ``None``: every family the user may read."""
        family_ids = self._arg("family_ids")
        snapshot = self._db.desk.snapshot(family_ids)
        self._api.record_many(self._actor, "view", "family", family_ids, "desk_snapshot")
        return snapshot

    def signature(self) -> dict[str, Any]:
        """Whether the desk changed (``Desk.signature`` of one's own families and
        messages): counts and indexes only, no health data, so not audited."""
        actor = self._actor
        if actor.is_system:
            family_ids = [f["id"] for f in self._db.families.get_all_families()]
            managed = family_ids
        else:
            family_ids = sorted(actor.families)
            managed = sorted(actor.main_of)
        return self._db.desk.signature(family_ids, actor.user_id, managed)


def _is_a_carebot_api(api: UserApi) -> CarebotApi:
    """Never called: mypy checks here that UserApi is the screens' one API type."""
    return api
