import json
from datetime import date, datetime, timedelta, timezone

import pytest

from carebot_desktop.data import NotFoundError, ValidationError
from carebot_desktop.data.validation import utcnow
from tests.factories import make_family

T0 = datetime(2025, 2, 6, 5, 0, 0)
KINDS = {
    "home": {
        "temperature": 21.5,
        "humidity": 45.0,
        "dust_level": 22.0,
        "ethanol": 0.01,
        "others": "{'finedust':53, 'ultrafinedust': 23}",
    },
    "health": {"heart_rate": 72},
    "active": {
        "score": 80,
        "action": "산책",
        "is_critical": False,
        "description": "{'title': '활동 보고서', 'data': 123.456}",
        "image_url": "https://image.example.kr/a.jpg",
    },
    "mental": {
        "score": 70,
        "is_critical": False,
        "description": json.dumps({"overall_emotional_state": "안정적"}, ensure_ascii=False),
    },
}


@pytest.mark.parametrize("kind", KINDS)
def test_status_round_trip(db, kind):
    family_id, _ = make_family(db)
    other_family, _ = make_family(db)
    api = db.status
    create = getattr(api, f"create_{kind}_status")
    get = getattr(api, f"get_{kind}_status")
    latest = getattr(api, f"get_latest_{kind}_status")
    delete_latest = getattr(api, f"delete_latest_{kind}_status")
    indexes = [
        create({"family_id": family_id, "reported_at": T0 + timedelta(hours=h), **KINDS[kind]})
        for h in range(3)
    ]
    create({"family_id": other_family, "reported_at": T0 + timedelta(hours=9), **KINDS[kind]})
    assert all(isinstance(i, int) for i in indexes)

    rows = get(family_id, T0)
    assert [r["index"] for r in rows] == indexes
    assert rows[0]["reported_at"] == T0 and rows[0]["family_id"] == family_id
    for key, value in KINDS[kind].items():
        assert (
            rows[0][key] == pytest.approx(value)
            if isinstance(value, float)
            else rows[0][key] == value
        )
    assert [r["index"] for r in get(family_id, T0, time_order="desc")] == indexes[::-1]
    assert [
        r["index"] for r in get(family_id, T0 + timedelta(hours=1), T0 + timedelta(hours=1))
    ] == [indexes[1]]
    assert [
        r["index"]
        for r in get(
            family_id, (T0 + timedelta(hours=1)).isoformat(), (T0 + timedelta(hours=2)).isoformat()
        )
    ] == indexes[1:]
    assert get("FNOSUCHFAMILY00", T0) == []
    assert latest(family_id)["index"] == indexes[2]

    assert delete_latest(family_id) is True
    assert latest(family_id)["index"] == indexes[1]
    assert latest(other_family)["reported_at"] == T0 + timedelta(hours=9)
    delete_latest(family_id)
    delete_latest(family_id)
    with pytest.raises(NotFoundError):
        latest(family_id)
    with pytest.raises(NotFoundError):
        delete_latest(family_id)
    assert len(get(other_family, T0)) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_status_range_errors(db, kind):
    family_id, _ = make_family(db)
    get = getattr(db.status, f"get_{kind}_status")
    with pytest.raises(ValidationError):
        get(family_id, "not a time")
    with pytest.raises(ValidationError):
        get(family_id, T0, T0 - timedelta(days=1))
    with pytest.raises(ValidationError):
        get(family_id, T0, time_order="sideways")
    with pytest.raises(ValidationError):
        get(family_id, None)


def test_aware_times_are_converted_to_utc(db):
    family_id, _ = make_family(db)
    kst = timezone(timedelta(hours=9))
    db.status.create_health_status(
        {
            "family_id": family_id,
            "heart_rate": 70,
            "reported_at": datetime(2025, 2, 6, 14, 0, tzinfo=kst),
        }
    )
    assert db.status.get_latest_health_status(family_id)["reported_at"] == datetime(
        2025, 2, 6, 5, 0
    )
    assert (
        len(
            db.status.get_health_status(
                family_id, "2025-02-06T13:59:00+09:00", "2025-02-06T05:01:00Z"
            )
        )
        == 1
    )


def test_default_time_is_now_and_end_time_is_evaluated_per_call(db):
    family_id, _ = make_family(db)
    before = utcnow()
    db.status.create_home_status({"family_id": family_id, "temperature": 20})
    row = db.status.get_latest_home_status(family_id)
    assert before - timedelta(seconds=1) <= row["reported_at"] <= utcnow() + timedelta(seconds=1)
    # A row stamped a little in the future becomes visible once "now" passes it: the
    # original computed the default end time once, at import.
    soon = utcnow() + timedelta(seconds=2)
    db.status.create_home_status({"family_id": family_id, "temperature": 21, "reported_at": soon})
    assert len(db.status.get_home_status(family_id, before - timedelta(seconds=1))) == 1
    assert len(db.status.get_home_status(family_id, before - timedelta(seconds=1), soon)) == 2


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("home", "humidity", 101),
        ("home", "humidity", -1),
        ("home", "temperature", float("nan")),
        ("home", "temperature", "warm"),
        ("home", "reported_at", "2045-01-01T00:00:00"),
        ("health", "heart_rate", 301),
        ("health", "heart_rate", -5),
        ("health", "heart_rate", 72.5),
        ("health", "heart_rate", True),
        ("active", "score", 101),
        ("active", "action", "가" * 33),
        ("active", "image_url", "javascript:alert(1)"),
        ("active", "is_critical", "yes"),
        ("mental", "score", -1),
        ("mental", "family_id", None),
        ("mental", "family_id", "FNOSUCHFAMILY00"),
    ],
)
def test_bad_status_is_refused(db, kind, field, value):
    family_id, _ = make_family(db)
    data = {"family_id": family_id, **KINDS[kind], field: value}
    with pytest.raises(ValidationError) as caught:
        getattr(db.status, f"create_{kind}_status")(data)
    assert caught.value.field == field
    with pytest.raises(NotFoundError):
        getattr(db.status, f"get_latest_{kind}_status")(family_id)


