"""The outbox: writes queued while offline, applied on the server exactly once."""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from typing import Any

from carebot_desktop.data.cache import CacheStore
from carebot_desktop.data.errors import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.services.api import CarebotApi

log = logging.getLogger(__name__)


def replay_outbox(api: CarebotApi, store: CacheStore, user_id: str) -> int:
    """Apply the queued writes in order, each exactly once; the number applied. Stops (and
    raises) at the first DatabaseUnavailableError: what is left is retried next time."""
    applied = 0
    for item in store.pending():
        store.mark_attempt(item["id"])
        try:
            if item["kind"] == "message":
                _deliver_message(api, user_id, item["payload"])
            elif item["kind"] == "logout":
                # Expired or ended meanwhile: the sign-out is done either way.
                with contextlib.suppress(AuthenticationError, NotFoundError, PermissionDeniedError):
                    api.auth.delete_session(item["payload"]["session_id"])
            elif item["kind"] == "ack":
                # Deleted on the server meanwhile: nothing left to acknowledge.
                with contextlib.suppress(NotFoundError):
                    api.notifications.check_read_notification(item["payload"]["index"])
        except (PermissionDeniedError, ValidationError) as error:
            log.warning("outbox item %s refused by the server: %s", item["id"], error)
            store.mark_attempt(item["id"], str(error))
        store.mark_done(item["id"])
        applied += 1
    return applied


def _deliver_message(api: CarebotApi, user_id: str, payload: dict[str, Any]) -> None:
    created = datetime.fromisoformat(payload["created_at"])
    already = [
        m
        for m in api.messages.get_all_sent_messages(user_id, created, created)
        if m["to_id"] == payload["to_id"] and m["content"] == payload.get("content")
    ]
    if already:
        return  # an earlier replay got through before the connection dropped
    data = {k: v for k, v in payload.items() if k in ("from_id", "to_id", "content", "image_url")}
    data["created_at"] = created
    api.messages.create_message(data)
