"""The setup view's small API: what the Session page asks of it instead of its widgets."""

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
