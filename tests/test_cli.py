import os
import subprocess
import sys
from pathlib import Path

import pytest

from mat_companion import __version__
from mat_companion.__main__ import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mat_companion", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version_via_python_m() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mat-companion {__version__}"


def test_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for option in ("--version", "--data-dir DIR", "--debug"):
        assert option in out


def test_unknown_argument_is_a_clear_error_with_status_2() -> None:
    result = run_cli("--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_data_dir_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"mat-companion: Could not write to the folder {blocker / 'data'}: "
        "a file is in the way of the folder."
    ]


def test_a_data_dir_that_cannot_be_written_opens_the_window_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied on a folder that is there: read it, save nothing (issue 15, point 12)."""
    from mat_companion import app
    from mat_companion.core import files

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    opened: list[Path | None] = []

    def window(_paths: object, **options: object) -> int:
        opened.append(options["read_only"])  # type: ignore[arg-type]
        return 0

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    monkeypatch.setattr(app, "run", window)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no socket folder in the real /tmp
    assert main(["--data-dir", str(tmp_path / "d")]) == 0
    assert opened == [tmp_path / "d"]


def test_no_data_dir_uses_platform_folders(private_dirs: Path) -> None:
    from mat_companion import APP_ID
    from mat_companion.paths import AppPaths

    paths = AppPaths.resolve(None)
    assert paths.data == private_dirs / ".local/share" / APP_ID
    assert paths.config == private_dirs / ".config" / APP_ID
    assert os.fspath(paths.history_file).endswith(f"{APP_ID}/history.json")


def test_data_dir_holds_everything(tmp_path: Path) -> None:
    from mat_companion.paths import AppPaths

    paths = AppPaths.resolve(tmp_path / "portable")
    for path in (paths.history_file, paths.settings_file, paths.log_file, paths.cache):
        assert path.is_relative_to(tmp_path / "portable")


def test_without_a_display_the_window_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_cli("--data-dir", str(tmp_path / "data"), env=env)
    assert result.returncode == 1
    assert result.stderr == (
        "mat-companion: There is no display to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set): start Mat Companion from a desktop session.\n"
    )
