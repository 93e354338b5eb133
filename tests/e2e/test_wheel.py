"""A built wheel, installed in a fresh venv, finds every resource (pip and venv: real processes)."""

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from tests.conftest import CHECKOUT


def shipped_resources() -> list[str]:
    root = CHECKOUT / "resources"
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_built_wheel_installed_in_fresh_venv_finds_every_resource(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(CHECKOUT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("mat_companion-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    expected = shipped_resources()
    assert expected
    for name in expected:
        assert f"mat_companion/resources/{name}" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import sys\n"
        "from mat_companion.paths import resource, resources_dir\n"
        "print(resources_dir())\n"
        "for name in sys.argv[1:]: resource(*name.split('/'))\n"
    )
    out = subprocess.run(
        [str(python), "-c", code, *expected],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout
    assert Path(out.strip()).is_relative_to(env_dir)
