"""Joining a family with its consent: knowing the elder's details is not enough.

The probes of issue 10: a stranger found the family by name, gender and address, tried
birth dates one after another, joined with ``create_member`` and read the alerts."""

from __future__ import annotations

import pytest

from carebot_desktop.data import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.errors import ThrottledError
from carebot_desktop.data.login_views import FIND_FAMILY_LIMIT
from carebot_desktop.services.desk_watch import DeskWatch
from tests.unit.services.conftest import sign_in

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)
ELDER = ("main님", "1941-03-02", "female", "서울특별시 종로구")


@SQLITE_AND_MARIADB
def test_a_stranger_cannot_add_themself_to_a_family(db, service, world):
    stranger = service.as_user(world.tokens["outsider"])
    with pytest.raises(PermissionDeniedError):
        stranger.members.create_member(
            {"family_id": world.family, "user_id": world.ids["outsider"]}
        )
    assert world.family not in {
        m["family_id"]
        for m in db.members.get_all_members()
        if m["user_id"] == world.ids["outsider"]
    }
    # asking grants nothing: no alerts, no acknowledging, no messages to the elder
    stranger.members.request_to_join(world.family, "아들")
    with pytest.raises(PermissionDeniedError):
        stranger.notifications.get_all_notifications(world.family)
    with pytest.raises(PermissionDeniedError):
        stranger.notifications.check_read_notification(world.notification)
    with pytest.raises(PermissionDeniedError):
        stranger.messages.create_message(
            {"from_id": world.ids["outsider"], "to_id": world.ids["main"], "content": "돈 보내줘"}
        )
    assert db.notifications.get_one_notification(world.notification)["is_read"] is False


@SQLITE_AND_MARIADB
def test_find_family_tells_only_what_a_request_needs(service, world):
    found = service.as_user(world.tokens["outsider"]).families.find_family(*ELDER)
    assert found == [{"family_id": world.family, "family_name": "F"}]
    # a system account (the care centre's administrator) sees the whole row
    [full] = service.as_user(world.tokens["system"]).families.find_family(*ELDER)
    assert full["account_birth_date"].isoformat() == "1941-03-02"


@SQLITE_AND_MARIADB
def test_find_family_is_throttled_per_account(db, service, world):
    stranger = service.as_user(world.tokens["outsider"])
    for year in range(1930, 1930 + FIND_FAMILY_LIMIT):
        assert stranger.families.find_family(ELDER[0], f"{year}-01-01", *ELDER[2:]) == []
    with pytest.raises(ThrottledError) as refused:
        stranger.families.find_family(*ELDER)  # even the right date is not tried
    assert refused.value.retry_after > 0
    # the refusal is audited, and other accounts are not slowed by this one
    last = db.security.get_audit_log(actor_id=world.ids["outsider"], limit=1)[0]
    assert (last["operation"], last["outcome"]) == ("find_family", "throttled")
    assert service.as_user(world.tokens["member"]).families.find_family(*ELDER)


@SQLITE_AND_MARIADB
def test_the_family_approves_and_the_requester_becomes_a_member(db, service, world):
    requester = service.as_user(world.tokens["outsider"])
    main = service.as_user(world.tokens["main"])
    request = requester.members.request_to_join(world.family, "조카")
    with pytest.raises(ConflictError):  # one waiting request per family
        requester.members.request_to_join(world.family, "조카")
    [mine] = requester.members.get_my_join_requests()
    assert (mine["index"], mine["family_name"], mine["status"]) == (request, "F", "pending")
    # a member of the family is not the one who decides
    with pytest.raises(PermissionDeniedError):
        service.as_user(world.tokens["member"]).members.get_join_requests(world.family)
    with pytest.raises(PermissionDeniedError):
        service.as_user(world.tokens["member"]).members.approve_join_request(request)
    with pytest.raises(PermissionDeniedError):  # nor the requester
        requester.members.approve_join_request(request)
    member_id = main.members.approve_join_request(request)
    assert db.members.get_one_member(member_id)["nickname"] == "조카"
    assert requester.families.get_one_family(world.family)["id"] == world.family
    assert requester.members.get_my_join_requests() == []
    with pytest.raises(ConflictError):  # decided once
        main.members.deny_join_request(request)
    decided = db.members.get_join_requests(family_id=world.family, status="approved")
    assert decided[0]["decided_by"] == world.ids["main"]
    with pytest.raises(ConflictError):  # a member does not ask again
        requester.members.request_to_join(world.family)


