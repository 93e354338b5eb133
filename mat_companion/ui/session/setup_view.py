"""Setting up a session at one glance: today's session, why, what you need, and Start.

The full setup (stage, length, where the mat is, what you wear, the bell, how
you feel before) is one click away, in a second view of the same page; Start
stays where it is in both, whatever the stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mat_companion.core.breathing import DEFAULT_PATTERN_KEY
from mat_companion.core.breathing_choices import (
    PatternChoice,
    session_breathing_record,
)
from mat_companion.core.safety import Screening, layer_rule
from mat_companion.core.stages import Stage
from mat_companion.core.texts import Text
from mat_companion.ui.breathing.caution import breathing_caution
from mat_companion.ui.i18n.language import decimal
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.i18n.record_labels import layers, positions, surfaces
from mat_companion.ui.shell.pages import heading
from mat_companion.ui.widgets.rating import rating_box, rating_value
from mat_companion.ui.widgets.steady_label import SteadyLabel
from mat_companion.ui.widgets.theme import SECTION_GAP, make_primary, set_text_style
from mat_companion.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from mat_companion.core.checkin import CheckIn
    from mat_companion.core.progression import Suggestion
    from mat_companion.core.session import SessionPlan
    from mat_companion.core.settings import LastSession


def _choices(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    for key, label in items:
        combo.addItem(label, key)


def _select(combo: QComboBox, key: Any) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _starts(widget: QObject, event: QKeyEvent) -> bool:
    """Whether ``event`` on ``widget`` starts the session rather than meaning something there.

    Enter starts from everything but a push button, which it presses. Space
    keeps its meaning on a button (press), a check box (tick) and a combo box
    (open its list: the keyboard's way to see the choices); a spin box has no
    use for it.
    """
    key = event.key()
    if key in _ENTER:
        return not isinstance(widget, QPushButton)
    keeps_space = isinstance(widget, QAbstractButton | QComboBox)
    return key == Qt.Key.Key_Space and not keeps_space


#: The setup's widest, in widths of "m": a 960 px window's page, about 100 characters of text.
_COLUMN_EMS = 70


class SessionSetupView(QWidget):
    """Builds a ``SessionPlan`` from the user's choices.

    Signals:
        start_requested(): the user pressed Start.
        repeat_requested(): the user asked to repeat the last session (R).
        stage_changed(str): another stage was picked.
        suggestion_answered(bool): the user accepted (True) or declined the suggestion.
        healed_answered(bool): after a stop sign, the user said it has gone (True) or not yet.
        mixer_requested(): the user wants to choose the ambient sound.
    """

    start_requested = Signal()
    mixer_requested = Signal()
    repeat_requested = Signal()
    stage_changed = Signal(str)
    suggestion_answered = Signal(bool)
    healed_answered = Signal(bool)

    def __init__(
        self,
        stages: list[Stage],
        patterns: list[PatternChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_setup")
        self._stages = {stage.key: stage for stage in stages}
        self._patterns = {choice.key: choice for choice in patterns}
        self._screening: Screening | None = None
        self._suggestion: Suggestion | None = None
        column = QWidget()  # a column of reading width, in the middle of a wide window
        column.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * _COLUMN_EMS)
        column.setObjectName("setup_column")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)  # the two stretches share what the column leaves: it is centred
        outer.addWidget(column, 1000)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.addWidget(heading(self.tr("Session")))
        self.safety_reminder = WrappedLabel()
        self.safety_reminder.setObjectName("safety_reminder")
        self.safety_reminder.hide()
        layout.addWidget(self.safety_reminder)
        self.glance = self._glance()
        self.details = self._full_setup(stages, patterns)
        views = QGridLayout()  # one cell, as large as the larger view: Start stays put in both
        for view in (self.glance, self.details):
            policy = view.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            view.setSizePolicy(policy)
            views.addWidget(view, 0, 0)
        self.details.hide()
        layout.addLayout(views)
        layout.addLayout(self._buttons())
        layout.addStretch(1)
        self._connect()
        self._listen_for_keys()
        self.show_suggestion(None)
        self._on_breathing_current_index_changed()
        self._on_stage_current_index_changed()

    def _glance(self) -> QWidget:
        """Today's session and why, the stage's checklist, the breathing and the sound."""
        glance = QWidget()
        glance.setObjectName("session_glance")
        column = QVBoxLayout(glance)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SECTION_GAP)
        self.today = WrappedLabel()
        self.today.setObjectName("today")
        set_text_style(self.today, "title")
        column.addWidget(self.today)
        column.addLayout(self._suggestion_area())
        self.checklist = SteadyLabel([self._checklist_of(stage) for stage in self._stages.values()])
        self.checklist.setObjectName("stage_checklist")
        column.addWidget(self.checklist)
        column.addLayout(self._choice_lines())
        column.addStretch(1)
        return glance

    def _suggestion_area(self) -> QVBoxLayout:
        """The suggestion's reason with its answers; after a stop sign, the healed question."""
        self.suggestion = WrappedLabel()
        self.suggestion.setObjectName("suggestion")
        self.accept_suggestion = QPushButton(self.tr("&Use this"))
        self.decline_suggestion = QPushButton(self.tr("Not &now"))
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.accept_suggestion)
        suggestion_row.addWidget(self.decline_suggestion)
        self.healed_question = WrappedLabel()
        self.healed_question.setObjectName("healed_question")
        self.healed_yes = QPushButton(self.tr("&Yes"))
        self.healed_yes.setObjectName("healed_yes")
        self.healed_not_yet = QPushButton(self.tr("Not y&et"))
        self.healed_not_yet.setObjectName("healed_not_yet")
        healed_row = QHBoxLayout()
        healed_row.addWidget(self.healed_question, 1)
        healed_row.addWidget(self.healed_yes)
        healed_row.addWidget(self.healed_not_yet)
        area = QVBoxLayout()  # the question takes no room while it is hidden
        area.addLayout(suggestion_row)
        area.addLayout(healed_row)
        return area

    def _choice_lines(self) -> QGridLayout:
        """The breathing and the sound, one line each, each with its Change."""
        lines = QGridLayout()
        breathing_label = QLabel(self.tr("<b>Breathing:</b>"))
        self.breathing_summary = QLabel()
        self.breathing_summary.setObjectName("breathing_summary")
        self.change_breathing = QPushButton(self.tr("Change"))
        self.change_breathing.setObjectName("change_breathing")
        self.change_breathing.setAccessibleName(self.tr("Change the breathing"))
        self.breathing_caution = QLabel(f"<b>{breathing_caution()}</b>")
        self.breathing_caution.setObjectName("breathing_caution")
        self.breathing_caution.setWordWrap(True)
        sound_label = QLabel(self.tr("<b>Sound:</b>"))
        self.sound = QLabel()
        self.sound.setObjectName("sound_summary")
        self.mixer_button = QPushButton(self.tr("Change"))
        self.mixer_button.setObjectName("open_mixer")
        self.mixer_button.setAccessibleName(self.tr("Choose the ambient sound"))
        lines.addWidget(breathing_label, 0, 0)
        lines.addWidget(self.breathing_summary, 0, 1)
        lines.addWidget(self.change_breathing, 0, 2)
        lines.addWidget(self.breathing_caution, 1, 1, 1, 3)
        lines.addWidget(sound_label, 2, 0)
        lines.addWidget(self.sound, 2, 1)
        lines.addWidget(self.mixer_button, 2, 2)
        lines.setColumnStretch(3, 1)
        return lines

    def _full_setup(self, stages: list[Stage], patterns: list[PatternChoice]) -> QWidget:
        """Every choice of the session: the view behind "Change setup…", in today's place."""
        details = QWidget()
        details.setObjectName("session_details")
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        # Spin boxes at their natural width: a number or "off" needs no 700 px.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._add_stage_row(form, stages)
        self._add_length_rows(form)
        self._add_place_rows(form)
        self._add_breathing_row(form, patterns)
        column.addLayout(form)
        column.addWidget(self._before_box())
        self.repeat_button = QPushButton(self.tr("&Repeat last session"))
        self.repeat_button.setObjectName("repeat_session")
        self.repeat_button.setToolTip(self.tr("Start the same session as last time (R)"))
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat_button)
        repeat_row.addStretch(1)
        column.addLayout(repeat_row)
        column.addStretch(1)
        return details

    def _add_stage_row(self, form: QFormLayout, stages: list[Stage]) -> None:
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        _choices(self.stage, [(s.key, s.name) for s in stages])
        form.addRow(self.tr("&Stage"), self.stage)

    def _add_length_rows(self, form: QFormLayout) -> None:
        length_row = QHBoxLayout()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Session length in minutes"))
        self.open_ended = QCheckBox(self.tr("&Open-ended (count up)"))
        length_row.addWidget(self.minutes)
        length_row.addWidget(self.open_ended)
        length_row.addStretch(1)
        length_label = QLabel(self.tr("&Length"))
        length_label.setBuddy(self.minutes)
        form.addRow(length_label, length_row)
        self.minutes_hint = QLabel()
        form.addRow("", self.minutes_hint)

    def _add_place_rows(self, form: QFormLayout) -> None:
        """Where the mat is, what is worn on it, and the interval bell."""
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Position"))
        _choices(self.position, positions())
        form.addRow(self.tr("&Position"), self.position)
        self.surface = QComboBox()
        self.surface.setAccessibleName(self.tr("Surface"))
        _choices(self.surface, surfaces())
        form.addRow(self.tr("S&urface"), self.surface)
        self.layer = QComboBox()
        self.layer.setAccessibleName(self.tr("What you wear"))
        _choices(self.layer, layers())
        form.addRow(self.tr("&Wearing"), self.layer)
        self.layer_reason = WrappedLabel()
        self.layer_reason.setObjectName("layer_reason")
        policy = self.layer_reason.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its room is kept in a box: a form drops hidden rows
        self.layer_reason.setSizePolicy(policy)
        self.layer_reason.hide()
        self._layer_reason_room = QWidget()
        room = QVBoxLayout(self._layer_reason_room)
        room.setContentsMargins(0, 0, 0, 0)
        room.addWidget(self.layer_reason)
        self._layer_reason_room.hide()
        form.addRow("", self._layer_reason_room)
        self.interval = QSpinBox()
        self.interval.setRange(0, 30)
        self.interval.setSpecialValueText(self.tr("off"))
        self.interval.setPrefix(self.tr("every "))
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setAccessibleName(self.tr("Interval bell"))
        form.addRow(self.tr("&Interval bell"), self.interval)

    def _add_breathing_row(self, form: QFormLayout, patterns: list[PatternChoice]) -> None:
        self.breathing = QComboBox()
        self.breathing.setAccessibleName(self.tr("Breathing pacer"))
        self.breathing.addItem(self.tr("No pacer"), None)
        _choices(self.breathing, [(choice.key, choice.name) for choice in patterns])
        self.breathing.setCurrentIndex(max(0, self.breathing.findData(DEFAULT_PATTERN_KEY)))
        breathing_label = QLabel(self.tr("&Breathing"))
        breathing_label.setBuddy(self.breathing)
        form.addRow(breathing_label, self.breathing)

    def _before_box(self) -> QGroupBox:
        before = QGroupBox(self.tr("How do you feel now? (optional)"))
        before_form = QFormLayout(before)
        before_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.pain_before = rating_box(
            self.tr("Pain before (0 no pain – 10 worst imaginable)"), 0, 10
        )
        self.stress_before = rating_box(self.tr("Stress before (0 no stress – 10 extreme)"), 0, 10)
        before_form.addRow(self.tr("Pain (0 no pain – 10 worst imaginable)"), self.pain_before)
        before_form.addRow(self.tr("Stress (0 no stress – 10 extreme)"), self.stress_before)
        return before

    def _buttons(self) -> QHBoxLayout:
        """Start, large, and the way to the full setup and back: in the same place in both views."""
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start session"))
        self.start_button.setObjectName("start_session")
        make_primary(self.start_button)
        self.start_button.setAccessibleName(self.tr("Start session"))
        self.start_button.setToolTip(self.tr("Start (Enter or Space)"))
        self.full_setup_button = QPushButton(self.tr("Change se&tup…"))
        self.full_setup_button.setObjectName("full_setup")
        self.full_setup_button.setCheckable(True)
        self.full_setup_button.setAccessibleName(self.tr("Change setup"))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.full_setup_button)
        buttons.addStretch(1)
        return buttons

    def _connect(self) -> None:
        self.accept_suggestion.clicked.connect(lambda: self._answer_suggestion(True))
        self.decline_suggestion.clicked.connect(lambda: self._answer_suggestion(False))
        self.healed_yes.clicked.connect(lambda: self._answer_healed(True))
        self.healed_not_yet.clicked.connect(lambda: self._answer_healed(False))
        self.open_ended.toggled.connect(self.minutes.setDisabled)
        self.position.currentIndexChanged.connect(self._on_position_current_index_changed)
        self.breathing.currentIndexChanged.connect(self._on_breathing_current_index_changed)
        self.mixer_button.clicked.connect(self.mixer_requested)
        self.change_breathing.clicked.connect(self._on_change_breathing_clicked)
        self.full_setup_button.toggled.connect(self._on_full_setup_button_toggled)
        self.open_ended.toggled.connect(self._show_today)
        self.minutes.valueChanged.connect(self._show_today)
        self.repeat_button.clicked.connect(self.repeat_requested)
        self.start_button.clicked.connect(self.start_requested)
        self.stage.currentIndexChanged.connect(self._on_stage_current_index_changed)

    @property
    def stage_key(self) -> str:
        """The stage picked now."""
        return str(self.stage.currentData())

    @property
    def pattern_key(self) -> str | None:
        """The breathing pattern picked now; None for no pacer."""
        key = self.breathing.currentData()
        return key if isinstance(key, str) else None

    def start(self) -> None:
        """Start as if Start were pressed (the launcher, Repeat)."""
        self.start_button.click()

    def set_repeatable(self, repeatable: bool) -> None:
        """Offer Repeat (R) once there is a last session to repeat."""
        self.repeat_button.setEnabled(repeatable)

    def _listen_for_keys(self) -> None:
        """Enter and Space reach ``eventFilter`` from every control before the control has them."""
        for widget in self.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter and Space start the session from wherever they mean nothing else (``_starts``).

        Enter on a push button presses it, as Space does (outside a dialog Qt leaves it unused).
        """
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if _starts(watched, event):
            self.start_button.click()
            return True
        if isinstance(watched, QPushButton) and event.key() in _ENTER:
            watched.click()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space on the page itself starts the session; R repeats the last one."""
        if _starts(self, event):
            self.start_button.click()
        elif event.text().lower() == "r" and self.repeat_button.isEnabled():
            self.repeat_button.click()
        else:
            super().keyPressEvent(event)

    @Slot(bool)
    def _on_full_setup_button_toggled(self, full: bool) -> None:
        """Show every choice, or today's session again (with what was changed)."""
        self.glance.setVisible(not full)
        self.details.setVisible(full)
        self.full_setup_button.setText(self.tr("&Done") if full else self.tr("Change se&tup…"))
        if full:
            self.stage.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # back at a glance, Enter starts (it would open the setup again)
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_glance(self) -> None:
        """Today's session at a glance, as at launch (after a session, say)."""
        self.full_setup_button.setChecked(False)

    @Slot()
    def _on_change_breathing_clicked(self) -> None:
        self.full_setup_button.setChecked(True)
        self.breathing.setFocus(Qt.FocusReason.OtherFocusReason)

    def _checklist_of(self, stage: Stage) -> str:
        return self.tr(
            "<b>Mat:</b> {mat}<br><b>Wear:</b> {wear}<br><b>Pillow:</b> {pillow}"
            "<br><i>{guidance}</i>"
        ).format(mat=stage.mat, wear=stage.wear, pillow=stage.pillow, guidance=stage.guidance)

    @Slot()
    def _show_today(self) -> None:
        """Name the session Start begins: its stage and length."""
        stage = self._stages[self.stage.currentData()].name
        self.today.setText(
            self.tr("Today: {stage}, open-ended").format(stage=stage)
            if self.open_ended.isChecked()
            else self.tr("Today: {stage}, {minutes} min").format(
                stage=stage, minutes=self.minutes.value()
            )
        )

    @Slot()
    def _on_stage_current_index_changed(self) -> None:
        stage = self._stages[self.stage.currentData()]
        self.checklist.setText(self._checklist_of(stage))
        self.minutes_hint.setText(
            self.tr("Suggested for this stage: {low}-{high} min").format(
                low=stage.min_minutes, high=stage.max_minutes
            )
        )
        self.minutes.setValue(stage.min_minutes)
        self._show_today()
        self.stage_changed.emit(stage.key)
        _select(self.surface, stage.surface)
        _select(self.position, stage.position)
        self._offer_layers(stage.layer)

    @Slot()
    def _on_position_current_index_changed(self) -> None:
        self._offer_layers(self.layer.currentData())

    def _offer_layers(self, wanted: str | None) -> None:
        """Offer the layers the screening allows where the mat is, and say why if any are out."""
        stage = self._stages[self.stage.currentData()]
        labels = dict(layers())
        rule = layer_rule(self._screening, self.position.currentData(), stage.layer, list(labels))
        self.layer.blockSignals(True)
        self.layer.clear()
        _choices(self.layer, [(key, labels[key]) for key in rule.allowed])
        _select(self.layer, rule.preselect(wanted))
        self.layer.blockSignals(False)
        if rule.reason is not None:
            self.layer_reason.setText(tr_core(rule.reason))
        self.layer_reason.setVisible(rule.reason is not None)

    def set_screening(self, screening: Screening | None) -> None:
        """Follow the safety answers (a yes may take layers away); keep the choice if allowed.

        If the answers hold a reason for some place of the mat, its line keeps its
        room while hidden, so a change of stage or position moves nothing below it.
        """
        self._screening = screening
        labels = list(dict(layers()))
        reasons = [
            rule.reason
            for key, _label in positions()
            if (rule := layer_rule(screening, key, "", labels)).reason is not None
        ]
        self.layer_reason.setText(tr_core(reasons[0]) if reasons else "")
        self._layer_reason_room.setVisible(bool(reasons))
        self._offer_layers(self.layer.currentData())

    def show_reminders(self, reminders: list[Text]) -> None:
        """Show the screening's reminders above the form (none hides the line)."""
        self.safety_reminder.setText("<br>".join(tr_core(reminder) for reminder in reminders))
        self.safety_reminder.setVisible(bool(reminders))

    @Slot()
    def _on_breathing_current_index_changed(self) -> None:
        """The caution goes with every pattern: slow paced breathing tempts one to over-breathe."""
        choice = self._patterns.get(self.breathing.currentData())
        self.breathing_caution.setVisible(choice is not None)
        self.breathing_summary.setText(
            self.tr("{pattern}, {bpm} breaths a minute").format(
                pattern=choice.name, bpm=decimal(choice.pattern.breaths_per_minute)
            )
            if choice is not None
            else self.tr("No pacer")
        )

    # Suggestions ---------------------------------------------------------------------------

    def show_suggestion(self, suggestion: Suggestion | None) -> None:
        """Show what the progression rules suggest, and why; a change can be taken or left.

        After a stop sign there is nothing to take: the advice, and the question
        whether it has gone; no session is named for today (Start stays: the
        choice is the user's).
        """
        self._suggestion = suggestion
        question = suggestion.question if suggestion is not None else None
        self.healed_question.setText(tr_core(question) if question is not None else "")
        for widget in (self.healed_question, self.healed_yes, self.healed_not_yet):
            widget.setVisible(question is not None)
        if suggestion is None:
            self.suggestion.setText(self.tr("Your suggestion appears after your first session."))
            self.accept_suggestion.hide()
            self.decline_suggestion.hide()
            self.today.show()
            return
        from mat_companion.core.progression import Kind  # loaded with the first suggestion

        self.today.setVisible(suggestion.kind is not Kind.STOP)
        self.suggestion.setText(tr_core(suggestion.reason))
        change = suggestion.kind not in (Kind.STAY, Kind.STOP)
        self.accept_suggestion.setVisible(change)
        self.decline_suggestion.setVisible(change)
        if not change and suggestion.stage == self.stage.currentData():
            self.minutes.setValue(suggestion.minutes)

    @property
    def current_suggestion(self) -> Suggestion | None:
        """The suggestion shown now."""
        return self._suggestion

    def _answer_suggestion(self, accepted: bool) -> None:
        suggestion = self._suggestion
        if suggestion is None:
            return
        if accepted:
            self.stage.blockSignals(True)
            _select(self.stage, suggestion.stage)
            self.stage.blockSignals(False)
            self._on_stage_current_index_changed()
            self.minutes.setValue(suggestion.minutes)
        self.accept_suggestion.hide()
        self.decline_suggestion.hide()
        self.suggestion_answered.emit(accepted)

    def _answer_healed(self, healed: bool) -> None:
        self.healed_yes.hide()
        self.healed_not_yet.hide()
        if not healed:
            self.healed_question.setText(self.tr("Take your time: rest from the mat until then."))
        self.healed_answered.emit(healed)

    def plan(self) -> SessionPlan:
        """The session as set up now."""
        from mat_companion.core.session import SessionPlan  # the rules load on first use

        stage = self._stages[self.stage.currentData()]
        return SessionPlan(
            duration_seconds=None if self.open_ended.isChecked() else self.minutes.value() * 60,
            stage=stage.key,
            position=self.position.currentData(),
            surface=self.surface.currentData(),
            layer=self.layer.currentData(),
            interval_bell_minutes=self.interval.value(),
            stage_max_minutes=stage.max_minutes,
            breathing=self._breathing(),
        )

    def _breathing(self) -> dict[str, object] | None:
        choice = self._patterns.get(self.breathing.currentData())
        return session_breathing_record(choice) if choice else None

    def show_sound(self, summary: str) -> None:
        """Name the ambient mix that will play."""
        self.sound.setText(summary)
        self.sound.setAccessibleName(self.tr("Ambient sound: {mix}").format(mix=summary))

    def checkin_before(self) -> CheckIn:
        """The optional ratings before the session."""
        from mat_companion.core.checkin import CheckIn

        return CheckIn(
            pain_before=rating_value(self.pain_before),
            stress_before=rating_value(self.stress_before),
        )

    def remembered(self) -> LastSession:
        """The choices to offer again next time."""
        plan = self.plan()
        return {
            "stage": plan.stage,
            "minutes": self.minutes.value(),
            "open_ended": plan.open_ended,
            "position": plan.position,
            "surface": plan.surface,
            "layer": plan.layer,
            "interval_bell_minutes": plan.interval_bell_minutes,
            "breathing": self.breathing.currentData(),
        }

    def restore(self, choices: LastSession) -> None:
        """Offer the last choices again; anything unknown is ignored."""
        _select(self.stage, choices.get("stage"))
        minutes = choices.get("minutes")
        if isinstance(minutes, int):
            self.minutes.setValue(minutes)
        self.open_ended.setChecked(choices.get("open_ended") is True)
        _select(self.position, choices.get("position"))
        _select(self.surface, choices.get("surface"))
        if "layer" in choices:
            self._offer_layers(choices["layer"])
        if "breathing" in choices:
            pattern = choices["breathing"]
            self.breathing.setCurrentIndex(
                0 if pattern is None else max(0, self.breathing.findData(pattern))
            )
        interval = choices.get("interval_bell_minutes")
        if isinstance(interval, int):
            self.interval.setValue(interval)
        self.pain_before.setValue(self.pain_before.minimum())
        self.stress_before.setValue(self.stress_before.minimum())
