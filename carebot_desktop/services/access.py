"""Permission-checked access to the data areas, for one signed-in session.

``UserApi`` has the same areas and function names as :class:`~carebot_desktop.data.Database`.
Every call first checks the session (sliding its expiry), then the access rules of
CONTRACT.md, then runs, and writes an audit entry for reads of health data (status, mental,
notifications) and for every change. Refusals raise :class:`PermissionDeniedError` and are
audited too.

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
    NotFoundError,
    PermissionDeniedError,
    ThrottledError,
    ValidationError,
)
from carebot_desktop.data.validation import check_text_list, utcnow
from carebot_desktop.services.sessions import token_to_xid

if TYPE_CHECKING:
    from carebot_desktop.services.service import CarebotService

FIND_FAMILY_LIMIT = 10  # searches per account per hour: enough to fix a typo, not to guess


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


def _as_action(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def run(self: _Area, *args: Any, **kwargs: Any) -> Any:
        with self._api.action():
            return function(self, *args, **kwargs)

    return run


class _Area:
    """An area's public functions each run as one action (see ``UserApi.action``)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member):
                setattr(cls, name, _as_action(member))

    def __init__(self, api: UserApi) -> None:
        self._api = api
        self._db = api._db

    def _family_read(self, family_id: Any, operation: str, audit: bool = True) -> Actor:
        actor = self._api.actor()
        self._api.require(
            self._api.can_read_family(actor, family_id),
            actor,
            "view",
            "family",
            family_id,
            operation,
        )
        if audit:
            self._api.record(actor, "view", "family", family_id, operation)
        return actor

    def _family_manage(self, family_id: Any, action: str, operation: str) -> Actor:
        actor = self._api.actor()
        self._api.require(
            self._api.can_manage_family(actor, family_id),
            actor,
            action,
            "family",
            family_id,
            operation,
        )
        return actor

    def _managed_change(
        self, family_id: Any, action: str, operation: str, call: Callable[[], bool]
    ) -> bool:
        """A change only the family's main user (or system) may make, audited."""
        actor = self._family_manage(family_id, action, operation)
        result = call()
        self._api.record(actor, action, "family", family_id, operation)
        return result

    def _system_only(self, action: str, target_type: str, target_id: Any, operation: str) -> Actor:
        actor = self._api.actor()
        self._api.require(actor.is_system, actor, action, target_type, target_id, operation)
        return actor

    def _owner_or_manager(
        self, owner_id: str, family_id: str, action: str, operation: str
    ) -> Actor:
        """The row's own person (a member, an uploader), the family's main user, or system."""
        actor = self._api.actor()
        allowed = owner_id == actor.user_id or self._api.can_manage_family(actor, family_id)
        self._api.require(allowed, actor, action, "family", family_id, operation)
        return actor

    def _self_or_system(self, account_id: Any, action: str, operation: str) -> Actor:
        actor = self._api.actor()
        self._api.require(
            actor.is_system or account_id == actor.user_id,
            actor,
            action,
            "account",
            account_id,
            operation,
        )
        return actor


class AccountsApi(_Area):
    def get_all_email(self) -> list[dict[str, str]]:
        actor = self._system_only("view", "account", None, "get_all_email")
        self._api.record(actor, "view", "account", None, "get_all_email")
        return self._db.accounts.get_all_email()

    def create_account(self, account_data: dict[str, Any]) -> str:
        actor = self._system_only("create", "account", None, "create_account")
        account_id = self._db.accounts.create_account(account_data)
        self._api.record(actor, "create", "account", account_id, "create_account")
        return account_id

    def get_all_accounts(self) -> list[dict[str, Any]]:
        actor = self._system_only("view", "account", None, "get_all_accounts")
        self._api.record(actor, "view", "account", None, "get_all_accounts")
        return self._db.accounts.get_all_accounts()

    def get_one_account(self, account_id: str) -> dict[str, Any]:
        self._self_or_system(account_id, "view", "get_one_account")
        return self._db.accounts.get_one_account(account_id)

    def get_id_from_email(self, email: str) -> str:
        actor = self._api.actor()
        found = None
        try:
            found = self._db.accounts.get_id_from_email(email)
        except NotFoundError:
            if actor.is_system:
                raise
        # Others learn nothing about e-mails but their own.
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
        self._system_only("view", "account", account_id, "get_hashed_password")
        return self._db.accounts.get_hashed_password(account_id)

    def update_one_account(self, account_id: str, updated_account: dict[str, Any]) -> bool:
        actor = self._self_or_system(account_id, "update", "update_one_account")
        if isinstance(updated_account, dict) and "role" in updated_account:
            self._api.require(
                actor.is_system, actor, "update", "account", account_id, "update_one_account(role)"
            )
        result = self._db.accounts.update_one_account(account_id, updated_account)
        self._api.record(actor, "update", "account", account_id, "update_one_account")
        return result

    def delete_one_account(self, account_id: str) -> bool:
        actor = self._self_or_system(account_id, "delete", "delete_one_account")
        result = self._db.accounts.delete_one_account(account_id)
        self._api.record(actor, "delete", "account", account_id, "delete_one_account")
        return result


