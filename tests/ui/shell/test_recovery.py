"""Recovery at start-up: only what can be kept is offered, and never another window's session.

Issue 15, points 2 and 3: a corrupt checkpoint is set aside with one sentence
(never a crash in the offer or in "Keep it"); one from the future is asked
about with both times shown; each running session has a checkpoint of its own,
locked while it runs, so two windows on one folder neither delete each other's
nor offer to "recover" a session still running.
"""

import json
import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from mat_companion.ui.i18n.language import date_time
from mat_companion.ui.shell.recovery import offer_recovery
from tests.ui.session.test_page import leave_checkpoint
from tests.ui.session_helpers import (
    Wall,
    advance,
    checkpoints,
    history,
    start_session,
    unguarded,
)

GOOD = {
    "session_id": "0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11",
    "plan": {"duration_seconds": 900, "stage": "beginner"},
    "started_at": "2026-11-20T21:00:00+01:00",
    "saved_at": "2026-11-20T21:08:00+01:00",
    "mat_seconds": 460.0,
    "planned_seconds": 900,
    "checkin": {},
}
CORRUPT = {
    "NaN seconds": json.dumps({**GOOD, "mat_seconds": float("nan")}),
    "Infinity seconds": json.dumps({**GOOD, "mat_seconds": float("inf")}),
    "huge seconds": json.dumps({**GOOD, "mat_seconds": 1e300}),
    "negative planned": json.dumps({**GOOD, "planned_seconds": -5}),
    "saved before started": json.dumps({**GOOD, "saved_at": "2026-11-20T20:00:00+01:00"}),
    "bad id": json.dumps({**GOOD, "session_id": "not-a-uuid"}),
    "stage a number": json.dumps({**GOOD, "plan": {"duration_seconds": 900, "stage": 7}}),
    "checkin a list": json.dumps({**GOOD, "checkin": [1]}),
    "deep nesting": "[" * 50_000 + "]" * 50_000,
    "not an object": "[1, 2, 3]",
}


def window(qtbot: QtBot, paths: AppPaths, clock: FakeClock | None = None) -> AppContext:
    context = AppContext(
        paths, clock=clock, audio=NullAudio(), wall_clock=Wall(clock or FakeClock())
    )
    qtbot.addWidget(context.window, before_close_func=unguarded)
    return context


def offer(context: AppContext) -> QMessageBox | None:
    return offer_recovery(context.recovery_services())


