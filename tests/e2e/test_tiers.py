"""`pytest` alone runs the fast tiers; naming tests/ (as make test and CI do) runs e2e too."""

import subprocess
import sys

from tests.conftest import CHECKOUT


def collected(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        capture_output=True,
        text=True,
        cwd=CHECKOUT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_pytest_alone_leaves_out_e2e_and_naming_it_takes_it_in() -> None:
    alone = collected()
    assert len(alone) > 1000 and not [test for test in alone if test.startswith("tests/e2e/")]
    assert collected("tests/e2e/test_tiers.py") == [f"tests/e2e/test_tiers.py::{TEST}"]


TEST = test_pytest_alone_leaves_out_e2e_and_naming_it_takes_it_in.__name__
