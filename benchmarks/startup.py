"""Start-up cost of Mat Companion against a bare PySide6 window, in the same run.

Each run is a fresh process; the time is from just before the process is
started to the main window's first paint (CLOCK_MONOTONIC is shared by all
processes), and the memory is the child's peak resident set up to that paint
(what the app loads after it, such as sound, is not start-up). App and baseline
runs alternate so that machine noise hits both alike; medians are compared.

Goal: both ratios at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

def report_first_paint(app, window):
    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and getattr(obj, "window", None) \
                    and obj.window() is window and not hasattr(self, "at"):
                self.at = time.monotonic()
                self.peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                QTimer.singleShot(0, app.quit)
            return False
    spy = FirstPaint()
    app.installEventFilter(spy)
    app.exec()
    print(json.dumps({"painted_at": spy.at, "peak_kib": spy.peak_kib}))

if sys.argv[1] == "app":
    from pathlib import Path
    from mat_companion.app import start
    from mat_companion.paths import AppPaths
    running = start(AppPaths.under(Path(sys.argv[2])), debug=False)
    app, window = running.app, running.window
else:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("bare PySide6 window"))
    window.resize(960, 640)
    window.show()
report_first_paint(app, window)
"""


def measure(kind: str, data_dir: str) -> tuple[float, int]:
    """Seconds from process start to first paint, and peak memory in KiB, for one run."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed app starts from compiled bytecode (pip compiles it at install): measure
    # that, not a compile of every module on every start (the warm-up runs write it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, kind, data_dir],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    return figures["painted_at"] - started, figures["peak_kib"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    results: dict[str, list[tuple[float, int]]] = {"app": [], "bare": []}
    with tempfile.TemporaryDirectory() as data_dir:
        measure("app", data_dir)  # warm the file cache for both
        measure("bare", data_dir)
        for _ in range(args.runs):
            for kind in ("app", "bare"):
                results[kind].append(measure(kind, data_dir))
    times = {k: statistics.median(t for t, _ in v) for k, v in results.items()}
    peaks = {k: statistics.median(m for _, m in v) for k, v in results.items()}
    time_ratio = times["app"] / times["bare"]
    memory_ratio = peaks["app"] / peaks["bare"]
    print(
        f"startup to first paint (median of {args.runs}): app {times['app'] * 1000:.0f} ms, "
        f"bare PySide6 {times['bare'] * 1000:.0f} ms, ratio {time_ratio:.2f} (goal <= 1.5)"
    )
    print(
        f"peak memory (median): app {peaks['app'] / 1024:.1f} MiB, "
        f"bare PySide6 {peaks['bare'] / 1024:.1f} MiB, ratio {memory_ratio:.2f} (goal <= 1.5)"
    )
    return 0 if time_ratio <= 1.5 and memory_ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
