"""Any number of sessions, one after another, in one run of the app.

Each session is started a different way (the Start button, Enter in the setup,
R, the tray, a second launch's ``--start-session`` hand-over), runs to its end
on the fake clock, is answered a different way (Enter, Space, the button, the
tray), checked in and saved. A session put away must leave nothing connected
behind: the second session of a run used to fail with "Internal C++ object
(PySide6.QtCore.QTimer) already deleted" because the session screen still
talked to the first one's controller.
"""

import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext, configure_application
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.safety import QUESTIONS, Screening
from mat_companion.desktop.single_instance import hand_over, socket_path
from mat_companion.paths import AppPaths
from mat_companion.ui.session.page import SessionPage
from mat_companion.ui.session.runner import SessionController
from mat_companion.ui.session.tray import SessionTray
from tests.ui.session_helpers import advance, checkpoints, history, page_of, receivers

GET_READY = 20


@pytest.fixture
def app(
    qtbot: QtBot,
    qapp: QApplication,
    context: AppContext,
    runtime: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[AppContext]:
    """The app after its first paint, as a user meets it: screened, with a tray, listening."""
    configure_application(qapp)
    # The tray as the app builds and wires it; the offscreen platform has none to show it in.
    monkeypatch.setattr("mat_companion.ui.session.tray.tray_available", lambda: True)
    monkeypatch.setattr(SessionTray, "show", lambda _tray: None)
    answers = {question.key: False for question in QUESTIONS}
    context.settings.screening = Screening(answers, datetime(2026, 11, 1, 20))
    context.after_first_paint()
    assert context.tray is not None and context.instance_server is not None
    yield context
    context.shut_down()


def set_one_minute(page: SessionPage) -> None:
    page.setup.open_ended.setChecked(False)
    page.setup.minutes.setValue(1)


def start_by_button(qtbot: QtBot, app: AppContext) -> None:
    page = page_of(app)
    set_one_minute(page)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)


def start_by_enter(qtbot: QtBot, app: AppContext) -> None:
    page = page_of(app)
    set_one_minute(page)
    page.setup.minutes.setFocus()
    qtbot.keyClick(page.setup.minutes, Qt.Key.Key_Return)


def start_by_repeat(qtbot: QtBot, app: AppContext) -> None:
    page = page_of(app)
    assert page.setup.repeat_button.isEnabled()
    qtbot.keyClick(page.setup, Qt.Key.Key_R)


def start_from_tray(qtbot: QtBot, app: AppContext) -> None:
    assert app.tray is not None
    app.tray.refresh()
    assert app.tray.start_action.isVisible()
    app.tray.start_action.trigger()


def start_by_hand_over(qtbot: QtBot, app: AppContext) -> None:
    """What ``mat-companion --start-session`` does when the app already runs."""
    path = socket_path(app.paths)
    answers: list[bool] = []
    sender = threading.Thread(
        target=lambda: answers.append(hand_over(path, {"start_session": True}))
    )
    sender.start()
    qtbot.waitUntil(lambda: page_of(app).controller is not None, timeout=5000)
    qtbot.waitUntil(lambda: answers == [True], timeout=5000)
    sender.join()


def answer_by_key(key: Qt.Key) -> Callable[[QtBot, AppContext], None]:
    def answer(qtbot: QtBot, app: AppContext) -> None:
        qtbot.keyClick(page_of(app).run_view, key)

    return answer


def answer_by_click(qtbot: QtBot, app: AppContext) -> None:
    button = page_of(app).run_view.awake_button
    assert button.isVisible() and button.text() == "I'm awake"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_from_tray(qtbot: QtBot, app: AppContext) -> None:
    assert app.tray is not None
    app.tray.refresh()
    assert app.tray.awake_action.isVisible() and not app.tray.start_action.isVisible()
    app.window.hide()  # answered from the tray, the window comes back for the completion card
    elsewhere = QWidget()  # while it is hidden, another window has the focus, as on a desktop
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    qtbot.waitUntil(elsewhere.isActiveWindow, timeout=2000)
    app.tray.awake_action.trigger()
    elsewhere.close()
    assert app.window.isVisible()


