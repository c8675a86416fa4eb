from datetime import timedelta

import pytest

from carebot_desktop.data import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
)
from tests.unit.services.conftest import PASSWORD, T0

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)


@SQLITE_AND_MARIADB
def test_reads_of_health_data_and_changes_are_audited(db, service, world):
    member = service.as_user(world.tokens["member"])
    member.status.get_health_status(world.family, T0 - timedelta(days=1))
    member.notifications.check_read_notification(world.notification)
    main = service.as_user(world.tokens["main"])
    main.tools.update_settings(world.family, {"is_camera_enabled": True})
    log = db.security.get_audit_log(time_order="asc")
    entries = [
        (e["actor_id"], e["action"], e["target_type"], e["target_id"], e["operation"], e["outcome"])
        for e in log
    ]
    assert (
        world.ids["member"],
        "view",
        "family",
        world.family,
        "get_health_status",
        "ok",
    ) in entries
    assert (
        world.ids["member"],
        "update",
        "family",
        world.family,
        "check_read_notification",
        "ok",
    ) in entries
    assert (world.ids["main"], "update", "family", world.family, "update_settings", "ok") in entries
    assert all(e["host"] == "test-host" and e["occurred_at"].microsecond == 0 for e in log)
    # never the data, never a secret: the entry has only these fields
    assert set(log[0]) == {
        "index",
        "occurred_at",
        "actor_id",
        "action",
        "target_type",
        "target_id",
        "operation",
        "outcome",
        "host",
    }


def test_a_read_repeated_within_minutes_is_recorded_once(db, service, world, monkeypatch):
    """A screen that refreshes itself records one read per person, thing and operation
    in ``AUDIT_REPEAT_SECONDS``: the first; a change, a refusal and a read after the
    window are recorded as always (issue 21: 200 entries at every overview refresh)."""
    from carebot_desktop.services import audit as audit_module

    clock = [1000.0]
    monkeypatch.setattr(audit_module.time, "monotonic", lambda: clock[0])
    member = service.as_user(world.tokens["member"])
    since = T0 - timedelta(days=1)

    def views(operation: str) -> int:
        service.flush_audit()
        return sum(
            1
            for e in db.security.get_audit_log()
            if e["actor_id"] == world.ids["member"]
            and e["operation"] == operation
            and e["outcome"] == "ok"
        )

    for _ in range(3):
        member.status.get_health_status(world.family, since)
    assert views("get_health_status") == 1
    member.notifications.check_read_notification(world.notification)
    member.notifications.check_read_notification(world.notification)
    assert views("check_read_notification") == 2  # changes: every one
    with pytest.raises(PermissionDeniedError):
        member.status.get_health_status(world.other_family, since)
    with pytest.raises(PermissionDeniedError):
        member.status.get_health_status(world.other_family, since)
    refused = [e for e in db.security.get_audit_log() if e["outcome"] != "ok"]
    assert len(refused) == 2  # refusals: every one
    clock[0] += audit_module.AUDIT_REPEAT_SECONDS + 1
    member.status.get_health_status(world.family, since)
    assert views("get_health_status") == 2  # after the window: again
    # another person's read of the same thing is theirs
    service.as_user(world.tokens["main"]).status.get_health_status(world.family, since)
    service.flush_audit()
    assert any(
        e["actor_id"] == world.ids["main"] and e["operation"] == "get_health_status"
        for e in db.security.get_audit_log()
    )


@SQLITE_AND_MARIADB
def test_only_system_reads_the_audit_log(db, service, world):
    service.as_user(world.tokens["member"]).status.get_latest_home_status(world.family)
    with pytest.raises(PermissionDeniedError):
        service.as_user(world.tokens["main"]).audit.get_audit_log()
    log = service.as_user(world.tokens["system"]).audit.get_audit_log(actor_id=world.ids["member"])
    assert [e["operation"] for e in log] == ["get_latest_home_status"]


@SQLITE_AND_MARIADB
def test_account_flows(db, service):
    elder = service.register(
        {
            "email": "elder@carebot.test",
            "password": PASSWORD,
            "role": "main",
            "user_name": "박영수",
            "birth_date": "1938-11-15",
            "gender": "male",
            "address": "부산광역시 해운대구",
        }
    )
    son = service.register(
        {"email": "son@carebot.test", "password": PASSWORD, "role": "sub", "user_name": "박성민"}
    )
    elder_session = service.login("elder@carebot.test", PASSWORD)["session_id"]
    son_session = service.login("son@carebot.test", PASSWORD)["session_id"]
    elder_api = service.as_user(elder_session)
    son_api = service.as_user(son_session)

    # the elder creates the family
    family_id = elder_api.families.create_family({"main_user": elder, "family_name": "해운대 집"})
    # the son finds it by the elder's facts and asks to join with a nickname
    found = son_api.families.find_family("박영수", "1938-11-15", "male", "부산광역시 해운대구")
    assert found == [{"family_id": family_id, "family_name": "해운대 집"}]
    request = son_api.members.request_to_join(family_id, "아들")
    with pytest.raises(PermissionDeniedError):  # asking grants nothing yet
        son_api.families.get_one_family(family_id)
    # the elder sees the request and approves it
    [waiting] = elder_api.members.get_join_requests(family_id)
    assert (waiting["user_id"], waiting["nickname"], waiting["user_name"]) == (
        son,
        "아들",
        "박성민",
    )
    member_id = elder_api.members.approve_join_request(request)
    assert elder_api.members.get_join_requests(family_id) == []
    assert son_api.families.get_one_family(family_id)["family_name"] == "해운대 집"
    # a member cannot remove another member, the elder can
    service.register({"email": "d@carebot.test", "password": PASSWORD, "role": "sub"})
    daughter_api = service.as_user(service.login("d@carebot.test", PASSWORD)["session_id"])
    daughter_member = elder_api.members.approve_join_request(
        daughter_api.members.request_to_join(family_id)
    )
    assert daughter_api.families.get_one_family(family_id)["id"] == family_id
    with pytest.raises(PermissionDeniedError):
        son_api.members.delete_one_member(daughter_member)
    assert elder_api.members.delete_one_member(daughter_member) is True
    with pytest.raises(PermissionDeniedError):
        daughter_api.families.get_one_family(family_id)
    # the son leaves
    assert son_api.members.delete_one_member(member_id) is True
    with pytest.raises(PermissionDeniedError):
        son_api.status.get_latest_home_status(family_id)

    # edit one's own account after re-entering the password
    with pytest.raises(AuthenticationError):
        service.update_own_account(son_session, "wrong password", {"user_name": "박성민2"})
    assert service.update_own_account(son_session, PASSWORD, {"address": "부산광역시 수영구"})
    assert db.accounts.get_one_account(son)["address"] == "부산광역시 수영구"
    with pytest.raises(PermissionDeniedError):
        service.update_own_account(son_session, PASSWORD, {"role": "system"})
    # delete one's own account after re-entering the password
    with pytest.raises(AuthenticationError):
        service.delete_own_account(son_session, "wrong password")
    assert service.delete_own_account(son_session, PASSWORD) is True
    with pytest.raises(NotFoundError):
        db.accounts.get_one_account(son)
    with pytest.raises(AuthenticationError):
        service.resume(son_session)
