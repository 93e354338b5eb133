"""The card after a session: the time on the mat, the check-in by taps, Done back to the setup."""

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.checkin import CheckIn
from mat_companion.core.clock import FakeClock
from mat_companion.core.completion import Completion, mat_time
from mat_companion.core.history_schema import SKIN_WARNINGS
from mat_companion.core.warning_signs import advice
from mat_companion.paths import AppPaths
from mat_companion.ui.i18n.language import install_translations
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.session.completion_card import CompletionCard
from mat_companion.ui.session.page import SessionPage
from tests.factories import make_session
from tests.ui.session_helpers import advance, history, page_of, start_session
from tests.ui.test_accessibility import clipped, large_font, settle_layouts, unnamed

STOP_SIGNS = sorted(SKIN_WARNINGS)


def finish(qtbot: QtBot, page: SessionPage, clock: FakeClock, seconds: float) -> CompletionCard:
    """Run the session ``seconds`` past the get-ready, end it if still running, answer the bell."""
    advance(page, clock, 20 + seconds)
    assert page.controller is not None
    if not page.controller.session.ended:
        page.controller.end_early()
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    card = page.completion_card
    assert card is not None
    return card


def test_a_completed_session_ends_on_the_card_with_its_minutes(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=14)
    card = finish(qtbot, page, clock, 14 * 60)
    assert page.currentWidget() is card and card.isVisible()
    assert card.time_label.text() == "14 min on the mat"
    assert card.done_button.hasFocus(), "Enter is Done from the first look"
    assert unnamed(card) == []


def test_a_session_stopped_within_a_minute_says_seconds(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=10)
    card = finish(qtbot, page, clock, 40)
    assert card.time_label.text() == "40 s on the mat"


