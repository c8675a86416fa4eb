"""The report's data: who acknowledged what and when, the elder's report and weekly
summary, the export record with its reason, and CSV that a spreadsheet reads safely."""

from __future__ import annotations

from datetime import timedelta

import pytest

from carebot_desktop.data.errors import PermissionDeniedError, ValidationError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import reports
from carebot_desktop.services.charts import SERIES


def test_the_first_acknowledgement_is_kept_with_its_name_and_time(service, world, db):
    member = service.as_user(world.tokens["member"])
    main = service.as_user(world.tokens["main"])
    before = utcnow()
    member.notifications.check_read_notification(world.notification)
    main.notifications.check_read_notification(world.notification)  # later: not the first
    acks = main.notifications.get_acknowledgements(world.family)
    assert len(acks) == 1
    ack = acks[0]
    assert ack["notification_index"] == world.notification
    assert (ack["user_id"], ack["user_name"]) == (world.ids["member"], "member님")
    assert ack["acknowledged_at"] >= before - timedelta(seconds=1)
    # Another family's people see none of it.
    outsider = service.as_user(world.tokens["outsider"])
    with pytest.raises(PermissionDeniedError):
        outsider.notifications.get_acknowledgements(world.family)


def test_the_elders_report_gathers_the_period(service, world, db):
    db.notifications.create_notification(
        {"family_id": world.family, "notification_grade": "warn", "description": "화재감지,41%"}
    )
    api = service.as_user(world.tokens["member"])
    api.notifications.check_read_notification(world.notification)
    now = utcnow()
    report = reports.elder_report(
        api, world.family, now - timedelta(days=1), now + timedelta(minutes=1)
    )
    assert report.elder_name == "main님" and report.family_name == "F"
    assert report.age is not None and report.age > 80
    assert report.alert_counts() == {"crit": 1, "warn": 1, "info": 0}
    acknowledged = {a.alert.index: a.acknowledged for a in report.alerts}
    assert acknowledged[world.notification] is not None
    assert acknowledged[world.notification].by == "member님"
    assert set(report.series) == set(SERIES)  # every chart of the status screen
    assert report.latest["temperature"].value == 21.0


def test_the_weekly_summary_reads_the_week_before_too(service, world, db):
    api = service.as_user(world.tokens["main"])
    week_end = utcnow()
    summary = reports.weekly_summary(api, world.family, week_end)
    assert summary.end - summary.start == timedelta(days=7)
    assert set(summary.previous) == set(summary.series)


@pytest.mark.parametrize(
    "period", [(1, 0), (0, 0), (400, 0)], ids=["reversed", "empty", "over-a-year"]
)
def test_a_report_needs_a_sensible_period(service, world, period):
    api = service.as_user(world.tokens["main"])
    now = utcnow()
    start_days, end_days = period
    start = (
        now + timedelta(days=start_days) if period == (1, 0) else now - timedelta(days=start_days)
    )
    with pytest.raises(ValueError):
        reports.elder_report(api, world.family, start, now - timedelta(days=end_days))


def test_an_export_needs_a_reason_and_is_recorded(service, world, db):
    api = service.as_user(world.tokens["member"])
    for bad in ("", " ", "x", "가" * 201, None, 3):
        with pytest.raises(ValidationError):
            api.audit.record_export([world.family], "csv", bad)
    assert api.audit.get_my_exports() == []
    with pytest.raises(ValidationError):
        api.audit.record_export([world.family], "zip", "진료 준비")
    with pytest.raises(PermissionDeniedError):
        api.audit.record_export([world.other_family], "csv", "진료 준비")
    assert api.audit.get_my_exports() == []
    assert api.audit.record_export([world.family], "report_pdf", "  진료 준비 ") == 1
    mine = api.audit.get_my_exports()
    assert [(e["family_id"], e["kind"], e["reason"]) for e in mine] == [
        (world.family, "report_pdf", "진료 준비")
    ]
    log = db.security.get_audit_log(actor_id=world.ids["member"], limit=20)
    assert any(
        a["action"] == "export"
        and a["target_id"] == world.family
        and a["operation"] == "export_report_pdf"
        for a in log
    )


def test_csv_reads_in_a_korean_spreadsheet_and_runs_no_formula():
    text = reports.csv_text(["이름", "값"], [["김순자", '=HYPERLINK("x")'], ["-3", "+82 10"]])
    assert text.startswith("\ufeff")
    lines = text[1:].split("\r\n")
    assert lines[0] == "이름,값"
    assert lines[1] == '김순자,"\'=HYPERLINK(""x"")"'
    assert lines[2] == "-3,'+82 10"  # a number stays a number; a phone number is text
