"""Korean throughout (issue 20): Qt's own dialogs speak Korean (its catalogue loaded, and
packaged), files are offered under Korean names, and "remove" is not "export"."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from carebot_desktop.config import paths
from carebot_desktop.ui.report import export as export_module
from carebot_desktop.ui.report import report_dialog as dialog_module
from carebot_desktop.ui.resources import install_translations, qt_translation_folders
from tests.unit.ui.conftest import idle
from tests.unit.ui.test_catalogue import catalogue

ROOT = Path(__file__).resolve().parents[3]
DAY = r"\d{4}-\d{2}-\d{2}"


@pytest.fixture
def speaking(qapp):
    """Install a language's translators as the application does; removed afterwards."""
    installed = []

    def speak(language: str) -> None:
        installed.extend(install_translations(qapp, language))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)


def _english_left(top) -> list[str]:
    """The words of a dialog's labels, buttons and tool tips with no Hangul in them."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    left = []
    for widget in [top, *top.findChildren(QWidget)]:
        words = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
        for text in words:
            if re.search("[A-Za-z]{2,}", text) and not re.search("[\uac00-\ud7a3]", text):
                left.append(f"{type(widget).__name__} {widget.objectName()}: {text!r}")
    return left


def test_qt_own_dialogs_speak_korean(qtbot, speaking):
    """Qt's file dialog said "Look in:" and "Files of type:": Qt's Korean catalogue was not
    loaded, and Qt 6.11's lacks those two since they gained a key ("&Look in:")."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    speaking("ko")
    dialog = QFileDialog(None, "", str(Path.home()), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    look_in = dialog.findChild(QLabel, "lookInLabel")
    assert look_in is not None and look_in.text() == "다음에서 찾기(&L):"
    box = QMessageBox(QMessageBox.Icon.Question, "", "")
    for button in ("Yes", "No", "Ok", "Cancel", "Close", "Save", "Discard", "Retry"):
        box.addButton(getattr(QMessageBox.StandardButton, button))
    qtbot.addWidget(box)
    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    left = []
    for top in (dialog, box, printing):
        top.show()
        left += _english_left(top)
        top.hide()
    assert left == []


def test_the_bundle_carries_qt_korean_where_the_app_looks(monkeypatch):
    """The PyInstaller spec, run with PyInstaller's names stubbed: Qt's Korean catalogue goes
    into the application's translations folder, one of the folders the app looks in."""
    captured: dict[str, object] = {}

    def analysis(scripts, **options):
        captured.update(options)
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

    names = {
        "SPECPATH": str(ROOT / "packaging"),
        "Analysis": analysis,
        "PYZ": lambda *a, **k: None,
        "EXE": lambda *a, **k: None,
        "COLLECT": lambda *a, **k: None,
        "BUNDLE": lambda *a, **k: None,
        "__name__": "__main__",
    }
    monkeypatch.setattr("sys.path", list(__import__("sys").path))
    spec = ROOT / "packaging" / "carebot-desktop.spec"
    exec(compile(spec.read_text("utf-8"), str(spec), "exec"), names)
    datas = captured["datas"]
    assert isinstance(datas, list)
    bundled = {(Path(source).name, target) for source, target in datas}
    assert ("qtbase_ko.qm", "carebot_desktop/resources/translations") in bundled
    assert ("carebot_ko.qm", "carebot_desktop/resources/translations") in bundled
    assert ("carebot_qt_ko.qm", "carebot_desktop/resources/translations") in bundled
    # (in the bundle, carebot_desktop/resources is where paths.resource points)
    assert str(paths.resource("translations")) in qt_translation_folders()


def test_file_names_keep_what_file_systems_refuse_out():
    assert (
        export_module.file_name(["최만석", "보고서"], date(2026, 12, 4), "pdf")
        == "최만석-보고서-2026-12-04.pdf"
    )
    assert export_module.file_name(['a/b:c*"d"', " .", "알림"], None, "csv") == "a_b_c_d_-알림.csv"


@pytest.mark.parametrize(
    ("language", "report", "overview", "notifications", "members"),
    [
        ("ko", "보고서", "케어봇-한눈에보기", "케어봇-알림", "구성원"),
        ("en", "report", "Carebot-overview", "Carebot-notifications", "members"),
    ],
)
def test_every_export_offers_a_name_in_the_language(
    qtbot, desk, monkeypatch, speaking, language, report, overview, notifications, members
):
    speaking(language)
    offered: list[str] = []

    def choose(parent, title, suggested, filter_text):
        offered.append(suggested)
        return None  # (the person cancels: nothing is written)

    monkeypatch.setattr(export_module, "choose_path", choose)
    monkeypatch.setattr(dialog_module, "choose_path", choose)
    for page in ("overview", "notifications", "members"):
        desk.go_to(page)
        screen = desk.pages[page]
        qtbot.waitUntil(lambda s=screen: idle(desk) and s.model.rowCount() > 0, timeout=20_000)
        assert not screen.export_csv()
    desk.go_to("status")
    desk.status_page.open_report()
    dialog = desk.status_page.report_dialog
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    assert not dialog.save_pdf()
    assert not dialog.export_csv("critical")
    elder = dialog.report.elder_name
    today = date.today().isoformat()
    assert offered[0] == f"{overview}-{today}.csv"
    assert offered[1] == f"{notifications}-{today}.csv"
    assert re.fullmatch(rf"[^-]+-{members}-{today}\.csv", offered[2]), offered[2]
    assert re.fullmatch(rf"{re.escape(elder)}-{report}-{DAY}\.pdf", offered[3]), offered[3]
    assert re.fullmatch(rf"{re.escape(elder)}-{report}-[^-]+(-[a-z]+)?-{DAY}\.csv", offered[4])
    if language == "ko":
        assert not any(re.search("[A-Za-z]", name.rsplit(".", 1)[0]) for name in offered)


def test_remove_and_export_are_different_words():
    """The members screen's "구성원 내보내기" (remove a member) sat beside "CSV로 내보내기" (export): 내보내다 is
    kept for data leaving the application, and no removal says it."""
    wrong = []
    for entry in catalogue("ko"):
        text = " ".join(entry.forms)
        exporting = re.search(r"export|leaves", entry.source, re.IGNORECASE)
        if re.search("내보내|내보냈|내보낼", text) and not exporting:
            wrong.append(f"{entry.context}: {entry.source!r} -> {text!r}")
        if re.search(r"\bremov", entry.source, re.IGNORECASE) and "내보" in text:
            wrong.append(f"{entry.context}: {entry.source!r} -> {text!r}")
    assert wrong == []
    removal = {e.source: e.forms[0] for e in catalogue("ko") if e.context == "MembersPage"}
    assert "내보" not in removal["Re&move member"]
    assert "내보" in removal["Export C&SV…"]
