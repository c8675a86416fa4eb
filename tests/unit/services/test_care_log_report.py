"""The care log (notes, closed alerts and the family's messages on one timeline), the
shift summary and the handover's confirmation, and the doctor's report's order: the
critical alerts with what was done first, the public broadcasts apart at the end."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import update

from carebot_desktop.data import PermissionDeniedError
from carebot_desktop.data.models import CareNote
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import reports

SQLITE_AND_MARIADB = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)], indirect=True
)


def _backdate_note(db, note_id, at):
    with db.unit_of_work() as session:
        session.execute(update(CareNote).where(CareNote.id == note_id).values(at=at))


@SQLITE_AND_MARIADB
def test_the_care_log_is_one_timeline_filtered_by_date(db, service, world):
    now = utcnow().replace(microsecond=0)
    daughter = service.as_user(world.tokens["member"])
    # Oldest first: the daughter's message (2 h ago), a note (1 h ago), the closed fall (now).
    db.messages.create_message(
        {
            "from_id": world.ids["member"],
            "to_id": world.ids["main"],
            "content": "<b>엄마</b> 오늘 병원 가요",
            "created_at": now - timedelta(hours=2),
        }
    )
    note = daughter.care.add_note(world.family, "점심 잘 드심")
    _backdate_note(db, note, now - timedelta(hours=1))
    daughter.care.resolve(world.notification, "hospital", "병원 이송, 보호자 연락함")
    # Someone outside the family: never in this family's log.
    db.messages.create_message(
        {"from_id": world.ids["member"], "to_id": world.ids["system"], "content": "문의"}
    )

    log = reports.care_log(
        daughter, world.family, now - timedelta(hours=3), utcnow(), world.ids["member"]
    )
    assert [e.kind for e in log if e.text != "어머니 안녕하세요"] == ["message", "note", "alert"]
    message = next(e for e in log if e.kind == "message" and e.text.startswith("<b>"))
    assert message.text == "<b>엄마</b> 오늘 병원 가요"  # as written: the screen shows it plain
    assert (message.by_name, message.to_name) == ("member님", "main님")
    alert = [e for e in log if e.text != "어머니 안녕하세요"][-1]
    assert (alert.outcome, alert.text, alert.by_name) == (
        "hospital",
        "병원 이송, 보호자 연락함",
        "member님",
    )
    assert alert.headline == "낙상감지"
    assert [e.at for e in log] == sorted(e.at for e in log)

    # The range: from 90 minutes ago, the message of 2 hours ago is left out.
    later = reports.care_log(
        daughter, world.family, now - timedelta(minutes=90), utcnow(), world.ids["member"]
    )
    assert [e.kind for e in later if e.text != "어머니 안녕하세요"] == ["note", "alert"]
    # Without the person, no messages (each person reads only their own).
    assert {e.kind for e in reports.care_log(daughter, world.family, None, None)} == {
        "note",
        "alert",
    }
    # Another family's person reads none of it.
    with pytest.raises(PermissionDeniedError):
        reports.care_log(service.as_user(world.tokens["outsider"]), world.family, None, None)


@SQLITE_AND_MARIADB
def test_the_shift_summary_counts_outcomes_open_alerts_and_notes(db, service, world):
    since = utcnow() - timedelta(seconds=1)
    daughter = service.as_user(world.tokens["member"])
    falls = [
        db.notifications.create_notification(
            {"family_id": world.family, "notification_grade": grade, "description": "낙상감지"}
        )
        for grade in ("crit", "crit", "warn", "crit")
    ]
    daughter.care.resolve(world.notification, "hospital", "병원 이송")
    daughter.care.resolve(falls[0], "false_alarm")
    daughter.care.resolve(falls[1], "false_alarm")
    daughter.care.take(falls[2])
    daughter.care.add_note(world.family, "야간 순찰 이상 없음")
    daughter.care.add_note(world.family, "혈압약 복용 확인")

    summary = reports.shift_summary(daughter, since)
    assert summary.outcomes == {"hospital": 1, "false_alarm": 2}
    assert summary.resolved == 3
    assert (summary.open_alerts, summary.open_critical) == (2, 1)  # the taken warn, the new crit
    assert summary.notes == 2
    # Before the shift began nothing counts.
    assert reports.shift_summary(daughter, utcnow() + timedelta(seconds=5)).resolved == 0


@SQLITE_AND_MARIADB
def test_confirming_a_handover_is_recorded_once_for_those_who_share_a_family(db, service, world):
    elder = service.as_user(world.tokens["main"])
    daughter = service.as_user(world.tokens["member"])
    handover = elder.care.hand_over("밤사이 특이사항 없음. 아침 약 확인 필요.")
    assert daughter.care.handover_reads(handover) == []
    assert daughter.care.confirm_handover(handover) is True
    assert daughter.care.confirm_handover(handover) is False  # the first time is kept
    [read] = elder.care.handover_reads(handover)
    assert (read["user_id"], read["user_name"]) == (world.ids["member"], "member님")
    assert read["read_at"] is not None
    with pytest.raises(PermissionDeniedError):  # shares no family with the writer
        service.as_user(world.tokens["outsider"]).care.confirm_handover(handover)
    assert len(elder.care.handover_reads(handover)) == 1
    entries = db.security.get_audit_log(actor_id=world.ids["member"])
    assert "confirm_handover" in [e["operation"] for e in entries]


def _disaster(db, family_id, kind, message):
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "info",
            "description": json.dumps(
                {"DST_SE_NM": kind, "MSG_CN": message, "RCPTN_RGN_NM": "서울특별시"},
                ensure_ascii=False,
            ),
            "created_at": utcnow() - timedelta(hours=3),
        }
    )


@SQLITE_AND_MARIADB
def test_the_report_lists_critical_alerts_with_outcomes_and_broadcasts_apart(db, service, world):
    daughter = service.as_user(world.tokens["member"])
    _disaster(db, world.family, "미세먼지", "초미세먼지 주의보 발령")
    _disaster(db, world.family, "대설", "대설주의보 발효")
    warn = db.notifications.create_notification(
        {"family_id": world.family, "notification_grade": "warn", "description": "실내 온도 높음"}
    )
    daughter.care.resolve(world.notification, "hospital", "병원 이송")
    daughter.care.add_note(world.family, "보호자 통화함")
    start, end = utcnow() - timedelta(days=1), utcnow() + timedelta(seconds=1)

    report = reports.make_report(daughter, world.ids["member"], world.family, start, end, False)
    [critical] = report.critical()
    assert critical.alert.index == world.notification
    assert critical.care is not None
    assert (critical.care["state"], critical.care["outcome"], critical.care["note"]) == (
        "resolved",
        "hospital",
        "병원 이송",
    )
    assert critical.care["taken_by_name"] == "member님"
    assert [a.alert.index for a in report.others()] == [warn]
    assert sorted(a.alert.title for a in report.broadcasts()) == ["대설", "미세먼지"]
    assert [e.kind for e in report.care_log].count("note") == 1
