"""One window per data folder: a second launch hands its request to the first and exits.

The running app listens on a Unix socket named after its data folder (so a
portable ``--data-dir`` copy is an instance of its own). A new launch tries
that socket with plain Python before loading Qt, so handing over costs a
few milliseconds; only the listening side uses Qt (QLocalServer).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import tempfile
from pathlib import Path
from typing import Any

from mat_companion.paths import AppPaths

#: How long a new launch waits for the running one to answer.
HANDOVER_TIMEOUT = 2.0


def socket_path(paths: AppPaths) -> Path:
    """The socket of the instance that owns ``paths`` (short enough for any Unix)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    key = hashlib.sha256(str(paths.data).encode()).hexdigest()[:16]
    return Path(runtime) / f"mat-companion-{os.getuid()}-{key}.sock"


def hand_over(path: Path, request: dict[str, Any]) -> bool:
    """Pass ``request`` to a running instance; False if none answers (start one then)."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(HANDOVER_TIMEOUT)
            connection.connect(str(path))
            connection.sendall(json.dumps(request).encode() + b"\n")
            return connection.recv(16).startswith(b"ok")
    except OSError:
        return False
