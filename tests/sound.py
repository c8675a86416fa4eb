"""A private PulseAudio server with a null sink, so that the alarm really plays in tests
(and ``pactl`` can say whether a stream is playing), on a machine with no sound card."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SINK = "carebot_test_sink"


class PulseServer:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="carebot-pulse-"))
        self.socket = self.folder / "native"
        self.env = {
            **os.environ,
            "HOME": str(self.folder),
            "XDG_RUNTIME_DIR": str(self.folder),
            "PULSE_SERVER": f"unix:{self.socket}",
        }

    def start(self) -> None:
        subprocess.run(
            [
                "pulseaudio",
                "--daemonize=yes",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "-n",
                f"--load=module-null-sink sink_name={SINK}",
                f"--load=module-native-protocol-unix socket={self.socket} auth-anonymous=1",
                f"--log-target=file:{self.folder / 'log'}",
            ],
            env=self.env,
            check=True,
            timeout=30,
        )
        for _ in range(100):
            if self.socket.exists() and self.pactl("info").returncode == 0:
                return
            time.sleep(0.05)
        raise RuntimeError(f"PulseAudio did not start: {self.folder / 'log'}")

    def pactl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )

    def playing_streams(self) -> int:
        """Streams playing into the null sink now (the alarm's chime is one)."""
        out = self.pactl("list", "short", "sink-inputs").stdout
        return len([line for line in out.splitlines() if line.strip()])

    def stop(self) -> None:
        subprocess.run(
            ["pulseaudio", "--kill"], env=self.env, capture_output=True, timeout=10, check=False
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def available() -> bool:
    return bool(shutil.which("pulseaudio") and shutil.which("pactl"))
