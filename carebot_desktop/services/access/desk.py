"""The remaining areas under their rules: messages, settings and reference data,
backgrounds, exports and the audit log, and the care-centre desk."""

from __future__ import annotations

from carebot_desktop.services.access.policy import Area
from carebot_desktop.services.api import Day, Row, When


class MessagesApi(Area):
    def create_message(self, message_data: Row) -> int:
        return self._db.messages.create_message(message_data)

    def get_new_received_messages(
        self,
        to_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.messages.get_new_received_messages(to_id, start_time, end_time, time_order)

    def get_all_received_messages(
        self,
        to_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.messages.get_all_received_messages(to_id, start_time, end_time, time_order)

    def get_all_sent_messages(
        self,
        from_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.messages.get_all_sent_messages(from_id, start_time, end_time, time_order)

    def get_message_digest(
        self, user_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> dict[str, tuple[int, int, int]]:
        return self._db.messages.get_message_digest(user_id, start_time, end_time)

    def get_one_message(self, message_id: int) -> Row:
        return self._db.messages.get_one_message(message_id)

    def check_read_message(self, message_id: int) -> bool:
        return self._db.messages.check_read_message(message_id)

    def delete_message(self, message_id: int) -> bool:
        return self._db.messages.delete_message(message_id)


class ToolsApi(Area):
    def get_all_master_region(self) -> list[Row]:
        return self._db.tools.get_all_master_region()

    def get_all_sub_region(self, master_region: str | None = None) -> list[Row]:
        return self._db.tools.get_all_sub_region(master_region)

    def get_news(self, target_date: Day) -> dict[str, list[Row]]:
        return self._db.tools.get_news(target_date)

    def create_settings(self, settings_data: Row) -> str:
        return self._db.tools.create_settings(settings_data)

    def get_settings(self, family_id: str) -> Row:
        return self._db.tools.get_settings(family_id)

    def update_settings(self, family_id: str, updated_settings: Row) -> bool:
        return self._db.tools.update_settings(family_id, updated_settings)

    def delete_settings(self, family_id: str) -> bool:
        return self._db.tools.delete_settings(family_id)


class BackgroundsApi(Area):
    def add_background(self, background_data: Row) -> int:
        return self._db.backgrounds.add_background(background_data)

    def get_backgrounds(self, family_id: str) -> list[Row]:
        return self._db.backgrounds.get_backgrounds(family_id)

    def get_latest_background(self, family_id: str) -> Row:
        return self._db.backgrounds.get_latest_background(family_id)

    def get_one_background(self, background_id: int) -> Row:
        return self._db.backgrounds.get_one_background(background_id)

    def delete_background(self, background_id: int) -> bool:
        return self._db.backgrounds.delete_background(background_id)


class AuditApi(Area):
    def record_export(self, family_ids: list[str], kind: str, reason: str) -> int:
        """Before health data leaves the application (PDF, print, CSV): the reason and
        an audit entry per family, or an error and nothing is exported."""
        families_ = self._family_ids()
        count = self._db.security.add_export(self._actor.user_id, families_, kind, reason)
        self._api.record_many(self._actor, "export", "family", families_, f"export_{kind}")
        return count

    def get_my_exports(self, limit: int = 100) -> list[Row]:
        """What one exported, newest first, with the reasons given."""
        return self._db.security.get_exports(self._actor.user_id, limit)

    def get_audit_log(
        self,
        start_time: When | None = None,
        end_time: When | None = None,
        *,
        actor_id: str | None = None,
        target_id: str | None = None,
        time_order: str = "desc",
        limit: int = 1000,
    ) -> list[Row]:
        self._api.record(self._actor, "view", "audit", None, "get_audit_log")
        self._api.audit_log.flush()  # what is batched is part of the log, this read too
        return self._db.security.get_audit_log(
            start_time,
            end_time,
            actor_id=actor_id,
            target_id=target_id,
            time_order=time_order,
            limit=limit,
        )


class DeskApi(Area):
    """The care-centre desk: every family of the user at once, in a fixed number of
    statements (one permission check, one audit statement) whatever their number."""

    def snapshot(self, family_ids: list[str] | None = None) -> Row:
        """See ``Desk.snapshot``; ``None``: every family the user may read."""
        family_ids = self._family_ids()
        snapshot = self._db.desk.snapshot(family_ids)
        self._api.record_many(self._actor, "view", "family", family_ids, "desk_snapshot")
        return snapshot

    def signature(self) -> Row:
        """Whether the desk changed (``Desk.signature`` of one's own families and
        messages): counts and indexes only, no health data, so not audited."""
        actor = self._actor
        if actor.is_system:
            family_ids = [f["id"] for f in self._db.families.get_all_families()]
            managed = family_ids
        else:
            family_ids = sorted(actor.families)
            managed = sorted(actor.main_of)
        return self._db.desk.signature(family_ids, actor.user_id, managed)
