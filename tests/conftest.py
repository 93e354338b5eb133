"""Test set-up shared by every test: offscreen Qt, private folders, a guard on the real home.

``pytest`` alone runs the fast tiers, spread over the machine's cores when pytest-xdist
is there; tests/e2e (real processes, real time, real sound) runs when named, as
``make test`` and CI do with ``pytest tests``, in one process.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Shared machines are noisy: judge hypothesis tests by what they find, not by how fast.
# `pytest` alone searches a tenth as far as `make test` and CI (--hypothesis-profile=thorough).
THOROUGH_EXAMPLES = 100
settings.register_profile("thorough", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "default", settings.get_profile("thorough"), max_examples=THOROUGH_EXAMPLES // 10
)
settings.load_profile("default")


def examples(thorough: int) -> int:
    """A test's own number of examples under the thorough profile, scaled to the one loaded."""
    return max(1, thorough * settings.default.max_examples // THOROUGH_EXAMPLES)


os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", None)

# Temporary folders in memory where the system has it (Linux's /dev/shm): the files are as
# real, but each save's fsync no longer waits for a shared disk (half of a salvage test's time).
_MEMORY = Path("/dev/shm")
if _MEMORY.is_dir() and os.access(_MEMORY, os.W_OK):
    tempfile.tempdir = os.environ["TMPDIR"] = str(_MEMORY)

from tests import process_guard  # noqa: E402

CHECKOUT = Path(__file__).resolve().parent.parent
SHARED = CHECKOUT.parent / "shared"
_GUARD = process_guard.install(CHECKOUT)
E2E = CHECKOUT / "tests" / "e2e"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Leave out tests/e2e when no test was named (``pytest`` alone)."""
    if config.args_source == pytest.Config.ArgsSource.TESTPATHS and collection_path == E2E:
        return True
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """``pytest`` alone runs in a worker per core (pytest-xdist), unless ``-n`` says otherwise.

    Only then: named tests, e2e among them (real sound, real timing), run in this
    process as given. Each look of the geometry walk keeps to one worker (loadgroup).
    """
    if (
        config.args_source == pytest.Config.ArgsSource.TESTPATHS
        and config.pluginmanager.has_plugin("xdist")
        and not hasattr(config, "workerinput")
        and config.option.numprocesses is None
    ):
        config.option.numprocesses = "auto"
        if config.option.dist == "no":
            config.option.dist = "loadgroup"


def pytest_collection_finish(session: pytest.Session) -> None:
    """Keep what collection made (every test item and module) out of each full collection.

    The garbage collector went through them again and again: a third of its time.
    """
    gc.freeze()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    """Delete the windows pytest-qt closed: left to pile up, each later test paints slower."""
    result = yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(scope="session")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of every test's home, in pytest's temporary folder of this run."""
    return tmp_path_factory.mktemp("homes")


@pytest.fixture(autouse=True)
def private_dirs(homes: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point HOME and every platformdirs location at a fresh folder of the test's own.

    Not ``mktemp``: it lists the whole folder to number the next one, so each test's
    home took longer than the last.
    """
    home = Path(tempfile.mkdtemp(prefix="home-", dir=homes))
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
