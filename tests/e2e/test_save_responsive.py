"""Saving to a large history, and waiting for a lock held elsewhere, never freeze the window.

Real time and real files: a history of 100,000 sessions, the real store, the real
window's save paths (a session's end, a History page edit), with a 10 ms timer on
the UI thread. A frozen loop shows as a gap as long as the save; a turning one
gives the timer its turn all along.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from benchmarks.history_data import make_sessions
from mat_companion.app import AppContext, configure_application
from mat_companion.core.history_document import serialise_history
from mat_companion.paths import AppPaths
from mat_companion.ui import background
from tests.conftest import CHECKOUT

SESSIONS = 100_000


class Gaps:
    """The longest time between two turns of a 10 ms UI-thread timer while it runs."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.timeout.connect(self._beat)
        self._timer.start(10)

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def during(self, action: Callable[[], object]) -> float:
        """The longest gap while ``action`` runs (measured up to its end)."""
        self.longest, self._last = 0.0, time.monotonic()
        action()
        self._beat()
        return self.longest


@pytest.fixture
def large(tmp_path: Path) -> tuple[AppPaths, list[dict[str, object]]]:
    paths = AppPaths.under(tmp_path / "data")
    paths.data.mkdir(parents=True)
    sessions = make_sessions(SESSIONS + 2)
    paths.history_file.write_bytes(serialise_history(sessions[:SESSIONS], {}))
    return paths, sessions[SESSIONS:]


@pytest.fixture
def context(qtbot: QtBot, qapp: object, large: tuple[AppPaths, object]) -> Iterator[AppContext]:
    configure_application(qapp)  # type: ignore[arg-type]
    ctx = AppContext(large[0])
    qtbot.addWidget(ctx.window)
    ctx.window.show()
    qtbot.waitExposed(ctx.window)
    _ = ctx.history  # loaded, as after the first paint
    yield ctx


def test_a_session_saved_to_a_large_history_keeps_the_window_turning(
    qtbot: QtBot,
    context: AppContext,
    large: tuple[AppPaths, list[dict[str, object]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Against the same save waited for plainly, in the same run (the machine is noisy)."""
    _, (first, second) = large
    gaps = Gaps()
    with monkeypatch.context() as plainly:
        plainly.setattr(background, "SPIN_AFTER_SECONDS", 3600.0)
        frozen = gaps.during(lambda: context.save_record(first))
    longest = gaps.during(lambda: context.save_record(second))
    assert [s["id"] for s in context.history.sessions[-2:]] == [first["id"], second["id"]]
    assert longest < frozen / 2, f"gap {longest:.3f} s, waited for plainly {frozen:.3f} s"


def test_a_history_lock_held_elsewhere_is_waited_for_with_the_window_turning(
    qtbot: QtBot, context: AppContext, large: tuple[AppPaths, list[dict[str, object]]]
) -> None:
    paths, (_, session) = large
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(context.history.lock_path)],
        cwd=CHECKOUT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        gaps = Gaps()
        problems: list[object] = []
        started = time.monotonic()
        longest = gaps.during(lambda: problems.append(context.save_record(session)))
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
    assert problems[0] is not None and "using" in str(problems[0]), "one sentence"
    assert waited >= 3, "the lock was waited for"
    assert longest < 0.25, f"the window froze for {longest:.2f} s of the {waited:.1f} s wait"


HOLD = """
import sys, time
from pathlib import Path
from mat_companion.core.file_lock import exclusive_lock
with exclusive_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""
