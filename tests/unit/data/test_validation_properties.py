"""Property tests: whatever a write function is given, it either stores exactly one valid
row or raises ValidationError having written nothing. Never a raw database error."""

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carebot_desktop.data import ValidationError
from tests.factories import make_family, make_member

ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(alphabet="가나다라마바사", min_size=30, max_size=140),
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(
        [
            "2025-02-06T05:00:00",
            "info",
            "WARN",
            "https://img.example.kr/a.jpg",
            "1945-05-17",
            "male",
            "sub",
        ]
    ),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)
FIELDS = {
    "home": [
        "reported_at",
        "temperature",
        "humidity",
        "dust_level",
        "ethanol",
        "others",
        "family_id",
        "colour",
    ],
    "health": ["reported_at", "heart_rate", "family_id"],
    "active": ["reported_at", "score", "action", "is_critical", "description", "image_url"],
    "mental": ["reported_at", "score", "is_critical", "description"],
    "notification": [
        "notification_grade",
        "description",
        "message_sn",
        "is_read",
        "image_url",
        "created_at",
    ],
    "message": ["content", "image_url", "created_at", "is_read", "to_id"],
    "account": ["email", "role", "user_name", "birth_date", "gender", "address", "password"],
    "report": [
        "start_time",
        "end_time",
        "average_score",
        "critical_days",
        "best_day",
        "worst_day",
        "improvement_needed",
        "summary",
    ],
}
PROPERTY_SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _writers(db, family_id, elder, member):
    start = datetime(1970, 1, 2)
    return {
        "home": (
            db.status.create_home_status,
            {"family_id": family_id},
            lambda: len(db.status.get_home_status(family_id, start)),
        ),
        "health": (
            db.status.create_health_status,
            {"family_id": family_id},
            lambda: len(db.status.get_health_status(family_id, start)),
        ),
        "active": (
            db.status.create_active_status,
            {"family_id": family_id},
            lambda: len(db.status.get_active_status(family_id, start)),
        ),
        "mental": (
            db.status.create_mental_status,
            {"family_id": family_id},
            lambda: len(db.status.get_mental_status(family_id, start)),
        ),
        "notification": (
            db.notifications.create_notification,
            {"family_id": family_id},
            lambda: len(db.notifications.get_all_notifications(family_id)),
        ),
        "message": (
            db.messages.create_message,
            {"from_id": member, "to_id": elder, "content": "안녕하세요"},
            lambda: len(db.messages.get_all_sent_messages(member)),
        ),
        "account": (
            db.accounts.create_account,
            {"email": "prop@example.kr", "password": "h", "role": "sub"},
            lambda: len(db.accounts.get_all_accounts()),
        ),
        "report": (
            db.status.create_mental_report,
            {
                "family_id": family_id,
                "start_time": "2025-02-01T00:00:00",
                "end_time": "2025-02-07T00:00:00",
            },
            lambda: len(db.status.get_mental_reports(family_id, start)),
        ),
    }


@pytest.mark.parametrize("kind", FIELDS)
def test_writes_store_valid_rows_or_refuse_cleanly(db, kind):
    family_id, elder = make_family(db)
    _, member = make_member(db, family_id)
    create, base, count = _writers(db, family_id, elder, member)[kind]

    @PROPERTY_SETTINGS
    @given(changes=st.dictionaries(st.sampled_from(FIELDS[kind]), ANY_VALUE, max_size=4))
    def check(changes):
        before = count()
        try:
            result = create({**base, **changes})
        except ValidationError as error:
            assert error.field is None or error.field in {*base, *changes}
            assert count() == before
            return
        assert isinstance(result, (int, str))
        assert count() == before + 1
        if kind == "account":
            db.accounts.delete_one_account(result)

    check()


@pytest.mark.parametrize("kind", ["health"])
def test_plausible_heart_rates_round_trip(db, kind):
    family_id, _ = make_family(db)

    @PROPERTY_SETTINGS
    @given(
        rate=st.integers(min_value=0, max_value=300),
        when=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2026, 1, 1)),
    )
    def check(rate, when):
        db.status.create_health_status(
            {"family_id": family_id, "heart_rate": rate, "reported_at": when}
        )
        latest = db.status.get_health_status(
            family_id, when.replace(microsecond=0), when.replace(microsecond=0)
        )
        assert rate in [row["heart_rate"] for row in latest]

    check()
