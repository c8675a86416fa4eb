"""The critical alarm: a chime that repeats until every crit alert is acknowledged, the
tray's menu, closing to the tray, and a clicked notification opening its alert."""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import sys
import textwrap
import types
import wave

import pytest

from carebot_desktop.config import paths
from carebot_desktop.ui.alarm import Alarm, escalated_sound_file, sound_file
from carebot_desktop.ui.chime import CommandChime, QtChime, WinsoundChime
from carebot_desktop.ui.window import tray as tray_module
from tests.unit.ui.conftest import CAREGIVER, ELDER, idle, signed_in


@pytest.fixture
def pulse(sound_server):
    if sound_server is None:
        if os.environ.get("CAREBOT_REQUIRE_SOUND") == "1":
            pytest.fail("CAREBOT_REQUIRE_SOUND=1 but pulseaudio/pactl are not installed")
        pytest.skip("no pulseaudio here to play the alarm into (apt-get install pulseaudio)")
    return sound_server


def test_the_bundled_chime_is_a_short_readable_wav():
    with wave.open(sound_file()) as chime:
        seconds = chime.getnframes() / chime.getframerate()
        assert chime.getnchannels() == 1 and chime.getsampwidth() == 2
    assert 0.5 < seconds < 3
    assert "CC0" in paths.resource("sounds", "LICENSE.txt").read_text()


def test_the_alarm_plays_until_it_is_no_longer_needed(qtbot, pulse):
    """Played by the system's player (paplay here), started again each time it ends."""
    alarm = Alarm()
    alarm.set_active(True)
    assert alarm.mode == "sound" and isinstance(alarm._chime, CommandChime)
    qtbot.waitUntil(lambda: pulse.playing_streams() >= 1, timeout=10_000)
    qtbot.waitUntil(lambda: alarm._chime.plays >= 2, timeout=5_000)  # it loops
    qtbot.waitUntil(lambda: pulse.playing_streams() >= 1, timeout=10_000)  # (and plays again)
    assert alarm._chime.playing and alarm.mode == "sound"
    alarm.set_muted(True)
    assert alarm.mode == "muted" and not alarm._chime.playing
    qtbot.waitUntil(lambda: pulse.playing_streams() == 0, timeout=10_000)  # really silent
    alarm.set_muted(False)
    assert alarm.mode == "sound" and alarm._chime.playing
    alarm.set_active(False)
    assert alarm.mode == "silent" and not alarm._chime.playing
    assert alarm._chime.process is None  # the player ended, nothing left behind


def test_without_a_player_qt_multimedia_plays_the_chime(qtbot, pulse, monkeypatch):
    from carebot_desktop.ui import alarm as alarm_module

    monkeypatch.setattr(alarm_module, "find_players", lambda: [])
    alarm = Alarm()
    alarm.set_active(True)
    assert alarm.mode == "sound" and isinstance(alarm._chime, QtChime)
    qtbot.waitUntil(lambda: pulse.playing_streams() >= 1, timeout=10_000)
    assert alarm._chime.playing
    alarm.set_active(False)
    assert alarm.mode == "silent" and not alarm._chime.playing


def test_a_player_that_cannot_play_hands_over_to_the_next(qtbot, pulse, monkeypatch):
    """``false`` ends with an error at once (as paplay does with no sound server): the
    next player plays. When none can, the alarm beeps."""
    from carebot_desktop.ui import alarm as alarm_module

    paplay = shutil.which("paplay")
    assert paplay, "pulseaudio-utils (paplay) is installed with pulseaudio"
    monkeypatch.setattr(alarm_module, "find_players", lambda: [shutil.which("false"), paplay])
    alarm = Alarm()
    alarm.set_active(True)
    qtbot.waitUntil(lambda: alarm._chime.players == [paplay], timeout=5_000)
    qtbot.waitUntil(lambda: pulse.playing_streams() >= 1, timeout=10_000)
    assert alarm.mode == "sound"
    alarm.set_active(False)

    monkeypatch.setattr(alarm_module, "find_players", lambda: [shutil.which("false")])
    alarm = Alarm()
    with qtbot.waitSignal(alarm.mode_changed, timeout=5_000, check_params_cb=lambda m: m == "beep"):
        alarm.set_active(True)
    assert alarm.mode == "beep" and alarm.beeps >= 1
    alarm.set_active(False)
    assert alarm.mode == "silent"


