"""The window with a synced history: edits get a new change time, merged copies are said."""

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.conflict_copies import MERGED_FOLDER
from mat_companion.core.files import write_atomic
from mat_companion.core.history_document import serialise_history
from mat_companion.paths import AppPaths
from mat_companion.ui.history.page import HistoryPage
from tests.factories import make_session
from tests.ui.session_helpers import Wall, history, unguarded

SYNCTHING = "history.sync-conflict-20261201-101010-ABCDEFG.json"


@pytest.fixture
def seeded(app_paths: AppPaths) -> list[dict[str, object]]:
    sessions = [make_session(note="Lovely", started_at="2026-11-19T20:00:00+01:00", ended_at=None)]
    app_paths.data.mkdir(parents=True, exist_ok=True)
    write_atomic(app_paths.history_file, serialise_history(sessions))
    return sessions


Started = tuple[AppContext, HistoryPage, Wall]


@pytest.fixture
def start(qtbot: QtBot, app_paths: AppPaths) -> Callable[[], Started]:
    """Open the window on the History page (the history loads then, as at start-up)."""

    def started() -> Started:
        clock = FakeClock()
        wall = Wall(clock)
        context = AppContext(app_paths, clock=clock, audio=NullAudio(), wall_clock=wall)
        qtbot.addWidget(context.window, before_close_func=unguarded)
        context.window.show()
        context.window.show_page("history")
        page = context.window.page("history")
        assert isinstance(page, HistoryPage)
        qtbot.waitExposed(context.window)
        return context, page, wall

    return started


def notices(context: AppContext) -> list[str]:
    return context.window.notice_bar.label.text().splitlines()


def test_an_edit_in_the_editor_is_saved_with_a_new_change_time(
    start: Callable[[], Started], seeded: list[dict[str, object]], app_paths: AppPaths
) -> None:
    _context, page, wall = start()
    wall.clock.advance(90)
    page.table.selectRow(0)
    editor = page.open_selected()
    assert editor is not None
    editor.note.setPlainText("Lovely, and warm")
    editor._on_buttons_accepted()
    (edited,) = history(app_paths)
    assert edited["note"] == "Lovely, and warm"
    assert edited["changed_at"] == "2026-11-20T21:01:30.000000+01:00"


def test_a_conflict_copy_found_at_start_up_is_merged_and_said(
    start: Callable[[], Started], seeded: list[dict[str, object]], app_paths: AppPaths
) -> None:
    theirs = make_session(note="from the laptop", started_at="2026-11-20T19:00:00+01:00")
    copy = app_paths.data / SYNCTHING
    copy.write_bytes(serialise_history([*seeded, theirs]))
    context, page, _wall = start()
    assert {s["note"] for s in context.history.sessions} == {"Lovely", "from the laptop"}
    moved = app_paths.data / MERGED_FOLDER / SYNCTHING
    assert moved.exists() and not copy.exists()
    assert (
        f"The conflict copy {SYNCTHING} that a sync tool left beside your history added "
        f"1 session to it; it was moved to {moved}."
    ) in notices(context)
    page.refresh()
    assert page.model.rowCount() == 2


def test_a_conflict_copy_merged_by_a_change_on_the_history_page_is_said(
    start: Callable[[], Started], seeded: list[dict[str, object]], app_paths: AppPaths
) -> None:
    context, page, _wall = start()
    assert context.history.sessions
    theirs = [make_session(note="laptop 1"), make_session(note="laptop 2")]
    (app_paths.data / SYNCTHING).write_bytes(serialise_history(theirs))
    page.table.selectRow(0)
    editor = page.open_selected()
    assert editor is not None
    editor.note.setPlainText("edited")
    editor._on_buttons_accepted()
    assert any("added 2 sessions to it" in line for line in notices(context)), notices(context)
    assert page.model.rowCount() == 3
    assert not (app_paths.data / SYNCTHING).exists()


@pytest.mark.parametrize("damage", ["cut", "conflict copy"])
def test_opening_on_the_history_page_says_what_loading_the_history_did(
    qtbot: QtBot, app_paths: AppPaths, seeded: list[dict[str, object]], damage: str
) -> None:
    """The page is built with the window, so the history loads before the window exists."""
    raw = app_paths.history_file.read_bytes()
    if damage == "cut":
        app_paths.history_file.write_bytes(raw[: len(raw) * 2 // 3])
    else:
        other = [make_session(started_at="2026-11-20T20:00:00+01:00", ended_at=None)]
        write_atomic(app_paths.history_file.with_name(SYNCTHING), serialise_history(other))
    context = AppContext(app_paths, clock=FakeClock(), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    context.window.show_page("history")
    said = " ".join(notices(context))
    assert ("was kept as" in said) if damage == "cut" else ("added 1 session" in said), said
