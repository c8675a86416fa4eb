"""Text written by other programs never breaks the screens: every parser is total, a bad
row is shown as plain text, and one bad row never hides its neighbours."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from carebot_desktop.data import parsing
from carebot_desktop.services import CarebotService, dashboard
from tests.unit.services.test_dashboard import SAMPLES

NESTED = '{"a":' + "[" * 3000 + "]" * 3000 + "}"
PY_NESTED = "{'a': " + "(" * 3000 + ")" * 3000 + "}"


def _row(description: object, grade: str = "crit", index: int = 1) -> dict:
    return {
        "index": index,
        "family_id": "F",
        "created_at": None,
        "is_read": False,
        "notification_grade": grade,
        "description": description,
        "image_url": None,
    }


# --- the parsers, fed anything ----------------------------------------------------------

json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)
hostile_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet="{}[]()'\",:\\0123456789aeE.-+ ", max_size=400),
    json_like.map(lambda v: json.dumps(v, ensure_ascii=False)),
    json_like.map(repr),
    st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 5000).map(lambda n: '{"MSG_CN":' + "[" * n + "1" + "]" * n + "}"),
)


@given(hostile_text)
def test_the_bounded_parsers_are_total(text):
    for parse in (parsing.load_json, parsing.load_python_literal, parsing.load_mapping):
        parse(text)  # any value or None, never an exception
    assert parsing.load_mapping(text) is None or isinstance(parsing.load_mapping(text), dict)


@given(hostile_text)
def test_parse_mental_is_total_and_shows_text(text):
    insight = dashboard.parse_mental(text)
    if text.strip():
        assert insight is not None  # never hidden
        assert insight.readable or insight.insights == text.strip()[:2000]


@given(hostile_text, st.sampled_from(["crit", "warn", "info", "none"]))
def test_parse_alert_is_total(text, grade):
    alert = dashboard.parse_alert(_row(text, grade))
    assert alert.grade == grade
    assert alert.kind in ("disaster", "fall", "fire", "other")


def test_deep_nesting_is_refused_before_parsing():
    assert parsing.nesting_depth(NESTED) > parsing.MAX_DEPTH
    assert parsing.load_json(NESTED) is None
    assert parsing.load_python_literal(PY_NESTED) is None
    assert parsing.load_json('"[[[[[[["') == "[[[[[[["  # brackets inside strings are text
    assert parsing.load_mapping("{'finedust':53, 'ultrafinedust': 23}") == {
        "finedust": 53,
        "ultrafinedust": 23,
    }


def test_real_payloads_still_parse():
    for sample in SAMPLES["homestatus.rows"]:
        assert isinstance(parsing.load_mapping(sample["others"]), dict)
    for sample in SAMPLES["activestatus.rows"]:
        assert isinstance(parsing.load_mapping(sample["description"]), dict)
    for text in SAMPLES["mentalstatus.description"]:
        assert dashboard.parse_mental(text).readable


# --- hostile rows in the database ---------------------------------------------------------


def test_a_hostile_crit_row_does_not_hide_the_fall_next_to_it(db, world, secrets_store):
    hostile = db.notifications.create_notification(
        {"family_id": world.family, "notification_grade": "crit", "description": NESTED}
    )
    service = CarebotService(db, secrets_store, bcrypt_cost=4)
    api = service.as_user(world.tokens["member"])
    alerts = dashboard.unread_critical(api)
    by_index = {a.index: a for a in alerts}
    assert by_index[world.notification].kind == "fall"  # the real fall alert
    assert by_index[hostile].kind == "other"  # shown as text, not dropped
    assert by_index[hostile].message.startswith('{"a":')


def test_a_hostile_mental_row_is_shown_as_text(db, world, secrets_store):
    from datetime import timedelta

    from carebot_desktop.data.validation import utcnow

    db.status.create_mental_status({"family_id": world.family, "score": 40, "description": NESTED})
    service = CarebotService(db, secrets_store, bcrypt_cost=4)
    api = service.as_user(world.tokens["member"])
    now = utcnow()
    bundle = dashboard.status_bundle(api, world.family, now - timedelta(days=1), now)
    assert bundle.mental is not None and not bundle.mental.readable
    assert bundle.mental.insights.startswith('{"a":')
    assert bundle.latest["mental_score"].value == 40
