"""Driving the Session page in tests."""

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QMetaMethod, QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from mat_companion.ui.session.page import SessionPage

ZONE = timezone(timedelta(hours=1))


class Wall:
    """Wall-clock time that follows the fake monotonic clock."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.origin = clock.now()

    def __call__(self) -> datetime:
        return datetime(2026, 11, 20, 21, 0, tzinfo=ZONE) + timedelta(
            seconds=self.clock.now() - self.origin
        )


def page_of(context: AppContext) -> SessionPage:
    page = context.window.page("session")
    assert isinstance(page, SessionPage)
    return page


def start_session(qtbot: QtBot, context: AppContext, minutes: int = 10) -> SessionPage:
    page = page_of(context)
    page.setup.minutes.setValue(minutes)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.run_view
    return page


def advance(page: SessionPage, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert page.controller is not None
    page.controller.update()


def history(paths: AppPaths) -> list[dict[str, object]]:
    return json.loads(paths.history_file.read_bytes())["sessions"]


def unguarded(window: QWidget) -> None:
    """Before a test closes the window: the test is over, so closing need not ask."""
    window.close_guard = None  # type: ignore[attr-defined]


def receivers(controller: QObject) -> dict[str, int]:
    """How many connections each of the controller's own signals still has."""
    meta = controller.metaObject()
    signals = (
        meta.method(index)
        for index in range(meta.methodOffset(), meta.methodCount())
        if meta.method(index).methodType() == QMetaMethod.MethodType.Signal
    )
    return {
        bytes(method.name().data()).decode(): controller.receivers(
            "2" + bytes(method.methodSignature().data()).decode()
        )
        for method in signals
    }


def cue_times(audio: NullAudio, start: float, seconds: float) -> list[tuple[float, str]]:
    """The breath cues the output is set to play in the next ``seconds`` from ``start``.

    Each as (seconds after ``start``, sound), rounded to the millisecond.
    """
    return [
        (round(at - start, 3), sound)
        for at, sound, _volume in audio.cues_between(start - 0.001, start + seconds)
    ]


def checkpoints(paths: AppPaths) -> list[Path]:
    """The checkpoints of running (or crashed) sessions in ``paths``' data folder."""
    return sorted(paths.checkpoints.glob("*.json"))
