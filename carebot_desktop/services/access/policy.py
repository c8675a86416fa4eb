"""The policy engine: who is calling (:class:`Actor`), the action in progress on each
thread (:class:`ActionState`), and :class:`Area`, whose every public function runs under
its rule in ``rules.RULES``.

``Area.__init_subclass__`` wraps each public function in :func:`checked`: one action, the
check (a refusal is audited and raises PermissionDeniedError), the function's body (the
data call, and any narrowing of what it returns), then the audit entry. A function with
no rule cannot be defined.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar, cast

from carebot_desktop.data.errors import ValidationError
from carebot_desktop.services.access import repeat
from carebot_desktop.services.access.rules import RULES, Call
from carebot_desktop.services.api import Row

if TYPE_CHECKING:
    from carebot_desktop.data import Database
    from carebot_desktop.services.access.user_api import UserApi


@dataclass(frozen=True)
class Actor:
    user_id: str
    role: str
    families: frozenset[str] = frozenset()  # the families it belongs to (main or member)
    main_of: frozenset[str] = frozenset()  # the families it is the main user of

    @property
    def is_system(self) -> bool:
        return self.role == "system"


R = TypeVar("R")


@dataclass
class RunKeys:
    """One ``Database.run`` of an outermost action: its tries number their audit entries
    from one key, so the entry a try makes has the key the same entry of the try before
    had. ``lost``: a try's commit lost its reply, so the entries of the next may be in the
    log already (they are written by key then: ``AuditLog.done``)."""

    key: str = field(default_factory=lambda: uuid.uuid4().hex)
    lost: bool = False

    def entry_key(self, ordinal: int) -> str:
        return hashlib.sha256(f"{self.key}:{ordinal}".encode()).hexdigest()[:32]


class ActionState(threading.local):
    """The action in progress on this thread (a UserApi serves every thread at once)."""

    depth = 0  # nested ``action()`` blocks; 0: none
    actor: Actor | None = None  # checked once per action
    entries: list[Row]  # the action's audit entries, handed to the AuditLog at its end
    call: Call | None = None  # the call whose function body runs now (see checked)
    run: RunKeys | None = None  # the Database.run the outermost action is a try of

    def __init__(self) -> None:
        self.entries = []


def action_of(api: object) -> contextlib.AbstractContextManager[None]:
    """``api.action()`` where the API groups calls into one action (the server's UserApi,
    the offline copy's, the poller's LiveApi); a plain context otherwise."""
    start = getattr(api, "action", None)
    if callable(start):
        context = start()
        if isinstance(context, contextlib.AbstractContextManager):
            return context
    return contextlib.nullcontext()


def run_read(api: object, fn: Callable[[], R]) -> R:
    """``fn()``, a read grouped into one action (``with action_of(api):`` inside it),
    run again on a fresh connection when a server fails under it, where the API reads
    from a server (``UserApi.run``, the poller's LiveApi); once otherwise."""
    run = getattr(api, "run", None)
    if callable(run):
        return cast(R, run(fn, idempotent=True))
    return fn()


def run_as_one_action(api: object, read: Callable[[], R]) -> R:
    """``read()``, several calls as one action (one check of the caller, one
    transaction), run again as a whole on a fresh connection when a server fails under
    it: what ``read`` writes elsewhere (the offline copy) must bear being done twice.
    The offline sync's unit: each of its calls was its own action, and at 200 families
    the 2,205 checks of the caller were a third of a sync's time."""

    def grouped() -> R:
        with action_of(api):
            return read()

    return run_read(api, grouped)


def replica_ok(api: object) -> contextlib.AbstractContextManager[None]:
    """``api.replica_reads()`` where the API reads from a server (the server's UserApi):
    inside, the reads that tolerate replication lag may come from the read replica (see
    ``Database.replica_reads`` and ``docs/scaling.md``); a plain context otherwise. Only
    the screens that show history use it: the status screen and its charts, reports, the
    offline copy's sync."""
    start = getattr(api, "replica_reads", None)
    if callable(start):
        context = start()
        if isinstance(context, contextlib.AbstractContextManager):
            return context
    return contextlib.nullcontext()


A = TypeVar("A", bound="Area")
P = ParamSpec("P")


def checked(name: str, function: Callable[Concatenate[A, P], R]) -> Callable[Concatenate[A, P], R]:
    """``function`` run under its rule (see RULES) as one action."""
    rule = RULES[name]
    signature = inspect.signature(function)
    operation = rule.operation or name
    idempotent, checker = repeat.plan(name, rule)

    @functools.wraps(function)
    def run(self: A, /, *args: P.args, **kwargs: P.kwargs) -> R:
        api = self._api
        if api.state.depth:  # inside an action: its outermost caller runs it again
            return once(self, None, *args, **kwargs)
        # The outermost action runs again after a server's failure (see ``repeat``); a
        # write's check is made from the call its first try built.
        first: list[Call] = []
        check = (lambda: checker(first[0])() if first else (False, None)) if checker else None
        return api.run(
            lambda: once(self, first, *args, **kwargs), idempotent=idempotent, check=check
        )

    def once(self: A, first: list[Call] | None, /, *args: P.args, **kwargs: P.kwargs) -> R:
        api = self._api
        with api.action():
            actor = api.actor()
            try:
                bound = signature.bind(self, *args, **kwargs)
            except TypeError as error:
                raise ValidationError(None, f"{name}: {error}") from None
            bound.apply_defaults()
            call = Call(api, actor, dict(bound.arguments))
            if first is not None and not first:
                first.append(call)
            allowed, target = rule.check(call)
            api.require(allowed, actor, rule.action, rule.target_type, target, operation)
            state = api.state  # per thread: an area serves every thread at once
            outer, state.call = state.call, call
            try:
                result = function(self, *args, **kwargs)
            finally:
                state.call = outer
            if rule.audit:
                entry_target = result if rule.target_is_result else target
                api.record(actor, rule.action, rule.target_type, entry_target, operation)
            return result

    return run


class Area:
    """An area's public functions each run under their rule, as one action."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member):
                if name not in RULES:
                    raise TypeError(f"{cls.__name__}.{name} has no access rule")
                setattr(cls, name, checked(name, member))

    def __init__(self, api: UserApi) -> None:
        self._api = api
        self._db: Database = api.db

    @property
    def _actor(self) -> Actor:
        return self._api.actor()

    def _call(self) -> Call:
        """The call whose body runs now, as its rule left it."""
        call = self._api.state.call
        assert call is not None, "only a function under its rule has a call"
        return call

    def _family_ids(self) -> list[str]:
        """The families the rule checked (``rules.families``): every one readable."""
        family_ids = self._call().family_ids
        assert family_ids is not None, "the function's rule is not rules.families"
        return family_ids

    def _xid(self) -> str:
        """The stored id of the session token the rule found to be one's own."""
        xid = self._call().xid
        assert xid is not None, "the function's rule is not one's own session"
        return xid
