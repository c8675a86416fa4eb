"""Reference data (regions, cached news) and the robot's settings flags."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, select

from carebot_desktop.data._base import Area, columns, get_or_404, row, write_view
from carebot_desktop.data.errors import ConflictError, ValidationError
from carebot_desktop.data.models import Family, MasterRegion, News, Settings, SubRegion
from carebot_desktop.data.validation import Field, clean, to_date

NEWS_CATEGORIES = (
    "business",
    "entertainment",
    "environment",
    "health",
    "politics",
    "science",
    "sports",
    "technology",
)
SETTINGS_KEYS = columns(Settings)
SETTINGS_FLAGS = {key: Field("bool", nullable=False) for key in SETTINGS_KEYS if key != "family_id"}


class Tools(Area):
    def get_all_master_region(self) -> list[dict[str, Any]]:
        with self._tx() as session:
            regions = session.scalars(select(MasterRegion).order_by(MasterRegion.region_name))
            return [row(r, columns(MasterRegion)) for r in regions]

    def get_all_sub_region(self, master_region: str | None = None) -> list[dict[str, Any]]:
        query = select(SubRegion).order_by(SubRegion.main_region, SubRegion.sub_region_name)
        if master_region is not None:
            query = query.where(SubRegion.main_region == master_region)
        with self._tx() as session:
            return [row(r, columns(SubRegion)) for r in session.scalars(query)]

    def get_news(self, target_date: date | str) -> dict[str, list[dict[str, Any]]]:
        """The news cached for one day, by category; every category present, maybe empty."""
        day = to_date(target_date, "target_date")
        result: dict[str, list[dict[str, Any]]] = {category: [] for category in NEWS_CATEGORIES}
        with self._tx() as session:
            for item in session.scalars(select(News).where(News.pub_date == day).order_by(News.id)):
                result.setdefault(item.category, []).append(row(item, columns(News)))
        return result

    def create_settings(self, settings_data: dict[str, Any]) -> str:
        spec = {
            "family_id": Field("str", required=True, nullable=False, max_len=16),
            **SETTINGS_FLAGS,
        }
        values = clean(settings_data, spec)
        with self._tx() as session:
            if session.get(Family, values["family_id"]) is None:
                raise ValidationError("family_id", "no family with this id")
            if session.get(Settings, values["family_id"]) is not None:
                raise ConflictError("this family has settings already", field="family_id")
            flags = {key: values.get(key, False) for key in SETTINGS_FLAGS}
            if self._db.secured:  # the main user's own family only
                session.execute(
                    insert(write_view("desk_w_settings")).values(
                        family_id=values["family_id"], **flags
                    )
                )
                return str(values["family_id"])
            session.add(Settings(family_id=values["family_id"], **flags))
        return str(values["family_id"])

    def get_settings(self, family_id: str) -> dict[str, Any]:
        with self._tx() as session:
            return row(get_or_404(session, Settings, family_id, "settings"), SETTINGS_KEYS)

    def update_settings(self, family_id: str, updated_settings: dict[str, Any]) -> bool:
        values = clean(updated_settings, SETTINGS_FLAGS, partial=True)
        with self._tx() as session:
            settings = get_or_404(session, Settings, family_id, "settings")
            # Through a login: the main user's own family only.
            self._update_row(
                session, settings, "desk_w_settings", "family_id", values, "family's settings"
            )
        return True

    def delete_settings(self, family_id: str) -> bool:
        with self._tx() as session:
            found = get_or_404(session, Settings, family_id, "settings")
            self._delete_row(session, found, "desk_w_settings", "family_id", "family's settings")
        return True
