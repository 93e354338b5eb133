"""The layout holds in every look: dark too, at 1920x1080, and at 2x (issue 18).

tests/ui/test_geometry.py checks light and high contrast at 800x600 in the fast
tier; this is the whole product: each scheme, language and size, each at 1x and
at 2x (a process per scale, with QT_SCALE_FACTOR), every part of the tour.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from tempfile import TemporaryDirectory

import pytest

from tests.conftest import CHECKOUT
from tests.ui.screens import every_look
from tests.ui.test_geometry import held_parts

SCALES = (1, 2)


@cache
def faults_at(scale: int) -> dict[str, dict[str, list[str]]]:
    """Every look's faults by part, found by a process at ``scale`` (once per run)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": str(scale)}
    with TemporaryDirectory(prefix="mc-geometry-") as folder:
        out = subprocess.run(
            [sys.executable, "-m", "tests.e2e.geometry_child", folder],
            cwd=CHECKOUT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        ).stdout
    found: dict[str, dict[str, list[str]]] = json.loads(out.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("part", held_parts())
@pytest.mark.parametrize("scale", SCALES, ids=lambda scale: f"{scale}x")
def test_every_screen_in_every_look_is_laid_out_whole(scale: int, part: str) -> None:
    found = faults_at(scale)
    assert sorted(found) == sorted(look.name for look in every_look())
    faults = [f"{look}: {fault}" for look, parts in found.items() for fault in parts[part]]
    assert faults == [], "\n".join(faults)
