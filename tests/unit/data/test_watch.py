"""The watcher's detector (``db.watch.check`` / ``services.watch.check``) on small
hand-made histories: each kind, and the edges (an outing longer than usual on its usual
day, a nap, a new elder, a robot that reports late in a burst, a robot whose clock
changes, odd rows), on SQLite, MariaDB and the production schema."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from carebot_desktop.data import Database
from carebot_desktop.data.models import Notification, WatchEpisode
from carebot_desktop.data.watch_rules import LOCAL
from carebot_desktop.services import watch
from tests.factories import make_family

MARIADB = pytest.mark.parametrize(
    "backend", [pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)

# A fixed week: 2026-11-02 was a Monday. Days count back from TODAY (local midnight).
TODAY = datetime(2026, 11, 30) - LOCAL  # local midnight of Monday 30 November, in UTC


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """UTC time of local ``hour:minute`` on day ``day`` (0 = TODAY, -1 = yesterday)."""
    return TODAY + timedelta(days=day, hours=hour, minutes=minute)


Awake = Callable[[datetime], bool]


def ordinary_day(at: datetime) -> bool:
    """Awake and at home from 06:30 to 22:00 local, a nap 13:00-14:00."""
    minute = (at + LOCAL).hour * 60 + (at + LOCAL).minute
    return 390 <= minute < 1320 and not (780 <= minute < 840)


class Home:
    """One family's robot writing a history: the home every 10 minutes, the elder's heart
    rate and activity every 10 minutes while seen, two conversations a day."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.family_id, self.elder = make_family(db)
        self.rows: dict[str, list[dict]] = {"home": [], "health": [], "active": [], "mental": []}

    def live(
        self,
        start: datetime,
        end: datetime,
        awake: Awake = ordinary_day,
        heart: Callable[[datetime], float] | None = None,
        temperature: Callable[[datetime], float] | None = None,
        robot: Callable[[datetime], bool] = lambda at: True,
        mental: int = 70,
        clock: timedelta = timedelta(0),
    ) -> Home:
        at = start
        step = 0
        while at < end:
            if robot(at):
                stamp = at + clock
                t = temperature(at) if temperature else 22.0 + (step % 3) * 0.3
                self.rows["home"].append(
                    self._row(stamp, temperature=t, humidity=45.0, dust_level=20.0, ethanol=0.01)
                )
                if awake(at):
                    rate = heart(at) if heart else 70.0 + (step % 5) * 2 - 4
                    self.rows["health"].append(self._row(stamp, heart_rate=int(rate)))
                    self.rows["active"].append(
                        self._row(stamp, score=60, action="거실", is_critical=False)
                    )
                    local_at = at + LOCAL
                    if local_at.minute < 10 and local_at.hour in (10, 15):
                        self.rows["mental"].append(
                            self._row(stamp, score=mental, is_critical=False, description="{}")
                        )
            at += timedelta(minutes=10)
            step += 1
        return self

    def _row(self, at: datetime, **values: object) -> dict:
        return {"family_id": self.family_id, "reported_at": at, **values}

    def save(self) -> Home:
        for kind, rows in self.rows.items():
            if rows:
                self.db.status.bulk_create_status(kind, rows)
            self.rows[kind] = []
        return self


def kinds(raised: list[dict]) -> list[str]:
    return sorted(r["kind"] for r in raised)


def step(db: Database, start: datetime, end: datetime, minutes: int = 10) -> list[dict]:
    """The watcher every ``minutes`` from ``start`` to ``end``; all it raised."""
    raised: list[dict] = []
    at = start
    while at <= end:
        raised += watch.check(db, at)
        at += timedelta(minutes=minutes)
    return raised


# --- inactivity ---------------------------------------------------------------------------


