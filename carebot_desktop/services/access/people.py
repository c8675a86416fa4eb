"""The people areas under their rules: accounts, families, members (and joining), sessions."""

from __future__ import annotations

from datetime import timedelta

from carebot_desktop.data.errors import (
    CarebotError,
    ConflictError,
    NotFoundError,
    ThrottledError,
    ValidationError,
)
from carebot_desktop.data.login_views import EMAIL_CHANGE_LIMIT, FIND_FAMILY_LIMIT
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.access.policy import Area
from carebot_desktop.services.api import Day, Row


class AccountsApi(Area):
    def get_all_email(self) -> list[dict[str, str]]:
        return self._db.accounts.get_all_email()

    def create_account(self, account_data: Row) -> str:
        return self._db.accounts.create_account(account_data)

    def get_all_accounts(self) -> list[Row]:
        return self._db.accounts.get_all_accounts()

    def get_one_account(self, account_id: str) -> Row:
        return self._db.accounts.get_one_account(account_id)

    def get_id_from_email(self, email: str) -> str:
        """Others learn nothing about e-mails but their own."""
        actor = self._actor
        found = None
        try:
            found = self._db.accounts.get_id_from_email(email)
        except NotFoundError:
            if actor.is_system:
                raise
        self._api.require(
            actor.is_system or found == actor.user_id,
            actor,
            "view",
            "account",
            None,
            "get_id_from_email",
        )
        assert found is not None
        return found

    def get_hashed_password(self, account_id: str) -> str:
        return self._db.accounts.get_hashed_password(account_id)

    def update_one_account(self, account_id: str, updated_account: Row) -> bool:
        actor = self._actor
        if isinstance(updated_account, dict) and "role" in updated_account:
            self._api.require(
                actor.is_system, actor, "update", "account", account_id, "update_one_account(role)"
            )
        email = updated_account.get("email") if isinstance(updated_account, dict) else None
        if isinstance(email, str) and not actor.is_system and not self._db.secured:
            current = self._db.accounts.get_one_account(account_id)["email"]
            if email.strip().lower() != current:
                return self._change_email(account_id, updated_account)
        return self._db.accounts.update_one_account(account_id, updated_account)

    def _change_email(self, account_id: str, updated_account: Row) -> bool:
        """An e-mail change tells whether the address is taken: at most
        ``EMAIL_CHANGE_LIMIT`` tries an hour, each audited (as the database's own
        ``desk_change_email`` does through a person's login)."""
        since = utcnow() - timedelta(hours=1)
        if self._db.security.count_audit_since(account_id, "change_email", since) >= (
            EMAIL_CHANGE_LIMIT
        ):
            raise ThrottledError("too many e-mail changes: try again in an hour", 3600.0)
        outcome = "ok"
        try:
            return self._db.accounts.update_one_account(account_id, updated_account)
        except ConflictError:
            outcome = "conflict"
            raise
        except CarebotError:
            outcome = "failed"
            raise
        finally:
            with self._db.separate_transaction():  # the try counts, whatever follows
                self._api.audit_log.write(
                    account_id, "update", "account", account_id, "change_email", outcome
                )

    def delete_one_account(self, account_id: str) -> bool:
        return self._db.accounts.delete_one_account(account_id)

    def deletion_summary(self, account_id: str) -> Row:
        return self._db.accounts.deletion_summary(account_id)


