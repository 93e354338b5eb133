"""Processes setting files aside in the same second never overwrite each other's copy."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import CHECKOUT

COPIES = 200
MOVERS = 4


def test_every_copy_set_aside_in_one_second_keeps_its_bytes(tmp_path: Path) -> None:
    child = [sys.executable, "-m", "tests.e2e.set_aside_child"]
    movers = [
        subprocess.Popen([*child, "move", str(tmp_path)], cwd=CHECKOUT) for _ in range(MOVERS)
    ]
    putter = subprocess.run([*child, "put", str(tmp_path), str(COPIES)], cwd=CHECKOUT, timeout=60)
    codes = [mover.wait(timeout=60) for mover in movers]
    assert putter.returncode == 0 and codes == [0] * MOVERS

    aside = sorted(tmp_path.glob("history.json.unreadable-20261201-210000*"))
    kept = sorted(path.read_bytes() for path in aside)
    assert kept == sorted(f"copy {number}".encode() for number in range(COPIES))