def test_a_fall_in_the_morning_is_raised_within_two_hours_once(db):
    home = Home(db).live(local(-28, 0), local(0, 10)).save()  # seen until 10:00 today
    home.live(local(0, 10), local(0, 18), awake=lambda at: False).save()  # robot goes on
    raised = step(db, local(0, 10), local(0, 18))
    assert kinds(raised) == ["inactivity"]
    alert = raised[0]
    assert alert["grade"] == "crit" and alert["family_id"] == home.family_id
    assert alert["since"] <= local(0, 10)
    delay = _raised_at(db, alert["index"]) - local(0, 10)
    assert timedelta(minutes=60) <= delay <= timedelta(hours=2)
    description = json.loads(_notification(db, alert["index"]).descriptions)
    assert description["type"] == "carebot.inactivity"
    assert "평소 이 시간에는 최대" in description["message"]
    assert "째 움직임이 없습니다" in description["message"]


def test_the_usual_nap_and_night_raise_nothing(db):
    Home(db).live(local(-28, 0), local(1, 0)).save()
    assert step(db, local(0, 0), local(1, 0)) == []


def test_a_nap_longer_than_ever_is_raised_but_a_usual_one_is_not(db):
    home = Home(db).live(local(-28, 0), local(0, 13)).save()
    # today the nap lasts from 13:00 until 17:00: 3 hours longer than ever before
    home.live(local(0, 13), local(0, 17), awake=lambda at: False).save()
    raised = step(db, local(0, 13), local(0, 17))
    assert kinds(raised) == ["inactivity"]
    assert _raised_at(db, raised[0]["index"]) - local(0, 13) <= timedelta(hours=2)


def test_a_weekly_outing_is_usual_on_its_day_only(db):
    def routine(at: datetime) -> bool:
        local_at = at + LOCAL
        outing = local_at.weekday() == 0 and 10 <= local_at.hour < 14  # Mondays 10-14
        return ordinary_day(at) and not outing

    home = Home(db).live(local(-28, 0), local(0, 10), awake=routine).save()
    # Monday (today): the usual outing of four hours raises nothing
    home.live(local(0, 10), local(0, 14), awake=lambda at: False).save()
    home.live(local(0, 14), local(1, 10), awake=routine).save()
    assert step(db, local(0, 10), local(0, 15)) == []
    # the same four hours on Tuesday are unusual
    home.live(local(1, 10), local(1, 14), awake=lambda at: False).save()
    raised = step(db, local(1, 10), local(1, 14))
    assert kinds(raised) == ["inactivity"]


def test_an_outing_longer_than_usual_on_its_usual_day_is_raised(db):
    def routine(at: datetime) -> bool:
        local_at = at + LOCAL
        return ordinary_day(at) and not (local_at.weekday() == 0 and 10 <= local_at.hour < 12)

    home = Home(db).live(local(-28, 0), local(0, 10), awake=routine).save()
    home.live(local(0, 10), local(0, 18), awake=lambda at: False).save()  # never back
    raised = step(db, local(0, 10), local(0, 18))
    assert kinds(raised) == ["inactivity"]
    delay = _raised_at(db, raised[0]["index"]) - local(0, 10)
    assert timedelta(hours=2) < delay <= timedelta(hours=3, minutes=30)


def test_a_new_elder_gets_the_default_limit_and_says_so(db):
    home = Home(db).live(local(-2, 0), local(0, 9)).save()  # two days of history
    home.live(local(0, 9), local(0, 18), awake=lambda at: False).save()
    raised = step(db, local(0, 9), local(0, 18))
    assert kinds(raised) == ["inactivity"]
    delay = _raised_at(db, raised[0]["index"]) - local(0, 9)
    assert timedelta(hours=6) <= delay <= timedelta(hours=6, minutes=10)
    message = json.loads(_notification(db, raised[0]["index"]).descriptions)["message"]
    assert "배우는 중" in message


def test_a_family_without_any_rows_raises_nothing(db):
    make_family(db)
    assert watch.check(db, local(0, 12)) == []


def test_a_sleep_window_set_by_the_family_is_respected(db):
    def night_owl(at: datetime) -> bool:
        minute = (at + LOCAL).hour * 60 + (at + LOCAL).minute
        return 600 <= minute < 1380  # awake 10:00-23:00

    home = Home(db).live(local(-2, 0), local(0, 23), awake=night_owl).save()
    home.live(local(0, 23), local(1, 12), awake=lambda at: False).save()
    db.watch.set_sleep_window(home.family_id, "23:00", "10:00")
    assert db.watch.sleep_window(home.family_id) == {"start": "23:00", "end": "10:00"}
    # a new elder: the default rule, but the family's night runs until 10:00 (+1 h)
    raised = step(db, local(0, 23), local(1, 12))
    assert kinds(raised) == ["inactivity"]
    assert _raised_at(db, raised[0]["index"]) >= local(1, 11)


