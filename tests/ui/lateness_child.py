"""A session of a few seconds in a process of its own, its event loop stalled for one second.

Prints how late (seconds) the end fired. Used by the test and by the benchmark, so
both measure in a clean process that nothing else keeps busy.
"""

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def stall(seconds: float) -> None:
    """Block the UI thread with work, as a slow disk or a heavy redraw would."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        sum(range(1000))


def main() -> None:
    folder = Path(sys.argv[1])
    app = QApplication([])
    from mat_companion.audio.output import NullAudio
    from mat_companion.core.checkin import CheckIn
    from mat_companion.core.clock import MonotonicClock
    from mat_companion.core.session import SessionPlan
    from mat_companion.core.session_config import SessionTimings
    from mat_companion.ui.session.runner import SessionController

    timings = SessionTimings(
        get_ready_seconds=0.1, settle_seconds=0.5, closing_seconds=0.5, checkpoint_seconds=60
    )
    controller = SessionController(
        SessionPlan(3, "beginner"),
        clock=MonotonicClock(),
        timings=timings,
        audio=NullAudio(),
        checkpoint_folder=folder,
        checkin_before=CheckIn(),
    )
    planned_end = time.monotonic() + 0.1 + 3

    def finished(_completed: bool) -> None:
        print(
            json.dumps(
                {
                    "late": time.monotonic() - planned_end,
                    "mat_seconds": controller.session.mat_seconds(),
                }
            ),
            flush=True,
        )
        app.quit()

    controller.finished.connect(finished)
    controller.start()
    controller.set_visible(True)
    QTimer.singleShot(1500, lambda: stall(1.0))
    app.exec()


if __name__ == "__main__":
    main()
