"""Make the bundled media from scratch (run once; the outputs are committed).

- ``resources/sounds/alarm.wav``: the critical-alert chime, two falling tones (880 Hz, 659 Hz)
  with a soft attack and release, synthesized here, so it is ours to license (CC0 1.0).
- ``resources/sounds/alarm-escalated.wav``: the same chime with a second one half a chime
  behind it, mixed in (an escalated alert rings twice as often: one file, so one player
  plays it, whatever the player).
- ``resources/icons/carebot-{16..512}.png`` and ``carebot.ico``: the icon rendered from
  ``resources/icons/carebot.svg`` by Qt's SVG renderer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_media.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATE = 22050


def _tone(frequency: float, seconds: float, volume: float = 0.45) -> list[float]:
    count = int(RATE * seconds)
    attack, release = int(RATE * 0.015), int(RATE * 0.12)
    out = []
    for i in range(count):
        envelope = min(1.0, i / attack, (count - i) / release)
        # A fundamental with a little of the octave: a chime, not a beep.
        value = math.sin(2 * math.pi * frequency * i / RATE) + 0.3 * math.sin(
            4 * math.pi * frequency * i / RATE
        )
        out.append(volume * envelope * value / 1.3)
    return out


def _chime() -> list[float]:
    samples = _tone(880.0, 0.32) + [0.0] * int(RATE * 0.06) + _tone(659.25, 0.42)
    samples += [0.0] * int(RATE * 0.5)  # the pause before the chime repeats
    return samples


def make_sound(path: Path) -> None:
    _write(path, _chime())


def make_escalated_sound(path: Path) -> None:
    """The chime plus itself half a chime later, wrapped round: looped, the two falling
    tones come every 0.65 s instead of every 1.3 s."""
    samples = _chime()
    half = len(samples) // 2
    _write(path, [a + samples[i - half] for i, a in enumerate(samples)])


def _write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(32767 * s)) for s in samples))


def make_icons(svg: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    for size in (16, 32, 48, 64, 128, 256, 512):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(svg.with_name(f"carebot-{size}.png")))
        if size == 256:
            image.save(str(svg.with_name("carebot.ico")))


if __name__ == "__main__":
    make_sound(ROOT / "resources" / "sounds" / "alarm.wav")
    make_escalated_sound(ROOT / "resources" / "sounds" / "alarm-escalated.wav")
    make_icons(ROOT / "resources" / "icons" / "carebot.svg")
