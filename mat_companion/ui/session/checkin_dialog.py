"""The check-in after a session: how it felt, what the skin shows, and a note.

The advice for a stop sign is the most important text here, so the dialog
grows to fit it at any font size and in any language rather than clip it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mat_companion.core.checkin import CheckIn
from mat_companion.core.warning_signs import advice
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.i18n.record_labels import skin_answers
from mat_companion.ui.widgets.rating import rating_box, rating_value
from mat_companion.ui.widgets.wrapped_label import WrappedLabel

#: Lines of the note box.
NOTE_LINES = 4


class CheckInDialog(QDialog):
    """Pain, stress, comfort, skin and a note; every answer may be skipped."""

    def __init__(self, before: CheckIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin_dialog")
        self.setWindowTitle(self.tr("How was it?"))
        self._before = before
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never below what fits
        form = QFormLayout()
        self.pain_after = rating_box(self.tr("Pain now (0 no pain – 10 worst imaginable)"), 0, 10)
        self.stress_after = rating_box(self.tr("Stress now (0 no stress – 10 extreme)"), 0, 10)
        form.addRow(self.tr("&Pain now (0 no pain – 10 worst imaginable)"), self.pain_after)
        form.addRow(self.tr("&Stress now (0 no stress – 10 extreme)"), self.stress_after)

        comfort_row = QHBoxLayout()
        self.comfort = QButtonGroup(self)
        labels = {1: self.tr("1 too intense"), 3: "3", 5: self.tr("5 very comfortable")}
        for value in range(1, 6):
            button = QRadioButton(labels.get(value, str(value)))
            button.setAccessibleName(self.tr("Comfort {value} of 5").format(value=value))
            self.comfort.addButton(button, value)
            comfort_row.addWidget(button)
        form.addRow(self.tr("Comfort on the mat"), comfort_row)

        self.skin = QComboBox()
        self.skin.setAccessibleName(self.tr("Skin and body afterwards"))
        for key, label in ((None, self.tr("not answered")), *skin_answers()):
            self.skin.addItem(label, key)
        form.addRow(self.tr("S&kin and body afterwards"), self.skin)
        self.advice = WrappedLabel()
        self.advice.setObjectName("skin_advice")
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.hide()
        form.addRow("", self.advice)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        frame = 2 * (self.note.frameWidth() + round(self.note.document().documentMargin()))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * NOTE_LINES + frame)
        form.addRow(self.tr("&Note"), self.note)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("Skip the questions"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.skin.currentIndexChanged.connect(self._on_skin_current_index_changed)

    @Slot()
    def _on_skin_current_index_changed(self) -> None:
        words = advice(self.skin.currentData())
        self.advice.setText(tr_core(words) if words is not None else "")
        self.advice.setVisible(words is not None)

    def answers(self) -> CheckIn:
        """The before ratings with the answers given here (all empty if skipped)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return self._before
        comfort = self.comfort.checkedId()
        return CheckIn(
            pain_before=self._before.pain_before,
            stress_before=self._before.stress_before,
            pain_after=rating_value(self.pain_after),
            stress_after=rating_value(self.stress_after),
            comfort=comfort if comfort > 0 else None,
            skin=self.skin.currentData(),
            note=self.note.toPlainText().strip(),
        )
