"""Settings the app no longer has: a file that holds one still loads, quietly, and keeps it."""

import json
from pathlib import Path

import pytest

from mat_companion.core.settings import FIELDS, Settings


@pytest.mark.parametrize("value", [["back", "feet"], [], "back", [["neck"]]])
def test_the_areas_of_interest_of_an_older_file_load_without_a_word(
    tmp_path: Path, value: object
) -> None:
    """The first-run wizard asked for them and nothing read them, so the setting went."""
    assert "interests" not in FIELDS
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"interests": value, "stage": "intermediate"}))
    settings, said = Settings.load(path)
    assert said is None, "no notice and nothing set aside"
    assert settings.stage == "intermediate"
    assert list(tmp_path.iterdir()) == [path]
    settings.save()
    assert json.loads(path.read_bytes())["interests"] == value, "kept for an older version"


def test_the_page_an_older_version_remembered_loads_and_the_app_opens_at_the_session(
    tmp_path: Path,
) -> None:
    """The Session page is one click or Enter from launch, whatever page was left open."""
    assert "last_page" not in FIELDS
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"last_page": "history", "stage": "intermediate"}))
    settings, said = Settings.load(path)
    assert said is None and settings.stage == "intermediate"
    settings.save()
    assert json.loads(path.read_bytes())["last_page"] == "history", "kept for an older version"
