from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from mat_companion.core.safety import QUESTIONS, Experience, Screening
from mat_companion.core.settings import Settings
from mat_companion.core.stages import load_stages
from mat_companion.paths import AppPaths, resource
from mat_companion.ui.settings.first_run import FirstRunWizard

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def settings(app_paths: AppPaths) -> Settings:
    return Settings.load(app_paths.settings_file)[0]


@pytest.fixture
def wizard(qtbot: QtBot, settings: Settings) -> FirstRunWizard:
    wizard = FirstRunWizard(load_stages(resource("stages.json")), settings, lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def tick(qtbot: QtBot, button: QRadioButton) -> None:
    """Click a radio button on its indicator, as a person would."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def click(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot: QtBot, wizard: FirstRunWizard, yes: set[str]) -> None:
    for question in QUESTIONS:
        group = wizard.safety.groups[question.key]
        tick(qtbot, group.button(1 if question.key in yes else 0))


def test_every_question_must_be_answered(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.safety
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    answer(qtbot, wizard, set())
    last = wizard.safety.groups[QUESTIONS[-1].key]
    last.setExclusive(False)
    last.checkedButton().setChecked(False)
    last.setExclusive(True)
    wizard.safety.completeChanged.emit()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    tick(qtbot, last.button(0))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_yes_shows_its_advice_and_locks_nothing(
    qtbot: QtBot, wizard: FirstRunWizard, settings: Settings
) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    answer(qtbot, wizard, {"circulation", "pregnant"})
    assert wizard.safety.advice["circulation"].isVisible()
    assert "avoid standing barefoot" in wizard.safety.advice["circulation"].text()
    assert wizard.safety.advice["pregnant"].text() == (
        "Please check with your doctor before using the mat."
    )
    assert not wizard.safety.advice["heart"].isVisible()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "experience needed"
    never = wizard.experience.findChild(QRadioButton, "experience_never")
    tick(qtbot, never)
    assert wizard.experience.stage.currentData() == "beginner"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.sound.volume.setValue(25)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    screening = settings.screening
    assert screening is not None and screening.answered_at == NOW
    assert screening.answers["circulation"] and screening.answers["pregnant"]
    assert not screening.answers["heart"]
    assert screening.avoid_barefoot_standing
    assert settings.experience is Experience.NEVER and settings.stage == "beginner"
    assert settings.master_volume == 0.25
    saved = settings.document()
    assert saved["experience"] == "never" and "interests" not in saved


@pytest.mark.parametrize(
    ("experience", "stage"), [("sometimes", "intermediate"), ("regularly", "advanced")]
)
def test_experience_suggests_a_starting_stage(
    qtbot: QtBot, wizard: FirstRunWizard, experience: str, stage: str
) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    answer(qtbot, wizard, set())
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    button = wizard.experience.findChild(QRadioButton, f"experience_{experience}")
    tick(qtbot, button)
    assert wizard.experience.stage.currentData() == stage


def test_reviewing_shows_the_previous_answers(qtbot: QtBot, settings: Settings) -> None:
    answers = {q.key: q.key == "fever" for q in QUESTIONS}
    settings.screening = Screening(answers, NOW)
    wizard = FirstRunWizard(load_stages(resource("stages.json")), settings, lambda: NOW)
    qtbot.addWidget(wizard)
    assert wizard.safety.isComplete()
    assert wizard.safety.groups["fever"].checkedId() == 1
    assert not wizard.safety.advice["fever"].isHidden()


def test_unusable_stored_screening_is_asked_again() -> None:
    assert Screening.from_dict({"answers": {"pregnant": True}, "answered_at": "x"}) is None
    assert Screening.from_dict("nonsense") is None


def test_none_of_these_apply_answers_every_question_no_in_one_click(
    qtbot: QtBot, wizard: FirstRunWizard, settings: Settings
) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    safety = wizard.safety
    assert {group.checkedId() for group in safety.groups.values()} == {-1}, "not a default"
    assert safety.none_apply.isVisible() and safety.none_apply.text() == "None of these apply to me"
    for question in QUESTIONS:  # the questions are still there to read
        assert safety.findChild(QRadioButton, f"no_{question.key}").isVisible()
    qtbot.mouseClick(safety.none_apply, Qt.MouseButton.LeftButton)
    assert {group.checkedId() for group in safety.groups.values()} == {0}
    assert not any(label.isVisible() for label in safety.advice.values())
    tick(qtbot, safety.groups["fever"].button(1))  # one answer changed afterwards
    assert safety.advice["fever"].isVisible()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    tick(qtbot, wizard.experience.findChild(QRadioButton, "experience_sometimes"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    screening = settings.screening
    assert screening is not None
    assert screening.answers == {q.key: q.key == "fever" for q in QUESTIONS}


def test_none_of_these_apply_overrides_a_yes_given_before(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    tick(qtbot, wizard.safety.groups["heart"].button(1))
    qtbot.mouseClick(wizard.safety.none_apply, Qt.MouseButton.LeftButton)
    assert wizard.safety.answers() == {q.key: False for q in QUESTIONS}
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def title_label(wizard: FirstRunWizard) -> QLabel:
    page = wizard.currentPage()
    (label,) = [
        label
        for label in wizard.findChildren(QLabel)
        if label.isVisible() and label.text() == page.title()
    ]
    return label


def test_every_page_has_the_same_heading_margins_and_spacing(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    looks = []
    for index in range(len(wizard.pageIds())):
        page = wizard.currentPage()
        assert page.subTitle() == "", "a subtitle gives a page a banner the others lack"
        title = title_label(wizard)
        layout = page.layout()
        first = layout.itemAt(0).widget()
        looks.append(
            (
                title.mapTo(wizard, QPoint(0, 0)).toTuple(),
                title.font().pointSizeF(),
                title.font().bold(),
                page.mapTo(wizard, QPoint(0, 0)).toTuple(),
                layout.contentsMargins().left(),
                layout.spacing(),
                first.mapTo(page, QPoint(0, 0)).y(),
            )
        )
        assert isinstance(first, QLabel) and first.text(), "each page opens with one sentence"
        if index == 1:
            qtbot.mouseClick(wizard.safety.none_apply, Qt.MouseButton.LeftButton)
        if index == 2:
            tick(qtbot, wizard.experience.findChild(QRadioButton, "experience_never"))
        if index < len(wizard.pageIds()) - 1:
            click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert len(set(looks)) == 1, looks


def test_the_areas_of_interest_are_gone(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """Nothing read them: the wizard asked and the app did nothing with the answer."""
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.mouseClick(wizard.safety.none_apply, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    texts = {box.text() for box in wizard.experience.findChildren(QCheckBox)}
    labels = {label.text() for label in wizard.experience.findChildren(QLabel)}
    assert texts == set() and "Areas of interest:" not in labels


def test_the_safety_questions_start_under_the_lead_however_tall_the_wizard(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    """Scrolled where the screen is small, they floated mid-page where it was tall (a walk)."""
    wizard.resize(720, 1000)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.safety
    QApplication.processEvents()
    first = page.findChild(QRadioButton, f"yes_{QUESTIONS[0].key}")
    assert first is not None and first.isVisible()
    gap = first.mapTo(page, QPoint(0, 0)).y() - page.lead.geometry().bottom()
    assert gap <= 3 * page.layout().spacing() + first.height(), gap
