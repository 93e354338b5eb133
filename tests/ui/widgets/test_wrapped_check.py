"""A check box with a long sentence lets its page be narrow: its words wrap (issue 18)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.ui.widgets.wrapped_check import WrappedCheck
from tests.ui.geometry import text_cut

SENTENCE = "&In meinem natürlichen Tempo beginnen und über zwei Minuten langsamer werden"


def test_the_words_wrap_in_a_column_narrower_than_the_sentence(qtbot: QtBot) -> None:
    one_line = QCheckBox(SENTENCE)
    check = WrappedCheck(SENTENCE)
    column = QWidget()
    QVBoxLayout(column).addWidget(check)
    qtbot.addWidget(one_line)
    qtbot.addWidget(column)
    assert column.minimumSizeHint().width() < one_line.minimumSizeHint().width() / 2
    column.resize(200, column.heightForWidth(200) if column.hasHeightForWidth() else 200)
    column.show()
    qtbot.waitExposed(column)
    qtbot.waitUntil(lambda: check.label.height() >= check.label.heightForWidth(check.label.width()))
    assert check.label.height() > 2 * check.label.fontMetrics().height(), "on several lines"
    assert text_cut(column) == []


def test_a_click_on_the_words_ticks_the_box_and_the_box_is_named_by_them(qtbot: QtBot) -> None:
    check = WrappedCheck(SENTENCE)
    qtbot.addWidget(check)
    check.show()
    qtbot.waitExposed(check)
    qtbot.mouseClick(check.label, Qt.MouseButton.LeftButton)
    assert check.box.isChecked()
    qtbot.mouseClick(check.label, Qt.MouseButton.LeftButton)
    assert not check.box.isChecked()
    assert check.box.accessibleName() == SENTENCE.removeprefix("&")
    check.box.setEnabled(False)
    qtbot.mouseClick(check.label, Qt.MouseButton.LeftButton)
    assert not check.box.isChecked()


def test_its_shortcut_ticks_the_box(qtbot: QtBot) -> None:
    check = WrappedCheck(SENTENCE)
    qtbot.addWidget(check)
    check.show()
    qtbot.waitExposed(check)
    check.activateWindow()
    qtbot.waitUntil(check.isActiveWindow)
    with qtbot.waitSignal(check.box.toggled):
        qtbot.keyClick(check, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert check.box.isChecked()
