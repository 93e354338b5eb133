import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from pytestqt.qtbot import QtBot

from mat_companion.core.breathing import BreathPattern, BreathPhase, Pacer
from mat_companion.core.clock import FakeClock
from mat_companion.ui.breathing.pacer import (
    MIN_SCALE,
    PIXELS_PER_FRAME,
    BreathingPacerWidget,
    ease,
    phase_words,
)

RESONANCE = BreathPattern(inhale=5.5, exhale=5.5)


@pytest.fixture
def widget(qtbot: QtBot) -> BreathingPacerWidget:
    pacer = BreathingPacerWidget()
    qtbot.addWidget(pacer)
    pacer.resize(300, 300)
    pacer.show()
    qtbot.waitExposed(pacer)
    return pacer


def render_at(widget: BreathingPacerWidget, clock: FakeClock, pacer: Pacer, at: float) -> QImage:
    start = clock.now()
    clock.advance(at)
    widget.set_pacer(pacer, lambda: clock.now() - start)
    widget._on_frame_timeout()  # one frame, now, from the fake clock
    return widget.grab().toImage()


def shape_top(image: QImage) -> int:
    """The first row from the top, down the middle column, that is not background."""
    background = QColor(image.pixel(2, 2))
    x = image.width() // 2
    for y in range(image.height()):
        if QColor(image.pixel(x, y)) != background:
            return y
    return image.height()


def largest_radius(widget: BreathingPacerWidget) -> float:
    area = widget.shape_area()
    return min(area.width(), area.height()) / 2 - 4


def test_the_shape_is_largest_at_the_inhale_peak_and_smallest_at_the_exhale_trough(
    widget: BreathingPacerWidget,
) -> None:
    clock = FakeClock(0)
    pacer = Pacer(RESONANCE)
    largest = largest_radius(widget)
    centre = widget.shape_area().center().y()
    peak = render_at(widget, clock, pacer, 5.5)
    assert widget.state is not None and widget.state.phase is BreathPhase.EXHALE
    assert centre - shape_top(peak) == pytest.approx(largest, abs=2)
    trough = render_at(widget, FakeClock(0), pacer, 11.0)
    assert widget.state.phase is BreathPhase.INHALE
    assert centre - shape_top(trough) == pytest.approx(largest * MIN_SCALE, abs=2)
    halfway = render_at(widget, FakeClock(0), pacer, 2.75)
    radius = centre - shape_top(halfway)
    assert largest * MIN_SCALE + 5 < radius < largest - 5


def test_reduced_motion_shows_a_bar_not_a_shape(widget: BreathingPacerWidget) -> None:
    widget.set_reduced_motion(True)
    image = render_at(widget, FakeClock(0), Pacer(RESONANCE), 5.5 / 2)
    background = QColor(image.pixel(2, 2))
    assert QColor(image.pixel(150, 20)) == background, "no shape above the words"
    area = widget.shape_area()
    bar_row = round(area.bottom() - 8 - max(12, area.height() / 12) / 2)
    coloured = [x for x in range(image.width()) if QColor(image.pixel(x, bar_row)) != background]
    assert coloured and min(coloured) <= 12 and max(coloured) >= 280


def test_frames_come_fast_while_moving_and_slowly_on_holds(widget: BreathingPacerWidget) -> None:
    box = Pacer(BreathPattern(inhale=4, hold_in=4, exhale=4, hold_out=4))
    clock = FakeClock(0)
    widget.set_pacer(box, clock.now)
    moving = widget._next_frame_ms(1.0, box.phase_at(1.0))
    holding = widget._next_frame_ms(5.2, box.phase_at(5.2))
    assert 33 <= moving <= 100
    assert holding >= 700


def test_each_frame_moves_the_shape_one_step_and_no_frame_is_wasted(
    widget: BreathingPacerWidget,
) -> None:
    """Over a slow breath the frames follow the eased speed: few at the turns, none idle."""
    pacer = Pacer(RESONANCE)
    widget.set_pacer(pacer, FakeClock(0).now)
    travel = largest_radius(widget) * (1 - MIN_SCALE)
    step = widget.frame_step()
    assert PIXELS_PER_FRAME <= step <= 2 * PIXELS_PER_FRAME
    radius = [travel * ease(pacer.phase_at(0.0).fullness)]
    elapsed, frames = 0.0, 0
    while elapsed < 11.0:
        elapsed += widget._next_frame_ms(elapsed, pacer.phase_at(elapsed)) / 1000
        radius.append(travel * ease(pacer.phase_at(elapsed).fullness))
        frames += 1
    steps = [abs(b - a) for a, b in zip(radius, radius[1:], strict=False)]
    assert max(steps) < 2 * step, "smooth: no frame jumps far"
    assert frames <= 2 * travel / step * 1.15, "about one frame per step"
    assert frames >= 2 * travel / step * 0.8