def test_the_elder_seen_again_ends_the_episode_and_a_new_lapse_raises_again(db):
    home = Home(db).live(local(-28, 0), local(0, 9)).save()
    home.live(local(0, 9), local(0, 12), awake=lambda at: False).save()
    first = step(db, local(0, 9), local(0, 12))
    assert kinds(first) == ["inactivity"]
    home.live(local(0, 12), local(0, 14)).save()  # back
    home.live(local(0, 14), local(0, 18), awake=lambda at: False).save()
    second = step(db, local(0, 12), local(0, 18))
    assert kinds(second) == ["inactivity"]
    episodes = db.watch.episodes([home.family_id])
    assert [e["open"] for e in episodes] == [True, False]


def test_a_message_from_the_elder_counts_as_seen(db):
    home = Home(db).live(local(-28, 0), local(0, 9)).save()
    home.live(local(0, 9), local(0, 18), awake=lambda at: False).save()
    daughter = make_family(db)[1]
    from tests.factories import make_member

    _, daughter = make_member(db, home.family_id)
    db.messages.create_message(
        {"from_id": home.elder, "to_id": daughter, "content": "잘 지내", "created_at": local(0, 10)}
    )
    raised = step(db, local(0, 9), local(0, 18))
    assert kinds(raised) == ["inactivity"]
    assert raised[0]["since"] == local(0, 10)


# --- robot silent -------------------------------------------------------------------------


def test_an_unplugged_robot_is_raised_within_an_hour_and_never_as_inactivity(db):
    home = Home(db).live(local(-28, 0), local(0, 11)).save()
    home.live(local(0, 15), local(0, 20)).save()  # unplugged 11:00-15:00
    raised = step(db, local(0, 11), local(0, 20))
    assert kinds(raised) == ["robot_silent"]
    delay = _raised_at(db, raised[0]["index"]) - local(0, 11)
    assert delay <= timedelta(hours=1)
    message = json.loads(_notification(db, raised[0]["index"]).descriptions)["message"]
    assert "로봇이" in message and "움직임 없음과 다릅니다" in message
    assert db.watch.episodes([home.family_id], open_only=True) == []  # it came back


def test_a_burst_of_late_rows_ends_the_silence_without_another_alert(db):
    home = Home(db).live(local(-28, 0), local(0, 11)).save()
    assert step(db, local(0, 11), local(0, 12)) and True  # silent: raised once
    # the robot uploads the last hour late, in one burst, and goes on
    home.live(local(0, 11), local(0, 14)).save()
    assert step(db, local(0, 12, 10), local(0, 14)) == []
    assert db.watch.episodes([home.family_id], open_only=True) == []


def test_a_robot_whose_clock_falls_behind_still_counts_as_reporting(db):
    home = Home(db).live(local(-28, 0), local(0, 9)).save()
    assert step(db, local(0, 8), local(0, 9)) == []
    # from 09:00 its clock is an hour behind: its rows arrive dated an hour ago
    at = local(0, 9)
    raised: list[dict] = []
    while at <= local(0, 13):
        home.live(at, at + timedelta(minutes=10), clock=-timedelta(hours=1)).save()
        raised += watch.check(db, at + timedelta(minutes=10))
        at += timedelta(minutes=10)
    assert raised == []


def test_a_robot_silent_for_days_before_the_first_check_raises_nothing(db):
    Home(db).live(local(-28, 0), local(-5, 0)).save()
    assert watch.check(db, local(0, 12)) == []


# --- heart rate ---------------------------------------------------------------------------


