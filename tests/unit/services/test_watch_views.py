"""Watching the elder as the screens see it (issue 19): the access rules of ``api.watch``,
derived alerts in the alert rows, the overview's unusual elders and trend arrows (one
``usual`` call for every family), the charts' usual band and the reports' lines on what
changed against the elder's usual. ``db.watch.usual`` is replaced by hand-made answers
where a test needs a particular usual; everything above it runs for real."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from carebot_desktop.data.errors import OfflineError, PermissionDeniedError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import charts, overview, reports, usual
from carebot_desktop.services.alert_rows import parse_alert
from carebot_desktop.services.offline.areas import OfflineWatch
from carebot_desktop.workers.screen_work import desk_snapshot, load_family, save_sleep_window

NOW = utcnow().replace(microsecond=0)


def _usual(family_id: str, **more) -> dict:
    """A hand-made ``db.watch.usual`` entry: heart rate 62-78 (by hour: 55-70 at night),
    room 21-24 degC, activity 40-70, mood 55-80."""
    entry = {
        "days": 28,
        "learned_at": NOW - timedelta(hours=1),
        "series": {
            "heart_rate": {"low": 62.0, "high": 78.0, "mean": 70.0, "recent": 91.0},
            "temperature": {"low": 21.0, "high": 24.0, "mean": 22.5, "recent": 22.0},
            "activity_score": {"low": 40.0, "high": 70.0, "mean": 55.0, "recent": 12.0},
            "mental_score": {"low": 55.0, "high": 80.0, "mean": 66.0, "recent": None},
            "humidity": {"low": 40.0, "high": 55.0, "mean": 48.0, "recent": 50.0},
        },
        "hourly": {"heart_rate": [[55.0, 70.0] if h < 6 else [62.0, 80.0] for h in range(24)]},
        "unusual": [],
        "sleep": None,
    }
    entry.update(more)
    return entry


class UsualSpy:
    """``db.watch.usual`` answering hand-made entries, counting its calls."""

    def __init__(self, entries: dict[str, dict]) -> None:
        self.entries = entries
        self.calls: list[list[str] | None] = []

    def __call__(self, family_ids=None, now=None, recent=True):
        self.calls.append(None if family_ids is None else list(family_ids))
        wanted = family_ids if family_ids is not None else list(self.entries)
        return {f: self.entries[f] for f in wanted if f in self.entries}


@pytest.fixture
def spy(db, world, monkeypatch) -> UsualSpy:
    found = UsualSpy({world.family: _usual(world.family), world.other_family: _usual("G")})
    monkeypatch.setattr(db.watch, "usual", found)
    return found


# --- the access rules ----------------------------------------------------------------------


def test_usual_is_only_of_ones_own_families(db, service, world, spy):
    main = service.as_user(world.tokens["main"])
    assert set(main.watch.usual()) == {world.family}
    assert spy.calls[-1] == [world.family]  # the data layer never sees another family
    system = service.as_user(world.tokens["system"])
    assert set(system.watch.usual()) == {world.family, world.other_family}
    service.audit_log.flush()  # reads are batched
    audit = db.security.get_audit_log(actor_id=world.ids["main"], limit=5)
    assert any(a["operation"] == "watch_usual" and a["target_id"] == world.family for a in audit)


def test_a_stranger_is_refused_and_audited(db, service, world, spy):
    outsider = service.as_user(world.tokens["outsider"])
    before = db.security.count_audit_entries()
    with pytest.raises(PermissionDeniedError):
        outsider.watch.usual([world.family])
    with pytest.raises(PermissionDeniedError):
        outsider.watch.sleep_window(world.family)
    with pytest.raises(PermissionDeniedError):
        outsider.watch.set_sleep_window(world.family, "22:00", "06:00")
    assert db.security.count_audit_entries() == before + 3
    assert set(outsider.watch.usual()) == {world.other_family}  # its own, yes
    assert spy.calls == [[world.other_family]]


def test_only_the_main_user_sets_the_sleep_window(db, service, world):
    member = service.as_user(world.tokens["member"])
    main = service.as_user(world.tokens["main"])
    assert member.watch.sleep_window(world.family) is None
    with pytest.raises(PermissionDeniedError):
        member.watch.set_sleep_window(world.family, "22:00", "06:30")
    assert main.watch.set_sleep_window(world.family, "22:00", "06:30") is True
    assert member.watch.sleep_window(world.family) == {"start": "22:00", "end": "06:30"}
    audit = db.security.get_audit_log(actor_id=world.ids["main"], limit=3)
    assert audit[0]["operation"] == "set_sleep_window"
    assert audit[0]["action"] == "update" and audit[0]["target_id"] == world.family
    # the screens' work: a change of the family, this PC's own
    made = save_sleep_window(main, world.family, None, None)
    assert made.families == frozenset({world.family}) and made.own
    assert main.watch.sleep_window(world.family) is None
    details = load_family(member, world.ids["member"], "sub", world.family)
    assert details.sleep is None and details.sleep_known and not details.can_edit


def test_the_offline_copy_says_it_keeps_no_usual():
    copy = OfflineWatch()
    for call in (
        lambda: copy.usual(),
        lambda: copy.sleep_window("F"),
        lambda: copy.set_sleep_window("F", None, None),
    ):
        with pytest.raises(OfflineError, match="needs a connection"):
            call()

    class Offline:
        offline = True

    assert overview.read_usual(Offline()) == {}  # type: ignore[arg-type]
    assert charts.usual_of(Offline(), "F") is None  # type: ignore[arg-type]


# --- derived alerts in the alert rows --------------------------------------------------------


def _row(description: object, grade: str = "warn") -> dict:
    return {
        "index": 7,
        "family_id": "F",
        "created_at": NOW,
        "notification_grade": grade,
        "description": description,
    }


@pytest.mark.parametrize("kind", usual.WATCH_KINDS)
def test_a_derived_alert_reads_as_its_kind_and_message(kind):
    text = json.dumps(
        {"type": f"carebot.{kind}", "message": "6시간째 움직임이 없습니다.", "since": "x"},
        ensure_ascii=False,
    )
    alert = parse_alert(_row(text, "crit"))
    assert alert.kind == "watch" and alert.watch_kind == kind
    assert alert.message == "6시간째 움직임이 없습니다." and alert.grade == "crit"


@pytest.mark.parametrize(
    "description",
    [
        '{"type": "carebot.", "message": "x"}',  # no kind
        '{"type": 5, "message": "x"}',
        '{"type": "carebot.mood", "message": ',  # cut short
        '{"type": "other.mood", "message": "x"}',
    ],
)
def test_a_row_that_is_not_a_derived_alert_stays_plain_text(description):
    alert = parse_alert(_row(description))
    assert alert.kind == "other" and alert.watch_kind == ""
    assert alert.message == description.strip()


def test_a_derived_alert_without_a_message_or_of_a_new_kind_still_shows():
    alert = parse_alert(_row('{"type": "carebot.falls_at_night", "message": null}'))
    assert alert.kind == "watch" and alert.watch_kind == "falls_at_night"
    assert alert.message == ""


# --- the overview ----------------------------------------------------------------------------


def test_arrows_compare_the_recent_value_with_the_elders_usual():
    elder = usual.elder_usual("F", _usual("F"))
    assert elder is not None
    found = usual.trends(elder)
    assert found["heart_rate"].arrow == "↑" and found["heart_rate"].value == 91.0
    assert found["temperature"].arrow == "→"
    assert found["activity_score"].arrow == "↓"
    assert found["mental_score"].arrow == "" and found["mental_score"].direction is None
    assert "humidity" not in found  # the overview's trends are the four readings
    # exactly at the edges is within the usual
    edge = usual.UsualRange("heart_rate", 62.0, 78.0, 70.0, 78.0)
    assert usual.direction(78.0, edge) == usual.STEADY
    assert usual.direction(61.9, edge) == usual.DOWN


def test_odd_usual_entries_are_skipped_not_raised():
    raw = {
        "F": _usual(
            "F",
            series={
                "heart_rate": {"low": "62", "high": 78},
                "temperature": {"low": 25.0, "high": 20.0},
                "activity_score": {"low": float("nan"), "high": 1.0},
                "mental_score": {"low": 50, "high": 70, "recent": True},
            },
            hourly={"heart_rate": [[1, 2], "x", [3], None]},
            unusual=["x", {"kind": "mood", "message": 5}],
            days="many",
        ),
        "G": "not a dict",
    }
    found = usual.usual_by_family(raw)
    assert set(found) == {"F"}
    elder = found["F"]
    assert set(elder.ranges) == {"mental_score"} and elder.ranges["mental_score"].recent is None
    assert elder.hourly_heart_rate[0] == (1.0, 2.0) and elder.hourly_heart_rate[1] is None
    assert elder.days == 0
    assert [u.message for u in elder.unusual] == ["5"]
    assert usual.usual_by_family(None) == {}


def _snapshot(*family_ids: str) -> dict:
    return {
        "families": {
            f: {
                "id": f,
                "family_name": f"{f} 댁",
                "main_user": None,
                "elder_name": f,
                "elder_birth_date": None,
            }
            for f in family_ids
        },
        "latest": {
            "home": {
                f: {"reported_at": NOW, "temperature": 22.0, "humidity": 50.0, "dust_level": 5}
                for f in family_ids
            },
            "health": {f: {"reported_at": NOW, "heart_rate": 90} for f in family_ids},
            "mental": {},
            "active": {f: {"reported_at": NOW, "score": 10} for f in family_ids},
        },
        "unread": {},
    }


def test_the_overview_names_the_elders_unusual_for_themselves():
    since = NOW - timedelta(hours=6)
    snapshot = {
        **_snapshot("A", "B", "C"),
        "usual": {
            "A": _usual(
                "A",
                unusual=[
                    {"kind": "mood", "grade": "warn", "message": "기분이", "since": since},
                    {"kind": "inactivity", "grade": "crit", "message": "6시간", "since": since},
                ],
            ),
            "B": _usual("B"),
        },
    }
    rows = {r.family_id: r for r in overview.overview_rows(snapshot, NOW)}
    assert [u.kind for u in rows["A"].unusual] == ["inactivity", "mood"]  # worst first
    assert "unusual" in rows["A"].concerns and rows["A"].severity >= 1
    assert rows["B"].unusual == () and "unusual" not in rows["B"].concerns
    assert rows["B"].trends["heart_rate"].arrow == "↑"
    assert rows["B"].activity.value == 10.0
    assert rows["C"].trends == {} and rows["C"].unusual == ()  # no history: no arrows
    # a family unusual for itself is never calm: it sorts before the calm ones
    calm = overview.overview_rows({**_snapshot("A", "B"), "usual": {}}, NOW)
    assert all(r.severity == 0 for r in calm)
    assert overview.overview_rows(snapshot, NOW)[0].family_id == "A"


def test_two_hundred_families_are_one_usual_call(db, service, world, monkeypatch):
    family_ids = [world.family]
    for i in range(199):
        main = db.accounts.create_account(
            {"email": f"m{i}@carebot.test", "password": "x", "role": "main", "user_name": "m"}
        )
        family_ids.append(db.families.create_family({"main_user": main, "family_name": f"F{i}"}))
    found = UsualSpy({f: _usual(f) for f in family_ids})
    monkeypatch.setattr(db.watch, "usual", found)
    system = service.as_user(world.tokens["system"])
    snapshot = desk_snapshot(system)
    assert len(found.calls) == 1 and len(snapshot["usual"]) >= 200
    rows = overview.overview_rows(snapshot, NOW)
    assert sum(1 for r in rows if r.trends) >= 200
    # between the overview's reads of the usual, the snapshot goes without one
    assert "usual" not in desk_snapshot(system, with_usual=False)
    assert len(found.calls) == 1
    assert overview.overview(system) and len(found.calls) == 2


# --- the charts' band ------------------------------------------------------------------------


def test_the_heart_rate_band_follows_the_hour_of_day():
    elder = usual.elder_usual("F", _usual("F"))
    start = datetime(2025, 3, 1, 4, 30)
    segments = usual.band_segments(elder, "heart_rate", start, start + timedelta(hours=24))
    assert len(segments) == 25  # 04:30-05:00, then each hour, to 04:30 the next day
    epoch = datetime(1970, 1, 1)
    first, second, last = segments[0], segments[2], segments[-1]
    assert first[0] == (start - epoch).total_seconds()
    assert first[2:] == (55.0, 70.0)  # 04:00 UTC: the night's band
    assert second[2:] == (62.0, 80.0)  # 06:00 UTC
    assert last[1] == (start + timedelta(hours=24) - epoch).total_seconds()
    # the other readings: the 28-day range across the chart
    across = usual.band_segments(elder, "temperature", start, start + timedelta(days=7))
    assert [s[2:] for s in across] == [(21.0, 24.0)]
    assert usual.band_segments(elder, "dust_level", start, start + timedelta(days=1)) == []
    assert usual.band_segments(None, "heart_rate", start, start + timedelta(days=1)) == []


def test_the_status_bundle_carries_the_elders_usual(service, world, spy):
    api = service.as_user(world.tokens["member"])
    bundle = charts.status_bundle(api, world.family, NOW - timedelta(days=1), NOW)
    assert bundle.usual is not None and bundle.usual.ranges["heart_rate"].low == 62.0
    assert spy.calls == [[world.family]]


# --- the reports -----------------------------------------------------------------------------


def test_the_report_says_what_changed_against_the_usual(db, service, world, spy):
    start = NOW - timedelta(days=7)
    for hours in range(0, 7 * 24, 6):
        at = start + timedelta(hours=hours)
        db.status.create_health_status(
            {"family_id": world.family, "reported_at": at, "heart_rate": 91}
        )
        db.status.create_active_status({"family_id": world.family, "reported_at": at, "score": 20})
        db.status.create_home_status(
            {"family_id": world.family, "reported_at": at, "temperature": 22.5, "humidity": 47}
        )
    api = service.as_user(world.tokens["member"])
    summary = reports.weekly_summary(api, world.family, NOW)
    changes = {c.series: c for c in summary.usual_changes}
    assert changes["heart_rate"].direction == usual.UP and round(changes["heart_rate"].value) == 91
    assert (changes["heart_rate"].low, changes["heart_rate"].high) == (62.0, 78.0)
    assert changes["activity_score"].direction == usual.DOWN
    assert set(summary.usual_inside) == {"temperature", "humidity"}
    report = reports.elder_report(api, world.family, start, NOW)
    assert {c.series for c in report.usual_changes} == {"heart_rate", "activity_score"}
    # without a usual (offline, no history) nothing is compared
    assert usual.changes(None, {"heart_rate": 91.0}) == ([], [])


def test_the_newest_reading_stands_in_for_a_missing_recent_mean():
    elder = usual.elder_usual("F", _usual("F"))  # the mood has no recent mean
    fresh = usual.trends(elder, {"mental_score": (50.0, NOW - timedelta(hours=2))}, NOW)
    assert fresh["mental_score"].arrow == "↓" and fresh["mental_score"].basis == "latest"
    stale = usual.trends(elder, {"mental_score": (50.0, NOW - timedelta(hours=13))}, NOW)
    assert stale["mental_score"].direction is None
    # a recent mean is never replaced
    assert usual.trends(elder, {"heart_rate": (60.0, NOW)}, NOW)["heart_rate"].value == 91.0
