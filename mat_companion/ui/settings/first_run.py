"""The first-run wizard: what the app claims, the safety screening, and a starting point.

Every "yes" in the screening shows its advice; nothing is locked (breathing
and sound work for everyone). "None of these apply to me" answers every
question no with one click, but only when clicked: no answer is given for the
user. The answers are saved with their date and can be reviewed by running
the wizard again from Settings. Every page has one look: its title as the
heading (no page has a subtitle, which would give it a banner of its own),
one sentence under it, then its groups of controls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mat_companion.core.breath_cues import CueChoices
from mat_companion.core.safety import QUESTIONS, Experience, Screening
from mat_companion.core.settings import Settings
from mat_companion.core.stages import Stage
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.widgets.screen_fit import fitted
from mat_companion.ui.widgets.together import together
from mat_companion.ui.widgets.whole_or_scrolled import WholeOrScrolled
from mat_companion.ui.widgets.wrapped_label import WrappedLabel


class WizardPage(QWizardPage):
    """A page in the wizard's one style: the title, one sentence, then groups of controls."""

    def __init__(self, title: str, lead: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(self.body.spacing() * 3)  # between groups; within one, together's
        self.lead = WrappedLabel(lead)
        self.lead.setObjectName("lead")
        self.body.addWidget(self.lead)

    def end(self) -> None:
        """Keep the groups at the top, however tall the wizard is."""
        self.body.addStretch(1)


class IntroPage(WizardPage):
    """What the app does and does not claim."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Welcome to Mat Companion"),
            self.tr(
                "<p>Mat Companion sets up sessions that fit where you are, times them, paces "
                "your breathing and keeps your own history.</p>"
                "<p><b>What the mat may do:</b> many people find it helps them relax; small "
                "studies suggest short-term relief for some neck and back pain, and the first "
                "sting usually fades within a minute.</p>"
                "<p><b>Not shown by studies:</b> better sleep, lower stress than resting without "
                "a mat, detox, hormone or endorphin effects, lower blood pressure, or treating "
                "any disease. This app is not medical advice.</p>"
            ),
        )
        self.end()


class SafetyPage(WizardPage):
    """Nine yes/no questions; every one must be answered; a yes shows advice."""

    def __init__(self, previous: Screening | None) -> None:
        super().__init__(
            self.tr("A few safety questions"),
            self.tr("Answer each one. A yes does not lock anything: it shows advice."),
        )
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        self.advice: dict[str, QLabel] = {}
        row = 0
        for question in QUESTIONS:
            label = WrappedLabel(tr_core(question.text))
            yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
            yes.setAccessibleName(self.tr("Yes: {q}").format(q=tr_core(question.text)))
            no.setAccessibleName(self.tr("No: {q}").format(q=tr_core(question.text)))
            yes.setObjectName(f"yes_{question.key}")
            no.setObjectName(f"no_{question.key}")
            group = QButtonGroup(self)
            group.addButton(yes, 1)
            group.addButton(no, 0)
            if previous is not None:
                (yes if previous.answers[question.key] else no).setChecked(True)
            group.idToggled.connect(self._on_answer_toggled)
            advice = WrappedLabel(tr_core(question.advice))
            advice.setObjectName(f"advice_{question.key}")
            advice.setVisible(previous is not None and previous.answers[question.key])
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            grid.addWidget(advice, row + 1, 0, 1, 3)
            self.groups[question.key] = group
            self.advice[question.key] = advice
            row += 2
        grid.setColumnStretch(0, 1)
        self.none_apply = QPushButton(self.tr("None of these apply to me"))
        self.none_apply.setObjectName("none_apply")
        self.none_apply.setAccessibleName(
            self.tr("None of these apply to me: answer every question no")
        )
        self.none_apply.setAutoDefault(False)  # Enter still means Next
        self.none_apply.clicked.connect(self._on_none_apply_clicked)
        answers = together(grid, self.none_apply)
        answers.setAlignment(self.none_apply, Qt.AlignmentFlag.AlignLeft)
        answers.addStretch(1)  # the questions at the top, however tall the wizard is
        self.body.addWidget(WholeOrScrolled(answers), 1)

    @Slot()
    def _on_none_apply_clicked(self) -> None:
        """Every question no, shown on the page, where any one can still be changed."""
        for group in self.groups.values():
            no = group.button(0)
            assert no is not None
            no.setChecked(True)

    @Slot(int, bool)
    def _on_answer_toggled(self, _id: int, _checked: bool) -> None:
        for key, group in self.groups.items():
            self.advice[key].setVisible(group.checkedId() == 1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next is enabled only when every question has an answer."""
        return all(group.checkedId() in (0, 1) for group in self.groups.values())

    def answers(self) -> dict[str, bool]:
        """Yes (True) or no for each question."""
        return {key: group.checkedId() == 1 for key, group in self.groups.items()}


class ExperiencePage(WizardPage):
    """How often the user has used a mat, and the stage that suggests."""

    def __init__(self, stages: list[Stage], settings: Settings) -> None:
        super().__init__(
            self.tr("Where are you starting?"),
            self.tr("Your answer suggests a stage to start at; you can change it."),
        )
        answers = QVBoxLayout()
        self.experience = QButtonGroup(self)
        labels = {
            Experience.NEVER: self.tr("I have never used an acupressure mat"),
            Experience.SOMETIMES: self.tr("I have used one sometimes"),
            Experience.REGULARLY: self.tr("I use one regularly"),
        }
        self._experiences = tuple(Experience)
        for index, experience in enumerate(self._experiences):
            button = QRadioButton(labels[experience])
            button.setObjectName(f"experience_{experience.value}")
            self.experience.addButton(button, index)
            button.setChecked(settings.experience is experience)
            answers.addWidget(button)
        self.body.addLayout(together(answers))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Starting stage"))
        for stage in stages:
            self.stage.addItem(stage.name, stage.key)
        if settings.stage:
            self._select_stage(settings.stage)
        label = QLabel(self.tr("Suggested starting stage (you can change it):"))
        label.setBuddy(self.stage)
        self.body.addLayout(together(label, self.stage))
        self.end()
        self.experience.idToggled.connect(self._on_experience_toggled)

    def _select_stage(self, key: str) -> None:
        """Show ``key`` as the starting stage (the first one if it is not known)."""
        self.stage.setCurrentIndex(max(0, self.stage.findData(key)))

    @Slot(int, bool)
    def _on_experience_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._select_stage(self._experiences[index].stage)
        self.completeChanged.emit()

    def chosen_stage(self) -> str:
        """The stage to start at, as suggested or changed."""
        return str(self.stage.currentData())

    def isComplete(self) -> bool:
        """An answer about experience is needed to suggest a stage."""
        return self.experience.checkedId() >= 0

    def chosen_experience(self) -> Experience:
        """The answer chosen (the page is complete only with one)."""
        return self._experiences[self.experience.checkedId()]


class SoundPage(WizardPage):
    """Breath tones and overall volume; quiet by default."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            self.tr("Sound"), self.tr("Keep sound quiet, especially if you may fall asleep.")
        )
        self.tones = QCheckBox(self.tr("Breath tones: one high note in, two low notes out"))
        self.tones.setChecked(settings.cues.tones)
        self.tick = QCheckBox(self.tr("A soft tick on breath holds"))
        self.tick.setChecked(settings.cues.hold_tick)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.master_volume * 100))
        self.volume.setAccessibleName(self.tr("Volume"))
        volume = QLabel(self.tr("Volume"))
        volume.setBuddy(self.volume)
        self.body.addLayout(together(self.tones, self.tick))
        self.body.addLayout(together(volume, self.volume))
        self.end()

    def chosen_cues(self, cues: CueChoices) -> CueChoices:
        """``cues`` with the tones and the tick as chosen here."""
        return replace(cues, tones=self.tones.isChecked(), hold_tick=self.tick.isChecked())

    def chosen_volume(self) -> float:
        """The overall volume chosen, 0-1."""
        return self.volume.value() / 100


class FirstRunWizard(QWizard):
    """Saves the answers (with their date) into the settings when finished."""

    def __init__(
        self,
        stages: list[Stage],
        settings: Settings,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(fitted(self, QSize(720, 620)))
        self._settings = settings
        self._now = now
        self.intro = IntroPage()
        self.safety = SafetyPage(settings.screening)
        self.experience = ExperiencePage(stages, settings)
        self.sound = SoundPage(settings)
        for page in (self.intro, self.safety, self.experience, self.sound):
            self.addPage(page)

    def accept(self) -> None:
        """Save everything, then close."""
        settings = self._settings
        settings.screening = Screening(self.safety.answers(), self._now())
        settings.experience = self.experience.chosen_experience()
        settings.stage = self.experience.chosen_stage()
        settings.cues = self.sound.chosen_cues(settings.cues)
        settings.master_volume = self.sound.chosen_volume()
        super().accept()
