"""Watching the elder (``CONTRACT.md``, "Watching the elder"): alerts derived from what
the robot did not report and from the elder's own usual.

    from carebot_desktop.services import watch
    raised = watch.check(db, now=None)

``db`` is a :class:`~carebot_desktop.data.Database` on the care centre's shared
credentials (the watcher's, or a care-centre desk's). The rules are in
:mod:`carebot_desktop.data.watch_rules`; their thresholds and sources in
``docs/watching.md``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from carebot_desktop.data import Database
from carebot_desktop.data.watch_rules import KINDS, LABELS

__all__ = ["KINDS", "LABELS", "check"]


def check(db: Database, now: datetime | str | None = None) -> list[dict[str, Any]]:
    """Evaluate every family as of ``now`` (naive UTC; None: the database's clock; rows
    reported after it are ignored), raise each derived alert at most once however many
    watchers run, and return what this call raised:
    ``[{"index", "family_id", "kind", "grade", "since"}]``."""
    return db.watch.check(now)
