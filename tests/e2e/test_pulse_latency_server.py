"""A real PulseAudio server asked for the latency of a Qt stream it does not have."""

import logging
from pathlib import Path

import pytest

from mat_companion.audio.pulse_latency import MISSES_TO_GIVE_UP, ServerLatency
from tests.audio.sound_server import start_server, stop_server


def test_a_server_without_qts_stream_is_asked_only_so_often(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Qt on PipeWire's own backend: the pulse server never lists its stream."""
    env = start_server(tmp_path / "runtime")
    try:
        for name in ("XDG_RUNTIME_DIR", "HOME"):
            monkeypatch.setenv(name, env[name])
        latency = ServerLatency()
        assert not latency.on_pipewire(), "PulseAudio's own server"
        with caplog.at_level(logging.INFO, logger="mat_companion.audio.pulse_latency"):
            answers = [latency.seconds() for _ in range(MISSES_TO_GIVE_UP + 5)]
        assert answers == [None] * len(answers)
        assert [r.getMessage() for r in caplog.records] == [
            "the stream's latency is not known (Qt's stream is not among the server's: Qt"
            " plays elsewhere): cues go by Qt's count alone"
        ]
        latency.close()
    finally:
        stop_server(env)
