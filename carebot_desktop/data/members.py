"""Members: the family's ``sub`` accounts (children, caregivers) with their nicknames."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from carebot_desktop.data._base import (
    Area,
    columns,
    get_or_404,
    inserted_index,
    must_change,
    row,
    rowcount,
    write_view,
)
from carebot_desktop.data.errors import ConflictError, ValidationError
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
        if self._db.secured:  # the main user's own family only
            session.execute(
                insert(write_view("desk_w_member_added")).values(id=member_id, **values)
            )
            return member_id
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
            # Through a person's own login the family is out of sight until they belong to
            # it: the database's foreign key checks it instead.
            if not self._db.secured and session.get(Family, values["family_id"]) is None:
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
            if self._db.secured:
                result = session.execute(
                    insert(write_view("desk_w_request_own")).values(
                        **values, requested_at=utcnow(), status="pending"
                    )
                )
                return inserted_index(result)
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
            request = self._pending(session, request_id, decided_by)
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
            self._close(session, request, "approved", decided_by)
            return member_id

    def deny_join_request(self, request_id: int, decided_by: str | None = None) -> bool:
        with self._tx() as session:
            self._close(
                session, self._pending(session, request_id, decided_by), "denied", decided_by
            )
        return True

    def withdraw_join_request(self, request_id: int) -> bool:
        """The requester takes a pending request back."""
        with self._tx() as session:
            request = self._pending(session, request_id, None)
            self._close(session, request, "withdrawn", request.user_id)
        return True

    @staticmethod
    def _member_id(session: Session, family_id: str, user_id: str) -> str | None:
        return session.scalar(
            select(MemberRelation.id).where(
                MemberRelation.family_id == family_id, MemberRelation.user_id == user_id
            )
        )

    @staticmethod
    def _pending(session: Session, request_id: Any, decided_by: Any) -> JoinRequest:
        check_int("request_id", request_id, 1)
        if decided_by is not None:
            _text_id("decided_by", decided_by)
        request = get_or_404(session, JoinRequest, request_id, "join request")
        if request.status != "pending":
            raise ConflictError(f"this request was already {request.status}")
        return request

    def _close(
        self, session: Session, request: JoinRequest, status: str, decided_by: str | None
    ) -> None:
        if self._db.secured:  # the requester withdraws; the family's main user decides
            view = write_view(
                "desk_w_request_own" if status == "withdrawn" else "desk_w_request_decide"
            )
            result = session.execute(
                update(view)
                .where(view.c.index == request.index)
                .values(status=status, decided_at=utcnow(), decided_by=decided_by)
            )
            must_change(result, "join request")
            return
        request.status = status
        request.decided_at = utcnow()
        request.decided_by = decided_by


REQUEST_KEYS = columns(JoinRequest)


def _text_id(name: str, value: Any) -> str:
    if type(value) is not str or not value or len(value) > 16:
        raise ValidationError(name, "expected an id")
    return value
