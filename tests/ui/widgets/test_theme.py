"""The app's look: readable colours from the icon, the choice followed, a dark session screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.settings import ColourScheme
from mat_companion.ui.widgets.theme import (
    DARK,
    ICON_CORAL,
    ICON_TEAL,
    LIGHT,
    SESSION,
    TYPE_SCALE,
    Scheme,
    Theme,
    contrast_ratio,
    install_theme,
    set_text_style,
    theme_of,
)
from tests.ui import test_accessibility as accessibility
from tests.ui.session_helpers import start_session

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: Text and the background it is read on, in every palette the app sets.
READ_ON = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ButtonText, Role.Window),  # the session screen's buttons are see-through
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Window),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
]


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[Callable[[ColourScheme], Theme]]:
    """Install a theme for one test, and take it away after (other tests use the plain look)."""
    themes: list[Theme] = []

    def install(choice: ColourScheme) -> Theme:
        themes.append(install_theme(qapp, choice))
        return themes[-1]

    yield install
    for theme in themes:
        theme.setParent(None)
    plain_look(qapp)


def plain_look(app: QApplication) -> None:
    """The look tests have without a theme: no stylesheet, the system's palette."""
    app.setStyleSheet("")
    plain = QPalette()
    plain.setResolveMask(0)
    app.setPalette(plain)
    app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, False)


def hue_distance(one: QColor, other: QColor) -> int:
    apart = abs(one.hslHue() - other.hslHue())
    return min(apart, 360 - apart)


def test_contrast_ratio_of_known_pairs() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("white"), QColor("black")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#2a6b60"), QColor("#2a6b60")) == 1


@pytest.mark.parametrize("scheme", [LIGHT, DARK, SESSION], ids=["light", "dark", "session"])
def test_body_text_reads_at_least_aa_on_its_background(scheme: Scheme) -> None:
    """WCAG AA for body text: 4.5:1, computed from the QPalette the app sets."""
    palette = scheme.palette()
    for text, background in READ_ON:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= 4.5, (text.name, background.name, round(ratio, 2))
    coral = contrast_ratio(QColor(scheme.coral), QColor(scheme.on_coral))
    assert coral >= 4.5, round(coral, 2)


@pytest.mark.parametrize("scheme", [LIGHT, DARK, SESSION], ids=["light", "dark", "session"])
def test_the_palettes_are_the_icons_teal_and_coral(scheme: Scheme) -> None:
    palette = scheme.palette()
    assert hue_distance(palette.color(Role.Highlight), QColor(ICON_TEAL)) <= 6
    assert hue_distance(QColor(scheme.coral), QColor(ICON_CORAL)) <= 6
    assert palette.color(Role.Window).lightness() > 200 if scheme is LIGHT else True
    assert palette.color(Role.Window).lightness() < 50 if scheme is not LIGHT else True


def test_disabled_text_is_dimmer_but_still_there() -> None:
    for scheme in (LIGHT, DARK):
        palette = scheme.palette()
        window = palette.color(Role.Window)
        enabled = contrast_ratio(palette.color(Role.WindowText), window)
        disabled = contrast_ratio(palette.color(Group.Disabled, Role.WindowText), window)
        assert 2.5 <= disabled < enabled


def test_the_app_takes_the_chosen_scheme(
    qapp: QApplication, installed: Callable[[ColourScheme], Theme]
) -> None:
    theme = installed(ColourScheme.DARK)
    assert theme_of(qapp) is theme
    assert qapp.palette().color(Role.Window) == QColor(DARK.roles[Role.Window])
    assert DARK.coral in qapp.styleSheet()
    assert install_theme(qapp, ColourScheme.LIGHT) is theme  # one theme, chosen again
    assert qapp.palette().color(Role.Window) == QColor(LIGHT.roles[Role.Window])
    assert LIGHT.coral in qapp.styleSheet()


def test_the_palette_can_come_before_the_stylesheet(qapp: QApplication, qtbot: QtBot) -> None:
    """Start-up sets the palette before the window is built, the sheet after it."""
    theme = install_theme(qapp, ColourScheme.DARK, sheet=False)
    try:
        assert qapp.palette().color(Role.Window) == QColor(DARK.roles[Role.Window])
        assert qapp.styleSheet() == ""
        label = QLabel("built in between")
        qtbot.addWidget(label)
        assert label.palette().color(Role.Window) == QColor(DARK.roles[Role.Window])
        assert install_theme(qapp, ColourScheme.DARK) is theme
        assert DARK.coral in qapp.styleSheet()
        assert qapp.palette().color(Role.Window) == QColor(DARK.roles[Role.Window])
    finally:
        theme.setParent(None)
        plain_look(qapp)


