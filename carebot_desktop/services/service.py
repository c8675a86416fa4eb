"""Sign-in, sessions and account flows: the desktop's replacement for the server's checks.

The original Carebot server checked the user at each HTTP route. The desktop talks to the
database directly, so this layer does it: :class:`CarebotService` signs people in and hands
out :class:`~carebot_desktop.services.access.UserApi` objects that check every call.

Each of its calls runs through ``Database.run``: after a server's failure that left nothing
written it runs again; after a commit that lost its reply, a read or a change that sets
values runs again, and the others are checked first (a sign-in finds its session, a
deletion finds the account gone). An account change's audit entry is made once, before the
first try, and written by its key: never twice.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from carebot_desktop.config.secrets import SecretStore, SecretStoreError
from carebot_desktop.data import Database
from carebot_desktop.data.errors import (
    AuthenticationError,
    CommitUnknownError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.failover import Checked
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import passwords
from carebot_desktop.services.access import UserApi
from carebot_desktop.services.audit import AuditLog
from carebot_desktop.services.sessions import new_token, token_to_xid

log = logging.getLogger(__name__)

SIGN_IN_FAILED = "the e-mail or password is incorrect"
LOCKOUT_ATTEMPTS = 5
LOCKOUT_WINDOW = timedelta(minutes=15)
LOCKOUT_DURATION = timedelta(minutes=15)
CLEANUP_EVERY = timedelta(minutes=10)
REMEMBERED_KEY = "remembered-session"


def _contract_keys(session: dict[str, Any]) -> dict[str, Any]:
    return {key: session[key] for key in ("session_id", "user_id", "role")}


class LockedOutError(AuthenticationError):
    """Too many failed sign-ins for this e-mail; ``until`` says when it may try again."""

    def __init__(self, until: datetime) -> None:
        super().__init__("too many failed sign-ins; try again later", until=until)
        self.until = until


def locked_until(failures: list[datetime], now: datetime) -> datetime | None:
    """Until when sign-in is locked after these failures (``LOCKOUT_ATTEMPTS`` within
    ``LOCKOUT_WINDOW`` lock it for ``LOCKOUT_DURATION``), or None: one rule for the
    server's sign-in and the offline copy's."""
    failures = sorted(failures)
    until = None
    for i in range(LOCKOUT_ATTEMPTS - 1, len(failures)):
        if failures[i] - failures[i - LOCKOUT_ATTEMPTS + 1] <= LOCKOUT_WINDOW:
            until = failures[i] + LOCKOUT_DURATION
    return until if until is not None and now < until else None


class CarebotService:
    """Signs people in and out and gives each session a permission-checked API.

    ``secrets`` is where a remembered session is kept (the OS keyring in the application, an
    in-memory store in tests); ``None`` means remember-me is unavailable.
    """

    def __init__(
        self,
        db: Database,
        secrets: SecretStore | None = None,
        *,
        bcrypt_cost: int = passwords.BCRYPT_COST,
        host: str | None = None,
    ) -> None:
        self.db = db
        self.secrets = secrets
        self.bcrypt_cost = bcrypt_cost
        self.host = host or socket.gethostname()
        self._dummy: str | None = None  # made on first use, in a worker thread
        self._seen_cost = 0  # the highest bcrypt cost of an account's hash seen at sign-in
        # The first clean-up comes with a sync or a sign-in ten minutes on, not with the
        # first sign-in (two statements fewer on the way in).
        self._last_cleanup = time.monotonic()
        self._cleanup_lock = threading.Lock()
        # Every audit entry of this service: sign-in's at once, the UserApis' batched.
        self.audit_log = AuditLog(db, self.host)

    def _dummy_hash(self) -> str:
        """A hash to check unknown e-mails against, so they cost what a wrong password does:
        at the highest cost of the hashes signed in against so far (accounts made by the
        web pages may have a higher one than ours)."""
        cost = max(self.bcrypt_cost, self._seen_cost)
        if self._dummy is None or passwords.bcrypt_cost_of(self._dummy) != cost:
            self._dummy = passwords.hash_password("unknown account 7f3c9a", cost=cost)
        return self._dummy

    # --- remember me ------------------------------------------------------------------

    def remember_available(self) -> tuple[bool, str]:
        """(available, reason if not): remember-me needs a working OS keyring."""
        if self.secrets is None:
            return False, "no keyring is configured"
        if not self.secrets.available():
            return False, self.secrets.unavailable_reason
        return True, ""

    def _remember_key(self) -> str:
        # One remembered session per database, so two servers never mix.
        return f"{REMEMBERED_KEY}:{self.db.url.render_as_string(hide_password=True)}"

    def remembered_session(self) -> str | None:
        available, _ = self.remember_available()
        return self.secrets.get(self._remember_key()) if available and self.secrets else None

    def resume_remembered(self) -> dict[str, Any] | None:
        """Sign in with the session kept in the keyring, if any and still valid (with the
        profile keys of :meth:`resume_with_profile`)."""
        token = self.remembered_session()
        if token is None:
            return None
        try:
            return self.resume_with_profile(token)
        except AuthenticationError:
            self._forget_remembered()
            return None

    def _forget_remembered(self) -> None:
        if self.secrets is not None:
            self.secrets.delete(self._remember_key())

    # --- accounts ---------------------------------------------------------------------

    def register(self, account: dict[str, Any]) -> str:
        """Create a ``main`` (elder) or ``sub`` (family member) account; its id."""
        if not isinstance(account, dict):
            raise ValidationError(None, "expected a mapping of fields")
        role = account.get("role")
        if type(role) is not str or role.strip().lower() not in ("main", "sub"):
            raise ValidationError("role", "must be 'main' (elder) or 'sub' (family member)")
        data = dict(account)
        data["password"] = passwords.hash_password(
            passwords.check_password_rules(account.get("password")), cost=self.bcrypt_cost
        )
        return self.db.accounts.create_account(data)

    # --- sign-in and sessions ------------------------------------------------------------

    def _failures(self, email: str, now: datetime) -> list[datetime]:
        return self.db.security.failed_logins_since(email, now - LOCKOUT_WINDOW - LOCKOUT_DURATION)

    def login(self, email: str, password: str, remember: bool = False) -> dict[str, Any]:
        """Sign in; ``{"session_id", "user_id", "role"}``."""
        return _contract_keys(self.login_with_profile(email, password, remember))

    def login_with_profile(
        self, email: str, password: str, remember: bool = False
    ) -> dict[str, Any]:
        """Sign in; :meth:`login`'s keys plus ``user_name`` and ``email`` (what the
        window shows, with no further round trip).

        An unknown e-mail and a wrong password give the same error after the same work
        (a bcrypt check either way). Five failures within 15 minutes lock the e-mail for
        15 minutes; the counter is in the database.
        """
        if not isinstance(email, str) or not email.strip() or not isinstance(password, str):
            raise ValidationError("email", "enter an e-mail address and a password")
        email_key = email.strip().lower()
        now = utcnow()

        # Two short transactions, none held open across bcrypt's deliberate slowness.
        def read() -> tuple[list[datetime], dict[str, Any] | None, Any, Any]:
            with self.db.unit_of_work():
                failures = self._failures(email_key, now)
                locked = locked_until(failures, now)
                if locked is not None:
                    raise LockedOutError(locked)
                try:
                    account = self.db.accounts.get_sign_in_account(email_key)
                    user_id, stored = account["id"], account["password"]
                    if not isinstance(stored, str):
                        # Another person's account seen through one's own database login:
                        # its hash is hidden, so it cannot sign in here.
                        raise NotFoundError("no account to sign in with")
                except NotFoundError:
                    return failures, None, None, None
                return failures, account, user_id, stored

        failures, account, user_id, stored = self.db.run(read, idempotent=True)
        if account is None:
            stored = self._dummy_hash()
        matches = passwords.verify_password(password, stored)
        if account is not None:
            self._seen_cost = max(self._seen_cost, passwords.bcrypt_cost_of(stored))
        if account is None or user_id is None or not matches:
            try:
                self.db.run(lambda: self.db.security.record_failed_login(email_key, now))
            except CommitUnknownError:  # counted or not: never counted twice
                log.warning("a failed sign-in may not have been counted")
            self.audit_log.write(user_id, "login", "account", user_id, "login", "denied")
            locked = locked_until([*failures, now], now)
            if locked is not None:
                raise LockedOutError(locked)
            raise AuthenticationError(SIGN_IN_FAILED)
        # An older or cheaper hash, or one of the text as typed before passwords were
        # normalised, is replaced now that the password is at hand (made once, not per try).
        new_hash = None
        if passwords.needs_rehash(stored, self.bcrypt_cost) or not passwords.is_current_form(
            password, stored
        ):
            new_hash = passwords.rehash(password, self.bcrypt_cost)
        opened: list[dict[str, Any]] = []

        def open_session() -> dict[str, Any]:
            with self.db.unit_of_work():
                if failures:
                    self.db.security.clear_failed_logins(email_key)
                if new_hash is not None:
                    self.db.auth.change_password(user_id, new_hash)
                session = self._open_session(user_id, remember, account)
                # Which stored hash the password verified against: the offline copy's
                # verifier is made again only when this changes (services/offline/cache.py).
                session["password_stamp"] = passwords.hash_stamp(new_hash or stored)
                opened[:] = [session]
                self.audit_log.write(user_id, "login", "account", user_id, "login", "ok")
            return session

        def opened_already() -> Checked:
            """After a lost commit: the session the last try made is there, or not."""
            xid = token_to_xid(opened[0]["session_id"]) if opened else None
            try:
                if xid is not None and self.db.auth.get_login_session(xid):
                    return True, opened[0]
            except AuthenticationError:
                pass
            return False, None

        session = self.db.run(open_session, check=opened_already)
        self.cleanup_expired(force=False)
        return session

    def _open_session(
        self, user_id: str, remember: bool, account: dict[str, Any]
    ) -> dict[str, Any]:
        token = new_token()
        xid = token_to_xid(token)
        assert xid is not None
        self.db.auth.create_session({"xid": xid, "user_id": user_id})
        if remember:
            available, reason = self.remember_available()
            if available and self.secrets is not None:
                try:
                    self.secrets.set(self._remember_key(), token)
                    self.db.auth.record_auto_login(xid)
                except SecretStoreError as error:
                    log.warning("remember-me is unavailable: %s", error)
            else:
                log.info("remember-me is unavailable: %s", reason)
        return {
            "session_id": token,
            "user_id": user_id,
            "role": account["role"],
            "user_name": account["user_name"],
            "email": account["email"],
        }

    def resume(self, session_id: str) -> dict[str, Any]:
        """The session of a token kept from before (auto-login); AuthenticationError if
        unknown or expired."""
        return _contract_keys(self.resume_with_profile(session_id))

    def resume_with_profile(self, session_id: str) -> dict[str, Any]:
        """:meth:`resume`, plus ``user_name`` and ``email``."""
        xid = token_to_xid(session_id)
        if xid is None:
            raise AuthenticationError("unknown session")

        def read() -> tuple[str, dict[str, Any]]:
            with self.db.unit_of_work():
                user_id = self.db.auth.check_current_user(xid)
                return user_id, self.db.accounts.get_one_account(user_id)

        user_id, account = self.db.run(read, idempotent=True)  # it slides the expiry
        self.cleanup_expired(force=False)
        return {
            "session_id": session_id,
            "user_id": user_id,
            "role": account["role"],
            "user_name": account["user_name"],
            "email": account["email"],
        }

    def check_caller(self, session_id: str) -> dict[str, Any]:
        """Who is calling (``Auth.check_caller``): one statement."""
        xid = token_to_xid(session_id)
        if xid is None:
            raise AuthenticationError("unknown session")
        return self.db.run(lambda: self.db.auth.check_caller(xid), idempotent=True)

    def current_user(self, session_id: str) -> str:
        xid = token_to_xid(session_id)
        if xid is None:
            raise AuthenticationError("unknown session")
        return self.db.run(lambda: self.db.auth.check_current_user(xid), idempotent=True)

    def logout(self, session_id: str) -> bool:
        """End the session and forget it in the keyring."""
        xid = token_to_xid(session_id)
        if self.remembered_session() == session_id:
            self._forget_remembered()
        if xid is None:
            return True
        self.flush_audit()

        def end() -> None:  # run again, it finds the session gone and writes nothing
            try:
                with self.db.unit_of_work():
                    user_id = self.db.auth.get_login_session(xid)["user_id"]
                    self.db.auth.delete_session(xid)
                    self.audit_log.write(user_id, "logout", "account", user_id, "logout", "ok")
            except (AuthenticationError, NotFoundError):
                pass  # already gone: logging out is still done

        self.db.run(end, idempotent=True)
        return True

    def change_password(self, session_id: str, old_password: str, new_password: str) -> bool:
        """Change one's own password (the old one first); ends one's other sessions."""
        user_id = self.current_user(session_id)
        self._check_own_password(user_id, old_password, "old_password")
        passwords.check_password_rules(new_password, "new_password")
        new_hash = passwords.hash_password(new_password, self.bcrypt_cost)
        self._account_change(
            user_id,
            "update",
            "change_password",
            lambda: self.db.auth.change_password(  # sets the hash; ends the other sessions
                user_id, new_hash, end_sessions=True, except_session=token_to_xid(session_id)
            ),
        )
        return True

    def list_sessions(self, session_id: str) -> list[dict[str, Any]]:
        """One's own live sessions: ``ref`` (to end it), ``last_active``, ``is_remember``,
        ``current``. The ``ref`` is the stored digest: it cannot be used to sign in."""
        user_id = self.current_user(session_id)
        current = token_to_xid(session_id)
        return [
            {
                "ref": s["xid"],
                "last_active": s["last_active"],
                "is_remember": s["is_remember"],
                "current": s["xid"] == current,
            }
            for s in self._sessions_of(user_id)
        ]

    def _sessions_of(self, user_id: str) -> list[dict[str, Any]]:
        """The account's live sessions (a read: run again after a server's failure)."""
        return self.db.run(lambda: self.db.auth.get_user_sessions(user_id), idempotent=True)

    def end_session(self, session_id: str, ref: str) -> bool:
        """End one of one's own sessions (by its ``ref`` from :meth:`list_sessions`)."""
        user_id = self.current_user(session_id)
        if not isinstance(ref, str) or ref not in {s["xid"] for s in self._sessions_of(user_id)}:
            raise PermissionDeniedError("not one of your sessions")
        self.db.run(lambda: self.db.auth.delete_session(ref), idempotent=True)  # gone is gone
        if ref == token_to_xid(session_id) and self.remembered_session() == session_id:
            self._forget_remembered()
        return True

    def update_own_account(self, session_id: str, password: str, changes: dict[str, Any]) -> bool:
        """Edit one's own profile after re-entering the password (no role changes)."""
        user_id = self.current_user(session_id)
        self._check_own_password(user_id, password, "password")
        if isinstance(changes, dict) and "role" in changes:
            raise PermissionDeniedError("the role of an account cannot be changed by its user")
        self._account_change(  # sets values: the same values, set again
            user_id,
            "update",
            "update_one_account",
            lambda: self.db.accounts.update_one_account(user_id, changes),
        )
        return True

    def deletion_summary(self, session_id: str) -> dict[str, Any]:
        """What deleting one's own account would remove (``Accounts.deletion_summary``)."""
        return self.as_user(session_id).accounts.deletion_summary(self.current_user(session_id))

    def delete_own_account(self, session_id: str, password: str) -> bool:
        """Delete one's own account (and, for an elder, the family) after the password."""
        user_id = self.current_user(session_id)
        self._check_own_password(user_id, password, "password")
        self._forget_remembered_if(session_id)

        def gone() -> Checked:
            try:
                self.db.accounts.get_one_account(user_id)
            except NotFoundError:
                return True, None
            return False, None

        self._account_change(
            user_id,
            "delete",
            "delete_one_account",
            lambda: self.db.accounts.delete_one_account(user_id),
            check=gone,
        )
        return True

    def _account_change(
        self,
        user_id: str,
        action: str,
        operation: str,
        change: Callable[[], object],
        check: Callable[[], Checked] | None = None,
    ) -> None:
        """``change`` and its audit entry, one transaction, run again after a server's
        failure: ``change`` sets values (so it may run twice) unless a ``check`` says
        whether a lost commit applied it. The entry is made once, before the first try,
        and a try after a lost commit writes it by its key (never twice)."""
        entry = self.audit_log.entry(user_id, action, "account", user_id, operation, "ok")
        tries = 0

        def once() -> None:
            nonlocal tries
            tries += 1
            with self.db.unit_of_work():
                change()
                self.db.security.add_audit_entries([entry], unsure=tries > 1)

        self.db.run(once, idempotent=check is None, check=check)

    def _forget_remembered_if(self, session_id: str) -> None:
        if self.remembered_session() == session_id:
            self._forget_remembered()

    def _check_own_password(self, user_id: str, password: str, field: str) -> None:
        stored = self.db.run(lambda: self.db.accounts.get_hashed_password(user_id), idempotent=True)
        if not passwords.verify_password(password, stored):
            raise AuthenticationError("the password is incorrect", field=field)

    def as_user(self, session_id: str) -> UserApi:
        """The data areas as this session's user may use them; each call is checked."""
        self.check_caller(session_id)  # fail now for an unknown or expired session
        return UserApi(self, session_id)

    def api_for_new_session(self, session: dict[str, Any]) -> UserApi:
        """The UserApi of a session :meth:`login` or :meth:`resume` just returned (checked
        a moment ago: no second check)."""
        token = session.get("session_id") if isinstance(session, dict) else None
        if not isinstance(token, str) or token_to_xid(token) is None:
            raise ValidationError("session", "expected a session from login or resume")
        return UserApi(self, token)

    # --- housekeeping -------------------------------------------------------------------

    def cleanup_expired(self, force: bool = True) -> int:
        """Remove expired sessions and old sign-in failures (at most every 10 minutes
        unless forced); the number of sessions removed."""
        with self._cleanup_lock:
            now = time.monotonic()
            if not force and now - self._last_cleanup < CLEANUP_EVERY.total_seconds():
                return 0
            self._last_cleanup = now
        removed = self.db.auth.cleanup_login_sessions()
        self.db.security.cleanup_failed_logins(LOCKOUT_WINDOW + LOCKOUT_DURATION)
        return removed

    def flush_audit(self) -> None:
        """Write the batched audit entries now (sign-out, shutdown, reading the log)."""
        self.audit_log.flush()
