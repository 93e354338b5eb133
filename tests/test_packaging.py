"""The desktop entry, AppStream metadata and packaging files, checked with the real validators."""

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from mat_companion import APP_ID, __version__
from mat_companion.cli import build_parser
from tests.conftest import CHECKOUT

PACKAGING = CHECKOUT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is needed (scripts/system-deps.sh test installs it)"
    return found


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_the_desktop_entry_can_start_a_session() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP)
    assert entry["Desktop Entry"]["Exec"] == "mat-companion"
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    action = entry["Desktop Action start-session"]
    assert action["Name"] == "Start a session"
    assert action["Exec"] == "mat-companion --start-session"
    assert build_parser().parse_args(["--start-session"]).start_session is True


def test_the_metainfo_is_valid_and_matches_the_app() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    assert "not medical advice" in "".join(root.find("description").itertext())  # type: ignore[union-attr]


def store_words() -> list[str]:
    """What a store or a menu says about the app: the summaries, description and comments."""
    root = ElementTree.parse(METAINFO).getroot()
    words = [summary.text or "" for summary in root.findall("summary")]
    words.append(" ".join("".join(root.find("description").itertext()).split()))  # type: ignore[union-attr]
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP)
    words += [value for key, value in entry["Desktop Entry"].items() if key.startswith("Comment")]
    return words


def test_the_store_and_the_menu_do_not_promise_relaxation() -> None:
    """DOMAIN: say "may help you relax" or "many people find", never that a session relaxes."""
    words = store_words()
    assert len(words) >= 4, "summaries in English and German, the description, the comments"
    for line in words:
        assert not re.search(r"relaxing|entspannend", line, re.IGNORECASE), line
    assert any("Many people find a session on the mat helps them relax" in line for line in words)


@pytest.mark.parametrize("name", ["mat-companion.spec", "build.sh", "smoke_test.py", "launcher.py"])
def test_the_bundle_files_are_there(name: str) -> None:
    assert (PACKAGING / name).is_file()


def test_the_flatpak_manifest_has_sound_and_the_app_id() -> None:
    manifest = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text()
    assert f"id: {APP_ID}" in manifest
    assert "base: io.qt.PySide.BaseApp" in manifest
    assert "--socket=pulseaudio" in manifest
