"""The check-in after a session: every stop sign's advice shown whole, at any font and language."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.core.checkin import CheckIn
from mat_companion.core.warning_signs import advice
from mat_companion.ui.i18n.language import install_translations
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.session.checkin_dialog import NOTE_LINES, CheckInDialog
from tests.ui.test_accessibility import clipped, large_font, settle_layouts

STOP_SIGNS = (
    "marks_stayed",
    "broken_skin",
    "blisters",
    "numbness",
    "bruises_lasting",
    "faint_or_unwell",
)


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


def box(widget: QWidget, dialog: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def open_checkin(qtbot: QtBot, skin: str) -> CheckInDialog:
    dialog = CheckInDialog(CheckIn())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.skin.setCurrentIndex(dialog.skin.findData(skin))
    settle_layouts()
    return dialog


@pytest.mark.parametrize("skin", [*STOP_SIGNS, "redness_faded"])
def test_the_checkin_grows_to_fit_the_advice_at_twice_the_font(
    qtbot: QtBot, double_font: None, language: str, skin: str
) -> None:
    dialog = open_checkin(qtbot, skin)
    words = advice(skin)
    assert words is not None
    assert dialog.advice.isVisible() and dialog.advice.text() == tr_core(words)
    assert clipped(dialog) == []
    label = dialog.advice
    assert label.height() >= label.heightForWidth(label.width()) >= 2 * label.fontMetrics().height()
    note, buttons = box(dialog.note, dialog), box(dialog.buttons, dialog)
    assert not box(label, dialog).intersects(note), "the advice is not under the note"
    assert not note.intersects(buttons), "the note does not cover Save"
    assert buttons.bottom() < dialog.height() and note.right() < dialog.width()
    lines = dialog.note.viewport().height() // dialog.note.fontMetrics().lineSpacing()
    assert lines >= NOTE_LINES
    assert dialog.width() <= 1920 and dialog.height() <= 1200, "fits a common large screen"


def test_only_the_sign_chosen_now_is_advised_and_nothing_for_clear_skin(qtbot: QtBot) -> None:
    dialog = open_checkin(qtbot, "numbness")
    assert dialog.advice.text().startswith("Stop using the mat until the feeling has fully")
    assert "common and normal" not in dialog.advice.text()
    dialog.skin.setCurrentIndex(dialog.skin.findData("faint_or_unwell"))
    assert dialog.advice.text().startswith("Stop for today")
    for quiet in ("none", None):
        dialog.skin.setCurrentIndex(dialog.skin.findData(quiet))
        assert not dialog.advice.isVisible()


def test_the_checkin_lists_every_stop_sign(qtbot: QtBot) -> None:
    dialog = open_checkin(qtbot, "none")
    offered = [dialog.skin.itemData(index) for index in range(dialog.skin.count())]
    assert set(STOP_SIGNS) <= set(offered)
    assert dialog.skin.itemText(offered.index("bruises_lasting")) == "Bruises that last"
