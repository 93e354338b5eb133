"""The History page with 10,000 sessions against an empty history, in the same run.

Each history runs in its own process (offscreen platform) with the app's real
window and store, the history already loaded as it is after start-up. Times:
opening the page until its table has painted and scrolled to the bottom (and
painted again); each keystroke typed into the search box until the table has
repainted (the median and the worst of the keystrokes of a short word); the
Trends tab opened with its charts painted.

Goals: open and scroll <= 300 ms; a keystroke <= 50 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from mat_companion.app import AppContext
from mat_companion.paths import AppPaths
from mat_companion.core.files import write_atomic
from mat_companion.core.history_document import serialise_history
from mat_companion.core.safety import QUESTIONS, Screening
from datetime import datetime
from benchmarks.history_data import make_sessions

count, folder = int(sys.argv[1]), Path(sys.argv[2])
paths = AppPaths.under(folder)
paths.data.mkdir(parents=True, exist_ok=True)
write_atomic(paths.history_file, serialise_history(make_sessions(count)))
context = AppContext(paths)
answers = {question.key: False for question in QUESTIONS}
context.settings.screening = Screening(answers, datetime.now().astimezone())
window = context.window
window.resize(1100, 760)
window.show()
app.processEvents()
context.history.sessions  # loaded, as after start-up

def timed(action):
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000

def open_and_scroll():
    window.show_page("history")
    page = window.page("history")
    page.table.viewport().repaint()
    page.table.scrollToBottom()
    page.table.viewport().repaint()

opened = timed(open_and_scroll)
page = window.page("history")
keys = []
for text in ("w", "wa", "war", "warm", "warm!", "warm", "war", "wa", "w", ""):
    keys.append(timed(lambda: (page.search.setText(text), page.table.viewport().repaint())))
trends = timed(lambda: (page.tabs.setCurrentIndex(1), page.trends.widget().repaint()))
print(json.dumps({"open": opened, "keys": keys, "trends": trends}))
import os
os._exit(0)
"""


def run(count: int) -> dict[str, object]:
    """One history size in a fresh process."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(count), folder, str(CHECKOUT)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    results = {count: [run(count) for _ in range(3)] for count in (0, 10_000)}
    for count, runs in results.items():
        opened = statistics.median(float(r["open"]) for r in runs)  # type: ignore[arg-type]
        keys = [key for r in runs for key in r["keys"]]  # type: ignore[attr-defined]
        trends = statistics.median(float(r["trends"]) for r in runs)  # type: ignore[arg-type]
        print(
            f"{count:>6} sessions: open+scroll {opened:.0f} ms, keystroke median "
            f"{statistics.median(keys):.1f} ms worst {max(keys):.1f} ms, trends {trends:.0f} ms"
        )
    empty, full = results[0], results[10_000]
    ratio = statistics.median(float(r["open"]) for r in full) / max(  # type: ignore[arg-type]
        1e-9,
        statistics.median(float(r["open"]) for r in empty),  # type: ignore[arg-type]
    )
    print(f"open+scroll, 10,000 against empty: {ratio:.2f}x (goals: <= 300 ms, keystroke <= 50 ms)")


if __name__ == "__main__":
    main()
