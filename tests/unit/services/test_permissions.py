"""The permission matrix: every function of ``as_user`` x system / main / member / outsider."""

from __future__ import annotations

import inspect
from datetime import timedelta

import pytest

import carebot_desktop.services.access as access
from carebot_desktop.data import Database, NotFoundError, PermissionDeniedError
from tests.unit.services.conftest import HASH, T0, World, sign_in

ROLES = ("system", "main", "member", "outsider")
READERS = {"system", "main", "member"}
SYSTEM = {"system"}
EVERYONE = set(ROLES)
START = T0 - timedelta(days=1)

# (area, function, call(api, world, caller role), roles allowed, prepare(db, world) or None)
STATUS_VALUES = {
    "home": {"temperature": 20.0},
    "health": {"heart_rate": 72},
    "active": {"score": 40},
    "mental": {"score": 55},
}


def _request(db, w, user_id):
    w.join_request = db.members.request_to_join({"family_id": w.family, "user_id": user_id})


def _status_rows():
    rows = []
    for kind, values in STATUS_VALUES.items():
        rows += [
            (
                "status",
                f"create_{kind}_status",
                lambda api, w, r, v=values, k=kind: getattr(api.status, f"create_{k}_status")(
                    {"family_id": w.family, **v}
                ),
                SYSTEM,
                None,
            ),
            (
                "status",
                f"get_{kind}_status",
                lambda api, w, r, k=kind: getattr(api.status, f"get_{k}_status")(w.family, START),
                READERS,
                None,
            ),
            (
                "status",
                f"get_latest_{kind}_status",
                lambda api, w, r, k=kind: getattr(api.status, f"get_latest_{k}_status")(w.family),
                READERS,
                None,
            ),
            (
                "status",
                f"delete_latest_{kind}_status",
                lambda api, w, r, k=kind: getattr(api.status, f"delete_latest_{k}_status")(
                    w.family
                ),
                SYSTEM,
                None,
            ),
        ]
    return rows


def _add_contact(db: Database, w: World) -> None:
    w.contact = db.contacts.add_contact(w.family, {"name": "아들", "phone": "010-1234-5678"})


def _delete_settings(db: Database, w: World) -> None:
    db.tools.delete_settings(w.family)


def _hand_over(db: Database, w: World) -> None:
    w.handover = db.care.hand_over("야간 특이사항 없음", by=w.ids["main"])


