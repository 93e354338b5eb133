from pathlib import Path

import shiboken6
from pytestqt.qtbot import QtBot

from mat_companion.audio.output import NullAudio
from mat_companion.core.checkin import CheckIn
from mat_companion.core.clock import FakeClock
from mat_companion.core.session import ReminderKind, SessionPlan
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


def test_the_bells_ring_as_loud_as_the_core_says(qtbot: QtBot, tmp_path: Path) -> None:
    """The interval and reminder bells' volumes come from the timings, like the wake-up bell's."""
    clock, audio = FakeClock(), NullAudio()
    controller = SessionController(
        SessionPlan(None, "beginner", interval_bell_minutes=15, stage_max_minutes=15),
        clock=clock,
        timings=SessionTimings(interval_bell_volume=0.2, reminder_bell_volume=0.3),
        audio=audio,
        checkpoint_folder=tmp_path,
        checkin_before=CheckIn(),
    )
    controller.start()
    clock.advance(20 + 15 * 60)
    with qtbot.waitSignal(controller.reminder) as reminded:
        controller.update()
    assert reminded.args == [ReminderKind.STAGE_MAX]
    assert [(cue.sound, cue.volume) for cue in audio.played] == [
        ("interval_bell", 0.2),
        ("interval_bell", 0.3),
    ]
    controller.close()
    shiboken6.delete(controller)  # no Qt object left for interpreter shutdown
