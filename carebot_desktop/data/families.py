"""Families: one elder (the ``main`` user) and the people who look after them."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from carebot_desktop.data._base import Area, columns, get_or_404, row
from carebot_desktop.data.accounts import delete_legacy_family_rows
from carebot_desktop.data.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.models import Account, Family, Gender, MemberRelation, Role, Settings
from carebot_desktop.data.validation import Field, clean, new_id, to_date, to_enum

FAMILY_KEYS = columns(Family)
FAMILY_SPEC = {
    "main_user": Field("str", required=True, nullable=False, max_len=16),
    "family_name": Field("str", max_len=32),
}


def _check_main_user(session: Session, main_user: str, except_family: str | None = None) -> None:
    account = session.get(Account, main_user)
    if account is None:
        raise ValidationError("main_user", "no account with this id")
    if account.role != Role.MAIN:
        raise ValidationError("main_user", "must be an account with the 'main' role")
    existing = session.scalar(select(Family.id).where(Family.main_user == main_user))
    if existing is not None and existing != except_family:
        raise ConflictError("this main user already has a family", field="main_user")


class Families(Area):
    def main_id_to_family_id(self, main_id: str) -> str:
        with self._tx() as session:
            found = session.scalar(
                select(Family.id).where(Family.main_user == main_id).order_by(Family.id).limit(1)
            )
        if found is None:
            raise NotFoundError("this account is not the main user of any family", what="family")
        return found

    def create_family(self, family_data: dict[str, Any]) -> str:
        values = clean(family_data, FAMILY_SPEC)
        with self._tx() as session:
            _check_main_user(session, values["main_user"])
            family_id = new_id("F")
            flags = {
                "is_alarm_enabled": False,
                "is_camera_enabled": False,
                "is_microphone_enabled": False,
                "is_driving_enabled": False,
            }
            if self._db.secured:
                # Only one's own, as a main account with no family: the database checks it
                # (desk_create_family), and makes the settings row with every flag off.
                if values["main_user"] != self._db.login_account():
                    raise PermissionDeniedError("a family is made by its own main user")
                session.execute(
                    text("CALL desk_create_family(:id, :name)"),
                    {"id": family_id, "name": values.get("family_name")},
                )
                return family_id
            session.add(Family(id=family_id, **values))
            session.flush()
            session.add(Settings(family_id=family_id, **flags))
        return family_id

    def get_all_families(self) -> list[dict[str, Any]]:
        with self._tx() as session:
            return [
                row(f, FAMILY_KEYS) for f in session.scalars(select(Family).order_by(Family.id))
            ]

    def find_family(
        self,
        user_name: str | None = None,
        birth_date: date | str | None = None,
        gender: Gender | str | None = None,
        address: str | None = None,
    ) -> list[dict[str, Any]]:
        if self._db.secured:
            return self._find_through_procedure(user_name, birth_date, gender, address)
        query = select(Family, Account).join(Account, Family.main_user == Account.id)
        if user_name is not None:
            if not isinstance(user_name, str):
                raise ValidationError("user_name", "expected text")
            query = query.where(Account.user_name == user_name.strip())
        if birth_date is not None:
            query = query.where(Account.birth_date == to_date(birth_date, "birth_date"))
        if gender is not None:
            query = query.where(Account.gender == to_enum(Gender, gender, "gender"))
        if address is not None:
            if not isinstance(address, str):
                raise ValidationError("address", "expected text")
            query = query.where(Account.address == address.strip())
        with self._tx() as session:
            return [
                {
                    "family_id": family.id,
                    "family_name": family.family_name,
                    "account_id": account.id,
                    "account_name": account.user_name,
                    "account_birth_date": account.birth_date,
                    "account_gender": account.gender.value if account.gender else None,
                    "account_address": account.address,
                }
                for family, account in session.execute(query.order_by(Family.id))
            ]

    def _find_through_procedure(
        self,
        user_name: str | None,
        birth_date: date | str | None,
        gender: Gender | str | None,
        address: str | None,
    ) -> list[dict[str, Any]]:
        """Through a person's own login other families are out of sight: the database's
        ``desk_find_family`` matches all four facts (throttled, audited) and tells the
        family's id and name only."""
        if None in (user_name, birth_date, gender, address):
            raise ValidationError(None, "give the elder's name, birth date, gender and address")
        if not isinstance(user_name, str) or not isinstance(address, str):
            raise ValidationError("user_name", "expected text")
        born = to_date(birth_date, "birth_date")
        sex = to_enum(Gender, gender, "gender").value
        with self._tx() as session:
            rows = session.execute(
                text("CALL desk_find_family(:n, :b, :g, :a)"),
                {"n": user_name.strip(), "b": born, "g": sex, "a": address.strip()},
            ).all()
        return [{"family_id": r[0], "family_name": r[1]} for r in rows]

    def get_family_people(self, family_id: str) -> list[dict[str, Any]]:
        """The elder and the members of one family, elder first: ``user_id``,
        ``user_name``, ``role`` (main/sub), ``nickname``, ``member_id``, and for the elder
        ``birth_date``, ``gender``, ``address``."""
        with self._tx() as session:
            family = get_or_404(session, Family, family_id, "family")
            elder = session.get(Account, family.main_user)
            people = [
                {
                    "user_id": family.main_user,
                    "user_name": elder.user_name if elder else None,
                    "role": "main",
                    "nickname": None,
                    "member_id": None,
                    "birth_date": elder.birth_date if elder else None,
                    "gender": elder.gender.value if elder and elder.gender else None,
                    "address": elder.address if elder else None,
                }
            ]
            rows = session.execute(
                select(MemberRelation, Account.user_name)
                .join(Account, MemberRelation.user_id == Account.id)
                .where(MemberRelation.family_id == family_id)
                .order_by(Account.user_name, MemberRelation.id)
            )
            for member, name in rows:
                people.append(
                    {
                        "user_id": member.user_id,
                        "user_name": name,
                        "role": "sub",
                        "nickname": member.nickname,
                        "member_id": member.id,
                        "birth_date": None,
                        "gender": None,
                        "address": None,
                    }
                )
            return people

    def get_one_family(self, family_id: str) -> dict[str, Any]:
        with self._tx() as session:
            return row(get_or_404(session, Family, family_id, "family"), FAMILY_KEYS)

    def update_one_family(self, family_id: str, updated_family: dict[str, Any]) -> bool:
        values = clean(updated_family, FAMILY_SPEC, partial=True)
        with self._tx() as session:
            family = get_or_404(session, Family, family_id, "family")
            if "main_user" in values:
                if values["main_user"] == family.main_user:
                    del values["main_user"]  # unchanged (a login's write view may not write it)
                elif self._db.secured:
                    raise PermissionDeniedError(
                        "a family's main user is changed by an administrator"
                    )
                else:
                    _check_main_user(session, values["main_user"], except_family=family.id)
            self._update_row(session, family, "desk_w_family", "id", values, "family")
        return True

    def delete_one_family(self, family_id: str) -> bool:
        with self._tx() as session:
            family = get_or_404(session, Family, family_id, "family")
            if not self._db.secured:  # a login reaches its views only, no legacy table
                delete_legacy_family_rows(session, self._db, [family.id])
            self._delete_row(session, family, "desk_w_family", "id", "family")
        return True