MATRIX = [
    ("accounts", "get_all_email", lambda api, w, r: api.accounts.get_all_email(), SYSTEM, None),
    (
        "accounts",
        "create_account",
        lambda api, w, r: api.accounts.create_account(
            {"email": "new@carebot.test", "password": HASH, "role": "sub"}
        ),
        SYSTEM,
        None,
    ),
    (
        "accounts",
        "get_all_accounts",
        lambda api, w, r: api.accounts.get_all_accounts(),
        SYSTEM,
        None,
    ),
    (
        "accounts",
        "get_one_account",
        lambda api, w, r: api.accounts.get_one_account(w.ids["main"]),
        {"system", "main"},
        None,
    ),
    (
        "accounts",
        "get_id_from_email",
        lambda api, w, r: api.accounts.get_id_from_email(w.emails["main"]),
        {"system", "main"},
        None,
    ),
    (
        "accounts",
        "get_hashed_password",
        lambda api, w, r: api.accounts.get_hashed_password(w.ids["main"]),
        SYSTEM,
        None,
    ),
    (
        "accounts",
        "update_one_account",
        lambda api, w, r: api.accounts.update_one_account(w.ids["main"], {"user_name": "새이름"}),
        {"system", "main"},
        None,
    ),
    (
        "accounts",
        "deletion_summary",
        lambda api, w, r: api.accounts.deletion_summary(w.ids["main"]),
        {"system", "main"},
        None,
    ),
    (
        "accounts",
        "delete_one_account",
        lambda api, w, r: api.accounts.delete_one_account(w.ids["member"]),
        {"system", "member"},
        None,
    ),
    (
        "families",
        "main_id_to_family_id",
        lambda api, w, r: api.families.main_id_to_family_id(w.ids["main"]),
        READERS,
        None,
    ),
    (
        "families",
        "create_family",
        lambda api, w, r: api.families.create_family({"main_user": w.free_main}),
        SYSTEM,
        None,
    ),
    (
        "families",
        "get_all_families",
        lambda api, w, r: api.families.get_all_families(),
        EVERYONE,
        None,
    ),
    (
        "families",
        "find_family",
        lambda api, w, r: api.families.find_family(
            "main님", "1941-03-02", "female", "서울특별시 종로구"
        ),
        EVERYONE,
        None,
    ),
    (
        "families",
        "get_family_people",
        lambda api, w, r: api.families.get_family_people(w.family),
        READERS,
        None,
    ),
    (
        "families",
        "get_one_family",
        lambda api, w, r: api.families.get_one_family(w.family),
        READERS,
        None,
    ),
    (
        "families",
        "update_one_family",
        lambda api, w, r: api.families.update_one_family(w.family, {"family_name": "새 이름"}),
        {"system", "main"},
        None,
    ),
    (
        "families",
        "delete_one_family",
        lambda api, w, r: api.families.delete_one_family(w.family),
        {"system", "main"},
        None,
    ),
    (
        "members",
        "create_member",
        lambda api, w, r: api.members.create_member(
            {"family_id": w.family, "user_id": w.free_sub, "nickname": "조카"}
        ),
        {"system", "main"},
        None,
    ),
    (
        "members",
        "request_to_join",
        # sub accounts ask for a family they are not in; main and system accounts never ask
        lambda api, w, r: api.members.request_to_join(
            w.other_family if r == "member" else w.family, "조카"
        ),
        {"member", "outsider"},
        None,
    ),
    (
        "members",
        "get_join_requests",
        lambda api, w, r: api.members.get_join_requests(w.family),
        {"system", "main"},
        None,
    ),
    (
        "members",
        "get_my_join_requests",
        lambda api, w, r: api.members.get_my_join_requests(),
        EVERYONE,
        None,
    ),
    (
        "members",
        "approve_join_request",
        lambda api, w, r: api.members.approve_join_request(w.join_request),
        {"system", "main"},
        lambda db, w: _request(db, w, w.free_sub),
    ),
    (
        "members",
        "deny_join_request",
        lambda api, w, r: api.members.deny_join_request(w.join_request),
        {"system", "main"},
        lambda db, w: _request(db, w, w.free_sub),
    ),
    (
        "members",
        "withdraw_join_request",
        lambda api, w, r: api.members.withdraw_join_request(w.join_request),
        {"outsider"},
        lambda db, w: _request(db, w, w.ids["outsider"]),
    ),
    (
        "members",
        "get_all_members",
        lambda api, w, r: api.members.get_all_members(family_id=w.family),
        READERS,
        None,
    ),
    (
        "members",
        "get_one_member",
        lambda api, w, r: api.members.get_one_member(w.member_relation),
        READERS,
        None,
    ),
    (
        "members",
        "update_one_member",
        lambda api, w, r: api.members.update_one_member(w.member_relation, {"nickname": "큰딸"}),
        READERS,
        None,
    ),
    (
        "members",
        "delete_one_member",
        lambda api, w, r: api.members.delete_one_member(w.member_relation),
        READERS,
        None,
    ),
    (
        "auth",
        "create_session",
        lambda api, w, r: api.auth.create_session({"user_id": w.ids["main"]}),
        SYSTEM,
        None,
    ),
    (
        "auth",
        "delete_session",
        lambda api, w, r: api.auth.delete_session(w.tokens["member"]),
        {"system", "member"},
        None,
    ),
    (
        "auth",
        "check_current_user",
        lambda api, w, r: api.auth.check_current_user(w.tokens["member"]),
        {"system", "member"},
        None,
    ),
    (
        "auth",
        "change_password",
        lambda api, w, r: api.auth.change_password(w.ids["member"], HASH),
        SYSTEM,
        None,
    ),
    (
        "auth",
        "get_login_session",
        lambda api, w, r: api.auth.get_login_session(w.tokens["member"]),
        {"system", "member"},
        None,
    ),
    (
        "auth",
        "cleanup_login_sessions",
        lambda api, w, r: api.auth.cleanup_login_sessions(),
        SYSTEM,
        None,
    ),
    (
        "auth",
        "record_auto_login",
        lambda api, w, r: api.auth.record_auto_login(w.tokens["member"]),
        {"system", "member"},
        None,
    ),
    *_status_rows(),
    (
        "status",
        "create_mental_report",
        lambda api, w, r: api.status.create_mental_report(
            {"family_id": w.family, "start_time": T0, "end_time": T0}
        ),
        SYSTEM,
        None,
    ),
    (
        "status",
        "get_mental_reports",
        lambda api, w, r: api.status.get_mental_reports(w.family, START),
        READERS,
        None,
    ),
    (
        "status",
        "get_latest_mental_reports",
        lambda api, w, r: api.status.get_latest_mental_reports(w.family),
        READERS,
        None,
    ),
    (
        "status",
        "delete_latest_mental_reports",
        lambda api, w, r: api.status.delete_latest_mental_reports(w.family),
        SYSTEM,
        None,
    ),
    (
        "status",
        "get_status_digest",
        lambda api, w, r: api.status.get_status_digest("health", w.family, START),
        READERS,
        None,
    ),
    (
        "status",
        "get_status_series",
        lambda api, w, r: api.status.get_status_series(w.family, "heart_rate", START),
        READERS,
        None,
    ),
    (
        "status",
        "get_status_series_many",
        lambda api, w, r: api.status.get_status_series_many(w.family, ["heart_rate"], START),
        READERS,
        None,
    ),
    (
        "status",
        "fold_rollups",
        lambda api, w, r: api.status.fold_rollups(),
        ROLES,
        None,
    ),
    (
        "messages",
        "create_message",
        lambda api, w, r: api.messages.create_message(
            {"from_id": w.ids["member"], "to_id": w.ids["main"], "content": "안녕"}
        ),
        {"system", "member"},
        None,
    ),
    (
        "messages",
        "get_new_received_messages",
        lambda api, w, r: api.messages.get_new_received_messages(w.ids["main"]),
        {"system", "main"},
        None,
    ),
    (
        "messages",
        "get_all_received_messages",
        lambda api, w, r: api.messages.get_all_received_messages(w.ids["main"]),
        {"system", "main"},
        None,
    ),
    (
        "messages",
        "get_all_sent_messages",
        lambda api, w, r: api.messages.get_all_sent_messages(w.ids["member"]),
        {"system", "member"},
        None,
    ),
    (
        "messages",
        "get_message_digest",
        lambda api, w, r: api.messages.get_message_digest(w.ids["member"]),
        {"system", "member"},
        None,
    ),
    (
        "messages",
        "get_one_message",
        lambda api, w, r: api.messages.get_one_message(w.message),
        READERS,
        None,
    ),
    (
        "messages",
        "check_read_message",
        lambda api, w, r: api.messages.check_read_message(w.message),
        {"system", "main"},
        None,
    ),
    (
        "messages",
        "delete_message",
        lambda api, w, r: api.messages.delete_message(w.message),
        SYSTEM,
        None,
    ),
    (
        "notifications",
        "create_notification",
        lambda api, w, r: api.notifications.create_notification(
            {"family_id": w.family, "description": "화재감지"}
        ),
        SYSTEM,
        None,
    ),
    (
        "notifications",
        "get_new_notifications",
        lambda api, w, r: api.notifications.get_new_notifications(w.family),
        READERS,
        None,
    ),
    (
        "notifications",
        "get_all_notifications",
        lambda api, w, r: api.notifications.get_all_notifications(w.family),
        READERS,
        None,
    ),
    (
        "notifications",
        "get_notifications_after",
        lambda api, w, r: api.notifications.get_notifications_after([w.family], 0),
        READERS,
        None,
    ),
    (
        "notifications",
        "get_notifications_list",
        lambda api, w, r: api.notifications.get_notifications_list([w.family]),
        READERS,
        None,
    ),
    (
        "notifications",
        "get_unread_notifications",
        lambda api, w, r: api.notifications.get_unread_notifications([w.family]),
        READERS,
        None,
    ),
    (
        "notifications",
        "get_notification_digest",
        lambda api, w, r: api.notifications.get_notification_digest(w.family),
        READERS,
        None,
    ),
    (
        "notifications",
        "latest_notification_index",
        lambda api, w, r: api.notifications.latest_notification_index([w.family]),
        READERS,
        None,
    ),
    (
        "notifications",
        "get_acknowledgements",
        lambda api, w, r: api.notifications.get_acknowledgements(w.family),
        READERS,
        None,
    ),
    (
        "notifications",
        "get_one_notification",
        lambda api, w, r: api.notifications.get_one_notification(w.notification),
        READERS,
        None,
    ),
    (
        "notifications",
        "check_read_notification",
        lambda api, w, r: api.notifications.check_read_notification(w.notification),
        READERS,
        None,
    ),
    (
        "notifications",
        "delete_notification",
        lambda api, w, r: api.notifications.delete_notification(w.notification),
        SYSTEM,
        None,
    ),
    (
        "tools",
        "get_all_master_region",
        lambda api, w, r: api.tools.get_all_master_region(),
        EVERYONE,
        None,
    ),
    (
        "tools",
        "get_all_sub_region",
        lambda api, w, r: api.tools.get_all_sub_region("서울특별시"),
        EVERYONE,
        None,
    ),
    ("tools", "get_news", lambda api, w, r: api.tools.get_news("2025-02-12"), EVERYONE, None),
    (
        "tools",
        "create_settings",
        lambda api, w, r: api.tools.create_settings({"family_id": w.family}),
        {"system", "main"},
        _delete_settings,
    ),
    ("tools", "get_settings", lambda api, w, r: api.tools.get_settings(w.family), READERS, None),
    (
        "tools",
        "update_settings",
        lambda api, w, r: api.tools.update_settings(w.family, {"is_alarm_enabled": True}),
        {"system", "main"},
        None,
    ),
    (
        "tools",
        "delete_settings",
        lambda api, w, r: api.tools.delete_settings(w.family),
        {"system", "main"},
        None,
    ),
    (
        "backgrounds",
        "add_background",
        lambda api, w, r: api.backgrounds.add_background(
            {
                "family_id": w.family,
                "uploader_id": w.ids[r],
                "image_url": "https://img.carebot.test/2.jpg",
            }
        ),
        READERS,
        None,
    ),
    (
        "backgrounds",
        "get_backgrounds",
        lambda api, w, r: api.backgrounds.get_backgrounds(w.family),
        READERS,
        None,
    ),
    (
        "backgrounds",
        "get_latest_background",
        lambda api, w, r: api.backgrounds.get_latest_background(w.family),
        READERS,
        None,
    ),
    (
        "backgrounds",
        "get_one_background",
        lambda api, w, r: api.backgrounds.get_one_background(w.background),
        READERS,
        None,
    ),
    (
        "backgrounds",
        "delete_background",
        lambda api, w, r: api.backgrounds.delete_background(w.background),
        READERS,
        None,
    ),
    ("audit", "get_audit_log", lambda api, w, r: api.audit.get_audit_log(), SYSTEM, None),
    (
        "audit",
        "record_export",
        lambda api, w, r: api.audit.record_export([w.family], "csv", "의사 진료 준비"),
        READERS,
        None,
    ),
    ("audit", "get_my_exports", lambda api, w, r: api.audit.get_my_exports(), ROLES, None),
    ("desk", "snapshot", lambda api, w, r: api.desk.snapshot([w.family]), READERS, None),
    # watching the elder: the family's people read; only the main user sets the window
    ("watch", "usual", lambda api, w, r: api.watch.usual([w.family]), READERS, None),
    ("watch", "sleep_window", lambda api, w, r: api.watch.sleep_window(w.family), READERS, None),
    (
        "watch",
        "set_sleep_window",
        lambda api, w, r: api.watch.set_sleep_window(w.family, "22:00", "06:30"),
        {"system", "main"},
        None,
    ),
    # emergency contacts: the family's main user and members
    (
        "contacts",
        "get_contacts",
        lambda api, w, r: api.contacts.get_contacts(w.family),
        READERS,
        None,
    ),
    (
        "contacts",
        "add_contact",
        lambda api, w, r: api.contacts.add_contact(
            w.family, {"name": "딸", "phone": "010-1111-2222"}
        ),
        READERS,
        None,
    ),
    (
        "contacts",
        "update_contact",
        lambda api, w, r: api.contacts.update_contact(w.contact, {"phone": "010 3333 4444"}),
        READERS,
        _add_contact,
    ),
    (
        "contacts",
        "delete_contact",
        lambda api, w, r: api.contacts.delete_contact(w.contact),
        READERS,
        _add_contact,
    ),
    ("desk", "signature", lambda api, w, r: api.desk.signature(), ROLES, None),
    # care: whoever reads the family's notifications (w.notification is a crit alert)
    ("care", "take", lambda api, w, r: api.care.take(w.notification), READERS, None),
    (
        "care",
        "resolve",
        lambda api, w, r: api.care.resolve(w.notification, "elder_fine", "괜찮으심"),
        READERS,
        None,
    ),
    ("care", "state", lambda api, w, r: api.care.state(w.notification), READERS, None),
    ("care", "open_alerts", lambda api, w, r: api.care.open_alerts(), EVERYONE, None),
    ("care", "escalate", lambda api, w, r: api.care.escalate(), EVERYONE, None),
    ("care", "release", lambda api, w, r: api.care.release(), EVERYONE, None),
    ("care", "expire_holds", lambda api, w, r: api.care.expire_holds(), EVERYONE, None),
    # (a care-centre account on the shared URL runs the checks; anyone else: None, nothing)
    ("care", "watch_check", lambda api, w, r: api.care.watch_check(), EVERYONE, None),
    ("care", "alarms", lambda api, w, r: api.care.alarms(), EVERYONE, None),
    (
        "care",
        "add_note",
        lambda api, w, r: api.care.add_note(w.family, "식사 잘 하심"),
        READERS,
        None,
    ),
    ("care", "notes", lambda api, w, r: api.care.notes(w.family), READERS, None),
    # (the outsider watches a family of its own)
    (
        "care",
        "hand_over",
        lambda api, w, r: api.care.hand_over("야간 특이사항 없음"),
        EVERYONE,
        None,
    ),
    ("care", "handovers", lambda api, w, r: api.care.handovers(), EVERYONE, None),
    ("care", "shift_summary", lambda api, w, r: api.care.shift_summary(START), EVERYONE, None),
    # (the main user wrote the handover: read by those who share a family with it)
    (
        "care",
        "confirm_handover",
        lambda api, w, r: api.care.confirm_handover(w.handover),
        READERS,
        _hand_over,
    ),
    (
        "care",
        "handover_reads",
        lambda api, w, r: api.care.handover_reads(w.handover),
        READERS,
        _hand_over,
    ),
]

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)