def test_system_follows_the_systems_scheme(
    qapp: QApplication, installed: Callable[[ColourScheme], Theme]
) -> None:
    """The test platform names no scheme: System is then the light one, as Qt's own."""
    assert qapp.styleHints().colorScheme() != Qt.ColorScheme.Dark
    theme = installed(ColourScheme.SYSTEM)
    assert theme.scheme() is LIGHT
    assert qapp.palette().color(Role.Window) == QColor(LIGHT.roles[Role.Window])


def test_headings_follow_the_type_scale(qtbot: QtBot) -> None:
    label = QLabel("Session")
    qtbot.addWidget(label)
    body = label.font().pointSizeF()
    set_text_style(label, "heading")
    assert label.font().pointSizeF() == pytest.approx(body * TYPE_SCALE["heading"])


def test_a_running_session_is_dark_in_the_light_scheme(
    qtbot: QtBot, context: AppContext, installed: Callable[[ColourScheme], Theme]
) -> None:
    """Dark whatever the scheme, every part of it (a label too), and again after dimming."""
    installed(ColourScheme.LIGHT)
    page = start_session(qtbot, context)
    view = page.run_view
    session_window = QColor(SESSION.roles[Role.Window])
    for widget in (view, view.ring, view.pacer_widget, view.guidance_label, view.phase_label):
        assert widget.palette().color(Role.Window) == session_window, widget.objectName()
    assert view.autoFillBackground()
    button = view.grab(view.end_button.geometry()).toImage()  # as drawn over the screen
    assert button.pixelColor(5, button.height() // 2).lightness() < 40  # not a light button
    view.toggle_dim()
    assert view.palette().color(Role.Window).lightness() == 0
    view.toggle_dim()
    assert view.guidance_label.palette().color(Role.Window) == session_window
    light = QColor(LIGHT.roles[Role.Window])
    qtbot.waitUntil(lambda: page.setup.palette().color(Role.Window) == light)  # the rest: light


@pytest.mark.parametrize("choice", [ColourScheme.LIGHT, ColourScheme.DARK])
def test_keyboard_focus_stays_visible_under_the_stylesheet(
    qtbot: QtBot,
    context: AppContext,
    installed: Callable[[ColourScheme], Theme],
    choice: ColourScheme,
) -> None:
    installed(choice)
    accessibility.test_keyboard_focus_is_visible(qtbot, context)


@pytest.mark.parametrize("choice", [ColourScheme.LIGHT, ColourScheme.DARK])
def test_a_disabled_default_button_does_not_look_ready(
    qtbot: QtBot, installed: Callable[[ColourScheme], Theme], choice: ColourScheme
) -> None:
    """A wizard's Next before every safety question is answered: not coral, its text dimmed."""
    from PySide6.QtWidgets import QPushButton

    installed(choice)
    button = QPushButton("Next >")
    button.setDefault(True)
    qtbot.addWidget(button)
    button.resize(120, 32)
    button.show()
    coral = QColor((LIGHT if choice is ColourScheme.LIGHT else DARK).coral)

    def fill() -> QColor:
        return button.grab().toImage().pixelColor(8, 16)

    assert hue_distance(fill(), coral) < 10  # enabled: coral
    button.setEnabled(False)
    assert hue_distance(fill(), coral) > 30 or fill().saturation() < 60, fill().name()


def test_dialog_buttons_carry_words_without_icons(
    qtbot: QtBot, installed: Callable[[ColourScheme], Theme]
) -> None:
    """The walk: a platform's tick icon on the coral OK button looked broken."""
    from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle, QStyle

    class IconsOnButtons(QProxyStyle):  # as a desktop that puts icons on dialog buttons
        def styleHint(self, hint, option=None, widget=None, data=None):  # type: ignore[no-untyped-def]  # noqa: N802
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    installed(ColourScheme.LIGHT)
    box = QDialogButtonBox()
    box.setStyle(IconsOnButtons("Fusion"))
    box.addButton(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    box.show()
    assert box.button(QDialogButtonBox.StandardButton.Ok).icon().isNull()
