"""How the alarm's chime is played, looped until it is stopped.

The system's own player where there is one: on Linux ``paplay`` (PulseAudio, and PipeWire
through its PulseAudio server), ``pw-play`` or ``aplay``, on macOS ``afplay``, each a short
process started again each time the chime ends; on Windows ``winsound`` (the standard
library). Only without any of them is Qt Multimedia loaded (``QSoundEffect``): its FFmpeg
back-end, with the Qt Quick and QML libraries it needs, holds about 20 MiB of the window's
memory for as long as the window runs, for a 1.3 s sound (``docs/benchmarks.md``).

Each chime says ``failed`` when it cannot play at all (no player starts, or every player
exits with an error: no sound server, no sound card); the alarm then beeps.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

if TYPE_CHECKING:  # for its type only: Qt Multimedia is loaded only when it is used
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

POLL_MS = 40  # how often a playing command is looked at (the longest gap between chimes)

# The players tried in turn, by platform, and the arguments each is given before the file.
COMMANDS: dict[str, list[str]] = {"paplay": [], "pw-play": [], "aplay": ["-q"], "afplay": []}
LINUX_PLAYERS = ("paplay", "pw-play", "aplay")
MAC_PLAYERS = ("afplay",)


def find_players() -> list[str]:
    """The system's players found here, best first: ``["winsound"]`` on Windows, the
    commands' paths elsewhere; empty when there is none (then Qt Multimedia plays)."""
    if sys.platform == "win32":
        return ["winsound"]
    names = MAC_PLAYERS if sys.platform == "darwin" else LINUX_PLAYERS
    return [path for name in names if (path := shutil.which(name))]


class Chime(QObject):
    """A sound played in a loop: ``play`` (again: nothing), ``set_source`` (a playing chime
    goes on with the new sound at once), ``stop``, ``playing``. ``failed`` when it cannot
    play."""

    failed = Signal()

    def __init__(self, source: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source

    @property
    def playing(self) -> bool:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def set_source(self, source: str) -> None:
        if source == self.source:
            return
        self.source = source
        if self.playing:
            self.stop()
            self.play()


class CommandChime(Chime):
    """A system player, started again each time it ends. The first player that cannot
    play (it does not start, or ends with an error) hands over to the next one."""

    def __init__(self, players: list[str], source: str, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self.players = list(players)
        self.process: subprocess.Popen[bytes] | None = None
        self.plays = 0  # how many times a player was started (a loop: many)
        self._wanted = False
        self._watch = QTimer(self)
        self._watch.setInterval(POLL_MS)
        self._watch.timeout.connect(self._look)

    @property
    def playing(self) -> bool:
        return self._wanted

    def play(self) -> None:
        if self._wanted:
            return
        self._wanted = True
        self._start()
        if self._wanted:
            self._watch.start()

    def stop(self) -> None:
        self._wanted = False
        self._watch.stop()
        self._end_process()

    def _start(self) -> None:
        while self.players:
            program = self.players[0]
            name = program.replace("\\", "/").rsplit("/", 1)[-1]
            try:
                self.process = subprocess.Popen(
                    [program, *COMMANDS.get(name, []), self.source],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    close_fds=True,
                )
            except OSError as error:
                log.warning("the alarm's player %s did not start: %s", program, error)
                self.players.pop(0)
                continue
            self.plays += 1
            return
        self._fail()

    def _look(self) -> None:
        process = self.process
        if process is None or process.poll() is None:
            return
        self.process = None
        _out, err = process.communicate()
        if not self._wanted:
            return
        if process.returncode == 0:
            self._start()  # the loop: once more
            return
        text = err.decode("utf-8", "replace").strip().splitlines()
        log.warning(
            "the alarm's player %s failed (exit %s): %s",
            self.players[0],
            process.returncode,
            text[-1] if text else "no message",
        )
        self.players.pop(0)
        self._start()

    def _end_process(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.kill()
        if process is not None:
            process.communicate()  # (reaped: no zombie, the pipe closed)

    def _fail(self) -> None:
        """Said after the call that found it (never inside ``play``: the alarm's answer,
        the beep, changes its own state)."""
        self._wanted = False
        self._watch.stop()
        QTimer.singleShot(0, self, self.failed.emit)


class WinsoundChime(Chime):
    """Windows' own sound player (``winsound.PlaySound``: looped, asynchronous)."""

    def __init__(self, source: str, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self._playing = False

    @property
    def playing(self) -> bool:
        return self._playing

    def play(self) -> None:
        if self._playing:
            return
        if sys.platform == "win32":
            import winsound

            flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_LOOP
            try:
                winsound.PlaySound(self.source, flags | winsound.SND_NODEFAULT)
            except RuntimeError as error:
                log.warning("the alarm sound could not be played: %s", error)
                QTimer.singleShot(0, self, self.failed.emit)
                return
            self._playing = True

    def stop(self) -> None:
        if self._playing and sys.platform == "win32":
            import winsound

            winsound.PlaySound(None, 0)
        self._playing = False


class QtChime(Chime):
    """Qt Multimedia's ``QSoundEffect`` (loaded here, late: only a PC without a system
    player gets here)."""

    def __init__(self, source: str, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self._effect: QSoundEffect | None = None

    @property
    def playing(self) -> bool:
        return self._effect is not None and self._effect.isPlaying()

    def play(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is None:
            effect = QSoundEffect(self)
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            effect.setVolume(1.0)
            effect.statusChanged.connect(self._on_status)
            self._effect = effect
        if self._effect.source() != QUrl.fromLocalFile(self.source):
            self._effect.setSource(QUrl.fromLocalFile(self.source))
        if not self._effect.isPlaying():
            self._effect.play()

    def stop(self) -> None:
        if self._effect is not None:
            self._effect.stop()

    def _on_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is not None and self._effect.status() == QSoundEffect.Status.Error:
            log.warning("the alarm sound could not be played: falling back to the beep")
            self.failed.emit()
