"""Accounts: the people who use Carebot (elders, family members, caregivers, system)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, bindparam, delete, func, select, text, update
from sqlalchemy.orm import Session

from carebot_desktop.data import models
from carebot_desktop.data._base import Area, columns, get_or_404, row
from carebot_desktop.data.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.models import Account, Base, Role
from carebot_desktop.data.validation import (
    Field,
    birth_date_field,
    check_birth_date,
    clean,
    new_id,
)

if TYPE_CHECKING:  # Database builds the areas: only its type is needed here
    from carebot_desktop.data.database import Database

# Rows never carry the password hash.
ACCOUNT_KEYS = [key for key in columns(Account) if key != "password"]

_PROFILE = {
    "email": Field("email", required=True, nullable=False, max_len=128),
    "role": Field("enum", required=True, nullable=False, enum=Role),
    "user_name": Field("str", max_len=32),
    "birth_date": birth_date_field(),
    "gender": Field("enum", enum=models.Gender),
    "address": Field("str", max_len=128),
}
ACCOUNT_SPEC = {
    **_PROFILE,
    "password": Field("str", required=True, nullable=False, max_len=128),
}


def _email_taken(session: Session, email: str, except_id: str | None = None) -> bool:
    found = session.scalar(select(Account.id).where(Account.email == email))
    return found is not None and found != except_id


def delete_legacy_family_rows(session: Session, db: Database, family_ids: list[str]) -> None:
    """Remove rows of legacy tables whose foreign key to ``families`` does not cascade.

    The production schema's ``chatkeywords`` references families without ON DELETE
    CASCADE; without this, deleting such a family (or its elder) fails on a real database.
    """
    if family_ids and "chatkeywords" in db.table_names():
        session.execute(
            text("DELETE FROM chatkeywords WHERE family_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": family_ids},
        )


def _count(session: Session, model: type[Base], condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(condition)) or 0)


class Accounts(Area):
    def get_all_email(self) -> list[dict[str, str]]:
        with self._tx() as session:
            return [
                {"email": e} for e in session.scalars(select(Account.email).order_by(Account.email))
            ]

    def create_account(self, account_data: dict[str, Any]) -> str:
        values = clean(account_data, ACCOUNT_SPEC)
        check_birth_date(values.get("birth_date"))
        values.setdefault("gender", models.Gender.OTHER)
        with self._tx() as session:
            if _email_taken(session, values["email"]):
                raise ConflictError("an account with this e-mail already exists", field="email")
            account_id = new_id("U")
            session.add(Account(id=account_id, **values))
        return account_id

    def get_all_accounts(self) -> list[dict[str, Any]]:
        with self._tx() as session:
            accounts = session.scalars(select(Account).order_by(Account.email))
            return [row(a, ACCOUNT_KEYS) for a in accounts]

    def get_one_account(self, account_id: str) -> dict[str, Any]:
        with self._tx() as session:
            return row(get_or_404(session, Account, account_id, "account"), ACCOUNT_KEYS)

    def get_id_from_email(self, email: str) -> str:
        if not isinstance(email, str) or not email.strip():
            raise ValidationError("email", "is required")
        wanted = {email.strip(), email.strip().lower()}
        with self._tx() as session:
            found = session.scalars(select(Account.id).where(Account.email.in_(wanted))).first()
        if found is None:
            raise NotFoundError("no account with this e-mail", what="account")
        return found

    def get_sign_in_account(self, email: str) -> dict[str, Any]:
        """What signing in needs, in one statement: the account's row and its ``password``
        hash (desktop use only: no other function returns the hash with the row)."""
        if not isinstance(email, str) or not email.strip():
            raise ValidationError("email", "is required")
        wanted = {email.strip(), email.strip().lower()}
        with self._tx() as session:
            found = session.scalars(select(Account).where(Account.email.in_(wanted))).first()
            if found is None:
                raise NotFoundError("no account with this e-mail", what="account")
            return {**row(found, ACCOUNT_KEYS), "password": found.password}

    def get_hashed_password(self, account_id: str) -> str:
        with self._tx() as session:
            return get_or_404(session, Account, account_id, "account").password

    def update_one_account(self, account_id: str, updated_account: dict[str, Any]) -> bool:
        if isinstance(updated_account, dict) and "password" in updated_account:
            raise ValidationError("password", "is changed with change_password, not here")
        values = clean(updated_account, _PROFILE, partial=True)
        check_birth_date(values.get("birth_date"))
        if self._db.secured and "email" in values:
            self._change_email_through_login(account_id, values.pop("email"))
            if not values:
                return True
        with self._tx() as session:
            account = get_or_404(session, Account, account_id, "account")
            if "email" in values and _email_taken(session, values["email"], account_id):
                raise ConflictError("an account with this e-mail already exists", field="email")
            if "role" in values:
                if values["role"] == account.role:
                    del values["role"]  # unchanged (and a login's write view may not write it)
                elif self._db.secured:
                    raise PermissionDeniedError("a role is changed by an administrator")
                else:
                    self._check_role_change(session, account, values["role"])
            self._update_row(session, account, "desk_w_account", "id", values, "account")
        return True

    def _change_email_through_login(self, account_id: str, email: str) -> None:
        """The database's own procedure: the address as sign-in compares it, a few tries an
        hour, each audited and kept (a taken address is told only after the try counts)."""
        if account_id != self._db.login_account():
            raise PermissionDeniedError("this account is not yours to change")
        with self._db.separate_transaction() as session:  # the try counts, whatever follows
            outcome = session.execute(text("CALL desk_change_email(:e)"), {"e": email}).scalar_one()
        if outcome != "ok":
            raise ConflictError("this e-mail address cannot be used", field="email")

    @staticmethod
    def _check_role_change(session: Session, account: Account, role: Role) -> None:
        owns = session.scalar(select(models.Family.id).where(models.Family.main_user == account.id))
        if owns is not None and role != Role.MAIN:
            raise ConflictError("the main user of a family must keep the 'main' role", field="role")
        member = session.scalar(
            select(models.MemberRelation.id).where(models.MemberRelation.user_id == account.id)
        )
        if member is not None and role != Role.SUB:
            raise ConflictError("a family member must keep the 'sub' role", field="role")

    def deletion_summary(self, account_id: str) -> dict[str, Any]:
        """What deleting this account removes, counted, so the person sees it first: the
        family an elder's account takes with it (``family_name``, ``members``,
        ``readings``, ``alerts``), the ``messages`` sent and received, and the export
        records that stay (``exports_kept``, without the person's name)."""
        with self._tx() as session:
            account = get_or_404(session, Account, account_id, "account")
            family = session.scalar(
                select(models.Family).where(models.Family.main_user == account.id).limit(1)
            )
            summary: dict[str, Any] = {
                "family_name": None,
                "members": 0,
                "readings": 0,
                "alerts": 0,
                "messages": _count(
                    session,
                    models.Message,
                    (models.Message.from_id == account.id) | (models.Message.to_id == account.id),
                ),
                "exports_kept": _count(
                    session, models.ExportRecord, models.ExportRecord.actor_id == account.id
                ),
            }
            if family is not None:
                summary["family_name"] = family.family_name or ""
                summary["members"] = _count(
                    session, models.MemberRelation, models.MemberRelation.family_id == family.id
                )
                summary["readings"] = sum(
                    _count(session, model, model.family_id == family.id)
                    for model in (*models.STATUS_MODELS.values(), models.MentalReport)
                )
                summary["alerts"] = _count(
                    session, models.Notification, models.Notification.family_id == family.id
                )
                summary["exports_kept"] += _count(
                    session, models.ExportRecord, models.ExportRecord.family_id == family.id
                ) - _count(
                    session,
                    models.ExportRecord,
                    (models.ExportRecord.family_id == family.id)
                    & (models.ExportRecord.actor_id == account.id),
                )
            return summary

    def delete_one_account(self, account_id: str) -> bool:
        with self._tx() as session:
            account = get_or_404(session, Account, account_id, "account")
            pseudonym = new_id("X")
            if self._db.secured:  # one's own account; the database removes what hangs on it
                if account_id != self._db.login_account():
                    raise PermissionDeniedError("this account is not yours to delete")
                session.execute(text("CALL desk_delete_account(:p)"), {"p": pseudonym})
                return True
            family_ids = list(
                session.scalars(
                    select(models.Family.id).where(models.Family.main_user == account.id)
                )
            )
            delete_legacy_family_rows(session, self._db, family_ids)
            # The records of exports stay (the privacy law keeps them), with no name.
            session.execute(
                update(models.ExportRecord)
                .where(models.ExportRecord.actor_id == account.id)
                .values(actor_id=pseudonym)
            )
            session.execute(delete(Account).where(Account.id == account.id))
        return True
