"""The look follows the desktop, told through a real settings portal on a private D-Bus.

Qt's xdgdesktopportal theme reads the desktop's colour scheme and contrast from
org.freedesktop.portal.Settings (tests/fake_settings_portal.py stands in for it):
a dark desktop gets the dark palette, a light one the light palette, a choice in
Settings wins over both, and a desktop asking for high contrast keeps its own
palette everywhere, the session screen too, with no stylesheet over it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from mat_companion.paths import AppPaths
from mat_companion.ui.widgets.theme import DARK, LIGHT, SESSION, Scheme
from tests.conftest import CHECKOUT
from tests.test_desktop_dbus import read_line, session_bus  # noqa: F401  # the fixture

SYSTEM_PYTHON = "/usr/bin/python3"
DARK_DESKTOP, LIGHT_DESKTOP = 1, 2


def has_dbus_python() -> bool:
    if not os.path.exists(SYSTEM_PYTHON):
        return False
    probe = [SYSTEM_PYTHON, "-c", "import dbus, dbus.mainloop.glib, gi.repository.GLib"]
    return subprocess.run(probe, capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(
    not has_dbus_python(), reason="the stand-in portal needs python3-dbus and python3-gi"
)


@pytest.fixture
def desktop(session_bus: str) -> Iterator[Callable[..., dict[str, object]]]:  # noqa: F811
    """Start the portal with a scheme and contrast; return how to run the app under it."""
    portals: list[subprocess.Popen[str]] = []
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": session_bus,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QPA_PLATFORMTHEME": "xdgdesktopportal",
    }

    def run(scheme: int, contrast: int, data: Path, *, plain: bool = False) -> dict[str, object]:
        if not portals:
            portal = subprocess.Popen(
                [SYSTEM_PYTHON, "tests/fake_settings_portal.py", str(scheme), str(contrast)],
                cwd=CHECKOUT,
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
            portals.append(portal)
            assert read_line(portal.stdout) == "ready"
        child = [sys.executable, "-m", "tests.e2e.theme_child", str(data)]
        out = subprocess.run(
            [*child, "plain" if plain else "app"],
            cwd=CHECKOUT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
        return json.loads(out.strip().splitlines()[-1])

    yield run
    for portal in portals:
        portal.terminate()
        portal.wait()
        assert portal.stdout is not None
        portal.stdout.close()


def shown(scheme: Scheme) -> dict[str, str]:
    palette = scheme.palette()
    roles = ("Window", "WindowText", "Base", "Text", "Button", "ButtonText", "Highlight")
    return {role: palette.color(getattr(QPalette.ColorRole, role)).name() for role in roles}


def with_choice(tmp_path: Path, choice: str | None) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    if choice is not None:
        settings = AppPaths.under(data).settings_file
        settings.write_text(json.dumps({"colour_scheme": choice}))
    return data


@pytest.mark.parametrize(
    ("desktop_scheme", "choice", "expected"),
    [
        (DARK_DESKTOP, None, DARK),
        (LIGHT_DESKTOP, None, LIGHT),
        (DARK_DESKTOP, "light", LIGHT),
        (LIGHT_DESKTOP, "dark", DARK),
    ],
    ids=["dark-desktop", "light-desktop", "light-chosen", "dark-chosen"],
)
def test_the_colours_follow_the_desktop_unless_chosen(
    desktop: Callable[..., dict[str, object]],
    tmp_path: Path,
    desktop_scheme: int,
    choice: str | None,
    expected: Scheme,
) -> None:
    seen = desktop(desktop_scheme, 0, with_choice(tmp_path, choice))
    assert seen["contrast"] == "NoPreference"
    assert seen["scheme"] == ("Dark" if desktop_scheme == DARK_DESKTOP else "Light")
    assert seen["app"] == shown(expected)
    assert seen["session"] == shown(SESSION)
    assert expected.coral in str(seen["stylesheet"])


@pytest.mark.parametrize("choice", [None, "light", "dark"])
def test_a_high_contrast_desktop_keeps_its_own_colours(
    desktop: Callable[..., dict[str, object]], tmp_path: Path, choice: str | None
) -> None:
    """Whatever the choice: the system's palette in the window and on the session screen."""
    system = desktop(DARK_DESKTOP, 1, tmp_path / "plain", plain=True)["app"]
    seen = desktop(DARK_DESKTOP, 1, with_choice(tmp_path, choice))
    assert seen["contrast"] == "HighContrast"
    assert seen["app"] == system
    assert seen["session"] == system
    assert seen["stylesheet"] == ""
