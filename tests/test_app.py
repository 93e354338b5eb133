"""The composition root's start-up: a session asked for at launch waits for what comes first.

tests/e2e/test_second_launch.py asks for one through a real second launch.
"""

import json
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.handover import Handover, handover_request
from mat_companion.core.safety import QUESTIONS, Screening
from mat_companion.desktop.single_instance import hand_over, instance_address
from mat_companion.paths import AppPaths
from tests.ui.session.test_page import leave_checkpoint
from tests.ui.session_helpers import Wall, page_of, unguarded


def test_a_session_asked_for_waits_for_every_crashed_session_to_be_answered(
    qtbot: QtBot, runtime: Path, tmp_path: Path
) -> None:
    screened(tmp_path / "data")
    paths = AppPaths.under(tmp_path / "data")
    leave_checkpoint(paths, 300)
    legacy = json.loads(next(paths.checkpoints.glob("*.json")).read_text())
    legacy["session_id"] = "5d0c8a2e-0a1b-4c3d-8e9f-123456789abc"
    paths.legacy_checkpoint_file.write_text(json.dumps(legacy))
    clock = FakeClock()
    context = AppContext(paths, clock=clock, audio=NullAudio(), wall_clock=Wall(clock))
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.request_session()
    context.after_first_paint()
    for _ in range(2):
        (box,) = [b for b in context.window.findChildren(QMessageBox) if b.isVisible()]
        assert page_of(context).controller is None, "no session while a question is open"
        box.buttons()[0].click()  # keep it
    assert page_of(context).controller is not None, "then the session starts"
    page_of(context).controller.close()  # type: ignore[union-attr]
    context.shut_down()


def screened(data: Path) -> None:
    data.mkdir(parents=True)
    answers = {question.key: False for question in QUESTIONS}
    screening = Screening(answers, datetime(2026, 11, 1, 20, 0)).to_dict()
    (data / "settings.json").write_text(json.dumps({"screening": screening}))


def test_the_safety_questions_and_a_crashed_session_come_before_a_session(
    qtbot: QtBot, runtime: Path, tmp_path: Path
) -> None:
    data = tmp_path / "fresh"
    context = AppContext(AppPaths.under(data), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.request_session()
    assert page_of(context).controller is None, "nothing starts before the window is ready"
    context.after_first_paint()
    assert context.first_run is not None and context.first_run.isVisible()
    assert page_of(context).controller is None, "the safety questions come first"
    context.first_run.reject()
    context.shut_down()

    screened(tmp_path / "crashed")
    paths = AppPaths.under(tmp_path / "crashed")
    leave_checkpoint(paths, 300)
    context = AppContext(paths, audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.request_session()
    context.after_first_paint()
    box = context.window.findChild(QMessageBox, "recover_session")
    assert box is not None and box.isVisible() and page_of(context).controller is None
    box.buttons()[0].click()  # keep it
    assert page_of(context).controller is not None, "then the session starts"
    page_of(context).controller.close()  # type: ignore[union-attr]
    context.shut_down()


def test_a_second_launch_is_answered_as_it_asked(
    qtbot: QtBot, runtime: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Show the window, start a session, or quit (the bundle's smoke test) when nothing runs."""
    screened(tmp_path / "data")
    paths = AppPaths.under(tmp_path / "data")
    context = AppContext(paths, audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    context.after_first_paint()
    assert context.instance_server is not None

    def ask(kind: Handover) -> None:
        answers: list[bool] = []
        with qtbot.waitSignal(context.instance_server.requested):  # type: ignore[union-attr]
            threading.Thread(
                target=lambda: answers.append(
                    hand_over(instance_address(paths), handover_request(kind))
                )
            ).start()
        qtbot.waitUntil(lambda: answers == [True])

    context.window.hide()
    ask(Handover.SHOW)
    assert context.window.isVisible() and page_of(context).controller is None and not quits
    ask(Handover.QUIT)
    assert quits == [True]
    context.window.show()
    ask(Handover.START_SESSION)
    assert page_of(context).controller is not None
    page_of(context).controller.close()  # type: ignore[union-attr]
    context.shut_down()
