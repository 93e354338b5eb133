"""The session screen with a limited breathing pattern: the caution, then the handover line."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.clock import FakeClock
from mat_companion.core.settings import Settings
from mat_companion.paths import AppPaths
from mat_companion.ui.breathing.pacer import BreathingPacerWidget
from tests.ui.session_helpers import advance, page_of, start_session

CAUTION = "Breathe gently, not deeply. Stop if you feel light-headed or tingly."


@pytest.fixture
def first_used(request: pytest.FixtureRequest, app_paths: AppPaths) -> int | None:
    """4-7-8 first paced this many days ago (None: never), in the settings the app loads."""
    days: int | None = request.param
    if days is not None:
        settings, _ = Settings.load(app_paths.settings_file)
        settings.pattern_first_used = {"4-7-8": date.today() - timedelta(days=days)}
        settings.save()
    return days


def next_frame(qtbot: QtBot, widget: BreathingPacerWidget) -> None:
    """The pacer's next frame now, as its timer gives it (its line is asked on every frame).

    With the clock standing still the timer waits up to a second: the test need not.
    """
    (frame,) = widget.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert frame.isActive(), "the pacer is animating"
    before = widget.state
    frame.timeout.emit()
    assert widget.state is not None and widget.state is not before


@pytest.mark.parametrize(
    ("first_used", "cycles"), [(None, 4), (3, 4), (40, 8)], indirect=["first_used"]
)
def test_the_session_screen_says_when_478_hands_over_to_gentle_breathing(
    qtbot: QtBot,
    first_used: int | None,
    context: AppContext,
    clock: FakeClock,
    cycles: int,
) -> None:
    page = page_of(context)
    page.setup.breathing.setCurrentIndex(page.setup.breathing.findData("4-7-8"))
    start_session(qtbot, context, minutes=30)
    view = page.run_view
    note = view.pacer_widget.note
    next_frame(qtbot, view.pacer_widget)
    assert note.isVisible() and note.text() == CAUTION, "the caution as the session starts"
    advance(page, clock, 20)  # on the mat: the pacer starts
    next_frame(qtbot, view.pacer_widget)
    assert note.isHidden()
    assert view.pacer is not None and view.pacer.max_breaths == cycles
    advance(page, clock, cycles * 19 - 0.5)
    next_frame(qtbot, view.pacer_widget)
    assert note.isHidden()
    assert view.pacer.phase_at(page.controller.session.mat_seconds()).breath == cycles - 1
    advance(page, clock, 1)
    next_frame(qtbot, view.pacer_widget)
    line = f"{cycles} cycles of 4-7-8 done: now breathing gently, 4 s in, 6 s out"
    assert note.isVisible() and note.text() == line
    assert view.pacer.phase_at(page.controller.session.mat_seconds()).breath == cycles
    advance(page, clock, 25 * 60)
    next_frame(qtbot, view.pacer_widget)
    assert note.text() == line, "it stays: the rest of the session is gentle breathing"
    breathing = page.controller.session.plan.breathing
    assert breathing is not None and breathing["cycle_limit"] == cycles, "kept in the history"


def test_a_pattern_without_a_limit_shows_only_the_caution(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = page_of(context)
    page.setup.breathing.setCurrentIndex(page.setup.breathing.findData("resonance"))
    start_session(qtbot, context, minutes=30)
    widget = page.run_view.pacer_widget
    next_frame(qtbot, widget)
    assert widget.note.text() == CAUTION
    for _ in range(6):
        advance(page, clock, 300)
        next_frame(qtbot, widget)
        assert widget.note.isHidden()


def test_the_setup_shows_the_caution_with_a_pattern_chosen(context: AppContext) -> None:
    setup = page_of(context).setup
    for key in ("resonance", "4-7-8", "cyclic_sigh"):
        setup.breathing.setCurrentIndex(setup.breathing.findData(key))
        assert setup.breathing_caution.isVisible()
        assert CAUTION in setup.breathing_caution.text()
    setup.breathing.setCurrentIndex(setup.breathing.findData(None))
    assert setup.breathing_caution.isHidden()


def test_a_new_second_repaints_the_clock_without_laying_the_window_out(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    """The time changes every second, and only the clock is repainted for it.

    Re-laying out the window each second (every wrapped text of every page measured
    again) was half of what a session cost the main thread.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    page = start_session(qtbot, context)
    advance(page, clock, 30)  # on the mat, the clock at 9:50 and a shape that holds to 0:00
    for _ in range(8):  # the first layout runs to the window one level per round
        QCoreApplication.sendPostedEvents()
    requests = []

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(watched.objectName())
            return False

    counter = Counter()
    for widget in (context.window, *context.window.findChildren(QWidget)):
        widget.installEventFilter(counter)
    shown = []
    for _ in range(5):
        advance(page, clock, 1.0)
        shown.append(page.run_view.time_label.text())
        QCoreApplication.sendPostedEvents()
    assert len(set(shown)) == 5, shown
    assert requests == []
