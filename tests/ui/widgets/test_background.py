"""Work waited for off the UI thread: a plain call for the caller, a turning loop meanwhile."""

import threading

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from mat_companion.ui.widgets.background import wait_responsively


def test_the_result_and_the_exception_come_back_to_the_caller(qtbot: QtBot) -> None:
    assert wait_responsively(lambda: 6 * 7, "Saving…", None) == 42
    with pytest.raises(KeyError, match="gone"):
        wait_responsively(lambda: {}["gone"], "Saving…", None)


def test_timers_run_while_the_work_waits(qtbot: QtBot) -> None:
    """The work can finish only once a UI-thread timer has fired: a frozen loop never would."""
    released = threading.Event()
    QTimer.singleShot(0, released.set)
    assert wait_responsively(lambda: released.wait(10), "Saving…", None), "the loop turned"
