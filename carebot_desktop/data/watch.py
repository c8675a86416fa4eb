"""Watching the elder (``CONTRACT.md``, "Watching the elder"): alerts derived from what
the robot did not report, and from the elder's own usual, for every family at once.

``db.watch.check(now)`` reads every family in a fixed number of set-based queries (never a
query per family), as of ``now`` (rows reported after it are ignored), applies the rules
of :mod:`carebot_desktop.data.watch_rules`, and writes each new episode's
``desktop_watch_episodes`` row and its ``notifications`` row in one transaction. The
episode table's unique keys make each episode raise one alert however many watchers run
at the same moment: the second insert writes nothing, and neither does its notification.

What the rules compare with (the elder's usual) is learned from the 28 days before
``now`` by :mod:`carebot_desktop.data.watch_learning` and kept in
``desktop_watch_baselines``; it is learned again when it is older than ``RELEARN``.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, insert, select, update
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.orm import Session

from carebot_desktop.data import watch_rules as rules
from carebot_desktop.data._base import Area, must_change, rowcount, write_view
from carebot_desktop.data.care_escalation import ignore_duplicate
from carebot_desktop.data.errors import NotFoundError, PermissionDeniedError, ValidationError
from carebot_desktop.data.models import (
    ActiveStatus,
    Family,
    HealthStatus,
    HomeStatus,
    MentalStatus,
    Message,
    Notification,
    NotificationGrade,
    WatchArrival,
    WatchBaseline,
    WatchEpisode,
    WatchSetting,
)
from carebot_desktop.data.models.shared import StatusRow
from carebot_desktop.data.recent_series import recent_means, summed
from carebot_desktop.data.validation import check_text_list, to_datetime, utcnow
from carebot_desktop.data.watch_learning import (
    LEARN_BATCH,
    RELEARN,
    Learner,
    is_stale,
    seen_condition,
)

log = logging.getLogger(__name__)

Row = dict[str, Any]
ELDER_TABLES: dict[str, type[StatusRow]] = {
    "a": ActiveStatus,
    "e": HealthStatus,
    "m": MentalStatus,
}
ROBOT_TABLES: dict[str, type[StatusRow]] = {"h": HomeStatus, **ELDER_TABLES}
GRADES = {"warn": NotificationGrade.WARN, "crit": NotificationGrade.CRIT}
SERIES_RECENT_HOURS = 3
# How far back the check looks for each home's newest rows, in stages: the last hours
# for every home (and what arrived in them), further back only for the homes not heard of
# (or elders not seen) nearer. A robot whose clock is more than the first stage behind
# looks silent.
READ_WINDOWS = (timedelta(hours=2), timedelta(hours=12), timedelta(days=rules.RECENT_DAYS))

__all__ = ["RELEARN", "Watch"]


class Watch(Area):
    _cache: dict[str, tuple[datetime, dict[str, Any]]]

    # --- the clock ------------------------------------------------------------------------

    def _now(self, session: Session, now: datetime | str | None) -> datetime:
        if now is not None:
            return to_datetime(now, "now")
        if self._db.is_mysql:
            found = session.scalar(select(func.utc_timestamp()))
            if isinstance(found, datetime):
                return found.replace(microsecond=0)
        return utcnow()

    def _must_be_shared(self) -> None:
        if self._db.secured:
            raise PermissionDeniedError(
                "the watcher reads every family: run it with the care centre's shared "
                "database credentials, not a person's own login"
            )

    # --- learning -------------------------------------------------------------------------

    def _baselines(self, session: Session, now: datetime) -> dict[str, dict[str, Any]]:
        """Every family's baseline as of ``now``, learned again where it is stale. What
        was read before is kept (by family and learning time): the watcher reads only
        what was learned since."""
        stored = dict(session.execute(select(WatchBaseline.family_id, WatchBaseline.as_of)).all())
        families = list(session.scalars(select(Family.id)))
        stale = [f for f in families if f not in stored or is_stale(stored[f], now)]
        cache = getattr(self, "_cache", {})
        if stale:
            missing_first = sorted(stale, key=lambda f: (f in stored, stored.get(f, now)))
            batch = None if not stored else missing_first[:LEARN_BATCH]
            learned = Learner(self._db.is_sqlite).learn(session, now, batch)
            for family_id, data in learned.items():
                stored[family_id] = now
                cache[family_id] = (now, data)
        _read_changed(session, cache, stored)
        self._cache = {f: cache[f] for f in stored if f in cache}
        return {f: data for f, (_as_of, data) in self._cache.items()}

    def learn(self, now: datetime | str | None = None) -> int:
        """Learn every elder's usual from the 28 days before ``now`` (the watcher does it
        every ``RELEARN`` by itself); the number of families learned."""
        self._must_be_shared()
        with self._tx() as session:
            at = self._now(session, now)
            return len(Learner(self._db.is_sqlite).learn(session, at))

    # --- the check ------------------------------------------------------------------------

    def check(self, now: datetime | str | None = None) -> list[Row]:
        """Evaluate every family as of ``now`` and raise what is unusual; the alerts this
        call raised: ``[{"index", "family_id", "kind", "grade", "since"}]``."""
        self._must_be_shared()
        with self._tx() as session:
            at = self._now(session, now)
            baselines = self._baselines(session, at)
        with self._tx() as session:
            seen = self._read(session, at)
            arrivals, changed_arrivals = self._arrivals(session, seen, at)
            episodes = self._open_episodes(session)
            robot_back = self._robot_back(session, at)
            sleep = self._sleep_windows(session)
        findings: list[tuple[str, rules.Finding]] = []
        closes: list[int] = []
        for family_id in seen["families"]:
            found, ended = self._evaluate(
                family_id,
                baselines.get(family_id),
                seen,
                arrivals.get(family_id),
                episodes.get(family_id, {}),
                robot_back.get(family_id),
                sleep.get(family_id),
                at,
            )
            findings.extend((family_id, f) for f in found)
            closes.extend(ended)
        with self._tx() as session:
            self._store_arrivals(session, changed_arrivals, at)
            if closes:
                session.execute(
                    update(WatchEpisode)
                    .where(WatchEpisode.id.in_(closes), WatchEpisode.open_key == 1)
                    .values(open_key=None, ended_at=at)
                )
        raised: list[Row] = []
        for family_id, finding in sorted(findings, key=lambda p: (p[0], p[1].kind)):
            index = self._raise(family_id, finding, at)
            if index is not None:
                raised.append(
                    {
                        "index": index,
                        "family_id": family_id,
                        "kind": finding.kind,
                        "grade": finding.grade,
                        "since": finding.since,
                    }
                )
        if raised:
            log.info("watch: raised %s", ", ".join(f"{r['kind']}@{r['family_id']}" for r in raised))
        return raised

    def _raise(self, family_id: str, finding: rules.Finding, at: datetime) -> int | None:
        """The episode's row and its notification, in one transaction; None when another
        watcher (or an earlier call) raised this episode already."""
        with self._tx() as session:
            inserted = session.execute(
                ignore_duplicate(
                    WatchEpisode.__table__.insert().values(  # type: ignore[attr-defined]
                        family_id=family_id,
                        kind=finding.kind,
                        open_key=1,
                        since=finding.since,
                        raised_at=at,
                        grade=finding.grade,
                        message=finding.message,
                    )
                )
            )
            if rowcount(inserted) != 1:
                return None
            description = {
                "type": f"carebot.{finding.kind}",
                "message": finding.message,
                "kind": finding.kind,
                "since": finding.since.isoformat(sep=" "),
                **finding.detail,
            }
            notification = Notification(
                family_id=family_id,
                created_at=at,
                notification_grade=GRADES[finding.grade],
                descriptions=json.dumps(description, ensure_ascii=False),
                is_read=False,
            )
            session.add(notification)
            session.flush()
            session.execute(
                update(WatchEpisode)
                .where(
                    WatchEpisode.family_id == family_id,
                    WatchEpisode.kind == finding.kind,
                    WatchEpisode.open_key == 1,
                )
                .values(notification_index=notification.index)
            )
            return int(notification.index)

    def _evaluate(
        self,
        family_id: str,
        baseline: dict[str, Any] | None,
        seen: dict[str, Any],
        arrival: datetime | None,
        episodes: dict[str, WatchEpisodeRow],
        robot_back: datetime | None,
        sleep: tuple[int, int] | None,
        at: datetime,
    ) -> tuple[list[rules.Finding], list[int]]:
        found: list[rules.Finding] = []
        ended: list[int] = []
        interval = (baseline or {}).get("interval")

        silent = episodes.get("robot_silent")
        if silent is not None and arrival is not None and arrival > silent.since:
            ended.append(silent.id)
            silent = None
            robot_back = at  # back now: the elder's gap is counted from here
        robot = rules.robot_silent(interval, arrival, at)
        if robot is not None and silent is None:
            found.append(robot)
        robot_quiet = robot is not None or silent is not None

        last_seen = seen["last_seen"].get(family_id)
        start = last_seen
        if start is not None and robot_back is not None and robot_back > start:
            start = robot_back  # the robot was away: the gap starts when it came back
        still = episodes.get("inactivity")
        if still is not None and last_seen is not None and last_seen > still.since:
            ended.append(still.id)
            still = None
        if still is None and not robot_quiet:
            finding = rules.inactivity(baseline, start, at, sleep)
            if finding is not None:
                found.append(finding)

        for kind, result in (
            (
                "heart_rate",
                rules.heart_rate(
                    baseline, seen["heart"].get(family_id, ()), at, "heart_rate" in episodes
                ),
            ),
            (
                "room_temperature",
                rules.room_temperature(
                    seen["room"].get(family_id, ()), at, "room_temperature" in episodes
                ),
            ),
            (
                "mood",
                rules.mood(
                    seen["mood_base"].get(family_id),
                    seen["mood_recent"].get(family_id),
                    at,
                    "mood" in episodes,
                ),
            ),
        ):
            finding, unusual = result
            if kind in episodes:
                if not unusual:
                    ended.append(episodes[kind].id)
            elif finding is not None:
                found.append(finding)
        return found, ended

    # --- what the check reads (a fixed number of set-based queries) -------------------------

    def _read(self, session: Session, at: datetime) -> dict[str, Any]:
        families = {f: main for f, main in session.execute(select(Family.id, Family.main_user))}
        ids = sorted(families)
        marks: dict[str, dict[str, int]] = defaultdict(dict)
        latest: dict[str, dict[str, datetime]] = defaultdict(dict)
        seen_at: dict[str, datetime] = {}
        # Each home's newest rows of the last hours (every query names the families, so
        # the database reads its (family, time) index by range, never the whole table);
        # the homes not heard of, or the elders not seen, in them are looked up further back.
        for stage, window in enumerate(READ_WINDOWS):
            if stage == 0:
                wanted = ids
            else:
                wanted = [f for f in ids if f not in seen_at or not latest.get(f)]
            if not wanted:
                break
            start = at - window
            end = at - READ_WINDOWS[stage - 1] if stage else at
            wanted_seen = {f for f in wanted if f not in seen_at}
            for key, model in ROBOT_TABLES.items():
                sign = seen_condition(model)
                elder = func.max(case((sign, model.reported_at))) if sign is not None else None
                query = (
                    select(
                        model.family_id,
                        func.max(model.index),
                        func.max(model.reported_at),
                        elder if elder is not None else func.max(None),
                    )
                    .where(
                        model.family_id.in_(wanted),
                        model.reported_at > start,
                        model.reported_at <= end,
                    )
                    .group_by(model.family_id)
                )
                for family_id, index, reported, seen_time in session.execute(query):
                    if reported is not None and key not in latest[family_id]:
                        latest[family_id][key] = reported
                        if stage == 0:  # the marks: what arrived in the last hours
                            marks[family_id][key] = int(index)
                    if isinstance(seen_time, datetime) and family_id in wanted_seen:
                        # the newest of the tables, in the nearest stage that has any
                        seen_at[family_id] = max(seen_time, seen_at.get(family_id, seen_time))
        recent = at - timedelta(days=rules.RECENT_DAYS)
        messages = (
            select(Family.id, func.max(Message.created_at))
            .join(Family, Family.main_user == Message.from_id)
            .where(Message.created_at > recent, Message.created_at <= at)
            .group_by(Family.id)
        )
        sent = dict(session.execute(messages).all())
        last_seen: dict[str, datetime] = {}
        for family_id in families:
            times = [seen_at[family_id]] if family_id in seen_at else []
            message_at = sent.get(family_id)
            if isinstance(message_at, datetime):
                times.append(message_at)
            if times:
                last_seen[family_id] = max(times)

        heart: dict[str, list[tuple[datetime, float]]] = defaultdict(list)
        query_hr = select(
            HealthStatus.family_id, HealthStatus.reported_at, HealthStatus.heart_rate
        ).where(
            HealthStatus.family_id.in_(ids),
            HealthStatus.reported_at > at - timedelta(minutes=rules.HR_WINDOW_MINUTES),
            HealthStatus.reported_at <= at,
            HealthStatus.heart_rate.is_not(None),
        )
        for family_id, reported, value in session.execute(query_hr):
            if reported is not None and value is not None:
                heart[family_id].append((reported, float(value)))

        room: dict[str, list[tuple[datetime, float]]] = defaultdict(list)
        room_minutes = max(rules.HEAT_WINDOW_MINUTES, rules.COLD_WINDOW_MINUTES)
        query_room = select(
            HomeStatus.family_id,
            HomeStatus.reported_at,
            HomeStatus.temperature,
            HomeStatus.humidity,
        ).where(
            HomeStatus.family_id.in_(ids),
            HomeStatus.reported_at > at - timedelta(minutes=room_minutes),
            HomeStatus.reported_at <= at,
            HomeStatus.temperature.is_not(None),
        )
        for family_id, reported, temperature, humidity in session.execute(query_room):
            valid = temperature is not None and rules.plausible_room(temperature, humidity)
            if reported is not None and temperature is not None and valid:
                room[family_id].append((reported, float(temperature)))

        split = at - timedelta(days=rules.MOOD_RECENT_DAYS)
        start = split - timedelta(days=rules.MOOD_BASE_DAYS)
        score = MentalStatus.score
        is_recent = MentalStatus.reported_at > split
        base_only = and_(MentalStatus.reported_at <= split)
        query_mood = (
            select(
                MentalStatus.family_id,
                func.sum(case((is_recent, 1), else_=0)),
                func.sum(case((is_recent, score), else_=0)),
                func.sum(case((base_only, 1), else_=0)),
                func.sum(case((base_only, score), else_=0)),
                func.sum(case((base_only, score * score), else_=0)),
            )
            .where(
                MentalStatus.family_id.in_(ids),
                MentalStatus.reported_at > start,
                MentalStatus.reported_at <= at,
                score.between(0, 100),
            )
            .group_by(MentalStatus.family_id)
        )
        mood_base: dict[str, tuple[int, float, float]] = {}
        mood_recent: dict[str, tuple[int, float]] = {}
        for family_id, r_n, r_sum, b_n, b_sum, b_sq in session.execute(query_mood):
            if r_n:
                mood_recent[family_id] = (int(r_n), float(r_sum) / int(r_n))
            if b_n:
                mean, sd = rules.mean_sd(float(b_n), float(b_sum), float(b_sq))
                mood_base[family_id] = (int(b_n), mean, sd)
        return {
            "families": families,
            "marks": marks,
            "latest": latest,
            "last_seen": last_seen,
            "heart": heart,
            "room": room,
            "mood_base": mood_base,
            "mood_recent": mood_recent,
        }

    def _arrivals(
        self, session: Session, seen: dict[str, Any], at: datetime
    ) -> tuple[dict[str, datetime | None], dict[str, tuple[str, datetime]]]:
        """When something last arrived from each home: a new row (a larger index than the
        watcher saw last time) counts as arriving after the watcher's previous look, even
        if the robot's clock dates it earlier. Returns the arrivals and the rows to store."""
        stored = {a.family_id: a for a in session.scalars(select(WatchArrival))}
        arrivals: dict[str, datetime | None] = {}
        changed: dict[str, tuple[str, datetime]] = {}
        for family_id in seen["families"]:
            marks: dict[str, int] = seen["marks"].get(family_id, {})
            latest: dict[str, datetime] = seen["latest"].get(family_id, {})
            newest = max(latest.values()) if latest else None
            text = ",".join(f"{k}:{marks[k]}" for k in sorted(marks))
            before = stored.get(family_id)
            if before is None or before.checked_at > at or before.arrived_at > at:
                arrivals[family_id] = newest
                if newest is not None:
                    changed[family_id] = (text, newest)
                continue
            old = _parse_marks(before.marks)
            grown = [k for k, v in marks.items() if v > old.get(k, 0)]
            if not grown:
                arrivals[family_id] = before.arrived_at
                continue
            reported = max(latest[k] for k in grown)
            arrived = min(at, max(reported, before.checked_at))
            arrivals[family_id] = max(arrived, before.arrived_at)
            changed[family_id] = (text, arrivals[family_id] or arrived)
        return arrivals, changed

    def _store_arrivals(
        self, session: Session, changed: dict[str, tuple[str, datetime]], at: datetime
    ) -> None:
        if not changed:
            return
        rows = [
            {"family_id": f, "marks": marks, "arrived_at": arrived, "checked_at": at}
            for f, (marks, arrived) in sorted(changed.items())
        ]
        # one statement for every home (an upsert): the watcher writes this each minute
        if self._db.is_sqlite:
            lite = sqlite.insert(WatchArrival).values(rows)
            session.execute(
                lite.on_conflict_do_update(
                    index_elements=["family_id"],
                    set_={
                        "marks": lite.excluded.marks,
                        "arrived_at": lite.excluded.arrived_at,
                        "checked_at": lite.excluded.checked_at,
                    },
                )
            )
        else:
            maria = mysql.insert(WatchArrival).values(rows)
            session.execute(
                maria.on_duplicate_key_update(
                    marks=maria.inserted.marks,
                    arrived_at=maria.inserted.arrived_at,
                    checked_at=maria.inserted.checked_at,
                )
            )

    def _open_episodes(self, session: Session) -> dict[str, dict[str, WatchEpisodeRow]]:
        result: dict[str, dict[str, WatchEpisodeRow]] = defaultdict(dict)
        query = select(
            WatchEpisode.id, WatchEpisode.family_id, WatchEpisode.kind, WatchEpisode.since
        )
        for id_, family_id, kind, since in session.execute(query.where(WatchEpisode.open_key == 1)):
            result[family_id][kind] = WatchEpisodeRow(int(id_), since)
        return result

    def _robot_back(self, session: Session, at: datetime) -> dict[str, datetime]:
        """When each home's robot last came back from a silence (its episode's end)."""
        query = (
            select(WatchEpisode.family_id, func.max(WatchEpisode.ended_at))
            .where(
                WatchEpisode.kind == "robot_silent",
                WatchEpisode.ended_at.is_not(None),
                WatchEpisode.ended_at <= at,
                WatchEpisode.ended_at > at - timedelta(days=rules.RECENT_DAYS),
            )
            .group_by(WatchEpisode.family_id)
        )
        return {f: t for f, t in session.execute(query) if t is not None}

    def _sleep_windows(self, session: Session) -> dict[str, tuple[int, int]]:
        result = {}
        query = select(WatchSetting.family_id, WatchSetting.sleep_start, WatchSetting.sleep_end)
        for family_id, start, end in session.execute(query):
            if start and end:
                try:
                    result[family_id] = (rules.parse_hhmm(start), rules.parse_hhmm(end))
                except ValueError:
                    continue
        return result

    # --- what the screens read ------------------------------------------------------------

    def usual(
        self,
        family_ids: list[str] | None = None,
        now: datetime | str | None = None,
        *,
        recent: bool = True,
    ) -> dict[str, Row]:
        """Each family's usual (see ``CONTRACT.md``): the 28-day ranges of its readings,
        the heart rate's by hour, the recent values beside them, the open episodes and the
        sleep window. Only reads (a screen's call): what the watcher (or a care-centre
        desk's check) last learned; a family it has not learned yet has no ranges. A few
        statements (one more when a baseline changed since this Database last read it),
        whatever the number of families. ``recent`` False: each series' "recent" is None
        and the rows are not read (the overview asks so at a new alert, for the open
        episodes, and keeps the recent values it read a few minutes before)."""
        if family_ids is not None:
            family_ids = check_text_list("family_ids", family_ids)
            if not family_ids:
                return {}
        at = to_datetime(now, "now") if now is not None else utcnow()
        with self._read_tx() as session:
            wanted = family_ids or list(session.scalars(select(Family.id)))
            baselines = self._stored_baselines(session, wanted)
            means = self._recent_series(session, wanted, at) if recent else {}
            open_rows = session.execute(
                select(
                    WatchEpisode.family_id,
                    WatchEpisode.kind,
                    WatchEpisode.grade,
                    WatchEpisode.message,
                    WatchEpisode.since,
                ).where(WatchEpisode.open_key == 1, WatchEpisode.family_id.in_(wanted))
            ).all()
            settings = {
                s.family_id: s
                for s in session.scalars(
                    select(WatchSetting).where(WatchSetting.family_id.in_(wanted))
                )
            }
        unusual: dict[str, list[Row]] = defaultdict(list)
        for family_id, kind, grade, message, since in open_rows:
            unusual[family_id].append(
                {"kind": kind, "grade": grade, "message": message or "", "since": since}
            )
        result: dict[str, Row] = {}
        for family_id in wanted:
            baseline = baselines.get(family_id) or {}
            series: dict[str, Row] = {}
            for name, stats in (baseline.get("series") or {}).items():
                n, total, squares = stats
                if n < 10:
                    continue
                mean, sd = rules.mean_sd(float(n), float(total), float(squares))
                series[name] = {
                    "low": round(mean - 1.28 * sd, 1),
                    "high": round(mean + 1.28 * sd, 1),
                    "mean": round(mean, 1),
                    "recent": means.get(family_id, {}).get(name),
                }
            hourly: list[list[float] | None] = []
            for hour in range(24):
                low, high, own = rules.heart_band(baseline, hour)
                hourly.append([round(low, 1), round(high, 1)] if own else None)
            setting = settings.get(family_id)
            result[family_id] = {
                "days": int(baseline.get("days", 0)),
                "learned_at": _as_datetime(baseline.get("as_of")),
                "series": series,
                "hourly": {"heart_rate": hourly},
                "unusual": sorted(unusual.get(family_id, []), key=lambda r: r["since"]),
                "sleep": (
                    {"start": setting.sleep_start, "end": setting.sleep_end}
                    if setting and setting.sleep_start and setting.sleep_end
                    else None
                ),
            }
        return result

    def _stored_baselines(
        self, session: Session, family_ids: list[str]
    ) -> dict[str, dict[str, Any]]:
        """The families' stored baselines, read again only where one changed."""
        cache = getattr(self, "_cache", {})
        stamps = dict(
            session.execute(
                select(WatchBaseline.family_id, WatchBaseline.as_of).where(
                    WatchBaseline.family_id.in_(family_ids)
                )
            ).all()
        )
        _read_changed(session, cache, stamps)
        self._cache = cache
        return {f: cache[f][1] for f in stamps if f in cache}

    def _recent_series(
        self, session: Session, family_ids: list[str], at: datetime
    ) -> dict[str, dict[str, float]]:
        """The mean of each reading over the last hours (the mood's over the last week):
        the heart rate and the room from the roll-ups where they stand for the rows
        (``recent_series``), activity and mood (a row every few minutes) from the rows,
        all the rows read in one statement."""
        since = at - timedelta(hours=SERIES_RECENT_HOURS)
        others = [
            summed(
                model,
                name,
                column,
                model.family_id.in_(family_ids),
                [model.reported_at > start, model.reported_at <= at],
            )
            for model, name, column, start in (
                (ActiveStatus, "activity_score", ActiveStatus.score, since),
                (
                    MentalStatus,
                    "mental_score",
                    MentalStatus.score,
                    at - timedelta(days=rules.MOOD_RECENT_DAYS),
                ),
            )
        ]
        return recent_means(session, self._db.is_sqlite, family_ids, since, at, others)

    # --- the family's sleep window --------------------------------------------------------

    def sleep_window(self, family_id: str) -> Row | None:
        """``{"start": "HH:MM", "end": "HH:MM"}`` (local time) or None."""
        family_id = check_text_list("family_id", [family_id])[0]
        with self._tx() as session:
            found = session.get(WatchSetting, family_id)
            if found is None or not found.sleep_start or not found.sleep_end:
                return None
            return {"start": found.sleep_start, "end": found.sleep_end}

    def set_sleep_window(
        self, family_id: str, start: str | None, end: str | None, *, by: str | None = None
    ) -> bool:
        """Set (or with None, None clear) the family's sleep window, local "HH:MM"."""
        family_id = check_text_list("family_id", [family_id])[0]
        if (start is None) != (end is None):
            raise ValidationError("sleep_window", "give both times, or neither to clear it")
        if start is not None and end is not None:
            for name, value in (("start", start), ("end", end)):
                if not isinstance(value, str):
                    raise ValidationError(name, "expected a time as HH:MM")
                try:
                    rules.parse_hhmm(value)
                except ValueError:
                    raise ValidationError(name, "expected a time as HH:MM (00:00-23:59)") from None
            if start == end:
                raise ValidationError("end", "the sleep window must not be empty")
        with self._tx() as session:
            if session.get(Family, family_id) is None:
                raise NotFoundError("no such family", what="family")
            found = session.get(WatchSetting, family_id)
            values = {"sleep_start": start, "sleep_end": end, "updated_by": by}
            if self._db.secured:  # the login's write views: its own families', now
                stamp = {**values, "updated_at": func.utc_timestamp()}
                if found is None:
                    session.execute(
                        insert(write_view("desk_w_watch_setting_new")).values(
                            family_id=family_id, **stamp
                        )
                    )
                else:
                    own = write_view("desk_w_watch_setting")
                    result = session.execute(
                        update(own).where(own.c.family_id == family_id).values(**stamp)
                    )
                    must_change(result, "family's sleep window")
            elif found is None:
                session.add(WatchSetting(family_id=family_id, updated_at=utcnow(), **values))
            else:
                found.sleep_start = start
                found.sleep_end = end
                found.updated_by = by
                found.updated_at = utcnow()
            session.flush()
        return True

    def episodes(
        self, family_ids: Iterable[str] | None = None, open_only: bool = False
    ) -> list[Row]:
        """The watcher's episodes (newest first): kind, grade, since, raised_at, ended_at,
        notification_index and message."""
        query = select(WatchEpisode).order_by(WatchEpisode.raised_at.desc(), WatchEpisode.id.desc())
        if family_ids is not None:
            query = query.where(
                WatchEpisode.family_id.in_(check_text_list("family_ids", list(family_ids)))
            )
        if open_only:
            query = query.where(WatchEpisode.open_key == 1)
        keys = ("id", "family_id", "kind", "grade", "since", "raised_at", "ended_at")
        with self._tx() as session:
            return [
                {
                    **{k: getattr(e, k) for k in keys},
                    "notification_index": e.notification_index,
                    "message": e.message,
                    "open": e.open_key == 1,
                }
                for e in session.scalars(query)
            ]


class WatchEpisodeRow:
    __slots__ = ("id", "since")

    def __init__(self, id_: int, since: datetime) -> None:
        self.id = id_
        self.since = since


def _read_changed(
    session: Session,
    cache: dict[str, tuple[datetime, dict[str, Any]]],
    stamps: dict[str, datetime],
) -> None:
    """Read into ``cache`` the baselines learned since it last held them."""
    changed = [f for f, as_of in stamps.items() if cache.get(f, (None,))[0] != as_of]
    query = select(WatchBaseline.family_id, WatchBaseline.as_of, WatchBaseline.data)
    for first in range(0, len(changed), 500):
        chunk = changed[first : first + 500]
        for family_id, as_of, text in session.execute(
            query.where(WatchBaseline.family_id.in_(chunk))
        ):
            try:
                data = json.loads(text)
            except ValueError:
                continue
            if isinstance(data, dict):
                cache[family_id] = (as_of, data)


def _parse_marks(text: str) -> dict[str, int]:
    marks = {}
    for part in text.split(","):
        key, _, value = part.partition(":")
        if key and value.isdigit():
            marks[key] = int(value)
    return marks


def _as_datetime(value: object) -> datetime | None:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return value if isinstance(value, datetime) else None
