"""Closing the loop on an alert, in the data layer (``db.care``), on SQLite, MariaDB and
a database made from the production schema: the states, the conflicts' sentences, the
outcomes, the care log, the handovers, open alerts and the exactly-once escalation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from carebot_desktop.data import ConflictError, NotFoundError, ValidationError
from carebot_desktop.data.care import OPEN_DAYS
from carebot_desktop.data.models import AlertCare, AlertEvent, CareNote, Escalation, Handover
from carebot_desktop.data.validation import utcnow
from tests.factories import make_account, make_family, make_member

STATE_KEYS = {
    "index",
    "family_id",
    "grade",
    "created_at",
    "state",
    "taken_by",
    "taken_by_name",
    "taken_at",
    "resolved_by",
    "resolved_by_name",
    "resolved_at",
    "outcome",
    "note",
    "escalation",
}


def _alert(db, family_id, grade="crit", ago=timedelta(minutes=1), text="낙상감지"):
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": grade,
            "description": text,
            "created_at": utcnow() - ago,
        }
    )


def _count(db, model) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def family(db):
    family_id, main = make_family(db)
    _, daughter = make_member(db, family_id, "딸")
    return family_id, main, daughter


def test_an_alert_is_new_then_taken_then_resolved(db, family):
    family_id, main, daughter = family
    index = _alert(db, family_id)
    state = db.care.state(index)
    assert set(state) == STATE_KEYS
    assert (state["state"], state["grade"], state["escalation"]) == ("new", "crit", 0)
    daughter_name = db.accounts.get_one_account(daughter)["user_name"]

    taken = db.care.take(index, by=daughter)
    assert (taken["state"], taken["taken_by"], taken["taken_by_name"]) == (
        "taken",
        daughter,
        daughter_name,
    )
    assert taken["taken_at"] is not None
    # taking counts as read for the other Carebot programs, with who acknowledged it
    assert db.notifications.get_one_notification(index)["is_read"] is True
    acks = db.notifications.get_acknowledgements(family_id)
    assert [(a["notification_index"], a["user_id"]) for a in acks] == [(index, daughter)]
    assert db.care.take(index, by=daughter) == taken  # one's own again: its state

    with pytest.raises(ConflictError, match=f"{daughter_name} has taken this alert since"):
        db.care.take(index, by=main)
    assert db.care.state(index)["taken_by"] == daughter

    over = db.care.take(index, take_over=True, by=main)
    assert over["taken_by"] == main
    events = db.care.events(index)
    assert [e["kind"] for e in events] == ["take", "take_over"]
    assert events[1]["by"] == main and daughter_name in events[1]["detail"]

    done = db.care.resolve(index, "visited", "  방문해 보니 괜찮으심  ", by=daughter)
    assert (done["state"], done["outcome"], done["note"]) == (
        "resolved",
        "visited",
        "방문해 보니 괜찮으심",
    )
    assert (done["resolved_by"], done["taken_by"]) == (daughter, main)
    assert done["resolved_at"] is not None
    with pytest.raises(ConflictError, match="already resolved by .* it cannot be taken"):
        db.care.resolve(index, "other", by=main)
    with pytest.raises(ConflictError, match="already resolved"):
        db.care.take(index, by=main)
    with pytest.raises(ConflictError, match="already resolved"):
        db.care.take(index, take_over=True, by=main)
    assert [e["kind"] for e in db.care.events(index)] == ["take", "take_over", "resolve"]


def test_an_alert_nobody_took_is_resolved_at_once(db, family):
    family_id, main, _ = family
    index = _alert(db, family_id, "warn")
    done = db.care.resolve(index, "false_alarm", by=main)
    assert (done["state"], done["taken_by"], done["resolved_by"]) == ("resolved", main, main)
    assert done["note"] is None
    assert [e["kind"] for e in db.care.events(index)] == ["take", "resolve"]
    assert db.notifications.get_one_notification(index)["is_read"] is True


def test_bad_input_writes_nothing(db, family):
    family_id, main, _ = family
    index = _alert(db, family_id)
    info = _alert(db, family_id, "info", text="미세먼지")
    none = _alert(db, family_id, "none", text="방송")
    for other in (info, none):
        with pytest.raises(ValidationError, match="only warn and crit alerts are taken"):
            db.care.take(other, by=main)
        with pytest.raises(ValidationError, match="only warn and crit"):
            db.care.resolve(other, "other", by=main)
    for outcome in ("fixed", "", None, 3):
        with pytest.raises(ValidationError, match="outcome"):
            db.care.resolve(index, outcome, by=main)
    for note in ("x" * 2_001, "가" * 10_000, 42):
        with pytest.raises(ValidationError, match="note"):
            db.care.resolve(index, "other", note, by=main)
    for bad in ("1", None, True, 0):
        with pytest.raises(ValidationError, match="index"):
            db.care.take(bad, by=main)
    with pytest.raises(ValidationError, match="take_over"):
        db.care.take(index, take_over="yes", by=main)
    with pytest.raises(NotFoundError):
        db.care.take(index + 1_000, by=main)
    assert _count(db, AlertCare) == _count(db, AlertEvent) == 0
    assert db.notifications.get_one_notification(index)["is_read"] is False
    # the longest note that fits
    assert db.care.resolve(index, "other", "x" * 2_000, by=main)["note"] == "x" * 2_000


def test_open_alerts_are_the_unresolved_warn_and_crit_of_the_families_oldest_first(db, family):
    family_id, main, _ = family
    other_family, _ = make_family(db)
    third_family, _ = make_family(db)
    old = _alert(db, family_id, "crit", timedelta(days=OPEN_DAYS, hours=1))
    warn = _alert(db, family_id, "warn", timedelta(hours=3))
    _alert(db, family_id, "info", timedelta(hours=2))
    resolved = _alert(db, family_id, "crit", timedelta(hours=2))
    theirs = _alert(db, other_family, "crit", timedelta(hours=1))
    taken = _alert(db, family_id, "crit", timedelta(minutes=30))
    _alert(db, third_family, "crit", timedelta(minutes=20))
    db.care.resolve(resolved, "elder_fine", by=main)
    db.care.take(taken, by=main)
    db.care.escalate([family_id, other_family], utcnow() + timedelta(minutes=15))

    rows = db.care.open_alerts([family_id, other_family])
    assert [r["index"] for r in rows] == [warn, theirs, taken]
    assert all(set(r) == STATE_KEYS for r in rows)
    assert [r["state"] for r in rows] == ["new", "new", "taken"]
    assert [r["escalation"] for r in rows] == [0, 2, 0]  # warn and taken never escalate
    assert [r["index"] for r in db.care.open_alerts([other_family])] == [theirs]
    assert db.care.open_alerts([]) == []
    assert old not in [r["index"] for r in db.care.open_alerts([family_id])]
    # only some grades: the same rows, filtered by the database
    both = [family_id, other_family]
    assert [r["index"] for r in db.care.open_alerts(both, ["crit"])] == [theirs, taken]
    assert [r["index"] for r in db.care.open_alerts(both, ["warn"])] == [warn]
    assert db.care.open_alerts(both, ["warn", "crit"]) == rows
    assert db.care.open_alerts(both, []) == []
    with pytest.raises(ValidationError):
        db.care.open_alerts(both, ["info"])  # info alerts have no care state


def test_escalate_raises_each_level_once_at_an_injected_now(db, family):
    family_id, main, _ = family
    t0 = utcnow() - timedelta(hours=2)
    crit = _alert(db, family_id, "crit", timedelta(hours=2))
    created = db.notifications.get_one_notification(crit)["created_at"]
    _alert(db, family_id, "warn", timedelta(hours=2))
    taken = _alert(db, family_id, "crit", timedelta(hours=2))
    db.care.take(taken, by=main)
    _alert(db, family_id, "crit", timedelta(days=2))  # beyond the horizon: history

    assert db.care.escalate([family_id], created + timedelta(seconds=119)) == []
    at = created + timedelta(seconds=120)
    assert db.care.escalate([family_id], at, by=main) == [
        {"index": crit, "family_id": family_id, "level": 1, "at": at}
    ]
    assert db.care.escalate([family_id], at + timedelta(seconds=5)) == []
    assert db.care.state(crit)["escalation"] == 1
    later = created + timedelta(seconds=600)
    assert db.care.escalate(None, later) == [
        {"index": crit, "family_id": family_id, "level": 2, "at": later}
    ]
    assert db.care.escalate(None, later + timedelta(minutes=5)) == []
    assert db.care.state(crit)["escalation"] == 2
    assert db.care.state(taken)["escalation"] == 0
    assert _count(db, Escalation) == 2
    assert t0 <= created


def test_escalate_both_levels_at_once_and_the_care_centre_settings(db, family):
    family_id, main, _ = family
    crit = _alert(db, family_id, "crit", timedelta(minutes=20))
    late = db.care.escalate([family_id])  # the database's clock: 20 minutes on
    assert [(r["index"], r["level"]) for r in late] == [(crit, 1), (crit, 2)]

    second = _alert(db, family_id, "crit", timedelta(seconds=40))
    assert db.care.escalate([family_id]) == []
    db.care.set_care_setting("escalation_level_1_seconds", 30)
    assert db.care.care_settings() == {
        "escalation_level_1_seconds": 30,
        "escalation_level_2_seconds": 600,
        "hold_release_seconds": 900,
    }
    assert [(r["index"], r["level"]) for r in db.care.escalate([family_id])] == [(second, 1)]
    with pytest.raises(ValidationError):
        db.care.set_care_setting("escalation_level_9_seconds", 30)
    with pytest.raises(ValidationError):
        db.care.set_care_setting("escalation_level_1_seconds", -1)
    with pytest.raises(ValidationError):
        db.care.escalate([family_id], "not a time")
    assert db.care.escalate([]) == []


def test_the_care_log_merges_notes_and_resolved_alerts_oldest_first(db, family):
    family_id, main, daughter = family
    first = db.care.add_note(family_id, "  아침 식사 잘 하심 ", by=daughter)
    index = _alert(db, family_id, "crit")
    db.care.take(index, by=daughter)
    db.care.resolve(index, "visited", "방문 확인", by=main)
    second = db.care.add_note(family_id, "약 복용 확인", by=main)
    _alert(db, family_id, "crit")  # open: not in the log
    with db.transaction() as session:  # a minute apart (the columns keep whole seconds)
        session.get(CareNote, first).at -= timedelta(minutes=2)
        session.get(AlertCare, index).resolved_at -= timedelta(minutes=1)

    log = db.care.notes(family_id)
    assert [(e["kind"], e.get("id", e.get("index"))) for e in log] == [
        ("note", first),
        ("alert", index),
        ("note", second),
    ]
    assert log[0]["text"] == "아침 식사 잘 하심" and log[0]["by"] == daughter
    assert log[0]["by_name"] == db.accounts.get_one_account(daughter)["user_name"]
    alert = log[1]
    assert (alert["outcome"], alert["text"], alert["by"], alert["taken_by"]) == (
        "visited",
        "방문 확인",
        main,
        daughter,
    )
    assert alert["grade"] == "crit"
    later = utcnow() + timedelta(hours=1)
    assert db.care.notes(family_id, later, later + timedelta(hours=1)) == []
    assert db.care.notes(family_id, end_time=utcnow() - timedelta(hours=1)) == []

    for bad in ("", "   ", "x" * 2_001, None):
        with pytest.raises(ValidationError, match="text"):
            db.care.add_note(family_id, bad, by=main)
    with pytest.raises(NotFoundError):
        db.care.add_note("NOSUCHFAMILY0000", "메모", by=main)
    assert _count(db, CareNote) == 2


def test_handovers_are_read_by_those_who_share_a_family(db, family):
    family_id, main, daughter = family
    other_family, other_main = make_family(db)
    loner = make_account(db, "sub")
    first = db.care.hand_over("야간: 특이사항 없음", by=daughter)
    theirs = db.care.hand_over("다른 집 인계", by=other_main)
    mine = db.care.hand_over(" 주간: 낙상 1건 처리 ", by=main)
    lonely = db.care.hand_over("혼자 쓴 인계", by=loner)

    seen = db.care.handovers([family_id], viewer=main)
    assert [h["id"] for h in seen] == [mine, first]  # newest first
    assert set(seen[0]) == {"id", "at", "by", "by_name", "text"}
    assert seen[0]["text"] == "주간: 낙상 1건 처리"
    assert [h["id"] for h in db.care.handovers([other_family], viewer=other_main)] == [theirs]
    assert [h["id"] for h in db.care.handovers([], viewer=loner)] == [lonely]
    assert {h["id"] for h in db.care.handovers(None)} == {first, theirs, mine, lonely}
    assert db.care.handovers(None, utcnow() + timedelta(minutes=5)) == []
    for bad in ("", "x" * 2_001):
        with pytest.raises(ValidationError, match="text"):
            db.care.hand_over(bad, by=main)
    assert _count(db, Handover) == 4


def test_deleting_the_alert_or_the_family_deletes_its_care(db, family):
    family_id, main, _ = family
    index = _alert(db, family_id)
    db.care.escalate([family_id], utcnow() + timedelta(minutes=15))
    db.care.resolve(index, "hospital", "119 이송", by=main)
    db.care.add_note(family_id, "병원 이송", by=main)
    db.notifications.delete_notification(index)
    assert _count(db, AlertCare) == _count(db, AlertEvent) == _count(db, Escalation) == 0
    db.families.delete_one_family(family_id)
    assert _count(db, CareNote) == 0


def test_a_holder_who_leaves_gives_the_alerts_back(db, family):
    family_id, main, daughter = family
    first = _alert(db, family_id, "crit", timedelta(minutes=5))
    second = _alert(db, family_id, "warn")
    third = _alert(db, family_id, "crit")
    for index in (first, second, third):
        db.care.take(index, by=daughter)
    db.care.resolve(third, "elder_fine", by=daughter)
    assert db.care.release(daughter, second, by=daughter) == 1
    assert db.care.state(second)["state"] == "new"
    assert db.care.release(daughter) == 1  # the rest she holds; never a resolved one
    assert [db.care.state(i)["state"] for i in (first, second, third)] == [
        "new",
        "new",
        "resolved",
    ]
    assert [e["kind"] for e in db.care.events(first)] == ["take", "release"]
    assert db.care.release(daughter) == 0
    # given back, it is anybody's again, and escalates again from the time it was given back
    assert db.care.take(first, by=main)["taken_by"] == main
    assert db.care.release(main, by=None) == 1
    released = db.care.events(first)[-1]["at"]
    assert db.care.escalate([family_id], released + timedelta(seconds=119)) == []
    assert [
        r["level"] for r in db.care.escalate([family_id], released + timedelta(seconds=120))
    ] == [1]
