"""Members: the family's ``sub`` accounts (children, caregivers) with their nicknames."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from carebot_desktop.data._base import Area, columns, get_or_404, row
from carebot_desktop.data.errors import ConflictError, ValidationError
from carebot_desktop.data.models import Account, Family, MemberRelation, Role
from carebot_desktop.data.validation import Field, clean, new_id

MEMBER_KEYS = columns(MemberRelation)
MEMBER_SPEC = {
    "family_id": Field("str", required=True, nullable=False, max_len=16),
    "user_id": Field("str", required=True, nullable=False, max_len=16),
    "nickname": Field("str", max_len=32),
}


class Members(Area):
    def create_member(self, member_data: dict[str, Any]) -> str:
        values = clean(member_data, MEMBER_SPEC)
        with self._tx() as session:
            if session.get(Family, values["family_id"]) is None:
                raise ValidationError("family_id", "no family with this id")
            account = session.get(Account, values["user_id"])
            if account is None:
                raise ValidationError("user_id", "no account with this id")
            if account.role != Role.SUB:
                raise ValidationError("user_id", "members must be accounts with the 'sub' role")
            duplicate = session.scalar(
                select(MemberRelation.id).where(
                    MemberRelation.family_id == values["family_id"],
                    MemberRelation.user_id == values["user_id"],
                )
            )
            if duplicate is not None:
                raise ConflictError("this account is already a member of the family")
            member_id = new_id("M")
            session.add(MemberRelation(id=member_id, **values))
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
            member.nickname = values["nickname"]
        return True

    def delete_one_member(self, member_id: str) -> bool:
        with self._tx() as session:
            member = get_or_404(session, MemberRelation, member_id, "member")
            session.execute(delete(MemberRelation).where(MemberRelation.id == member.id))
        return True
