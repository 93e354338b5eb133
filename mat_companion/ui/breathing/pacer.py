"""The breathing pacer: a shape that grows on the inhale, rests on holds, shrinks on the exhale.

It asks the core's ``Pacer`` where the breath is on every frame, from the
clock it is given, and schedules its next frame only as soon as the picture
would visibly change: up to 30 frames a second while the shape moves, about
one a second during a hold, none while it cannot be seen.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from mat_companion.core.breathing import BreathPhase, BreathState, Pacer
from mat_companion.ui.widgets.visibility import VisibilityWatcher

#: Elapsed pacing seconds now (the clock the pacer follows: a session's mat time, say).
Elapsed = Callable[[], float]
#: The line to show under the shape at an elapsed time ("" for none).
NoteAt = Callable[[float], str]

MIN_FRAME_MS = 33
#: How far the edge may move between frames: under two pixels still reads as smooth.
PIXELS_PER_FRAME = 1.5
MAX_FRAME_MS = 1000
#: The smallest shape, as a share of the largest, so the empty lungs still show.
MIN_SCALE = 0.35


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


def _mix(colour: QColor, background: QColor, amount: float) -> QColor:
    """``amount`` of ``colour`` over ``background``, as an opaque colour (cheap to fill)."""
    return QColor.fromRgbF(
        colour.redF() * amount + background.redF() * (1 - amount),
        colour.greenF() * amount + background.greenF() * (1 - amount),
        colour.blueF() * amount + background.blueF() * (1 - amount),
    )


class BreathingPacerWidget(QWidget):
    """Draws a ``Pacer``'s state; a "reduced motion" mode shows words and a bar instead.

    One line of words under the shape (``note``) says what the pacer cannot show by
    moving: the caution at the start, or that a limited pattern has handed over.
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
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.timeout.connect(self._on_frame_timeout)
        self._visibility = VisibilityWatcher(self)
        self._visibility.changed.connect(self._on_visibility_changed)
        self.state: BreathState | None = None
        self.note = QLabel()
        self.note.setObjectName("pacer_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.note)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The line grows with the pacer, as the phase word does: read from the floor."""
        super().resizeEvent(event)
        self._size_fonts()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the system's, or a larger one for reading) is sized again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_fonts()

    def _size_fonts(self) -> None:
        side = min(self.width(), self.height())
        font = QFont(self.font())
        font.setPixelSize(max(14, side // 16))
        self.note.setFont(font)
        self._word_font = QFont(self.font())  # made once here, not on every frame
        self._word_font.setPixelSize(max(14, side // 12))

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
        self.update()

    def _drawing_area(self) -> QRectF:
        """Where the shape goes: all of the widget but the note's line."""
        area = QRectF(self.rect())
        if self.note.isVisible():
            area.setBottom(self.note.geometry().top())
        return area

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
        self.state = self._pacer.phase_at(elapsed)
        if self._note_at is not None:
            self.set_note(self._note_at(elapsed))
        self.update()
        self._schedule(self._next_frame_ms(elapsed))

    def _travel_pixels(self) -> float:
        """How far the picture moves over a whole inhale or exhale."""
        if self._reduced_motion:
            return float(self.width())
        return min(self.width(), self.height()) / 2 * (1 - MIN_SCALE)

    def _edge(self, state: BreathState) -> float:
        """Where the moving edge is, in pixels: the shape's radius (eased), or the bar's end."""
        fullness = state.fullness if self._reduced_motion else ease(state.fullness)
        return self._travel_pixels() * fullness

    def _next_frame_ms(self, elapsed: float) -> int:
        """A frame when the edge has moved one step, or the seconds shown change: no sooner.

        The shape eases in and out, so it moves slowly at the turns of the breath:
        looking ahead for the moment of the next step, rather than assuming the
        fastest speed throughout, saves about a third of the frames.
        """
        assert self._pacer is not None
        pacer = self._pacer
        state = pacer.phase_at(elapsed)
        latest = min(MAX_FRAME_MS / 1000, (state.seconds_left % 1.0 or 1.0) + 0.001)
        earliest = MIN_FRAME_MS / 1000
        start = self._edge(state)

        def moved(after: float) -> bool:
            return abs(self._edge(pacer.phase_at(elapsed + after)) - start) >= PIXELS_PER_FRAME

        if latest <= earliest or moved(earliest):
            return MIN_FRAME_MS
        if not moved(latest):
            return int(latest * 1000)
        for _ in range(8):  # to within a few milliseconds of the step
            middle = (earliest + latest) / 2
            earliest, latest = (earliest, middle) if moved(middle) else (middle, latest)
        return int(latest * 1000)

    # Painting -----------------------------------------------------------------------------

    def shape_radius(self) -> float:
        """The radius the shape is drawn at for the current state."""
        fullness = self.state.fullness if self.state is not None else 0.0
        area = self._drawing_area()
        largest = max(0.0, min(area.width(), area.height()) / 2 - 4)
        return largest * (MIN_SCALE + (1 - MIN_SCALE) * ease(fullness))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The shape (or bar), the phase word and the seconds left in it."""
        painter = QPainter(self)
        palette = self.palette()
        background = palette.color(self.backgroundRole())
        painter.fillRect(event.rect(), background)
        state = self.state
        if state is None:
            painter.end()
            return
        accent = QColor(palette.color(QPalette.ColorRole.Highlight))
        if self._reduced_motion:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_bar(painter, state, accent)
        else:
            self._paint_disc(painter, accent, _mix(accent, background, 0.35))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._word_font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        seconds = max(1, math.ceil(state.seconds_left - 1e-6))
        text = f"{self._words[state.phase]}\n{seconds}"
        painter.drawText(self._drawing_area(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def _paint_disc(self, painter: QPainter, edge: QColor, fill: QColor) -> None:
        """The disc, filled plainly and edged smoothly: a third of the cost of a smooth fill.

        The edge's smoothed line covers the plain fill's stepped border.
        """
        centre, radius = self._drawing_area().center(), self.shape_radius()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)

    def _paint_bar(self, painter: QPainter, state: BreathState, accent: QColor) -> None:
        area = self._drawing_area()
        height = max(12.0, area.height() / 12)
        track = QRectF(8, area.bottom() - height - 8, area.width() - 16, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(track, height / 2, height / 2)
        done = QRectF(track)
        done.setWidth(track.width() * state.fullness)
        painter.setBrush(accent)
        painter.drawRoundedRect(done, height / 2, height / 2)
