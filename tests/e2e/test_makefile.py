"""``make run`` installs what running needs; the test and lint tools come with ``make test``.

Read from ``make -n`` (what make would run) against a virtual environment that
does not exist yet, as on a fresh clone.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CHECKOUT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def installs(target: str, venv: Path) -> list[str]:
    """The pip install lines ``make target`` would run."""
    dry = subprocess.run(
        ["make", "-n", target, f"VENV={venv}"],
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return [line for line in dry.stdout.splitlines() if "pip install" in line]


def test_make_run_installs_the_app_alone(tmp_path: Path) -> None:
    lines = installs("run", tmp_path / "venv")
    assert lines[-1].endswith("-c requirements.lock -e .")
    assert not any("[" in line for line in lines), "no extras: no pytest, ruff or mypy"


@pytest.mark.parametrize("target", ["test", "lint", "pytest"])
def test_the_checks_get_the_test_and_lint_tools(tmp_path: Path, target: str) -> None:
    assert installs(target, tmp_path / "venv")[-1].endswith("-e '.[test,dev]'")
