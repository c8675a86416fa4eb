import json
from datetime import datetime, timedelta

import pytest

from carebot_desktop.data import NotFoundError, ValidationError
from tests.factories import make_family, make_member

T0 = datetime(2025, 2, 11, 21, 0, 0)


def test_messages(db):
    family_id, elder = make_family(db)
    _, daughter = make_member(db, family_id)
    first = db.messages.create_message(
        {"from_id": daughter, "to_id": elder, "content": "어머니, 점심 드셨어요?", "created_at": T0}
    )
    second = db.messages.create_message(
        {
            "from_id": daughter,
            "to_id": elder,
            "content": "사진 보내드려요",
            "image_url": "https://image.example.kr/p.jpg",
            "created_at": T0 + timedelta(minutes=5),
        }
    )
    reply = db.messages.create_message(
        {"from_id": elder, "to_id": daughter, "content": "그래, 먹었다"}
    )
    assert isinstance(first, int)
    assert db.messages.get_one_message(first) == {
        "index": first,
        "from_id": daughter,
        "to_id": elder,
        "created_at": T0,
        "content": "어머니, 점심 드셨어요?",
        "image_url": None,
        "is_read": False,
    }
    assert [m["index"] for m in db.messages.get_new_received_messages(elder)] == [first, second]
    assert [
        m["index"] for m in db.messages.get_new_received_messages(elder, time_order="desc")
    ] == [second, first]
    assert db.messages.check_read_message(first) is True
    assert [m["index"] for m in db.messages.get_new_received_messages(elder)] == [second]
    assert [m["index"] for m in db.messages.get_all_received_messages(elder)] == [first, second]
    assert [
        m["index"] for m in db.messages.get_all_received_messages(elder, T0 + timedelta(minutes=1))
    ] == [second]
    assert [
        m["index"]
        for m in db.messages.get_all_received_messages(elder, None, T0 + timedelta(minutes=1))
    ] == [first]
    assert [m["index"] for m in db.messages.get_all_sent_messages(elder)] == [reply]
    assert db.messages.get_all_sent_messages("UNOSUCHACCOUNT0") == []
    assert db.messages.delete_message(first) is True
    for call in (
        db.messages.get_one_message,
        db.messages.check_read_message,
        db.messages.delete_message,
    ):
        with pytest.raises(NotFoundError):
            call(first)


@pytest.mark.parametrize(
    "change",
    [
        {"content": None},
        {"content": "   "},
        {"to_id": "UNOSUCHACCOUNT0"},
        {"image_url": "ftp://x"},
        {"created_at": "someday"},
        {"subject": "x"},
    ],
)
def test_bad_messages(db, change):
    family_id, elder = make_family(db)
    _, daughter = make_member(db, family_id)
    data = {"from_id": daughter, "to_id": elder, "content": "안녕", **change}
    with pytest.raises(ValidationError):
        db.messages.create_message(data)
    with pytest.raises(ValidationError):
        db.messages.create_message({"from_id": elder, "to_id": elder, "content": "나에게"})
    assert db.messages.get_all_received_messages(elder) == []


DISASTER = json.dumps(
    {
        "family_id": "FSAMPLEFAMILY001",
        "MSG_CN": "빙판길 주의",
        "RCPTN_RGN_NM": "서울특별시 전체",
        "CRT_DT": "2025/02/12 06:00:06",
        "EMRG_STEP_NM": "안전안내",
        "SN": 230304,
        "DST_SE_NM": "대설",
    },
    ensure_ascii=False,
)


def test_notifications(db):
    family_id, _ = make_family(db)
    other, _ = make_family(db)
    warn = db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "warn",
            "descriptions": DISASTER,
            "message_sn": 230304,
            "created_at": T0,
        }
    )
    crit = db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "CRIT",
            "description": "낙상감지",
            "image_url": "https://image.example.kr/fall.jpg",
            "created_at": T0 + timedelta(hours=1),
        }
    )
    db.notifications.create_notification({"family_id": other, "description": "화재감지,38%"})
    assert db.notifications.get_one_notification(crit) == {
        "index": crit,
        "family_id": family_id,
        "created_at": T0 + timedelta(hours=1),
        "notification_grade": "crit",
        "description": "낙상감지",
        "is_read": False,
        "image_url": "https://image.example.kr/fall.jpg",
    }
    assert db.notifications.get_one_notification(warn)["description"] == DISASTER
    assert [n["index"] for n in db.notifications.get_new_notifications(family_id)] == [warn, crit]
    assert db.notifications.check_read_notification(warn) is True
    assert [n["index"] for n in db.notifications.get_new_notifications(family_id)] == [crit]
    assert [
        n["index"] for n in db.notifications.get_all_notifications(family_id, time_order="desc")
    ] == [crit, warn]
    assert [
        n["index"]
        for n in db.notifications.get_all_notifications(family_id, T0 + timedelta(minutes=30))
    ] == [crit]
    assert db.notifications.get_all_notifications("FNOSUCHFAMILY00") == []
    after = db.notifications.get_notifications_after([family_id, other], warn)
    assert [n["index"] for n in after][0] == crit and len(after) == 2
    assert db.notifications.delete_notification(warn) is True
    for call in (
        db.notifications.get_one_notification,
        db.notifications.check_read_notification,
        db.notifications.delete_notification,
    ):
        with pytest.raises(NotFoundError):
            call(warn)


def test_default_grade_is_none_and_bad_grades_refused(db):
    family_id, _ = make_family(db)
    index = db.notifications.create_notification({"family_id": family_id})
    assert db.notifications.get_one_notification(index)["notification_grade"] == "none"
    with pytest.raises(ValidationError) as caught:
        db.notifications.create_notification(
            {"family_id": family_id, "notification_grade": "panic"}
        )
    assert caught.value.field == "notification_grade"
    with pytest.raises(ValidationError):
        db.notifications.create_notification({"family_id": "FNOSUCHFAMILY00"})
    assert len(db.notifications.get_all_notifications(family_id)) == 1


def test_digests_change_with_rows_and_read_flags(db):
    family_id, elder = make_family(db)
    _, daughter = make_member(db, family_id)
    n = db.notifications.create_notification({"family_id": family_id, "created_at": T0})
    m = db.messages.create_message(
        {"from_id": daughter, "to_id": elder, "content": "안녕", "created_at": T0}
    )
    day = T0.date().isoformat()
    before_n = db.notifications.get_notification_digest(family_id, T0 - timedelta(days=1))
    before_m = db.messages.get_message_digest(elder, T0 - timedelta(days=1))
    assert before_n == {day: (1, n, 0)} and before_m == {day: (1, m, 0)}
    db.notifications.check_read_notification(n)
    db.messages.check_read_message(m)
    assert db.notifications.get_notification_digest(family_id) == {day: (1, n, n)}
    assert db.messages.get_message_digest(daughter) == {day: (1, m, m)}
    db.messages.delete_message(m)
    assert db.messages.get_message_digest(elder) == {}
    assert db.status.get_status_digest("home", family_id, T0) == {}
    db.status.create_home_status({"family_id": family_id, "temperature": 20, "reported_at": T0})
    assert list(db.status.get_status_digest("home", family_id, T0 - timedelta(days=1))) == [day]
