import logging
import stat
from pathlib import Path

from mat_companion.logs import rotate, setup_logging
from mat_companion.paths import AppPaths


def test_rotation_keeps_three_older_logs(tmp_path: Path) -> None:
    log = tmp_path / "mat-companion.log"
    for generation in range(5):
        log.write_text(f"run {generation}\n" + "x" * 20)
        rotate(log, max_bytes=10, backups=3)
    assert not log.exists()
    kept = {p.name: p.read_text().splitlines()[0] for p in tmp_path.iterdir()}
    assert kept == {
        "mat-companion.log.1": "run 4",
        "mat-companion.log.2": "run 3",
        "mat-companion.log.3": "run 2",
    }


def test_small_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "mat-companion.log"
    log.write_text("short")
    rotate(log, max_bytes=100)
    assert [p.name for p in tmp_path.iterdir()] == ["mat-companion.log"]


def test_setup_writes_a_private_log(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    handler = setup_logging(paths, debug=False)
    try:
        logging.getLogger("mat_companion.test").warning("hello from the test")
        handler.flush()
        assert "WARNING mat_companion.test: hello from the test" in paths.log_file.read_text()
        assert stat.S_IMODE(paths.log_file.stat().st_mode) == 0o600
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
