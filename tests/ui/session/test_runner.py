from pathlib import Path

import shiboken6
from pytestqt.qtbot import QtBot

from mat_companion.audio.output import NullAudio
from mat_companion.core.checkin import CheckIn
from mat_companion.core.clock import FakeClock
from mat_companion.core.session import SessionPlan
from mat_companion.core.session_config import SessionTimings
from mat_companion.ui.session.runner import SessionController


class RecordingInhibitor:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> None:
        self.calls.append("inhibit")

    def release(self) -> None:
        self.calls.append("release")


def test_screen_held_while_running_and_released_on_pause_and_end(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock, inhibitor = FakeClock(), RecordingInhibitor()
    controller = SessionController(
        SessionPlan(60, "beginner"),
        clock=clock,
        timings=SessionTimings(),
        audio=NullAudio(),
        checkpoint_folder=tmp_path,
        checkin_before=CheckIn(),
        inhibitor=inhibitor,  # type: ignore[arg-type]
    )
    controller.start()
    controller.toggle_pause()
    controller.toggle_pause()
    clock.advance(90)
    with qtbot.waitSignal(controller.finished):
        controller.update()
    assert inhibitor.calls == ["inhibit", "release", "inhibit"], "held while the bell rings"
    controller.acknowledge_end()
    assert inhibitor.calls == ["inhibit", "release", "inhibit", "release"]
    controller.close()
    shiboken6.delete(controller)  # no Qt object left for interpreter shutdown


def test_checkpoint_written_at_start_and_removed_on_close(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    controller = SessionController(
        SessionPlan(600, "beginner"),
        clock=clock,
        timings=SessionTimings(),
        audio=NullAudio(),
        checkpoint_folder=tmp_path,
        checkin_before=CheckIn(),
    )
    controller.start()
    path = controller.checkpoint_path
    assert path.exists() and path.parent == tmp_path
    clock.advance(20 + 42)
    assert controller.checkpoint().mat_seconds == 42
    controller.close()
    shiboken6.delete(controller)  # no Qt object left for interpreter shutdown
    assert not path.exists()
