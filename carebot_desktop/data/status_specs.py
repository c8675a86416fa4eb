"""What a status row and a mental report may hold: the ``Field`` specs ``Status`` checks
every row against before it is stored, apart from the queries so that the rules read as
one table."""

from __future__ import annotations

from carebot_desktop.data.validation import Field

FAMILY_FIELD = Field("str", required=True, nullable=False, max_len=16)
_WHEN = Field("timestamp", not_future=True)
_SCORE = Field("int", minimum=0, maximum=100)

STATUS_SPECS: dict[str, dict[str, Field]] = {
    "home": {
        "family_id": FAMILY_FIELD,
        "reported_at": _WHEN,
        "temperature": Field("float", minimum=-40, maximum=70),
        "humidity": Field("float", minimum=0, maximum=100),
        "dust_level": Field("float", minimum=0, maximum=5000),
        "ethanol": Field("float", minimum=0, maximum=100_000),
        "others": Field("text", text_format="python"),
    },
    "health": {
        "family_id": FAMILY_FIELD,
        "reported_at": _WHEN,
        "heart_rate": Field("int", minimum=0, maximum=300),
    },
    "active": {
        "family_id": FAMILY_FIELD,
        "reported_at": _WHEN,
        "score": _SCORE,
        "action": Field("str", max_len=32),
        "is_critical": Field("bool"),
        "description": Field("text", text_format="python"),
        "image_url": Field("url"),
    },
    "mental": {
        "family_id": FAMILY_FIELD,
        "reported_at": _WHEN,
        "score": _SCORE,
        "is_critical": Field("bool"),
        "description": Field("text", text_format="json"),
    },
}
REPORT_SPEC: dict[str, Field] = {
    "family_id": FAMILY_FIELD,
    "reported_at": _WHEN,
    "start_time": Field("timestamp", required=True, nullable=False),
    "end_time": Field("timestamp", required=True, nullable=False),
    "average_score": Field("float", minimum=0, maximum=100),
    "critical_days": Field("int", minimum=0, maximum=36_600),
    "best_day": Field("date", minimum=1970),
    "worst_day": Field("date", minimum=1970),
    "improvement_needed": Field("bool"),
    "summary": Field("text"),
}
