"""Saving to a large history, and waiting for a lock held elsewhere, never freeze the window.

Real time, real files and the real window's save path, in a process of its own
(tests/e2e/save_responsive_child.py): a history of 100,000 sessions and a 10 ms
timer on the UI thread. A frozen loop shows as a gap as long as the save; a
turning one gives the timer its turn all along.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import CHECKOUT


def run_child(folder: Path, mode: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.save_responsive_child", str(folder), mode],
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_session_saved_to_a_large_history_keeps_the_window_turning(tmp_path: Path) -> None:
    """Against the same save waited for plainly, in the same run (the machine is noisy)."""
    result = run_child(tmp_path / "data", "large")
    assert result["saved"] is True
    frozen, longest = float(result["frozen"]), float(result["longest"])  # type: ignore[arg-type]
    assert longest < frozen / 2, f"gap {longest:.3f} s, waited for plainly {frozen:.3f} s"


def test_a_history_lock_held_elsewhere_is_waited_for_with_the_window_turning(
    tmp_path: Path,
) -> None:
    result = run_child(tmp_path / "data", "locked")
    assert "using" in str(result["problem"]), "one sentence"
    waited, longest = float(result["waited"]), float(result["longest"])  # type: ignore[arg-type]
    assert waited >= 3, "the lock was waited for"
    assert longest < 0.25, f"the window froze for {longest:.2f} s of the {waited:.1f} s wait"
