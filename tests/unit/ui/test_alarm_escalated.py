"""An escalated alert rings faster: the beep comes more often, and with a sound output the
chime is mixed with a second one half a chime behind it."""

from __future__ import annotations

import os

import pytest

from carebot_desktop.ui import alarm as alarm_module
from carebot_desktop.ui.alarm import (
    ESCALATED_BEEP_EVERY_MS,
    Alarm,
    escalated_sound_file,
    sound_file,
)


def test_an_escalated_alert_beeps_faster_until_nothing_is_escalated(qtbot, monkeypatch):
    monkeypatch.setattr(alarm_module, "find_players", lambda: [])
    monkeypatch.setattr(alarm_module, "_audio_outputs", lambda: 0)
    alarm = Alarm()
    alarm.set_escalations({5: 1})  # nothing rings yet: escalated, not loud
    assert alarm.escalated and not alarm.loud and alarm.mode == "silent"
    alarm.set_active(True)
    assert alarm.mode == "beep" and alarm.loud
    assert alarm._beeper.interval() == ESCALATED_BEEP_EVERY_MS
    alarm.set_escalations({})
    assert not alarm.loud and alarm._beeper.interval() == alarm_module.BEEP_EVERY_MS
    alarm.set_escalations({5: 2})
    alarm.set_muted(True)
    assert alarm.mode == "muted" and not alarm.loud and not alarm._beeper.isActive()
    alarm.set_escalations("not levels")
    assert not alarm.escalated
    alarm.stop()


@pytest.fixture
def pulse(sound_server):
    if sound_server is None:
        if os.environ.get("CAREBOT_REQUIRE_SOUND") == "1":
            pytest.fail("CAREBOT_REQUIRE_SOUND=1 but pulseaudio/pactl are not installed")
        pytest.skip("no pulseaudio here to play the alarm into (apt-get install pulseaudio)")
    return sound_server


def test_an_escalated_alert_plays_the_faster_chime(qtbot, pulse):
    """Escalated, the player goes on at once with the chime mixed with itself half a chime
    later; back to the plain chime when nothing is escalated."""
    alarm = Alarm()
    alarm.set_active(True)
    assert alarm.mode == "sound" and alarm._chime.source == sound_file()
    qtbot.waitUntil(lambda: pulse.playing_streams() >= 1, timeout=10_000)
    alarm.set_escalated(True)
    assert alarm._chime.source == escalated_sound_file() and alarm._chime.playing and alarm.loud
    qtbot.waitUntil(lambda: pulse.playing_streams() >= 1, timeout=10_000)
    alarm.set_escalated(False)
    assert alarm._chime.source == sound_file() and alarm._chime.playing
    alarm.set_escalated(True)
    alarm.set_active(False)
    assert not alarm._chime.playing
