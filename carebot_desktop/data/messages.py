"""Messages between an elder and the members of their family."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, case, delete, func, or_, select

from carebot_desktop.data._base import (
    Area,
    columns,
    get_or_404,
    row,
    unread,
)
from carebot_desktop.data.errors import ValidationError
from carebot_desktop.data.models import Account, Message
from carebot_desktop.data.validation import (
    Field,
    When,
    check_text_list,
    clean,
    time_window,
    to_datetime,
    utcnow,
)

MESSAGE_KEYS = columns(Message)
MESSAGE_SPEC = {
    "from_id": Field("str", required=True, nullable=False, max_len=16),
    "to_id": Field("str", required=True, nullable=False, max_len=16),
    "content": Field("text"),
    "image_url": Field("url"),
    "created_at": Field("timestamp", not_future=True),
    "is_read": Field("bool"),
}


class Messages(Area):
    def create_message(self, message_data: dict[str, Any]) -> int:
        values = clean(message_data, MESSAGE_SPEC)
        if not (values.get("content") or "").strip() and not values.get("image_url"):
            raise ValidationError("content", "a message needs text or an image")
        if values["from_id"] == values["to_id"]:
            raise ValidationError("to_id", "a message cannot be sent to oneself")
        values.setdefault("created_at", utcnow())
        values.setdefault("is_read", False)
        with self._tx() as session:
            for key in ("from_id", "to_id"):
                if session.get(Account, values[key]) is None:
                    raise ValidationError(key, "no account with this id")
            # Through a login: from oneself, to a person one shares a family with, now.
            return self._insert_row(
                session, Message, "desk_w_message_out", values, server_time="created_at"
            )

    def find_sent(
        self,
        from_id: str,
        to_id: str,
        content: str | None,
        image_url: str | None,
        since: datetime,
        until: datetime,
    ) -> int | None:
        """The index of a message exactly like this one (sender, receiver, text and
        image) written between ``since`` and ``until`` (UTC), the newest; None if there is
        none. How a message whose commit was lost with the connection is looked for
        before it is sent again (``services.access.repeat``): the shared table has no key
        the desktop could make."""
        from_id = check_text_list("from_id", [from_id])[0]
        to_id = check_text_list("to_id", [to_id])[0]
        for name, value in (("content", content), ("image_url", image_url)):
            if value is not None:
                check_text_list(name, [value])
        since, until = to_datetime(since, "since"), to_datetime(until, "until")
        query = (
            select(Message.index)
            .where(
                Message.from_id == from_id,
                Message.to_id == to_id,
                Message.content.is_(None) if content is None else Message.content == content,
                Message.image_url.is_(None)
                if image_url is None
                else Message.image_url == image_url,
                Message.created_at >= since,
                Message.created_at <= until,
            )
            .order_by(Message.index.desc())
            .limit(1)
        )
        with self._tx() as session:
            found = session.scalar(query)
        return int(found) if found is not None else None

    def _list(
        self,
        condition: ColumnElement[bool],
        start_time: When | None,
        end_time: When | None,
        time_order: str,
    ) -> list[dict[str, Any]]:
        start, end, desc = time_window(start_time, end_time, time_order, start_required=False)
        query = select(Message).where(condition, Message.created_at <= end)
        if start is not None:
            query = query.where(Message.created_at >= start)
        if desc:
            query = query.order_by(Message.created_at.desc(), Message.index.desc())
        else:
            query = query.order_by(Message.created_at.asc(), Message.index.asc())
        with self._read_tx() as session:
            return [row(m, MESSAGE_KEYS) for m in session.scalars(query)]

    def get_new_received_messages(
        self,
        to_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        return self._list(
            (Message.to_id == to_id) & unread(Message.is_read),
            start_time,
            end_time,
            time_order,
        )

    def get_all_received_messages(
        self,
        to_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        return self._list(Message.to_id == to_id, start_time, end_time, time_order)

    def get_all_sent_messages(
        self,
        from_id: str,
        start_time: When | None = None,
        end_time: When | None = None,
        time_order: str = "asc",
    ) -> list[dict[str, Any]]:
        return self._list(Message.from_id == from_id, start_time, end_time, time_order)

    def get_message_digest(
        self, user_id: str, start_time: When | None = None, end_time: When | None = None
    ) -> dict[str, tuple[int, int, int]]:
        """Per UTC day, the messages from or to ``user_id``: (count, sum of indexes, sum of
        the indexes read). A sync refetches only the days whose digest differs."""
        start, end, _ = time_window(start_time, end_time, "asc", start_required=False)
        day = func.date(Message.created_at)
        read = func.sum(case((Message.is_read.is_(True), Message.index), else_=0))
        query = select(day, func.count(), func.sum(Message.index), read).where(
            or_(Message.to_id == user_id, Message.from_id == user_id),
            Message.index > 0,
            Message.created_at <= end,
        )
        if start is not None:
            query = query.where(Message.created_at >= start)
        with self._read_tx() as session:
            return {
                str(d): (int(n), int(total or 0), int(done or 0))
                for d, n, total, done in session.execute(query.group_by(day))
            }

    def get_one_message(self, message_id: int) -> dict[str, Any]:
        with self._tx() as session:
            return row(get_or_404(session, Message, message_id, "message"), MESSAGE_KEYS)

    def check_read_message(self, message_id: int) -> bool:
        with self._tx() as session:
            message = get_or_404(session, Message, message_id, "message")
            # Through a login: only a message to oneself.
            self._update_row(
                session, message, "desk_w_message_in", "index", {"is_read": True}, "message"
            )
        return True

    def delete_message(self, message_id: int) -> bool:
        with self._tx() as session:
            message = get_or_404(session, Message, message_id, "message")
            session.execute(delete(Message).where(Message.index == message.index))
        return True
