"""The health areas under their rules: status readings and notifications (alerts)."""

from __future__ import annotations

from carebot_desktop.services.access.policy import Area
from carebot_desktop.services.api import Row, When


class StatusApi(Area):
    """Reads for the family's people (audited); writes are the robot's and AI's: system."""

    def create_home_status(self, data: Row) -> int:
        return self._db.status.create_home_status(data)

    def get_home_status(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.status.get_home_status(family_id, start_time, end_time, time_order)

    def get_latest_home_status(self, family_id: str) -> Row:
        return self._db.status.get_latest_home_status(family_id)

    def delete_latest_home_status(self, family_id: str) -> bool:
        return self._db.status.delete_latest_home_status(family_id)

    def create_health_status(self, data: Row) -> int:
        return self._db.status.create_health_status(data)

    def get_health_status(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.status.get_health_status(family_id, start_time, end_time, time_order)

    def get_latest_health_status(self, family_id: str) -> Row:
        return self._db.status.get_latest_health_status(family_id)

    def delete_latest_health_status(self, family_id: str) -> bool:
        return self._db.status.delete_latest_health_status(family_id)

    def create_active_status(self, data: Row) -> int:
        return self._db.status.create_active_status(data)

    def get_active_status(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.status.get_active_status(family_id, start_time, end_time, time_order)

    def get_latest_active_status(self, family_id: str) -> Row:
        return self._db.status.get_latest_active_status(family_id)

    def delete_latest_active_status(self, family_id: str) -> bool:
        return self._db.status.delete_latest_active_status(family_id)

    def create_mental_status(self, data: Row) -> int:
        return self._db.status.create_mental_status(data)

    def get_mental_status(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.status.get_mental_status(family_id, start_time, end_time, time_order)

    def get_latest_mental_status(self, family_id: str) -> Row:
        return self._db.status.get_latest_mental_status(family_id)

    def delete_latest_mental_status(self, family_id: str) -> bool:
        return self._db.status.delete_latest_mental_status(family_id)

    def create_mental_report(self, data: Row) -> int:
        return self._db.status.create_mental_report(data)

    def get_mental_reports(
        self,
        family_id: str,
        start_time: When,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.status.get_mental_reports(family_id, start_time, end_time, time_order)

    def get_latest_mental_reports(self, family_id: str) -> Row:
        return self._db.status.get_latest_mental_reports(family_id)

    def delete_latest_mental_reports(self, family_id: str) -> bool:
        return self._db.status.delete_latest_mental_reports(family_id)

    def get_status_digest(
        self, kind: str, family_id: str, start_time: When, end_time: When | None = None
    ) -> dict[str, tuple[int, int]]:
        return self._db.status.get_status_digest(kind, family_id, start_time, end_time)

    def get_status_series(
        self,
        family_id: str,
        series: str,
        start_time: When,
        end_time: When | None = None,
        bucket_seconds: int = 300,
    ) -> list[Row]:
        return self._db.status.get_status_series(
            family_id, series, start_time, end_time, bucket_seconds
        )

    def get_status_series_many(
        self,
        family_id: str,
        series: list[str],
        start_time: When,
        end_time: When | None = None,
        bucket_seconds: int = 300,
    ) -> dict[str, list[Row]]:
        return self._db.status.get_status_series_many(
            family_id, series, start_time, end_time, bucket_seconds
        )

    def fold_rollups(self, max_rows: int | None = None) -> int:
        """Bring the chart roll-ups up to date (``Status.fold_rollups``). Any signed-in
        person's desktop may: it shows nobody anything and changes no reading."""
        return self._db.status.fold_rollups(max_rows)


class NotificationsApi(Area):
    def create_notification(self, notification_data: Row) -> int:
        return self._db.notifications.create_notification(notification_data)

    def get_new_notifications(
        self,
        family_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.notifications.get_new_notifications(
            family_id, start_time, end_time, time_order
        )

    def get_all_notifications(
        self,
        family_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[Row]:
        return self._db.notifications.get_all_notifications(
            family_id, start_time, end_time, time_order
        )

    def get_notifications_after(
        self, family_ids: list[str], after_index: int, limit: int = 500
    ) -> list[Row]:
        rows = self._db.notifications.get_notifications_after(
            self._family_ids(), after_index, limit
        )
        return self._audited_rows(rows, "get_notifications_after")

    def get_notifications_list(
        self,
        family_ids: list[str] | None = None,
        start_time: When | None = None,
        end_time: When | None = None,
        grade: str | None = None,
        unread_only: bool = False,
        limit: int = 1000,
    ) -> list[Row]:
        """The newest notifications of several families (``None``: all of one's own),
        filtered in the database, in one statement."""
        rows = self._db.notifications.get_notifications_list(
            self._family_ids(), start_time, end_time, grade, unread_only, limit
        )
        return self._audited_rows(rows, "get_notifications_list")

    def get_unread_notifications(
        self, family_ids: list[str] | None = None, grade: str | None = None, limit: int = 1000
    ) -> list[Row]:
        """Unread notifications of several families (``None``: all of one's own) in one
        statement, oldest first."""
        rows = self._db.notifications.get_unread_notifications(self._family_ids(), grade, limit)
        return self._audited_rows(rows, "get_unread_notifications")

    def get_notification_digest(
        self, family_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> dict[str, tuple[int, int, int]]:
        return self._db.notifications.get_notification_digest(family_id, start_time, end_time)

    def latest_notification_index(self, family_ids: list[str]) -> int:
        return self._db.notifications.latest_notification_index(self._family_ids())

    def get_one_notification(self, notification_id: int) -> Row:
        return self._db.notifications.get_one_notification(notification_id)

    def check_read_notification(self, notification_id: int) -> bool:
        return self._db.notifications.check_read_notification(
            notification_id, by=self._actor.user_id
        )

    def get_acknowledgements(
        self, family_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> list[Row]:
        """Who acknowledged the family's alerts of the period, and when."""
        return self._db.notifications.get_acknowledgements(family_id, start_time, end_time)

    def delete_notification(self, notification_id: int) -> bool:
        return self._db.notifications.delete_notification(notification_id)

    def _audited_rows(self, rows: list[Row], operation: str) -> list[Row]:
        """One audit entry per family whose notifications were read."""
        families = sorted({r["family_id"] for r in rows})
        self._api.record_many(self._actor, "view", "family", families, operation)
        return rows
