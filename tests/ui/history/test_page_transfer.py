"""The History page's export and import against hostile histories and files."""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.files import write_atomic
from mat_companion.core.history_document import serialise_history
from mat_companion.paths import AppPaths
from mat_companion.ui.history.page import HistoryPage
from tests.factories import make_session
from tests.ui.session_helpers import Wall, history, unguarded

Opened = Callable[[list[dict[str, object]]], tuple[HistoryPage, list[str]]]


@pytest.fixture
def opened(qtbot: QtBot, app_paths: AppPaths) -> Iterator[Opened]:
    """Open the History page on a history of these sessions; its notices are collected."""

    def open_on(sessions: list[dict[str, object]]) -> tuple[HistoryPage, list[str]]:
        app_paths.data.mkdir(parents=True, exist_ok=True)
        write_atomic(app_paths.history_file, serialise_history(sessions))
        clock = FakeClock()
        context = AppContext(app_paths, clock=clock, audio=NullAudio(), wall_clock=Wall(clock))
        qtbot.addWidget(context.window, before_close_func=unguarded)
        context.window.show_page("history")
        page = context.window.page("history")
        assert isinstance(page, HistoryPage)
        notices: list[str] = []
        page._services.notice = lambda message: notices.append(str(message))
        page._services.inform = lambda message: notices.append(str(message))
        return page, notices

    yield open_on


@pytest.mark.parametrize(
    ("invalid", "said"),
    [
        (1, "; 1 session that is not valid was left out (it is kept in "),
        (2, "; 2 sessions that are not valid were left out (they are kept in "),
    ],
)
def test_export_says_how_many_invalid_sessions_were_left_out_and_where(
    qtbot: QtBot, opened: Opened, app_paths: AppPaths, tmp_path: Path, invalid: int, said: str
) -> None:
    page, notices = opened([make_session(), *[make_session(stage="")] * invalid])
    target = tmp_path / "out.csv"
    page.export_to(target)
    qtbot.waitUntil(lambda: bool(notices))
    assert notices[-1].startswith(f"1 session exported to {target}{said}")
    kept = Path(notices[-1].split("kept in ")[1].removesuffix(").").strip())
    assert kept.parent == app_paths.data and kept.name.startswith("history.json.invalid-")
    assert kept.read_bytes().count(b'"stage":""') == invalid


def test_an_export_of_a_valid_history_says_nothing_more(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    page, notices = opened([make_session()])
    page.export_to(tmp_path / "out.json")
    qtbot.waitUntil(lambda: bool(notices))
    assert notices == [f"1 session exported to {tmp_path / 'out.json'}."]


def test_an_export_onto_a_link_keeps_the_link(qtbot: QtBot, opened: Opened, tmp_path: Path) -> None:
    page, notices = opened([make_session()])
    target = tmp_path / "synced.csv"
    target.write_text("old")
    link = tmp_path / "out.csv"
    link.symlink_to(target)
    page.export_to(link)
    qtbot.waitUntil(lambda: bool(notices))
    assert link.is_symlink() and target.read_text().count("\n") == 2


def test_importing_a_fifo_is_refused_at_once(qtbot: QtBot, opened: Opened, tmp_path: Path) -> None:
    page, notices = opened([make_session()])
    fifo = tmp_path / "sessions.csv"
    os.mkfifo(fifo)
    page.import_from(fifo)
    qtbot.waitUntil(lambda: bool(notices), timeout=5000)
    assert notices == [f"The file cannot be imported: {fifo} is a named pipe, not a regular file."]


def test_a_hand_made_csv_imported_twice_adds_its_sessions_once(
    qtbot: QtBot, opened: Opened, app_paths: AppPaths, tmp_path: Path
) -> None:
    page, notices = opened([])
    hand_made = tmp_path / "mine.csv"
    hand_made.write_text(
        "started_at,actual_seconds,stage\n"
        "2026-03-01T20:00:00+01:00,900,beginner\n"
        "2026-03-02T20:00:00+01:00,900,beginner\n"
    )
    page.import_from(hand_made)
    qtbot.waitUntil(lambda: bool(notices))
    page.import_from(hand_made)
    qtbot.waitUntil(lambda: len(notices) == 2)
    assert notices == [
        "2 sessions imported.",
        "0 sessions imported; 2 were already in your history.",
    ]
    assert len(history(app_paths)) == 2
    hand_made.write_text("started_at,actual_seconds,stage\n2026-03-01T19:00:00Z,900,beginner\n")
    page.import_from(hand_made)
    qtbot.waitUntil(lambda: len(notices) == 3)
    assert notices[-1] == "0 sessions imported; 1 was already in your history."


def test_an_export_named_json_is_json(qtbot: QtBot, opened: Opened, tmp_path: Path) -> None:
    page, notices = opened([make_session()])
    page.export_to(tmp_path / ".json")
    qtbot.waitUntil(lambda: bool(notices))
    assert (tmp_path / ".json").read_bytes().startswith(b"{")


def test_the_question_about_invalid_rows_counts_right(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    page, _ = opened([])
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(
        "started_at,actual_seconds,stage\n"
        "2026-03-01T20:00:00+01:00,900,beginner\n"
        "2026-03-02T20:00:00+01:00,-1,beginner\n"
        "2026-03-03T20:00:00+01:00,-1,beginner\n"
    )
    page.import_from(mixed)
    qtbot.waitUntil(lambda: page.confirm_import is not None)
    assert page.confirm_import is not None
    assert page.confirm_import.text() == (
        "2 sessions in mixed.csv are not valid (the first, line 3: actual_seconds must be "
        "between 0 and 86400, not -1). Import only the valid ones (1 session)?"
    )


@pytest.mark.parametrize(("invalid", "kind"), [(0, "info"), (1, "warning")])
def test_an_export_that_worked_is_news_and_one_that_left_sessions_out_a_warning(
    qtbot: QtBot, app_paths: AppPaths, tmp_path: Path, invalid: int, kind: str
) -> None:
    app_paths.data.mkdir(parents=True, exist_ok=True)
    sessions = [make_session(), *[make_session(stage="")] * invalid]
    write_atomic(app_paths.history_file, serialise_history(sessions))
    context = AppContext(app_paths, audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    context.window.show_page("history")
    page = context.window.page("history")
    assert isinstance(page, HistoryPage)
    bar = context.window.notice_bar
    page.export_to(tmp_path / "out.csv")
    qtbot.waitUntil(lambda: "exported to" in bar.label.text())
    assert bar.property("kind") == kind
