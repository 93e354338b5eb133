"""The breathing pacer: a shape that grows on the inhale, rests on holds, shrinks on the exhale.

It asks the core's ``Pacer`` where the breath is on every frame, from the
clock it is given, and schedules its next frame only as soon as the picture
would visibly change: a step of the edge while the shape moves (about nine
frames a second however large it is drawn), one a second during a hold, none
while it cannot be seen. A frame repaints only the square the shape moves in
and, when they change, the words under it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from mat_companion.core.breathing import BreathPhase, BreathState, Pacer
from mat_companion.ui.widgets.theme import session_font
from mat_companion.ui.widgets.visibility import VisibilityWatcher

#: Elapsed pacing seconds now (the clock the pacer follows: a session's mat time, say).
Elapsed = Callable[[], float]
#: The line to show under the shape at an elapsed time ("" for none).
NoteAt = Callable[[float], str]

MIN_FRAME_MS = 33
#: How far the edge may move between frames: under two pixels still reads as smooth.
PIXELS_PER_FRAME = 1.5
#: Frames for a whole inhale or exhale at most: a large shape takes longer steps, so it
#: costs no more frames than a small one (about nine a second on a 5.5 s breath).
FRAMES_PER_TRAVEL = 48
MAX_FRAME_MS = 1000
#: The smallest shape, as a share of the largest, so the empty lungs still show.
MIN_SCALE = 0.35
#: The room kept at each side of the words.
_SIDE_MARGIN = 8


def phase_words() -> dict[BreathPhase, str]:
    """What the pacer says in each phase."""
    return {
        BreathPhase.INHALE: QCoreApplication.translate("BreathingPacerWidget", "Breathe in"),
        BreathPhase.TOP_UP: QCoreApplication.translate("BreathingPacerWidget", "A little more"),
        BreathPhase.HOLD_IN: QCoreApplication.translate("BreathingPacerWidget", "Hold"),
        BreathPhase.EXHALE: QCoreApplication.translate("BreathingPacerWidget", "Breathe out"),
        BreathPhase.HOLD_OUT: QCoreApplication.translate("BreathingPacerWidget", "Hold"),
    }


def ease(fraction: float) -> float:
    """Sine ease in and out: no jerk at the turns of the breath."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, fraction)))


def _linear(fraction: float) -> float:
    return fraction


def _mix(colour: QColor, background: QColor, amount: float) -> QColor:
    """``amount`` of ``colour`` over ``background``, as an opaque colour (cheap to fill)."""
    return QColor.fromRgbF(
        colour.redF() * amount + background.redF() * (1 - amount),
        colour.greenF() * amount + background.greenF() * (1 - amount),
        colour.blueF() * amount + background.blueF() * (1 - amount),
    )


@dataclass(frozen=True)
class _Geometry:
    """Where things go at the widget's size: worked out once, not several times a frame."""

    area: QRectF  # the shape's room
    centre: QPointF
    largest_radius: float
    words: QRectF  # the phase's word and its seconds


@dataclass(frozen=True)
class _Colours:
    """What the frame is painted in, from the palette: made once per palette."""

    background: QColor
    edge: QColor
    fill: QColor
    text: QColor


