"""Notices: a warning stands out, news that something worked is calm; neither hides the page."""

import logging
from collections.abc import Callable

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mat_companion.core.notices import NoticeKind
from mat_companion.ui.shell.main_window import MainWindow


def test_a_notice_has_a_row_of_its_own_and_covers_nothing(
    open_window: Callable[[], MainWindow],
) -> None:
    """Floating over the page, a warning hid the Session page's heading until dismissed."""
    window = open_window()
    window.resize(1000, 700)
    window.show_notice("A file was kept aside.")
    window.show_notice("12 sessions exported to /tmp/x.csv.", NoticeKind.INFO)
    QApplication.processEvents()
    assert window.notice_bar.isVisible()
    bar = window.notice_bar.geometry()
    assert bar.bottom() < window.stack.geometry().top(), "the page starts under the notice"
    assert bar.bottom() < window.navigation.geometry().top()
    label = window.notice_bar.label
    assert label.height() >= label.heightForWidth(label.width()), "every line shows whole"
    assert window.notice_bar.label.text().split("\n") == [
        "A file was kept aside.",
        "12 sessions exported to /tmp/x.csv.",
    ]
    window.notice_bar.dismiss()
    QApplication.processEvents()
    assert not window.notice_bar.isVisible()
    assert window.stack.geometry().top() < bar.bottom(), "the page takes the room back"


def test_the_bar_follows_the_window_width(open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    window.show_notice("A file was kept aside.")
    for width in (800, 1200):
        window.resize(width, 700)
        QApplication.processEvents()
        assert window.notice_bar.geometry().right() <= window.stack.geometry().right()
        assert window.notice_bar.width() >= window.stack.geometry().right() - 24


@pytest.mark.parametrize(
    ("kind", "level"), [(NoticeKind.INFO, logging.INFO), (NoticeKind.WARNING, logging.WARNING)]
)
def test_each_kind_is_logged_at_its_level(
    open_window: Callable[[], MainWindow],
    caplog: pytest.LogCaptureFixture,
    kind: NoticeKind,
    level: int,
) -> None:
    window = open_window()
    with caplog.at_level(logging.INFO):
        window.show_notice("Something to say.", kind)
    (record,) = [r for r in caplog.records if "Something to say." in r.getMessage()]
    assert record.levelno == level


def test_info_is_calm_and_a_warning_stands_out(open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    bar = window.notice_bar
    window.show_notice("Saved.", NoticeKind.INFO)
    calm = bar.palette().color(bar.backgroundRole())
    assert bar.property("kind") == "info"
    window.show_notice("The drive is away.")
    alarm = bar.palette().color(bar.backgroundRole())
    assert bar.property("kind") == "warning", "a warning among the lines sets the look"
    assert calm != alarm
    assert calm == window.palette().color(QPalette.ColorRole.AlternateBase)
