"""A care-centre desk runs the watcher's checks itself (``CareApi.watch_check``; the
contract's "Watching the elder"): the same ``watch.check`` the headless watcher runs, so
that a care centre with no watcher running still gets the derived alerts while a desk is
open. Each alert is raised once per episode however many desks and watchers check.

Only a writer checks: a system (care-centre) account on the shared URL. A person's own
MariaDB login (``Database.secured``) cannot write the derived alerts, and a family's
people or a caregiver see only their own families, while a check evaluates every family:
for them the call does nothing and says so (None), and the desk stops asking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from carebot_desktop.services.api import Row, When

if TYPE_CHECKING:
    from carebot_desktop.services.access.policy import Actor
    from carebot_desktop.services.access.user_api import UserApi

OPERATION = "watch_check"


def may_check(api: UserApi, actor: Actor) -> bool:
    """A system account on the shared (not per-person) URL."""
    return actor.is_system and not api.db.secured


def check(api: UserApi, actor: Actor, now: When | None = None) -> list[Row] | None:
    """``watch.check`` as ``actor`` (None: not a writer, nothing done); an audit entry per
    family an alert was raised for."""
    if not may_check(api, actor):
        return None
    # Here, not at import: ``services.watch`` imports the data layer's detector, which
    # the access layer (imported by ``services/__init__``) does not need otherwise.
    from carebot_desktop.services import watch

    raised = [dict(row) for row in watch.check(api.db, now)]
    families = sorted({str(row["family_id"]) for row in raised})
    api.record_many(actor, "create", "family", families, OPERATION)
    return raised
