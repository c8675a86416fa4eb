#!/usr/bin/env python3
"""Run the UI tests several times while every core is kept busy: races between the GUI
thread, the pools and the poller show up on a busy machine (the users' PCs are busy), not
on a quiet one. Exits non-zero if any run aborted or failed.

    python scripts/stress.py [--runs N] [pytest arguments...]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import time
from typing import Any


def burn(stop: Any) -> None:
    value = 0
    while not stop.is_set():
        for i in range(100_000):
            value ^= i


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=int(os.environ.get("STRESS_RUNS", "3")))
    parser.add_argument("pytest_args", nargs="*", default=["tests/unit/ui"])
    args = parser.parse_args()
    stop = multiprocessing.Event()
    burners = [
        multiprocessing.Process(target=burn, args=(stop,), daemon=True)
        for _ in range(os.cpu_count() or 2)
    ]
    for burner in burners:
        burner.start()
    aborts = failures = 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        for run in range(1, args.runs + 1):
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args.pytest_args],
                env=env,
                capture_output=True,
                text=True,
            )
            crashed = result.returncode < 0 or "Fatal Python error" in result.stderr
            aborts += crashed
            failures += result.returncode != 0 and not crashed
            tail = (result.stdout.strip().splitlines() or ["(no output)"])[-1]
            print(
                f"stress run {run}/{args.runs}: exit {result.returncode}"
                f"{' (ABORTED)' if crashed else ''}, {time.monotonic() - started:.0f} s: {tail}",
                flush=True,
            )
            if result.returncode != 0:
                print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", flush=True)
    finally:
        stop.set()
        for burner in burners:
            burner.join(5)
            if burner.is_alive():
                burner.terminate()
    print(
        f"stress: {args.runs} runs with {len(burners)} busy cores: {aborts} aborts, {failures} failed"
    )
    return 1 if aborts or failures else 0


if __name__ == "__main__":
    sys.exit(main())
