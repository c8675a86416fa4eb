"""The elder's report (and the weekly family summary) as a QTextDocument: the page a
doctor or a family reads. Saved as PDF with QPdfWriter and printed with QtPrintSupport;
its tables are also written as CSV.

Charts are drawn here with QPainter into images (a page needs no interactive chart):
the period's average as a line, the lowest-highest spread shaded, the healthy range in
green, the elder's own usual range in purple with dashed edges, and the same locale-aware
date ticks as on screen.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from carebot_desktop.config import paths
from carebot_desktop.services.dashboard import SERIES, ChartSeries
from carebot_desktop.services.reports import ElderReport
from carebot_desktop.services.usual import band_segments
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import theme
from carebot_desktop.ui.report.tables import (
    alert_headline,
    alert_rows,
    broadcast_rows,
    care_log_rows,
    critical_rows,
    mental_rows,
    reading_rows,
    usual_lines,
)
from carebot_desktop.ui.status.chart_text import bands, chart_title

__all__ = [  # the tables, for the CSV export and the tests
    "alert_headline",
    "alert_rows",
    "broadcast_rows",
    "build_document",
    "care_log_rows",
    "critical_rows",
    "mental_rows",
    "reading_rows",
    "save_pdf",
    "usual_lines",
]

CHART_SIZE = (1400, 420)  # pixels, drawn at print resolution and scaled on the page


def _epoch(moment: datetime) -> float:
    return (moment - datetime(1970, 1, 1)).total_seconds()


def chart_image(
    series: ChartSeries,
    start: datetime,
    end: datetime,
    font: QFont,
    usual: list[tuple[float, float, float, float]] | None = None,
) -> QImage:
    """One series over [start, end] as a picture for paper, with the elder's usual band
    (``usual``: (x0, x1, low, high) rectangles) in purple with dashed edges."""
    # Late: date_axis imports pyqtgraph (most of a second), needed only once a chart is drawn.
    from carebot_desktop.ui.status.date_axis import LocaleDateAxis

    width, height = CHART_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    big = QFont(font)
    big.setPixelSize(26)
    painter.setFont(big)
    metrics = QFontMetrics(big)
    left, right, top, bottom = metrics.horizontalAdvance("0000.0") + 24, 20, 16, 56
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    x0, x1 = _epoch(start), _epoch(end)
    values = series.minimums + series.maximums
    limits = [b.low for b in bands(series.name)] + [b.high for b in bands(series.name)]
    limits += [v for segment in usual or [] for v in segment[2:]]
    if values:
        low, high = min(values), max(values)
        visible = [v for v in limits if low - (high - low) <= v <= high + (high - low)]
        low, high = min([low, *visible]), max([high, *visible])
    else:
        low, high = 0.0, 1.0
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.08
    low, high = low - pad, high + pad

    def x(t: float) -> float:
        return plot.left() + (t - x0) / max(1e-9, x1 - x0) * plot.width()

    def y(v: float) -> float:
        return plot.bottom() - (v - low) / (high - low) * plot.height()

    for band in bands(series.name):
        top_y, bottom_y = y(min(high, band.high)), y(max(low, band.low))
        if bottom_y > top_y:
            painter.fillRect(
                QRectF(plot.left(), top_y, plot.width(), bottom_y - top_y), QColor(*band.colour)
            )
    if usual:
        mine = QPainterPath()
        for left_x, right_x, band_low, band_high in usual:
            top_y, bottom_y = y(min(high, band_high)), y(max(low, band_low))
            if bottom_y > top_y:
                mine.addRect(QRectF(x(left_x), top_y, x(right_x) - x(left_x), bottom_y - top_y))
        mine = mine.simplified()
        painter.fillPath(mine, QColor(123, 31, 162, 26))
        painter.setPen(QPen(QColor("#7b1fa2"), 2, Qt.PenStyle.DashLine))
        painter.drawPath(mine)
    painter.setPen(QPen(QColor("#d0d5da"), 1))
    for step in range(5):  # value grid and labels
        value = low + (high - low) * (step + 0.5) / 5
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        painter.setPen(QColor("#30363d"))
        painter.drawText(
            QRectF(0, y(value) - 16, left - 10, 32),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            fmt.value_text(series.name, value).split(" ")[0],
        )
        painter.setPen(QPen(QColor("#d0d5da"), 1))
    axis = LocaleDateAxis("bottom")
    levels = axis.tickValues(x0, x1, plot.width() * 0.6)
    if levels:
        spacing, ticks = levels[0]
        for tick, label in zip(ticks, axis.tickStrings(ticks, 1, spacing), strict=True):
            painter.setPen(QPen(QColor("#d0d5da"), 1))
            painter.drawLine(QPointF(x(tick), plot.top()), QPointF(x(tick), plot.bottom()))
            painter.setPen(QColor("#30363d"))
            room = metrics.horizontalAdvance(label) + 4
            at = min(max(x(tick) - room / 2, 0.0), width - room)  # whole, at the edges too
            painter.drawText(QRectF(at, plot.bottom() + 8, room, bottom - 10), 0, label)
    if series.times:
        spread = QPainterPath()
        points = list(zip(series.times, series.minimums, series.maximums, strict=True))
        spread.moveTo(x(points[0][0]), y(points[0][2]))
        for t, _lo, hi in points[1:]:
            spread.lineTo(x(t), y(hi))
        for t, lo, _hi in reversed(points):
            spread.lineTo(x(t), y(lo))
        spread.closeSubpath()
        painter.fillPath(spread, QColor(43, 93, 149, 50))
        line = QPainterPath()
        line.moveTo(x(series.times[0]), y(series.averages[0]))
        gap = series.bucket_seconds * 3
        for i in range(1, len(series.times)):
            t, value = series.times[i], series.averages[i]
            if t - series.times[i - 1] > gap:
                line.moveTo(x(t), y(value))  # no reading for a while: no line across it
            else:
                line.lineTo(x(t), y(value))
        painter.setPen(QPen(QColor("#2b5d95"), 3))
        painter.drawPath(line)
    else:
        painter.setPen(QColor("#5c636b"))
        painter.drawText(
            plot,
            int(Qt.AlignmentFlag.AlignCenter),
            QCoreApplication.translate("ReportDialog", "No readings in this period."),
        )
    painter.setPen(QPen(QColor("#8a9199"), 2))
    painter.drawRect(plot)
    painter.end()
    return image


def _cell(text: object) -> str:
    return f"<td>{html.escape('' if text is None else str(text))}</td>"


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in rows)
    return (
        "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
        f"style='border-collapse: collapse; border-color: #c9cfd6'><tr style='background:#eef1f4'>{head}</tr>"
        f"{body}</table>"
    )


def _texts() -> dict[str, str]:
    """The document's words (lupdate reads each literal)."""
    return {
        "1_years": QCoreApplication.translate("ReportDialog", "%1 years"),
        "period": QCoreApplication.translate("ReportDialog", "Period"),
        "made": QCoreApplication.translate("ReportDialog", "Made"),
        "the_week_before": QCoreApplication.translate("ReportDialog", "the week before"),
        "alerts": QCoreApplication.translate("ReportDialog", "Alerts"),
        "only_the_first_alerts_of_the_p": QCoreApplication.translate(
            "ReportDialog", "Only the first alerts of the period are listed."
        ),
        "no_alerts_in_this_period": QCoreApplication.translate(
            "ReportDialog", "No alerts in this period."
        ),
        "critical": QCoreApplication.translate("ReportDialog", "Critical alerts and what was done"),
        "no_critical": QCoreApplication.translate(
            "ReportDialog", "No critical alerts in this period."
        ),
        "other_alerts": QCoreApplication.translate("ReportDialog", "Other alerts"),
        "care_log": QCoreApplication.translate("ReportDialog", "Care log"),
        "no_care_log": QCoreApplication.translate(
            "ReportDialog", "Nothing in the care log in this period."
        ),
        "broadcasts": QCoreApplication.translate(
            "ReportDialog", "Public broadcasts (disaster, weather, fine dust)"
        ),
        "no_broadcasts": QCoreApplication.translate(
            "ReportDialog", "No public broadcasts in this period."
        ),
        "readings": QCoreApplication.translate("ReportDialog", "Readings"),
        "against_usual": QCoreApplication.translate("ReportDialog", "Against the elder's usual"),
        "mood": QCoreApplication.translate("ReportDialog", "Mood"),
        "no_mood_analysis_yet": QCoreApplication.translate("ReportDialog", "No mood analysis yet."),
        "mental_reports": QCoreApplication.translate("ReportDialog", "Mental reports"),
        "times_are_in_this_computer_s_t": QCoreApplication.translate(
            "ReportDialog",
            "Times are in this computer’s time zone. This report holds personal health information: keep it safe and share it only with the people caring for this person.",
        ),
    }


