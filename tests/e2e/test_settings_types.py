"""mypy knows every setting: a wrong key, a wrong type or a string key is an error before it runs.

A real mypy run (strict, as the project's own) over a few lines that use the settings.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]

SNIPPET = """\
from pathlib import Path
from mat_companion.core.safety import Screening
from mat_companion.core.settings import Settings

settings = Settings(Path("settings.json"))
volume: float = settings.master_volume
screening: Screening | None = settings.screening
settings.master_volum = 0.5
settings.master_volume = "loud"
day: str = settings.safety_reminder_day
settings.get("stage")
settings.rest_plan = [5, 6]
"""


def test_mypy_refuses_each_wrong_use_of_a_setting(tmp_path: Path) -> None:
    snippet = tmp_path / "uses_settings.py"
    snippet.write_text(SNIPPET)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-error-summary",
            str(snippet),
        ],
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = {int(found) for found in re.findall(r"uses_settings\.py:(\d+): error", run.stdout)}
    assert lines == {8, 9, 10, 11, 12}, run.stdout + run.stderr
