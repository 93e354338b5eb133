import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.ui.shell.close_guard import ask_about_running_session


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def ask(window: QWidget, keep: bool) -> tuple[QMessageBox, list[str]]:
    chosen: list[str] = []
    box = ask_about_running_session(
        window,
        keep=(lambda: chosen.append("keep")) if keep else None,
        end=lambda: chosen.append("end"),
        done=lambda: chosen.append("done"),
    )
    return box, chosen


def click(box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_without_a_tray_there_is_no_keeping_it_running(window: QWidget) -> None:
    box, chosen = ask(window, keep=False)
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "End it and quit"]
    assert box.defaultButton().text() == "Cancel", "Enter does not end a session"
    click(box, "Cancel")
    assert chosen == ["done"]


def test_each_choice_runs_its_own_action_once_the_box_is_done(window: QWidget) -> None:
    box, chosen = ask(window, keep=True)
    assert box.defaultButton().text() == "Keep it running in the tray"
    click(box, "Keep it running in the tray")
    assert chosen == ["done", "keep"]
    box, chosen = ask(window, keep=True)
    click(box, "End it and quit")
    assert chosen == ["done", "end"]
