"""A checkpoint held by another live process is never offered; once that process dies, it is.

Issue 15, point 3, with a real second process: the lock is the operating
system's, released by the kernel when its owner dies (also by SIGKILL), so a
checkpoint can neither be taken from a running window nor stay stuck after a crash.
"""

import subprocess
import sys
from pathlib import Path

from mat_companion.core.checkpoint_claims import leftover_checkpoints
from tests.conftest import CHECKOUT
from tests.core.test_session_checkpoint_claims import IDS, leave

HOLDER = """
import sys, time
from pathlib import Path
from mat_companion.core.checkpoint_claims import CheckpointClaim
claim = CheckpointClaim.take(Path(sys.argv[1]))
print("held" if claim else "taken", flush=True)
time.sleep(60)
"""


def test_a_live_owner_keeps_it_and_a_killed_one_leaves_it_to_recover(tmp_path: Path) -> None:
    folder = tmp_path / "checkpoints"
    path = leave(folder, IDS[0])
    legacy = tmp_path / "session-in-progress.json"
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True, cwd=CHECKOUT
    ) as owner:
        assert owner.stdout is not None and owner.stdout.readline().strip() == "held"
        assert leftover_checkpoints(folder, legacy) == ([], []), "running elsewhere"
        assert path.exists()
        owner.kill()
    found, problems = leftover_checkpoints(folder, legacy)
    assert problems == [] and [f.checkpoint.session_id for f in found] == [IDS[0]]
    found[0].claim.release(remove=True)
    assert not path.exists()
