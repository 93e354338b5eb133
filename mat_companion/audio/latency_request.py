"""What the app asks of the sound server for its stream, set before any thread starts.

Qt's PulseAudio stream asks the server to keep only 16 ms of it queued (pactl's
"Buffer Latency: 16000 usec"): the server then wakes Qt's thread about 200
times a second (a percent of a core between them), and a machine that stops
for a moment (a busy virtual machine's host) leaves the server nothing to play,
a gap heard. libpulse reads its own PULSE_LATENCY_MSEC for every stream it
opens; asked for 120 ms, the server keeps that much queued, the two wake about
a tenth as often, and cues stay on time as ``pulse_latency`` tells the stream
how far behind the server plays. A value the user set is kept.
"""

from __future__ import annotations

from collections.abc import MutableMapping

#: The queue the server keeps for the stream, the sink's own latency included.
SERVER_LATENCY_MS = 120
LATENCY_VARIABLE = "PULSE_LATENCY_MSEC"


def ask_for_server_latency(environ: MutableMapping[str, str]) -> None:
    """Ask libpulse for the stream's latency in ``environ``: before any thread reads it."""
    environ.setdefault(LATENCY_VARIABLE, str(SERVER_LATENCY_MS))
