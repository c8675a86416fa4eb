"""The report on one elder: made off the GUI thread, previewed, saved as PDF, printed and
exported as CSV, each only after the person gave a reason that was recorded."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from carebot_desktop.ui.report import export as export_module
from carebot_desktop.ui.report import report_dialog as dialog_module
from tests.unit.ui.conftest import idle


@pytest.fixture(autouse=True)
def korean_font(context):
    """As the application does: the bundled Korean font, so Hangul reaches the paper."""
    from carebot_desktop.ui.resources import register_fonts

    context.font_family = register_fonts()
    assert context.font_family


@pytest.fixture
def report(qtbot, desk):
    desk.go_to("status")
    desk.status_page.open_report()
    dialog = desk.status_page.report_dialog
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    return dialog


def _answer(monkeypatch, reason, path):
    monkeypatch.setattr(export_module, "ask_reason", lambda parent, what: reason)
    monkeypatch.setattr(export_module, "choose_path", lambda *args: str(path) if path else None)
    monkeypatch.setattr(dialog_module, "choose_path", lambda *args: str(path) if path else None)


def _pdf_text(path: Path) -> tuple[int, str]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = document.pageCount()
    return pages, "\n".join(document.getAllText(i).text() for i in range(pages))


def test_the_report_shows_the_elder_alerts_and_charts(report):
    text = report.document.toPlainText()
    assert report.report.elder_name and report.report.elder_name in text
    assert len(report.report.alerts) > 0
    assert report.pdf_button.isEnabled() and report.print_button.isEnabled()
    # Seven charts drawn into the document.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    images = [
        report.document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{s}"))
        for s in ("temperature", "heart_rate", "mental_score")
    ]
    assert all(image is not None and not image.isNull() for image in images)


def test_save_as_pdf_records_the_reason_first(qtbot, report, context, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    _answer(monkeypatch, "진료 준비", target)
    assert report.save_pdf()
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    pages, text = _pdf_text(target)
    assert pages >= 2
    assert report.report.elder_name in text
    exports = context.db.security.get_exports(context.session.user_id)
    assert [(e["kind"], e["reason"]) for e in exports] == [("report_pdf", "진료 준비")]
    assert exports[0]["family_id"] == report.family_id
    log = context.db.security.get_audit_log(actor_id=context.session.user_id, limit=50)
    assert any(a["action"] == "export" and a["target_id"] == report.family_id for a in log)
    assert target.stat().st_mode & 0o077 == 0  # health data: the owner's only


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_saving_leaves_the_chosen_folders_mode_alone(qtbot, report, context, tmp_path, monkeypatch):
    """Issue 16, probe 12: an export into the person's own folder (~/Documents) leaves that
    folder's mode as it was; only the file itself is owner-only."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    os.chmod(folder, 0o755)
    saves = {"report.pdf": report.save_pdf, "alerts.csv": lambda: report.export_csv("alerts")}
    for name, save in saves.items():
        target = folder / name
        _answer(monkeypatch, "진료 준비", target)
        assert save()
        qtbot.waitUntil(
            lambda t=target: t.exists() and not context.runner.pending(), timeout=20_000
        )
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755, name
        assert stat.S_IMODE(target.stat().st_mode) == 0o600, name
    assert sorted(os.listdir(folder)) == ["alerts.csv", "report.pdf"]  # nothing half-written


def test_no_reason_no_file_and_no_record(qtbot, report, context, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    _answer(monkeypatch, None, target)
    assert not report.save_pdf()
    qtbot.wait(200)
    assert not target.exists()
    assert context.db.security.get_exports(context.session.user_id) == []


def test_when_the_record_cannot_be_written_nothing_is_exported(
    qtbot, report, context, tmp_path, monkeypatch
):
    target = tmp_path / "alerts.csv"
    _answer(monkeypatch, "가족 공유", target)
    api = context.api

    def refuse(*_args):
        from carebot_desktop.data.errors import DatabaseUnavailableError

        raise DatabaseUnavailableError("the database is away")

    monkeypatch.setattr(api.audit, "record_export", refuse)
    assert report.export_csv("alerts")
    qtbot.waitUntil(
        lambda: report.message.text() != "" and not context.runner.pending(), timeout=20_000
    )
    assert not target.exists()


def test_alerts_export_as_csv_with_who_acknowledged(qtbot, desk, context, tmp_path, monkeypatch):
    # Acknowledge one alert first, through the desk, as a person would.
    qtbot.waitUntil(lambda: bool(desk.critical.unattended()), timeout=20_000)
    count = len(desk.critical.unattended())
    desk.banner.take_button.click()  # taking it acknowledges it
    qtbot.waitUntil(lambda: len(desk.critical.unattended()) == count - 1, timeout=20_000)
    desk.go_to("status")
    desk.select_family(desk.family_ids[0])
    for family_id in desk.family_ids:  # the family whose alert was acknowledged
        acks = context.db.notifications.get_acknowledgements(family_id)
        if acks:
            desk.select_family(family_id)
            break
    desk.status_page.open_report()
    dialog = desk.status_page.report_dialog
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    target = tmp_path / "alerts.csv"
    _answer(monkeypatch, "기관 기록", target)
    assert dialog.export_csv("alerts")
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a spreadsheet reads the Hangul
    text = raw.decode("utf-8-sig")
    assert context.session.user_name in text  # who acknowledged it
    assert len(text.splitlines()) == len(dialog.report.alerts) + 1


def test_printing_goes_through_the_printer(qtbot, report, context, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "printed.pdf"
    _answer(monkeypatch, "의사 진료", None)

    def to_file(printer, _parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(dialog_module, "choose_printer", to_file)
    assert report.print_report()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=20_000)
    pages, _text = _pdf_text(target)
    assert pages >= 2
    kinds = [e["kind"] for e in context.db.security.get_exports(context.session.user_id)]
    assert kinds == ["report_print"]


def test_the_weekly_summary_compares_with_the_week_before(qtbot, report):
    report.kind.setCurrentIndex(report.kind.findData("summary"))
    assert not report.pdf_button.isEnabled()  # the preview is of the other kind until made
    report.make()
    qtbot.waitUntil(lambda: report.pdf_button.isEnabled(), timeout=30_000)
    assert report.report.previous  # the week before was read
    start, end = report.report.start, report.report.end
    assert (end - start).days == 7
    assert "Weekly" in report.document.toPlainText() or "주간" in report.document.toPlainText()


@pytest.mark.parametrize("page", ["overview", "notifications", "members"])
def test_every_desk_table_exports_as_csv(qtbot, desk, context, tmp_path, monkeypatch, page):
    target = tmp_path / f"{page}.csv"
    _answer(monkeypatch, "기관 기록", target)
    screen = desk.pages[page]
    desk.go_to(page)
    qtbot.waitUntil(lambda: idle(desk) and screen.model.rowCount() > 0, timeout=20_000)
    assert screen.export_csv()
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    shown = screen.proxy if page == "notifications" else screen.model
    assert len(lines) == shown.rowCount() + 1
    kinds = {e["kind"] for e in context.db.security.get_exports(context.session.user_id)}
    assert kinds == {"csv"}
