"""Every public function of every data and service area answers garbage with a
CarebotError (or an ordinary answer), never another exception.

The walk is generic: it finds the functions by introspection, so a new function is
covered the day it is added. Each argument in turn gets each garbage value while the
others get plausible values (real ids of the test world where the name asks for one).
"""

from __future__ import annotations

import inspect
from datetime import datetime
from typing import Any

import pytest

from carebot_desktop.data import CarebotError, Database
from carebot_desktop.services import CarebotService
from tests.unit.services.conftest import PASSWORD

GARBAGE: list[Any] = [
    None,
    "",
    "\ud800",  # a lone surrogate: not encodable as UTF-8
    "a\x00b",
    "x" * 70_000,
    2**63,
    -(2**63) - 1,
    10**30,
    float("nan"),
    1.5,
    True,
    b"\xff\xfe",
    [],
    {"a": datetime(2025, 1, 1)},  # not JSON-able as it is
    {"\ud800": 1},
    object(),
]

# Functions that are not a data call (or reach outside the database on purpose).
SKIP = {"dispose", "create_schema", "transaction", "table_names", "engine", "url"}


def _plausible(name: str, world: Any) -> Any:
    """A value that fits a parameter by its name."""
    ids = world.ids
    if name in ("family_id",):
        return world.family
    if name in ("family_ids",):
        return [world.family]
    if name in ("user_id", "account_id", "main_id", "to_id", "from_id", "owner_id"):
        return ids["main"]
    if name in ("member_id",):
        return world.member_relation
    if name in ("message_id",):
        return world.message
    if name in ("notification_id", "index", "after_index"):
        return world.notification
    if name in ("background_id",):
        return world.background
    if name in ("session_id",):
        return world.tokens["main"]
    if name in ("start_time", "end_time", "since"):
        return "2025-01-01T00:00:00"
    if name in ("target_date",):
        return "2025-01-01"
    if name in ("time_order",):
        return "asc"
    if name in ("email",):
        return world.emails["main"]
    if name in ("password", "old_password", "new_password"):
        return PASSWORD
    if name in ("kind",):
        return "home"
    if name in ("series",):
        return "heart_rate"
    if name in ("rows",):
        return []
    if name.endswith("_data") or name.startswith("updated_") or name == "data":
        return {}
    return None


def _functions(area: Any) -> list[tuple[str, Any]]:
    found = []
    for name in dir(area):
        if name.startswith("_") or name in SKIP:
            continue
        member = getattr(area, name, None)
        if inspect.ismethod(member) or inspect.isfunction(member):
            found.append((name, member))
    return found


def _calls(fn: Any, world: Any) -> list[tuple[int, Any, dict[str, Any]]]:
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    params = [
        p
        for p in signature.parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    ]
    base = {
        p.name: (p.default if p.default is not p.empty else _plausible(p.name, world))
        for p in params
    }
    calls = []
    for position, param in enumerate(params):
        for garbage in GARBAGE:
            calls.append((position, garbage, {**base, param.name: garbage}))
    return calls


def _walk(target: Any, areas: list[str], world: Any, skip: set[str] = frozenset()) -> list[str]:
    strays = []
    for area_name in areas:
        area = getattr(target, area_name) if area_name else target
        for name, fn in _functions(area):
            if name in skip:
                continue
            for _position, garbage, kwargs in _calls(fn, world):
                try:
                    fn(**kwargs)
                except CarebotError:
                    pass
                except Exception as error:  # noqa: BLE001 - what this test looks for
                    shown = repr(garbage)[:40]
                    strays.append(
                        f"{area_name or type(target).__name__}.{name}({shown} in "
                        f"{list(kwargs)[_position]}): {type(error).__name__}: {error}"[:300]
                    )
    return strays


DATA_AREAS = [
    "accounts",
    "families",
    "members",
    "auth",
    "status",
    "messages",
    "notifications",
    "tools",
    "backgrounds",
    "security",
    "desk",
]


def test_data_areas_raise_only_carebot_errors(db: Database, world):
    strays = _walk(db, [a for a in DATA_AREAS if hasattr(db, a)], world)
    assert not strays, "\n".join(strays[:40])


def test_service_and_user_api_raise_only_carebot_errors(db: Database, world, secrets_store):
    service = CarebotService(db, secrets_store, bcrypt_cost=4)
    # Deleting or changing the world's own accounts would end the walk early.
    strays = _walk(service, [""], world, skip={"delete_account", "cleanup_expired"})
    api = service.as_user(world.tokens["system"])
    strays += _walk(api, [a for a in DATA_AREAS + ["audit"] if hasattr(api, a)], world)
    assert not strays, "\n".join(strays[:40])


@pytest.mark.parametrize("garbage", ["\ud800", 2**63, {"a": datetime(2025, 1, 1)}])
def test_the_reported_cases(db: Database, world, secrets_store, garbage):
    """The three kinds of stray exception a review found, one by one."""
    from carebot_desktop.data.errors import ValidationError

    service = CarebotService(db, secrets_store, bcrypt_cost=4)
    if isinstance(garbage, str):
        for call in (
            lambda: service.login(garbage, PASSWORD),
            lambda: service.login(world.emails["main"], garbage),
            lambda: db.messages.create_message(
                {"from_id": world.ids["member"], "to_id": world.ids["main"], "content": garbage}
            ),
        ):
            with pytest.raises(CarebotError):
                call()
    elif isinstance(garbage, int):
        with pytest.raises(CarebotError):
            db.messages.get_one_message(garbage)
        with pytest.raises(CarebotError):
            db.notifications.check_read_notification(garbage)
    else:
        with pytest.raises(ValidationError):
            db.status.create_mental_status({"family_id": world.family, "description": garbage})
