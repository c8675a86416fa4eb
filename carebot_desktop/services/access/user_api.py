"""``UserApi``: the data areas as one signed-in session's user may use them.

It has the same areas and function names as :class:`~carebot_desktop.data.Database`. Every
call first checks the session (sliding its expiry at most once a minute), then its rule
(``rules.RULES``), then runs, and makes an audit entry for reads of health data (status,
mental, notifications) and for every change (reads batched: ``audit.AuditLog``). Refusals
raise :class:`PermissionDeniedError` and are audited at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from carebot_desktop.data.errors import CommitUnknownError, PermissionDeniedError
from carebot_desktop.data.failover import Checked
from carebot_desktop.services.access.care import CareApi
from carebot_desktop.services.access.contacts import ContactsApi
from carebot_desktop.services.access.desk import (
    AuditApi,
    BackgroundsApi,
    DeskApi,
    MessagesApi,
    ToolsApi,
)
from carebot_desktop.services.access.health import NotificationsApi, StatusApi
from carebot_desktop.services.access.people import (
    AccountsApi,
    AuthApi,
    FamiliesApi,
    MembersApi,
)
from carebot_desktop.services.access.policy import ActionState, Actor, RunKeys
from carebot_desktop.services.access.watch import WatchApi
from carebot_desktop.services.api import CarebotApi, Row

if TYPE_CHECKING:
    from carebot_desktop.services.service import CarebotService

R = TypeVar("R")


class UserApi:
    """The data areas as one session's user may use them.

    Every public function of an area is one *action*: one transaction, one check of who
    is calling (one statement), and the audit entries it makes. ``with api.action():``
    groups several calls (a whole screen's load) into one action."""

    def __init__(self, service: CarebotService, session_id: str) -> None:
        self._service = service
        self.db = service.db
        self.audit_log = service.audit_log
        self.session_id = session_id
        self.state = ActionState()  # per thread: one UserApi serves every thread at once
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
        self.care = CareApi(self)
        self.contacts = ContactsApi(self)
        self.watch = WatchApi(self)

    @contextlib.contextmanager
    def action(self) -> Iterator[None]:
        """One transaction and one caller check for everything inside (on this thread).
        Audit entries of a failed action are dropped, except refusals, which are written
        at once; those of a successful one are written with it or batched (see
        ``AuditLog.done``)."""
        state = self.state
        if state.depth:
            state.depth += 1
            try:
                yield
            finally:
                state.depth -= 1
            return
        self.audit_log.settle()  # entries a lost commit may have written, each once
        state.depth, state.actor, state.entries = 1, None, []
        taken: list[Row] = []
        try:
            with self.db.unit_of_work():
                yield
                unsure = state.run is not None and state.run.lost
                taken = self.audit_log.done(state.entries, unsure=unsure)
        except BaseException as error:
            self.audit_log.failed(state.entries, taken, error)
            raise
        finally:
            state.depth, state.actor, state.entries = 0, None, []

    def run(
        self,
        fn: Callable[[], R],
        *,
        idempotent: bool = False,
        check: Callable[[], Checked] | None = None,
    ) -> R:
        """``fn()``, one action (``with api.action():`` inside it), run again after a
        server's failure as ``Database.run`` says: a read (``idempotent``) also when its
        commit's result was lost; a write with a ``check`` when that finds it missing.
        A try run after a lost commit records each audit entry once: by the key the same
        entry had in the try before (``RunKeys``)."""
        state = self.state
        if state.depth or state.run is not None:
            return fn()  # inside an action or a run: the outermost one runs it again
        run = RunKeys()

        def attempt() -> R:
            state.run = run
            try:
                return fn()
            except CommitUnknownError:
                run.lost = True
                raise
            finally:
                state.run = None

        return self.db.run(attempt, idempotent=idempotent, check=check)

    def replica_reads(self) -> contextlib.AbstractContextManager[None]:
        """Reads inside that tolerate replication lag may come from the read replica
        (``Database.replica_reads``); the caller check, the audit log and every write
        stay on the primary."""
        return self.db.replica_reads()

    # --- who is asking, and what may they see --------------------------------------------

    def actor(self) -> Actor:
        """The caller (checked once per action; the session's expiry slides)."""
        state = self.state
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

    def can_read_family(self, actor: Actor, family_id: object) -> bool:
        return actor.is_system or (isinstance(family_id, str) and family_id in actor.families)

    def can_manage_family(self, actor: Actor, family_id: object) -> bool:
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
        target_id: object,
        operation: str,
        outcome: str = "ok",
    ) -> None:
        entry = self.audit_log.entry(
            actor.user_id, action, target_type, target_id, operation, outcome
        )
        state = self.state
        if state.depth:
            if state.run is not None:  # the same key in every try of this run
                entry["entry_key"] = state.run.entry_key(len(state.entries))
            state.entries.append(entry)
        else:
            self.db.security.add_audit_entries([entry])

    def require(
        self,
        allowed: bool,
        actor: Actor,
        action: str,
        target_type: str,
        target_id: object,
        operation: str,
    ) -> None:
        if not allowed:
            self.record(actor, action, target_type, target_id, operation, "denied")
            raise PermissionDeniedError(f"{operation} is not allowed for this account")


def _is_a_carebot_api(api: UserApi) -> CarebotApi:
    """Never called: mypy checks here that UserApi is the screens' one API type."""
    return api