def test_dicts_are_stored_in_the_formats_other_programs_write(db):
    family_id, _ = make_family(db)
    db.status.create_home_status({"family_id": family_id, "others": {"finedust": 53}})
    db.status.create_mental_status(
        {"family_id": family_id, "score": 50, "description": {"overall_emotional_state": "안정"}}
    )
    assert db.status.get_latest_home_status(family_id)["others"] == "{'finedust': 53}"
    assert json.loads(db.status.get_latest_mental_status(family_id)["description"]) == {
        "overall_emotional_state": "안정"
    }


def _report(family_id, start, end, **extra):
    data = {
        "family_id": family_id,
        "start_time": start,
        "end_time": end,
        "average_score": 58.4,
        "critical_days": 1,
        "best_day": date(2025, 2, 7),
        "worst_day": date(2025, 2, 11),
        "improvement_needed": False,
        "summary": "최근 5일 간 평균 감정 점수는 58.4점으로 중간 정도입니다.",
    }
    data.update(extra)
    return data


def test_mental_reports(db):
    family_id, _ = make_family(db)
    d = datetime(2025, 2, 1)
    a = db.status.create_mental_report(
        _report(family_id, d, d + timedelta(days=6), reported_at=d + timedelta(days=7))
    )
    b = db.status.create_mental_report(
        _report(
            family_id,
            d + timedelta(days=7),
            d + timedelta(days=13),
            reported_at=d + timedelta(days=14),
        )
    )
    c = db.status.create_mental_report(
        _report(
            family_id,
            d - timedelta(days=30),
            d - timedelta(days=24),
            reported_at=d - timedelta(days=23),
        )
    )
    # start or end inside the window
    window = db.status.get_mental_reports(family_id, d + timedelta(days=5), d + timedelta(days=8))
    assert [r["index"] for r in window] == [a, b]
    assert [
        r["index"]
        for r in db.status.get_mental_reports(family_id, d - timedelta(days=60), time_order="desc")
    ] == [b, a, c]
    row = db.status.get_latest_mental_reports(family_id)
    assert row["index"] == b and row["average_score"] == pytest.approx(58.4)
    assert row["best_day"] == date(2025, 2, 7) and row["improvement_needed"] is False
    assert db.status.delete_latest_mental_reports(family_id) is True
    assert db.status.get_latest_mental_reports(family_id)["index"] == a
    with pytest.raises(ValidationError):
        db.status.create_mental_report(_report(family_id, d, d - timedelta(days=1)))
    with pytest.raises(ValidationError):
        db.status.create_mental_report(_report(family_id, d, d, average_score=120))
    with pytest.raises(NotFoundError):
        db.status.get_latest_mental_reports("FNOSUCHFAMILY00")


def test_series_are_aggregated_in_sql(db):
    family_id, _ = make_family(db)
    start = datetime(2025, 2, 6, 0, 0, 0)
    for second in range(0, 600, 10):
        db.status.create_health_status(
            {
                "family_id": family_id,
                "heart_rate": 60 + second // 100,
                "reported_at": start + timedelta(seconds=second),
            }
        )
    series = db.status.get_status_series(
        family_id, "heart_rate", start, start + timedelta(minutes=10), bucket_seconds=300
    )
    assert [b["bucket_start"] for b in series] == [start, start + timedelta(minutes=5)]
    assert [b["count"] for b in series] == [30, 30]
    assert series[0]["min"] == 60 and series[0]["max"] == 62
    assert series[1]["min"] == 63 and series[1]["max"] == 65
    with pytest.raises(ValidationError):
        db.status.get_status_series(family_id, "shoe_size", start)
    with pytest.raises(ValidationError):
        db.status.get_status_series(family_id, "heart_rate", start, bucket_seconds=0)


def test_report_times_in_the_future_are_refused(db):
    family_id, _ = make_family(db)
    with pytest.raises(ValidationError) as caught:
        db.status.create_health_status(
            {"family_id": family_id, "heart_rate": 70, "reported_at": utcnow() + timedelta(days=30)}
        )
    assert caught.value.field == "reported_at"
    # a few minutes of clock drift between the robot and this computer is fine
    db.status.create_health_status(
        {"family_id": family_id, "heart_rate": 70, "reported_at": utcnow() + timedelta(minutes=3)}
    )