def test_a_fever_is_raised_within_two_hours_and_a_single_odd_reading_is_not(db):
    fever_from = local(0, 9)

    def heart(at: datetime) -> float:
        return 66.0 + (at.minute % 3) * 2 + (24 if at >= fever_from else 0)

    def odd(at: datetime) -> float:
        return 230.0 if at == local(-1, 11) else 66.0 + (at.minute % 3) * 2

    home = Home(db).live(local(-28, 0), local(-1, 0), heart=lambda at: 66.0 + (at.minute % 3) * 2)
    home.live(local(-1, 0), local(0, 0), heart=odd).save()
    assert step(db, local(-1, 10), local(-1, 13)) == []  # 230 is no reading
    home.live(local(0, 0), local(0, 16), heart=heart).save()
    raised = step(db, local(0, 8), local(0, 16))
    assert kinds(raised) == ["heart_rate"]
    assert _raised_at(db, raised[0]["index"]) - fever_from <= timedelta(hours=2)
    message = json.loads(_notification(db, raised[0]["index"]).descriptions)["message"]
    assert "높습니다" in message and "평소 이 시간" in message


def test_the_elders_own_range_not_a_fixed_band(db):
    # an elder whose heart usually beats at 95: within fixed bands, usual for them
    home = Home(db).live(local(-28, 0), local(0, 16), heart=lambda at: 95.0 + (at.minute % 3))
    home.save()
    assert step(db, local(0, 8), local(0, 16)) == []
    # and 70 for several hours is unusually low for them (though "normal" for most)
    home.live(local(0, 16), local(0, 20), heart=lambda at: 70.0).save()
    raised = step(db, local(0, 16), local(0, 20))
    assert kinds(raised) == ["heart_rate"]


# --- room temperature ---------------------------------------------------------------------


def test_a_hot_room_is_raised_within_two_hours_and_broken_sensor_zeros_are_ignored(db):
    def temperature(at: datetime) -> float:
        if local(0, 12) <= at < local(0, 18):
            return 33.5
        return 23.0

    home = Home(db).live(local(-28, 0), local(0, 20), temperature=temperature)
    # a broken sensor writes zeros for two hours the day before
    for row in home.rows["home"]:
        if local(-1, 2) <= row["reported_at"] < local(-1, 4):
            row.update(temperature=0.0, humidity=0.0, dust_level=0.0, ethanol=0.0)
    home.save()
    assert step(db, local(-1, 1), local(-1, 6)) == []
    raised = step(db, local(0, 11), local(0, 20))
    assert kinds(raised) == ["room_temperature"]
    assert raised[0]["grade"] == "warn"
    assert _raised_at(db, raised[0]["index"]) - local(0, 12) <= timedelta(hours=2)
    assert db.watch.episodes([home.family_id], open_only=True) == []  # it cooled down


def test_a_cold_room_in_winter(db):
    def temperature(at: datetime) -> float:
        return 11.0 if local(0, 0) <= at < local(0, 8) else 21.0

    Home(db).live(local(-28, 0), local(0, 9), temperature=temperature).save()
    raised = step(db, local(-1, 23), local(0, 9))
    assert kinds(raised) == ["room_temperature"]
    assert raised[0]["grade"] == "crit"


# --- mood ---------------------------------------------------------------------------------


def test_a_falling_mood_over_a_week(db):
    home = Home(db).live(local(-35, 0), local(-7, 0), mental=75)
    home.live(local(-7, 0), local(0, 12), mental=45).save()
    raised = watch.check(db, local(0, 12))
    assert kinds(raised) == ["mood"]
    message = json.loads(_notification(db, raised[0]["index"]).descriptions)["message"]
    assert "평균 45점" in message and "평소 74점" in message  # a morning of 45s is in the 4 weeks


# --- exactly once -------------------------------------------------------------------------


def test_checking_twice_at_the_same_moment_raises_once(db):
    home = Home(db).live(local(-28, 0), local(0, 9)).save()
    home.live(local(0, 9), local(0, 14), awake=lambda at: False).save()
    assert kinds(watch.check(db, local(0, 13))) == ["inactivity"]
    assert watch.check(db, local(0, 13)) == []
    assert watch.check(db, local(0, 13, 30)) == []
    assert _count(db, Notification) == 1


