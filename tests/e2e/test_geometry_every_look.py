"""The layout holds in every look: dark too, at 1920x1080, and at 2x (issue 18).

tests/ui/test_geometry.py checks light and high contrast at 800x600 in the fast
tier; this is the whole product: each scheme, language and size, each at 1x and
at 2x (a process per scale and screen size, with QT_SCALE_FACTOR and an offscreen
screen of that size), every part of the tour.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest

from tests.conftest import CHECKOUT
from tests.ui.screens import PARTS, SIZES, every_look, offscreen_platform

SCALES = (1, 2)


@cache
def faults_at(scale: int) -> dict[str, dict[str, list[str]]]:
    """Every look's faults by part at ``scale``: a process per screen size (once per run)."""
    found: dict[str, dict[str, list[str]]] = {}
    with TemporaryDirectory(prefix="mc-geometry-") as folder:
        for size in SIZES:
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": offscreen_platform(size, scale, Path(folder)),
                "QT_SCALE_FACTOR": str(scale),
            }
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tests.e2e.geometry_child",
                    folder,
                    "x".join(map(str, size)),
                ],
                cwd=CHECKOUT,
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
                check=True,
            ).stdout
            found.update(json.loads(out.strip().splitlines()[-1]))
    return found


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("scale", SCALES, ids=lambda scale: f"{scale}x")
def test_every_screen_in_every_look_is_laid_out_whole(scale: int, part: str) -> None:
    found = faults_at(scale)
    assert sorted(found) == sorted(look.name for look in every_look())
    faults = [f"{look}: {fault}" for look, parts in found.items() for fault in parts[part]]
    assert faults == [], "\n".join(faults)