@SQLITE_AND_MARIADB
def test_a_denied_or_withdrawn_request_grants_nothing(service, world):
    requester = service.as_user(world.tokens["outsider"])
    main = service.as_user(world.tokens["main"])
    first = requester.members.request_to_join(world.family)
    assert main.members.deny_join_request(first) is True
    with pytest.raises(PermissionDeniedError):
        requester.families.get_one_family(world.family)
    second = requester.members.request_to_join(world.family)  # may ask again later
    with pytest.raises(PermissionDeniedError):  # only the requester withdraws
        service.as_user(world.tokens["member"]).members.withdraw_join_request(second)
    assert requester.members.withdraw_join_request(second) is True
    assert main.members.get_join_requests(world.family) == []
    with pytest.raises(ConflictError):
        main.members.approve_join_request(second)


@SQLITE_AND_MARIADB
def test_only_sub_accounts_ask_and_bad_input_writes_nothing(db, service, world):
    with pytest.raises(PermissionDeniedError):
        service.as_user(world.tokens["other_main"]).members.request_to_join(world.family)
    requester = service.as_user(world.tokens["outsider"])
    for family_id, nickname in (("F" * 17, None), (None, None), (world.family, "x" * 33)):
        with pytest.raises(ValidationError):
            requester.members.request_to_join(family_id, nickname)
    with pytest.raises(ValidationError):
        requester.members.request_to_join("Fnosuchfamily00")
    for bad in (0, -1, "1", True, None):
        with pytest.raises((ValidationError, NotFoundError)):
            service.as_user(world.tokens["main"]).members.approve_join_request(bad)
    assert db.members.get_join_requests(status=None) == []


@SQLITE_AND_MARIADB
def test_the_main_user_is_told_and_the_requester_sees_the_answer(service, world):
    main_watch = DeskWatch(service.as_user(world.tokens["main"]))
    requester = service.as_user(world.tokens["outsider"])
    asker_watch = DeskWatch(requester)
    main_watch.check()
    asker_watch.check()
    request = requester.members.request_to_join(world.family, "조카")
    assert main_watch.check().join_requests
    assert not main_watch.check()
    asker_watch.check()
    service.as_user(world.tokens["main"]).members.approve_join_request(request)
    assert asker_watch.check().memberships
    assert main_watch.check().memberships  # the waiting list emptied


@SQLITE_AND_MARIADB
def test_a_family_of_ones_own_needs_no_request(db, service, world):
    """A new sub account with no family yet can still ask (the desktop's first run)."""
    token = sign_in(db, world.free_sub)
    newcomer = service.as_user(token)
    assert newcomer.families.get_all_families() == []
    newcomer.members.request_to_join(world.family)
    assert [r["family_id"] for r in newcomer.members.get_my_join_requests()] == [world.family]


@SQLITE_AND_MARIADB
def test_the_change_check_counts_the_requests_waiting_for_a_decision(service, world):
    """The number behind the Members badge (issue 20), from the signature the change
    check reads anyway: said when it moves, on a first look when any wait, and with this
    PC's own decision (which the next check does not say again)."""
    from carebot_desktop.services.changes import DeskChanges, made_here

    main = service.as_user(world.tokens["main"])
    watch = DeskWatch(main)
    assert watch.check().waiting_requests() is None  # none waiting: nothing to say
    request = service.as_user(world.tokens["outsider"]).members.request_to_join(world.family)
    changed = watch.check()
    assert changed.join_requests and changed.waiting_requests() == 1
    assert not watch.check()  # the same number is not said again
    assert DeskWatch(main).check() == DeskChanges(requests_waiting=1)  # a desk signing in
    member_watch = DeskWatch(service.as_user(world.tokens["member"]))
    assert member_watch.check().waiting_requests() is None  # a member decides none
    main.members.approve_join_request(request)
    decided = made_here(main, DeskChanges(families=frozenset({world.family}), memberships=True))
    assert decided.waiting_requests() == 0
    watch.absorb(decided)
    assert not watch.check()