class FamiliesApi(_Area):
    def main_id_to_family_id(self, main_id: str) -> str:
        actor = self._api.actor()
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
        actor = self._api.actor()
        main_user = family_data.get("main_user") if isinstance(family_data, dict) else None
        self._api.require(
            actor.is_system or main_user == actor.user_id,
            actor,
            "create",
            "family",
            None,
            "create_family",
        )
        family_id = self._db.families.create_family(family_data)
        self._api.record(actor, "create", "family", family_id, "create_family")
        return family_id

    def get_all_families(self) -> list[dict[str, Any]]:
        actor = self._api.actor()
        families = self._db.families.get_all_families()
        if actor.is_system:
            return families
        mine = self._api.family_ids(actor)
        return [f for f in families if f["id"] in mine]

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
        actor = self._api.actor()
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
        self._family_read(family_id, "get_family_people", audit=False)
        return self._db.families.get_family_people(family_id)

    def get_one_family(self, family_id: str) -> dict[str, Any]:
        self._family_read(family_id, "get_one_family", audit=False)
        return self._db.families.get_one_family(family_id)

    def update_one_family(self, family_id: str, updated_family: dict[str, Any]) -> bool:
        actor = self._family_manage(family_id, "update", "update_one_family")
        if isinstance(updated_family, dict) and "main_user" in updated_family:
            self._api.require(
                actor.is_system,
                actor,
                "update",
                "family",
                family_id,
                "update_one_family(main_user)",
            )
        result = self._db.families.update_one_family(family_id, updated_family)
        self._api.record(actor, "update", "family", family_id, "update_one_family")
        return result

    def delete_one_family(self, family_id: str) -> bool:
        return self._managed_change(
            family_id,
            "delete",
            "delete_one_family",
            lambda: self._db.families.delete_one_family(family_id),
        )


