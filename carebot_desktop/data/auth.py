"""Login sessions: creation, sliding expiry, password changes.

A session expires when its ``last_active`` is older than its lifetime (see
:class:`~carebot_desktop.data.database.SessionLifetimes`): ``sub``/``system`` sessions,
the elder's (``is_main_user``) sessions, and remembered sessions each have their own.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from carebot_desktop.data._base import (
    Area,
    columns,
    get_or_404,
    row,
    rowcount,
)
from carebot_desktop.data.errors import AuthenticationError, ValidationError
from carebot_desktop.data.models import Account, Family, LoginSession, MemberRelation, Role
from carebot_desktop.data.validation import Field, clean, utcnow

SESSION_KEYS = columns(LoginSession)
# ``last_active`` moves at most this often when a caller is checked: sessions last 30
# minutes or more, so a minute's precision costs nothing and saves a write per call.
SLIDE_EVERY = timedelta(seconds=60)
_XID = re.compile(r"^[A-Za-z0-9_-]{32}$")
SESSION_SPEC = {
    "xid": Field("str", max_len=32, min_len=32),
    "user_id": Field("str", required=True, nullable=False, max_len=16),
    "is_main_user": Field("bool"),
    "is_remember": Field("bool"),
}


def new_session_id() -> str:
    """32 hex characters: 128 random bits."""
    return secrets.token_hex(16)


class Auth(Area):
    def _lifetime(self, session_row: LoginSession) -> int:
        lifetimes = self._db.session_lifetimes
        if session_row.is_remember:
            return lifetimes.remembered
        return lifetimes.main if session_row.is_main_user else lifetimes.sub

    def _expired_clause(self, now: datetime) -> ColumnElement[bool]:
        lifetimes = self._db.session_lifetimes
        last = LoginSession.last_active
        return or_(
            last.is_(None),
            and_(
                LoginSession.is_remember.is_(True),
                last < now - timedelta(seconds=lifetimes.remembered),
            ),
            and_(
                LoginSession.is_remember.is_(False),
                LoginSession.is_main_user.is_(True),
                last < now - timedelta(seconds=lifetimes.main),
            ),
            and_(
                LoginSession.is_remember.is_(False),
                LoginSession.is_main_user.is_(False),
                last < now - timedelta(seconds=lifetimes.sub),
            ),
        )

    def _is_expired(self, session_row: LoginSession, now: datetime) -> bool:
        last = session_row.last_active
        return last is None or last < now - timedelta(seconds=self._lifetime(session_row))

    def _live_session(self, session: Session, session_id: object) -> LoginSession:
        """The session row, or AuthenticationError (deleting it if it has expired)."""
        if not isinstance(session_id, str) or not _XID.match(session_id):
            raise AuthenticationError("unknown session")
        found = session.get(LoginSession, session_id)
        if found is None:
            raise AuthenticationError("unknown session")
        if self._is_expired(found, utcnow()):
            session.delete(found)
            session.commit()  # the expired row goes even though the call fails
            raise AuthenticationError("the session has expired")
        return found

    def create_session(self, session_data: dict[str, Any]) -> str:
        values = clean(session_data, SESSION_SPEC)
        xid = values.pop("xid", None) or new_session_id()
        if not _XID.match(xid):
            raise ValidationError("xid", "must be 32 letters, digits, '-' or '_'")
        taken = select(LoginSession.xid).where(LoginSession.xid == xid).exists()
        with self._tx() as session:
            found = session.execute(
                select(Account, taken).where(Account.id == values["user_id"])
            ).first()
            if found is None:
                raise ValidationError("user_id", "no account with this id")
            account, xid_taken = found
            is_main = account.role == Role.MAIN
            if values.get("is_main_user", is_main) != is_main:
                raise ValidationError("is_main_user", "does not match the account's role")
            if xid_taken:
                raise ValidationError("xid", "a session with this id exists already")
            session.add(
                LoginSession(
                    xid=xid,
                    user_id=account.id,
                    last_active=utcnow(),
                    is_main_user=is_main,
                    is_remember=bool(values.get("is_remember", False)),
                )
            )
            session.flush()  # visible to what else runs in the same unit of work
        return xid

    def delete_session(self, session_id: str) -> bool:
        with self._tx() as session:
            found = get_or_404(session, LoginSession, session_id, "session")
            session.delete(found)
        return True

    def check_current_user(self, session_id: str) -> str:
        """The session's user id; slides ``last_active``. Expired: deleted, then refused."""
        with self._tx() as session:
            found = self._live_session(session, session_id)
            found.last_active = utcnow()
            return found.user_id

    def check_caller(self, session_id: str) -> dict[str, Any]:
        """Who is calling, in one statement: ``user_id``, ``role``, ``families`` (the ids of
        the families the account belongs to, as main user or member) and ``main_of`` (the
        ids of the families it is the main user of). Slides ``last_active`` when it is over a
        minute old. Unknown or expired: AuthenticationError (an expired row is deleted)."""
        if not isinstance(session_id, str) or not _XID.match(session_id):
            raise AuthenticationError("unknown session")
        # One row: the session, the role, and the family ids as two comma lists (ids are
        # letters and digits; a stray comma could only split an id into ones that match
        # no family: it fails closed). 200 families cost one short row, not 200 rows.
        member_of = (
            select(func.group_concat(MemberRelation.family_id))
            .where(MemberRelation.user_id == LoginSession.user_id)
            .scalar_subquery()
        )
        main_of = (
            select(func.group_concat(Family.id))
            .where(Family.main_user == LoginSession.user_id)
            .scalar_subquery()
        )
        query = (
            select(
                LoginSession.user_id,
                LoginSession.last_active,
                LoginSession.is_main_user,
                LoginSession.is_remember,
                Account.role,
                member_of,
                main_of,
            )
            .join(Account, Account.id == LoginSession.user_id)
            .where(LoginSession.xid == session_id)
        )
        now = utcnow()
        with self._tx() as session:
            found = session.execute(query).first()
            if found is None:
                raise AuthenticationError("unknown session")
            user_id, last, is_main, is_remember, role, members, mains = found
            lifetimes = self._db.session_lifetimes
            lifetime = (
                lifetimes.remembered
                if is_remember
                else (lifetimes.main if is_main else lifetimes.sub)
            )
            if last is None or last < now - timedelta(seconds=lifetime):
                session.execute(delete(LoginSession).where(LoginSession.xid == session_id))
                session.commit()  # the expired row goes even though the call fails
                raise AuthenticationError("the session has expired")
            if last < now - SLIDE_EVERY:
                session.execute(
                    update(LoginSession)
                    .where(LoginSession.xid == session_id)
                    .values(last_active=now)
                )
        mains_list = [i for i in (mains or "").split(",") if i]
        return {
            "user_id": user_id,
            "role": role.value if hasattr(role, "value") else str(role).lower(),
            "families": {i for i in (members or "").split(",") if i} | set(mains_list),
            "main_of": set(mains_list),
        }

    def change_password(
        self,
        user_id: str,
        new_hashed_password: str,
        *,
        end_sessions: bool = False,
        except_session: str | None = None,
    ) -> bool:
        """Store a new password hash. With ``end_sessions`` the account's other sessions
        (all but ``except_session``) end in the same transaction: either both happen or
        neither, so a lost connection never leaves a changed password with old sessions
        still open."""
        values = clean(
            {"password": new_hashed_password},
            {"password": Field("str", required=True, nullable=False, max_len=128)},
        )
        with self._tx() as session:
            account = get_or_404(session, Account, user_id, "account")
            self._update_row(
                session,
                account,
                "desk_w_account",
                "id",
                {"password": values["password"]},
                "account",
            )
            if end_sessions:
                ending = delete(LoginSession).where(LoginSession.user_id == user_id)
                if except_session is not None:
                    ending = ending.where(LoginSession.xid != except_session)
                session.execute(ending)
        return True

    def get_login_session(self, session_id: str) -> dict[str, Any]:
        with self._tx() as session:
            return row(self._live_session(session, session_id), SESSION_KEYS)

    def get_user_sessions(self, user_id: str) -> list[dict[str, Any]]:
        """The live sessions of one account, newest activity first."""
        now = utcnow()
        with self._tx() as session:
            rows = session.scalars(
                select(LoginSession)
                .where(LoginSession.user_id == user_id)
                .order_by(LoginSession.last_active.desc())
            )
            return [row(s, SESSION_KEYS) for s in rows if not self._is_expired(s, now)]

    def delete_user_sessions(self, user_id: str, except_session: str | None = None) -> int:
        """End every session of ``user_id`` except ``except_session``; the number ended."""
        query = delete(LoginSession).where(LoginSession.user_id == user_id)
        if except_session is not None:
            query = query.where(LoginSession.xid != except_session)
        with self._tx() as session:
            return rowcount(session.execute(query))

    def cleanup_login_sessions(self) -> int:
        with self._tx() as session:
            result = session.execute(delete(LoginSession).where(self._expired_clause(utcnow())))
            return rowcount(result)

    def record_auto_login(self, session_id: str) -> bool:
        with self._tx() as session:
            found = self._live_session(session, session_id)
            session.execute(
                update(LoginSession)
                .where(LoginSession.xid == found.xid)
                .values(is_remember=True, last_active=utcnow())
            )
        return True
