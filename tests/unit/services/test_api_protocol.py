"""UserApi is a CarebotApi: mypy checks that (``access.user_api._is_a_carebot_api``); this checks
what mypy does not, that each function of the Protocol has UserApi's own parameter names,
kinds and defaults, so a caller typed against the Protocol calls UserApi the same way."""

from __future__ import annotations

import inspect

import pytest

from carebot_desktop.services import access
from carebot_desktop.services import api as api_module

# The Protocol of each area, and UserApi's class for it.
AREAS = {
    "accounts": (api_module.AccountsArea, access.AccountsApi),
    "families": (api_module.FamiliesArea, access.FamiliesApi),
    "members": (api_module.MembersArea, access.MembersApi),
    "auth": (api_module.AuthArea, access.AuthApi),
    "status": (api_module.StatusArea, access.StatusApi),
    "messages": (api_module.MessagesArea, access.MessagesApi),
    "notifications": (api_module.NotificationsArea, access.NotificationsApi),
    "tools": (api_module.ToolsArea, access.ToolsApi),
    "backgrounds": (api_module.BackgroundsArea, access.BackgroundsApi),
    "audit": (api_module.AuditArea, access.AuditApi),
    "desk": (api_module.DeskArea, access.DeskApi),
    "care": (api_module.CareArea, access.CareApi),
    "contacts": (api_module.ContactsArea, access.ContactsApi),
    "watch": (api_module.WatchArea, access.WatchApi),
}


def _parameters(function):
    signature = inspect.signature(function)  # follows functools.wraps to the body
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def _functions(protocol: type) -> list[str]:
    return [
        name
        for name, member in vars(protocol).items()
        if inspect.isfunction(member) and not name.startswith("_")
    ]


def test_the_protocol_names_every_area_as_a_property():
    areas = {n for n, m in vars(api_module.CarebotApi).items() if isinstance(m, property)}
    assert areas == set(AREAS)
    assert "action" in _functions(api_module.CarebotApi)


@pytest.mark.parametrize("area", sorted(AREAS))
def test_each_function_has_user_apis_parameters(area):
    protocol, implementation = AREAS[area]
    names = _functions(protocol)
    assert names
    for name in names:
        assert _parameters(getattr(implementation, name)) == _parameters(getattr(protocol, name)), (
            name
        )
