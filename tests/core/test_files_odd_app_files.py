"""The app's other files as a folder, pipe, socket or device: refused at once, never a hang."""

from __future__ import annotations

from pathlib import Path

import pytest

from mat_companion.core.session_checkpoint import load_checkpoint
from mat_companion.core.settings import Settings
from tests.core.test_history_store_odd_files import KINDS, finishes, odd_file


@pytest.mark.parametrize("kind", KINDS)
def test_settings_that_are_not_a_file_give_the_defaults_and_one_sentence(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "settings.json"
    with odd_file(path, kind):
        outcome = finishes(lambda: Settings.load(path))
        assert isinstance(outcome, tuple)
        settings, notice = outcome
        assert str(notice).startswith(f"{path} is ")
        assert "not a regular file" in str(notice)
        assert settings.cues.tones is True  # the default


@pytest.mark.parametrize("kind", KINDS)
def test_a_checkpoint_that_is_not_a_file_is_not_offered(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "checkpoints" / "f3b1c2d4-0000-4000-8000-000000000000.json"
    path.parent.mkdir()
    with odd_file(path, kind):
        outcome = finishes(lambda: load_checkpoint(path))
        assert isinstance(outcome, tuple)
        checkpoint, notice = outcome
        assert checkpoint is None
        assert notice is not None
