"""The AI server's mental-status text, read without ever failing on what it wrote."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from carebot_desktop.data.parsing import as_text, load_mapping

# The AI server writes its times in Korean time (UTC+9 all year: Korea has no DST).
AI_TIME_ZONE = timezone(timedelta(hours=9), "KST")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def emotion_time(moment: str, analysed_at: datetime | None) -> datetime | None:
    """A moment of the AI's ``time_based_emotions`` as naive UTC, like every stored time:
    "13:42" is Korean time on the day of the analysis (the day before, if that clock time
    is later than the analysis itself); a full date and time is Korean time as written.
    None when it cannot be read."""
    text = moment.strip()
    clock = _CLOCK.fullmatch(text)
    if clock is None:
        try:
            written = datetime.fromisoformat(text)
        except ValueError:
            return None
        if written.tzinfo is None:
            written = written.replace(tzinfo=AI_TIME_ZONE)
        return written.astimezone(UTC).replace(tzinfo=None)
    hour, minute, second = int(clock[1]), int(clock[2]), int(clock[3] or 0)
    if analysed_at is None or hour > 23 or minute > 59 or second > 59:
        return None
    then = analysed_at.replace(tzinfo=UTC).astimezone(AI_TIME_ZONE)
    at = then.replace(hour=hour, minute=minute, second=second, microsecond=0)
    if at > then + timedelta(minutes=5):
        at -= timedelta(days=1)
    return at.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Emotion:
    time: str  # as the AI wrote it (Korean time)
    label: str
    score: float | None
    note: str
    at: datetime | None = None  # the same moment in naive UTC, when it could be read


@dataclass(frozen=True)
class MentalInsight:
    overall: str
    insights: str
    emotions: list[Emotion] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    readable: bool = True  # False: the text was not the AI's JSON; ``insights`` holds it


def parse_mental(
    description: str | None, analysed_at: datetime | None = None
) -> MentalInsight | None:
    """The AI server's JSON, tolerant of missing or malformed parts. Never raises: text
    that is not readable JSON comes back as plain text (``readable=False``); None only
    for no text at all. ``analysed_at`` (naive UTC) dates the emotions' clock times."""
    if not isinstance(description, str) or not description.strip():
        return None
    data = load_mapping(description)
    if data is None:
        return MentalInsight(overall="", insights=as_text(description.strip()), readable=False)
    emotions = []
    raw = data.get("time_based_emotions")
    if isinstance(raw, dict):
        for moment, value in sorted(raw.items(), key=lambda item: as_text(item[0])):
            if isinstance(value, list) and value:
                label = as_text(value[0], 200)
                score = value[1] if len(value) > 1 and _is_number(value[1]) else None
                note = as_text(value[2], 500) if len(value) > 2 else ""
                moment_text = as_text(moment, 40)
                emotions.append(
                    Emotion(moment_text, label, score, note, emotion_time(moment_text, analysed_at))
                )
    recommendations = data.get("recommendations")
    return MentalInsight(
        overall=as_text(data.get("overall_emotional_state") or ""),
        insights=as_text(data.get("emotional_insights") or ""),
        emotions=emotions,
        recommendations=[as_text(r, 500) for r in recommendations[:50]]
        if isinstance(recommendations, list)
        else [],
    )


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