class MembersApi(_Area):
    def create_member(self, member_data: dict[str, Any]) -> str:
        """Add a member directly: the family's main user or a system account only. Anyone
        else asks to join (``request_to_join``) and the family decides."""
        actor = self._api.actor()
        data = member_data if isinstance(member_data, dict) else {}
        family_id = data.get("family_id")
        allowed = self._api.can_manage_family(actor, family_id)
        self._api.require(allowed, actor, "create", "family", family_id, "create_member")
        member_id = self._db.members.create_member(member_data)
        self._api.record(actor, "create", "family", family_id, "create_member")
        return member_id

    # --- joining a family with its consent ------------------------------------------------

    def request_to_join(self, family_id: str, nickname: str | None = None) -> int:
        """Ask to join a family (one's own ``sub`` account): grants nothing until its main
        user or a system account approves. The request id."""
        actor = self._api.actor()
        self._api.require(
            actor.role == "sub", actor, "create", "family", family_id, "request_to_join"
        )
        request_id = self._db.members.request_to_join(
            {"family_id": family_id, "user_id": actor.user_id, "nickname": nickname}
        )
        self._api.record(actor, "create", "family", family_id, "request_to_join")
        return request_id

    def get_join_requests(self, family_id: str) -> list[dict[str, Any]]:
        """The family's pending requests (its main user or system)."""
        actor = self._family_manage(family_id, "view", "get_join_requests")
        requests = self._db.members.get_join_requests(family_id=family_id)
        self._api.record(actor, "view", "family", family_id, "get_join_requests")
        return requests

    def get_my_join_requests(self) -> list[dict[str, Any]]:
        """One's own requests still waiting for a family's answer."""
        actor = self._api.actor()
        return self._db.members.get_join_requests(user_id=actor.user_id)

    def approve_join_request(self, request_id: int) -> str:
        """The requester becomes a member; the new member id."""
        actor = self._decide(request_id, "approve_join_request")
        member_id = self._db.members.approve_join_request(request_id, actor.user_id)
        return member_id

    def deny_join_request(self, request_id: int) -> bool:
        self._decide(request_id, "deny_join_request")
        return self._db.members.deny_join_request(request_id, self._api.actor().user_id)

    def withdraw_join_request(self, request_id: int) -> bool:
        """The requester takes their own pending request back."""
        actor = self._api.actor()
        request = self._db.members.get_one_join_request(request_id)
        self._api.require(
            request["user_id"] == actor.user_id,
            actor,
            "delete",
            "family",
            request["family_id"],
            "withdraw_join_request",
        )
        return self._db.members.withdraw_join_request(request_id)

    def _decide(self, request_id: Any, operation: str) -> Actor:
        """The family's main user or system, and never the requester themself."""
        actor = self._api.actor()
        request = self._db.members.get_one_join_request(request_id)
        family_id = request["family_id"]
        allowed = (
            self._api.can_manage_family(actor, family_id) and request["user_id"] != actor.user_id
        )
        self._api.require(allowed, actor, "update", "family", family_id, operation)
        self._api.record(actor, "update", "family", family_id, operation)
        return actor

    def get_all_members(
        self, family_id: str | None = None, user_id: str | None = None
    ) -> list[dict[str, Any]]:
        actor = self._api.actor()
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
        mine = self._api.family_ids(actor)
        return [m for m in members if m["family_id"] in mine]

    def get_one_member(self, member_id: str) -> dict[str, Any]:
        actor = self._api.actor()
        member = self._db.members.get_one_member(member_id)
        self._api.require(
            self._api.can_read_family(actor, member["family_id"]),
            actor,
            "view",
            "family",
            member["family_id"],
            "get_one_member",
        )
        return member

    def update_one_member(self, member_id: str, updated_member: dict[str, Any]) -> bool:
        member = self._db.members.get_one_member(member_id)
        actor = self._owner_or_manager(
            member["user_id"], member["family_id"], "update", "update_one_member"
        )
        result = self._db.members.update_one_member(member_id, updated_member)
        self._api.record(actor, "update", "family", member["family_id"], "update_one_member")
        return result

    def delete_one_member(self, member_id: str) -> bool:
        """The main user removes a member; a member leaves."""
        member = self._db.members.get_one_member(member_id)
        actor = self._owner_or_manager(
            member["user_id"], member["family_id"], "delete", "delete_one_member"
        )
        result = self._db.members.delete_one_member(member_id)
        self._api.record(actor, "delete", "family", member["family_id"], "delete_one_member")
        return result


class AuthApi(_Area):
    """Session functions take the session tokens users hold, never stored ids."""

    def _own_session(self, session_id: Any, operation: str) -> tuple[Actor, str]:
        actor = self._api.actor()
        xid = token_to_xid(session_id)
        owner = None
        if xid is not None:
            try:
                owner = self._db.auth.get_login_session(xid)["user_id"]
            except CarebotError:  # unknown or expired: treated as not one's own
                owner = None
        self._api.require(
            owner is not None and (actor.is_system or owner == actor.user_id),
            actor,
            "view",
            "account",
            owner,
            operation,
        )
        assert xid is not None
        return actor, xid

    def create_session(self, session_data: dict[str, Any]) -> str:
        self._system_only("create", "account", None, "create_session")
        return self._db.auth.create_session(session_data)

    def delete_session(self, session_id: str) -> bool:
        _, xid = self._own_session(session_id, "delete_session")
        return self._db.auth.delete_session(xid)

    def check_current_user(self, session_id: str) -> str:
        _, xid = self._own_session(session_id, "check_current_user")
        return self._db.auth.check_current_user(xid)

    def change_password(self, user_id: str, new_hashed_password: str) -> bool:
        actor = self._system_only("update", "account", user_id, "change_password")
        result = self._db.auth.change_password(user_id, new_hashed_password)
        self._api.record(actor, "update", "account", user_id, "change_password")
        return result

    def get_login_session(self, session_id: str) -> dict[str, Any]:
        _, xid = self._own_session(session_id, "get_login_session")
        return self._db.auth.get_login_session(xid)

    def cleanup_login_sessions(self) -> int:
        self._system_only("delete", "account", None, "cleanup_login_sessions")
        return self._db.auth.cleanup_login_sessions()

    def record_auto_login(self, session_id: str) -> bool:
        _, xid = self._own_session(session_id, "record_auto_login")
        return self._db.auth.record_auto_login(xid)


