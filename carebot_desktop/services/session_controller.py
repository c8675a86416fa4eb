"""The signed-in session and its state machine: sign-in, offline switch, sync, reconnect.

Plain Python, tested without Qt. The I/O methods of :class:`SessionController` run on
worker threads and return values; they never change a :class:`SignedIn` that the screens
read. The transitions (``went_offline``, ``synced``) are applied on the GUI thread with
those values. The one piece of state that worker threads do share, the server connection
made by a reconnect, is guarded by the session's own lock, so two threads that find the
server back at the same moment reconnect once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from carebot_desktop.config.secrets import SecretStore
from carebot_desktop.data.errors import (
    AuthenticationError,
    CarebotError,
    DatabaseUnavailableError,
    NotFoundError,
)
from carebot_desktop.services import offline as off
from carebot_desktop.services.access import UserApi
from carebot_desktop.services.api import (
    AccountsArea,
    AuditArea,
    AuthArea,
    BackgroundsArea,
    CareArea,
    CarebotApi,
    ContactsArea,
    DeskArea,
    FamiliesArea,
    MembersArea,
    MessagesArea,
    NotificationsArea,
    StatusArea,
    ToolsArea,
    WatchArea,
)
from carebot_desktop.services.service import CarebotService
from carebot_desktop.services.sessions import token_to_xid

R = TypeVar("R")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingCopy:
    """What opening the offline copy needs, kept from the sign-in until a worker has
    opened it: deriving its key from the password (scrypt, without a keyring) and making
    the offline verifier (bcrypt) are slow on purpose, and the first screen does not need
    them. The password is held only until then (``SessionController.copy_opened``)."""

    email: str
    user_id: str
    password: str | None = field(repr=False)
    password_stamp: str | None = field(default=None, repr=False)
    remember: bool = False


@dataclass(frozen=True)
class OpenedCopy:
    """What :meth:`SessionController.open_copy` hands to the GUI thread: the copy, and
    when it was last synced (read on the worker: no database call on the GUI thread)."""

    cache: off.OfflineCache = field(repr=False)
    as_of: datetime | None


@dataclass
class SignedIn:
    """The signed-in session. ``api`` is what screens use: the server's UserApi, or the
    OfflineApi over the cache while the server is away. ``reconnect`` returns an online
    UserApi (raising DatabaseUnavailableError while the server is still away).

    Only the GUI thread assigns its fields; worker threads call :meth:`online`."""

    session_id: str
    user_id: str
    role: str
    api: CarebotApi = field(repr=False)
    user_name: str = ""
    online_api: UserApi | None = field(default=None, repr=False)
    cache: off.OfflineCache | None = field(default=None, repr=False)
    offline: bool = False
    reconnect: Callable[[], UserApi] | None = field(default=None, repr=False)
    as_of: datetime | None = None  # when the offline copy was last synced (naive UTC)
    # The offline copy still to open, after the first screen (``SessionController.open_copy``).
    pending_copy: PendingCopy | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def online(self) -> UserApi:
        """The server's API for this session, reconnecting once if needed (any thread)."""
        with self._lock:
            if self.online_api is None:
                if self.reconnect is None:
                    raise DatabaseUnavailableError("no connection to the database")
                self.online_api = self.reconnect()
            return self.online_api


class LiveApi:
    """The server's areas for a session, reconnecting when needed: what the poller's
    AlertFeed and DeskWatch use, so that they survive an outage (any thread)."""

    def __init__(self, session: SignedIn) -> None:
        self._session = session

    @property
    def accounts(self) -> AccountsArea:
        return self._session.online().accounts

    @property
    def families(self) -> FamiliesArea:
        return self._session.online().families

    @property
    def members(self) -> MembersArea:
        return self._session.online().members

    @property
    def auth(self) -> AuthArea:
        return self._session.online().auth

    @property
    def status(self) -> StatusArea:
        return self._session.online().status

    @property
    def messages(self) -> MessagesArea:
        return self._session.online().messages

    @property
    def notifications(self) -> NotificationsArea:
        return self._session.online().notifications

    @property
    def tools(self) -> ToolsArea:
        return self._session.online().tools

    @property
    def backgrounds(self) -> BackgroundsArea:
        return self._session.online().backgrounds

    @property
    def audit(self) -> AuditArea:
        return self._session.online().audit

    @property
    def desk(self) -> DeskArea:
        return self._session.online().desk

    @property
    def care(self) -> CareArea:
        return self._session.online().care

    @property
    def contacts(self) -> ContactsArea:
        return self._session.online().contacts

    @property
    def watch(self) -> WatchArea:
        return self._session.online().watch

    def action(self) -> contextlib.AbstractContextManager[None]:
        return self._session.online().action()

    def run(self, fn: Callable[[], R], *, idempotent: bool = False) -> R:
        """``UserApi.run``: the poll run again on a fresh connection when a server
        fails under it (issue 21)."""
        return self._session.online().run(fn, idempotent=idempotent)


