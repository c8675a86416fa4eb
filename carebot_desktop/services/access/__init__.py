"""Permission-checked access to the data areas, for one signed-in session.

``UserApi`` (``user_api.py``) has the same areas and function names as
:class:`~carebot_desktop.data.Database`. The policy is data: ``RULES`` (``rules.py``) names,
for every public function, who may call it and what the audit log keeps; the policy engine
(``policy.py``) applies it to every function of an area. The areas themselves are in
``people.py``, ``health.py``, ``desk.py``, ``care.py``, ``contacts.py`` and ``watch.py``; the audit entries they make are
written, or batched, by ``services.audit``.
"""

from carebot_desktop.services.access.care import CareApi
from carebot_desktop.services.access.contacts import ContactsApi
from carebot_desktop.services.access.desk import (
    AuditApi,
    BackgroundsApi,
    DeskApi,
    MessagesApi,
    ToolsApi,
)
from carebot_desktop.services.access.health import NotificationsApi, StatusApi
from carebot_desktop.services.access.people import (
    AccountsApi,
    AuthApi,
    FamiliesApi,
    MembersApi,
)
from carebot_desktop.services.access.policy import (
    ActionState,
    Actor,
    Area,
    action_of,
    checked,
    replica_ok,
    run_as_one_action,
    run_read,
)
from carebot_desktop.services.access.rules import RULES, Call, Check, Rule, linked
from carebot_desktop.services.access.user_api import UserApi
from carebot_desktop.services.access.watch import WatchApi

__all__ = [
    "RULES",
    "AccountsApi",
    "ActionState",
    "Actor",
    "Area",
    "AuditApi",
    "AuthApi",
    "BackgroundsApi",
    "Call",
    "CareApi",
    "ContactsApi",
    "Check",
    "DeskApi",
    "FamiliesApi",
    "MembersApi",
    "MessagesApi",
    "NotificationsApi",
    "Rule",
    "StatusApi",
    "ToolsApi",
    "UserApi",
    "WatchApi",
    "action_of",
    "replica_ok",
    "run_as_one_action",
    "run_read",
    "checked",
    "linked",
]
