"""The critical-alert alarm: a chime that repeats until every crit alert is acknowledged.

The chime is ``resources/sounds/alarm.wav`` (CC0, made by ``scripts/make_media.py``) played
by ``QSoundEffect`` in an endless loop. A PC with no audio output (or no sound server)
still makes itself heard: the system beep every few seconds, and the window asks for
attention. Muting (Settings) stops the sound, never the banner.

An alert nobody took that has escalated (level 1 and on) rings faster: a second chime
loops half a chime behind the first, so the two falling tones come twice as often; the
beep comes every ``ESCALATED_BEEP_EVERY_MS`` instead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtWidgets import QApplication

from carebot_desktop.config import paths

if TYPE_CHECKING:  # for its type only: Qt Multimedia may not load at run time (see above)
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

BEEP_EVERY_MS = 4_000
ESCALATED_BEEP_EVERY_MS = 1_500
ECHO_AFTER_MS = 650  # half the 1.3 s chime: the second one falls between two of the first


def sound_file() -> str:
    return str(paths.resource("sounds", "alarm.wav"))


def _audio_outputs() -> int:
    """How many audio outputs the system offers (0 also when Qt Multimedia cannot load,
    as on a Linux PC without libpulse: then the alarm beeps)."""
    try:  # late and guarded: Qt Multimedia is optional at run time (see above)
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:
        log.warning("Qt Multimedia is not available (%s)", error)
        return 0
    return len(QMediaDevices.audioOutputs())


class Alarm(QObject):
    """``set_active(True)`` while a crit alert waits; ``set_muted`` from the settings.

    ``mode`` says how it sounds now: ``"sound"`` (the chime), ``"beep"`` (no audio
    output: the system beep), ``"muted"`` or ``"silent"`` (nothing waits).
    ``escalated`` (``set_escalations``: an alert nobody took reached a level) makes it
    ring faster; ``loud`` says whether it does now.
    Signals: ``mode_changed(str)``."""

    mode_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self.muted = False
        self.escalated = False
        self.suspended = False  # rendering screenshots: nothing sounds, nothing changes
        self.mode = "silent"
        self.beeps = 0
        self._effect: QSoundEffect | None = None
        self._echo: QSoundEffect | None = None  # the second chime while escalated
        self._no_output = False
        self._outputs: int | None = None  # audio outputs found (None: not looked yet)
        self._beeper = QTimer(self)
        self._beeper.setInterval(BEEP_EVERY_MS)
        self._beeper.timeout.connect(self._beep)
        self._echo_timer = QTimer(self)
        self._echo_timer.setSingleShot(True)
        self._echo_timer.setInterval(ECHO_AFTER_MS)
        self._echo_timer.timeout.connect(self._start_echo)

    @property
    def loud(self) -> bool:
        """Ringing faster now (escalated, and sounding or beeping)."""
        return self.escalated and self.mode in ("sound", "beep")

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        self._apply()

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self._apply()

    def set_escalated(self, escalated: bool) -> None:
        if escalated != self.escalated:
            self.escalated = escalated
            self._apply()

    @Slot(object)
    def set_escalations(self, levels: object) -> None:
        """The live feed's levels (index -> level): any at all rings faster."""
        self.set_escalated(isinstance(levels, dict) and any(v >= 1 for v in levels.values()))

    def stop(self) -> None:
        """At shutdown: silence, whatever waits."""
        self.active = False
        self._apply()

    def _apply(self) -> None:
        if not self.active or self.suspended:
            mode = "silent"
        elif self.muted:
            mode = "muted"
        else:
            mode = "sound" if self._start_effect() else "beep"
        if mode != "sound" and self._effect is not None:
            self._effect.stop()
        self._apply_echo(mode == "sound" and self.escalated)
        self._beeper.setInterval(ESCALATED_BEEP_EVERY_MS if self.escalated else BEEP_EVERY_MS)
        if mode == "beep":
            if not self._beeper.isActive():
                self._beep()
                self._beeper.start()
        else:
            self._beeper.stop()
        if mode != self.mode:
            self.mode = mode
            self.mode_changed.emit(mode)

    def prepare(self) -> None:
        """Load Qt Multimedia and look for an audio output now (at start-up, while the
        database is prepared), not at the first crit alert: that first look took 150-400 ms
        of the GUI thread, in the middle of a sign-in. On the GUI thread: Qt's media
        devices belong to the thread that first asks."""
        if self._outputs is None:
            self._outputs = _audio_outputs()

    def _start_effect(self) -> bool:
        if self._no_output:
            return False
        if self._effect is None:
            self.prepare()
            if self._outputs == 0:
                log.warning("no audio output: the critical alarm uses the system beep")
                self._no_output = True
                return False
            # Late: Qt Multimedia loads only once _audio_outputs found it (it may not load).
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(sound_file()))
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            effect.setVolume(1.0)
            effect.statusChanged.connect(self._on_status)
            self._effect = effect
        if not self._effect.isPlaying():
            self._effect.play()
        return True

    def _apply_echo(self, wanted: bool) -> None:
        """The second chime: started half a chime after the first, stopped with it."""
        if not wanted:
            self._echo_timer.stop()
            if self._echo is not None:
                self._echo.stop()
            return
        if (self._echo is None or not self._echo.isPlaying()) and not self._echo_timer.isActive():
            self._echo_timer.start()

    @Slot()
    def _start_echo(self) -> None:
        if not (self.escalated and self.mode == "sound") or self._effect is None:
            return
        if self._echo is None:
            # Late: only reached with an effect, so Qt Multimedia loaded (it may not load).
            from PySide6.QtMultimedia import QSoundEffect

            echo = QSoundEffect(self)
            echo.setSource(QUrl.fromLocalFile(sound_file()))
            echo.setLoopCount(QSoundEffect.Loop.Infinite.value)
            echo.setVolume(1.0)
            self._echo = echo
        if not self._echo.isPlaying():
            self._echo.play()

    def _on_status(self) -> None:
        # Late: only reached with an effect, so Qt Multimedia loaded (it may not load).
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is not None and self._effect.status() == QSoundEffect.Status.Error:
            log.warning("the alarm sound could not be played: falling back to the beep")
            self._no_output = True
            self._apply()

    def _beep(self) -> None:
        self.beeps += 1
        QApplication.beep()
