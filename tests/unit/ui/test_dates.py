"""Dates as people read them: QLocale's Korean (or English) names, the person's time
zone, and chart axes with sensible ticks for every range."""

from __future__ import annotations

import os
import time
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from carebot_desktop.ui import format as fmt


@pytest.fixture
def korean(qapp):
    fmt.set_language("ko")
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def english(qapp):
    fmt.set_language("en")
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def seoul():
    """The computer's time zone: Seoul (UTC+9)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Seoul"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_korean_dates_have_korean_weekdays(korean):
    assert fmt.date_text(date(2026, 11, 30)) == "2026. 11. 30. (월)"
    assert fmt.date_text(date(2026, 12, 6), "day") == "12. 6. (일)"
    assert fmt.date_text(date(2026, 11, 1), "month") == "2026년 11월"


def test_english_dates_have_english_names(english):
    assert fmt.date_text(date(2026, 11, 30)) == "Mon 30 Nov 2026"
    assert fmt.date_text(date(2026, 11, 1), "month") == "November 2026"


def test_stored_times_are_shown_in_the_persons_time_zone(korean, seoul):
    stored = datetime(2026, 11, 30, 16, 7)  # naive UTC, as the database keeps it
    assert fmt.local_text(stored) == "2026. 12. 1. (화) 01:07"
    assert fmt.local_text(stored, with_date=False) == "01:07"
    assert fmt.local_date_text(stored) == "2026. 12. 1. (화)"


def _labels(axis, start: datetime, end: datetime, width: int) -> list[str]:
    levels = axis.tickValues(start.timestamp(), end.timestamp(), width)
    spacing, values = levels[0]
    return [label for label in axis.tickStrings(values, 1, spacing) if label]


@pytest.mark.parametrize(
    ("days", "at_least", "expected"),
    [
        (1, 3, ["12. 1. (화)", "06:00", "12:00"]),  # hours, and the day at midnight
        (7, 3, ["11. 26. (목)", "11. 28. (토)"]),  # days, with their weekday
        (30, 4, ["11. 9. (월)", "11. 16. (월)"]),  # weeks, from Mondays
        (180, 3, ["2026년 9월"]),  # months
    ],
)
def test_the_date_axis_labels_every_range_in_korean(korean, seoul, days, at_least, expected):
    from carebot_desktop.ui.status.date_axis import LocaleDateAxis

    axis = LocaleDateAxis("bottom")
    end = datetime(2026, 12, 1, 18, 0)
    start = datetime.fromtimestamp(end.timestamp() - days * 86400)
    labels = _labels(axis, start, end, 600)
    assert len(labels) >= at_least, labels
    for label in expected:
        assert label in labels
    assert not any(name in " ".join(labels) for name in ("Mon", "Tue", "Sat", "Nov"))


def test_a_narrow_chart_gets_fewer_labels_that_do_not_crowd(korean, seoul):
    from carebot_desktop.ui.status.date_axis import LocaleDateAxis

    axis = LocaleDateAxis("bottom")
    end = datetime(2026, 12, 1, 18, 0)
    start = datetime(2026, 11, 24, 18, 0)
    wide, narrow = _labels(axis, start, end, 1200), _labels(axis, start, end, 300)
    assert len(narrow) < len(wide)
    assert len(narrow) >= 2


def test_axis_text_grows_with_the_text_size(korean, qapp):
    from PySide6.QtGui import QFont

    from carebot_desktop.ui.status.date_axis import LocaleDateAxis

    original = qapp.font()
    axis = LocaleDateAxis("bottom")
    small = axis.height()
    try:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * 2)
        qapp.setFont(bigger)
        axis.refresh_font()
        assert axis.height() > small
        assert axis.style["tickFont"].pointSizeF() == pytest.approx(bigger.pointSizeF())
    finally:
        qapp.setFont(original)
