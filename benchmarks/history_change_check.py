"""What the store's change check costs at each save with 10,000 sessions, as ratios.

Before a save the store asks whether anyone else changed ``history.json``: its
stat and a hash of its bytes (a stat alone misses a same-size edit made in place
with the time put back). Baselines, in the same run on the same file: a raw
``json.load`` (what reading a change costs anyway), and the save itself (append
one session and write, fsync and the check included).

Goal: the check is at most a tenth of a raw load. Its share of a save is printed too.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history_data import make_sessions, random_session  # noqa: E402

from mat_companion.core import history_store  # noqa: E402
from mat_companion.core.files import read_regular_file  # noqa: E402
from mat_companion.core.history_document import serialise_history  # noqa: E402
from mat_companion.core.history_store import HistoryStore  # noqa: E402

SESSIONS = 10_000
ROUNDS = 15


def main() -> int:
    import random

    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.json"
        path.write_bytes(serialise_history(make_sessions(SESSIONS)))
        store = HistoryStore(path)
        store.load()
        figures: dict[str, list[float]] = {"check": [], "save": [], "raw_load": []}
        for _ in range(ROUNDS):
            start = time.perf_counter()
            history_store._fingerprint(path, read_regular_file(path))
            figures["check"].append(time.perf_counter() - start)
            session = random_session(rng, datetime.now().astimezone())
            start = time.perf_counter()
            store.add(session)
            figures["save"].append(time.perf_counter() - start)
            start = time.perf_counter()
            with path.open("rb") as handle:
                json.load(handle)
            figures["raw_load"].append(time.perf_counter() - start)
        size = path.stat().st_size
    med = {key: statistics.median(values) for key, values in figures.items()}
    to_save, to_load = med["check"] / med["save"], med["check"] / med["raw_load"]
    print(f"history of {SESSIONS} sessions ({size / 1e6:.1f} MB), medians of {ROUNDS} rounds")
    print(
        f"change check (stat, read, hash): {med['check'] * 1000:.1f} ms; "
        f"save {med['save'] * 1000:.0f} ms, raw json.load {med['raw_load'] * 1000:.0f} ms"
    )
    print(f"ratio to a raw load {to_load:.2f} (goal <= 0.10), share of a save {to_save:.2f}")
    return 0 if to_load <= 0.1 else 1


if __name__ == "__main__":
    sys.exit(main())