STARTS = {
    "button": start_by_button,
    "enter": start_by_enter,
    "repeat": start_by_repeat,
    "tray": start_from_tray,
    "hand_over": start_by_hand_over,
}
ANSWERS = {
    "enter": answer_by_key(Qt.Key.Key_Return),
    "space": answer_by_key(Qt.Key.Key_Space),
    "click": answer_by_click,
    "tray": answer_from_tray,
}
RUN = [
    ("button", "click"),
    ("enter", "space"),
    ("repeat", "enter"),
    ("tray", "tray"),
    ("hand_over", "click"),
    ("repeat", "space"),
    ("hand_over", "enter"),
    ("tray", "space"),
    ("button", "tray"),
    ("enter", "enter"),
]


def run_one(
    qtbot: QtBot, app: AppContext, clock: FakeClock, audio: NullAudio, start: str, answer: str
) -> SessionController:
    """Start a session one way, let it ring, answer another way, check in; its controller."""
    page = page_of(app)
    assert page.controller is None and page.currentWidget() is page.setup
    STARTS[start](qtbot, app)
    controller = page.controller
    assert controller is not None, f"started by {start}"
    assert page.currentWidget() is page.run_view
    assert page.run_view.phase_label.text() == "Get ready"
    with qtbot.waitSignal(controller.finished) as finished:
        advance(page, clock, GET_READY + 60)
    assert finished.args == [True]
    assert page.run_view.phase_label.text() == "Session complete"
    bells = len(audio.played)
    advance(page, clock, 30)
    assert [cue.sound for cue in audio.played[bells - 1 :]] == ["end_bell", "end_bell"]

    ANSWERS[answer](qtbot, app)
    assert controller.session.acknowledged, f"answered by {answer}"
    dialog = page.completion_card
    assert dialog is not None and dialog.isVisible()
    ringing = len(audio.played)
    advance(page, clock, 120)
    assert len(audio.played) == ringing, "no bell once answered"
    dialog.comfort.button(4).click()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert page.controller is None and page.currentWidget() is page.setup
    return controller


def test_ten_sessions_in_a_row_each_started_and_answered_another_way(
    qtbot: QtBot, app: AppContext, clock: FakeClock, audio: NullAudio
) -> None:
    page = page_of(app)
    page.setup.breathing.setCurrentIndex(0)  # the cues have their own test below
    ids: list[str] = []
    for number, (start, answer) in enumerate(RUN, start=1):
        controller = run_one(qtbot, app, clock, audio, start, answer)
        assert controller.session_id not in ids, "each session has its own id"
        ids.append(controller.session_id)
        records = history(app.paths)
        assert [record["id"] for record in records] == ids, f"session {number} saved"
        assert records[-1]["completed"] is True and records[-1]["actual_seconds"] == 60
        assert records[-1]["ratings"] == {"comfort": 4}
        assert set(receivers(controller).values()) == {0}, "nothing listens to it any more"
        qtbot.waitUntil(lambda c=controller: not shiboken6.isValid(c))  # then it is deleted
        assert not checkpoints(app.paths)
        # The tray brought the window forward; a window manager gives it the focus.
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow, timeout=2000)
    assert len(history(app.paths)) == len(RUN) >= 5
    assert {start for start, _ in RUN} == set(STARTS) and {a for _, a in RUN} == set(ANSWERS)


def test_a_session_left_unsaved_is_let_go_as_well(
    qtbot: QtBot, app: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    """A save that fails keeps the checkpoint, but the session is still put away cleanly."""
    page = page_of(app)
    page.setup.breathing.setCurrentIndex(0)
    app_paths.data.mkdir(parents=True, exist_ok=True)
    app_paths.history_file.write_text('{"schema_version": 99, "sessions": []}')
    start_by_button(qtbot, app)
    first = page.controller
    assert first is not None
    advance(page, clock, GET_READY + 60)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    assert checkpoints(app_paths)
    assert set(receivers(first).values()) == {0}
    assert not first.repainting
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=2000)
    start_by_enter(qtbot, app)
    assert page.controller is not None and page.controller.repainting
    assert page.run_view.phase_label.text() == "Get ready"
