"""The desktop entry and the AppStream metadata speak German too (issue 19, point 3)."""

import configparser
import xml.etree.ElementTree as ElementTree

from mat_companion import APP_ID
from tests.conftest import CHECKOUT

PACKAGING = CHECKOUT / "packaging"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_the_desktop_entry_has_german_names() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    for section in entry.sections():
        english = [
            key for key in ("Name", "GenericName", "Comment", "Keywords") if key in entry[section]
        ]
        assert english, section
        for key in english:
            assert entry[section].get(f"{key}[de]"), f"{section}: {key}[de]"


def test_the_metainfo_says_everything_in_german_too() -> None:
    root = ElementTree.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    for tag in ("name", "summary"):
        assert [e.text for e in root.findall(tag) if e.get(LANG) == "de"], tag
    for parent in (root.find("description"), root.find("description/ul")):
        assert parent is not None
        items = list(parent)
        english = [e for e in items if e.tag in ("p", "li") and e.get(LANG) is None]
        german = [e for e in items if e.tag in ("p", "li") and e.get(LANG) == "de"]
        assert len(german) == len(english) > 0
