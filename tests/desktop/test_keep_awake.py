"""Keeping the system awake on Windows and macOS, against fakes of the system's calls."""

from __future__ import annotations

import os
import subprocess
from typing import Any

import pytest

from mat_companion.desktop.keep_awake import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    MacKeepAwake,
    NullKeepAwake,
    WindowsKeepAwake,
)

HELD = ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED


class FakeSetThreadExecutionState:
    """kernel32's call: returns the previous state, or 0 when it refuses."""

    def __init__(self, refuse: bool = False) -> None:
        self.calls: list[int] = []
        self.state = ES_CONTINUOUS
        self.refuse = refuse

    def __call__(self, flags: int) -> int:
        self.calls.append(flags)
        if self.refuse:
            return 0
        previous, self.state = self.state, flags
        return previous


def test_windows_requires_the_display_and_the_system_until_released() -> None:
    kernel32 = FakeSetThreadExecutionState()
    hold = WindowsKeepAwake(kernel32)
    hold.inhibit("An acupressure-mat session is running")
    assert hold.active and kernel32.state == HELD
    hold.inhibit("again")
    assert kernel32.calls == [HELD], "held once"
    hold.release()
    assert not hold.active and kernel32.calls == [HELD, ES_CONTINUOUS]
    hold.release()
    assert kernel32.calls == [HELD, ES_CONTINUOUS], "released once"


def test_windows_refusing_is_a_reason_not_an_error() -> None:
    kernel32 = FakeSetThreadExecutionState(refuse=True)
    hold = WindowsKeepAwake(kernel32)
    hold.inhibit("session")
    assert not hold.active and hold.unavailable_reason == "SetThreadExecutionState refused"
    hold.release()
    assert kernel32.calls == [HELD], "nothing to release"


def test_windows_calls_elsewhere_are_not_available() -> None:
    hold = WindowsKeepAwake()
    hold.inhibit("session")
    assert not hold.active
    assert hold.unavailable_reason == (
        "SetThreadExecutionState is not available: kernel32 is Windows' own"
    )


class FakeCaffeinate:
    """subprocess.Popen for caffeinate: runs until terminated."""

    def __init__(self, args: list[str], **options: Any) -> None:
        self.args = args
        self.options = options
        self.returncode: int | None = None
        started.append(self)

    def poll(self) -> int | None:
        return self.returncode

    def terminate(self) -> None:
        self.returncode = -15

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return self.returncode


started: list[FakeCaffeinate] = []


@pytest.fixture(autouse=True)
def no_caffeinate_left() -> None:
    started.clear()


def test_macos_runs_caffeinate_for_this_process_until_released() -> None:
    hold = MacKeepAwake(popen=FakeCaffeinate, which=lambda name: f"/usr/bin/{name}")
    hold.inhibit("session")
    assert hold.active
    [caffeinate] = started
    assert caffeinate.args == ["/usr/bin/caffeinate", "-d", "-i", "-w", str(os.getpid())]
    assert caffeinate.options["stdin"] == subprocess.DEVNULL
    hold.inhibit("again")
    assert len(started) == 1, "held once"
    hold.release()
    assert not hold.active and caffeinate.returncode == -15


def test_macos_a_caffeinate_that_ended_is_started_again() -> None:
    hold = MacKeepAwake(popen=FakeCaffeinate, which=lambda name: f"/usr/bin/{name}")
    hold.inhibit("session")
    started[0].returncode = 0  # ended by someone else
    assert not hold.active
    hold.inhibit("session")
    assert len(started) == 2 and hold.active


def test_macos_without_caffeinate_is_a_reason_not_an_error() -> None:
    hold = MacKeepAwake(popen=FakeCaffeinate, which=lambda _name: None)
    hold.inhibit("session")
    assert not hold.active and started == []
    assert hold.unavailable_reason == "caffeinate could not start: caffeinate is not on the PATH"
    hold.release()


def test_the_null_one_holds_nothing_and_says_so() -> None:
    hold = NullKeepAwake()
    hold.inhibit("session")
    assert not hold.active and hold.unavailable_reason == "no way to keep this system awake"
    hold.release()
