"""Escalation that does something (``db.care``): level 2 writes one message from the care
centre's account to each of the family's people, in the level's transaction, exactly once
under three concurrent callers (real threads, each its own Database, on MariaDB); holds
of people who went away go back to the others, and a given-back alert escalates again
from then."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from carebot_desktop.data import CarebotError, Database
from carebot_desktop.data.care_escalation import family_message
from carebot_desktop.data.models import Escalation, Message
from carebot_desktop.data.validation import utcnow
from tests.factories import make_account, make_family, make_member

MARIADB = pytest.mark.parametrize(
    "backend", [pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)


def _crit(db, family_id, ago=timedelta(minutes=1), text="낙상감지"):
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "crit",
            "description": text,
            "created_at": utcnow() - ago,
        }
    )


def _messages(db):
    with db.transaction() as session:
        return [
            (m.from_id, m.to_id, m.content)
            for m in session.scalars(select(Message).order_by(Message.index))
        ]


def _count(db, model) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def family(db):
    """A family (the elder, a daughter and a son) and the care centre's account."""
    family_id, elder = make_family(db)
    _, daughter = make_member(db, family_id, "딸")
    _, son = make_member(db, family_id, "아들")
    centre = make_account(db, "system")
    return family_id, elder, [daughter, son], centre


def test_level_1_at_2_minutes_and_level_2_at_10_tells_each_person_once(db, family):
    family_id, elder, members, centre = family
    index = _crit(db, family_id, timedelta(hours=1))
    created = db.notifications.get_one_notification(index)["created_at"]
    assert db.care.escalate([family_id], created + timedelta(seconds=119)) == []
    at1 = created + timedelta(seconds=120)
    assert db.care.escalate([family_id], at1) == [
        {"index": index, "family_id": family_id, "level": 1, "at": at1}
    ]
    assert _messages(db) == []  # level 1 is the desks' to show
    assert db.care.escalate([family_id], created + timedelta(seconds=599)) == []
    at2 = created + timedelta(seconds=600)
    assert [r["level"] for r in db.care.escalate([family_id], at2)] == [2]
    sent = _messages(db)
    assert sorted(to for _, to, _ in sent) == sorted([elder, *members])
    assert {sender for sender, _, _ in sent} == {centre}
    content = sent[0][2]
    assert "낙상감지" in content and "10분째" in content and "아무도 맡지 않았습니다" in content
    elder_name = db.accounts.get_one_account(elder)["user_name"]
    assert content.startswith(f"[돌봄센터 알림] {elder_name}님께")
    # once: later calls, and the next day, write nothing more
    assert db.care.escalate([family_id], at2 + timedelta(minutes=5)) == []
    assert db.care.escalate(None, at2 + timedelta(hours=2)) == []
    assert len(_messages(db)) == 3
    assert [e["detail"] for e in db.care.events(index)] == ["level 1", "level 2"]
    # the people read it as any message, unread
    assert db.messages.get_new_received_messages(members[0])[0]["content"] == content


def test_the_message_says_what_since_when_in_korean_time():
    since = utcnow().replace(hour=5, minute=5)  # 14:05 in Korea
    text = family_message("김순자", "  낙상감지  ", since, since + timedelta(minutes=10))
    assert f"{since.month}월 {since.day}일 14:05부터 10분째" in text
    assert "김순자님께 위급 알림(낙상감지)" in text
    assert "어르신께 위급 알림(위급 알림)" in family_message(None, "", since, since)
    assert "14:05부터 9시간 2분째" in family_message(
        None, "", since, since + timedelta(minutes=542)
    )
    assert "14:05부터 2시간째" in family_message(None, "", since, since + timedelta(hours=2))


