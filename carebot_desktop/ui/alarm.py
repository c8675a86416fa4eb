"""The critical-alert alarm: a chime that repeats until every crit alert is acknowledged.

The chime is ``resources/sounds/alarm.wav`` (CC0, made by ``scripts/make_media.py``),
looped by the system's own player, or by Qt Multimedia where there is none
(``ui/chime.py``). A PC with no audio output (or no sound server) still makes itself
heard: the system beep every few seconds, and the window asks for attention. Muting
(Settings) stops the sound, never the banner.

An alert nobody took that has escalated (level 1 and on) rings faster: the chime is then
``alarm-escalated.wav``, the same chime with a second one half a chime behind it, so the
two falling tones come twice as often; the beep comes every ``ESCALATED_BEEP_EVERY_MS``
instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from carebot_desktop.config import paths
from carebot_desktop.ui.chime import Chime, CommandChime, QtChime, WinsoundChime, find_players

log = logging.getLogger(__name__)

BEEP_EVERY_MS = 4_000
ESCALATED_BEEP_EVERY_MS = 1_500


def sound_file() -> str:
    return str(paths.resource("sounds", "alarm.wav"))


def escalated_sound_file() -> str:
    """The chime with a second one half a chime (0.65 s) behind it, mixed in."""
    return str(paths.resource("sounds", "alarm-escalated.wav"))


def _audio_outputs() -> int:
    """How many audio outputs Qt Multimedia offers (0 also when it cannot load, as on a
    Linux PC without libpulse: then the alarm beeps). Asked only on a PC without a system
    player (``ui/chime.py``)."""
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
        self._chime: Chime | None = None
        self._no_output = False
        self._players: list[str] | None = None  # the system's players (None: not looked yet)
        self._outputs: int | None = None  # Qt's audio outputs, without a player (None: not asked)
        self._beeper = QTimer(self)
        self._beeper.setInterval(BEEP_EVERY_MS)
        self._beeper.timeout.connect(self._beep)

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
            mode = "sound" if self._start_chime() else "beep"
        if mode != "sound" and self._chime is not None:
            self._chime.stop()
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
        """Look for a way to play now (at start-up, while the database is prepared), not at
        the first crit alert. With a system player that is all (cheap). Without one, Qt
        Multimedia is loaded and asked for an audio output here: that first look took
        150-400 ms of the GUI thread, in the middle of a sign-in. On the GUI thread: Qt's
        media devices belong to the thread that first asks."""
        if self._players is None:
            self._players = find_players()
        if not self._players and self._outputs is None:
            self._outputs = _audio_outputs()

    def _start_chime(self) -> bool:
        if self._no_output:
            return False
        if self._chime is None:
            self.prepare()
            if self._players == ["winsound"]:
                chime: Chime = WinsoundChime(self._source(), self)
            elif self._players:
                chime = CommandChime(self._players, self._source(), self)
            elif self._outputs:
                chime = QtChime(self._source(), self)
            else:
                log.warning("no audio output: the critical alarm uses the system beep")
                self._no_output = True
                return False
            chime.failed.connect(self._on_failed)
            self._chime = chime
        self._chime.set_source(self._source())
        self._chime.play()
        return True

    def _source(self) -> str:
        return escalated_sound_file() if self.escalated else sound_file()

    @Slot()
    def _on_failed(self) -> None:
        log.warning("the alarm sound could not be played: falling back to the beep")
        self._no_output = True
        self._apply()

    def _beep(self) -> None:
        self.beeps += 1
        QApplication.beep()