class StatusApi(_Area):
    """Reads for the family's people (audited); writes are the robot's and AI's: system."""

    def _create(self, kind: str, data: dict[str, Any]) -> int:
        family_id = data.get("family_id") if isinstance(data, dict) else None
        actor = self._system_only("create", "family", family_id, f"create_{kind}")
        index = int(getattr(self._db.status, f"create_{kind}")(data))
        self._api.record(actor, "create", "family", family_id, f"create_{kind}")
        return index

    def _delete_latest(self, kind: str, family_id: str) -> bool:
        actor = self._system_only("delete", "family", family_id, f"delete_latest_{kind}")
        result = bool(getattr(self._db.status, f"delete_latest_{kind}")(family_id))
        self._api.record(actor, "delete", "family", family_id, f"delete_latest_{kind}")
        return result

    def create_home_status(self, data: dict[str, Any]) -> int:
        return self._create("home_status", data)

    def get_home_status(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._family_read(family_id, "get_home_status")
        return self._db.status.get_home_status(family_id, start_time, end_time, time_order)

    def get_latest_home_status(self, family_id: str) -> dict[str, Any]:
        self._family_read(family_id, "get_latest_home_status")
        return self._db.status.get_latest_home_status(family_id)

    def delete_latest_home_status(self, family_id: str) -> bool:
        return self._delete_latest("home_status", family_id)

    def create_health_status(self, data: dict[str, Any]) -> int:
        return self._create("health_status", data)

    def get_health_status(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._family_read(family_id, "get_health_status")
        return self._db.status.get_health_status(family_id, start_time, end_time, time_order)

    def get_latest_health_status(self, family_id: str) -> dict[str, Any]:
        self._family_read(family_id, "get_latest_health_status")
        return self._db.status.get_latest_health_status(family_id)

    def delete_latest_health_status(self, family_id: str) -> bool:
        return self._delete_latest("health_status", family_id)

    def create_active_status(self, data: dict[str, Any]) -> int:
        return self._create("active_status", data)

    def get_active_status(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._family_read(family_id, "get_active_status")
        return self._db.status.get_active_status(family_id, start_time, end_time, time_order)

    def get_latest_active_status(self, family_id: str) -> dict[str, Any]:
        self._family_read(family_id, "get_latest_active_status")
        return self._db.status.get_latest_active_status(family_id)

    def delete_latest_active_status(self, family_id: str) -> bool:
        return self._delete_latest("active_status", family_id)

    def create_mental_status(self, data: dict[str, Any]) -> int:
        return self._create("mental_status", data)

    def get_mental_status(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._family_read(family_id, "get_mental_status")
        return self._db.status.get_mental_status(family_id, start_time, end_time, time_order)

    def get_latest_mental_status(self, family_id: str) -> dict[str, Any]:
        self._family_read(family_id, "get_latest_mental_status")
        return self._db.status.get_latest_mental_status(family_id)

    def delete_latest_mental_status(self, family_id: str) -> bool:
        return self._delete_latest("mental_status", family_id)

    def create_mental_report(self, data: dict[str, Any]) -> int:
        return self._create("mental_report", data)

    def get_mental_reports(
        self, family_id: str, start_time: Any, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._family_read(family_id, "get_mental_reports")
        return self._db.status.get_mental_reports(family_id, start_time, end_time, time_order)

    def get_latest_mental_reports(self, family_id: str) -> dict[str, Any]:
        self._family_read(family_id, "get_latest_mental_reports")
        return self._db.status.get_latest_mental_reports(family_id)

    def delete_latest_mental_reports(self, family_id: str) -> bool:
        return self._delete_latest("mental_reports", family_id)

    def get_status_digest(
        self, kind: str, family_id: str, start_time: Any, end_time: Any = None
    ) -> dict[str, tuple[int, int]]:
        self._family_read(family_id, f"get_status_digest({kind})", audit=False)
        return self._db.status.get_status_digest(kind, family_id, start_time, end_time)

    def get_status_series(
        self,
        family_id: str,
        series: str,
        start_time: Any,
        end_time: Any = None,
        bucket_seconds: int = 300,
    ) -> list[dict[str, Any]]:
        self._family_read(family_id, f"get_status_series({series})"[:64])
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
        self._family_read(family_id, "get_status_series_many")
        return self._db.status.get_status_series_many(
            family_id, series, start_time, end_time, bucket_seconds
        )

    def fold_rollups(self, max_rows: int | None = None) -> int:
        """Bring the chart roll-ups up to date (``Status.fold_rollups``). Any signed-in
        person's desktop may: it shows nobody anything and changes no reading."""
        self._api.actor()
        return self._db.status.fold_rollups(max_rows)


class MessagesApi(_Area):
    def _linked(self, a: str, b: str) -> bool:
        """True if one of the two is a family's main user and the other its member."""
        for main, member in ((a, b), (b, a)):
            try:
                family_id = self._db.families.main_id_to_family_id(main)
            except NotFoundError:
                continue
            if self._db.members.get_all_members(family_id=family_id, user_id=member):
                return True
        return False

    def create_message(self, message_data: dict[str, Any]) -> int:
        actor = self._api.actor()
        data = message_data if isinstance(message_data, dict) else {}
        sender, recipient = data.get("from_id"), data.get("to_id")
        allowed = actor.is_system or (
            sender == actor.user_id
            and isinstance(recipient, str)
            and self._linked(sender, recipient)
        )
        self._api.require(allowed, actor, "create", "account", recipient, "create_message")
        index = self._db.messages.create_message(message_data)
        self._api.record(actor, "create", "account", recipient, "create_message")
        return index

    def get_new_received_messages(
        self, to_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._self_or_system(to_id, "view", "get_new_received_messages")
        return self._db.messages.get_new_received_messages(to_id, start_time, end_time, time_order)

    def get_all_received_messages(
        self, to_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._self_or_system(to_id, "view", "get_all_received_messages")
        return self._db.messages.get_all_received_messages(to_id, start_time, end_time, time_order)

    def get_all_sent_messages(
        self, from_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._self_or_system(from_id, "view", "get_all_sent_messages")
        return self._db.messages.get_all_sent_messages(from_id, start_time, end_time, time_order)

    def get_message_digest(
        self, user_id: str, start_time: Any = None, end_time: Any = None
    ) -> dict[str, tuple[int, int, int]]:
        self._self_or_system(user_id, "view", "get_message_digest")
        return self._db.messages.get_message_digest(user_id, start_time, end_time)

    def get_one_message(self, message_id: int) -> dict[str, Any]:
        actor = self._api.actor()
        message = self._db.messages.get_one_message(message_id)
        self._api.require(
            actor.is_system or actor.user_id in (message["from_id"], message["to_id"]),
            actor,
            "view",
            "account",
            message["to_id"],
            "get_one_message",
        )
        return message

    def check_read_message(self, message_id: int) -> bool:
        actor = self._api.actor()
        message = self._db.messages.get_one_message(message_id)
        self._api.require(
            actor.is_system or actor.user_id == message["to_id"],
            actor,
            "update",
            "account",
            message["to_id"],
            "check_read_message",
        )
        return self._db.messages.check_read_message(message_id)

    def delete_message(self, message_id: int) -> bool:
        actor = self._system_only("delete", "account", None, "delete_message")
        result = self._db.messages.delete_message(message_id)
        self._api.record(actor, "delete", "account", None, "delete_message")
        return result


class NotificationsApi(_Area):
    def create_notification(self, notification_data: dict[str, Any]) -> int:
        family_id = (
            notification_data.get("family_id") if isinstance(notification_data, dict) else None
        )
        actor = self._system_only("create", "family", family_id, "create_notification")
        index = self._db.notifications.create_notification(notification_data)
        self._api.record(actor, "create", "family", family_id, "create_notification")
        return index

    def get_new_notifications(
        self, family_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._family_read(family_id, "get_new_notifications")
        return self._db.notifications.get_new_notifications(
            family_id, start_time, end_time, time_order
        )

    def get_all_notifications(
        self, family_id: str, start_time: Any = None, end_time: Any = None, time_order: str = "asc"
    ) -> list[dict[str, Any]]:
        self._family_read(family_id, "get_all_notifications")
        return self._db.notifications.get_all_notifications(
            family_id, start_time, end_time, time_order
        )

    def get_notifications_after(
        self, family_ids: list[str], after_index: int, limit: int = 500
    ) -> list[dict[str, Any]]:
        actor = self._api.actor()
        family_ids = self._require_readable(actor, family_ids, "get_notifications_after")
        rows = self._db.notifications.get_notifications_after(family_ids, after_index, limit)
        self._record_rows(actor, rows, "get_notifications_after")
        return rows

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
        actor = self._api.actor()
        family_ids = self._readable(actor, family_ids, "get_notifications_list")
        rows = self._db.notifications.get_notifications_list(
            family_ids, start_time, end_time, grade, unread_only, limit
        )
        self._record_rows(actor, rows, "get_notifications_list")
        return rows

    def _record_rows(self, actor: Actor, rows: list[dict[str, Any]], operation: str) -> None:
        """One audit entry per family whose notifications were read."""
        families = sorted({r["family_id"] for r in rows})
        self._api.record_many(actor, "view", "family", families, operation)

    def _readable(self, actor: Actor, family_ids: Any, operation: str) -> list[str]:
        """``None``: every family of one's own; else the given ones, each checked."""
        if family_ids is None:
            return sorted(actor.families)
        return self._require_readable(actor, family_ids, operation)

    def _require_readable(self, actor: Actor, family_ids: Any, operation: str) -> list[str]:
        family_ids = check_text_list("family_ids", family_ids)
        for family_id in family_ids:
            self._api.require(
                self._api.can_read_family(actor, family_id),
                actor,
                "view",
                "family",
                family_id,
                operation,
            )
        return list(family_ids)

    def get_unread_notifications(
        self, family_ids: list[str] | None = None, grade: str | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """Unread notifications of several families (``None``: all of one's own) in one
        statement, oldest first."""
        actor = self._api.actor()
        family_ids = self._readable(actor, family_ids, "get_unread_notifications")
        rows = self._db.notifications.get_unread_notifications(family_ids, grade, limit)
        self._record_rows(actor, rows, "get_unread_notifications")
        return rows

    def get_notification_digest(
        self, family_id: str, start_time: Any = None, end_time: Any = None
    ) -> dict[str, tuple[int, int, int]]:
        self._family_read(family_id, "get_notification_digest", audit=False)
        return self._db.notifications.get_notification_digest(family_id, start_time, end_time)

    def latest_notification_index(self, family_ids: list[str]) -> int:
        actor = self._api.actor()
        family_ids = self._require_readable(actor, family_ids, "latest_notification_index")
        return self._db.notifications.latest_notification_index(family_ids)

    def get_one_notification(self, notification_id: int) -> dict[str, Any]:
        notification = self._db.notifications.get_one_notification(notification_id)
        self._family_read(notification["family_id"], "get_one_notification")
        return notification

    def check_read_notification(self, notification_id: int) -> bool:
        notification = self._db.notifications.get_one_notification(notification_id)
        actor = self._api.actor()
        self._api.require(
            self._api.can_read_family(actor, notification["family_id"]),
            actor,
            "update",
            "family",
            notification["family_id"],
            "check_read_notification",
        )
        result = self._db.notifications.check_read_notification(notification_id)
        self._api.record(
            actor, "update", "family", notification["family_id"], "check_read_notification"
        )
        return result

    def delete_notification(self, notification_id: int) -> bool:
        actor = self._system_only("delete", "family", None, "delete_notification")
        family_id = self._db.notifications.get_one_notification(notification_id)["family_id"]
        result = self._db.notifications.delete_notification(notification_id)
        self._api.record(actor, "delete", "family", family_id, "delete_notification")
        return result


class ToolsApi(_Area):
    def get_all_master_region(self) -> list[dict[str, Any]]:
        self._api.actor()
        return self._db.tools.get_all_master_region()

    def get_all_sub_region(self, master_region: str | None = None) -> list[dict[str, Any]]:
        self._api.actor()
        return self._db.tools.get_all_sub_region(master_region)

    def get_news(self, target_date: Any) -> dict[str, list[dict[str, Any]]]:
        self._api.actor()
        return self._db.tools.get_news(target_date)

    def create_settings(self, settings_data: dict[str, Any]) -> str:
        family_id = settings_data.get("family_id") if isinstance(settings_data, dict) else None
        actor = self._family_manage(family_id, "create", "create_settings")
        result = self._db.tools.create_settings(settings_data)
        self._api.record(actor, "create", "family", family_id, "create_settings")
        return result

    def get_settings(self, family_id: str) -> dict[str, Any]:
        self._family_read(family_id, "get_settings", audit=False)
        return self._db.tools.get_settings(family_id)

    def update_settings(self, family_id: str, updated_settings: dict[str, Any]) -> bool:
        return self._managed_change(
            family_id,
            "update",
            "update_settings",
            lambda: self._db.tools.update_settings(family_id, updated_settings),
        )

    def delete_settings(self, family_id: str) -> bool:
        return self._managed_change(
            family_id,
            "delete",
            "delete_settings",
            lambda: self._db.tools.delete_settings(family_id),
        )


class BackgroundsApi(_Area):
    def add_background(self, background_data: dict[str, Any]) -> int:
        actor = self._api.actor()
        data = background_data if isinstance(background_data, dict) else {}
        family_id = data.get("family_id")
        allowed = actor.is_system or (
            data.get("uploader_id") == actor.user_id and self._api.can_read_family(actor, family_id)
        )
        self._api.require(allowed, actor, "create", "family", family_id, "add_background")
        index = self._db.backgrounds.add_background(background_data)
        self._api.record(actor, "create", "family", family_id, "add_background")
        return index

    def get_backgrounds(self, family_id: str) -> list[dict[str, Any]]:
        self._family_read(family_id, "get_backgrounds", audit=False)
        return self._db.backgrounds.get_backgrounds(family_id)

    def get_latest_background(self, family_id: str) -> dict[str, Any]:
        self._family_read(family_id, "get_latest_background", audit=False)
        return self._db.backgrounds.get_latest_background(family_id)

    def get_one_background(self, background_id: int) -> dict[str, Any]:
        background = self._db.backgrounds.get_one_background(background_id)
        self._family_read(background["family_id"], "get_one_background", audit=False)
        return background

    def delete_background(self, background_id: int) -> bool:
        background = self._db.backgrounds.get_one_background(background_id)
        actor = self._owner_or_manager(
            background["uploader_id"], background["family_id"], "delete", "delete_background"
        )
        result = self._db.backgrounds.delete_background(background_id)
        self._api.record(actor, "delete", "family", background["family_id"], "delete_background")
        return result


class AuditApi(_Area):
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
        actor = self._system_only("view", "audit", None, "get_audit_log")
        self._api.record(actor, "view", "audit", None, "get_audit_log")
        self._api._service.flush_audit()  # what is batched is part of the log
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
        actor = self._api.actor()
        if family_ids is None:
            if actor.is_system:
                family_ids = [f["id"] for f in self._db.families.get_all_families()]
            else:
                family_ids = sorted(self._api.family_ids(actor))
        else:
            family_ids = check_text_list("family_ids", family_ids)
            mine = None if actor.is_system else self._api.family_ids(actor)
            for family_id in family_ids:
                self._api.require(
                    mine is None or family_id in mine,
                    actor,
                    "view",
                    "family",
                    family_id,
                    "desk_snapshot",
                )
        snapshot = self._db.desk.snapshot(family_ids)
        self._api.record_many(actor, "view", "family", family_ids, "desk_snapshot")
        return snapshot

    def signature(self) -> dict[str, Any]:
        """Whether the desk changed (``Desk.signature`` of one's own families and
        messages): counts and indexes only, no health data, so not audited."""
        actor = self._api.actor()
        if actor.is_system:
            family_ids = [f["id"] for f in self._db.families.get_all_families()]
            managed = family_ids
        else:
            family_ids = sorted(actor.families)
            managed = sorted(actor.main_of)
        return self._db.desk.signature(family_ids, actor.user_id, managed)