def _public(obj) -> set[str]:
    return {n for n, v in inspect.getmembers(obj) if callable(v) and not n.startswith("_")}


def test_matrix_covers_every_function_and_mirrors_the_database():
    covered = {(area, name) for area, name, *_ in MATRIX}
    api_functions = set()

    areas = {
        "accounts": access.AccountsApi,
        "families": access.FamiliesApi,
        "members": access.MembersApi,
        "auth": access.AuthApi,
        "status": access.StatusApi,
        "messages": access.MessagesApi,
        "notifications": access.NotificationsApi,
        "tools": access.ToolsApi,
        "backgrounds": access.BackgroundsApi,
        "audit": access.AuditApi,
        "desk": access.DeskApi,
        "care": access.CareApi,
        "contacts": access.ContactsApi,
        "watch": access.WatchApi,
    }
    every_area = {
        cls
        for cls in vars(access).values()
        if isinstance(cls, type) and issubclass(cls, access.Area) and cls is not access.Area
    }
    assert every_area == set(areas.values())  # a new area joins the matrix
    for area, cls in areas.items():
        api_functions |= {(area, name) for name in _public(cls)}
    assert covered == api_functions
    # every connector function of the contract is reachable through as_user
    import carebot_desktop.data.accounts as d_accounts
    import carebot_desktop.data.status as d_status

    for area, cls in (("accounts", d_accounts.Accounts), ("status", d_status.Status)):
        # get_sign_in_account (row and hash together) is the sign-in's own, never a user's
        assert _public(cls) - {"bulk_create_status", "get_sign_in_account"} <= _public(areas[area])


