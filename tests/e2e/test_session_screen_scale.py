"""The session screen at twice the scale (QT_SCALE_FACTOR=2), in English and German.

Its words and its time fit where they are drawn at every window size; a
process of its own, as the scale is fixed when Qt starts (issue 18, point 2).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CHECKOUT


def test_the_words_and_the_time_fit_at_twice_the_scale(tmp_path: Path) -> None:
    child = subprocess.run(
        [sys.executable, "-m", "tests.e2e.session_scale_child", str(tmp_path)],
        cwd=CHECKOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert result["ratio"] == 2
    assert result["faults"] == []
