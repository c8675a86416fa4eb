"""Members: the family's ``sub`` accounts (children, caregivers) with their nicknames."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from carebot_desktop.data._base import (
    Area,
    columns,
    get_or_404,
    must_change,
    row,
    rowcount,
    write_view,
)
from carebot_desktop.data.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.models import Account, Family, JoinRequest, MemberRelation, Role
from carebot_desktop.data.validation import (
    Field,
    check_choice,
    check_int,
    clean,
    new_id,
    utcnow,
)

MEMBER_KEYS = columns(MemberRelation)
MEMBER_SPEC = {
    "family_id": Field("str", required=True, nullable=False, max_len=16),
    "user_id": Field("str", required=True, nullable=False, max_len=16),
    "nickname": Field("str", max_len=32),
}


JOIN_STATES = ("pending", "approved", "denied", "withdrawn")
REQUEST_SPEC = {
    "family_id": MEMBER_SPEC["family_id"],
    "user_id": MEMBER_SPEC["user_id"],
    "nickname": MEMBER_SPEC["nickname"],
}


class Members(Area):
    def create_member(self, member_data: dict[str, Any]) -> str:
        values = clean(member_data, MEMBER_SPEC)
        with self._tx() as session:
            if self._db.secured:
                # Through a person's own login a member joins only by their own request,
                # which adding them approves (the database checks the rest).
                pending = session.scalar(
                    select(JoinRequest.index).where(
                        JoinRequest.family_id == values["family_id"],
                        JoinRequest.user_id == values["user_id"],
                        JoinRequest.status == "pending",
                    )
                )
                if pending is None:
                    raise PermissionDeniedError(
                        "a member joins by a request of their own, which the family approves"
                    )
                return self._decide(session, int(pending), "approved")
            return self._add_member(session, values)

    def _add_member(self, session: Session, values: dict[str, Any]) -> str:
        if session.get(Family, values["family_id"]) is None:
            raise ValidationError("family_id", "no family with this id")
        account = session.get(Account, values["user_id"])
        if account is None:
            raise ValidationError("user_id", "no account with this id")
        if account.role != Role.SUB:
            raise ValidationError("user_id", "members must be accounts with the 'sub' role")
        if self._member_id(session, values["family_id"], values["user_id"]) is not None:
            raise ConflictError("this account is already a member of the family")
        member_id = new_id("M")
        session.add(MemberRelation(id=member_id, **values))
        session.flush()
        return member_id

    def get_all_members(
        self, family_id: str | None = None, user_id: str | None = None
    ) -> list[dict[str, Any]]:
        query = select(MemberRelation)
        if family_id is not None:
            query = query.where(MemberRelation.family_id == family_id)
        if user_id is not None:
            query = query.where(MemberRelation.user_id == user_id)
        with self._tx() as session:
            return [row(m, MEMBER_KEYS) for m in session.scalars(query.order_by(MemberRelation.id))]

    def get_one_member(self, member_id: str) -> dict[str, Any]:
        with self._tx() as session:
            return row(get_or_404(session, MemberRelation, member_id, "member"), MEMBER_KEYS)

    def update_one_member(self, member_id: str, updated_member: dict[str, Any]) -> bool:
        # Only the nickname changes; moving a membership is leaving and joining.
        values = clean(updated_member, {"nickname": MEMBER_SPEC["nickname"]}, partial=True)
        with self._tx() as session:
            member = get_or_404(session, MemberRelation, member_id, "member")
            if self._db.secured:
                self._write_membership(session, member_id, values)
            else:
                member.nickname = values["nickname"]
        return True

    def delete_one_member(self, member_id: str) -> bool:
        with self._tx() as session:
            member = get_or_404(session, MemberRelation, member_id, "member")
            if self._db.secured:
                self._write_membership(session, member_id, None)
            else:
                session.execute(delete(MemberRelation).where(MemberRelation.id == member.id))
        return True

    @staticmethod
    def _write_membership(session: Session, member_id: str, values: dict[str, Any] | None) -> None:
        """Through a person's own login: as the family's main user, else as the member
        themself (``values`` None: delete)."""
        for name in ("desk_w_member_added", "desk_w_member_own"):
            view = write_view(name)
            where = view.c.id == member_id
            statement: Any = (
                delete(view).where(where)
                if values is None
                else update(view).where(where).values(values)
            )
            if rowcount(session.execute(statement)):
                return
        must_change(None, "membership")

    # --- joining a family: requests the family approves -----------------------------

    def request_to_join(self, request_data: dict[str, Any]) -> int:
        """A ``sub`` account asks to join a family (``family_id``, ``user_id``,
        ``nickname``): grants nothing until the family approves. ConflictError if the
        account is a member already or has a request pending."""
        values = clean(request_data, REQUEST_SPEC)
        with self._tx() as session:
            if self._db.secured:
                # The family is out of sight until one belongs to it: the database checks
                # it, and the rest, as one of its own procedures (desk_request_to_join).
                if values["user_id"] != self._db.login_account():
                    raise PermissionDeniedError("a request to join is one's own")
                return int(
                    session.execute(
                        text("CALL desk_request_to_join(:f, :n)"),
                        {"f": values["family_id"], "n": values.get("nickname")},
                    ).scalar_one()
                )
            if session.get(Family, values["family_id"]) is None:
                raise ValidationError("family_id", "no family with this id")
            account = session.get(Account, values["user_id"])
            if account is None:
                raise ValidationError("user_id", "no account with this id")
            if account.role != Role.SUB:
                raise ValidationError("user_id", "only accounts with the 'sub' role join families")
            if self._member_id(session, values["family_id"], values["user_id"]) is not None:
                raise ConflictError("this account is already a member of the family")
            pending = session.scalar(
                select(JoinRequest.index).where(
                    JoinRequest.family_id == values["family_id"],
                    JoinRequest.user_id == values["user_id"],
                    JoinRequest.status == "pending",
                )
            )
            if pending is not None:
                raise ConflictError("a request to join this family is already waiting")
            request = JoinRequest(**values, requested_at=utcnow(), status="pending")
            session.add(request)
            session.flush()
            return int(request.index)

    def get_join_requests(
        self,
        family_id: str | None = None,
        user_id: str | None = None,
        status: str | None = "pending",
    ) -> list[dict[str, Any]]:
        """Requests, oldest first, with the requester's name (``user_name``) and the
        family's name (``family_name``); ``status`` None: every state."""
        query = (
            select(JoinRequest, Account.user_name, Family.family_name)
            .join(Account, JoinRequest.user_id == Account.id)
            .join(Family, JoinRequest.family_id == Family.id)
        )
        if family_id is not None:
            query = query.where(JoinRequest.family_id == _text_id("family_id", family_id))
        if user_id is not None:
            query = query.where(JoinRequest.user_id == _text_id("user_id", user_id))
        if status is not None:
            query = query.where(JoinRequest.status == check_choice("status", status, JOIN_STATES))
        with self._tx() as session:
            return [
                {**row(request, REQUEST_KEYS), "user_name": name, "family_name": family_name}
                for request, name, family_name in session.execute(query.order_by(JoinRequest.index))
            ]

    def get_one_join_request(self, request_id: int) -> dict[str, Any]:
        check_int("request_id", request_id, 1)
        with self._tx() as session:
            return row(get_or_404(session, JoinRequest, request_id, "join request"), REQUEST_KEYS)

    def approve_join_request(self, request_id: int, decided_by: str | None = None) -> str:
        """The requester becomes a member (one transaction); the new member id."""
        with self._tx() as session:
            if self._db.secured:
                return self._decide(session, _request_id(request_id), "approved")
            request = self._pending(session, request_id, decided_by)
            self._close(session, request, "approved", decided_by)
            member_id = self._member_id(session, request.family_id, request.user_id)
            if member_id is None:
                member_id = self._add_member(
                    session,
                    {
                        "family_id": request.family_id,
                        "user_id": request.user_id,
                        "nickname": request.nickname,
                    },
                )
            return member_id

    def deny_join_request(self, request_id: int, decided_by: str | None = None) -> bool:
        with self._tx() as session:
            if self._db.secured:
                self._decide(session, _request_id(request_id), "denied")
                return True
            self._close(
                session, self._pending(session, request_id, decided_by), "denied", decided_by
            )
        return True

    def withdraw_join_request(self, request_id: int) -> bool:
        """The requester takes a pending request back."""
        with self._tx() as session:
            if self._db.secured:
                session.execute(
                    text("CALL desk_withdraw_request(:i)"), {"i": _request_id(request_id)}
                )
                return True
            request = self._pending(session, request_id, None)
            self._close(session, request, "withdrawn", request.user_id)
        return True

    @staticmethod
    def _decide(session: Session, request_id: int, decision: str) -> str:
        """Through a person's own login: the family's main user decides, as the database's
        own procedure, on the request's row locked (a request is decided once); the new
        member's id when approved."""
        member_id = new_id("M")
        session.execute(
            text("CALL desk_decide_request(:i, :d, :m)"),
            {"i": request_id, "d": decision, "m": member_id},
        )
        if decision != "approved":
            return ""
        found = session.scalar(
            select(MemberRelation.id)
            .join(
                JoinRequest,
                (JoinRequest.family_id == MemberRelation.family_id)
                & (JoinRequest.user_id == MemberRelation.user_id),
            )
            .where(JoinRequest.index == request_id)
        )
        return str(found or member_id)

    @staticmethod
    def _member_id(session: Session, family_id: str, user_id: str) -> str | None:
        return session.scalar(
            select(MemberRelation.id).where(
                MemberRelation.family_id == family_id, MemberRelation.user_id == user_id
            )
        )

    @staticmethod
    def _pending(session: Session, request_id: object, decided_by: object) -> JoinRequest:
        """The request, its row locked for the rest of the transaction (two decisions at
        once: the second waits, then finds it decided)."""
        request_id = _request_id(request_id)
        if decided_by is not None:
            _text_id("decided_by", decided_by)
        request = session.scalar(
            select(JoinRequest)
            .where(JoinRequest.index == request_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if request is None:
            raise NotFoundError(
                f"no join request with id {request_id!r}", what="join request", key=request_id
            )
        if request.status != "pending":
            raise ConflictError(f"this request was already {request.status}")
        return request

    @staticmethod
    def _close(session: Session, request: JoinRequest, status: str, decided_by: str | None) -> None:
        """Close a pending request, only while it is still pending."""
        result = session.execute(
            update(JoinRequest)
            .where(JoinRequest.index == request.index, JoinRequest.status == "pending")
            .values(status=status, decided_at=utcnow(), decided_by=decided_by)
            .execution_options(synchronize_session=False)
        )
        if rowcount(result) != 1:
            raise ConflictError("this request was decided meanwhile")


REQUEST_KEYS = columns(JoinRequest)


def _request_id(value: object) -> int:
    return int(check_int("request_id", value, 1))


def _text_id(name: str, value: object) -> str:
    if type(value) is not str or not value or len(value) > 16:
        raise ValidationError(name, "expected an id")
    return value
