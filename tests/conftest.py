"""Test set-up shared by every test: offscreen Qt, private folders, a guard on the real home."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Shared machines are noisy: judge hypothesis tests by what they find, not by how fast.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", None)

from tests import process_guard  # noqa: E402

CHECKOUT = Path(__file__).resolve().parent.parent
SHARED = CHECKOUT.parent / "shared"
_GUARD = process_guard.install(CHECKOUT)


@pytest.fixture(autouse=True)
def private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point HOME and every platformdirs location at a fresh folder of the test's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable, folder in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    yield home


@pytest.fixture(autouse=True)
def no_writes_to_real_home() -> Iterator[None]:
    """Fail the test that wrote into the real home directory."""
    before = len(_GUARD.violations)
    yield
    written = _GUARD.violations[before:]
    assert not written, f"test wrote into the real home or used the network: {written}"


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private runtime folder with a short path, as /run/user/UID is (sockets need one)."""
    folder = Path(tempfile.mkdtemp(prefix="mc-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
