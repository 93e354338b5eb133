"""The session screen read from the floor: a large pacer, its words and the time that fit.

Issue 18, point 2: the pacer is the centre and large, its words sit under the
shape and never overflow, the time fits its ring at every length, only Pause
and End are buttons (the rest on keys and the "⋯" menu), reminders show large,
the other pages say how the session stands, and dim is black to the edge.
"""

import math
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.breathing import BreathPhase
from mat_companion.core.clock import FakeClock
from mat_companion.core.settings import ColourScheme
from mat_companion.ui.breathing.pacer import phase_words
from mat_companion.ui.session.page import SessionPage
from mat_companion.ui.session.run_view import SessionRunView
from mat_companion.ui.widgets.theme import Theme
from tests.ui.geometry import layout_faults
from tests.ui.session_helpers import advance, page_of, start_session
from tests.ui.widgets.test_theme import installed  # noqa: F401 (a fixture)

SIZES = [(800, 600), (960, 640), (1920, 1080)]


def on_the_mat(
    qtbot: QtBot, context: AppContext, size: tuple[int, int], minutes: int = 10
) -> SessionPage:
    """A session on the mat in a window of ``size``, laid out and painted once."""
    context.window.resize(*size)
    page = start_session(qtbot, context, minutes=minutes)
    assert page.controller is not None
    page.controller.skip_get_ready()
    settle(page.run_view)
    return page


