"""How far behind what Qt has handed PulseAudio the sound heard now is, asked of the server.

Qt's PulseAudio stream counts as played (``processedUSecs``) what it has handed
the server, not what is heard: the server's queue for the stream and the
sink's own latency come on top. With the 16 ms queue Qt asks for, that was
small; with the queue the app asks for (``latency_request``), cues would come
50-60 ms late. The server tells any client each stream's queue and sink
latency (what ``pactl list sink-inputs`` shows); this asks for Qt's stream of
this process, by its name.

Where there is no PulseAudio (Windows, macOS, Qt's PipeWire backend) nothing
matches, and the stream goes by Qt's count alone, as before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import time
from collections.abc import Callable
from functools import cache

log = logging.getLogger(__name__)

#: A server that does not answer within this is not asked again for this stream.
CONNECT_SECONDS = 1.0
ANSWER_SECONDS = 0.05
#: Answers in a row without Qt's stream: it plays elsewhere (Qt's PipeWire backend), so
#: the server is not asked again.
MISSES_TO_GIVE_UP = 30

_CONTEXT_NOAUTOSPAWN = 1
_CONTEXT_READY = 4
_OPERATION_RUNNING = 0


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _ChannelMap(ctypes.Structure):
    _fields_ = [("channels", ctypes.c_uint8), ("map", ctypes.c_int * 32)]


class _Volume(ctypes.Structure):
    _fields_ = [("channels", ctypes.c_uint8), ("values", ctypes.c_uint32 * 32)]


class _SinkInputInfo(ctypes.Structure):
    """The head of libpulse's pa_sink_input_info, as far as the two latencies."""

    _fields_ = [
        ("index", ctypes.c_uint32),
        ("name", ctypes.c_char_p),
        ("owner_module", ctypes.c_uint32),
        ("client", ctypes.c_uint32),
        ("sink", ctypes.c_uint32),
        ("sample_spec", _SampleSpec),
        ("channel_map", _ChannelMap),
        ("volume", _Volume),
        ("buffer_usec", ctypes.c_uint64),
        ("sink_usec", ctypes.c_uint64),
    ]


class _ServerInfo(ctypes.Structure):
    """The head of libpulse's pa_server_info, as far as the server's name."""

    _fields_ = [
        ("user_name", ctypes.c_char_p),
        ("host_name", ctypes.c_char_p),
        ("server_version", ctypes.c_char_p),
        ("server_name", ctypes.c_char_p),
    ]


_ServerInfoCallback = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(_ServerInfo), ctypes.c_void_p
)
_SinkInputCallback = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(_SinkInputInfo), ctypes.c_int, ctypes.c_void_p
)


@cache
def _library() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("pulse") or "libpulse.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    pointer = ctypes.c_void_p
    signatures = {
        "pa_mainloop_new": (pointer, []),
        "pa_mainloop_get_api": (pointer, [pointer]),
        "pa_mainloop_prepare": (ctypes.c_int, [pointer, ctypes.c_int]),
        "pa_mainloop_poll": (ctypes.c_int, [pointer]),
        "pa_mainloop_dispatch": (ctypes.c_int, [pointer]),
        "pa_mainloop_free": (None, [pointer]),
        "pa_context_new": (pointer, [pointer, ctypes.c_char_p]),
        "pa_context_connect": (ctypes.c_int, [pointer, ctypes.c_char_p, ctypes.c_int, pointer]),
        "pa_context_get_state": (ctypes.c_int, [pointer]),
        "pa_context_disconnect": (None, [pointer]),
        "pa_context_unref": (None, [pointer]),
        "pa_context_get_sink_input_info_list": (pointer, [pointer, _SinkInputCallback, pointer]),
        "pa_context_get_server_info": (pointer, [pointer, _ServerInfoCallback, pointer]),
        "pa_operation_get_state": (ctypes.c_int, [pointer]),
        "pa_operation_cancel": (None, [pointer]),
        "pa_operation_unref": (None, [pointer]),
    }
    for function, (result, arguments) in signatures.items():
        getattr(lib, function).restype = result
        getattr(lib, function).argtypes = arguments
    return lib