def test_the_care_centre_account_setting_and_none_at_all(db, family, caplog):
    family_id, elder, members, centre = family
    chosen = make_account(db, "system")
    with pytest.raises(Exception, match="system"):
        db.care.set_care_centre_account(elder)
    assert db.care.care_centre_account() == min(centre, chosen)
    db.care.set_care_centre_account(chosen)
    assert db.care.care_centre_account() == chosen
    index = _crit(db, family_id, timedelta(minutes=30))
    db.care.escalate([family_id])
    assert {sender for sender, _, _ in _messages(db)} == {chosen}

    # no system account: level 2 is recorded without messages, and the log says so
    lonely, _ = make_family(db)
    for account in (centre, chosen):
        db.accounts.delete_one_account(account)
    assert db.care.care_centre_account() is None
    other = _crit(db, lonely, timedelta(minutes=30))
    with caplog.at_level(logging.WARNING, logger="carebot_desktop.data.care_escalation"):
        raised = db.care.escalate([lonely])
    assert [(r["index"], r["level"]) for r in raised] == [(other, 1), (other, 2)]
    assert "no care-centre (system) account" in caplog.text
    assert db.care.state(other)["escalation"] == 2
    assert index != other


def test_a_hold_goes_back_when_its_holder_is_away_too_long(db, family):
    family_id, elder, (daughter, son), _ = family
    index = _crit(db, family_id, timedelta(minutes=3))
    kept = _crit(db, family_id, timedelta(minutes=3))
    db.care.take(index, by=daughter)
    db.care.take(kept, by=son)
    db.auth.create_session({"user_id": son})  # the son's desk is signed in and polling
    taken_at = db.care.state(index)["taken_at"]
    assert db.care.expire_holds([family_id], taken_at + timedelta(minutes=14)) == []
    assert db.care.expire_holds(["NOSUCHFAMILY0000"], taken_at + timedelta(minutes=15)) == []
    assert db.care.expire_holds([family_id], taken_at + timedelta(minutes=15), by=elder) == [
        {"index": index, "family_id": family_id, "holder": daughter}
    ]
    assert db.care.state(index)["state"] == "new"
    assert db.care.state(kept)["taken_by"] == son  # his session is live
    release = db.care.events(index)[-1]
    assert (release["kind"], release["by"]) == ("release", elder)
    assert release["detail"].endswith("(away)")
    db.care.set_care_setting("hold_release_seconds", 60)
    with pytest.raises(Exception, match="hold_release_seconds"):
        db.care.set_care_setting("hold_release_seconds", -5)
    assert db.care.expire_holds([]) == []


def test_a_given_back_alert_escalates_again_from_then(db, family):
    family_id, elder, (daughter, _), _ = family
    index = _crit(db, family_id, timedelta(minutes=30))
    assert len(db.care.escalate([family_id])) == 2  # both levels: nobody took it
    db.care.take(index, by=daughter)
    assert db.care.release(daughter, by=daughter) == 1
    state = db.care.state(index)
    assert (state["state"], state["escalation"]) == ("new", 0)
    released = db.care.events(index)[-1]["at"]
    assert db.care.escalate([family_id], released + timedelta(seconds=119)) == []
    assert [r["level"] for r in db.care.escalate([family_id], released + timedelta(minutes=2))] == [
        1
    ]
    assert [
        r["level"] for r in db.care.escalate([family_id], released + timedelta(minutes=10))
    ] == [2]
    assert len(_messages(db)) == 6  # the family was told again, once more
    kinds = [e["kind"] for e in db.care.events(index)]
    assert kinds == ["escalate", "escalate", "take", "release", "escalate", "escalate"]


