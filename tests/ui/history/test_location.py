"""The History page says where the history lives, and a linked history whose drive is gone.

Issue 16, points 3 and 5: a plain file, a link into a synced folder, a link to
a folder that is not mounted (a finished session then waits in its checkpoint,
and is saved through the link once the folder is back), and the last merge of
a sync tool's conflict copy.
"""

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.conflict_copies import MERGED_FOLDER
from mat_companion.core.history_document import serialise_history
from mat_companion.paths import AppPaths
from mat_companion.ui.history.location import shortened
from mat_companion.ui.history.page import HistoryPage
from mat_companion.ui.i18n.language import date_time
from mat_companion.ui.shell.recovery import offer_recovery
from tests.factories import make_session
from tests.ui.session_helpers import Wall, advance, checkpoints, start_session, unguarded

Opened = tuple[AppContext, HistoryPage, FakeClock]


@pytest.fixture
def open_page(qtbot: QtBot, app_paths: AppPaths) -> Callable[[], Opened]:
    """Open a window on the History page, as the user would (the history loads then)."""

    def opened() -> Opened:
        clock = FakeClock()
        context = AppContext(app_paths, clock=clock, audio=NullAudio(), wall_clock=Wall(clock))
        qtbot.addWidget(context.window, before_close_func=unguarded)
        context.window.show()
        context.window.show_page("history")
        page = context.window.page("history")
        assert isinstance(page, HistoryPage)
        return context, page, clock

    return opened


@pytest.fixture
def synced(tmp_path: Path, app_paths: AppPaths) -> Path:
    """A synced folder holding the history, and history.json a link to it."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    (folder / "history.json").write_bytes(serialise_history([make_session()]))
    app_paths.data.mkdir(parents=True)
    app_paths.history_file.symlink_to(folder / "history.json")
    return folder


def test_a_plain_file_is_named_selectably_and_for_screen_readers(
    open_page: Callable[[], Opened], app_paths: AppPaths
) -> None:
    app_paths.data.mkdir(parents=True)
    app_paths.history_file.write_bytes(serialise_history([make_session()]))
    _context, page, _clock = open_page()
    label = page.location
    assert label.text() == f"Your history is saved in {shortened(app_paths.history_file)}."
    assert label.accessibleName() == "Where your history is saved"
    assert label.accessibleDescription() == f"Your history is saved in {app_paths.history_file}."
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_a_link_is_said_with_where_it_leads(
    open_page: Callable[[], Opened], app_paths: AppPaths, synced: Path
) -> None:
    _context, page, _clock = open_page()
    assert page.location.accessibleDescription() == (
        f"Your history is saved in {synced / 'history.json'}, through the link "
        f"{app_paths.history_file}."
    )
    assert "through the link" in page.location.text()


def test_a_finished_session_waits_while_the_linked_folder_is_gone_and_is_saved_once_it_is_back(
    qtbot: QtBot, open_page: Callable[[], Opened], app_paths: AppPaths, synced: Path
) -> None:
    away = synced.with_name("unmounted")
    synced.rename(away)
    context, page, clock = open_page()
    sentence = (
        f"Your history is on {synced / 'history.json'}, which is not available; nothing will "
        "be saved until it is back."
    )
    assert sentence in context.window.notice_bar.label.text()
    assert page.location.accessibleDescription() == sentence
    session = start_session(qtbot, context)
    advance(session, clock, 20 + 240)
    session.end_and_save()
    assert context.window.notice_bar.label.text().splitlines()[-1] == sentence
    assert checkpoints(app_paths), "the finished session waits in its checkpoint"
    assert app_paths.history_file.is_symlink()
    assert not [
        p
        for p in app_paths.data.iterdir()
        if p.name.startswith(("history", ".history")) and p != app_paths.history_file
    ], "no backup, no temp file, nothing in its place"
    away.rename(synced)
    later, _page, _clock = open_page()
    box = offer_recovery(later.recovery_services())
    assert box is not None and "4 min on the mat" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert not checkpoints(app_paths)
    assert app_paths.history_file.is_symlink() and len(later.history.sessions) == 2
    assert not [b for b in later.window.findChildren(QMessageBox) if b.isVisible()]


def test_the_last_merge_of_a_conflict_copy_is_said(
    open_page: Callable[[], Opened], synced: Path
) -> None:
    (synced / "history.sync-conflict-20261201-101010-ABCDEFG.json").write_bytes(
        serialise_history([make_session(note="from the laptop")])
    )
    context, page, _clock = open_page()
    merged = synced / MERGED_FOLDER
    assert len(context.history.sessions) == 2 and len(list(merged.iterdir())) == 1
    os.utime(merged, (1_796_000_000, 1_796_000_000))
    page.refresh()
    when = date_time(datetime.fromtimestamp(1_796_000_000).astimezone())
    assert page.location.text().splitlines()[1] == (
        f"Another copy of it was last merged in on {when}."
    )


def test_a_long_path_keeps_its_first_folder_and_its_last_two_parts() -> None:
    home = Path.home()
    assert shortened(home / "Sync" / "history.json") == "~/Sync/history.json"
    deep = Path("/media/someone/a-rather-long-drive-name/Sync/mat companion/history.json")
    assert shortened(deep) == "/media/…/mat companion/history.json"


def test_a_data_folder_linked_to_a_folder_not_mounted_is_said(
    qtbot: QtBot, tmp_path: Path, app_paths: AppPaths
) -> None:
    synced = tmp_path / "Sync"
    synced.mkdir()
    linked = tmp_path / "linked-data"
    linked.symlink_to(synced)
    paths = AppPaths.under(linked)
    context = AppContext(paths, clock=FakeClock(), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    context.window.show_page("history")
    page = context.window.page("history")
    assert isinstance(page, HistoryPage)
    assert "through the link" in page.location.text()
    synced.rename(tmp_path / "away")
    page.refresh()
    assert page.location.accessibleDescription() == (
        f"Your history is on {synced / 'history.json'}, which is not available; nothing will "
        "be saved until it is back."
    )


def test_a_folder_further_up_linked_to_nowhere_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "drive").symlink_to(tmp_path / "not-mounted")
    paths = AppPaths.under(tmp_path / "drive" / "mat" / "data")
    context = AppContext(paths, clock=FakeClock(), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    context.window.show_page("history")
    page = context.window.page("history")
    assert isinstance(page, HistoryPage)
    assert page.location.accessibleDescription() == (
        f"Your history is on {paths.history_file}, which is not available; nothing will be "
        "saved until it is back."
    )
    assert not (tmp_path / "not-mounted").exists()
