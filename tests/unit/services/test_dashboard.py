"""What the screens show, computed below the UI, against the real payload samples."""

import json
from datetime import datetime, timedelta

from carebot_desktop.services import dashboard
from tests.conftest import REFERENCE

SAMPLES = json.loads((REFERENCE / "carebot-sample-payloads.json").read_text("utf-8"))


def test_real_disaster_and_fall_alerts_parse():
    for sample in SAMPLES["notifications.rows"]:
        row = {
            "index": 1,
            "family_id": "F",
            "created_at": None,
            "is_read": True,
            "notification_grade": sample["grade"].lower(),
            "description": sample["descriptions"],
            "image_url": sample["image_url"],
        }
        alert = dashboard.parse_alert(row)
        if sample["grade"] == "WARN":
            assert alert.kind == "disaster"
            assert alert.title and alert.message and alert.region and alert.step
        elif sample["descriptions"].startswith("낙상"):
            assert alert.kind == "fall" and alert.image_url.startswith("https://")
        else:
            assert alert.kind == "fire" and alert.detail == "38%" and alert.image_url is None


def test_real_mental_descriptions_parse():
    for text in SAMPLES["mentalstatus.description"]:
        insight = dashboard.parse_mental(text)
        assert insight is not None and insight.overall
        assert all(e.label for e in insight.emotions)
    plain = dashboard.parse_mental("not json")  # shown as plain text, never hidden
    assert plain is not None and not plain.readable and plain.insights == "not json"
    assert dashboard.parse_mental("") is None
    assert dashboard.parse_mental('{"overall_emotional_state": 3}').overall == "3"


def test_bucket_keeps_charts_to_a_few_hundred_points():
    start = datetime(2025, 2, 1)
    assert dashboard.bucket_for(start, start + timedelta(days=30)) == 4320
    # whole minutes from a minute up (the roll-ups' grain): 480 points for a day
    assert dashboard.bucket_for(start, start + timedelta(hours=24)) == 180
    assert dashboard.bucket_for(start, start + timedelta(hours=2)) == 12
    assert dashboard.bucket_for(start, start) == 1


def test_dust_grades():
    assert [dashboard.dust_grade(v) for v in (5, 20, 50, 100, None)] == [
        "good",
        "moderate",
        "bad",
        "very_bad",
        None,
    ]


def test_the_ais_korean_clock_times_become_utc_on_the_analysis_day():
    from carebot_desktop.services.mental import emotion_time, parse_mental

    analysed = datetime(2026, 11, 30, 2, 7)  # 11:07 in Korea
    assert emotion_time("09:27", analysed) == datetime(2026, 11, 30, 0, 27)
    # A clock time after the analysis is the evening before (Korean time).
    assert emotion_time("18:32", analysed) == datetime(2026, 11, 29, 9, 32)
    assert emotion_time("2026-11-29 23:00", analysed) == datetime(2026, 11, 29, 14, 0)
    assert emotion_time("25:00", analysed) is None
    assert emotion_time("soon", analysed) is None
    assert emotion_time("09:27", None) is None
    insight = parse_mental('{"time_based_emotions": {"09:27": ["긍정적", 65, "웃음"]}}', analysed)
    assert insight is not None and insight.emotions[0].at == datetime(2026, 11, 30, 0, 27)
    assert insight.emotions[0].time == "09:27"  # as written, kept


def test_a_part_of_the_desk_read_again_replaces_only_its_families():
    """``merge_snapshot``: the families read again take the part's rows, newest readings
    (one the part has none of goes), counts and usual (its recent means kept from before
    when the part read none); the others keep theirs; the open alerts' states are the
    part's; a family the whole read did not show is not added."""
    from carebot_desktop.services.dashboard import merge_snapshot

    def usual(recent):
        return {"series": {"heart_rate": {"mean": 70.0, "recent": recent}}, "unusual": []}

    base = {
        "families": {"A": {"id": "A", "family_name": "a"}, "B": {"id": "B", "family_name": "b"}},
        "latest": {"health": {"A": {"heart_rate": 70}, "B": {"heart_rate": 80}}, "home": {"A": {}}},
        "unread": {"A": {"crit": 0}, "B": {"crit": 1}},
        "care": [{"family_id": "B", "grade": "crit"}],
        "usual": {"A": usual(71.0), "B": usual(81.0)},
    }
    part = {
        "families": {"A": {"id": "A", "family_name": "a2"}, "C": {"id": "C"}},
        "latest": {"health": {"A": {"heart_rate": 99}, "C": {}}, "home": {}},
        "unread": {"A": {"crit": 2}, "C": {"crit": 5}},
        "care": [],
        "usual": {"A": usual(None)},
        "recent": False,
    }
    merged = merge_snapshot(base, part, ["A", "C"])
    assert merged["families"]["A"]["family_name"] == "a2" and "C" not in merged["families"]
    assert merged["latest"]["health"] == {"A": {"heart_rate": 99}, "B": {"heart_rate": 80}}
    assert merged["latest"]["home"] == {}  # A has no newest home reading now
    assert merged["unread"] == {"A": {"crit": 2}, "B": {"crit": 1}}
    assert merged["care"] == []
    assert merged["usual"]["A"]["series"]["heart_rate"]["recent"] == 71.0  # kept
    assert merged["usual"]["B"] == usual(81.0)
    assert base["latest"]["health"]["A"] == {"heart_rate": 70}  # the base is not changed
    states_only = merge_snapshot(
        merged, {"families": {}, "latest": {}, "unread": {}, "care": [1]}, []
    )
    assert states_only["care"] == [1] and states_only["latest"] == merged["latest"]
