"""The app's look: the icon's teal and coral, one type scale, rounded surfaces.

One place sets it for the whole application: a QPalette per scheme (light,
dark, and the session screen, which is dark whatever the scheme, so a room
lit only by it stays dim), and a small stylesheet of shapes and sizes that
takes its colours from the palette. It follows the system's light or dark
scheme unless the user chose one. A system asking for high contrast keeps
its own palette and gets no stylesheet: its colours are the user's need, not
ours to restyle. Only QtCore/QtGui/QtWidgets, which start-up loads anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from mat_companion.core.notices import NoticeKind
from mat_companion.core.settings import ColourScheme

Role = QPalette.ColorRole

#: The icon's colours (resources/icons/mat-companion.svg).
ICON_TEAL = "#3f8f7f"
ICON_CORAL = "#d9674e"
ICON_CREAM = "#f3efe6"


class Scheme(NamedTuple):
    """The colours of one scheme: a palette's active roles, disabled text, the coral button.

    A named tuple: a frozen dataclass costs the start-up the making of six methods.
    """

    roles: Mapping[QPalette.ColorRole, str]
    disabled_text: str
    #: The default button (Start session): coral, with text that reads on it.
    coral: str
    on_coral: str

    def palette(self) -> QPalette:
        """These colours as a QPalette (every role set, so nothing of the system shows through)."""
        palette = QPalette()
        for role, colour in self.roles.items():
            palette.setColor(role, QColor(colour))
        for role in (Role.WindowText, Role.Text, Role.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(self.disabled_text))
        return palette


LIGHT = Scheme(
    roles={
        Role.Window: "#f6f3ec",
        Role.WindowText: "#1f2d2a",
        Role.Base: "#fffdf8",
        Role.AlternateBase: "#efeae0",
        Role.Text: "#1f2d2a",
        Role.PlaceholderText: "#5b6763",
        Role.Button: "#ebe6db",
        Role.ButtonText: "#1f2d2a",
        Role.BrightText: "#ffffff",
        Role.Light: "#ffffff",
        Role.Midlight: "#f1ede4",
        Role.Mid: "#c8c0b1",
        Role.Dark: "#9c9486",
        Role.Shadow: "#5c574e",
        Role.Highlight: "#2a6b60",
        Role.HighlightedText: "#ffffff",
        Role.Accent: "#2a6b60",
        Role.Link: "#22594f",
        Role.LinkVisited: "#8c3f2e",
        Role.ToolTipBase: "#fbe4da",
        Role.ToolTipText: "#1f2d2a",
    },
    disabled_text="#7f8884",
    coral="#b54d38",
    on_coral="#ffffff",
)

DARK = Scheme(
    roles={
        Role.Window: "#151f1c",
        Role.WindowText: "#e9e5dc",
        Role.Base: "#263833",
        Role.AlternateBase: "#2b3d38",
        Role.Text: "#e9e5dc",
        Role.PlaceholderText: "#9ba7a3",
        Role.Button: "#2a3c36",
        Role.ButtonText: "#e9e5dc",
        Role.BrightText: "#ffffff",
        Role.Light: "#3b524b",
        Role.Midlight: "#34493f",
        Role.Mid: "#4d655e",
        Role.Dark: "#0f1715",
        Role.Shadow: "#050807",
        Role.Highlight: "#5fb3a1",
        Role.HighlightedText: "#0f1a18",
        Role.Accent: "#5fb3a1",
        Role.Link: "#85d3c1",
        Role.LinkVisited: "#e69a87",
        Role.ToolTipBase: "#4a2b23",
        Role.ToolTipText: "#f7ebe6",
    },
    disabled_text="#7b8783",
    coral="#e07a62",
    on_coral="#1a0f0c",
)

#: The running session: nearly black, soft light text, the teal shape (any scheme).
SESSION = Scheme(
    roles={
        **DARK.roles,
        Role.Window: "#0d1513",
        Role.WindowText: "#d5e2de",
        Role.Button: "#18231f",
        Role.ButtonText: "#c9d6d2",
        Role.Mid: "#23322e",
        Role.Highlight: "#4f9e8d",
        Role.Base: "#0d1513",
        Role.AlternateBase: "#0d1513",
    },
    disabled_text="#6f7b77",
    coral=DARK.coral,
    on_coral=DARK.on_coral,
)

#: The dim session screen, for a dark room: black to the edge, grey text (any scheme).
DIM = Scheme(
    roles={
        **SESSION.roles,
        Role.Window: "#000000",
        Role.Base: "#000000",
        Role.AlternateBase: "#000000",
        Role.WindowText: "#787878",
        Role.Text: "#787878",
        Role.Button: "#141414",
        Role.ButtonText: "#6e6e6e",
        Role.Highlight: "#465a6e",
        Role.Mid: "#1e1e1e",
    },
    disabled_text="#4a4a4a",
    coral=SESSION.coral,
    on_coral=SESSION.on_coral,
)

#: A notice's fill and text: news is calm, a warning is tinted with the coral.
NOTICE_ROLES = {
    NoticeKind.INFO: (Role.AlternateBase, Role.WindowText),
    NoticeKind.WARNING: (Role.ToolTipBase, Role.ToolTipText),
}

#: The type scale, as multiples of the system's font (so it grows with it).
TYPE_SCALE = {"caption": 0.9, "title": 1.25, "heading": 1.7, "display": 2.6}

#: The session screen's type, read from the floor: a share of the screen's height, and at
#: least this multiple of the system's font (so a small window stays readable).
SESSION_TYPE = {
    "word": (1 / 11, 1.6),
    "title": (1 / 24, 1.25),
    "guidance": (1 / 20, 1.25),
    "alert": (1 / 15, 1.4),
    "note": (1 / 28, 1.0),
}

#: Spacing and roundness, in pixels.
RADIUS = 8
PADDING = (5, 14)
#: Between the blocks of a page (a suggestion, a checklist, a row of choices).
SECTION_GAP = 12

#: Colours named here are fixed when a widget is first styled, so the sheet names few: the
#: text and most fills come from each widget's own palette (the session screen has its own).
_SHEET = """
QPushButton {{
    border: 1px solid palette(mid); border-radius: {radius}px;
    padding: {pad_v}px {pad_h}px; background: palette(button);
}}
QPushButton:hover {{ border-color: palette(highlight); }}
QPushButton:pressed, QPushButton:checked {{ background: palette(midlight); }}
QPushButton:focus {{ border: 2px solid palette(highlight); }}
QPushButton:default {{ background: {coral}; color: {on_coral}; border-color: {coral}; }}
QPushButton:default:focus {{ border: 2px solid palette(window-text); }}
QPushButton[primary="true"] {{ padding: {pad_h}px {primary_pad_h}px; }}
#rating_row QPushButton {{ padding: {pad_v}px {pad_v}px; }}
#rating_row QPushButton:checked {{
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}}
#rating_row QPushButton:checked:focus {{ border: 2px solid palette(window-text); }}
QPushButton:disabled, QPushButton:default:disabled {{
    background: palette(button); color: {disabled}; border-color: palette(mid);
}}
#session_run QPushButton, #completion_card QPushButton {{
    background: transparent; border-color: {session_border};
}}
#session_run QPushButton:hover, #session_run QPushButton:focus,
#completion_card QPushButton:hover, #completion_card QPushButton:focus {{
    border-color: {session_focus};
}}
#session_run QToolButton::menu-indicator {{ image: none; width: 0; }}
#session_run QPushButton:pressed, #completion_card QPushButton:pressed {{
    background: {session_pressed};
}}
#completion_card QPushButton:checked {{
    background: {session_focus}; color: {session_on_focus}; border-color: {session_focus};
}}
#completion_card QPushButton:checked:focus {{ border: 2px solid {session_text}; }}
#completion_card QPushButton:default {{
    background: {session_coral}; color: {session_on_coral}; border-color: {session_coral};
}}
#completion_card QPushButton:default:focus {{ border: 2px solid {session_text}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QGroupBox {{
    border: 1px solid palette(mid); border-radius: {radius}px;
    margin-top: 1.4em; padding: 6px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QFrame#sound_tile {{
    border: 1px solid palette(mid); border-radius: {radius}px; background: palette(base);
}}
QFrame#sound_tile[heard="true"] {{ border: 2px solid palette(highlight); }}
QListWidget#navigation::item {{ padding: 4px 10px; border-radius: {small_radius}px; }}
QListWidget#navigation::item:selected {{
    background: palette(highlight); color: palette(highlighted-text);
}}
"""


def stylesheet(scheme: Scheme) -> str:
    """The shapes; their colours come from the palette, but for the coral button."""
    return _SHEET.format(
        radius=RADIUS,
        small_radius=RADIUS - 2,
        pad_v=PADDING[0],
        pad_h=PADDING[1],
        primary_pad_h=3 * PADDING[1],
        coral=scheme.coral,
        on_coral=scheme.on_coral,
        disabled=scheme.disabled_text,
        session_border=SESSION.roles[Role.Mid],
        session_focus=SESSION.roles[Role.Highlight],
        session_pressed=SESSION.roles[Role.Button],
        session_on_focus=SESSION.roles[Role.HighlightedText],
        session_text=SESSION.roles[Role.WindowText],
        session_coral=SESSION.coral,
        session_on_coral=SESSION.on_coral,
    )


def set_text_style(widget: QWidget, style: str) -> None:
    """Size ``widget``'s text by the type scale (``TYPE_SCALE``), relative to its own font."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * TYPE_SCALE[style])
    if style != "caption":
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)


