"""Build hook: ``resources/`` becomes package data, with the translations compiled.

Everything else about the package is in ``pyproject.toml``. A wheel (``pip install .``)
carries ``carebot_desktop/resources/`` (fonts, region data, the password list, the sound,
the icon and the compiled ``.qm`` catalogues), so an installed application needs no
repository beside it. An editable install (``make setup``) reads ``resources/`` in place.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "resources"


def _lrelease() -> list[str]:
    """The Qt translation compiler shipped with PySide6 (a build requirement)."""
    script = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if script:
        return [script]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the source tree's resources/ is used as it is
        target = Path(self.build_lib) / "carebot_desktop" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(
            SOURCE,
            target,
            ignore=shutil.ignore_patterns("*.ts", "*.qm", "__pycache__"),
        )
        (target / "translations").mkdir(exist_ok=True)
        for source in sorted((SOURCE / "translations").glob("*.ts")):
            compiled = target / "translations" / (source.stem + ".qm")
            subprocess.run([*_lrelease(), "-silent", str(source), "-qm", str(compiled)], check=True)
            if not compiled.is_file():
                raise SystemExit(f"lrelease wrote no {compiled.name}")


setup(cmdclass={"build_py": BuildWithResources})