@dataclass(frozen=True)
class SyncOutcome:
    replayed: int  # outbox items applied on the server
    still_pending: int  # outbox items queued while the replay ran
    as_of: datetime | None
    online_api: UserApi


class SessionController:
    """Sign-in, remembered sessions, the offline copy and its sync, for one server."""

    def __init__(
        self,
        service: CarebotService,
        server_id: str,
        keys: off.CacheKeys,
        secrets: SecretStore | None,
    ) -> None:
        self.service = service
        self.server_id = server_id
        self.keys = keys
        self.secrets = secrets

    # --- signing in (worker threads) ---------------------------------------------------

    def sign_in(
        self, email: str, password: str, remember: bool, *, copy_later: bool = False
    ) -> SignedIn:
        """Sign in (offline against the cache when the server is away). With
        ``copy_later`` an online session comes back without its offline copy, at the cost
        of one bcrypt check: a worker opens the copy after the first screen
        (:meth:`open_copy`, then :meth:`copy_opened` on the GUI thread)."""
        service = self.service
        try:
            session = service.login_with_profile(email, password, remember=remember)
        except DatabaseUnavailableError:
            try:
                cache, token, owner = off.offline_sign_in(
                    self.server_id, email, password, self.keys
                )
            except AuthenticationError:
                raise DatabaseUnavailableError("the database cannot be reached") from None

            def reconnect() -> UserApi:
                online = service.login(email, password)
                return service.as_user(online["session_id"])

            return self._offline_session(cache, token, owner, reconnect)
        return self._online_session(session, password, remember, copy_later)

    def resume_remembered(self, *, copy_later: bool = False) -> SignedIn | None:
        """Auto-login with the session kept in the keyring, from the cache if the server is
        away; None if nothing is remembered. ``copy_later`` as for :meth:`sign_in`."""
        service = self.service
        try:
            session = service.resume_remembered()
        except DatabaseUnavailableError:
            token = service.remembered_session()
            email = self.secrets.get(self._remembered_cache_key()) if self.secrets else None
            if token is None or email is None:
                raise
            cache = off.open_user_cache(self.server_id, email, self.keys, None, create=False)
            owner = cache.store.get_meta("owner_id")
            if owner is None:
                cache.close()
                raise
            remembered = token

            def reconnect() -> UserApi:
                return service.as_user(remembered)

            return self._offline_session(cache, token, owner, reconnect)
        if session is None:
            return None
        return self._online_session(session, None, False, copy_later)

    def _remembered_cache_key(self) -> str:
        return f"remembered-cache:{self.server_id}"

    def _online_session(
        self, session: dict[str, Any], password: str | None, remember: bool, copy_later: bool
    ) -> SignedIn:
        service = self.service
        api = service.api_for_new_session(session)  # login/resume checked it just now
        pending = PendingCopy(
            session["email"],
            session["user_id"],
            password,
            session.get("password_stamp"),
            remember,
        )
        cache = None if copy_later else self._open_copy(pending)
        token = session["session_id"]

        def reconnect() -> UserApi:
            return service.as_user(token)

        return SignedIn(
            token,
            session["user_id"],
            session["role"],
            api,
            session["user_name"] or "",
            online_api=api,
            cache=cache,
            offline=False,
            reconnect=reconnect,
            as_of=cache.last_sync() if cache is not None else None,
            pending_copy=pending if copy_later else None,
        )

    def _open_copy(self, pending: PendingCopy) -> off.OfflineCache | None:
        """The user's offline copy, opened (its key derived from the password when there
        is no keyring) with its verifier current; None if it cannot be had."""
        cache = None
        try:
            cache = off.open_user_cache(self.server_id, pending.email, self.keys, pending.password)
            if pending.password is not None:
                off.remember_verifier(
                    cache,
                    pending.user_id,
                    pending.email,
                    pending.password,
                    cost=self.service.bcrypt_cost,
                    stamp=pending.password_stamp,
                )
            if pending.remember and self.secrets is not None and self.secrets.available():
                self.secrets.set(self._remembered_cache_key(), pending.email)
        except Exception:  # no offline copy is a loss of comfort, not of service
            log.warning("the offline cache is unavailable", exc_info=True)
        return cache

    def open_copy(self, session: SignedIn) -> OpenedCopy | None:
        """A worker thread, after the first screen: open the offline copy a ``copy_later``
        sign-in left pending (None if there is none or it cannot be had). Changes nothing
        the screens read: :meth:`copy_opened` hands it to the session."""
        pending = session.pending_copy
        cache = self._open_copy(pending) if pending is not None else None
        if cache is None:
            return None
        try:
            as_of = cache.last_sync()  # here: a connection to the copy derives its key
        except Exception:  # an unreadable date: a copy never synced
            log.warning("the offline copy's last sync is unreadable", exc_info=True)
            as_of = None
        return OpenedCopy(cache, as_of)

    @staticmethod
    def copy_opened(session: SignedIn, opened: OpenedCopy | None) -> bool:
        """GUI thread: the session takes the copy :meth:`open_copy` opened and forgets the
        password; False if it no longer wants it (then the caller closes the copy)."""
        if session.pending_copy is None or session.cache is not None:
            return False
        session.pending_copy = None
        if opened is None:
            return False
        session.cache = opened.cache
        session.as_of = opened.as_of
        return True

    @staticmethod
    def _offline_session(
        cache: off.OfflineCache, token: str, owner: str, reconnect: Callable[[], UserApi]
    ) -> SignedIn:
        api = off.OfflineApi(cache, token, owner)
        account = api.accounts.get_one_account(owner)
        return SignedIn(
            token,
            owner,
            account["role"],
            api,
            account["user_name"] or "",
            online_api=None,
            cache=cache,
            offline=True,
            reconnect=reconnect,
            as_of=cache.last_sync(),
        )

    # --- offline and back ------------------------------------------------------------------

    @staticmethod
    def open_offline(session: SignedIn) -> off.OfflineApi:
        """The screens' API over the offline copy (a worker thread: it opens the cache)."""
        if session.cache is None:
            raise DatabaseUnavailableError("there is no offline copy on this computer")
        return off.OfflineApi(session.cache, session.session_id, session.user_id)

    @staticmethod
    def went_offline(session: SignedIn, api: off.OfflineApi) -> bool:
        """GUI thread: switch the session to the offline copy; False if it no longer fits."""
        if session.cache is None or session.cache is not api.cache:
            return False
        session.api = api
        session.offline = True
        # The next reconnect makes a new connection rather than reuse a dead one.
        with session._lock:
            session.online_api = None
        return True

    def sync(
        self, session: SignedIn, days: int, progress: off.SyncProgress | None = None
    ) -> SyncOutcome:
        """A worker thread: replay the outbox, clean up, bring the offline copy up to date.
        Changes nothing the screens read: :meth:`synced` applies the outcome."""
        cache = session.cache
        if cache is None:
            raise DatabaseUnavailableError("there is no offline copy on this computer")
        api = session.online()
        replayed = off.replay_outbox(api, cache.store, session.user_id)
        self.service.cleanup_expired(force=False)  # expired sessions go, every 10 min at most
        off.sync(api, cache, session.user_id, api.session_id, days=days, progress=progress)
        return SyncOutcome(replayed, len(cache.store.pending()), cache.last_sync(), api)

    @staticmethod
    def synced(session: SignedIn, outcome: SyncOutcome) -> bool:
        """GUI thread: apply a sync; True if the session came back online with it."""
        session.as_of = outcome.as_of
        if not session.offline:
            return False
        session.api = outcome.online_api
        session.session_id = outcome.online_api.session_id
        session.offline = False
        return True

    # --- signing out ---------------------------------------------------------------------

    def sign_out(self, session: SignedIn) -> bool:
        """A worker thread: end the session on the server; True if done there. When the
        server is away the logout is queued in the offline copy and applied when the
        connection returns (False). Either way the keyring and the offline copy forget the
        session at once (``CarebotService.logout`` forgets a remembered one first)."""
        cache = session.cache
        try:
            if not session.offline:
                _give_back_held_alerts(session)
            if cache is not None:
                xid = token_to_xid(session.session_id)
                if xid is not None:
                    with contextlib.suppress(NotFoundError):  # the copy's offline session
                        cache.db.auth.delete_session(xid)
            try:
                self.service.logout(session.session_id)
            except DatabaseUnavailableError:
                if cache is None:
                    raise
                cache.store.queue_logout(session.session_id)
                return False
            return True
        finally:
            if cache is not None:
                cache.close()


def _give_back_held_alerts(session: SignedIn) -> None:
    """Signing out gives back the alerts one holds, so the others see them as new (and
    they escalate) at once, not only after the hold timeout. A failure here never keeps
    anyone signed in: the timeout gives them back then."""
    try:
        given_back = session.online().care.release()
    except CarebotError as error:
        log.warning("held alerts not given back at sign-out: %s", type(error).__name__)
        return
    if given_back:
        log.info("signing out gave back %d held alert(s)", given_back)


def _is_a_carebot_api(api: LiveApi) -> CarebotApi:
    """Never called: mypy checks here that LiveApi is the screens' one API type."""
    return api