@SQLITE_AND_MARIADB
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("area", "name", "call", "allowed", "prepare"), MATRIX, ids=[f"{a}.{n}" for a, n, *_ in MATRIX]
)
def test_permission_matrix(db, service, world, role, area, name, call, allowed, prepare):
    if prepare is not None:
        prepare(db, world)
    api = service.as_user(world.tokens[role])
    if role in allowed:
        call(api, world, role)
    else:
        before = db.security.count_audit_entries()
        with pytest.raises(PermissionDeniedError):
            call(api, world, role)
        denied = db.security.get_audit_log(actor_id=world.ids[role], limit=1)
        assert db.security.count_audit_entries() == before + 1
        assert denied[0]["outcome"] == "denied"


@SQLITE_AND_MARIADB
def test_lists_are_filtered_to_ones_own_families(db, service, world):
    outsider = service.as_user(world.tokens["outsider"])
    assert [f["id"] for f in outsider.families.get_all_families()] == [world.other_family]
    assert {m["family_id"] for m in outsider.members.get_all_members()} == {world.other_family}
    system = service.as_user(world.tokens["system"])
    assert len(system.families.get_all_families()) == 2


@SQLITE_AND_MARIADB
def test_message_rules(db, service, world):
    member = service.as_user(world.tokens["member"])
    # the sender must be the signed-in user
    with pytest.raises(PermissionDeniedError):
        member.messages.create_message(
            {"from_id": world.ids["main"], "to_id": world.ids["member"], "content": "사칭"}
        )
    # only between a family's main user and its members
    with pytest.raises(PermissionDeniedError):
        member.messages.create_message(
            {"from_id": world.ids["member"], "to_id": world.ids["other_main"], "content": "안녕"}
        )
    second = sign_in(db, world.free_sub)
    db.members.create_member({"family_id": world.family, "user_id": world.free_sub})
    # two members of one family (a caregiver and the daughter) write to each other
    service.as_user(second).messages.create_message(
        {"from_id": world.free_sub, "to_id": world.ids["member"], "content": "언니"}
    )
    main = service.as_user(world.tokens["main"])
    index = main.messages.create_message(
        {"from_id": world.ids["main"], "to_id": world.ids["member"], "content": "그래"}
    )
    with pytest.raises(PermissionDeniedError):  # only the recipient marks read
        main.messages.check_read_message(index)
    assert member.messages.check_read_message(index) is True


