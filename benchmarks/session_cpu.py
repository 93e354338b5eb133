"""CPU used while a session runs, as a share of one core, and the end's lateness after a stall.

Three runs of the same length, each in its own process with the offscreen
platform: the app with the session screen visible (the breathing pacer
animating), the app minimised, and a naive baseline that repaints the whole
window at 60 frames a second. Then five short sessions whose event loop is
stalled for one second: how late their end fires.

Goals: visible <= 3% of a core, minimised <= 0.5%, lateness <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
mode, seconds, folder = sys.argv[1], float(sys.argv[2]), sys.argv[3]
app = QApplication([])
if mode == "naive":
    from PySide6.QtWidgets import QLabel, QMainWindow
    window = QMainWindow()
    label = QLabel("10:00")
    window.setCentralWidget(label)
    window.resize(960, 640)
    window.show()
    frames = QTimer()
    frames.timeout.connect(window.update)
    frames.timeout.connect(lambda: label.setText(time.strftime("%M:%S")))
    frames.start(16)
else:
    from mat_companion.app import AppContext
    from mat_companion.paths import AppPaths
    context = AppContext(AppPaths.under(Path(folder)))
    window = context.window
    window.resize(960, 640)
    window.show()
    page = window.page("session")
    page.setup.minutes.setValue(30)
    page.setup.start_button.click()
    page.controller.skip_get_ready()
    if mode == "minimised":
        window.showMinimized()
def measure():
    start_cpu, start_wall = time.process_time(), time.monotonic()
    def done():
        share = (time.process_time() - start_cpu) / (time.monotonic() - start_wall)
        print(json.dumps({"cpu_share": share}), flush=True)
        # Out at once, skipping Qt's teardown (only the figure matters here): quitting
        # would ask first whether to stop the running session, and wait for an answer.
        os._exit(0)
    QTimer.singleShot(round(seconds * 1000), done)
QTimer.singleShot(2000, measure)  # let start-up settle first
app.exec()
"""


def run_child(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def late_child(folder: str) -> float:
    """How late a stalled session's end fired, from the test suite's child process."""
    checkout = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-m", "tests.ui.lateness_child", folder],
        cwd=checkout,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["late"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each CPU run")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        shares = {
            mode: run_child(CHILD, mode, str(args.seconds), folder)["cpu_share"] * 100
            for mode in ("naive", "visible", "minimised")
        }
        lateness = sorted(late_child(folder) * 1000 for _ in range(5))
    late_ms = lateness[len(lateness) // 2]
    print(f"CPU over {args.seconds:.0f} s, share of one core:")
    print(f"  naive baseline (whole window at 60 fps): {shares['naive']:.2f}%")
    print(
        f"  session screen visible: {shares['visible']:.2f}% "
        f"({shares['visible'] / shares['naive']:.2f}x the baseline; goal <= 3%)"
    )
    print(f"  minimised: {shares['minimised']:.2f}% (goal <= 0.5%)")
    print(
        f"end of session after a 1 s event-loop stall: {late_ms:.0f} ms late, median of 5 "
        f"(worst {lateness[-1]:.0f} ms; goal <= 100 ms)"
    )
    ok = shares["visible"] <= 3 and shares["minimised"] <= 0.5 and late_ms <= 100
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
