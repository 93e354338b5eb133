"""The calm card after a session: the time on the mat, the check-in a tap per scale, and Done.

It takes the place of the session screen rather than opening a dialog over
it, in the session's dark colours, in large type for someone sitting up from
the floor. Every answer may be left out: Done (or Enter, or Esc) keeps the
session with whatever was tapped. The advice for a stop sign is the most
important text here, so the card scrolls rather than clip it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mat_companion.core.checkin import CheckIn
from mat_companion.core.completion import Completion
from mat_companion.core.warning_signs import advice
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.i18n.plurals import counted
from mat_companion.ui.i18n.record_labels import skin_answers
from mat_companion.ui.widgets.rating_row import RatingRow
from mat_companion.ui.widgets.theme import session_palette, set_text_style
from mat_companion.ui.widgets.together import together
from mat_companion.ui.widgets.wrapped_label import WrappedLabel

#: The card's column at most this many times its font's height wide: rows stay together.
COLUMN_EMS = 40


class CompletionCard(QScrollArea):
    """Time on the mat, the streak if shown, pain, stress and comfort by tap, skin, a note.

    Signals:
        done(): the user is finished with the card; ``answers()`` has what they gave.
    """

    done = Signal()

    def __init__(self, before: CheckIn, summary: Completion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completion_card")
        self.setAccessibleName(self.tr("Session finished"))
        self._before = before
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        column = QWidget()
        column.setObjectName("completion_column")
        layout = QVBoxLayout(column)
        layout.setSpacing(layout.spacing() * 3)  # between questions; within one, the usual
        layout.addStretch(1)
        self._build_summary(layout, summary)
        self._build_ratings(layout)
        self._build_rest(layout)
        layout.addStretch(1)
        outer = QWidget()
        row = QHBoxLayout(outer)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        column.setMaximumWidth(self.fontMetrics().height() * COLUMN_EMS)
        self.setWidget(outer)
        outer.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        # Last, so every part built above takes it: dark in any scheme, as the session screen.
        palette = session_palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Button))
        self.setPalette(palette)  # the skin choice and the note stand out as the buttons do
        self.setAutoFillBackground(True)

    def _build_summary(self, layout: QVBoxLayout, summary: Completion) -> None:
        self.time_label = QLabel(tr_core(summary.time))
        self.time_label.setObjectName("mat_time")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_style(self.time_label, "display")
        self.streak_label = QLabel()
        self.streak_label.setObjectName("streak")
        self.streak_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_style(self.streak_label, "title")
        if summary.streak is not None:
            self.streak_label.setText(
                self.tr("{days} in a row").format(days=counted(summary.streak, "day"))
            )
        self.streak_label.setVisible(summary.streak is not None)
        layout.addLayout(together(self.time_label, self.streak_label))

    def _build_ratings(self, layout: QVBoxLayout) -> None:
        self.pain_after = RatingRow(self.tr("Pain now"), 0, 10)
        self.stress_after = RatingRow(self.tr("Stress now"), 0, 10)
        self.comfort = RatingRow(self.tr("Comfort on the mat"), 1, 5)
        for row, question in (
            (self.pain_after, self.tr("&Pain now: 0 no pain, 10 worst imaginable")),
            (self.stress_after, self.tr("&Stress now: 0 no stress, 10 extreme")),
            (self.comfort, self.tr("&Comfort on the mat: 1 too intense, 5 very comfortable")),
        ):
            label = WrappedLabel(question)
            label.setBuddy(row.group.buttons()[0])
            set_text_style(label, "title")
            layout.addLayout(together(label, row))

    def _build_rest(self, layout: QVBoxLayout) -> None:
        self.skin = QComboBox()
        self.skin.setAccessibleName(self.tr("Skin and body afterwards"))
        for key, label in ((None, self.tr("not answered")), *skin_answers()):
            self.skin.addItem(label, key)
        skin_label = QLabel(self.tr("S&kin and body afterwards"))
        skin_label.setBuddy(self.skin)
        self.advice = WrappedLabel()
        self.advice.setObjectName("skin_advice")
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.hide()
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("A note, if you like"))
        layout.addLayout(together(skin_label, self.skin, self.advice, self.note))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("completion_done")
        self.done_button.setDefault(True)
        set_text_style(self.done_button, "title")
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.skin.currentIndexChanged.connect(self._on_skin_current_index_changed)
        self.done_button.clicked.connect(self.done)

    @Slot()
    def _on_skin_current_index_changed(self) -> None:
        words = advice(self.skin.currentData())
        self.advice.setText(tr_core(words) if words is not None else "")
        self.advice.setVisible(words is not None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Esc are Done from anywhere on the card (the note's Enter too)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.done.emit()
            return
        super().keyPressEvent(event)

    def answers(self) -> CheckIn:
        """The before ratings with the answers given here; what was not tapped stays empty."""
        return CheckIn(
            pain_before=self._before.pain_before,
            stress_before=self._before.stress_before,
            pain_after=self.pain_after.value(),
            stress_after=self.stress_after.value(),
            comfort=self.comfort.value(),
            skin=self.skin.currentData(),
            note=self.note.text().strip(),
        )
