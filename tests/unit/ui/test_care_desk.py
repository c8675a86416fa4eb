"""The care desk's log, handover and warnings on the real window: the Status screen's care
log (order, date range, adding a note and refusing bad ones), the handover dialog's
summary, the next shift's confirmation, the stop-watching warning, and the doctor's PDF
with the critical alerts and their outcomes before the public broadcasts."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from carebot_desktop.data.models import CareNote
from carebot_desktop.data.validation import utcnow
from carebot_desktop.ui.care import shift_desk
from carebot_desktop.ui.report import export as export_module
from carebot_desktop.ui.report import report_dialog as dialog_module
from tests.unit.ui.conftest import idle
from tests.unit.ui.test_report import _pdf_text


def idle_log(context) -> bool:
    return context.runner.pending() == 0


def _notes(db) -> int:
    with db.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(CareNote)) or 0)


def _elder_of(db, family_id) -> str:
    return next(p for p in db.families.get_family_people(family_id) if p["role"] == "main")[
        "user_id"
    ]


def _crit(db, family_id, ago=timedelta(minutes=5)) -> int:
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "crit",
            "description": "낙상 감지",
            "created_at": utcnow() - ago,
        }
    )


@pytest.fixture
def status(qtbot, desk):
    desk.go_to("status")
    page = desk.status_page
    page.side_tabs.setCurrentWidget(page.care_log)
    qtbot.waitUntil(lambda: idle(desk), timeout=30_000)
    return page


def test_the_care_log_shows_notes_closed_alerts_and_messages_in_order(
    qtbot, qtmodeltester, desk, status, context
):
    db, api, me = context.db, context.api, context.session.user_id
    family = status.family_id
    now = utcnow().replace(microsecond=0)
    elder = _elder_of(db, family)
    db.messages.create_message(
        {
            "from_id": elder,
            "to_id": me,
            "content": "<i>고마워요</i>",
            "created_at": now - timedelta(hours=3),
        }
    )
    note = api.care.add_note(family, "점심 반 그릇 드심")
    with db.unit_of_work() as session:
        session.execute(
            update(CareNote).where(CareNote.id == note).values(at=now - timedelta(hours=2))
        )
    api.care.resolve(_crit(db, family), "visited", "방문 확인, 괜찮으심")

    log = status.care_log
    log.set_period(family, now - timedelta(hours=4), utcnow() + timedelta(seconds=1))
    qtbot.waitUntil(lambda: log.model.rowCount() >= 3, timeout=20_000)
    qtmodeltester.check(log.model)
    rows = [log.model.row_at(i) for i in range(log.model.rowCount())]
    mine = [
        r for r in rows if r.text in ("<i>고마워요</i>", "점심 반 그릇 드심", "방문 확인, 괜찮으심")
    ]
    assert [r.kind for r in mine] == ["message", "note", "alert"]
    assert [r.at for r in rows] == sorted(r.at for r in rows)
    # Others' words as they wrote them (plain text, never rich text).
    model = log.model
    texts = [model.data(model.index(i, 3)) for i in range(model.rowCount())]
    assert "<i>고마워요</i>" in texts
    assert any("방문 확인, 괜찮으심" in str(t) for t in texts)

    # A narrower range leaves the message of three hours ago out.
    log.set_period(family, now - timedelta(minutes=150), utcnow() + timedelta(seconds=1))
    qtbot.waitUntil(
        lambda: not any(r.text == "<i>고마워요</i>" for r in log.model._rows), timeout=20_000
    )
    # The search box narrows the lines to the words typed.
    log.search.setText("반 그릇")  # (the demo's own notes mention lunch too)
    assert log.proxy.rowCount() == 1


def test_adding_a_note_and_refusing_empty_or_too_long(qtbot, status, context):
    log = status.care_log
    before = _notes(context.db)
    log.note.setPlainText("   ")
    assert not log.add_note()
    assert "empty" in log.message.text()
    log.note.setPlainText("가" * 10_000)
    assert not log.add_note()
    assert "2,000" in log.message.text() and "10,000" in log.message.text()
    assert _notes(context.db) == before  # nothing written
    log.note.setPlainText("  저녁 식사 절반 드심  ")
    assert log.add_note()
    qtbot.waitUntil(lambda: _notes(context.db) == before + 1, timeout=20_000)
    qtbot.waitUntil(
        lambda: any(
            log.model.row_at(i).text == "저녁 식사 절반 드심" for i in range(log.model.rowCount())
        ),
        timeout=20_000,
    )
    assert log.note.toPlainText() == ""


def test_the_handover_dialog_summarises_the_shift(qtbot, desk, context):
    db, api = context.db, context.api
    family = desk.family_ids[0]
    desk.shift.since = utcnow() - timedelta(seconds=1)
    api.care.resolve(_crit(db, family), "hospital", "병원 이송")
    api.care.resolve(_crit(db, family), "false_alarm")
    api.care.add_note(family, "보호자 통화함")
    open_now = len(api.care.open_alerts())
    dialog = desk.shift.open_handover()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=20_000)
    summary = dialog.view.summary
    assert summary.outcomes == {"hospital": 1, "false_alarm": 1}
    assert (summary.open_alerts, summary.notes) == (open_now, 1)
    text = dialog.summary.text()
    assert "2" in text.splitlines()[0] and str(open_now) in text
    # Writing the handover: refused when empty, written once given.
    dialog.note.setPlainText("")
    assert not dialog.hand_over()
    dialog.note.setPlainText("김순자 님 병원 이송, 결과 확인 필요")
    with qtbot.waitSignal(dialog.handed_over, timeout=20_000):
        assert dialog.hand_over()
    [latest] = api.care.handovers()[:1]
    assert latest["text"] == "김순자 님 병원 이송, 결과 확인 필요"


def test_the_next_shift_sees_the_latest_handover_and_confirms_it(qtbot, desk, context):
    db, me = context.db, context.session.user_id
    elder = _elder_of(db, desk.family_ids[0])
    handover = db.care.hand_over("밤사이 특이사항 없음", by=elder)
    desk.shift.incoming_checked = False
    desk.shift.families_known(True)  # a care-centre desk (the caregiver has four families)
    qtbot.waitUntil(
        lambda: desk.shift.dialog is not None and desk.shift.dialog.view is not None,
        timeout=20_000,
    )
    dialog = desk.shift.dialog
    assert dialog.latest_text.text() == "밤사이 특이사항 없음"
    assert dialog.confirm_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.confirmed, timeout=20_000):
        dialog.confirm()
    assert [r["user_id"] for r in db.care.handover_reads(handover)] == [me]
    assert not dialog.confirm_button.isVisibleTo(dialog)


def test_signing_out_a_watching_desk_asks_first(qtbot, desk, context, monkeypatch):
    asked: list[str] = []
    answer = [shift_desk.STAY]

    def ask(parent, title, text, stop_label):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(shift_desk, "ask_stop", ask)
    desk.shift.refresh_count()
    qtbot.waitUntil(lambda: desk.shift.open_count is not None and idle(desk), timeout=20_000)
    count = desk.shift.open_count
    assert desk.shift.watches  # four families: a care-centre desk
    signed_out: list[bool] = []
    desk.sign_out_requested.connect(lambda: signed_out.append(True))
    desk.sidebar.sign_out_button.click()
    assert len(asked) == 1 and not signed_out  # stayed
    assert "stops this desk watching" in asked[0] and str(count) in asked[0]
    answer[0] = shift_desk.STOP
    desk.sidebar.sign_out_button.click()
    assert signed_out == [True]
    # A family member's desk does not watch: no question.
    desk.shift.watches = False
    desk.sidebar.sign_out_button.click()
    assert len(asked) == 2 and signed_out == [True, True]


def test_a_new_alert_from_the_poll_counts_in_the_sign_out_warning(qtbot, desk, context):
    """The change check no longer reports the alerts the poll delivered: the window
    counts the open alerts again itself when they come."""
    desk.shift.refresh_count()
    qtbot.waitUntil(lambda: desk.shift.open_count is not None and idle(desk), timeout=20_000)
    before = desk.shift.open_count
    family_id = desk.overview.model.rows()[0].family_id
    index = context.db.notifications.create_notification(
        {"family_id": family_id, "notification_grade": "crit", "description": "낙상감지"}
    )
    desk._on_notifications_received([context.db.notifications.get_one_notification(index)])
    qtbot.waitUntil(lambda: desk.shift.open_count == before + 1, timeout=20_000)


def _disaster(db, family_id, kind, message):
    return db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "info",
            "description": json.dumps(
                {"DST_SE_NM": kind, "MSG_CN": message, "RCPTN_RGN_NM": "서울특별시"},
                ensure_ascii=False,
            ),
            "created_at": utcnow() - timedelta(days=2),
        }
    )


def test_the_pdf_lists_critical_alerts_with_outcomes_before_the_broadcasts(
    qtbot, desk, context, tmp_path, monkeypatch
):
    from carebot_desktop.ui.resources import register_fonts

    context.font_family = register_fonts()
    db, api = context.db, context.api
    desk.go_to("status")
    family = desk.status_page.family_id
    _disaster(db, family, "미세먼지", "초미세먼지 주의보 발령 마스크 착용")
    api.care.resolve(_crit(db, family, timedelta(days=1)), "hospital", "구급차로 병원 이송함")
    desk.status_page.open_report()
    report = desk.status_page.report_dialog
    qtbot.waitUntil(lambda: report.document is not None, timeout=30_000)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(export_module, "ask_reason", lambda parent, what: "진료 준비")
    monkeypatch.setattr(dialog_module, "choose_path", lambda *args: str(target))
    assert report.save_pdf()
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    _pages, text = _pdf_text(target)
    flat = "".join(text.split())  # the PDF's text breaks lines anywhere

    def at(words: str) -> int:
        found = flat.find("".join(words.split()))
        assert found >= 0, words
        return found

    critical = at("Critical alerts and what was done")
    outcome = at("구급차로 병원 이송함")
    care_log = at("Care log")
    broadcasts = at("Public broadcasts")
    dust = at("초미세먼지 주의보 발령 마스크 착용")
    assert critical < outcome < care_log < broadcasts < dust
    # The same table as CSV, with the outcome and the note.
    csv_target = tmp_path / "critical.csv"
    monkeypatch.setattr(export_module, "choose_path", lambda *args: str(csv_target))
    assert report.export_csv("critical")
    qtbot.waitUntil(lambda: csv_target.exists(), timeout=20_000)
    assert "구급차로 병원 이송함" in csv_target.read_text("utf-8-sig")


def test_quitting_a_watching_desk_asks_first(qtbot, desk, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        shift_desk, "ask_stop", lambda parent, title, text, stop: asked.append(text) or "stay"
    )
    desk.shift.watches = True
    desk.quit_application()  # the tray's Quit
    assert len(asked) == 1 and "Quitting stops this desk watching" in asked[0]
    assert not desk.quitting and not desk.closed  # stayed: still watching


def test_the_care_log_follows_an_alert_closed_on_another_desk(qtbot, status, context):
    from carebot_desktop.services.changes import DeskChanges

    log = status.care_log
    log.set_period(status.family_id, utcnow() - timedelta(hours=1), utcnow() + timedelta(minutes=5))
    qtbot.waitUntil(lambda: idle_log(context), timeout=20_000)
    context.db.care.resolve(
        _crit(context.db, status.family_id), "elder_fine", "다른 데스크에서 종료", by=None
    )
    context.broadcast(DeskChanges(states=True))  # what the poller's change check says
    qtbot.waitUntil(
        lambda: any(r.text == "다른 데스크에서 종료" for r in log.model._rows), timeout=20_000
    )
