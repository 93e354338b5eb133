"""Each running session's checkpoint is its own, and only a crashed one is left over (point 3)."""

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mat_companion.core.checkin import CheckIn
from mat_companion.core.checkpoint_claims import (
    CheckpointClaim,
    checkpoint_path,
    leftover_checkpoints,
)
from mat_companion.core.session import SessionPlan
from mat_companion.core.session_checkpoint import Checkpoint, save_checkpoint

ZONE = timezone(timedelta(hours=1))
IDS = ("0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11", "5d0c8a2e-0a1b-4c3d-8e9f-123456789abc")


def leave(folder: Path, session_id: str, mat_seconds: float = 300.0) -> Path:
    started = datetime(2026, 11, 20, 21, 0, tzinfo=ZONE)
    path = checkpoint_path(folder, session_id)
    checkpoint = Checkpoint(
        session_id,
        SessionPlan(900, "beginner"),
        started,
        started + timedelta(seconds=20 + mat_seconds),
        mat_seconds,
        900,
        CheckIn(),
    )
    save_checkpoint(path, checkpoint)
    return path


def test_a_claimed_checkpoint_cannot_be_claimed_again_until_released(tmp_path: Path) -> None:
    path = leave(tmp_path, IDS[0])
    running = CheckpointClaim.take(path)
    assert running is not None
    assert CheckpointClaim.take(path) is None, "held by the running session"
    running.release(remove=False)
    again = CheckpointClaim.take(path)
    assert again is not None and path.exists()
    again.release(remove=True)
    assert list(tmp_path.iterdir()) == [], "the checkpoint and its lock are gone"


def test_only_checkpoints_nobody_holds_are_left_over(tmp_path: Path) -> None:
    folder = tmp_path / "checkpoints"
    running_path, crashed_path = leave(folder, IDS[0]), leave(folder, IDS[1])
    running = CheckpointClaim.take(running_path)
    assert running is not None
    found, problems = leftover_checkpoints(folder, tmp_path / "session-in-progress.json")
    assert problems == []
    assert [leftover.checkpoint.session_id for leftover in found] == [IDS[1]]
    assert CheckpointClaim.take(crashed_path) is None, "claimed while it is being asked about"
    found[0].claim.release(remove=True)
    assert not crashed_path.exists() and running_path.exists()
    running.release(remove=True)


def test_the_old_single_checkpoint_is_read_too(tmp_path: Path) -> None:
    legacy = tmp_path / "session-in-progress.json"
    leave(tmp_path, IDS[0]).rename(legacy)
    found, problems = leftover_checkpoints(tmp_path / "checkpoints", legacy)
    assert problems == [] and [f.checkpoint.session_id for f in found] == [IDS[0]]
    found[0].claim.release(remove=True)
    assert not legacy.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_checkpoint_with_no_mat_time_is_simply_removed(tmp_path: Path) -> None:
    folder = tmp_path / "checkpoints"
    path = leave(folder, IDS[0], mat_seconds=0)
    assert leftover_checkpoints(folder, tmp_path / "none.json") == ([], [])
    assert not path.exists()


def test_lock_files_and_set_aside_files_are_not_checkpoints(tmp_path: Path) -> None:
    folder = tmp_path / "checkpoints"
    folder.mkdir()
    (folder / f"{IDS[0]}.json.lock").write_text("")
    (folder / f"{IDS[0]}.json.unreadable-20261120-210000").write_text("{}")
    (folder / f".{IDS[0]}.json.x.tmp").write_text(json.dumps({}))
    assert leftover_checkpoints(folder, tmp_path / "none.json") == ([], [])


def test_a_planted_link_as_lock_is_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "checkpoints"
    path = leave(folder, IDS[0])
    target = tmp_path / "elsewhere"
    path.with_name(path.name + ".lock").symlink_to(target)
    found, problems = leftover_checkpoints(folder, tmp_path / "none.json")
    assert found == [] and len(problems) == 1
    assert str(problems[0]).startswith(f"The lock file {path}.lock of an unfinished session")
    assert not target.exists(), "nothing created through the link"
