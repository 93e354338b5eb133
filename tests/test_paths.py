"""The folders the app uses on each system (documented in the README's table), and its resources.

tests/e2e/test_wheel.py finds the resources from an installed wheel.
"""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from mat_companion.paths import AppPaths, resource, resources_dir
from tests.conftest import CHECKOUT

APP = "org.matcompanion.MatCompanion"


def folders(
    monkeypatch: pytest.MonkeyPatch, system: type[platformdirs.PlatformDirsABC]
) -> AppPaths:
    """``AppPaths.for_user`` as it is on ``system`` (platformdirs picks the class by platform)."""
    monkeypatch.setattr(platformdirs, "PlatformDirs", system)
    return AppPaths.for_user()


@pytest.fixture(autouse=True)
def no_xdg_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's defaults, not the test suite's (which sets XDG_* for every test)."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)


def test_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/ada")
    paths = folders(monkeypatch, Unix)
    assert paths.data == Path(f"/home/ada/.local/share/{APP}")
    assert paths.config == Path(f"/home/ada/.config/{APP}")
    assert paths.cache == Path(f"/home/ada/.cache/{APP}")
    assert paths.logs == Path(f"/home/ada/.local/state/{APP}/log")


def test_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/Users/ada")
    paths = folders(monkeypatch, MacOS)
    assert paths.data == paths.config == Path(f"/Users/ada/Library/Application Support/{APP}")
    assert paths.cache == Path(f"/Users/ada/Library/Caches/{APP}")
    assert paths.logs == Path(f"/Users/ada/Library/Logs/{APP}")


def test_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """In the local (not roaming) AppData of the profile, without an author folder."""
    import platformdirs.windows

    local = r"C:\Users\ada\AppData\Local"
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
    )
    paths = folders(monkeypatch, Windows)
    home = PureWindowsPath(local, APP)
    assert PureWindowsPath(paths.data) == PureWindowsPath(paths.config) == home
    assert PureWindowsPath(paths.cache) == home / "Cache"
    assert PureWindowsPath(paths.logs) == home / "Logs"


def test_the_readme_names_each_systems_folders() -> None:
    readme = (CHECKOUT / "README.md").read_text()
    for folder in (
        f"~/.local/share/{APP}",
        f"~/Library/Application Support/{APP}",
        f"%LOCALAPPDATA%\\{APP}",
        f"~/Library/Logs/{APP}",
    ):
        assert folder in readme


def test_resources_found_from_the_checkout() -> None:
    assert resources_dir() == CHECKOUT / "resources"
    assert resource("icons", "mat-companion.svg").read_text().startswith("<?xml")
    with pytest.raises(FileNotFoundError, match="resource missing: nope.json"):
        resource("nope.json")