def build_document(
    report: ElderReport, made_by: str, font: QFont, summary: bool = False
) -> QTextDocument:
    words = _texts()
    e = html.escape
    document = QTextDocument()
    document.setDefaultFont(font)
    title = (
        QCoreApplication.translate("ReportDialog", "Weekly family summary")
        if summary
        else QCoreApplication.translate("ReportDialog", "Care report")
    )
    period = f"{fmt.local_text(report.start)} – {fmt.local_text(report.end)}"
    gender = {
        "female": QCoreApplication.translate("ReportDialog", "female"),
        "male": QCoreApplication.translate("ReportDialog", "male"),
    }.get(report.gender or "", "")
    who = report.elder_name + (
        f" ({words['1_years'].replace('%1', str(report.age))}"
        + (f", {gender}" if gender else "")
        + ")"
        if report.age is not None
        else ""
    )
    parts = [
        f"<h1>{e(title)}: {e(who)}</h1>",
        f"<p>{e(report.family_name)}<br/>{e(words['period'])}: {e(period)}<br/>"
        f"{e(words['made'])}: {e(fmt.local_text(report.made_at))} · {e(made_by)}</p>",
    ]
    counts = report.alert_counts()
    line = " · ".join(f"{theme.grade_text(g)} {counts[g]}" for g in ("crit", "warn", "info"))
    if report.previous_alerts or summary:
        before = " · ".join(
            f"{theme.grade_text(g)} {report.previous_alerts.get(g, 0)}"
            for g in ("crit", "warn", "info")
        )
        line += f"  ({e(words['the_week_before'])}: {before})"
    parts.append(f"<h2>{e(words['alerts'])}</h2><p>{e(line)}</p>")
    # The falls first, with what was done; the rest of the elder's alerts; the public
    # broadcasts only at the end (they buried the fall on page 2).
    parts.append(f"<h3>{e(words['critical'])}</h3>")
    header, rows = critical_rows(report)
    parts.append(_table(header, rows) if rows else f"<p>{e(words['no_critical'])}</p>")
    header, rows = alert_rows(report, report.others())
    parts.append(f"<h3>{e(words['other_alerts'])}</h3>")
    parts.append(_table(header, rows) if rows else f"<p>{e(words['no_alerts_in_this_period'])}</p>")
    if report.alerts_truncated:
        parts.append(f"<p><i>{e(words['only_the_first_alerts_of_the_p'])}</i></p>")
    parts.append(f"<h2>{e(words['readings'])}</h2>")
    parts.append(f"<h3>{e(words['against_usual'])}</h3>")
    parts += [f"<p>{e(line)}</p>" for line in usual_lines(report)]
    parts.append(_table(*reading_rows(report)))
    for name in SERIES:
        data = report.series.get(name)
        if data is None:
            continue
        url = f"chart://{name}"
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(url),
            chart_image(
                data,
                report.start,
                report.end,
                font,
                band_segments(report.usual, name, report.start, report.end),
            ),
        )
        parts.append(
            f"<h3>{e(chart_title(name))}</h3><p><img src='{url}' width='500' height='150'/></p>"
        )
    parts.append(f"<h2>{e(words['mood'])}</h2>")
    if report.mental is None:
        parts.append(f"<p>{e(words['no_mood_analysis_yet'])}</p>")
    else:
        parts.append(
            f"<p><b>{e(report.mental.overall)}</b> ({e(fmt.local_text(report.mental_at))})<br/>"
            f"{e(report.mental.insights)}</p>"
        )
    header, rows = mental_rows(report)
    if rows:
        parts.append(f"<h3>{e(words['mental_reports'])}</h3>")
        parts.append(_table(header, rows))
    parts.append(f"<h2>{e(words['care_log'])}</h2>")
    header, rows = care_log_rows(report)
    parts.append(_table(header, rows) if rows else f"<p>{e(words['no_care_log'])}</p>")
    header, rows = broadcast_rows(report)
    parts.append(f"<h2>{e(words['broadcasts'])}</h2>")
    parts.append(_table(header, rows) if rows else f"<p>{e(words['no_broadcasts'])}</p>")
    parts.append(
        f"<p style='color:#5c636b'><small>{e(words['times_are_in_this_computer_s_t'])}</small></p>"
    )
    document.setHtml("".join(parts))
    return document


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def save_pdf(document: QTextDocument, path: str, title: str) -> None:
    """The document as an A4 PDF at ``path``: made in memory, then written whole and
    owner-only (it holds health data)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("Carebot Desktop")
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    paths.write_export(Path(path), bytes(buffer.data().data()))
