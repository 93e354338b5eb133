"""View and edit one recorded session, or add one done without the app.

Every field of the record can be changed; fields this version does not know
are carried over untouched. The result is checked with the history's own
validation before it is offered back, so a bad value is named on the spot.
"""

from __future__ import annotations

import copy
import uuid
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mat_companion.core.breathing_choices import PatternChoice, breathing_record
from mat_companion.core.completion import length
from mat_companion.core.history_edit import retimed
from mat_companion.core.history_schema import Session, session_problem
from mat_companion.core.mixes import layer_label, recorded_choices
from mat_companion.core.stages import Stage
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.i18n.record_labels import layers, positions, skin_answers, surfaces
from mat_companion.ui.widgets.qt_dates import WALL_CLOCK, python_date_time, qt_date_time
from mat_companion.ui.widgets.rating import rating_box, rating_value
from mat_companion.ui.widgets.screen_fit import fitted
from mat_companion.ui.widgets.whole_or_scrolled import WholeOrScrolled

RATING_FIELDS = (
    ("pain_before", 0, 10),
    ("pain_after", 0, 10),
    ("stress_before", 0, 10),
    ("stress_after", 0, 10),
    ("comfort", 1, 5),
    ("sleep_quality", 0, 10),
)
AS_RECORDED = "as-recorded"


def new_session(stage: str, now: datetime) -> Session:
    """A session added by hand: 15 timed minutes ending now, marked as added by hand.

    Timed, as most sessions are: an open-ended one is the exception to choose.
    """
    start = now - timedelta(minutes=15)
    return {
        "id": str(uuid.uuid4()),
        "started_at": start.isoformat(timespec="seconds"),
        "ended_at": now.isoformat(timespec="seconds"),
        "actual_seconds": 15 * 60,
        "planned_seconds": 15 * 60,
        "completed": True,
        "stage": stage,
        "added_by_hand": True,
    }


