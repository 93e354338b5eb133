"""Accessibility: names for screen readers, the keyboard, and large text.

Names are read through Qt's accessibility interface (what AT-SPI is given),
on every page and dialog.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.clock import FakeClock
from tests.ui.session_helpers import advance, page_of, start_session

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.SpinBox,
    Role.Slider,
    Role.EditableText,
    Role.List,
    Role.Table,
    Role.PageTab,
    Role.ButtonMenu,
}


def walk(node: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield node
    for index in range(node.childCount()):
        child = node.child(index)
        if child is not None and child.isValid():
            yield from walk(child)


def name_of(node: QAccessibleInterface) -> str:
    """What a screen reader announces a control as.

    On Linux Qt gives a combo box's current text as its name and its label
    through the "labelled by" relation (a buddy label, or the accessible name
    set on the widget), so for those the label is what counts.
    """
    if node.role() != Role.ComboBox:
        return node.text(QAccessible.Text.Name).strip()
    labels = [
        other.text(QAccessible.Text.Name)
        for other, _relation in node.relations(QAccessible.Relation.Labelled)
    ]
    widget = node.object()
    own = widget.accessibleName() if isinstance(widget, QWidget) else ""
    return (own or " ".join(labels)).strip()


def unnamed(root: QWidget) -> list[str]:
    """Interactive, visible controls under ``root`` that have no accessible name."""
    missing = []
    for node in walk(QAccessible.queryAccessibleInterface(root)):
        state = node.state()
        if node.role() not in INTERACTIVE or state.invisible:
            continue
        if not name_of(node):
            widget = node.object()
            label = f"{type(widget).__name__} {widget.objectName()!r}" if widget else "?"
            missing.append(f"{node.role().name}: {label}")
    return missing


@pytest.mark.parametrize("key", ["session", "breathing", "progress", "history", "settings"])
def test_every_control_on_every_page_has_a_name(context: AppContext, key: str) -> None:
    context.window.show_page(key)
    assert unnamed(context.window) == []


def test_the_session_screen_and_its_dialogs(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context)
    assert unnamed(context.window) == []
    page.request_end()
    assert unnamed(page.confirm_end) == []  # type: ignore[arg-type]
    page.confirm_end.reject()  # type: ignore[union-attr]
    advance(page, clock, 30)  # on the mat: a session ended before it is not kept or asked about
    page.controller.end_early()  # type: ignore[union-attr]
    page.run_view.acknowledged.emit()
    assert page.completion_card is not None
    assert unnamed(page.completion_card) == []


def test_the_mixer_the_editor_and_the_first_run(context: AppContext) -> None:
    mixer = page_of(context).open_mixer()
    mixer.add_file(__import__("pathlib").Path("/music/sea.ogg"))
    assert unnamed(mixer) == []
    mixer.reject()
    context.window.show_page("history")
    history = context.window.page("history")
    editor = history.add_session()  # type: ignore[attr-defined]
    assert unnamed(editor) == []
    editor.reject()
    wizard = context.open_first_run()
    for _ in range(8):
        assert unnamed(wizard) == [], wizard.currentId()
        wizard.next()  # type: ignore[attr-defined]
    wizard.reject()  # type: ignore[attr-defined]


def test_the_walk_sees_the_controls(context: AppContext) -> None:
    """The check above could pass by seeing nothing: it sees the setup's controls."""
    page_of(context).setup.full_setup_button.click()
    names = [
        name_of(node)
        for node in walk(QAccessible.queryAccessibleInterface(context.window))
        if node.role() in INTERACTIVE and not node.state().invisible
    ]
    assert "Start session" in names and "Stage" in names and len(names) >= 12
    page_of(context).setup.start_button.setAccessibleName("")
    page_of(context).setup.start_button.setText("")
    assert unnamed(context.window) == ["Button: QPushButton 'start_session'"]


KEYBOARD_ROLES = INTERACTIVE - {Role.PageTab}