@SQLITE_AND_MARIADB
def test_users_cannot_raise_their_own_role(db, service, world):
    member = service.as_user(world.tokens["member"])
    with pytest.raises(PermissionDeniedError):
        member.accounts.update_one_account(world.ids["member"], {"role": "system"})
    assert db.accounts.get_one_account(world.ids["member"])["role"] == "sub"
    main = service.as_user(world.tokens["main"])
    with pytest.raises(PermissionDeniedError):
        main.families.update_one_family(world.family, {"main_user": world.free_main})


@SQLITE_AND_MARIADB
def test_find_family_needs_every_fact_for_non_system(db, service, world):
    from carebot_desktop.data import ValidationError

    member = service.as_user(world.tokens["outsider"])
    with pytest.raises(ValidationError):
        member.families.find_family(user_name="main님")
    found = member.families.find_family("main님", "1941-03-02", "female", "서울특별시 종로구")
    assert {f["family_id"] for f in found} >= {world.family}


def test_the_policy_is_one_table_naming_every_function():
    """Every public function's check and audit are declared once, in access.RULES; a
    function without a rule cannot be defined, and no rule names a function that is gone."""
    names = set()
    for cls in vars(access).values():
        if isinstance(cls, type) and issubclass(cls, access.Area) and cls is not access.Area:
            names |= _public(cls)
    assert names == set(access.RULES)
    with pytest.raises(TypeError, match="no access rule"):

        class Sneaky(access.Area):
            def read_everything(self):
                return self._db.accounts.get_all_accounts()


