import json
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion import APP_ID, APP_NAME, __version__
from mat_companion.app import AppContext
from mat_companion.paths import AppPaths
from mat_companion.ui.shell.main_window import MainWindow
from mat_companion.ui.shell.pages import page_infos

PAGES = ["session", "breathing", "progress", "history", "settings"]


def test_window_has_title_icon_and_app_identity(open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    assert window.windowTitle() == APP_NAME
    assert not window.windowIcon().isNull()
    app = QApplication.instance()
    assert app.desktopFileName() == APP_ID
    assert app.organizationDomain() == "matcompanion.org"
    assert [window.navigation.item(i).text() for i in range(5)] == [
        "Session",
        "Breathing",
        "Progress",
        "History",
        "Settings",
    ]


def test_every_page_is_headed_and_named_by_its_title(
    open_window: Callable[[], MainWindow],
) -> None:
    window = open_window()
    for index, info in enumerate(page_infos()):
        page = window.page(info.key)
        assert window.stack.widget(index) is page
        headings = [
            label.accessibleName()
            for label in page.findChildren(QLabel)
            if label.objectName() == "heading"
        ]
        assert headings == [info.title], info.key
        assert page.accessibleName() == info.title


def test_every_page_reachable_by_shortcut(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    for number, key in reversed(list(enumerate(PAGES, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key


def test_every_page_reachable_with_arrow_keys(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.navigation.setFocus()
    seen = [window.current_page_key()]
    for _ in PAGES[1:]:
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
        seen.append(window.current_page_key())
    assert seen == PAGES
    qtbot.keyClick(window.navigation, Qt.Key.Key_Home)
    assert window.current_page_key() == "session"


def test_tab_reaches_the_navigation_and_pages(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.show_page("settings")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "reduced_motion"
    reached = []
    settings = window.page("settings")
    while focused is not None and focused.objectName() != "open_data_folder" and len(reached) < 30:
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and settings.isAncestorOf(focused), "Tab stays in the page"
        reached.append(focused.objectName() or focused.accessibleName())
    assert reached[:2] == ["colour_scheme", "review_safety"]
    assert "Saturday is a rest day" in reached and "show_streaks" in reached
    assert reached[-1] == "open_data_folder"


def test_size_and_position_remembered_and_it_opens_at_the_session(
    open_window: Callable[[], MainWindow], app_paths: AppPaths
) -> None:
    window = open_window()
    window.setGeometry(QRect(30, 20, 740, 540))
    placed = window.geometry()
    window.show_page("history")
    window.close()
    saved = json.loads(app_paths.settings_file.read_text())
    assert "last_page" not in saved
    again = open_window()
    # The offscreen platform's fake window frame may shift the restored position a little.
    assert (again.geometry().topLeft() - placed.topLeft()).manhattanLength() <= 10
    assert again.size().width() == 740 and again.size().height() == 540
    assert again.current_page_key() == "session", "today's session, one Enter from launch"


def test_the_first_window_fits_the_screen(open_window: Callable[[], MainWindow]) -> None:
    """960x640 at first, or the screen's free area where that is smaller (800 wide here)."""
    window = open_window()
    free = window.screen().availableGeometry().size()
    assert free.width() < 960, "the offscreen screen is narrower than the first size"
    assert window.width() == free.width() and window.height() == min(640, free.height())


def test_about_dialog_has_version_and_safety_notice(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "about_dialog")
    assert box is not None and box.isVisible()
    text = box.text()
    assert __version__ in text
    assert "not medical advice" in text
    assert "check with your doctor" in text
    for forbidden in ("cures", "treats", "detox", "endorphin", "clinically proven"):
        assert forbidden not in text.lower()
    box.close()


def test_bad_settings_are_reported_in_the_window(
    open_window: Callable[[], MainWindow], app_paths: AppPaths
) -> None:
    app_paths.config.mkdir(parents=True)
    app_paths.settings_file.write_text('{"master_volume": "loud"}')
    window = open_window()
    assert window.notice_bar.isVisible()
    notice = window.notice_bar.label.text()
    assert "master_volume" in notice and "settings.json.invalid-" in notice


def test_a_broken_history_is_reported_in_the_window(qtbot: QtBot, app_paths: AppPaths) -> None:
    from mat_companion.app import AppContext

    app_paths.data.mkdir(parents=True)
    app_paths.history_file.write_bytes(b"{ this is not json")
    context = AppContext(app_paths)
    window = context.window
    qtbot.addWidget(window)
    window.show()
    store = context.history
    assert list(store.sessions) == []
    assert window.notice_bar.isVisible()
    notice = window.notice_bar.label.text()
    assert notice.startswith("Your history file could not be read")
    kept = list(app_paths.data.glob("history.json.unreadable-*"))
    assert len(kept) == 1 and str(kept[0]) in notice
    assert kept[0].read_bytes() == b"{ this is not json"


def test_reduced_motion_setting_reaches_the_pacer(
    qtbot: QtBot, open_window: Callable[[], MainWindow], app_paths: AppPaths
) -> None:
    window = open_window()
    window.show_page("settings")
    settings_page = window.page("settings")
    qtbot.mouseClick(settings_page.reduced_motion, Qt.MouseButton.LeftButton)
    assert json.loads(app_paths.settings_file.read_text())["reduced_motion"] is True
    window.show_page("breathing")
    assert window.page("breathing").pacer_widget.reduced_motion


def test_a_sentence_said_again_moves_to_the_end_rather_than_showing_twice(
    open_window: Callable[[], MainWindow],
) -> None:
    window = open_window()
    for sentence in ("The drive is away.", "Saved.", "The drive is away."):
        window.show_notice(sentence)
    assert window.notice_bar.label.text().split("\n") == ["Saved.", "The drive is away."]


def test_enter_from_launch_starts_a_session(qtbot: QtBot, context: AppContext) -> None:
    """The keys go to the Session page at launch: one Enter starts, as the Start button does."""
    page = context.window.page("session")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.setup.start_button, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.currentWidget() is page.run_view


def test_enter_in_the_sidebar_goes_on_into_the_page(qtbot: QtBot, context: AppContext) -> None:
    page = context.window.page("session")
    context.window.navigation.setFocus()
    qtbot.keyClick(context.window.navigation, Qt.Key.Key_Return)
    assert page.currentWidget() is page.run_view


def test_a_click_in_the_sidebar_puts_the_keys_on_the_page(
    qtbot: QtBot, context: AppContext
) -> None:
    window = context.window
    window.show_page("history")
    navigation = window.navigation
    item = navigation.visualItemRect(navigation.item(PAGES.index("session")))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    assert window.current_page_key() == "session"
    assert QApplication.focusWidget() is window.page("session").setup.start_button
