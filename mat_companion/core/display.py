"""Whether the window can open at all: on Linux and the BSDs it needs a display server.

Without one, Qt's xcb plugin fails and Qt says xcb-cursor0 may be missing and that
reinstalling may help, which sends the user after libraries they have. The app
checks first and says the one thing that is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping

from mat_companion.core.texts import Text, text

#: Qt platforms that draw on a display server (others, such as offscreen or vnc, need none).
_DISPLAY_PLATFORMS = ("xcb", "wayland")


def display_missing(platform: str, environ: Mapping[str, str]) -> bool:
    """Whether a window would have no display to open on (``platform`` is ``sys.platform``)."""
    if platform.startswith(("win32", "cygwin", "darwin")):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith(_DISPLAY_PLATFORMS):
        return False
    return not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")


def no_display() -> Text:
    """What to say when there is no display."""
    return text(
        "There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set): start Mat Companion from a desktop session."
    )
