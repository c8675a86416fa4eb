"""Pack the one-folder bundle as dist/carebot-desktop-<version>-<os>-<arch>.tar.gz (.zip on
Windows): the file a person downloads and unpacks."""

from __future__ import annotations

import platform
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from carebot_desktop import __version__  # noqa: E402


def main(folder: str) -> None:
    bundle = Path(folder).resolve()
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    name = f"carebot-desktop-{__version__}-{system}-{platform.machine().lower()}"
    kind = "zip" if system == "windows" else "gztar"
    archive = shutil.make_archive(
        str(bundle.parent / name), kind, root_dir=bundle.parent, base_dir=bundle.name
    )
    print(archive)


if __name__ == "__main__":
    main(sys.argv[1])