def test_no_frames_while_hidden(qtbot: QtBot, widget: BreathingPacerWidget) -> None:
    clock = FakeClock(0)
    widget.set_pacer(Pacer(RESONANCE), clock.now)
    assert widget.animating
    widget.hide()
    assert not widget.animating
    widget.show()
    assert widget.animating
    widget.window().showMinimized()
    qtbot.waitUntil(lambda: not widget.animating, timeout=2000)


def test_the_line_under_the_shape_follows_the_pacer_time_and_the_shape_makes_room(
    widget: BreathingPacerWidget,
) -> None:
    clock = FakeClock()
    start = clock.now()
    pacer = Pacer(BreathPattern(inhale=4, exhale=8, hold_in=7), max_breaths=1, then=RESONANCE)
    widget.set_pacer(pacer, lambda: clock.now() - start, lambda at: "moved" if at >= 19 else "")
    widget._on_frame_timeout()
    assert widget.note.isHidden()
    clock.advance(19.5)
    widget._on_frame_timeout()
    assert widget.note.isVisible() and widget.note.text() == "moved"
    assert widget.note.accessibleName() == "moved"
    assert widget.state is not None and widget.state.breath == 1
    line_top = widget.note.geometry().top()
    assert widget.height() / 2 < line_top < widget.height()
    words = widget.word_rect()
    assert widget.shape_area().center().y() + widget.shape_radius() <= words.top() <= line_top
    widget.set_pacer(None)
    assert widget.note.isHidden(), "a pacer put away takes its line with it"


@pytest.mark.parametrize(("width", "height"), [(300, 300), (410, 420), (1100, 850)])
def test_a_large_shape_costs_no_more_frames_than_a_small_one(
    qtbot: QtBot, width: int, height: int
) -> None:
    """About nine frames a second on a 5.5 s breath, however large the shape is drawn."""
    widget = BreathingPacerWidget()
    qtbot.addWidget(widget)
    widget.resize(width, height)
    pacer = Pacer(RESONANCE)
    widget.set_pacer(pacer, FakeClock(0).now)
    elapsed, frames = 0.0, 0
    while elapsed < 11.0:
        elapsed += widget._next_frame_ms(elapsed, pacer.phase_at(elapsed)) / 1000
        frames += 1
    assert 5 <= frames / 11.0 <= 11, f"{frames / 11.0:.1f} frames a second"


def pacer_in(qtbot: QtBot, width: int, height: int) -> BreathingPacerWidget:
    widget = BreathingPacerWidget()
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(("width", "height"), [(160, 160), (300, 300), (420, 380), (1100, 850)])
def test_the_words_sit_under_the_largest_shape_and_fit_their_line(
    qtbot: QtBot, width: int, height: int
) -> None:
    widget = pacer_in(qtbot, width, height)
    clock = FakeClock(0)
    render_at(widget, clock, Pacer(RESONANCE), 5.5)  # the inhale's peak: the largest shape
    words = widget.word_rect()
    assert QRectF(widget.rect()).contains(words)
    assert widget.shape_area().center().y() + widget.shape_radius() <= words.top()
    metrics = QFontMetricsF(widget.word_font)
    assert metrics.height() <= words.height()
    for phase in BreathPhase:
        line = f"{phase_words()[phase]} · 88"
        assert metrics.horizontalAdvance(line) <= words.width(), line
    assert widget.words() == "Breathe out · 6"


def test_the_words_are_large_on_a_large_pacer(qtbot: QtBot) -> None:
    small, large = pacer_in(qtbot, 300, 300), pacer_in(qtbot, 1100, 850)
    assert large.word_font.pixelSize() >= 70
    assert large.word_font.pixelSize() > 2 * small.word_font.pixelSize() > 0
