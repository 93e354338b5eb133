"""The setup view's small API: what the Session page asks of it instead of its widgets."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mat_companion.core.stages import load_stages
from mat_companion.paths import resource
from mat_companion.ui.session.setup_view import SessionSetupView

STAGES = load_stages(resource("stages.json"))


def test_the_page_asks_the_view_for_its_choices_and_to_start(qtbot: QtBot) -> None:
    setup = SessionSetupView(STAGES, [])
    qtbot.addWidget(setup)
    assert setup.stage_key == "beginner"
    setup.restore({"stage": "feet", "breathing": None})
    assert (setup.stage_key, setup.pattern_key) == ("feet", None)
    with qtbot.waitSignal(setup.start_requested):
        setup.start()


def test_repeat_is_offered_once_there_is_a_last_session(qtbot: QtBot) -> None:
    setup = SessionSetupView(STAGES, [])
    qtbot.addWidget(setup)
    setup.set_repeatable(False)
    with qtbot.assertNotEmitted(setup.repeat_requested):
        qtbot.keyClick(setup, "r")
    setup.set_repeatable(True)
    with qtbot.waitSignal(setup.repeat_requested):
        qtbot.keyClick(setup, "r")


def shown_setup(qtbot: QtBot) -> SessionSetupView:
    from mat_companion.core.breathing import load_presets
    from mat_companion.core.breathing_choices import PatternChoice

    presets, _caution = load_presets(resource("presets.json"))
    patterns = [PatternChoice(p.key, p.name, p.pattern, p) for p in presets]
    setup = SessionSetupView(STAGES, patterns)
    qtbot.addWidget(setup)
    setup.resize(960, 600)
    setup.show()
    qtbot.waitExposed(setup)
    setup.activateWindow()
    qtbot.waitUntil(setup.isActiveWindow)
    return setup


def test_at_a_glance_today_why_the_checklist_two_lines_and_start(qtbot: QtBot) -> None:
    setup = shown_setup(qtbot)
    setup.show_sound("Quiet")
    visible = [w for w in setup.findChildren(QWidget) if w.isVisible()]
    assert not [w for w in visible if isinstance(w, QComboBox | QAbstractSpinBox | QCheckBox)]
    buttons = [w.text() for w in visible if isinstance(w, QPushButton)]
    assert buttons == ["Change", "Change", "Start session", "Change se&tup…"]
    texts = [w.text() for w in visible if isinstance(w, QLabel) and w.text()]
    assert texts[:3] == ["Session", "Today: Beginner, 10 min", setup.suggestion.text()]
    assert texts[3].startswith("<b>Mat:</b> Propped behind you") and "Pillow" in texts[3]
    assert texts[4:7] == ["<b>Breathing:</b>", "Resonance, 5.5 breaths a minute", CAUTION_HTML]
    assert texts[7:] == ["<b>Sound:</b>", "Quiet"]


CAUTION_HTML = "<b>Breathe gently, not deeply. Stop if you feel light-headed or tingly.</b>"


def test_start_is_the_largest_button(qtbot: QtBot) -> None:
    setup = shown_setup(qtbot)
    start = setup.start_button
    others = [b for b in setup.findChildren(QPushButton) if b is not start]
    assert all(start.height() > b.sizeHint().height() for b in others)
    assert start.isDefault()


def test_the_full_setup_is_one_click_away_and_back(qtbot: QtBot) -> None:
    setup = shown_setup(qtbot)
    qtbot.mouseClick(setup.full_setup_button, Qt.MouseButton.LeftButton)
    assert setup.stage.isVisible() and setup.minutes.isVisible() and setup.interval.isVisible()
    assert setup.pain_before.isVisible() and setup.repeat_button.isVisible()
    assert not setup.checklist.isVisible(), "the checklist is not repeated"
    setup.minutes.setValue(13)
    qtbot.mouseClick(setup.full_setup_button, Qt.MouseButton.LeftButton)
    assert setup.today.isVisible() and setup.today.text() == "Today: Beginner, 13 min"
    assert setup.start_button.hasFocus(), "Enter now starts, not the setup again (a walk)"


def test_change_breathing_opens_the_full_setup_at_the_breathing(qtbot: QtBot) -> None:
    setup = shown_setup(qtbot)
    qtbot.mouseClick(setup.change_breathing, Qt.MouseButton.LeftButton)
    assert setup.breathing.isVisible() and setup.breathing.hasFocus()
    setup.breathing.setCurrentIndex(0)
    qtbot.mouseClick(setup.full_setup_button, Qt.MouseButton.LeftButton)
    assert setup.breathing_summary.text() == "No pacer" and not setup.breathing_caution.isVisible()


def test_spin_boxes_keep_their_natural_width(qtbot: QtBot) -> None:
    setup = shown_setup(qtbot)
    setup.resize(1300, 900)
    qtbot.mouseClick(setup.full_setup_button, Qt.MouseButton.LeftButton)
    boxes = [setup.minutes, setup.interval, setup.pain_before, setup.stress_before]
    assert [box.width() <= box.sizeHint().width() for box in boxes] == [True] * 4


def test_start_stays_put_whatever_the_stage_and_the_view(qtbot: QtBot) -> None:
    setup = shown_setup(qtbot)
    seen = set()
    for full in (False, True, False):
        qtbot.mouseClick(setup.full_setup_button, Qt.MouseButton.LeftButton)
        assert setup.full_setup_button.isChecked() is not full
        for index in range(setup.stage.count()):
            setup.stage.setCurrentIndex(index)
            QApplication.sendPostedEvents()
            seen.add((setup.start_button.mapTo(setup, QPoint(0, 0)), setup.sizeHint()))
    assert len(seen) == 1, seen


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key, keypad: bool = False) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    target = QApplication.focusWidget()
    modifier = Qt.KeyboardModifier.KeypadModifier if keypad else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, key, modifier)


ENTER_KEYS = [(Qt.Key.Key_Return, False), (Qt.Key.Key_Enter, True)]


@pytest.mark.parametrize(("key", "keypad"), [*ENTER_KEYS, (Qt.Key.Key_Space, False)])
@pytest.mark.parametrize("control", ["page", "start", "minutes", "interval", "pain"])
def test_enter_and_space_start_from_the_page_spin_boxes_and_start(
    qtbot: QtBot, control: str, key: Qt.Key, keypad: bool
) -> None:
    setup = shown_setup(qtbot)
    setup.full_setup_button.setChecked(control in ("minutes", "interval", "pain"))
    widget = {
        "page": setup,
        "start": setup.start_button,
        "minutes": setup.minutes,
        "interval": setup.interval,
        "pain": setup.pain_before,
    }[control]
    before = (setup.minutes.value(), setup.interval.value(), setup.pain_before.value())
    with qtbot.waitSignal(setup.start_requested, timeout=500):
        press(qtbot, widget, key, keypad)
    assert (setup.minutes.value(), setup.interval.value(), setup.pain_before.value()) == before


@pytest.mark.parametrize(("key", "keypad"), ENTER_KEYS)
@pytest.mark.parametrize("control", ["stage", "position", "open_ended"])
def test_enter_starts_from_a_choice_or_a_tick(
    qtbot: QtBot, control: str, key: Qt.Key, keypad: bool
) -> None:
    setup = shown_setup(qtbot)
    setup.full_setup_button.setChecked(True)
    with qtbot.waitSignal(setup.start_requested, timeout=500):
        press(qtbot, getattr(setup, control), key, keypad)
    assert not setup.open_ended.isChecked()


def test_space_ticks_a_check_box_rather_than_start(qtbot: QtBot) -> None:
    setup = shown_setup(qtbot)
    setup.full_setup_button.setChecked(True)
    with qtbot.assertNotEmitted(setup.start_requested):
        press(qtbot, setup.open_ended, Qt.Key.Key_Space)
    assert setup.open_ended.isChecked()


def test_space_opens_a_choice_list_rather_than_start(qtbot: QtBot) -> None:
    setup = shown_setup(qtbot)
    setup.full_setup_button.setChecked(True)
    with qtbot.assertNotEmitted(setup.start_requested):
        press(qtbot, setup.stage, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: setup.stage.view().isVisible())
    setup.stage.hidePopup()


@pytest.mark.parametrize(("key", "keypad"), [*ENTER_KEYS, (Qt.Key.Key_Space, False)])
def test_enter_and_space_press_a_focused_button_rather_than_start(
    qtbot: QtBot, key: Qt.Key, keypad: bool
) -> None:
    setup = shown_setup(qtbot)
    with qtbot.assertNotEmitted(setup.start_requested):
        press(qtbot, setup.full_setup_button, key, keypad)
    assert setup.stage.isVisible(), "the button was pressed: the full setup is open"


def test_start_stays_put_when_a_stage_brings_the_socks_only_reason(qtbot: QtBot) -> None:
    """After a yes to circulation problems, standing on the mat says why it is socks only."""
    from datetime import UTC, datetime

    from mat_companion.core.safety import QUESTIONS, Screening

    answers = {q.key: q.key == "circulation" for q in QUESTIONS}
    setup = shown_setup(qtbot)
    setup.set_screening(Screening(answers, datetime(2026, 11, 1, tzinfo=UTC)))
    setup.full_setup_button.setChecked(True)
    seen, reasons = set(), []
    for index in range(setup.stage.count()):
        setup.stage.setCurrentIndex(index)
        QApplication.sendPostedEvents()
        reasons.append(setup.layer_reason.isVisible())
        seen.add(setup.start_button.mapTo(setup, QPoint(0, 0)))
    assert reasons == [False, False, False, True]
    assert len(seen) == 1, seen