def test_two_taps_record_pain_and_stress_after(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    page = page_of(context)
    page.setup.pain_before.setValue(5)
    start_session(qtbot, context, minutes=1)
    card = finish(qtbot, page, clock, 60)
    qtbot.mouseClick(card.pain_after.button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.stress_after.button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    (record,) = history(app_paths)
    assert record["ratings"] == {"pain_before": 5, "pain_after": 2, "stress_after": 3}
    assert record["completed"] is True and record["actual_seconds"] == 60
    assert page.currentWidget() is page.setup and page.completion_card is None


def test_done_returns_to_todays_session_at_a_glance(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    """Started from the full setup, the card's Done went back to it (a new user's walk)."""
    page = page_of(context)
    qtbot.mouseClick(page.setup.full_setup_button, Qt.MouseButton.LeftButton)
    assert page.setup.stage.isVisible()
    start_session(qtbot, context, minutes=1)
    card = finish(qtbot, page, clock, 60)
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert page.setup.today.isVisible() and not page.setup.stage.isVisible()
    assert page.setup.start_button.hasFocus(), "Enter starts the next one"


def test_a_second_tap_changes_the_answer_and_a_tap_on_it_takes_it_back(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    page = start_session(qtbot, context, minutes=1)
    card = finish(qtbot, page, clock, 60)
    for value in (7, 4):
        qtbot.mouseClick(card.pain_after.button(value), Qt.MouseButton.LeftButton)
    assert card.pain_after.value() == 4
    assert [b.isChecked() for b in card.pain_after.group.buttons()].count(True) == 1
    qtbot.mouseClick(card.comfort.button(5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.comfort.button(5), Qt.MouseButton.LeftButton)
    assert card.comfort.value() is None
    qtbot.mouseClick(card.comfort.button(4), Qt.MouseButton.LeftButton)
    qtbot.keyClick(card.done_button, Qt.Key.Key_Return)
    (record,) = history(app_paths)
    assert record["ratings"] == {"pain_after": 4, "comfort": 4}


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape])
def test_enter_and_escape_anywhere_on_the_card_are_done(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths, key: Qt.Key
) -> None:
    page = start_session(qtbot, context, minutes=1)
    card = finish(qtbot, page, clock, 60)
    qtbot.mouseClick(card.stress_after.button(6), Qt.MouseButton.LeftButton)
    card.note.setFocus()
    qtbot.keyClicks(card.note, "warm")
    qtbot.keyClick(card.note, key)
    assert page.currentWidget() is page.setup
    (record,) = history(app_paths)
    assert record["ratings"] == {"stress_after": 6} and record["note"] == "warm"


def test_a_tap_row_takes_its_answer_from_the_keyboard(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    page = start_session(qtbot, context, minutes=1)
    card = finish(qtbot, page, clock, 60)
    card.pain_after.button(0).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert card.pain_after.value() == 2


def test_no_streak_while_streaks_are_off(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    assert context.settings.show_streaks is False, "off by default"
    page = start_session(qtbot, context, minutes=1)
    card = finish(qtbot, page, clock, 60)
    assert not card.streak_label.isVisible() and card.streak_label.text() == ""


def test_the_streak_counts_this_session_when_streaks_are_shown(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    context.settings.show_streaks = True
    context.history.add(make_session(started_at="2026-11-19T20:00:00+01:00", ended_at=None))
    page = start_session(qtbot, context, minutes=1)  # on 2026-11-20
    card = finish(qtbot, page, clock, 60)
    assert card.streak_label.isVisible()
    assert card.streak_label.text() == "2 days in a row"


# The stop signs' advice, at any font and in any language --------------------------------


@pytest.fixture(params=["English", "German"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = []
    if request.param == "German":
        before = QLocale()
        translators = install_translations(
            qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany)
        )
        assert translators, "the German translation loads"
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    if translators:
        QLocale.setDefault(before)


@pytest.fixture
def double_font() -> Iterator[None]:
    yield from large_font(2.0)


def box(widget: QWidget, card: QWidget) -> QRect:
    return QRect(widget.mapTo(card, widget.rect().topLeft()), widget.size())


def open_card(qtbot: QtBot, skin: str, streak: int | None = None) -> CompletionCard:
    card = CompletionCard(CheckIn(), Completion(mat_time(840), streak))
    qtbot.addWidget(card)
    card.resize(800, 600)
    card.show()
    qtbot.waitExposed(card)
    card.skin.setCurrentIndex(card.skin.findData(skin))
    settle_layouts()
    return card


@pytest.mark.parametrize("skin", [*STOP_SIGNS, "redness_faded"])
def test_the_advice_shows_whole_at_twice_the_font(
    qtbot: QtBot, double_font: None, language: str, skin: str
) -> None:
    card = open_card(qtbot, skin)
    words = advice(skin)
    assert words is not None
    assert card.advice.isVisible() and card.advice.text() == tr_core(words)
    assert clipped(card.widget()) == []
    label = card.advice
    assert label.height() >= label.heightForWidth(label.width()) >= 2 * label.fontMetrics().height()
    assert not box(label, card.widget()).intersects(box(card.note, card.widget()))
    card.ensureWidgetVisible(card.done_button)
    settle_layouts()
    assert card.viewport().rect().contains(box(card.done_button, card.viewport()))


def test_each_row_fits_the_card_at_800_px(qtbot: QtBot) -> None:
    card = open_card(qtbot, "none", streak=3)
    column = card.widget()
    for row in (card.pain_after, card.stress_after, card.comfort):
        buttons = [box(button, column) for button in row.group.buttons()]
        assert all(b.right() < column.width() for b in buttons), "no button cut off"
        assert all(one.right() < other.left() for one, other in pairwise(buttons))
        assert len({b.top() for b in buttons}) == 1, "one row"
    assert card.horizontalScrollBar().maximum() == 0
    widths = {b.width() for row in (card.pain_after, card.comfort) for b in row.group.buttons()}
    assert len(widths) == 1, "the values line up, also where no stylesheet applies"
    assert card.time_label.font().pointSizeF() > 2 * card.note.font().pointSizeF()
    assert card.streak_label.text() == "3 days in a row"


def test_only_the_sign_chosen_now_is_advised_and_nothing_for_clear_skin(qtbot: QtBot) -> None:
    card = open_card(qtbot, "numbness")
    assert card.advice.text().startswith("Stop using the mat until the feeling has fully")
    card.skin.setCurrentIndex(card.skin.findData("faint_or_unwell"))
    assert card.advice.text().startswith("Stop for today")
    for quiet in ("none", None):
        card.skin.setCurrentIndex(card.skin.findData(quiet))
        assert not card.advice.isVisible()


def test_the_card_lists_every_stop_sign(qtbot: QtBot) -> None:
    card = open_card(qtbot, "none")
    offered = [card.skin.itemData(index) for index in range(card.skin.count())]
    assert set(STOP_SIGNS) <= set(offered)
    assert card.skin.itemText(offered.index("bruises_lasting")) == "Bruises that last"
