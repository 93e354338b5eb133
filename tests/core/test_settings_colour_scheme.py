"""The colour scheme setting: System by default, light or dark kept, anything else refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mat_companion.core.settings import ColourScheme, Settings


def test_the_default_is_the_systems_scheme(tmp_path: Path) -> None:
    settings, problem = Settings.load(tmp_path / "settings.json")
    assert problem is None
    assert settings.colour_scheme is ColourScheme.SYSTEM


@pytest.mark.parametrize("scheme", list(ColourScheme))
def test_a_chosen_scheme_is_written_and_read_back(tmp_path: Path, scheme: ColourScheme) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.colour_scheme = scheme
    settings.save()
    assert json.loads(path.read_text())["colour_scheme"] == scheme.value
    assert Settings.load(path)[0].colour_scheme is scheme


@pytest.mark.parametrize("bad", ["purple", "Dark", "", 1, None, ["dark"]])
def test_an_unknown_scheme_falls_back_to_the_system(tmp_path: Path, bad: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"colour_scheme": bad, "reduced_motion": True}))
    settings, problem = Settings.load(path)
    assert problem is not None
    assert settings.colour_scheme is ColourScheme.SYSTEM
    assert settings.reduced_motion is True