def make_primary(button: QPushButton) -> None:
    """Make ``button`` the page's one main action: the coral default, larger than the rest."""
    button.setDefault(True)
    button.setProperty("primary", True)
    set_text_style(button, "title")


def session_font(base: QFont, role: str, height: float) -> QFont:
    """``base`` sized for ``role`` on a session screen ``height`` pixels tall (``SESSION_TYPE``)."""
    share, floor = SESSION_TYPE[role]
    font = QFont(base)
    font.setPixelSize(max(round(QFontInfo(base).pixelSize() * floor), round(height * share)))
    if role in ("title", "alert"):
        font.setWeight(QFont.Weight.DemiBold)
    return font


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, 1 to 21 (body text needs 4.5)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class Theme(QObject):
    """Keeps the application's palette and stylesheet in step with the choice and the system."""

    def __init__(self, app: QApplication, choice: ColourScheme, *, sheet: bool = True) -> None:
        super().__init__(app)
        self.setObjectName("theme")
        self._app = app
        self._choice = choice
        # Without it a stylesheet fixes each widget's palette when first polished, so a
        # child would not take the session screen's palette from its parent.
        app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
        # Held: PySide6 drops the accessibility hints' wrapper with a temporary style hints one.
        self._hints = app.styleHints()
        self._accessibility = self._hints.accessibility()
        self._hints.colorSchemeChanged.connect(self._on_system_changed)
        self._accessibility.contrastPreferenceChanged.connect(self._on_system_changed)
        self.apply(sheet=sheet)

    @property
    def choice(self) -> ColourScheme:
        """The user's choice: the system's scheme, or light or dark always."""
        return self._choice

    def choose(self, choice: ColourScheme, *, sheet: bool = True) -> None:
        """Use ``choice`` from now on."""
        self._choice = choice
        self.apply(sheet=sheet)

    def scheme(self) -> Scheme | None:
        """The colours in use now; None while the system's high contrast palette is kept."""
        if self._accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast:
            return None
        if self._choice is ColourScheme.SYSTEM:
            dark = self._hints.colorScheme() == Qt.ColorScheme.Dark
            return DARK if dark else LIGHT
        return DARK if self._choice is ColourScheme.DARK else LIGHT

    def session_palette(self) -> QPalette:
        """The running session's palette: dark, or the high contrast one the system gives."""
        if self.scheme() is None:
            return QPalette(self._app.palette())
        return SESSION.palette()

    def apply(self, *, sheet: bool = True) -> None:
        """Set the palette and (unless not yet wanted) the stylesheet for the choice and the system.

        A palette the application has already is not set again: each set travels to
        every widget.
        """
        scheme = self.scheme()
        if scheme is None:
            self._app.setStyleSheet("")
            system = QPalette()
            system.setResolveMask(0)  # an empty palette gives the system's back
            self._app.setPalette(system)
            return
        palette = scheme.palette()
        if palette != self._app.palette():
            self._app.setPalette(palette)
        if sheet:  # after the palette: its palette() colours are taken as each widget is styled
            self._app.setStyleSheet(stylesheet(scheme))

    @Slot()
    def _on_system_changed(self) -> None:
        self.apply()


def install_theme(app: QApplication, choice: ColourScheme, *, sheet: bool = True) -> Theme:
    """Give ``app`` its look for ``choice``, and keep it following the system.

    Without ``sheet``, only the palette for now: a later call adds the stylesheet.
    """
    theme = theme_of(app)
    if theme is None:
        return Theme(app, choice, sheet=sheet)
    theme.choose(choice, sheet=sheet)
    return theme


def theme_of(app: QApplication) -> Theme | None:
    """The theme installed on ``app``, if any (tests build widgets without one)."""
    return app.findChild(Theme, "theme")


def _installed() -> Theme | None:
    app = QApplication.instance()
    return theme_of(app) if isinstance(app, QApplication) else None


def choose_scheme(choice: ColourScheme) -> None:
    """Use ``choice`` in the installed theme (tests of one widget run without a theme)."""
    theme = _installed()
    if theme is not None:
        theme.choose(choice)


def session_palette() -> QPalette:
    """The palette a running session's screen uses (the application's where no theme is)."""
    theme = _installed()
    return theme.session_palette() if theme is not None else QPalette()
