"""A session that ends while another process holds the history: one sentence, nothing lost."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.clock import FakeClock
from mat_companion.core.file_lock import exclusive_lock
from mat_companion.core.files import write_atomic
from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_store import HistoryStore
from mat_companion.ui.history.page import HistoryPage
from tests.factories import make_session
from tests.ui.session_helpers import advance, start_session


def test_a_session_ended_while_the_history_is_locked_stays_in_its_checkpoint(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    store = HistoryStore(context.paths.history_file, lock_wait=0)  # the bounded wait, without time
    store.load()
    context._history = store
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 20 + 30)
    advance(page, clock, 30)
    with exclusive_lock(store.lock_path, wait=0):
        page.end_and_save()
    assert page.controller is None
    notices = context.window.notice_bar.label.text().splitlines()
    assert notices == [
        "Another Mat Companion window or an import is using "
        f"{context.paths.history_file}; try again in a moment."
    ]
    assert not context.paths.history_file.exists()
    kept = list(context.paths.checkpoints.glob("*.json"))
    assert len(kept) == 1, "the session waits in its checkpoint for the next start"


def test_an_edit_while_the_history_is_locked_says_so_and_changes_nothing(
    qtbot: QtBot, context: AppContext
) -> None:
    session = make_session(note="Lovely")
    write_atomic(context.paths.history_file, serialise_history([session]))
    store = HistoryStore(context.paths.history_file, lock_wait=0)
    store.load()
    context._history = store
    context.window.show_page("history")
    page = context.window.page("history")
    assert isinstance(page, HistoryPage)
    notices: list[str] = []
    page._services.notice = lambda message: notices.append(str(message))
    before = context.paths.history_file.read_bytes()
    with exclusive_lock(store.lock_path, wait=0):
        page.delete(session)
    assert notices == [
        "Another Mat Companion window or an import is using "
        f"{context.paths.history_file}; try again in a moment."
    ]
    assert context.paths.history_file.read_bytes() == before
    assert page.model.rowCount() == 1
