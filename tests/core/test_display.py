"""A window needs a display server on Linux and the BSDs, and nowhere else."""

import pytest

from mat_companion.core.display import display_missing, no_display


@pytest.mark.parametrize(
    ("platform", "environ", "missing"),
    [
        ("linux", {}, True),
        ("linux", {"DISPLAY": ""}, True),
        ("linux", {"DISPLAY": ":0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}, True),
        ("linux", {"QT_QPA_PLATFORM": "wayland;xcb"}, True),
        ("linux", {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":94"}, False),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, False),
        ("linux", {"QT_QPA_PLATFORM": "vnc"}, False),
        ("freebsd14", {}, True),
        ("darwin", {}, False),
        ("win32", {}, False),
    ],
)
def test_a_display_is_needed_where_windows_live_on_a_display_server(
    platform: str, environ: dict[str, str], missing: bool
) -> None:
    assert display_missing(platform, environ) is missing


def test_the_sentence_names_what_is_missing() -> None:
    said = str(no_display())
    assert said.startswith("There is no display") and "xcb" not in said
