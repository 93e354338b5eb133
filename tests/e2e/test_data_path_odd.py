r"""A data path whose bytes are not UTF-8 (``XDG_DATA_HOME=/tmp/caf\xe9``): the window lives.

Python keeps such bytes as lone surrogates; Qt cannot hold them, logging's
UTF-8 cannot write them, and a socket name built from them failed to encode.
The app in a real process, on folders named so, opens, hands over and logs.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import CHECKOUT

CAFE = b"caf\xe9"


def environment(base: bytes, runtime: bytes) -> dict[bytes, bytes]:
    env = {os.fsencode(key): os.fsencode(value) for key, value in os.environ.items()}
    for variable, folder in (
        (b"XDG_DATA_HOME", b"data"),
        (b"XDG_CONFIG_HOME", b"config"),
        (b"XDG_STATE_HOME", b"state"),
        (b"XDG_CACHE_HOME", b"cache"),
    ):
        env[variable] = base + b"/" + folder
    env[b"XDG_RUNTIME_DIR"] = runtime
    env[b"QT_QPA_PLATFORM"] = b"offscreen"
    return env


def launch(env: dict[bytes, bytes], *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "mat_companion", *extra],
        cwd=CHECKOUT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_a_data_path_that_is_not_utf8_opens_the_window_hands_over_and_logs(
    tmp_path: Path,
) -> None:
    base = bytes(tmp_path) + b"/" + CAFE
    runtime = tempfile.mkdtemp(prefix=b"mc-" + CAFE + b"-")  # short: a socket path is short
    env = environment(base, runtime)
    first = launch(env)
    try:
        deadline = time.monotonic() + 30
        while not os.listdir(runtime) and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert first.poll() is None, first.communicate()[1].decode(errors="replace")
        assert os.listdir(runtime), "the window listens for a second launch"
        second = launch(env, "--start-session")
        said = second.communicate(timeout=20)[1].decode(errors="replace")
        assert second.returncode == 0, f"the second launch handed over: {said}"
        assert first.poll() is None
    finally:
        first.kill()
        errors = first.communicate()[1].decode(errors="replace")
        shutil.rmtree(runtime)
    assert "Traceback" not in errors and "Logging error" not in errors, errors
    log = base + b"/state/org.matcompanion.MatCompanion/log/mat-companion.log"
    logged = Path(os.fsdecode(log)).read_text()
    assert "/caf\\udce9/data" in logged, "the path is logged, its odd byte escaped"