def test_the_window_plays_the_chime_without_loading_qt_multimedia(pulse):
    """Qt Multimedia (FFmpeg, Qt Quick and QML with it: about 20 MiB) stays out of a window
    that has a system player: the alarm prepared, sounding, escalated and stopped."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from carebot_desktop.ui.alarm import Alarm
        app = QApplication([])
        alarm = Alarm()
        alarm.prepare()
        alarm.set_active(True)
        alarm.set_escalated(True)
        app.processEvents()
        assert alarm.mode == "sound", alarm.mode
        alarm.set_active(False)
        maps = open("/proc/self/maps").read()
        print("QtMultimedia" in sys.modules or "PySide6.QtMultimedia" in sys.modules,
              "libQt6Multimedia" in maps, "ffmpeg" in maps)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULSE_SERVER": pulse.env["PULSE_SERVER"]}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=str(paths.resource("..").resolve()),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "False"]


def test_the_escalated_chime_is_the_chime_twice_as_often():
    with wave.open(sound_file()) as chime, wave.open(escalated_sound_file()) as fast:
        assert fast.getparams()[:3] == chime.getparams()[:3]
        assert fast.getnframes() == chime.getnframes()
        one = array.array("h", chime.readframes(chime.getnframes()))
        two = array.array("h", fast.readframes(fast.getnframes()))
    half = len(one) // 2
    assert all(
        abs(b - (a + one[i - half])) <= 2 for i, (a, b) in enumerate(zip(one, two, strict=True))
    )


def test_windows_plays_the_chime_with_winsound(qtbot, monkeypatch):
    calls: list[tuple[object, int]] = []
    fake = types.SimpleNamespace(
        SND_FILENAME=1,
        SND_ASYNC=2,
        SND_LOOP=4,
        SND_NODEFAULT=8,
        PlaySound=lambda sound, flags: calls.append((sound, flags)),
    )
    monkeypatch.setitem(sys.modules, "winsound", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    from carebot_desktop.ui import chime as chime_module

    assert chime_module.find_players() == ["winsound"]
    alarm = Alarm()
    alarm.set_active(True)
    assert alarm.mode == "sound" and isinstance(alarm._chime, WinsoundChime)
    assert calls == [(sound_file(), 1 | 2 | 4 | 8)]
    alarm.set_escalated(True)  # the faster chime at once
    assert calls[-2:] == [(None, 0), (escalated_sound_file(), 15)]
    alarm.set_active(False)
    assert calls[-1] == (None, 0) and not alarm._chime.playing


def test_without_an_audio_output_the_alarm_beeps_instead(qtbot, monkeypatch):
    from carebot_desktop.ui import alarm as alarm_module

    monkeypatch.setattr(alarm_module, "find_players", lambda: [])
    monkeypatch.setattr(alarm_module, "_audio_outputs", lambda: 0)
    monkeypatch.setattr(alarm_module, "BEEP_EVERY_MS", 50)
    alarm = Alarm()
    alarm._beeper.setInterval(50)
    alarm.set_active(True)
    assert alarm.mode == "beep"
    qtbot.waitUntil(lambda: alarm.beeps >= 3, timeout=5_000)  # it repeats
    alarm.set_active(False)
    beeps = alarm.beeps
    qtbot.wait(200)
    assert alarm.mode == "silent" and alarm.beeps == beeps


def test_the_alarm_looks_for_an_audio_output_once_before_any_alert(qtbot, monkeypatch):
    """The look (Qt Multimedia's load and its devices: 150-400 ms) is made by prepare()
    at start-up, not when the first crit alert comes in the middle of a sign-in."""
    from carebot_desktop.ui import alarm as alarm_module

    looks: list[int] = []
    monkeypatch.setattr(alarm_module, "find_players", lambda: [])
    monkeypatch.setattr(alarm_module, "_audio_outputs", lambda: looks.append(1) or 0)
    alarm = Alarm()
    alarm.prepare()
    alarm.prepare()
    assert looks == [1]
    alarm.set_active(True)  # the first crit alert: no second look
    assert looks == [1] and alarm.mode == "beep"
    alarm.set_active(False)


def _desk(qtbot, window, context, email=CAREGIVER):
    window.start_session(signed_in(context, email))
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() >= 1 and idle(window), timeout=30_000
    )


def test_a_crit_alert_sounds_until_someone_takes_it(qtbot, window, context, pulse):
    _desk(qtbot, window, context)
    qtbot.waitUntil(lambda: window.critical.ringing(), timeout=20_000)  # the demo has some
    assert window.alarm.mode == "sound"
    qtbot.waitUntil(lambda: pulse.playing_streams() >= 1, timeout=10_000)
    # Each round waits for the take's answer: the poll's change check can see the take and
    # reload the banner first, and its buttons stay off until the answer comes.
    for _ in range(20):
        shown = window.critical.newest()
        if not window.critical.unattended() or shown is None:
            break
        assert window.banner.take_button.isEnabled()
        with qtbot.waitSignal(window.banner.care.done, timeout=20_000) as saved:
            window.banner.take_button.click()
        assert saved.args[0]["index"] == shown.index
        qtbot.waitUntil(
            lambda i=shown.index: i not in {a.index for a in window.critical.unattended()},
            timeout=20_000,
        )
    assert not window.critical.unattended()
    assert window.alarm.mode == "silent"
    assert not window.alarm._chime.playing
    assert window.banner.isVisible()  # taken is not resolved: the banner says who is on it


def test_muting_in_settings_silences_but_keeps_the_banner(qtbot, window, context):
    _desk(qtbot, window, context)
    qtbot.waitUntil(lambda: bool(window.critical.alerts), timeout=20_000)
    window.set_alarm_muted(True)
    assert window.alarm.mode == "muted"
    assert window.banner.isVisible()
    assert (
        "Settings" in window.banner.text_label.text() or "설정" in window.banner.text_label.text()
    )


def test_the_tray_menu_opens_the_open_alerts_and_closes_none(qtbot, window, context):
    """The tray no longer acknowledges alerts nobody looked at: its entry says how many
    are open and how many nobody took, and opens the window (where the banner is)."""
    _desk(qtbot, window, context)
    qtbot.waitUntil(lambda: bool(window.critical.alerts), timeout=20_000)
    labels = [a.text() for a in window.tray.menu.actions() if not a.isSeparator()]
    assert len(labels) == 3
    waiting = {a.index for a in window.critical.alerts}
    assert window.tray.alerts_action.isEnabled()
    assert str(len(waiting)) in window.tray.alerts_action.text()
    assert str(len(waiting)) in window.tray.summary()
    with qtbot.waitSignal(window.tray.open_requested, timeout=5_000):
        window.tray.alerts_action.trigger()
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)
    assert {a.index for a in window.critical.alerts} == waiting  # nothing was closed
    assert all(context.db.care.state(i)["state"] == "new" for i in waiting)


def test_closing_keeps_a_care_centre_desk_watching_in_the_tray(qtbot, window, context, monkeypatch):
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    _desk(qtbot, window, context)
    qtbot.waitUntil(lambda: window.live_feed.poller_thread is not None, timeout=20_000)
    assert window.tray.icon is not None
    from PySide6.QtWidgets import QApplication

    window.close()
    assert not window.isVisible()
    assert not window.closed and window.live_feed.poller_thread is not None  # still polling
    assert not QApplication.quitOnLastWindowClosed()  # a dialog closing now ends nothing
    window.tray.open_action.trigger()
    assert window.isVisible() and QApplication.quitOnLastWindowClosed()
    window.tray.quit_action.trigger()
    assert window.closed and window.live_feed.poller_thread is None


def test_closing_a_family_members_window_quits(qtbot, window, context, monkeypatch):
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    _desk(qtbot, window, context, ELDER)
    window.close()
    assert window.closed


def test_clicking_a_desktop_notification_opens_its_alert(qtbot, window, context):
    _desk(qtbot, window, context)
    family_id = window.family_ids[0]
    context.db.notifications.create_notification(
        {"family_id": family_id, "notification_grade": "warn", "description": "화재감지,41%"}
    )
    qtbot.waitUntil(lambda: window.live_feed.poller_thread is not None, timeout=20_000)
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(lambda: window.notified is not None, timeout=20_000)
    window.go_to("overview")
    window.notifications.grade.setCurrentIndex(window.notifications.grade.findData("info"))
    window.open_notified_alert()
    assert window.page_stack.currentWidget() is window.notifications
    qtbot.waitUntil(
        lambda: (
            window.notifications._alert_at(window.notifications.table.currentIndex().row())
            is not None
        ),
        timeout=20_000,
    )
    shown = window.notifications._alert_at(window.notifications.table.currentIndex().row())
    assert shown.index == window.notified.index
