"""A server failing under a person's action (issue 21): reads answered on a fresh
connection, the alert workflow and messages applied exactly once whichever way a lost
commit went, other writes never applied twice, and the AlertFeed delivering every alert
once across a poll that failed anywhere (its commit too)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pymysql
import pytest
from sqlalchemy import func, select

from carebot_desktop.data import Database
from carebot_desktop.data.errors import CommitUnknownError, NotFoundError, RetryableError
from carebot_desktop.data.models import Escalation, Message
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.access import action_of
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.care_watch import CareWatch
from carebot_desktop.services.desk_watch import DeskWatch
from carebot_desktop.services.session_controller import LiveApi
from carebot_desktop.services.watcher import Watcher
from tests.conftest import _server_params
from tests.unit.data.test_failover import FakeTime, Inject, commit_failing, fast_policy
from tests.unit.services.conftest import PASSWORD

ON_MARIADB = pytest.mark.parametrize(
    "backend",
    [pytest.param(b, marks=pytest.mark.mariadb) for b in ("mariadb", "legacy")],
    indirect=True,
)


@pytest.fixture
def fake(db: Database) -> Iterator[FakeTime]:
    clock = FakeTime()
    db.failover.policy = fast_policy(clock)
    yield clock


def _events(db: Database, index: int) -> list[str]:
    return [e["kind"] for e in db.care.events(index)]


def _messages(db: Database, content: str) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).where(Message.content == content)) or 0)


@ON_MARIADB
def test_a_read_action_is_answered_on_a_fresh_connection(db, service, world, fake):
    api = service.as_user(world.tokens["main"])
    with Inject(db, 2013, "SELECT") as inject:
        found = api.notifications.get_one_notification(world.notification)
    assert found["index"] == world.notification
    assert inject.fired == 1
    assert db.failover.stats.retries == 1 and len(fake.sleeps) == 1


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_take_and_resolve_are_applied_once_whichever_way_the_commit_went(
    db, service, world, fake, monkeypatch, applied
):
    api = service.as_user(world.tokens["main"])
    index = world.notification
    commit_failing(db, monkeypatch, 2013, applied=applied)
    taken = api.care.take(index)  # run again: it finds its own hold
    assert (taken["state"], taken["taken_by"]) == ("taken", world.ids["main"])

    commit_failing(db, monkeypatch, 2013, applied=applied)
    resolved = api.care.resolve(index, "elder_fine", "괜찮으심")  # checked, not re-run blindly
    assert (resolved["state"], resolved["outcome"]) == ("resolved", "elder_fine")
    assert _events(db, index) == ["take", "resolve"]
    stats = db.failover.stats
    assert stats.unknown_commits == 2
    assert stats.checks == 1 and stats.found_applied == (1 if applied else 0)


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_a_message_whose_commit_was_lost_is_looked_for_before_it_is_sent_again(
    db, service, world, fake, monkeypatch, applied
):
    api = service.as_user(world.tokens["member"])
    content = f"점심 드셨어요? {applied}"
    commit_failing(db, monkeypatch, 2013, applied=applied)
    index = api.messages.create_message(
        {"from_id": world.ids["member"], "to_id": world.ids["main"], "content": content}
    )
    assert _messages(db, content) == 1
    assert db.messages.get_one_message(index)["content"] == content
    assert db.failover.stats.found_applied == (1 if applied else 0)


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_a_care_note_and_a_handover_are_checked(db, service, world, fake, monkeypatch, applied):
    api = service.as_user(world.tokens["main"])
    commit_failing(db, monkeypatch, 2013, applied=applied)
    note = api.care.add_note(world.family, "방문 예정")
    notes = [n for n in db.care.notes(world.family) if n["kind"] == "note"]
    assert [(n["id"], n["text"]) for n in notes] == [(note, "방문 예정")]
    commit_failing(db, monkeypatch, 2013, applied=applied)
    handover = api.care.hand_over("야간 특이사항 없음")
    found = db.care.handovers(None)
    assert [(h["id"], h["text"]) for h in found] == [(handover, "야간 특이사항 없음")]
    assert db.failover.stats.found_applied == (2 if applied else 0)


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_a_contact_and_a_request_to_join_are_checked(
    db, service, world, fake, monkeypatch, applied
):
    api = service.as_user(world.tokens["main"])
    commit_failing(db, monkeypatch, 2013, applied=applied)
    contact = {"name": "김철수", "relation": "아들", "phone": "010-1234-5678"}
    added = api.contacts.add_contact(world.family, contact)
    assert [(c["id"], c["name"]) for c in db.contacts.get_contacts(world.family)] == [
        (added, "김철수")
    ]
    asker = service.as_user(world.tokens["outsider"])
    commit_failing(db, monkeypatch, 2013, applied=applied)
    request = asker.members.request_to_join(world.family, "이웃")
    pending = db.members.get_join_requests(family_id=world.family)
    assert [(r["index"], r["user_id"]) for r in pending] == [(request, world.ids["outsider"])]
    assert db.failover.stats.found_applied == (2 if applied else 0)


@ON_MARIADB
def test_a_write_with_no_check_is_never_applied_twice(db, service, world, fake, monkeypatch):
    """A notification made through the desktop's API (a system account: the robot's
    write): its commit lost, the caller is told, and it is there once."""
    api = service.as_user(world.tokens["system"])
    before = db.failover.stats.attempts  # the sign-in's caller check is a run too
    commit_failing(db, monkeypatch, 2013, applied=True)
    alert = {"family_id": world.family, "notification_grade": "warn", "description": "한 번만"}
    with pytest.raises(CommitUnknownError):
        api.notifications.create_notification(alert)
    rows = db.notifications.get_all_notifications(world.family)
    assert [r["description"] for r in rows].count("한 번만") == 1
    assert db.failover.stats.attempts == before + 1


@ON_MARIADB
def test_a_write_that_failed_before_its_commit_runs_again(db, service, world, fake):
    api = service.as_user(world.tokens["main"])
    with Inject(db, 1213, "INSERT INTO desktop_care_notes") as inject:
        api.care.add_note(world.family, "인증 실패 후 다시")
    assert inject.fired == 1
    assert [n["text"] for n in db.care.notes(world.family)].count("인증 실패 후 다시") == 1


@ON_MARIADB
def test_only_the_outermost_action_runs_again(db, service, world, fake):
    api = service.as_user(world.tokens["main"])
    tries = {"n": 0}

    def screen() -> dict:
        tries["n"] += 1
        with action_of(api):
            return api.notifications.get_one_notification(world.notification)

    with Inject(db, 1047, "SELECT") as inject, pytest.raises(RetryableError):
        screen()  # a group of calls: the calls inside do not run again by themselves
    assert inject.fired == 1 and tries["n"] == 1
    with Inject(db, 1047, "SELECT"):
        assert api.run(screen, idempotent=True)["index"] == world.notification
    assert tries["n"] == 3


# --- the alert feed ---------------------------------------------------------------------


def _alert(db: Database, family_id: str, n: int) -> int:
    return db.notifications.create_notification(
        {"family_id": family_id, "notification_grade": "warn", "description": f"경보 {n}"}
    )


@ON_MARIADB
def test_the_feed_delivers_every_alert_once_when_a_poll_fails_midway(db, service, world, fake):
    api = service.as_user(world.tokens["main"])
    feed = AlertFeed(api, [world.family], page=2)
    feed.poll()
    made = [_alert(db, world.family, n) for n in range(5)]
    # The second page's read fails: the poll runs again on a fresh connection.
    with Inject(db, 2013, "SELECT", nth=4) as inject:
        first = [r["index"] for r in feed.poll()]
    assert inject.fired == 1
    assert first == made
    assert feed.poll() == []
    assert db.failover.stats.retries >= 1


@ON_MARIADB
def test_a_poll_whose_commit_is_lost_delivers_nothing_twice(db, service, world, monkeypatch):
    """The feed notes nothing before its action has committed: a poll that fails at its
    very end (and is not tried again) leaves its rows for the next poll."""
    db.failover.policy = fast_policy(attempts=1)
    api = service.as_user(world.tokens["main"])
    feed = AlertFeed(api, [world.family])
    feed.poll()
    made = [_alert(db, world.family, n) for n in range(3)]
    commit_failing(db, monkeypatch, 2013, applied=True)
    with pytest.raises(RetryableError):
        feed.poll()
    assert [r["index"] for r in feed.poll()] == made
    assert feed.poll() == []


@ON_MARIADB
def test_the_feed_survives_its_connections_killed_between_polls(db, service, world, fake):
    api = service.as_user(world.tokens["main"])
    feed = AlertFeed(api, [world.family])
    feed.poll()
    made = [_alert(db, world.family, n) for n in range(2)]
    root = pymysql.connect(**_server_params(), autocommit=True)
    try:
        with root.cursor() as cursor:  # every connection of this desk's pool
            cursor.execute(
                "SELECT id FROM information_schema.PROCESSLIST WHERE db = %s AND id <> %s",
                (db.url.database, root.thread_id()),
            )
            killed = [pid for (pid,) in cursor.fetchall()]
            for pid in killed:
                cursor.execute(f"KILL CONNECTION {int(pid)}")
    finally:
        root.close()
    assert killed
    assert [r["index"] for r in feed.poll()] == made
    assert db.failover.stats.retries >= 1  # the poll met a dead connection, then a fresh one
    assert feed.poll() == []


def test_the_pollers_live_api_runs_a_poll_again(db, service, world, fake):
    """The poller's feed reads through LiveApi: its polls run again as UserApi's do."""
    api = service.as_user(world.tokens["main"])

    class Session:
        def online(self) -> object:
            return api

    live = LiveApi(Session())  # type: ignore[arg-type]
    tries = {"n": 0}

    def poll() -> int:
        tries["n"] += 1
        with action_of(live):
            found = live.notifications.get_one_notification(world.notification)
            if tries["n"] == 1:
                raise RetryableError("the node under the desk went away")
            return int(found["index"])

    assert live.run(poll, idempotent=True) == world.notification
    assert tries["n"] == 2 and len(fake.sleeps) == 1


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_the_desks_care_round_runs_again_and_raises_each_level_once(
    db, service, world, fake, monkeypatch, applied
):
    """The poller's escalation round (escalate, give back, alarms) whose commit was lost:
    run again, each level is raised once (its key) and its effects written once."""
    index = db.notifications.create_notification(
        {
            "family_id": world.family,
            "notification_grade": "crit",
            "description": "낙상감지",
            "created_at": utcnow() - timedelta(minutes=11),
        }
    )
    watch = CareWatch(service.as_user(world.tokens["main"]))
    commit_failing(db, monkeypatch, 2013, applied=applied)
    tick = watch.tend()
    assert tick.levels[index] == 2
    assert _events(db, index).count("escalate") == 2
    with db.transaction() as session:
        levels = session.scalars(
            select(Escalation.level).where(Escalation.notification_index == index)
        ).all()
    assert sorted(levels) == [1, 2]
    assert db.failover.stats.unknown_commits == 1 and db.failover.stats.attempts >= 2


@ON_MARIADB
def test_the_desks_change_check_runs_again(db, service, world, fake):
    watch = DeskWatch(service.as_user(world.tokens["main"]))
    watch.check()
    db.messages.create_message(
        {"from_id": world.ids["member"], "to_id": world.ids["main"], "content": "새 소식"}
    )
    with Inject(db, 2006, "SELECT") as inject:
        assert watch.check().messages
    assert inject.fired == 1


@ON_MARIADB
def test_the_headless_watchers_round_runs_each_step_again(db, world, fake, monkeypatch):
    """The watcher's steps each run again on a fresh connection (here: escalation, its
    commit lost after the server applied it): the round completes, each level once."""
    index = db.notifications.create_notification(
        {
            "family_id": world.family,
            "notification_grade": "crit",
            "description": "낙상감지",
            "created_at": utcnow() - timedelta(minutes=3),
        }
    )
    loop = Watcher(db, check=lambda _db: [])
    commit_failing(db, monkeypatch, 2013, applied=True)
    done = loop.run_round()
    assert done.failed == [] and done.unavailable is None
    assert _events(db, index).count("escalate") == 1
    assert db.failover.stats.unknown_commits == 1


@ON_MARIADB
def test_a_sign_out_whose_session_lookup_fails_is_not_refused(db, service, world, fake):
    """The rule's look-up of the session met a lost connection: no answer, so no refusal
    (it used to be read as "not one's own session"); the action runs again."""
    api = service.as_user(world.tokens["main"])
    with Inject(db, 2013, "SELECT loginsessions.xid") as inject:
        assert api.auth.delete_session(world.tokens["main"]) is True
    assert inject.fired == 1
    assert db.failover.stats.retries == 1


@ON_MARIADB
def test_the_screens_grouped_reads_are_answered_on_a_fresh_connection(db, service, world, fake):
    """A screen's load is one action of several reads (workers/screen_work.py): a server
    failing under its second read answers the whole load again, on a fresh connection,
    instead of showing the person an error."""
    from carebot_desktop.workers import screen_work

    api = service.as_user(world.tokens["main"])
    family = world.family
    with Inject(db, 2013, "SELECT", nth=2) as inject:
        snapshot = screen_work.desk_snapshot(api)
    assert inject.fired == 1 and family in snapshot["families"]
    with Inject(db, 2006, "SELECT", nth=2) as inject:
        details = screen_work.load_family(api, world.ids["main"], "user", family)
    assert inject.fired == 1 and details.family["family_name"] == "F"
    with Inject(db, 1047, "SELECT", nth=2) as inject:
        view = screen_work.members_view(api, family, manages=True, asks=False)
    assert inject.fired == 1 and view["people"]
    with Inject(db, 2013, "SELECT", nth=2) as inject:
        screen_work.open_critical(api)
    assert inject.fired == 1
    assert db.failover.stats.retries == 4


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_audit_entries_a_lost_commit_held_are_recorded_once(
    db, service, world, fake, monkeypatch, applied
):
    """Reads wait in the audit batch; a change writes the batch in its own transaction,
    whose commit loses its reply. The reads are in the log exactly once afterwards,
    whichever way the commit went: written again by key, never blindly."""
    api = service.as_user(world.tokens["main"])
    api.notifications.get_one_notification(world.notification)  # batched, not written yet

    def recorded(operation: str) -> int:
        return sum(
            1
            for e in db.security.get_audit_log(actor_id=world.ids["main"])
            if e["operation"] == operation
        )

    assert recorded("get_one_notification") == 0
    commit_failing(db, monkeypatch, 2013, applied=applied)
    # checked, then run again or not; a run again settles the unsure entries first
    api.care.add_note(world.family, f"감사 기록 {applied}")
    api.notifications.get_one_notification(world.notification)  # settles first, if need be
    service.flush_audit()
    assert recorded("get_one_notification") == 1
    assert recorded("add_note") == 1
    assert db.failover.stats.unknown_commits == 1


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_a_write_run_again_after_a_lost_commit_is_recorded_once(
    db, service, world, fake, monkeypatch, applied
):
    """An idempotent write (settings) and a read, each run again after its commit lost
    its reply: each try numbers its entries from the run's key, so the log holds one
    entry per call whichever way the first commit went."""
    api = service.as_user(world.tokens["main"])

    def recorded(operation: str) -> int:
        service.flush_audit()
        return sum(
            1
            for e in db.security.get_audit_log(actor_id=world.ids["main"])
            if e["operation"] == operation
        )

    commit_failing(db, monkeypatch, 2013, applied=applied)
    api.tools.update_settings(world.family, {"is_camera_enabled": applied})
    assert recorded("update_settings") == 1
    commit_failing(db, monkeypatch, 2013, applied=applied)
    api.notifications.get_one_notification(world.notification)  # its entry waits: batched
    assert recorded("get_one_notification") == 1
    from carebot_desktop.services import audit as audit_module

    monkeypatch.setattr(audit_module, "AUDIT_BATCH_SIZE", 1)  # written with the read's commit
    commit_failing(db, monkeypatch, 2013, applied=applied)
    api.status.get_health_status(world.family, utcnow() - timedelta(days=1))
    assert recorded("get_health_status") == 1
    assert db.failover.stats.retries == 3  # each of the three ran again


# --- sign-in and one's own account --------------------------------------------------------


def _audited(db: Database, user_id: str, operation: str, outcome: str = "ok") -> int:
    return sum(
        1
        for e in db.security.get_audit_log(actor_id=user_id)
        if e["operation"] == operation and e["outcome"] == outcome
    )


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_a_sign_in_whose_commit_was_lost_opens_one_session(
    db, service, world, fake, monkeypatch, applied
):
    """The sign-in's session is looked for after a lost commit: one session, one entry,
    whichever way the commit went; a failure before anything was written runs it again."""
    user = world.ids["member"]
    before = len(db.auth.get_user_sessions(user))
    commit_failing(db, monkeypatch, 2013, applied=applied, after=1)  # the read's goes through
    session = service.login(world.emails["member"], PASSWORD)
    assert service.check_caller(session["session_id"])["user_id"] == user
    assert len(db.auth.get_user_sessions(user)) == before + 1
    assert _audited(db, user, "login") == 1
    assert db.failover.stats.checks == 1 and db.failover.stats.found_applied == int(applied)
    with Inject(db, 1047, "SELECT") as inject:  # the first read refused by a node
        again = service.login(world.emails["member"], PASSWORD)
    assert inject.fired == 1 and again["user_id"] == user
    with Inject(db, 2013, "SELECT"):  # the caller check, on a fresh connection
        assert service.check_caller(again["session_id"])["user_id"] == user


@ON_MARIADB
@pytest.mark.parametrize("applied", [True, False])
def test_own_account_changes_whose_commit_was_lost_are_applied_and_recorded_once(
    db, service, world, fake, monkeypatch, applied
):
    user = world.ids["member"]
    token = service.login(world.emails["member"], PASSWORD)["session_id"]
    # the caller check and the password's read go through; the change's commit is lost
    commit_failing(db, monkeypatch, 2013, applied=applied, after=2)
    assert service.change_password(token, PASSWORD, "a new password 22") is True
    assert service.login(world.emails["member"], "a new password 22")["user_id"] == user
    assert _audited(db, user, "change_password") == 1
    assert db.failover.stats.unknown_commits == 1
    commit_failing(db, monkeypatch, 2013, applied=applied, after=2)
    assert service.update_own_account(token, "a new password 22", {"user_name": "딸"}) is True
    assert db.accounts.get_one_account(user)["user_name"] == "딸"
    assert _audited(db, user, "update_one_account") == 1
    assert db.failover.stats.unknown_commits == 2
    commit_failing(db, monkeypatch, 2013, applied=applied)
    assert service.logout(token) is True
    assert _audited(db, user, "logout") == 1
    assert db.failover.stats.unknown_commits == 3
    commit_failing(db, monkeypatch, 2013, applied=applied, after=1)
    token = service.login(world.emails["member"], "a new password 22")["session_id"]
    commit_failing(db, monkeypatch, 2013, applied=applied, after=2)
    assert service.delete_own_account(token, "a new password 22") is True  # found gone
    with pytest.raises(NotFoundError):
        db.accounts.get_one_account(user)
    assert db.failover.stats.unknown_commits == 5  # the sign-in's, then the deletion's
    assert db.failover.stats.found_applied == (2 if applied else 0)
