import pytest

from carebot_desktop import app as app_module
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.services.families import FamilySummary, list_family_summaries
from carebot_desktop.ui.main_window import MainWindow
from carebot_desktop.ui.overview.family_model import FamilyTableModel
from carebot_desktop.workers.tasks import TaskRunner

FAST_HASH = "$2b$04$" + "a" * 53


def test_family_model(qtmodeltester):
    model = FamilyTableModel()
    model.set_rows([
        FamilySummary("F" + "a" * 15, "순자 할머니 댁", "김순자", 85, "female", "서울", 3, 2),
        FamilySummary("F" + "b" * 15, "영수 할아버지 댁", "박영수", None, None, "", 0, 0),
    ])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 1)) == "김순자"
    assert model.data(model.index(1, 2)) == ""
    assert model.data(model.index(0, 0), FamilyTableModel.FAMILY_ID_ROLE) == "F" + "a" * 15


def test_main_window_lists_families_loaded_in_the_background(qtbot, sqlite_db):
    runner = TaskRunner()

    def prepare():
        fill_demo(sqlite_db, password_hash=FAST_HASH)

    window = MainWindow(runner, lambda: list_family_summaries(sqlite_db), prepare=prepare)
    qtbot.addWidget(window)
    window.start()
    assert not window.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=60_000)
    names = {window.model.row_at(r).elder_name for r in range(4)}
    assert names == {"김순자", "박영수", "이옥희", "최만석"}
    assert window.refresh_button.isEnabled()
    runner.wait()


def test_main_window_reports_an_unreachable_database(qtbot):
    from carebot_desktop.data import DatabaseUnavailableError

    def fail():
        raise DatabaseUnavailableError("the database cannot be reached (test)")

    runner = TaskRunner()
    window = MainWindow(runner, fail)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=10_000)
    assert window.model.rowCount() == 0
    assert window.status_label.text()  # a message is shown, in the UI language
    runner.wait()


def test_bundled_korean_font_registers(qapp):
    assert app_module.register_fonts() == "NanumGothic"


def test_korean_catalogue_is_complete_and_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    ts = app_module.paths.resource("translations", "carebot_ko.ts").read_text("utf-8")
    assert 'type="unfinished"' not in ts
    translators = app_module.install_translations(qapp, "ko")
    try:
        assert QCoreApplication.translate("MainWindow", "Families") == "가족 목록"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as caught:
        app_module.main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for option in ("--demo", "--screenshot", "--database", "--lang"):
        assert option in out


def test_screenshot_mode_renders_the_demo(qapp, tmp_path):
    assert app_module.main(["--demo", "--screenshot", str(tmp_path)]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "overview.png"))
    assert not image.isNull() and image.width() > 600