@MARIADB
def test_four_watchers_at_once_raise_each_episode_once(db, db_url):
    homes = [Home(db).live(local(-28, 0), local(0, 9)).save() for _ in range(3)]
    for home in homes:
        home.live(local(0, 9), local(0, 14), awake=lambda at: False).save()
    db.watch.learn(local(0, 13))
    raised: list[dict] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def run() -> None:
        other = Database(db_url)
        try:
            start.wait()
            raised.extend(watch.check(other, local(0, 13)))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            other.dispose()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(r["family_id"] for r in raised) == sorted(h.family_id for h in homes)
    assert _count(db, Notification) == 3
    assert _count(db, WatchEpisode) == 3


def test_rows_reported_after_now_are_ignored(db):
    home = Home(db).live(local(-28, 0), local(0, 9)).save()
    home.live(local(0, 9), local(0, 18), awake=lambda at: False).save()
    home.live(local(0, 18), local(0, 22)).save()  # the elder comes back at 18:00
    assert kinds(watch.check(db, local(0, 12))) == ["inactivity"]


# --- helpers ------------------------------------------------------------------------------


def _notification(db: Database, index: int) -> Notification:
    with db.transaction() as session:
        found = session.get(Notification, index)
        assert found is not None
        session.expunge(found)
        return found


def _raised_at(db: Database, index: int) -> datetime:
    created = _notification(db, index).created_at
    assert created is not None
    return created


def _count(db: Database, model: type) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_broken_sensors_zeros_do_not_count_as_the_elder_seen(db):
    """A heart-rate sensor that writes 0 (or 230) every ten minutes, and activity rows
    scored 0, while the elder lies still: the fall is still found."""
    home = Home(db).live(local(-28, 0), local(0, 10)).save()
    home.live(local(0, 10), local(0, 18), awake=lambda at: False)
    for n in range(48):
        at = local(0, 10) + timedelta(minutes=10 * n)
        home.rows["health"].append(home._row(at, heart_rate=0 if n % 2 else 230))
        home.rows["active"].append(home._row(at, score=0, action="", is_critical=False))
    home.save()
    raised = step(db, local(0, 10), local(0, 18))
    assert kinds(raised) == ["inactivity"]
    assert _raised_at(db, raised[0]["index"]) - local(0, 10) <= timedelta(hours=2)


def test_the_newest_sign_of_the_elder_in_any_table_counts(db):
    """The last sign may be a heart rate after an older activity row: the newest counts."""
    home = Home(db).live(local(-28, 0), local(0, 9)).save()
    home.live(local(0, 9), local(0, 14), awake=lambda at: False)
    home.rows["active"].append(home._row(local(0, 9, 30), score=50, action="", is_critical=False))
    home.rows["health"].append(home._row(local(0, 11), heart_rate=72))
    home.save()
    raised = step(db, local(0, 9), local(0, 14))
    assert kinds(raised) == ["inactivity"]
    assert raised[0]["since"] == local(0, 11)


def test_waking_at_three_and_sleeping_on_raises_nothing(db):
    def restless(at: datetime) -> bool:
        local_at = at + LOCAL
        return ordinary_day(at) or (local_at.hour == 3 and local_at.minute < 10)

    home = Home(db).live(local(-28, 0), local(0, 0)).save()
    home.live(local(0, 0), local(0, 12), awake=restless).save()
    assert step(db, local(0, 0), local(0, 12)) == []


def test_a_robot_back_at_night_does_not_make_the_sleeping_elder_missing(db):
    home = Home(db).live(local(-28, 0), local(0, 20)).save()
    # unplugged 20:00-01:00; the elder went to bed at 22:00 as always
    home.live(local(1, 1), local(1, 12)).save()
    raised = step(db, local(0, 20), local(1, 12))
    assert kinds(raised) == ["robot_silent"]


def test_a_robot_clock_a_few_minutes_ahead_raises_nothing(db):
    home = Home(db).live(local(-28, 0), local(0, 9), clock=timedelta(minutes=4)).save()
    at = local(0, 9)
    raised: list[dict] = []
    while at <= local(0, 15):
        home.live(at, at + timedelta(minutes=10), clock=timedelta(minutes=4)).save()
        raised += watch.check(db, at + timedelta(minutes=10))
        at += timedelta(minutes=10)
    assert raised == []
