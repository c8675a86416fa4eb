"""`pip install` of the built wheel into a new venv, then the installed command run from a
folder with no repository: --version, and the demo rendered to screenshots (the Korean
UI with its translations and font, which a plain install used to lose).

    .venv/bin/python packaging/check_install.py dist
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from carebot_desktop import __version__  # noqa: E402

VIEWS = ("signin", "overview", "status", "notifications")


def main(dist: str) -> int:
    wheels = sorted(Path(dist).glob(f"carebot_desktop-{__version__}-*.whl"))
    if not wheels:
        print(f"no wheel of {__version__} in {dist}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="carebot-install-") as scratch:
        home = Path(scratch)
        venv = home / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = venv / "bin" / "python"
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "-c",
                str(ROOT / "requirements.lock"),
                str(wheels[-1]),
            ],
            check=True,
        )
        command = venv / "bin" / "carebot-desktop"
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("CAREBOT_") and key != "PYTHONPATH"
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            CAREBOT_DATA_DIR=str(home / "data"),
            CAREBOT_CONFIG_DIR=str(home / "config"),
            CAREBOT_CACHE_DIR=str(home / "cache"),
            CAREBOT_LOG_DIR=str(home / "log"),
        )
        version = subprocess.run(
            [str(command), "--version"],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if __version__ not in version:
            print(f"--version said {version!r}", file=sys.stderr)
            return 1
        shots = home / "shots"
        rendered = subprocess.run(
            [str(command), "--demo", "--screenshot", str(shots)],
            cwd=home,
            env=env,
            check=False,
            timeout=600,
        )
        if rendered.returncode != 0:
            # The folder goes with the scratch directory: say what the app left in it.
            print(f"the installed app exited with {rendered.returncode}", file=sys.stderr)
            for left in sorted((home / "log").rglob("*")):
                if left.is_file():
                    tail = left.read_text(errors="replace").splitlines()[-60:]
                    print(f"--- {left.name}", *tail, sep="\n", file=sys.stderr)
            return 1
        missing = [v for v in VIEWS if not (shots / f"{v}.png").is_file()]
        log = (home / "log").rglob("*.log")
        errors = [line for f in log for line in f.read_text().splitlines() if " ERROR " in line]
        if missing or errors:
            print(f"missing screenshots {missing}; errors in the log: {errors}", file=sys.stderr)
            return 1
        resources = subprocess.run(
            [
                str(python),
                "-c",
                "from carebot_desktop.config import paths; print(paths.RESOURCES_DIR)",
            ],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if not resources.startswith(str(venv)):
            print(f"the installed app reads resources from {resources}", file=sys.stderr)
            return 1
        print(
            f"installed {wheels[-1].name}: {version.strip()}; resources in {resources}; {len(VIEWS)} views rendered"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
