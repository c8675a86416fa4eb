#!/usr/bin/env python3
"""``make bench``: run every benchmark and write docs/benchmarks.md with the machine, the
date and the numbers (the tables the scripts print, as they printed them).

    .venv/bin/python benchmarks/run_all.py --mariadb mysql+pymysql://root@127.0.0.1:3306
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs" / "benchmarks.md"

INTRO = """# Benchmarks

Written by `make bench` (`benchmarks/run_all.py`) on {date}. Machine: {machine}.
MariaDB {mariadb} on loopback; SQLite on the same disk. Nothing here is asserted in the
tests; the tests count statements and round trips instead of timing them.

The original connector's own functions on the same scale data (from issue 9's
measurement): latest heart rate 6.0 s, latest home status 24 ms, 24 h heart-rate chart
2.85 s (raw rows), 30 d heart-rate chart 33.4 s (raw rows), the desk overview of 200
families from its per-family calls 11.3 s, a poll of 200 families 1.6 s.
"""


def machine() -> str:
    memory = ""
    try:
        with open("/proc/meminfo") as info:
            kib = int(info.readline().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){memory}"


def mariadb_version(url: str) -> str:
    try:
        import pymysql
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        connection = pymysql.connect(
            host=parsed.host or "127.0.0.1",
            port=parsed.port or 3306,
            user=parsed.username or "root",
            password=parsed.password or "",
        )
        with connection.cursor() as cursor:
            cursor.execute("SELECT VERSION()")
            (version,) = cursor.fetchone()
        connection.close()
        return str(version)
    except Exception as error:  # noqa: BLE001 - reported in the document
        return f"(not reached: {error})"


def run(title: str, command: list[str], env: dict[str, str] | None = None) -> str:
    print(f"== {title}: {' '.join(command)}", flush=True)
    result = subprocess.run(
        [sys.executable, *command],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    table = "\n".join(
        line
        for line in result.stdout.splitlines()
        if line.startswith("|") or line.startswith("first") or line.startswith("peak")
    )
    if result.returncode != 0:
        table += f"\n\n(failed with exit code {result.returncode}: {result.stderr[-500:]})"
    shown = " ".join(c if not c.startswith("mysql") else "$BENCH_MARIADB" for c in command)
    return f"## {title}\n\n`.venv/bin/python {shown}`\n\n{table}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mariadb", default="mysql+pymysql://root@127.0.0.1:3306")
    args = parser.parse_args()
    sections = [
        INTRO.format(
            date=datetime.date.today().isoformat(),
            machine=machine(),
            mariadb=mariadb_version(args.mariadb),
        )
    ]
    sections.append(
        run(
            "The desk and the charts at 200 families",
            [str(HERE / "bench_desk.py"), "--mariadb", args.mariadb],
        )
    )
    sections.append(
        run(
            "A home PC at 30 ms round trip (demo data, MariaDB through a latency proxy)",
            [str(HERE / "bench_round_trips.py"), "--mariadb", args.mariadb],
        )
    )
    sections.append(run("The window, headless, on the demo data", [str(HERE / "bench_gui.py")]))
    DOCS.write_text("\n".join(sections), encoding="utf-8")
    print(f"wrote {DOCS}")


if __name__ == "__main__":
    main()
