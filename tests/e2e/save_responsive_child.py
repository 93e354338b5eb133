"""The window's save paths against a large history, in a process of its own; prints one JSON line.

Run by tests/e2e/test_save_responsive.py as ``python -m tests.e2e.save_responsive_child
FOLDER MODE``: MODE ``large`` saves two sessions to a history of 100,000, the first waited
for plainly (as a save on the UI thread would be), the second as the app waits; MODE
``locked`` saves one while another process holds the history's lock. A 10 ms timer on the
UI thread measures the longest gap in each.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.history_data import make_sessions
from mat_companion.app import AppContext, configure_application
from mat_companion.core.history_document import serialise_history
from mat_companion.paths import AppPaths
from mat_companion.ui.widgets import background

SESSIONS = 100_000

HOLD = """
import sys, time
from pathlib import Path
from mat_companion.core.file_lock import exclusive_lock
with exclusive_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


def longest_gap_during(action: Callable[[], object]) -> float:
    """The longest time between two turns of a 10 ms UI-thread timer while ``action`` runs."""
    state = {"last": time.monotonic(), "longest": 0.0}

    def beat() -> None:
        now = time.monotonic()
        state["longest"] = max(state["longest"], now - state["last"])
        state["last"] = now

    timer = QTimer()
    timer.timeout.connect(beat)
    timer.start(10)
    action()
    beat()
    timer.stop()
    return state["longest"]


def main() -> None:
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    paths = AppPaths.under(folder)
    paths.data.mkdir(parents=True)
    sessions = make_sessions(SESSIONS + 2)
    paths.history_file.write_bytes(serialise_history(sessions[:SESSIONS], {}))
    first, second = sessions[SESSIONS:]
    app = QApplication(sys.argv[:1])
    configure_application(app)
    context = AppContext(paths)
    context.window.show()
    app.processEvents()
    history = context.history
    result: dict[str, object] = {}
    if mode == "large":
        background.SPIN_AFTER_SECONDS = 3600.0  # as if waited for on the UI thread
        result["frozen"] = longest_gap_during(lambda: context.save_record(first))
        background.SPIN_AFTER_SECONDS = 0.05
        result["longest"] = longest_gap_during(lambda: context.save_record(second))
        result["saved"] = [s["id"] for s in history.sessions[-2:]] == [first["id"], second["id"]]
    else:
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(history.lock_path)], stdout=subprocess.PIPE, text=True
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        problems: list[object] = []
        started = time.monotonic()
        result["longest"] = longest_gap_during(lambda: problems.append(context.save_record(first)))
        result["waited"] = time.monotonic() - started
        result["problem"] = str(problems[0])
        holder.kill()
        holder.wait()
        holder.stdout.close()
    print(json.dumps(result), flush=True)
    context.shut_down()


if __name__ == "__main__":
    main()
