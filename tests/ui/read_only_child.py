"""Run by tests/e2e/test_read_only_disk.py, in a mount namespace where $MC_READ_ONLY is read-only.

Not collected on its own (no ``test_`` prefix): only that namespace makes the
folder read-only for root, so a session here meets a disk that refuses every write.
"""

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from tests.ui.session_helpers import advance, start_session


@pytest.fixture
def app_paths() -> AppPaths:
    return AppPaths.under(Path(os.environ["MC_READ_ONLY"]))


def test_a_session_runs_and_saving_it_says_why_not(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    data = context.paths.data
    assert context.paths.unwritable_folder() == data
    before = sorted(os.listdir(data))
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 20 + 30)
    advance(page, clock, 30)
    assert page.run_view.phase_label.text() == "Session complete"
    page.end_and_save()
    assert page.controller is None, "the session was let go, not stuck"
    notices = context.window.notice_bar.label.text().splitlines()
    assert notices, "saving said why it could not"
    assert any("read-only" in notice and str(data) in notice for notice in notices), notices
    assert all(notice.count(". ") == 0 and notice.endswith(".") for notice in notices), notices
    assert notices[0].endswith("could not be moved aside (the disk is read-only)."), notices
    assert sorted(os.listdir(data)) == before