@pytest.mark.parametrize("key", ["session", "breathing", "progress", "history", "settings"])
def test_every_control_can_be_reached_with_the_keyboard(context: AppContext, key: str) -> None:
    from PySide6.QtCore import Qt

    context.window.show_page(key)
    unreachable = []
    for node in walk(QAccessible.queryAccessibleInterface(context.window)):
        widget = node.object()
        if (
            node.role() in KEYBOARD_ROLES
            and not node.state().invisible
            and isinstance(widget, QWidget)
            and widget.isEnabled()
            and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            unreachable.append(f"{type(widget).__name__} {name_of(node)!r}")
    assert unreachable == []


def large_font(scale: float) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    original = app.font()  # type: ignore[union-attr]
    bigger = original.__class__(original)
    bigger.setPointSizeF(original.pointSizeF() * scale)
    app.setFont(bigger)  # type: ignore[union-attr]
    yield
    app.setFont(original)  # type: ignore[union-attr]


@pytest.fixture
def double_font() -> Iterator[None]:
    yield from large_font(2.0)


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons squeezed below the size their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    squeezed = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(root):
            continue
        needed = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed.setWidth(0)
            needed.setHeight(widget.heightForWidth(widget.width()))
        if widget.width() < needed.width() - 1 or widget.height() < needed.height() - 1:
            text = widget.text()[:40]
            squeezed.append(f"{type(widget).__name__} {text!r} {widget.size().toTuple()}")
    return squeezed


@pytest.mark.parametrize("key", ["session", "breathing", "progress", "history", "settings"])
def test_text_fits_at_twice_the_font_size(
    qtbot: QtBot, double_font: None, context: AppContext, key: str
) -> None:
    window = context.window
    window.show_page(key)
    qtbot.waitUntil(window.page(key).isVisible)
    settle_layouts()
    needed = window.minimumSizeHint()
    assert needed.width() <= 1920 and needed.height() <= 1200, "fits a common large screen"
    target = needed.expandedTo(window.size())
    window.resize(target)
    qtbot.waitUntil(lambda: window.size() == target)
    settle_layouts()
    assert clipped(window.page(key)) == []


def settle_layouts() -> None:
    """Let posted layout requests run (a wrapped label's new height asks for one more pass)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def high_contrast() -> QPalette:
    """Black and white with yellow for emphasis, as high-contrast themes do."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, QColor("black")),
        (QPalette.ColorRole.WindowText, QColor("white")),
        (QPalette.ColorRole.Base, QColor("black")),
        (QPalette.ColorRole.Text, QColor("white")),
        (QPalette.ColorRole.Button, QColor("black")),
        (QPalette.ColorRole.ButtonText, QColor("white")),
        (QPalette.ColorRole.Highlight, QColor("yellow")),
        (QPalette.ColorRole.HighlightedText, QColor("black")),
        (QPalette.ColorRole.Mid, QColor("white")),
        # The rest as such themes set them, so nothing of the light default shows through
        # (white alternate rows under white text, say, in the screenshot tour).
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0")),
        (QPalette.ColorRole.ToolTipBase, QColor("black")),
        (QPalette.ColorRole.ToolTipText, QColor("white")),
        (QPalette.ColorRole.Light, QColor("white")),
        (QPalette.ColorRole.Midlight, QColor("#404040")),
        (QPalette.ColorRole.Dark, QColor("white")),
        (QPalette.ColorRole.Shadow, QColor("white")),
        (QPalette.ColorRole.Link, QColor("yellow")),
        (QPalette.ColorRole.Accent, QColor("yellow")),
    ):
        palette.setColor(role, colour)
    return palette


def colours(widget: QWidget) -> set[tuple[int, int, int]]:
    image = widget.grab().toImage()
    return {
        QColor(image.pixel(x, y)).getRgb()[:3]
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }


def test_drawn_parts_follow_a_high_contrast_palette(qtbot: QtBot) -> None:
    """The ring, the pacer and the charts take their colours from the palette."""
    from datetime import date

    from mat_companion.core.breathing import BreathPattern, Pacer
    from mat_companion.core.history_stats import WeekRatings
    from mat_companion.ui.breathing.pacer import BreathingPacerWidget
    from mat_companion.ui.history.charts import BarChart, BeforeAfterChart
    from mat_companion.ui.session.ring import ProgressRing

    ring = ProgressRing()
    ring.set_fraction(0.4)
    pacer = BreathingPacerWidget()
    pacer.set_pacer(Pacer(BreathPattern(inhale=4, exhale=4)), lambda: 2.0)
    bars = BarChart("Minutes per week")
    bars.set_data(["a", "b"], [10, 20])
    lines = BeforeAfterChart("Pain")
    lines.set_data(
        [WeekRatings(date(2026, 11, 2), 6, 3, 2), WeekRatings(date(2026, 11, 9), 5, 2, 1)],
        [date(2026, 11, 2), date(2026, 11, 9)],
    )
    for widget in (ring, pacer, bars, lines):
        qtbot.addWidget(widget)
        widget.setPalette(high_contrast())
        widget.resize(300, 200)
        widget.show()
        qtbot.waitExposed(widget)
        if widget is pacer:
            qtbot.waitUntil(lambda: pacer.state is not None)
        seen = colours(widget)
        yellowish = [c for c in seen if c[0] > 100 and abs(c[0] - c[1]) < 30 and c[2] < 60]
        assert yellowish, f"{type(widget).__name__} does not use the highlight: {seen}"
        blue = QPalette().color(QPalette.ColorRole.Highlight).getRgb()[:3]
        assert blue not in seen, f"{type(widget).__name__} keeps a colour of its own"


def test_keyboard_focus_is_visible(qtbot: QtBot, context: AppContext) -> None:
    """Tabbing through the setup, each control looks different while it has the focus."""
    from PySide6.QtCore import Qt

    from mat_companion.ui.shell.focus_style import install_focus_style

    install_focus_style(QApplication.instance())  # type: ignore[arg-type]  # as after start-up

    setup = page_of(context).setup
    glance = [setup.change_breathing, setup.mixer_button, setup.start_button]
    full = [setup.stage, setup.minutes, setup.open_ended, setup.start_button]
    for targets in (glance, full):
        setup.full_setup_button.setChecked(targets is full)
        unfocused = {id(widget): widget.grab().toImage() for widget in targets}
        context.window.navigation.setFocus()
        seen = []
        for _ in range(40):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if id(widget) in unfocused and widget not in seen:
                assert widget.grab().toImage() != unfocused[id(widget)], type(widget).__name__
                seen.append(widget)
        assert len(seen) == len(targets), "Tab reached every one of them"
