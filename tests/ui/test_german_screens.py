"""A German walk through the running app: no English left on any screen (issue 19, point 1).

The walk opens every page, dialog, wizard page, question and session state under
a German locale and looks at what is shown (texts, tooltips, titles, accessible
names), not at the translation files, which can be complete while the screen
is not (a text lupdate could not extract, or one filed under the wrong context).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QButtonGroup, QDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.files import write_atomic
from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_transfer import export_sessions
from mat_companion.paths import AppPaths, resource
from mat_companion.ui.settings.first_run import FirstRunWizard
from mat_companion.ui.shell.error_report import make_excepthook
from mat_companion.ui.shell.recovery import offer_recovery
from tests.factories import make_session
from tests.ui.screen_texts import EnglishFinder, visible_texts
from tests.ui.session.test_page import leave_checkpoint
from tests.ui.session_helpers import Wall, advance, page_of, unguarded

#: Texts that are the same in both languages, each for a reason (also with a shortcut's &).
ALLOWED = {
    "Mat Companion": "the app's name",
    "Pause": "the same word in German (the button and the paused state)",
    "Position": "the same word in German (how you lie, sit or stand)",
    "Stress": "the same word in German (the rating)",
}


#: A decimal point in a number (5.5 s), but not in a date (22.11.26) or a version (0.1.0).
DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")


class Walk:
    """The texts seen so far, each with the first place it was seen."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def look(self, where: str) -> None:
        for found in visible_texts():
            self.seen.setdefault(found, where)

    def english_numbers(self) -> dict[str, str]:
        """Texts with a number written the English way (5.5), not as German writes it (5,5)."""
        return {found: where for found, where in self.seen.items() if DECIMAL_POINT.search(found)}

    def english(self) -> dict[str, str]:
        finder = EnglishFinder(resource("translations", "mat_companion_de.ts"), set(ALLOWED))
        return {found: where for found, where in self.seen.items() if finder.is_english(found)}


def seed(paths: AppPaths) -> None:
    paths.data.mkdir(parents=True, exist_ok=True)
    sessions = [
        make_session(started_at=f"2026-11-{day:02d}T20:00:00+01:00", ended_at=None, note=None)
        for day in range(5, 20)
    ]
    write_atomic(paths.history_file, serialise_history(sessions))


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


@pytest.fixture
def walk(qtbot: QtBot, german: None, tmp_path: Path) -> Iterator[tuple[Walk, AppContext]]:
    paths = AppPaths.under(tmp_path / "data")
    seed(paths)
    clock = FakeClock()
    context = AppContext(paths, clock=clock, audio=NullAudio(), wall_clock=Wall(clock))
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    qtbot.waitExposed(context.window)
    yield Walk(), context
    controller = page_of(context).controller
    if controller is not None:
        controller.close()


def visit_pages(walk: Walk, context: AppContext) -> None:
    window = context.window
    for key in ("session", "breathing", "progress", "history", "settings"):
        window.show_page(key)
        walk.look(key)
    window.show_page("session")
    setup = page_of(context).setup
    for index in range(setup.stage.count()):
        setup.stage.setCurrentIndex(index)
        for position in range(setup.position.count()):
            setup.position.setCurrentIndex(position)
            walk.look(f"session setup, {setup.stage.currentText()}")
    breathing = window.page("breathing")
    window.show_page("breathing")
    for index in range(breathing.pattern.count()):  # type: ignore[attr-defined]
        breathing.pattern.setCurrentIndex(index)  # type: ignore[attr-defined]
        walk.look("breathing")
    breathing.start_button.click()  # type: ignore[attr-defined]
    walk.look("breathing, pacing")
    breathing.stop()  # type: ignore[attr-defined]
    history = window.page("history")
    window.show_page("history")
    history.search.setText("beginner")  # type: ignore[attr-defined]
    history.search.setText("nothing like this")  # type: ignore[attr-defined]
    walk.look("history, filtered")
    history.search.clear()  # type: ignore[attr-defined]