def click(qtbot: QtBot, box: QMessageBox, answer: str) -> None:
    button = next(b for b in box.buttons() if b.text() == answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("raw", CORRUPT.values(), ids=CORRUPT.keys())
def test_a_corrupt_checkpoint_is_set_aside_with_one_sentence(
    qtbot: QtBot, app_paths: AppPaths, raw: str
) -> None:
    app_paths.data.mkdir(parents=True)
    app_paths.legacy_checkpoint_file.write_text(raw)
    context = window(qtbot, app_paths)
    assert offer(context) is None, "nothing is offered that Keep it could not save"
    notice = context.window.notice_bar.label.text()
    assert notice.startswith("An unfinished session could not be recovered (")
    assert "; it was kept as " in notice and notice.endswith(".")
    (kept,) = app_paths.data.glob("session-in-progress.json.unreadable-*")
    assert kept.read_text() == raw
    assert offer(window(qtbot, app_paths)) is None, "and not again at the next start"


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_something_not_a_file_in_its_place_is_set_aside(
    qtbot: QtBot, app_paths: AppPaths, kind: str
) -> None:
    app_paths.checkpoints.mkdir(parents=True)
    path = app_paths.checkpoints / f"{GOOD['session_id']}.json"
    if kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    context = window(qtbot, app_paths)
    assert offer(context) is None
    assert "not a regular file" in context.window.notice_bar.label.text()
    assert not path.exists()


def test_a_checkpoints_folder_that_is_a_file_is_moved_aside(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    app_paths.data.mkdir(parents=True)
    app_paths.checkpoints.write_text("not a folder")
    context = window(qtbot, app_paths)
    assert offer(context) is None
    assert "was not a folder, so it was moved to" in context.window.notice_bar.label.text()
    assert not app_paths.checkpoints.exists()


def shown(moment: str) -> str:
    """A recorded time as the question writes it."""
    return date_time(datetime.fromisoformat(moment))


def test_a_checkpoint_from_the_future_is_asked_about_with_both_times(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    app_paths.data.mkdir(parents=True)
    future = {**GOOD, "started_at": "2026-11-22T08:00:00+01:00"}
    future["saved_at"] = "2026-11-22T08:08:00+01:00"
    app_paths.legacy_checkpoint_file.write_text(json.dumps(future))
    context = window(qtbot, app_paths)  # its wall clock says 2026-11-20 21:00
    box = offer(context)
    assert box is not None
    question = box.text()
    assert "later than the clock says it is now" in question
    assert "2026" in question and "08:00" in question and "21:00" in question
    assert f"started {shown(future['started_at'])}" in question
    assert f"last saved {shown(future['saved_at'])}" in question
    click(qtbot, box, "Keep it")
    (record,) = history(app_paths)
    assert record["started_at"] == "2026-11-22T08:00:00+01:00" and record["recovered"] is True
    assert not app_paths.legacy_checkpoint_file.exists()


def test_a_checkpoint_saved_after_now_but_started_before_says_which_time_is_later(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    """Started before the clock's now, saved after it: the save is what is later, not the start."""
    app_paths.data.mkdir(parents=True)
    future = {**GOOD, "started_at": "2026-11-20T20:30:00+01:00"}
    future["saved_at"] = "2026-11-20T23:40:00+01:00"
    app_paths.legacy_checkpoint_file.write_text(json.dumps(future))
    context = window(qtbot, app_paths)  # its wall clock says 2026-11-20 21:00
    box = offer(context)
    assert box is not None
    question = box.text()
    assert f"started {shown(future['started_at'])} did not finish" in question
    saved = f"last saved {shown(future['saved_at'])}, later than the clock says it is now"
    assert saved in question


def test_a_session_running_in_another_window_is_not_offered(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    page = start_session(qtbot, context)
    advance(page, clock, 20 + 300)
    (running,) = checkpoints(app_paths)
    other = window(qtbot, app_paths)
    assert offer(other) is None, "it is still running, not crashed"
    assert checkpoints(app_paths) == [running], "and it is left alone"


def test_two_windows_on_one_folder_keep_each_their_own_checkpoint(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    first = start_session(qtbot, context)
    other_clock = FakeClock()
    other = window(qtbot, app_paths, other_clock)
    second = start_session(qtbot, other)
    assert len(checkpoints(app_paths)) == 2, "one each"
    advance(first, clock, 20 + 120)
    advance(second, other_clock, 20 + 60)
    first.end_and_save()
    assert checkpoints(app_paths) == [second.controller.checkpoint_path], "the other's stays"
    second.end_and_save()
    assert not checkpoints(app_paths)
    assert sorted(record["actual_seconds"] for record in history(app_paths)) == [60, 120]


def test_a_checkpoint_whose_save_failed_is_offered_by_the_next_window(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    app_paths.data.mkdir(parents=True, exist_ok=True)
    app_paths.history_file.write_text('{"schema_version": 99, "sessions": []}')
    page = start_session(qtbot, context)
    advance(page, clock, 20 + 180)
    page.end_and_save()
    assert "newer version" in context.window.notice_bar.label.text()
    assert checkpoints(app_paths), "kept for later"
    app_paths.history_file.unlink()
    box = offer(window(qtbot, app_paths))
    assert box is not None and "3 min on the mat" in box.text()


def test_the_old_single_checkpoint_and_the_new_ones_are_each_offered(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    leave_checkpoint(app_paths, 470.0)
    app_paths.legacy_checkpoint_file.write_text(
        json.dumps({**GOOD, "session_id": "5d0c8a2e-0a1b-4c3d-8e9f-123456789abc"})
    )
    context = window(qtbot, app_paths)
    first = offer(context)
    assert first is not None and "8 min on the mat" in first.text()
    click(qtbot, first, "Keep it")
    second = context.window.findChild(QMessageBox, "recover_session")
    boxes = [b for b in context.window.findChildren(QMessageBox) if b.isVisible()]
    assert second is not None and len(boxes) == 1
    click(qtbot, boxes[0], "Keep it")
    assert sorted(record["actual_seconds"] for record in history(app_paths)) == [460, 470]
    assert not checkpoints(app_paths) and not app_paths.legacy_checkpoint_file.exists()


def test_keep_it_when_the_history_cannot_take_it_keeps_the_checkpoint(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    leave_checkpoint(app_paths, 470.0)
    app_paths.history_file.write_text('{"schema_version": 99, "sessions": []}')
    context = window(qtbot, app_paths)
    box = offer(context)
    assert box is not None
    click(qtbot, box, "Keep it")
    assert "newer version" in context.window.notice_bar.label.text()
    assert checkpoints(app_paths), "offered again at the next start"
    assert offer(window(qtbot, app_paths)) is not None


@pytest.mark.parametrize("spelling", [str.lower, str.upper], ids=["same", "uppercase"])
def test_a_checkpoint_of_a_session_already_saved_is_not_offered_over_it(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths, spelling: object
) -> None:
    """The app stopped between saving the session and removing its checkpoint."""
    page = start_session(qtbot, context)
    advance(page, clock, 20 + 300)
    controller = page.controller
    checkpoint = controller.checkpoint_path.read_text()
    session_id = controller.session_id
    page.end_and_save()
    (saved,) = history(app_paths)
    left = json.loads(checkpoint)
    left["session_id"] = spelling(session_id)  # type: ignore[operator]
    app_paths.legacy_checkpoint_file.write_text(json.dumps(left))
    assert offer(window(qtbot, app_paths)) is None
    assert history(app_paths) == [saved], "the full record is kept, not replaced"
    assert not app_paths.legacy_checkpoint_file.exists()


def test_a_short_session_is_offered_back_with_its_seconds(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    """Ten seconds recorded were "0 min on the mat" (a new user's walk)."""
    app_paths.data.mkdir(parents=True)
    short = {**GOOD, "mat_seconds": 10.0, "saved_at": "2026-11-20T20:50:00+01:00"}
    short["started_at"] = "2026-11-20T20:49:40+01:00"
    app_paths.legacy_checkpoint_file.write_text(json.dumps(short))
    box = offer(window(qtbot, app_paths))
    assert box is not None and "(10 s on the mat recorded before the app closed)" in box.text()