def _at_once(db_url, work, n=3):
    """``work(database)`` on ``n`` threads, each its own Database, released together."""
    desks = [Database(db_url) for _ in range(n)]
    barrier = threading.Barrier(n)
    results: list = [None] * n
    errors: list[CarebotError] = []

    def run(k, desk):
        try:
            barrier.wait(timeout=10)
            results[k] = work(desk)
        except CarebotError as error:  # collected: the assertion shows them
            errors.append(error)

    threads = [threading.Thread(target=run, args=(k, d)) for k, d in enumerate(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for desk in desks:
        desk.dispose()
    return results, errors


@MARIADB
def test_three_callers_at_once_raise_each_level_and_write_each_message_once(db, db_url, family):
    family_id, elder, members, _ = family
    first = _crit(db, family_id, timedelta(minutes=20))
    second = _crit(db, family_id, timedelta(minutes=11))
    at = utcnow() + timedelta(seconds=5)
    for _ in range(3):  # a few rounds: the race is real each time
        results, errors = _at_once(db_url, lambda desk: desk.care.escalate(None, at))
        assert errors == []
        raised = sorted((r["index"], r["level"]) for result in results for r in result)
        assert raised == [(first, 1), (first, 2), (second, 1), (second, 2)]
        sent = _messages(db)
        assert len(sent) == 2 * 3  # two alerts at level 2, three people each
        assert sorted(to for _, to, _ in sent) == sorted([elder, *members] * 2)
        with db.transaction() as session:  # the next round races again
            session.query(Escalation).delete()
            session.query(Message).delete()
    assert _count(db, Escalation) == 0


def test_alarms_are_the_levels_reached_and_ones_own_overdue_holds(db, family):
    family_id, elder, (daughter, son), _ = family
    other_family, _ = make_family(db)
    waiting = _crit(db, family_id, timedelta(minutes=12))
    held = _crit(db, family_id, timedelta(minutes=40))
    theirs = _crit(db, other_family, timedelta(minutes=3))
    db.care.take(held, by=daughter)
    db.care.escalate(None)
    taken_at = db.care.state(held)["taken_at"]
    found = db.care.alarms([family_id], daughter, taken_at + timedelta(minutes=29))
    assert found == {
        "escalated": [{"index": waiting, "family_id": family_id, "level": 2}],
        "overdue": [],
    }
    found = db.care.alarms(None, daughter, taken_at + timedelta(minutes=30))
    assert found["escalated"] == [
        {"index": waiting, "family_id": family_id, "level": 2},
        {"index": theirs, "family_id": other_family, "level": 1},
    ]
    assert found["overdue"] == [{"index": held, "family_id": family_id, "taken_at": taken_at}]
    assert db.care.alarms([family_id], son, taken_at + timedelta(hours=1))["overdue"] == []
    assert db.care.alarms([], None) == {"escalated": [], "overdue": []}
    db.care.take(waiting, by=son)  # taken: it rings no more
    assert db.care.alarms([family_id], son)["escalated"] == []


def test_an_alert_someone_read_before_the_care_desk_is_not_escalated(db, family):
    """On a database the desk meets for the first time, crit alerts of the last day that
    were read on the robot's web pages or acknowledged by an earlier desktop were looked
    at: they must not all ring at once and message every family. An unread one still
    escalates, and so does a read one that someone took and gave back."""
    family_id, _elder, _members, _centre = family
    seen = _crit(db, family_id, timedelta(hours=3), "이미 본 낙상")
    db.notifications.check_read_notification(seen)
    unseen = _crit(db, family_id, timedelta(hours=3), "아무도 안 본 낙상")
    now = utcnow()
    assert {r["index"] for r in db.care.escalate([family_id], now)} == {unseen}
    assert _count(db, Escalation) == 2  # both levels of the unread alert, none of the read
    assert len(_messages(db)) == 3  # one message to each person, about the unread one
    holder = family[1]
    db.care.take(seen, by=holder)
    db.care.release(holder, seen, by=holder)
    later = utcnow() + timedelta(minutes=3)
    assert [(r["index"], r["level"]) for r in db.care.escalate([family_id], later)] == [(seen, 1)]


def test_the_familys_message_quotes_a_derived_alerts_sentence_not_its_json():
    from datetime import datetime

    description = (
        '{"type": "carebot.inactivity", "message": "평소 이 시간에는 최대 40분 안 '
        '보이시는데 지금 2시간째 움직임이 없습니다."}'
    )
    text = family_message(
        "김순자", description, datetime(2026, 12, 6, 1), datetime(2026, 12, 6, 1, 12)
    )
    assert "carebot.inactivity" not in text and "{" not in text
    assert "평소 이 시간에는 최대 40분" in text
