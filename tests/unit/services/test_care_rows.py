"""The care states as the desk's rows read them (issue 18): the overview never calls a
family with an open crit alert calm, reads the open alerts once for every family, and the
change check notices another desk's take and resolve."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import overview
from carebot_desktop.services.changes import DeskChanges, made_here
from carebot_desktop.services.desk_watch import DeskWatch
from carebot_desktop.workers.screen_work import desk_snapshot, open_states

NOW = utcnow()


def _snapshot(*family_ids: str) -> dict:
    return {
        "families": {
            fid: {
                "id": fid,
                "family_name": f"{fid} 댁",
                "main_user": None,
                "elder_name": fid,
                "elder_birth_date": None,
            }
            for fid in family_ids
        },
        # fresh readings in range: without the care states every family is calm
        "latest": {
            "home": {
                fid: {"reported_at": NOW, "temperature": 22.0, "humidity": 50.0, "dust_level": 5}
                for fid in family_ids
            },
            "health": {},
            "mental": {},
            "active": {},
        },
        "unread": {},
    }


def _state(index, family_id, state, minutes, grade="crit", **more):
    return {
        "index": index,
        "family_id": family_id,
        "grade": grade,
        "state": state,
        "created_at": NOW - timedelta(minutes=minutes),
        "taken_by": more.get("taken_by"),
        "taken_by_name": more.get("taken_by_name"),
        "taken_at": more.get("taken_at"),
        "escalation": 0,
    }


def test_an_open_crit_alert_is_never_calm_and_nobody_on_it_goes_first():
    snapshot = _snapshot("calm", "taken", "alone", "warned")
    snapshot["care"] = [
        _state(1, "alone", "new", 12),
        _state(
            2,
            "taken",
            "taken",
            40,
            taken_by="u1",
            taken_by_name="박지은",
            taken_at=NOW - timedelta(minutes=4),
        ),
        _state(3, "warned", "new", 5, grade="warn"),  # a warning is not an emergency
        _state(4, "alone", "new", 60 * 24 * 9),  # last week's, left open: counted, not named
    ]
    rows = overview.overview_rows(snapshot, NOW)
    by_id = {r.family_id: r for r in rows}
    assert [r.family_id for r in rows][:2] == ["alone", "taken"]
    assert by_id["taken"].severity == 3 and by_id["taken"].unread["crit"] == 0
    assert by_id["taken"].crit_open["taken_by_name"] == "박지은"
    assert by_id["alone"].crit_open["index"] == 1 and by_id["alone"].crit_open_count == 2
    assert by_id["calm"].severity == 0 and by_id["calm"].crit_open is None
    assert by_id["warned"].crit_open is None
    # without the states (an old snapshot, the offline copy) the rows are as before
    assert all(r.severity == 0 for r in overview.overview_rows(_snapshot("calm"), NOW))


class _Counting:
    """An API that counts its calls: the overview reads the open alerts once, and the
    elders' usual once (issue 19)."""

    def __init__(self, families: int) -> None:
        self.calls: list[str] = []
        self._snapshot = _snapshot(*(f"f{i}" for i in range(families)))
        self.desk = self
        self.care = self
        self.watch = self

    def action(self):
        return contextlib.nullcontext()

    def snapshot(self, family_ids=None):
        self.calls.append("snapshot")
        return self._snapshot

    def open_alerts(self, grades=None):
        self.calls.append("open_alerts")
        return [s for s in [_state(9, "f1", "new", 2)] if grades is None or s["grade"] in grades]

    def usual(self, family_ids=None, *, recent=True):
        self.calls.append("usual")
        return {}


@pytest.mark.parametrize("families", [2, 200])
def test_the_overview_reads_the_open_alerts_once_whatever_the_families(families):
    api = _Counting(families)
    snapshot = desk_snapshot(api)
    assert api.calls == ["snapshot", "open_alerts", "usual"]
    assert snapshot["care"][0]["index"] == 9
    rows = overview.overview(_Counting(families))
    assert rows[0].family_id == "f1" and rows[0].severity == 3


def test_the_change_check_sees_another_desks_take_and_resolve(db, service, world):
    """Desk A's poller: desk B takes an alert (already read: only the care tables move)
    and later resolves it; each is reported at A's next check, once."""
    index = world.notification
    db.notifications.check_read_notification(index)
    desk_a = service.as_user(world.tokens["main"])
    desk_b = service.as_user(world.tokens["member"])
    watch = DeskWatch(desk_a, fold_every=3600)
    assert not watch.check()  # the first check sets the starting point
    assert not watch.check().alerts
    desk_b.care.take(index)
    assert watch.check().states  # the open alerts' states (not the alerts themselves)
    assert not watch.check()
    desk_b.care.resolve(index, "elder_fine", "괜찮으심")
    assert watch.check().states
    # A's own take is absorbed: its next check does not read it back
    other = db.notifications.create_notification(
        {"family_id": world.family, "notification_grade": "crit", "description": "낙상감지"}
    )
    watch.check()
    desk_a.care.take(other)
    watch.absorb(made_here(desk_a, DeskChanges(acknowledged={other}, care=frozenset({other}))))
    after = watch.check()
    assert not after.alerts and not after.states


class _ManyOpen(_Counting):
    """Open alerts of every grade the desk keeps states of: at 200 families the warn
    ones are tens of thousands (issue 20's memory)."""

    def open_alerts(self, grades=None):
        self.calls.append(f"open_alerts {grades}")
        states = [
            _state(1, "f0", "new", 30, grade="warn"),
            _state(2, "f1", "taken", 20, taken_by_name="박지은"),
            _state(3, "f1", "new", 10, grade="warn"),
            _state(4, "f0", "new", 5),
        ]
        return [s for s in states if grades is None or s["grade"] in grades]


def test_the_overview_keeps_only_the_open_crit_states():
    api = _ManyOpen(2)
    snapshot = desk_snapshot(api)
    assert [s["index"] for s in snapshot["care"]] == [2, 4]
    # ... and asks the database for those only (issue 21: at 200 families the open warn
    # alerts are thousands of states, read and thrown away at every refresh)
    assert "open_alerts ['crit']" in api.calls
    rows = {r.family_id: r for r in overview.overview_rows(snapshot, NOW)}
    assert rows["f0"].crit_open["index"] == 4 and rows["f1"].crit_open["state"] == "taken"


def test_the_notifications_keep_the_states_of_their_alerts_only():
    states = open_states(_ManyOpen(2), {2, 3, 99})
    assert set(states.states) == {2, 3}
    assert states.states[2]["taken_by_name"] == "박지은"
    assert states.others == frozenset({1, 4})
