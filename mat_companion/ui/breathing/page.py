"""The Breathing page: the pacer on its own, with presets, your own patterns and cue choices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mat_companion.audio.output import AudioOutput
from mat_companion.core.breath_cues import CueChoices
from mat_companion.core.breathing import (
    MAX_PHASE_SECONDS,
    STEP_SECONDS,
    BreathPattern,
    Pacer,
    PatternError,
    Preset,
)
from mat_companion.core.breathing_choices import (
    PatternChoice,
    limit_today,
    page_pacer,
    pattern_choices,
    remember_first_use,
    save_custom_pattern,
)
from mat_companion.core.clock import Clock
from mat_companion.core.settings import Settings
from mat_companion.core.texts import Message
from mat_companion.ui.breathing.cues import BreathingCues, Speaker
from mat_companion.ui.breathing.pacer import BreathingPacerWidget
from mat_companion.ui.i18n.language import decimal
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.shell.pages import heading
from mat_companion.ui.widgets.wrapped_check import WrappedCheck
from mat_companion.ui.widgets.wrapped_label import WrappedLabel

_PARTS = (
    ("inhale", QT_TRANSLATE_NOOP("BreathingPage", "In")),
    ("top_up", QT_TRANSLATE_NOOP("BreathingPage", "Top-up")),
    ("hold_in", QT_TRANSLATE_NOOP("BreathingPage", "Hold in")),
    ("exhale", QT_TRANSLATE_NOOP("BreathingPage", "Out")),
    ("hold_out", QT_TRANSLATE_NOOP("BreathingPage", "Hold out")),
)


@dataclass
class BreathingServices:
    """What the Breathing page needs from the rest of the app."""

    presets: list[Preset]
    caution: str
    settings: Settings
    audio: AudioOutput
    clock: Clock
    notice: Callable[[Message], None]
    make_speaker: Callable[[], Speaker] = Speaker
    today: Callable[[], date] = date.today


#: A volume slider one can set: a pixel for each percent at least.
SLIDER_WIDTH = 100


def _volume_slider(name: str, value: float) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setMinimumWidth(SLIDER_WIDTH)
    slider.setRange(0, 100)
    slider.setValue(round(value * 100))
    slider.setAccessibleName(name)
    return slider


class BreathingPage(QWidget):
    """Preview any pattern live; Start adds the cues and ends on a whole breath."""

    def __init__(self, services: BreathingServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_breathing")
        self.setAccessibleName(self.tr("Breathing"))
        self._services = services
        settings = services.settings
        self._choices: list[PatternChoice] = []
        self._started_at = services.clock.now()
        self._running = False
        self._stop_at: float | None = None
        self.pacer: Pacer | None = None
        self.speaker: Speaker | None = None
        self._speaker_tried = False
        self.cues = BreathingCues(services.audio, settings.cues, services.clock, None, self)

        self.pacer_widget = BreathingPacerWidget()
        self.pacer_widget.set_reduced_motion(settings.reduced_motion)

        self.pattern = QComboBox()
        self.pattern.setAccessibleName(self.tr("Breathing pattern"))
        self.note = WrappedLabel()
        self.caution = WrappedLabel(f"<b>{services.caution}</b>")
        self.pace = QLabel()
        self.pace.setObjectName("breaths_per_minute")
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("start_breathing")
        self.status = QLabel()
        self.status.setObjectName("breathing_status")

        side = QVBoxLayout()
        side.addWidget(heading(self.tr("Breathing")))
        side.addWidget(self.pattern)
        side.addWidget(self.pace)
        side.addWidget(self.note)
        side.addWidget(self.caution)
        side.addWidget(self._editor())
        side.addLayout(self._options())
        side.addWidget(self._cue_box())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.start_button)
        side.addLayout(buttons)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pacer_widget, 3)
        layout.addLayout(side, 2)
        self._connect()
        self._reload_choices(settings.breathing_choice)
        self._stop_timer_id = 0

    def _editor(self) -> QGroupBox:
        """The pattern's parts in seconds, and saving it under a name."""
        editor = QGroupBox(self.tr("Pattern (seconds)"))
        grid = QGridLayout(editor)
        self.part_boxes: dict[str, QDoubleSpinBox] = {}
        for column, (name, part) in enumerate(_PARTS):
            label = QCoreApplication.translate("BreathingPage", str(part))
            box = QDoubleSpinBox()
            box.setRange(0, MAX_PHASE_SECONDS)
            box.setSingleStep(STEP_SECONDS)
            box.setDecimals(1)
            box.setAccessibleName(self.tr("{part} seconds").format(part=label))
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(box, 1, column)
            self.part_boxes[name] = box
        self.problem = WrappedLabel()
        self.problem.setObjectName("pattern_problem")
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setAccessibleName(self.tr("Save this pattern under a name"))
        # One line under the parts (in the last one's column, the button would widen it).
        below = QHBoxLayout()
        below.addWidget(self.problem, 1)
        below.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(below, 2, 0, 1, len(_PARTS))
        return editor

    def _options(self) -> QFormLayout:
        """The ramp, and how long to breathe."""
        options = QFormLayout()
        ramp = WrappedCheck(self.tr("Start at my natural pace and slow down over two minutes"))
        self.ramp = ramp.box
        self.ramp.setChecked(self._services.settings.breathing_ramp)
        options.addRow(ramp)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 60)
        self.minutes.setSpecialValueText(self.tr("until I stop"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        options.addRow(self.tr("&Length"), self.minutes)
        self.cycles = QSpinBox()
        self.cycles.setRange(0, 50)
        self.cycles.setSpecialValueText(self.tr("no limit"))
        self.cycles.setAccessibleName(self.tr("Number of breaths"))
        options.addRow(self.tr("&Breaths"), self.cycles)
        return options

    def _cue_box(self) -> QGroupBox:
        cues = QGroupBox(self.tr("Cues to follow with your eyes closed"))
        cue_grid = QGridLayout(cues)
        cue_grid.setColumnStretch(0, 3)  # the words get room before their sliders grow
        cue_grid.setColumnStretch(1, 2)
        cue_choices = self._services.settings.cues
        # Words that wrap: a long cue (German ones) leaves its slider room to be set.
        rows = (
            WrappedCheck(self.tr("One high note in, two low notes out")),
            WrappedCheck(self.tr("Soft tick on holds")),
            WrappedCheck(self.tr('Spoken words ("in", "hold", "out")')),
        )
        self.tones, self.tick, self.spoken = (row.box for row in rows)
        self.tones.setChecked(cue_choices.tones)
        self.tone_volume = _volume_slider(self.tr("Tone volume"), cue_choices.tone_volume)
        self.tick.setChecked(cue_choices.hold_tick)
        self.tick_volume = _volume_slider(self.tr("Tick volume"), cue_choices.tick_volume)
        self.spoken.setChecked(cue_choices.spoken)
        self.spoken_volume = _volume_slider(self.tr("Spoken volume"), cue_choices.spoken_volume)
        for line, (row, (_check, slider)) in enumerate(
            zip(rows, self._cue_controls(), strict=True)
        ):
            cue_grid.addWidget(row, line, 0)
            cue_grid.addWidget(slider, line, 1, Qt.AlignmentFlag.AlignTop)
        return cues

    def _cue_controls(self) -> tuple[tuple[QCheckBox, QSlider], ...]:
        return (
            (self.tones, self.tone_volume),
            (self.tick, self.tick_volume),
            (self.spoken, self.spoken_volume),
        )

    def _connect(self) -> None:
        for box in self.part_boxes.values():
            box.valueChanged.connect(self._on_part_value_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.ramp.toggled.connect(self._on_options_changed)
        for check, slider in self._cue_controls():
            check.toggled.connect(self._on_cues_changed)
            slider.valueChanged.connect(self._on_cues_changed)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.pattern.currentIndexChanged.connect(self._on_pattern_index_changed)

    def showEvent(self, event: QShowEvent) -> None:
        """Follow the reduced-motion setting, which may have changed meanwhile."""
        self.pacer_widget.set_reduced_motion(self._services.settings.reduced_motion)
        super().showEvent(event)

    # Patterns -----------------------------------------------------------------------------

    def _reload_choices(self, select: str) -> None:
        services = self._services
        self._choices = pattern_choices(services.presets, services.settings, services.today)
        self.pattern.blockSignals(True)
        self.pattern.clear()
        for choice in self._choices:
            self.pattern.addItem(choice.name, choice.key)
        index = max(0, self.pattern.findData(select))
        self.pattern.setCurrentIndex(index)
        self.pattern.blockSignals(False)
        self._on_pattern_index_changed(index)

    @property
    def choice(self) -> PatternChoice:
        """The chosen entry of the pattern list."""
        return self._choices[self.pattern.currentIndex()]

    @Slot(int)
    def _on_pattern_index_changed(self, index: int) -> None:
        if index < 0:
            return
        choice = self._choices[index]
        for name, box in self.part_boxes.items():
            box.blockSignals(True)
            box.setValue(getattr(choice.pattern, name))
            box.blockSignals(False)
        preset = choice.preset
        self.note.setText(preset.note if preset else self.tr("Your own pattern."))
        self.minutes.setValue(preset.suggested_minutes or 0 if preset else 0)
        settings = self._services.settings
        limit = limit_today(preset, settings.pattern_first_used, self._services.today())
        self.cycles.setValue(limit or 0)
        settings.breathing_choice = choice.key
        self._save_settings()
        self._preview(choice.pattern)

    @Slot()
    def _on_part_value_changed(self) -> None:
        values = {name: box.value() for name, box in self.part_boxes.items()}
        try:
            pattern = BreathPattern.from_dict(values)
        except PatternError as problem:
            message = tr_core(problem.text)
            self.problem.setText(message[:1].upper() + message[1:] + ".")
            self.save_button.setEnabled(False)
            return
        self.problem.clear()
        self.save_button.setEnabled(True)
        self._preview(pattern)

    def current_pattern(self) -> BreathPattern | None:
        """The pattern in the editor, or None while a value is invalid."""
        try:
            return BreathPattern.from_dict({n: b.value() for n, b in self.part_boxes.items()})
        except PatternError:
            return None

    @Slot()
    def _on_save_clicked(self) -> None:
        pattern = self.current_pattern()
        if pattern is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save pattern"), self.tr("Name:"))
        if ok and name.strip():
            self.save_pattern_as(name.strip())

    def save_pattern_as(self, name: str) -> None:
        """Save the editor's pattern under ``name`` (what "Save as…" does after asking)."""
        pattern = self.current_pattern()
        if pattern is not None:
            key = save_custom_pattern(self._services.settings, name, pattern)
            self._save_settings()
            self._reload_choices(key)

    # Pacing -------------------------------------------------------------------------------

    def _elapsed(self) -> float:
        return self._services.clock.now() - self._started_at

    def _make_pacer(self, pattern: BreathPattern) -> Pacer:
        breaths = self.cycles.value() if self._running else 0
        return page_pacer(pattern, ramp=self.ramp.isChecked(), breaths=breaths)

    def _preview(self, pattern: BreathPattern) -> None:
        """Show the pattern moving at once (a live preview while editing)."""
        self.pace.setText(
            self.tr("{bpm} breaths a minute").format(bpm=decimal(pattern.breaths_per_minute))
        )
        if self._running:
            return
        self._started_at = self._services.clock.now()
        self.pacer = self._make_pacer(pattern)
        self.pacer_widget.set_pacer(self.pacer, self._elapsed)

    @Slot()
    def _on_options_changed(self) -> None:
        self._services.settings.breathing_ramp = self.ramp.isChecked()
        self._save_settings()
        pattern = self.current_pattern()
        if pattern is not None:
            self._preview(pattern)

    @Slot()
    def _on_start_clicked(self) -> None:
        if self._running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        """Pace with cues, for the chosen minutes or breaths (or until stopped)."""
        pattern = self.current_pattern()
        if pattern is None:
            return
        self._running = True
        self._stop_at = None
        self._started_at = self._services.clock.now()
        self.pacer = self._make_pacer(pattern)
        self.pacer_widget.set_pacer(self.pacer, self._elapsed)
        self._ensure_speaker()
        self.cues.set_choices(self._services.settings.cues, self.speaker)
        self.cues.follow(self.pacer, self._elapsed)
        if self.minutes.value():
            self._stop_at = self.pacer.whole_breath_end(self.minutes.value() * 60)
        remember_first_use(self._services.settings, self.choice.key, self._services.today())
        self._save_settings()
        self.start_button.setText(self.tr("Stop"))
        self.status.setText(self.tr("Pacing."))
        self._stop_timer_id = self.startTimer(250)

    def stop(self) -> None:
        """Finish the breath in progress, then stop (never mid-inhale)."""
        if self.pacer is not None and self._running:
            self._stop_at = self.pacer.whole_breath_end(self._elapsed())
            self.status.setText(self.tr("Finishing this breath…"))

    def timerEvent(self, event: object) -> None:
        """Check whether the planned end (or the breath count) has come."""
        if not self._running or self.pacer is None:
            return
        elapsed = self._elapsed()
        if self.pacer.finished(elapsed) or (self._stop_at is not None and elapsed >= self._stop_at):
            self._finish()

    def _finish(self) -> None:
        self._running = False
        self.cues.stop()
        self.killTimer(self._stop_timer_id)
        self.pacer_widget.set_pacer(None)
        self.start_button.setText(self.tr("Start"))
        self.status.setText(self.tr("Done. Take a moment before you get up."))

    @property
    def running(self) -> bool:
        """Whether a paced session (with cues) is on."""
        return self._running

    # Settings -----------------------------------------------------------------------------

    def _ensure_speaker(self) -> None:
        """Load a speech engine the first time spoken cues are wanted; say so if none works."""
        if self._speaker_tried or not self.spoken.isChecked():
            return
        self._speaker_tried = True
        self.speaker = self._services.make_speaker()
        self.speaker.setParent(self)
        self.speaker.loaded.connect(self._on_speaker_loaded)

    @Slot(bool, str)
    def _on_speaker_loaded(self, ok: bool, why: str) -> None:
        """No engine works: spoken words are off, and the sentence names what to install."""
        if ok:
            return
        self.spoken.setChecked(False)
        self.spoken.setEnabled(False)
        self.spoken_volume.setEnabled(False)
        self.spoken.setText(self.tr("Spoken words: no speech engine works"))
        self.spoken.setToolTip(why)
        self._services.notice(why)

    @Slot()
    def _on_cues_changed(self) -> None:
        self._ensure_speaker()
        choices = CueChoices(
            tones=self.tones.isChecked(),
            tone_volume=self.tone_volume.value() / 100,
            hold_tick=self.tick.isChecked(),
            tick_volume=self.tick_volume.value() / 100,
            spoken=self.spoken.isChecked(),
            spoken_volume=self.spoken_volume.value() / 100,
        )
        self._services.settings.cues = choices
        self._save_settings()
        self.cues.set_choices(choices, self.speaker)

    def _save_settings(self) -> None:
        self._services.settings.save_or_tell(self._services.notice)