def visit_session(walk: Walk, context: AppContext, qtbot: QtBot) -> None:
    window = context.window
    window.show_page("session")
    page = page_of(context)
    page.setup.minutes.setValue(1)
    page.setup.start_button.click()
    walk.look("get ready")
    clock = context.clock
    assert isinstance(clock, FakeClock)
    advance(page, clock, 25)
    walk.look("running")
    page.run_view.pause_button.click()
    walk.look("paused")
    page.run_view.pause_button.click()
    page.run_view.mute_action.trigger()
    page.run_view.dim_action.trigger()
    walk.look("running, muted and dimmed")
    page.run_view.toggle_dim()
    page.run_view.more5_action.trigger()
    walk.look("asked to extend")
    close_dialogs()
    page.request_end()
    walk.look("asked to end")
    close_dialogs()
    window.close()
    walk.look("closing during a session")
    close_dialogs()
    advance(page, clock, 60)
    walk.look("completion")
    page.run_view.awake_button.click()
    walk.look("check-in")
    checkin = page.completion_card
    assert checkin is not None
    for index in range(checkin.skin.count()):
        checkin.skin.setCurrentIndex(index)
        walk.look("check-in, each skin answer")
    checkin.done_button.click()


def visit_dialogs(walk: Walk, context: AppContext) -> None:
    window = context.window
    window.about_action.trigger()
    walk.look("about")
    close_dialogs()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.done(0)
    window.show_page("session")
    page_of(context).open_mixer()
    walk.look("sound mixer")
    close_dialogs()
    wizard = context.open_first_run()
    assert isinstance(wizard, FirstRunWizard)
    for page in (wizard.intro, wizard.safety, wizard.experience, wizard.sound):
        assert wizard.currentPage() is page
        walk.look("first run")
        for group in (*page.findChildren(QButtonGroup),):
            group.buttons()[0].setChecked(True)
        walk.look("first run, answered")
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    window.show_page("session")
    walk.look("session setup after a screening of every yes")
    close_dialogs()
    history = window.page("history")
    window.show_page("history")
    history.table.selectRow(0)  # type: ignore[attr-defined]
    history.open_selected()  # type: ignore[attr-defined]
    walk.look("record editor")
    close_dialogs()
    history.delete_button.click()  # type: ignore[attr-defined]
    walk.look("asked to delete")
    history.confirm_delete.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]
    walk.look("a notice")


def visit_trouble(walk: Walk, context: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "import.csv"
    good = export_sessions([make_session(), make_session()], "csv").decode()
    header, first, second = good.splitlines()
    bad.write_text("\n".join((header, first, second.replace("2026-11-20", "not a date"))))
    history = context.window.page("history")
    history.import_from(bad)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: history.confirm_import is not None)  # type: ignore[attr-defined]
    walk.look("asked to import")
    close_dialogs()
    leave_checkpoint(context.paths, 470.0)
    offer_recovery(context.recovery_services())
    walk.look("recovery")
    close_dialogs()
    make_excepthook(tmp_path / "log.txt")(ValueError, ValueError("x"), None)
    walk.look("error report")
    close_dialogs()
    context.show_tray()
    if context.tray is not None:
        walk.seen.setdefault(context.tray.icon.toolTip(), "tray")
        for action in context.tray.icon.contextMenu().actions():
            walk.seen.setdefault(action.text(), "tray menu")


def test_no_english_is_left_on_a_german_screen(
    qtbot: QtBot, walk: tuple[Walk, AppContext], tmp_path: Path
) -> None:
    seen, context = walk
    visit_pages(seen, context)
    visit_session(seen, context, qtbot)
    visit_dialogs(seen, context)
    visit_trouble(seen, context, qtbot, tmp_path)
    english = seen.english()
    print(f"{len(seen.seen)} texts seen")
    assert len(seen.seen) > 350, "the walk saw every screen"
    listed = "\n".join(f"{where}: {found!r}" for found, where in sorted(english.items()))
    assert english == {}, f"{len(english)} English texts on German screens:\n{listed}"
    assert seen.english_numbers() == {}


def test_the_finder_knows_english_inside_a_german_template(german: None) -> None:
    finder = EnglishFinder(resource("translations", "mat_companion_de.ts"), set(ALLOWED))
    assert finder.is_english("Start session")
    assert not finder.is_english("Sitzung beginnen")
    assert finder.is_english("Hold in in Sekunden"), "an English part in a German sentence"
    assert not finder.is_english("Über Mat Companion"), "an allowed name in a German sentence"
    assert DECIMAL_POINT.search("5.5 s ein") and not DECIMAL_POINT.search("22.11.26, 0.1.0, 5,5")
    assert not finder.is_english("12:30") and not finder.is_english("")
