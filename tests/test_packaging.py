"""The desktop entry, AppStream metadata and packaging files, checked with the real validators."""

import configparser
import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import types
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from mat_companion import APP_ID, APP_NAME, __version__
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


@pytest.mark.parametrize(
    "name",
    [
        "mat-companion.spec",
        "build.sh",
        "smoke_test.py",
        "launcher.py",
        "make_icons.py",
        "bundle_contents.py",
        "Info.plist",
    ],
)
def test_the_bundle_files_are_there(name: str) -> None:
    assert (PACKAGING / name).is_file()


def test_the_flatpak_manifest_has_sound_and_the_app_id() -> None:
    manifest = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text()
    assert f"id: {APP_ID}" in manifest
    assert "base: io.qt.PySide.BaseApp" in manifest
    assert "--socket=pulseaudio" in manifest


def packaging_module(name: str) -> types.ModuleType:
    """A script of packaging/ (not a package) loaded as the spec loads it."""
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_the_windows_and_macos_icons_are_made_from_the_apps_icon(tmp_path: Path) -> None:
    make_icons = packaging_module("make_icons")
    ico, icns = make_icons.make_icons(tmp_path)

    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for index, size in enumerate(make_icons.ICO_SIZES):
        side, _, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert (side or 256, bits) == (size, 32)
        assert png_size(data[offset : offset + length]) == (size, size)

    data = icns.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = png_size(data[at + 8 : at + length])
        at += length
    assert found == {kind: (size, size) for kind, size in make_icons.ICNS_TYPES}
    assert found[b"ic10"] == (1024, 1024), "the Retina 512 pt icon"


def test_the_macos_bundle_is_named_by_its_info_plist() -> None:
    info = plistlib.loads((PACKAGING / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID == "org.matcompanion.MatCompanion"
    assert info["CFBundleName"] == info["CFBundleDisplayName"] == APP_NAME
    assert info["CFBundlePackageType"] == "APPL" and info["NSHighResolutionCapable"] is True
    assert set(info["CFBundleLocalizations"]) == {"en", "de"}
    spec = (PACKAGING / "mat-companion.spec").read_text()
    assert "info_plist=info" in spec and "bundle_identifier=APP_ID" in spec


@pytest.mark.parametrize(
    ("destination", "left_out"),
    [
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", True),
        ("PySide6/Qt/translations/qt_fr.qm", True),
        ("PySide6/Qt/translations/qt_help_de.qm", True),
        (r"PySide6\plugins\imageformats\qpdf.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.dylib", True),
        # what the app loads
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        (r"PySide6\plugins\platforms\qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        (r"PySide6\plugins\imageformats\qico.dll", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),  # the multimedia plugin needs it
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtmultimedia_en.qm", False),
        ("mat_companion/resources/translations/mat_companion_de.qm", False),
    ],
)
def test_the_bundle_leaves_out_only_what_the_app_never_loads(
    destination: str, left_out: bool
) -> None:
    assert packaging_module("bundle_contents").unused(destination) is left_out


def test_the_spec_builds_for_each_system() -> None:
    spec = (PACKAGING / "mat-companion.spec").read_text()
    assert 'sys.platform == "win32"' in spec and 'sys.platform == "darwin"' in spec
    assert "icon=str(ico if WINDOWS else icns)" in spec
    assert 'name=f"{APP_NAME}.app"' in spec
    readme = (PACKAGING / "README.md").read_text()
    for command in ("pyinstaller", "mat-companion.exe", "Mat Companion.app", "make_icons.py"):
        assert command in readme
