"""What the screens show, computed below the UI from a permission-checked API: the view
models of the contract, in one namespace for the screens, benchmarks and outside checks.

Each job has its module: ``overview`` (the families, worst first), ``charts`` (chart
series and the status screen's bundle), ``mental`` (the AI's mental-status text),
``alert_rows`` (what a notification says, the unread critical ones) and ``conversations``.
"""

from carebot_desktop.services.alert_rows import Alert, parse_alert, unread_critical
from carebot_desktop.services.charts import (
    CHART_POINTS,
    SERIES,
    ChartSeries,
    StatusBundle,
    bucket_for,
    chart_series,
    chart_series_many,
    latest_readings,
    status_bundle,
)
from carebot_desktop.services.conversations import (
    Conversation,
    conversation_messages,
    conversations,
)
from carebot_desktop.services.mental import Emotion, MentalInsight, emotion_time, parse_mental
from carebot_desktop.services.overview import (
    DUST_GRADES,
    HEART_RATE_RANGE,
    HUMIDITY_RANGE,
    MENTAL_CONCERN_BELOW,
    SILENT_AFTER,
    TEMPERATURE_RANGE,
    OverviewRow,
    Reading,
    age_on,
    dust_grade,
    keep_recent,
    merge_snapshot,
    overview,
    overview_rows,
)

__all__ = [
    "CHART_POINTS",
    "DUST_GRADES",
    "HEART_RATE_RANGE",
    "HUMIDITY_RANGE",
    "MENTAL_CONCERN_BELOW",
    "SERIES",
    "SILENT_AFTER",
    "TEMPERATURE_RANGE",
    "Alert",
    "ChartSeries",
    "Conversation",
    "Emotion",
    "MentalInsight",
    "OverviewRow",
    "Reading",
    "StatusBundle",
    "age_on",
    "bucket_for",
    "chart_series",
    "chart_series_many",
    "conversation_messages",
    "conversations",
    "dust_grade",
    "emotion_time",
    "keep_recent",
    "merge_snapshot",
    "latest_readings",
    "overview",
    "overview_rows",
    "parse_alert",
    "parse_mental",
    "status_bundle",
    "unread_critical",
]