class _Note(QLabel):
    """The line under the shape, which says when it moves or resizes (the shape's room changes).

    Signals:
        placed(): its geometry or visibility changed.
    """

    placed = Signal()

    def moveEvent(self, event: QMoveEvent) -> None:
        """The shape above it has new room."""
        super().moveEvent(event)
        self.placed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The shape above it has new room."""
        super().resizeEvent(event)
        self.placed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        """The shape above it has less room."""
        super().showEvent(event)
        self.placed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        """The shape above it has more room."""
        super().hideEvent(event)
        self.placed.emit()


class BreathingPacerWidget(QWidget):
    """Draws a ``Pacer``'s state; a "reduced motion" mode shows words and a bar instead.

    The phase's word and its seconds sit under the shape, never on it, in type as
    large as the language's longest word allows at the widget's width. One line
    of words below them (``note``) says what the pacer cannot show by moving: the
    caution at the start, or that a limited pattern has handed over.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathing_pacer")
        self.setAccessibleName(self.tr("Breathing pacer"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        # Paints every pixel itself, opaque: nothing underneath needs repainting each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._pacer: Pacer | None = None
        self._elapsed: Elapsed | None = None
        self._note_at: NoteAt | None = None
        self._reduced_motion = False
        self._words = phase_words()
        self._word_font = QFont(self.font())
        self._word_height = 0.0
        self._painted = QRect()  # the square the shape was last drawn in
        self._shown_words = ""
        self._geometry: _Geometry | None = None
        self._colours: _Colours | None = None
        self._waiting = False  # shown before it starts (a session's get-ready): no words yet
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.timeout.connect(self._on_frame_timeout)
        self._visibility = VisibilityWatcher(self)
        self._visibility.changed.connect(self._on_visibility_changed)
        self.state: BreathState | None = None
        self.note = _Note()
        self.note.placed.connect(self._forget_geometry)
        self.note.setObjectName("pacer_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.note)
        self._size_fonts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The words grow with the pacer: read from the floor."""
        super().resizeEvent(event)
        self._size_fonts()
        self._forget_geometry()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the system's, or a larger one for reading) is sized again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_fonts()
            self._forget_geometry()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._colours = None

    def _size_fonts(self) -> None:
        """Fonts for this size, made here once rather than on every frame."""
        self.note.setFont(session_font(self.font(), "note", self.height()))
        font = session_font(self.font(), "word", self.height())
        widest = max(
            QFontMetricsF(font).horizontalAdvance(self._line(word, 88))
            for word in self._words.values()
        )
        room = self.width() - 2 * _SIDE_MARGIN
        if widest > room > 0:
            font.setPixelSize(max(8, math.floor(font.pixelSize() * room / widest)))
        self._word_font = font
        self._word_height = math.ceil(QFontMetricsF(font).height() * 1.3)

    @staticmethod
    def _line(word: str, seconds: int) -> str:
        return f"{word} · {seconds}"

    @property
    def word_font(self) -> QFont:
        """The font the phase's word is drawn in."""
        return QFont(self._word_font)

    def sizeHint(self) -> QSize:
        """Room for the shape at a comfortable size."""
        return QSize(280, 280)

    def set_pacer(
        self, pacer: Pacer | None, elapsed: Elapsed | None = None, note_at: NoteAt | None = None
    ) -> None:
        """Follow ``pacer`` along ``elapsed`` (None shows nothing), with ``note_at``'s line."""
        self._pacer = pacer
        self._elapsed = elapsed
        self._note_at = note_at
        self.state = None
        self.set_note(note_at(elapsed()) if note_at is not None and elapsed is not None else "")
        self._schedule(0)

    def set_note(self, words: str) -> None:
        """Show one line under the shape (an empty one hides it); the shape makes room."""
        if words == self.note.text():
            return
        self.note.setText(words)
        self.note.setAccessibleName(words)
        self.note.setVisible(bool(words))
        self._forget_geometry()

    def shape_area(self) -> QRectF:
        """Where the shape goes: all of the widget above its words and the note's line."""
        return QRectF(self._shape_geometry().area)

    def word_rect(self) -> QRectF:
        """Where the phase's word and its seconds are drawn: under the shape, the full width."""
        return QRectF(self._shape_geometry().words)

    @Slot()
    def _forget_geometry(self) -> None:
        self._geometry = None
        self.update()

    def _shape_geometry(self) -> _Geometry:
        if self._geometry is None:
            area = QRectF(self.rect())
            if not self.note.isHidden():
                area.setBottom(self.note.geometry().top())
            area.setBottom(max(area.top(), area.bottom() - self._word_height))
            words = QRectF(
                _SIDE_MARGIN, area.bottom(), self.width() - 2 * _SIDE_MARGIN, self._word_height
            )
            radius = max(0.0, min(area.width(), area.height()) / 2 - 4)
            self._geometry = _Geometry(area, area.center(), radius, words)
        return self._geometry

    def _palette_colours(self) -> _Colours:
        if self._colours is None:
            palette = self.palette()
            background = palette.color(self.backgroundRole())
            accent = QColor(palette.color(QPalette.ColorRole.Highlight))
            text = palette.color(QPalette.ColorRole.WindowText)
            self._colours = _Colours(background, accent, _mix(accent, background, 0.35), text)
        return self._colours

    def set_waiting(self, waiting: bool) -> None:
        """Shown before pacing starts: the shape at rest and no words, which would not change."""
        self._waiting = waiting
        self.update()

    def words(self) -> str:
        """The words drawn now: the phase and its whole seconds left ("" before a frame)."""
        state = self.state
        if state is None or self._waiting:
            return ""
        return self._line(self._words[state.phase], max(1, math.ceil(state.seconds_left - 1e-6)))

    def set_reduced_motion(self, reduced: bool) -> None:
        """Words and a progress bar instead of the growing shape."""
        self._reduced_motion = reduced
        self.update()

    @property
    def reduced_motion(self) -> bool:
        """Whether the reduced-motion mode is on."""
        return self._reduced_motion

    @property
    def animating(self) -> bool:
        """Whether a next frame is scheduled."""
        return self._frame.isActive()

    # Frames -------------------------------------------------------------------------------

    @Slot(bool)
    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self._schedule(0)
        else:
            self._frame.stop()

    def _schedule(self, milliseconds: int) -> None:
        if self._pacer is None or self._elapsed is None or not self._visibility.visible:
            self._frame.stop()
            self.update()
            return
        self._frame.start(milliseconds)

    @Slot()
    def _on_frame_timeout(self) -> None:
        if self._pacer is None or self._elapsed is None:
            return
        elapsed = self._elapsed()
        self.state = state = self._pacer.phase_at(elapsed)
        if self._note_at is not None:
            self.set_note(self._note_at(elapsed))
        self._update_frame()
        self._schedule(self._next_frame_ms(elapsed, state))

    def _update_frame(self) -> None:
        """Ask for a repaint of what this frame changed: the shape's square, the words."""
        if self._reduced_motion:
            self.update()
            return
        square = self._shape_square()
        self.update(square.united(self._painted))
        self._painted = square
        words = self.words()
        if words != self._shown_words:
            self._shown_words = words
            self.update(self._shape_geometry().words.toAlignedRect())

    def _shape_square(self) -> QRect:
        centre, radius = self._shape_geometry().centre, self.shape_radius() + 2
        return QRectF(
            centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius
        ).toAlignedRect()

    def _largest_radius(self) -> float:
        return self._shape_geometry().largest_radius

    def _travel_pixels(self) -> float:
        """How far the picture moves over a whole inhale or exhale."""
        if self._reduced_motion:
            return float(self.width())
        return self._largest_radius() * (1 - MIN_SCALE)

    def frame_step(self) -> float:
        """How far the edge moves between two frames, in pixels."""
        return max(PIXELS_PER_FRAME, self._travel_pixels() / FRAMES_PER_TRAVEL)

    def _next_frame_ms(self, elapsed: float, state: BreathState) -> int:
        """A frame when the edge has moved one step, or the seconds shown change: no sooner."""
        latest = min(MAX_FRAME_MS / 1000, (state.seconds_left % 1.0 or 1.0) + 0.001)
        wait = min(latest, self._seconds_to_next_step(elapsed, state))
        return max(MIN_FRAME_MS, int(wait * 1000))

    def _seconds_to_next_step(self, elapsed: float, state: BreathState) -> float:
        """When the edge will have moved one step (or the phase's end, if it will not by then).

        Within a phase the lungs fill or empty at a steady rate and the shape follows
        them eased, slowly at the turns of the breath: the moment is solved for, which
        saves about a third of the frames against assuming the fastest speed throughout.
        """
        assert self._pacer is not None
        left = state.seconds_left
        now = state.fullness
        end = self._pacer.phase_at(elapsed + max(0.0, left - 1e-4)).fullness
        travel = self._travel_pixels()
        if end == now or travel <= 0:
            return left
        shape = _linear if self._reduced_motion else ease
        target = shape(now) + math.copysign(self.frame_step() / travel, end - now)
        if not min(shape(now), shape(end)) <= target <= max(shape(now), shape(end)):
            return left
        reached = target if self._reduced_motion else math.acos(1 - 2 * target) / math.pi
        return left * (reached - now) / (end - now)

    # Painting -----------------------------------------------------------------------------

    def shape_radius(self) -> float:
        """The radius the shape is drawn at for the current state."""
        fullness = self.state.fullness if self.state is not None else 0.0
        return self._largest_radius() * (MIN_SCALE + (1 - MIN_SCALE) * ease(fullness))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The shape (or bar), and under it the phase's word and the seconds left in it."""
        painter = QPainter(self)
        colours = self._palette_colours()
        dirty = event.rect()
        painter.fillRect(dirty, colours.background)
        state = self.state
        if state is None:
            painter.end()
            return
        if self._reduced_motion:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_bar(painter, state, colours.edge)
        else:
            self._paint_disc(painter, colours.edge, colours.fill)
        words = self._shape_geometry().words
        if dirty.intersects(words.toAlignedRect()):  # most frames repaint the shape alone
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self._word_font)
            painter.setPen(colours.text)
            painter.drawText(words, Qt.AlignmentFlag.AlignCenter, self.words())
        painter.end()

    def _paint_disc(self, painter: QPainter, edge: QColor, fill: QColor) -> None:
        """The disc, filled plainly and edged smoothly: a third of the cost of a smooth fill.

        The edge's smoothed line covers the plain fill's stepped border.
        """
        centre, radius = self._shape_geometry().centre, self.shape_radius()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)

    def _paint_bar(self, painter: QPainter, state: BreathState, accent: QColor) -> None:
        area = self.shape_area()
        height = max(12.0, area.height() / 12)
        track = QRectF(8, area.bottom() - height - 8, area.width() - 16, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(track, height / 2, height / 2)
        done = QRectF(track)
        done.setWidth(track.width() * state.fullness)
        painter.setBrush(accent)
        painter.drawRoundedRect(done, height / 2, height / 2)
