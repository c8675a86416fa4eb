"""Settings are written to disk on a thread of their own, never on the GUI thread (its
two fdatasync held the window 10-15 ms in the sign-in's first paint, issue 20)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from carebot_desktop.config.settings import Settings


def _on_disk(path: Path) -> str:
    return path.read_text("utf-8") if path.exists() else ""


def _settle(qtbot, settings: Settings) -> None:
    qtbot.waitUntil(lambda: settings._saver is None, timeout=5_000)


def test_a_value_is_written_by_the_saving_thread_not_this_one(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "s.ini"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    _settle(qtbot, settings)
    release = threading.Event()
    savers: list[str] = []
    save = Settings._save

    def held(self: Settings) -> None:
        savers.append(threading.current_thread().name)
        release.wait(5)
        save(self)

    monkeypatch.setattr(Settings, "_save", held)
    settings.set("signin/last_email", "jieun.park@carebot.test")
    # QSettings' own save would come at the next event-loop pass, on this thread.
    qtbot.wait(200)
    QApplication.processEvents()
    assert "jieun.park" not in _on_disk(path)
    assert settings.get("signin/last_email") == "jieun.park@carebot.test"
    release.set()
    qtbot.waitUntil(lambda: "jieun.park@carebot.test" in _on_disk(path), timeout=5_000)
    assert savers == ["settings-save"]
    _settle(qtbot, settings)


def test_values_set_while_a_save_runs_are_all_written(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "s.ini"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    _settle(qtbot, settings)
    release = threading.Event()
    save = Settings._save

    def held(self: Settings) -> None:
        release.wait(5)
        save(self)

    monkeypatch.setattr(Settings, "_save", held)
    settings.set("ui/text_scale", 150)
    settings.set("ui/theme", "dark")  # (a save is under way: written after it)
    settings.set("notifications/poll_interval_s", 30)
    release.set()
    _settle(qtbot, settings)
    again = QSettings(str(path), QSettings.Format.IniFormat)  # (what the file holds)
    text = _on_disk(path)
    assert "text_scale=150" in text and "theme=dark" in text and "poll_interval_s=30" in text
    assert again.value("ui/theme") == "dark"


def test_sync_saves_now_and_a_new_process_reads_it_back(qtbot, tmp_path):
    path = tmp_path / "s.ini"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set("alarm/sound", "off")
    settings.sync()
    assert "sound=off" in _on_disk(path)
    _settle(qtbot, settings)
    # Another QSettings of this process shares the values; the file is what a next start
    # reads: a new QSettings on a copy of it.
    copy = tmp_path / "copy.ini"
    copy.write_text(_on_disk(path), "utf-8")
    assert Settings(QSettings(str(copy), QSettings.Format.IniFormat)).get("alarm/sound") == "off"
