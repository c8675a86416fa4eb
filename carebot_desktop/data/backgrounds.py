"""Background pictures the family uploads for the robot's screen."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from carebot_desktop.data._base import (
    Area,
    columns,
    get_or_404,
    row,
)
from carebot_desktop.data.errors import NotFoundError, ValidationError
from carebot_desktop.data.models import Account, Background, Family
from carebot_desktop.data.validation import Field, clean

BACKGROUND_KEYS = columns(Background)
BACKGROUND_SPEC = {
    "family_id": Field("str", required=True, nullable=False, max_len=16),
    "uploader_id": Field("str", required=True, nullable=False, max_len=16),
    "image_url": Field("url", required=True, nullable=False),
}


class Backgrounds(Area):
    def add_background(self, background_data: dict[str, Any]) -> int:
        values = clean(background_data, BACKGROUND_SPEC)
        with self._tx() as session:
            if session.get(Family, values["family_id"]) is None:
                raise ValidationError("family_id", "no family with this id")
            if session.get(Account, values["uploader_id"]) is None:
                raise ValidationError("uploader_id", "no account with this id")
            return self._insert_row(session, Background, "desk_w_background", values)

    def get_backgrounds(self, family_id: str) -> list[dict[str, Any]]:
        query = (
            select(Background)
            .where(Background.family_id == family_id)
            .order_by(Background.index.desc())
        )
        with self._tx() as session:
            return [row(b, BACKGROUND_KEYS) for b in session.scalars(query)]

    def get_latest_background(self, family_id: str) -> dict[str, Any]:
        # The original had no ORDER BY and returned an arbitrary row.
        query = (
            select(Background)
            .where(Background.family_id == family_id)
            .order_by(Background.index.desc())
            .limit(1)
        )
        with self._tx() as session:
            found = session.scalars(query).first()
            if found is None:
                raise NotFoundError("this family has no background picture", what="background")
            return row(found, BACKGROUND_KEYS)

    def get_one_background(self, background_id: int) -> dict[str, Any]:
        with self._tx() as session:
            return row(
                get_or_404(session, Background, background_id, "background"), BACKGROUND_KEYS
            )

    def delete_background(self, background_id: int) -> bool:
        with self._tx() as session:
            found = get_or_404(session, Background, background_id, "background")
            self._delete_row(session, found, "desk_w_background", "index", "background")
        return True