def _combo(name: str, items: list[tuple[Any, str]], current: Any) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for key, label in items:
        combo.addItem(label, key)
    if current is not None and combo.findData(current) < 0:
        combo.addItem(str(current), current)  # a value a newer version wrote: keep it
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class SessionEditor(QDialog):
    """The fields of one session; ``result_session`` is the edited record."""

    def __init__(
        self,
        session: Session,
        stages: list[Stage],
        patterns: list[PatternChoice],
        *,
        adding: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_editor")
        self.setWindowTitle(self.tr("Add a session") if adding else self.tr("Session"))
        self._original = copy.deepcopy(session)
        self._patterns = {choice.key: choice for choice in patterns}
        self.result_session: Session | None = None
        fields = QWidget()
        layout = QVBoxLayout(fields)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self._add_time_rows(form, session)
        self._add_record_rows(form, session, stages)
        layout.addLayout(form)
        layout.addWidget(self._ratings_box(session))
        note_label = QLabel(self.tr("&Note"))
        self.note = QPlainTextEdit(session.get("note") or "")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        self.problem = QLabel()
        self.problem.setObjectName("editor_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        outer = QVBoxLayout(self)
        outer.addWidget(WholeOrScrolled(fields), 1)
        outer.addLayout(self._buttons())
        self.resize(fitted(self, outer.sizeHint()))

    def _not_recorded(self) -> tuple[None, str]:
        return (None, self.tr("not recorded"))

    def _add_time_rows(self, form: QFormLayout, session: Session) -> None:
        """When it started, how long it lasted, and how long it was planned to."""
        self.started = QDateTimeEdit()
        self.started.setTimeZone(WALL_CLOCK)  # the recorded time as it is, never moved
        self.started.setDateTime(qt_date_time(datetime.fromisoformat(session["started_at"])))
        self.started.setCalendarPopup(True)
        self.started.setAccessibleName(self.tr("Started"))
        form.addRow(self.tr("&Started"), self.started)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        actual = session["actual_seconds"]
        self.minutes.setValue(round(actual / 60))
        if actual and not round(actual / 60):  # "0 min" said nothing of a 21-second session
            self.minutes.setSpecialValueText(tr_core(length(actual)))
        self.minutes.setAccessibleName(self.tr("Minutes on the mat"))
        form.addRow(self.tr("&Minutes on the mat"), self.minutes)
        self.planned = QSpinBox()
        self.planned.setRange(0, 24 * 60)
        self.planned.setSuffix(self.tr(" min"))
        self.planned.setSpecialValueText(self.tr("open-ended"))
        planned = session.get("planned_seconds")
        self.planned.setValue(0 if planned is None else round(planned / 60))
        self.planned.setAccessibleName(self.tr("Planned minutes"))
        form.addRow(self.tr("&Planned"), self.planned)
        self.completed = QCheckBox(self.tr("Ran its planned time"))
        self.completed.setChecked(bool(session.get("completed")))
        form.addRow("", self.completed)

    def _add_record_rows(self, form: QFormLayout, session: Session, stages: list[Stage]) -> None:
        """The stage, where and how the mat was used, and what played."""
        not_recorded = self._not_recorded()
        self.stage = _combo(self.tr("Stage"), [(s.key, s.name) for s in stages], session["stage"])
        form.addRow(self.tr("S&tage"), self.stage)
        self.position = _combo(
            self.tr("Position"), [not_recorded, *positions()], session.get("position")
        )
        form.addRow(self.tr("P&osition"), self.position)
        self.surface = _combo(
            self.tr("Surface"), [not_recorded, *surfaces()], session.get("surface")
        )
        form.addRow(self.tr("S&urface"), self.surface)
        self.layer = _combo(
            self.tr("What you wore"), [not_recorded, *layers()], session.get("layer")
        )
        form.addRow(self.tr("&Wearing"), self.layer)
        self.breathing = self._breathing_combo(session.get("breathing"))
        form.addRow(self.tr("&Breathing"), self.breathing)
        self.ambient = self._ambient_combo(session.get("ambient") or [])
        form.addRow(self.tr("&Ambient sound"), self.ambient)

    def _ratings_box(self, session: Session) -> QGroupBox:
        ratings = QGroupBox(self.tr("How it felt"))
        grid = QFormLayout(ratings)
        recorded = session.get("ratings") or {}
        titles = {
            "pain_before": self.tr("Pain before (0 no pain – 10 worst imaginable)"),
            "pain_after": self.tr("Pain after (0 no pain – 10 worst imaginable)"),
            "stress_before": self.tr("Stress before (0 no stress – 10 extreme)"),
            "stress_after": self.tr("Stress after (0 no stress – 10 extreme)"),
            "comfort": self.tr("Comfort (1 too intense – 5 very comfortable)"),
            "sleep_quality": self.tr("Sleep that night (0 terrible – 10 excellent)"),
        }
        self.ratings: dict[str, QSpinBox] = {}
        for name, low, high in RATING_FIELDS:
            box = rating_box(titles[name], low, high)
            if name in recorded:
                box.setValue(recorded[name])
            grid.addRow(titles[name], box)
            self.ratings[name] = box
        self.skin = _combo(
            self.tr("Skin afterwards"), [self._not_recorded(), *skin_answers()], session.get("skin")
        )
        grid.addRow(self.tr("S&kin afterwards"), self.skin)
        return ratings

    def _buttons(self) -> QHBoxLayout:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        return row

    def _breathing_combo(self, recorded: dict[str, Any] | None) -> QComboBox:
        items: list[tuple[Any, str]] = [(None, self.tr("No pacer"))]
        if recorded:
            preset = recorded.get("preset")
            known = self._patterns.get(preset) if isinstance(preset, str) else None
            name = known.name if known else preset or self.tr("custom")
            items.append((AS_RECORDED, self.tr("{name} (as recorded)").format(name=name)))
        items += [(choice.key, choice.name) for choice in self._patterns.values()]
        return _combo(self.tr("Breathing pacer"), items, AS_RECORDED if recorded else None)

    def _ambient_combo(self, recorded: list[str]) -> QComboBox:
        """The app's mixes by name; other sounds recorded (a file of yours) as they were."""
        items: list[tuple[Any, str]] = [
            (names, tr_core(name)) for names, name in recorded_choices()
        ]
        chosen = next((names for names, _ in items if set(names) == set(recorded)), None)
        if chosen is None:
            chosen = tuple(recorded)
            items.append((chosen, ", ".join(tr_core(layer_label(name)) for name in recorded)))
        return _combo(self.tr("Ambient sound"), items, chosen)

    def edited(self) -> Session:
        """The record as the fields say now (not yet checked)."""
        session = retimed(
            copy.deepcopy(self._original),
            python_date_time(self.started.dateTime()),
            self.minutes.value(),
            self.planned.value(),
        )
        session["completed"] = self.completed.isChecked()
        session["stage"] = self.stage.currentData()
        for field, combo in (
            ("position", self.position),
            ("surface", self.surface),
            ("layer", self.layer),
            ("skin", self.skin),
        ):
            session[field] = combo.currentData()
        choice = self.breathing.currentData()
        if choice != AS_RECORDED:
            pattern = self._patterns.get(choice)
            session["breathing"] = breathing_record(pattern) if pattern else None
        session["ambient"] = list(self.ambient.currentData()) or None
        ratings = {name: rating_value(box) for name, box in self.ratings.items()}
        session["ratings"] = {k: v for k, v in ratings.items() if v is not None} or None
        session["note"] = self.note.toPlainText().strip() or None
        return {key: value for key, value in session.items() if value is not None}

    @Slot()
    def _on_buttons_accepted(self) -> None:
        session = self.edited()
        problem = session_problem(session)
        if problem:
            self.problem.setText(
                self.tr("This cannot be saved: {problem}.").format(problem=tr_core(problem))
            )
            self.problem.show()
            return
        self.result_session = session
        self.accept()
