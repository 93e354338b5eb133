r"""Smoke-test a built bundle: it prints its version, shows its window offscreen and exits cleanly.

Usage: python packaging/smoke_test.py build/dist/mat-companion/mat-companion
(on Windows build\dist\mat-companion\mat-companion.exe, on macOS
"build/dist/Mat Companion.app/Contents/MacOS/mat-companion")
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mat_companion import __version__
from mat_companion.core.handover import Handover, handover_request
from mat_companion.desktop.single_instance import hand_over, instance_address
from mat_companion.paths import AppPaths


def main() -> int:
    """Run the checks; 0 when the bundle passed."""
    binary = Path(sys.argv[1]).resolve()
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    if sys.platform != "win32":  # a windowed program on Windows has no console to print to
        assert version.stdout.strip() == f"mat-companion {__version__}", version.stdout
    with tempfile.TemporaryDirectory(prefix="mc-smoke-") as folder:
        data = Path(folder) / "data"
        runtime = Path(folder) / "run"
        runtime.mkdir(mode=0o700)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
        app = subprocess.Popen([binary, "--data-dir", str(data)], env=env)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
        deadline = time.monotonic() + 60
        leave = handover_request(Handover.QUIT)
        # asked each time: the socket is named after the folder, which the app makes first
        while not hand_over(instance_address(AppPaths.under(data)), leave):
            if app.poll() is not None or time.monotonic() > deadline:
                app.kill()
                print("the bundle's window did not come up", file=sys.stderr)
                return 1
            time.sleep(0.2)
        status = app.wait(timeout=30)
        log = (data / "logs" / "mat-companion.log").read_text()
        assert status == 0, f"exit status {status}"
        assert f"starting Mat Companion {__version__}" in log, log
        assert "exiting with status 0" in log, log
    print(f"smoke test passed: {binary} {__version__} showed its window and exited cleanly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