class FamiliesApi(Area):
    def main_id_to_family_id(self, main_id: str) -> str:
        actor = self._actor
        family_id = None
        try:
            family_id = self._db.families.main_id_to_family_id(main_id)
        except NotFoundError:
            if actor.is_system or main_id == actor.user_id:
                raise
        self._api.require(
            self._api.can_read_family(actor, family_id),
            actor,
            "view",
            "account",
            main_id,
            "main_id_to_family_id",
        )
        assert family_id is not None
        return family_id

    def create_family(self, family_data: Row) -> str:
        return self._db.families.create_family(family_data)

    def get_all_families(self) -> list[Row]:
        actor = self._actor
        families = self._db.families.get_all_families()
        if actor.is_system:
            return families
        return [f for f in families if f["id"] in actor.families]

    def find_family(
        self,
        user_name: str | None = None,
        birth_date: Day | None = None,
        gender: str | None = None,
        address: str | None = None,
    ) -> list[Row]:
        """Non-system accounts must give all four facts about the elder, at most
        ``FIND_FAMILY_LIMIT`` times an hour, and learn only what filing a join request
        needs (the family's id and name): a search, not a directory of elders' addresses
        and birth dates, and not a way to try birth dates one after another."""
        actor = self._actor
        if self._db.secured:  # the database throttles, audits and trims this search itself
            return self._db.families.find_family(user_name, birth_date, gender, address)
        if actor.is_system:
            result = self._db.families.find_family(user_name, birth_date, gender, address)
            self._api.record(actor, "search", "family", None, "find_family")
            return result
        if None in (user_name, birth_date, gender, address):
            raise ValidationError(None, "give the elder's name, birth date, gender and address")
        since = utcnow() - timedelta(hours=1)
        if self._db.security.count_audit_since(actor.user_id, "find_family", since) >= (
            FIND_FAMILY_LIMIT
        ):
            self._api.record(actor, "search", "family", None, "find_family", "throttled")
            raise ThrottledError(
                "too many family searches: try again in an hour", retry_after=3600.0
            )
        found = self._db.families.find_family(user_name, birth_date, gender, address)
        self._api.record(actor, "search", "family", None, "find_family")
        return [{"family_id": f["family_id"], "family_name": f["family_name"]} for f in found]

    def get_family_people(self, family_id: str) -> list[Row]:
        """Names and nicknames of the family's people (and the elder's details): what the
        family's own screens show."""
        return self._db.families.get_family_people(family_id)

    def get_one_family(self, family_id: str) -> Row:
        return self._db.families.get_one_family(family_id)

    def update_one_family(self, family_id: str, updated_family: Row) -> bool:
        actor = self._actor
        if isinstance(updated_family, dict) and "main_user" in updated_family:
            self._api.require(
                actor.is_system,
                actor,
                "update",
                "family",
                family_id,
                "update_one_family(main_user)",
            )
        return self._db.families.update_one_family(family_id, updated_family)

    def delete_one_family(self, family_id: str) -> bool:
        return self._db.families.delete_one_family(family_id)


class MembersApi(Area):
    def create_member(self, member_data: Row) -> str:
        """Add a member directly: the family's main user or a system account only. Anyone
        else asks to join (``request_to_join``) and the family decides."""
        return self._db.members.create_member(member_data)

    def get_all_members(
        self, family_id: str | None = None, user_id: str | None = None
    ) -> list[Row]:
        actor = self._actor
        if family_id is not None:
            self._api.require(
                self._api.can_read_family(actor, family_id),
                actor,
                "view",
                "family",
                family_id,
                "get_all_members",
            )
        if user_id is not None and family_id is None:
            self._api.require(
                actor.is_system or user_id == actor.user_id,
                actor,
                "view",
                "account",
                user_id,
                "get_all_members",
            )
        members = self._db.members.get_all_members(family_id, user_id)
        if actor.is_system:
            return members
        return [m for m in members if m["family_id"] in actor.families]

    def get_one_member(self, member_id: str) -> Row:
        return self._db.members.get_one_member(member_id)

    def update_one_member(self, member_id: str, updated_member: Row) -> bool:
        return self._db.members.update_one_member(member_id, updated_member)

    def delete_one_member(self, member_id: str) -> bool:
        """The main user removes a member; a member leaves."""
        return self._db.members.delete_one_member(member_id)

    # --- joining a family with its consent ------------------------------------------------

    def request_to_join(self, family_id: str, nickname: str | None = None) -> int:
        """Ask to join a family (one's own ``sub`` account): grants nothing until its main
        user or a system account approves. The request id."""
        return self._db.members.request_to_join(
            {"family_id": family_id, "user_id": self._actor.user_id, "nickname": nickname}
        )

    def get_join_requests(self, family_id: str) -> list[Row]:
        """The family's pending requests (its main user or system)."""
        return self._db.members.get_join_requests(family_id=family_id)

    def get_my_join_requests(self) -> list[Row]:
        """One's own requests still waiting for a family's answer."""
        return self._db.members.get_join_requests(user_id=self._actor.user_id)

    def approve_join_request(self, request_id: int) -> str:
        """The requester becomes a member; the new member id."""
        return self._db.members.approve_join_request(request_id, self._actor.user_id)

    def deny_join_request(self, request_id: int) -> bool:
        return self._db.members.deny_join_request(request_id, self._actor.user_id)

    def withdraw_join_request(self, request_id: int) -> bool:
        """The requester takes their own pending request back."""
        return self._db.members.withdraw_join_request(request_id)


class AuthApi(Area):
    """Session functions take the session tokens users hold, never stored ids."""

    def create_session(self, session_data: Row) -> str:
        return self._db.auth.create_session(session_data)

    def delete_session(self, session_id: str) -> bool:
        return self._db.auth.delete_session(self._xid())

    def check_current_user(self, session_id: str) -> str:
        return self._db.auth.check_current_user(self._xid())

    def change_password(self, user_id: str, new_hashed_password: str) -> bool:
        return self._db.auth.change_password(user_id, new_hashed_password)

    def get_login_session(self, session_id: str) -> Row:
        return self._db.auth.get_login_session(self._xid())

    def cleanup_login_sessions(self) -> int:
        return self._db.auth.cleanup_login_sessions()

    def record_auto_login(self, session_id: str) -> bool:
        return self._db.auth.record_auto_login(self._xid())
