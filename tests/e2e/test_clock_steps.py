"""A real step of the wall clock during a session, made by libfaketime, stretches nothing.

Issue 15, point 1, end to end: the app runs in a process of its own under
libfaketime (Debian's ``faketime``), reading its fake offset from a file that
the test rewrites while a session runs, so the wall clock the process sees jumps
back two hours or forward a day, as NTP, a resumed VM or a hand correction
would make it; its monotonic clock is left real. The session is then ended by
SIGTERM (point 13's path, which saves it as ended early). Its record must start
at the wall-clock time of its start and last what really passed.
"""

from __future__ import annotations

import glob
import signal
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.test_sessions_in_a_row import screened
from tests.e2e.test_signals import history, launch, runtime, stop, wait_ready

__all__ = ["runtime"]  # the fixture, shared with the signal tests

LIBFAKETIME = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))


@pytest.mark.slow
@pytest.mark.skipif(
    not LIBFAKETIME, reason="libfaketime is not installed (Debian: apt-get install faketime)"
)
@pytest.mark.parametrize("step", ["-2h", "+1d"], ids=["back two hours", "forward a day"])
def test_a_wall_clock_step_during_a_session_keeps_its_times_true(
    tmp_path: Path, runtime: Path, step: str
) -> None:
    data = tmp_path / "data"
    screened(data)
    offset = tmp_path / "faketime"
    offset.write_text("+0\n")
    before = datetime.now().astimezone()
    app = launch(
        data,
        "on_the_mat",
        runtime,
        LD_PRELOAD=LIBFAKETIME[0],
        FAKETIME_TIMESTAMP_FILE=str(offset),
        FAKETIME_NO_CACHE="1",
        FAKETIME_DONT_FAKE_MONOTONIC="1",
    )
    wait_ready(app)
    offset.write_text(f"{step}\n")
    time.sleep(1.5)
    status, _took, err = stop(app, signal.SIGTERM)
    after = datetime.now().astimezone()
    assert status == 128 + signal.SIGTERM, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    (record,) = history(data)
    started = datetime.fromisoformat(str(record["started_at"]))
    ended = datetime.fromisoformat(str(record["ended_at"]))
    assert before - timedelta(seconds=1) <= started <= after, "the start is the real start"
    assert timedelta(seconds=2) <= ended - started <= after - before + timedelta(seconds=1), (
        "the end is the start plus the time that really passed, not the stepped clock"
    )
    assert record["completed"] is False and record["actual_seconds"] >= 2  # type: ignore[operator]
