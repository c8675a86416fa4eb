"""The care desk's table: one OverviewRow per family, worst first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.dashboard import OverviewRow, Reading, dust_grade
from carebot_desktop.services.usual import Trend
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import theme, watch_text
from carebot_desktop.ui.notifications import care_text
from carebot_desktop.ui.table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex


def row_grade(row: OverviewRow) -> str | None:
    """The colour a family's row is marked in (its state and alert columns): "crit"
    (red) for an open or unread critical alert, "warn" (amber) for anything else flagged
    (a silent robot, a warning, a reading out of range, unusual for them), None when
    calm. The summary line above the table counts with this same function."""
    return {3: "crit", 2: "warn", 1: "warn", 0: None}[row.severity]


class OverviewModel(RowTableModel[OverviewRow]):
    COLUMNS = (
        "state",
        "elder",
        "unusual",
        "temperature",
        "humidity",
        "dust",
        "heart_rate",
        "activity",
        "alerts",
        "mental",
        "last_report",
    )
    # A reading's column and its series (the trend's key, ``services.usual``).
    READINGS = {
        "temperature": "temperature",
        "humidity": "humidity",
        "dust": "dust_level",
        "heart_rate": "heart_rate",
        "activity": "activity_score",
        "mental": "mental_score",
    }
    FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
    # The roles whose text is made once per set of rows (each repaint asked again, on the
    # GUI thread: translations, numbers and ages made anew for every visible cell).
    TEXT_ROLES = frozenset(
        (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        )
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now: datetime = utcnow()
        self._texts: dict[tuple[int, int, int], object] = {}  # (row, column, role): text

    def set_rows(self, rows: list[OverviewRow], now: datetime | None = None) -> None:
        """New rows. The same families in the same order update in place (the view keeps
        its selection and scroll position); otherwise the model resets."""
        same = [r.family_id for r in rows] == [r.family_id for r in self._rows]
        self._now = now or utcnow()
        self._texts.clear()
        if same and rows:
            self._rows = list(rows)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[OverviewRow]:
        return list(self._rows)

    def row_of(self, family_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.family_id == family_id), -1)

    def header_labels(self) -> tuple[str, ...]:
        return (
            self.tr("State"),
            self.tr("Elder"),
            self.tr("Unusual for them"),
            self.tr("Temperature"),
            self.tr("Humidity"),
            self.tr("Fine dust"),
            self.tr("Heart rate"),
            self.tr("Activity"),
            self.tr("Unread alerts"),
            self.tr("Mood score"),
            self.tr("Last report"),
        )

    def state_text(self, row: OverviewRow) -> str:
        if row.crit_open is not None:  # "대응 중 · 박지은 · 4분", never calm while open
            text = care_text.state_text(row.crit_open, self._now)
            if row.crit_open_count > 1:
                text += " " + self.tr("(+%1 open)").replace("%1", str(row.crit_open_count - 1))
            return text
        if "crit_unread" in row.concerns:
            return self.tr("Emergency: %n unread", None, row.unread["crit"])
        if row.silent_for is not None:
            return self.tr("No data for %n hour(s)", None, fmt.duration_hours(row.silent_for))
        if "no_data" in row.concerns:
            return self.tr("No data yet")
        if row.unusual:
            return self.tr("Unusual for them")
        if row.severity == 1:
            return self.tr("Check")
        return self.tr("Calm")

    def _reading(self, series: str, reading: Reading, trend: Trend | None = None) -> str:
        if reading.value is None:
            return "–" + (f" {trend.arrow}" if trend is not None and trend.arrow else "")
        value = fmt.value_text(series, reading.value)
        if trend is not None and trend.arrow:  # against the elder's own usual
            value = f"{value} {trend.arrow}"
        if series == "dust_level":
            grade = {
                "good": self.tr("good"),
                "moderate": self.tr("moderate"),
                "bad": self.tr("bad"),
                "very_bad": self.tr("very bad"),
            }.get(dust_grade(reading.value) or "", "")
            value = f"{value} ({grade})"
        return f"{value}\n{fmt.ago(reading.at, self._now)}"

    def _alerts(self, row: OverviewRow) -> str:
        """On one line ("위급 1 · 주의 2 · 정보 1"), wrapping only after a "·" when the
        column is narrow: the rows are two lines tall, and a third grade on a line of its
        own was cut in two. The tooltip has one grade a line."""
        parts = [part.replace(" ", "\u00a0") for part in self._alert_parts(row)]
        return "\u00a0· ".join(parts) or self.tr("None")

    def _alert_parts(self, row: OverviewRow) -> list[str]:
        parts = []
        if row.unread["crit"]:
            parts.append(self.tr("Critical %1").replace("%1", str(row.unread["crit"])))
        if row.unread["warn"]:
            parts.append(self.tr("Warning %1").replace("%1", str(row.unread["warn"])))
        other = row.unread["info"] + row.unread["none"]
        if other:
            parts.append(self.tr("Info %1").replace("%1", str(other)))
        return parts

    @staticmethod
    def _alerts_grade(row: OverviewRow) -> str | None:
        """The colour of the alerts cell: that of the gravest grade it counts, "crit" or
        "warn"; None (the table's text colour) when it counts only information."""
        if row.unread["crit"]:
            return "crit"
        if row.unread["warn"]:
            return "warn"
        return None

    @staticmethod
    def _value(row: OverviewRow, column: str) -> Reading:
        return {
            "temperature": row.temperature,
            "humidity": row.humidity,
            "dust": row.dust,
            "heart_rate": row.heart_rate,
            "activity": row.activity,
            "mental": row.mental_score,
        }[column]

    def _unusual(self, row: OverviewRow) -> str:
        """The kinds the elder is unusual in now (two at most; the tooltip has all)."""
        labels = list(dict.fromkeys(watch_text.kind_label(u.kind) for u in row.unusual))
        if len(labels) > 2:
            return labels[0] + "\n" + self.tr("+%1 more").replace("%1", str(len(labels) - 1))
        return "\n".join(labels)

    def _tooltip(self, row: OverviewRow, column: str) -> str | None:
        if column in ("unusual", "state") and row.unusual:
            lines = []
            for item in row.unusual:
                since = (
                    " ("
                    + self.tr("since %1").replace("%1", fmt.local_text(item.since, short=True))
                    + ")"
                    if item.since is not None
                    else ""
                )
                lines.append(f"{watch_text.kind_label(item.kind)}{since}: {item.message}")
            return "\n".join(lines)
        if column == "alerts":  # (the column may be too narrow for the whole line)
            return "\n".join(self._alert_parts(row)) or None
        if column in self.READINGS:
            trend = row.trends.get(self.READINGS[column])
            return watch_text.trend_tooltip(trend) if trend is not None else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in self.TEXT_ROLES:
            return self._data(index, role)
        key = (index.row(), index.column(), role)
        try:
            return self._texts[key]
        except KeyError:
            text = self._texts[key] = self._data(index, role)
            return text

    def _data(self, index: _Index, role: int) -> object:
        row = self.valid_row(index)
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "state":
                return self.state_text(row)
            if column == "elder":
                age = (
                    ""
                    if row.elder_age is None
                    else " "
                    + self.tr("(%1)").replace(
                        "%1", self.tr("%1 years").replace("%1", str(row.elder_age))
                    )
                )
                return f"{row.elder_name}{age}\n{row.family_name}"
            if column == "unusual":
                return self._unusual(row)
            if column in self.READINGS:
                series = self.READINGS[column]
                return self._reading(series, self._value(row, column), row.trends.get(series))
            if column == "alerts":
                return self._alerts(row)
            if column == "last_report":
                return fmt.ago(row.last_report_at, self._now)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "unusual" and row.unusual:
            return theme.grade_colours(row.unusual[0].grade)[0]
        grade = row_grade(row)
        if role == Qt.ItemDataRole.DecorationRole and column == "state":
            if row.crit_open is not None:
                return care_text.state_icon(row.crit_open)
            return theme.grade_icon(grade) if grade else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "alerts":
            # The counts' own colour, never the row's: "정보 1" on a row red for an open
            # critical alert is not painted red (the red goes with "위급 N" only).
            counted = self._alerts_grade(row)
            return theme.grade_colours(counted)[0] if counted else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "state" and grade:
            return theme.grade_colours(grade)[0]
        if role == Qt.ItemDataRole.BackgroundRole and column == "state" and grade:
            return theme.grade_colours(grade)[1]
        if role == Qt.ItemDataRole.ForegroundRole and column in (
            "temperature",
            "humidity",
            "dust",
            "heart_rate",
            "mental",
        ):
            concern = {
                "temperature": "temperature",
                "humidity": "humidity",
                "dust": "dust",
                "heart_rate": "heart_rate",
                "mental": "mental",
            }[column]
            if concern in row.concerns:
                return theme.grade_colours("warn")[0]
        if role == self.FAMILY_ID_ROLE:
            return row.family_id
        if role == self.SEVERITY_ROLE:
            return row.severity
        return None