def settle(view: SessionRunView) -> None:
    """Let every posted layout run, and draw one pacer frame."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()
    view.pacer_widget._on_frame_timeout()


def in_view(view: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", SIZES)
def test_the_pacer_is_the_centre_of_the_screen_and_large(
    qtbot: QtBot, context: AppContext, size: tuple[int, int]
) -> None:
    view = on_the_mat(qtbot, context, size).run_view
    pacer = view.pacer_widget
    rect = in_view(view, pacer)
    assert rect.height() >= 0.6 * view.height(), (rect, view.size())
    assert rect.width() * rect.height() >= 0.3 * view.width() * view.height()
    largest = min(pacer.shape_area().width(), pacer.shape_area().height())
    assert largest >= 0.5 * view.height(), "the shape at its fullest: half the screen's height"
    assert largest > 1.5 * view.ring.width(), "larger than the time's ring"
    centre = rect.center().x()
    assert abs(centre - view.width() / 2) <= 0.03 * view.width(), "in the middle"


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("size", [(800, 600), (1920, 1080)])
def test_the_words_sit_under_the_shape_and_fit(
    qtbot: QtBot, request: pytest.FixtureRequest, language: str, size: tuple[int, int]
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    context: AppContext = request.getfixturevalue("context")
    view = on_the_mat(qtbot, context, size).run_view
    pacer = view.pacer_widget
    words = pacer.word_rect()
    origin = pacer.mapTo(view, QPoint(0, 0))
    assert QRectF(view.rect()).contains(words.translated(origin.x(), origin.y()))
    fullest = (
        pacer.shape_area().center().y()
        + min(pacer.shape_area().width(), pacer.shape_area().height()) / 2
    )
    assert words.top() >= fullest - 4, "under the shape at its fullest, not on it"
    metrics = QFontMetricsF(pacer.word_font)
    assert pacer.word_font.pixelSize() >= 0.05 * view.height(), "large"
    texts = {phase_words()[phase] for phase in BreathPhase}
    if language == "de":
        assert "Einatmen" in texts, texts
    for text in texts:
        assert metrics.horizontalAdvance(f"{text} · 88") <= words.width(), text
    assert metrics.height() <= words.height()


def fits_the_ring(view: SessionRunView) -> None:
    label, ring = view.time_label, view.ring
    metrics = QFontMetricsF(label.font())
    wide = metrics.horizontalAdvance(label.text())
    high = metrics.ascent()  # digits stand on the baseline: no descent
    assert math.hypot(wide, high) / 2 <= ring.inner_diameter() / 2, label.text()
    assert QRect(QPoint(0, 0), ring.size()).contains(label.geometry()), label.text()
    assert wide <= label.contentsRect().width()


@pytest.mark.parametrize("size", [(800, 600), (960, 640), (1920, 1080), (1280, 800)])
def test_the_time_fits_its_ring_at_every_length(
    qtbot: QtBot, context: AppContext, size: tuple[int, int]
) -> None:
    view = on_the_mat(qtbot, context, size).run_view
    for text in ("0:45", "45:00", "9:59", "1:00:00"):
        view.time_label.setText(text)
        settle(view)
        fits_the_ring(view)
        assert view.time_label.font().pixelSize() >= 0.06 * view.height(), "read from the floor"


def test_the_time_of_a_real_hour_fits(qtbot: QtBot, context: AppContext, clock: FakeClock) -> None:
    page = on_the_mat(qtbot, context, (960, 640), minutes=60)
    assert page.run_view.time_label.text() == "1:00:00"
    fits_the_ring(page.run_view)
    advance(page, clock, 15 * 60 + 1)
    settle(page.run_view)
    assert page.run_view.time_label.text() == "44:59"
    fits_the_ring(page.run_view)


def visible_buttons(view: SessionRunView) -> list[str]:
    return [b.text() for b in view.findChildren(QPushButton) if b.isVisible()]


def test_only_pause_and_end_are_buttons_and_the_menu_does_the_rest(
    qtbot: QtBot, context: AppContext, clock: FakeClock, audio: NullAudio
) -> None:
    page = on_the_mat(qtbot, context, (960, 640))
    view = page.run_view
    session = page.controller.session  # type: ignore[union-attr]
    assert visible_buttons(view) == ["Pause", "End"]
    assert view.menu_button.isVisible() and view.menu_button.accessibleName() == "More controls"
    menu = {a.text(): a.shortcut().toString() for a in view.menu.actions() if a.isVisible()}
    assert menu == {
        "−1 min": "-",
        "+1 min": "+",
        "+5 min": "Shift+Up",
        "": "",
        "Sound off": "M",
        "Dim screen": "F",
    }
    view.more5_action.trigger()
    assert session.duration_seconds == 900  # Beginner's longest: no question yet
    view.less_action.trigger()
    assert session.duration_seconds == 840
    view.more_action.trigger()
    assert session.duration_seconds == 900
    view.mute_action.trigger()
    assert audio.muted and view.mute_action.text() == "Sound on"
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not audio.muted and view.mute_action.text() == "Sound off"
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert view.confirm_extend is not None, "past the stage's longest: asked first"
    view.confirm_extend.button(QMessageBox.StandardButton.Yes).click()
    assert session.duration_seconds == 1200
    view.dim_action.trigger()
    assert view.dimmed and view.dim_action.text() == "Normal screen"
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert not view.dimmed
    assert visible_buttons(view) == ["Pause", "End"], "nothing came back as a button"


def test_getting_ready_offers_the_one_thing_to_do_and_the_end_only_the_answer(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=1)
    view = page.run_view
    assert visible_buttons(view) == ["I'm leaning back", "Pause", "End"]
    assert view.skip_action.isVisible()
    advance(page, clock, 20 + 60)
    assert visible_buttons(view) == ["I'm awake"]
    assert not view.menu_button.isVisible()


def test_enter_on_a_focused_control_presses_it(qtbot: QtBot, context: AppContext) -> None:
    page = on_the_mat(qtbot, context, (960, 640))
    view = page.run_view
    view.pause_button.setFocus()
    qtbot.keyClick(view.pause_button, Qt.Key.Key_Return)
    assert page.controller.session.paused  # type: ignore[union-attr]


def test_the_stage_maximum_shows_large_on_the_screen(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    context.window.resize(800, 600)
    page = page_of(context)
    page.setup.open_ended.setChecked(True)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    view = page.run_view
    advance(page, clock, 20 + 15 * 60)  # Beginner: 15 minutes at most
    settle(view)
    alert = view.alert_label
    assert alert.isVisible() and alert.text().startswith("You have reached the longest session")
    qtbot.waitUntil(lambda: alert.height() >= alert.heightForWidth(alert.width()), timeout=2000)
    rect = in_view(view, alert)
    assert view.rect().contains(rect)
    assert not rect.intersects(in_view(view, view.pacer_widget)), "not over the shape"
    assert alert.font().pixelSize() > view.guidance_label.font().pixelSize()
    assert alert.font().pixelSize() > view.phase_label.font().pixelSize()
    assert alert.font().pixelSize() >= 0.045 * view.height()


def edge_colours(page: SessionPage) -> set[tuple[int, int, int]]:
    image = page.window().grab().toImage()
    w, h = image.width() - 1, image.height() - 1
    points = [(0, 0), (w, 0), (0, h), (w, h), (w // 2, 0), (w // 2, h), (0, h // 2), (w, h // 2)]
    return {image.pixelColor(x, y).getRgb()[:3] for x, y in points}  # type: ignore[misc]


def test_dim_is_black_to_every_edge(qtbot: QtBot, context: AppContext) -> None:
    page = on_the_mat(qtbot, context, (960, 640))
    assert edge_colours(page) != {(0, 0, 0)}, "not dim: the window as usual"
    qtbot.keyClick(page.run_view, Qt.Key.Key_F)
    settle(page.run_view)
    assert edge_colours(page) == {(0, 0, 0)}
    qtbot.keyClick(page.run_view, Qt.Key.Key_F)
    settle(page.run_view)
    assert edge_colours(page) != {(0, 0, 0)}


@pytest.mark.parametrize("themed", [False, True])
def test_tab_reaches_every_control_and_shows_where_it_is(
    qtbot: QtBot,
    context: AppContext,
    installed: Callable[[ColourScheme], Theme],  # noqa: F811 (the fixture imported above)
    themed: bool,
) -> None:
    from mat_companion.ui.shell.focus_style import install_focus_style

    install_focus_style(QApplication.instance())  # type: ignore[arg-type]  # as after start-up
    if themed:
        installed(ColourScheme.DARK)
    view = on_the_mat(qtbot, context, (960, 640)).run_view
    targets = [view.pause_button, view.end_button, view.menu_button]
    unfocused = {id(widget): widget.grab().toImage() for widget in targets}
    view.setFocus()
    seen: list[QWidget] = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if id(widget) in unfocused and widget not in seen:
            assert widget.grab().toImage() != unfocused[id(widget)], widget.objectName()
            seen.append(widget)
    assert len(seen) == len(targets), "Tab reached every one of them"


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("size", [(800, 600), (1920, 1080)])
def test_the_screen_is_laid_out_whole_while_getting_ready_and_on_the_mat(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    language: str,
    size: tuple[int, int],
    clock: FakeClock,
) -> None:
    """No text cut, nothing cut by its parent, nothing on something else.

    The longest words: German, lying down, three buttons while getting ready.
    """
    if language == "de":
        request.getfixturevalue("german")
    context: AppContext = request.getfixturevalue("context")
    context.window.resize(*size)
    page = page_of(context)
    page.setup.stage.setCurrentIndex(page.setup.stage.findData("intermediate"))  # lying
    page = start_session(qtbot, context)
    view = page.run_view
    settle(view)
    assert len(visible_buttons(view)) == 3
    assert layout_faults(view) == []
    advance(page, clock, 20)
    settle(view)
    assert layout_faults(view) == []


def test_a_screen_reader_hears_resume_once_paused(qtbot: QtBot, context: AppContext) -> None:
    view = on_the_mat(qtbot, context, (960, 640)).run_view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.pause_button.text() == view.pause_button.accessibleName() == "Resume"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.pause_button.accessibleName() == "Pause"


def test_the_menus_actions_live_as_long_as_the_screen_even_without_the_menu(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    """The second session of a run relabels them: one was found deleted (a walk, 4 in 6)."""
    page = on_the_mat(qtbot, context, (960, 640))
    view = page.run_view
    actions = [a for a in view.menu.actions() if not a.isSeparator()]
    assert actions and all(a.parent() is view for a in actions)
    view.menu.deleteLater()
    QCoreApplication.sendPostedEvents(None, 52)  # the menu gone (DeferredDelete)
    view.skip_action.setText("I'm on the mat")  # no "Internal C++ object already deleted"
    assert view.mute_action.shortcut().toString() == "M"


def test_while_getting_ready_the_pacer_rests_without_words(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    """'Breathe in · 6' stood still for the 20 s of the get-ready (a new user's walk)."""
    context.window.resize(960, 640)
    page = start_session(qtbot, context, minutes=10)
    view = page.run_view
    settle(view)
    assert view.pacer_widget.isVisible() and view.pacer_widget.words() == ""
    assert page.controller is not None
    page.controller.skip_get_ready()
    settle(view)
    assert view.pacer_widget.words() == "Breathe in · 6"


def test_sound_off_shows_on_the_screen(qtbot: QtBot, context: AppContext, clock: FakeClock) -> None:
    """After M nothing on the screen said the sound was off (a new user's walk)."""
    page = on_the_mat(qtbot, context, (960, 640))
    view = page.run_view
    assert view.phase_label.text() == "Settling in"
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.phase_label.text() == "Settling in · sound off"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.phase_label.text() == "Paused · sound off"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.phase_label.text() == "Settling in"


def test_the_menu_is_as_dark_as_the_screen(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    """A popup is a window of its own: the menu came up light on the dark screen (a walk)."""
    page = on_the_mat(qtbot, context, (960, 640))
    view = page.run_view
    role = QPalette.ColorRole.Window
    assert view.menu.palette().color(role) == view.palette().color(role)
    qtbot.keyClick(view, Qt.Key.Key_F)  # dim
    assert view.menu.palette().color(role) == view.palette().color(role)
