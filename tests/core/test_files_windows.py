"""The app's folders on Windows, where Python 3.13 has os.fchmod but no folder can be opened."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from mat_companion.core.files import ensure_private_dir

REAL_OPEN = os.open


def windows_open(path: object, flags: int, mode: int = 0o777) -> int:
    """``os.open`` as on Windows: a folder cannot be opened (PermissionError)."""
    if os.path.isdir(path):  # type: ignore[arg-type]
        raise PermissionError(13, "Permission denied", str(path))
    return REAL_OPEN(path, flags, mode)  # type: ignore[arg-type]


def test_a_new_folder_on_windows_with_fchmod_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os, "open", windows_open)
    assert hasattr(os, "fchmod"), "as Python 3.13 has it on Windows"
    folder = tmp_path / "AppData" / "Local" / "org.matcompanion.MatCompanion"
    ensure_private_dir(folder)
    assert folder.is_dir()