# --- the same matrix through each person's own MariaDB login -----------------------------
# The database enforces the rules too (docs/deployment.md): every call a role may make
# works through that role's login, and every refusal stays a refusal. ``system`` accounts
# have no login (administrators use the administrator's URL).

LOGIN_ROLES = ("main", "member", "outsider")
# Every row, the care desk's too (its views and procedures: login_views, care_routines).
LOGIN_MATRIX = MATRIX
LOGIN_PASSWORD = "login password for tests 1"


@pytest.fixture(scope="session")
def login_urls(mariadb_url):
    """Per-person views on the shared test schema and one login per role, made once; the
    logins are mapped to each test's fresh accounts by ``logged_in``."""
    import os

    from sqlalchemy.engine import make_url

    from carebot_desktop.data import provisioning

    admin = Database(mariadb_url)
    views = provisioning.secure_database(admin)
    urls, logins = {}, []
    base = make_url(mariadb_url)
    with admin.engine.begin() as connection:
        for role in LOGIN_ROLES:
            login = f"cbt{os.getpid()}_{role}"
            logins.append(login)
            connection.exec_driver_sql(
                f"CREATE USER IF NOT EXISTS '{login}'@'%%' IDENTIFIED BY '{LOGIN_PASSWORD}'"
            )
            for statement in provisioning.grant_statements(f"'{login}'@'%'", f"`{views}`"):
                connection.exec_driver_sql(statement.replace("%", "%%"))
            urls[role] = base.set(username=login, password=LOGIN_PASSWORD, database=views)
    databases = {role: Database(url, ping_after_idle=0) for role, url in urls.items()}
    yield {"databases": databases, "logins": dict(zip(LOGIN_ROLES, logins, strict=True))}
    for database in databases.values():
        database.dispose()
    with admin.engine.begin() as connection:
        for login in logins:
            connection.exec_driver_sql(f"DROP USER IF EXISTS '{login}'@'%%'")
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{views}`")
    admin.dispose()


@pytest.mark.mariadb
@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
@pytest.mark.parametrize("role", LOGIN_ROLES)
@pytest.mark.parametrize(
    ("area", "name", "call", "allowed", "prepare"),
    LOGIN_MATRIX,
    ids=[f"{a}.{n}" for a, n, *_ in LOGIN_MATRIX],
)
def test_permission_matrix_through_logins(
    db, world, login_urls, role, area, name, call, allowed, prepare
):
    from sqlalchemy import text

    from carebot_desktop.services import CarebotService
    from tests.unit.services.conftest import TEST_COST

    with db.transaction() as session:
        session.execute(
            text("INSERT INTO desktop_db_logins (login, account_id, host) VALUES (:l, :a, '%')"),
            {"l": login_urls["logins"][role], "a": world.ids[role]},
        )
    if prepare is not None:
        prepare(db, world)
    if name == "create_member":  # through a login one adds only a person who asked
        db.members.request_to_join({"family_id": world.family, "user_id": world.free_sub})
    login_db = login_urls["databases"][role]
    assert login_db.secured
    api = CarebotService(login_db, None, bcrypt_cost=TEST_COST).as_user(world.tokens[role])
    if role in allowed:
        call(api, world, role)
    else:
        before = db.security.count_audit_entries()
        with pytest.raises((PermissionDeniedError, NotFoundError)) as refused:
            call(api, world, role)
        if isinstance(refused.value, NotFoundError):
            # Another family's row is out of the login's sight: it is not even found.
            assert role == "outsider" or name.endswith("_join_request")
        else:
            assert db.security.count_audit_entries() == before + 1