class ServerLatency:
    """A connection to the sound server that asks for this process's Qt stream's latency.

    Used from one thread (the audio thread); ``close`` before the thread ends.
    """

    def __init__(self) -> None:
        self._lib = _library()
        self._loop: int | None = None
        self._context: int | None = None
        self._prefix = f"QtmPulseStream-{os.getpid()}-".encode()
        self._found: list[float] = []
        self._on_info = _SinkInputCallback(self._collect)  # kept: the server calls it back
        self._on_server = _ServerInfoCallback(self._note_server)
        self._server_name = ""
        self._broken = self._lib is None
        self._misses = 0

    def seconds(self) -> float | None:
        """The queue plus the sink's latency of the stream, or None where it cannot be known."""
        self._found = []
        if not self._ask(
            lambda lib: lib.pa_context_get_sink_input_info_list(self._context, self._on_info, None)
        ):
            return None
        if self._found:
            self._misses = 0
            return max(self._found)
        self._misses += 1
        if self._misses >= MISSES_TO_GIVE_UP:
            self._give_up("Qt's stream is not among the server's: Qt plays elsewhere")
        return None

    def on_pipewire(self) -> bool:
        """Whether the server is PipeWire's (pipewire-pulse), which says 0 for every latency.

        There the queue the app asks for would make every cue late by it, unseen.
        """
        self._server_name = ""
        self._ask(lambda lib: lib.pa_context_get_server_info(self._context, self._on_server, None))
        return "PipeWire" in self._server_name

    def _ask(self, question: Callable[[ctypes.CDLL], int]) -> bool:
        """Send ``question`` and wait for its answers (a short while); whether they came."""
        if self._broken or (self._context is None and not self._connect()):
            return False
        lib = self._lib
        assert lib is not None
        operation = question(lib)
        if not operation:
            self._give_up("the server refused the question")
            return False
        try:
            deadline = time.monotonic() + ANSWER_SECONDS
            while lib.pa_operation_get_state(operation) == _OPERATION_RUNNING:
                if time.monotonic() > deadline or not self._turn(deadline):
                    lib.pa_operation_cancel(operation)
                    return False
        finally:
            lib.pa_operation_unref(operation)
        return True

    def close(self) -> None:
        """End the connection."""
        lib = self._lib
        if lib is None:
            return
        if self._context is not None:
            lib.pa_context_disconnect(self._context)
            lib.pa_context_unref(self._context)
            self._context = None
        if self._loop is not None:
            lib.pa_mainloop_free(self._loop)
            self._loop = None

    def _connect(self) -> bool:
        lib = self._lib
        assert lib is not None
        self._loop = lib.pa_mainloop_new()
        api = lib.pa_mainloop_get_api(self._loop)
        self._context = lib.pa_context_new(api, b"Mat Companion latency")
        if not self._context or lib.pa_context_connect(
            self._context, None, _CONTEXT_NOAUTOSPAWN, None
        ):
            self._give_up("no sound server to ask")
            return False
        deadline = time.monotonic() + CONNECT_SECONDS
        while lib.pa_context_get_state(self._context) != _CONTEXT_READY:
            if lib.pa_context_get_state(self._context) > _CONTEXT_READY or not self._turn(deadline):
                self._give_up("the sound server did not answer")
                return False
        return True

    def _turn(self, deadline: float) -> bool:
        """Run the connection's loop once, waiting at most until ``deadline``."""
        lib = self._lib
        assert lib is not None
        wait_us = max(0, round((deadline - time.monotonic()) * 1_000_000))
        return bool(
            lib.pa_mainloop_prepare(self._loop, wait_us) >= 0
            and lib.pa_mainloop_poll(self._loop) >= 0
            and lib.pa_mainloop_dispatch(self._loop) >= 0
        )

    def _collect(
        self, _context: int, info: ctypes._Pointer[_SinkInputInfo], eol: int, _: int
    ) -> None:
        if eol or not info:
            return
        entry = info.contents
        if entry.name and entry.name.startswith(self._prefix):
            self._found.append((entry.buffer_usec + entry.sink_usec) / 1_000_000)

    def _note_server(self, _context: int, info: ctypes._Pointer[_ServerInfo], _: int) -> None:
        if info and info.contents.server_name:
            self._server_name = info.contents.server_name.decode(errors="replace")

    def _give_up(self, reason: str) -> None:
        log.info("the stream's latency is not known (%s): cues go by Qt's count alone", reason)
        self.close()
        self._broken = True
