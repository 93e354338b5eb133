"""The wall clock stepping during a session (NTP, a VM resumed, a hand correction) loses nothing.

Issue 15, point 1: the start is read from the wall clock once; the end is the
start plus the monotonic time that passed (pauses included), so it is never
before the start and never stretched by a forward step; the checkpoint holds
the same times, so the session can also be recovered after a crash.
"""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.session_checkpoint import load_checkpoint
from mat_companion.paths import AppPaths
from tests.ui.session_helpers import ZONE, advance, history, start_session, unguarded

START = datetime(2026, 11, 20, 21, 0, tzinfo=ZONE)


class SteppingWall:
    """A wall clock that follows the monotonic clock until it is stepped, as a real one does."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.origin = clock.now()
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return START + timedelta(seconds=self.clock.now() - self.origin) + self.offset

    def step(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


@pytest.fixture
def wall(clock: FakeClock) -> SteppingWall:
    return SteppingWall(clock)


@pytest.fixture
def stepping(qtbot: QtBot, app_paths: AppPaths, clock: FakeClock, wall: SteppingWall) -> AppContext:
    context = AppContext(app_paths, clock=clock, audio=NullAudio(), wall_clock=wall)
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    qtbot.waitExposed(context.window)
    return context


def the_checkpoint(paths: AppPaths) -> Path:
    (path,) = [
        p for p in paths.data.rglob("*.json") if p.name not in ("history.json", "settings.json")
    ]
    return path


@pytest.mark.parametrize("step", [-3600, -60, -1, +1, +60, +86400], ids=lambda s: f"{s:+}s")
def test_a_wall_clock_step_during_a_session_keeps_its_true_length(
    qtbot: QtBot,
    stepping: AppContext,
    clock: FakeClock,
    wall: SteppingWall,
    app_paths: AppPaths,
    step: int,
) -> None:
    page = start_session(qtbot, stepping, minutes=10)
    advance(page, clock, 20 + 120)
    wall.step(step)
    advance(page, clock, 60)
    page.controller.toggle_pause()  # a pause counts as time that passed
    advance(page, clock, 45)
    page.controller.toggle_pause()
    advance(page, clock, 15)
    page.end_and_save()
    (record,) = history(app_paths)
    assert record["started_at"] == "2026-11-20T21:00:00+01:00"
    assert record["ended_at"] == "2026-11-20T21:04:20+01:00", "start + 260 s, whatever the step"
    assert record["actual_seconds"] == 195 and record["completed"] is False
    assert page.currentWidget() is page.setup


def test_a_step_back_at_the_very_end_of_a_completed_session(
    qtbot: QtBot, stepping: AppContext, clock: FakeClock, wall: SteppingWall, app_paths: AppPaths
) -> None:
    page = start_session(qtbot, stepping, minutes=1)
    wall.step(-7200)
    with qtbot.waitSignal(page.controller.finished):
        advance(page, clock, 20 + 60)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)
    (record,) = history(app_paths)
    assert record["completed"] is True
    assert record["ended_at"] == "2026-11-20T21:01:20+01:00"
    assert "went wrong" not in stepping.window.notice_bar.label.text()


@pytest.mark.parametrize("step", [-3600, +3600], ids=["back", "forward"])
def test_the_checkpoint_of_a_stepped_session_can_be_kept(
    qtbot: QtBot,
    stepping: AppContext,
    clock: FakeClock,
    wall: SteppingWall,
    app_paths: AppPaths,
    step: int,
) -> None:
    page = start_session(qtbot, stepping, minutes=30)
    advance(page, clock, 20 + 300)
    wall.step(step)
    clock.advance(10)
    page.controller._on_checkpoint_timer_timeout()  # the timer's save, without waiting for it
    checkpoint, problem = load_checkpoint(the_checkpoint(app_paths))
    assert problem is None and checkpoint is not None
    assert checkpoint.saved_at - checkpoint.started_at == timedelta(seconds=330)
    record = checkpoint.record()
    assert record["ended_at"] == "2026-11-20T21:05:30+01:00"
    page.controller.close()


def test_a_record_the_history_refuses_is_one_sentence_not_a_crash(
    qtbot: QtBot, stepping: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    from dataclasses import replace

    page = start_session(qtbot, stepping, minutes=10)
    advance(page, clock, 20 + 60)
    session = page.controller.session
    session.plan = replace(session.plan, breathing={"inhale": 99.0})  # past what a record allows
    page.end_and_save()
    notice = stepping.window.notice_bar.label.text()
    assert notice.startswith("This session cannot be saved: breathing.inhale must be from 0 to")
    assert notice.count(". ") == 0 and notice.endswith(".")
    assert not app_paths.history_file.exists()
    assert page.currentWidget() is page.setup
