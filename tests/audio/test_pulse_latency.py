"""Where no sound server answers, the stream's latency is unknown, said once, never asked again."""

import logging
from pathlib import Path

import pytest

from mat_companion.audio.latency_request import (
    LATENCY_VARIABLE,
    SERVER_LATENCY_MS,
    ask_for_server_latency,
    withdraw_server_latency,
)
from mat_companion.audio.pulse_latency import ServerLatency


def test_no_server_means_no_latency_said_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-such-socket")
    latency = ServerLatency()
    with caplog.at_level(logging.INFO, logger="mat_companion.audio.pulse_latency"):
        assert latency.seconds() is None
        assert latency.seconds() is None
        assert not latency.on_pipewire()
    assert len(caplog.records) == 1 and "not known" in caplog.records[0].getMessage()
    latency.close()


def test_the_request_keeps_what_the_user_set_and_withdraws_only_its_own() -> None:
    fresh: dict[str, str] = {}
    ask_for_server_latency(fresh)
    assert fresh[LATENCY_VARIABLE] == str(SERVER_LATENCY_MS)
    withdraw_server_latency(fresh)
    assert fresh == {}
    chosen = {LATENCY_VARIABLE: "40"}
    ask_for_server_latency(chosen)
    withdraw_server_latency(chosen)
    assert chosen == {LATENCY_VARIABLE: "40"}
