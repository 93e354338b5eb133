"""History store cost with 10,000 sessions (about 30 years of daily use), as ratios.

Baselines, measured in the same run on the same file: raw ``json.load`` for
loading, raw ``json.dump`` plus ``fsync`` for saving. Also the wall time of a
real ``mat-companion export --format csv`` process.

Goals: load <= 2x raw load; append-and-save <= 3x raw dump + fsync; the export
command well under a second.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history_data import make_sessions, random_session  # noqa: E402

from mat_companion.core.history_document import serialise_history  # noqa: E402
from mat_companion.core.history_store import HistoryStore  # noqa: E402

SESSIONS = 10_000
ROUNDS = 9


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    import random

    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        path = data / "history.json"
        path.write_bytes(serialise_history(make_sessions(SESSIONS)))
        raw_path = data / "raw.json"

        def raw_load() -> object:
            with open(path, "rb") as handle:
                return json.load(handle)

        def store_load() -> HistoryStore:
            store = HistoryStore(path)
            store.load()
            return store

        document = raw_load()

        def raw_dump() -> None:
            with open(raw_path, "w") as handle:
                json.dump(document, handle)
                handle.flush()
                os.fsync(handle.fileno())

        store = store_load()
        figures: dict[str, list[float]] = {k: [] for k in ("raw_load", "load", "raw_dump", "save")}
        for _ in range(ROUNDS):
            figures["raw_load"].append(timed(raw_load))
            figures["load"].append(timed(store_load))
            figures["raw_dump"].append(timed(raw_dump))
            session = random_session(rng, __import__("datetime").datetime.now().astimezone())
            figures["save"].append(timed(lambda s=session: store.add(s)))

        export_times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "mat_companion",
                    "--data-dir",
                    folder,
                    "export",
                    "--format",
                    "csv",
                    "--output",
                    str(data / "export.csv"),
                ],
                check=True,
                capture_output=True,
            )
            export_times.append(time.perf_counter() - start)

    med = {k: statistics.median(v) for k, v in figures.items()}
    load_ratio = med["load"] / med["raw_load"]
    save_ratio = med["save"] / med["raw_dump"]
    export = statistics.median(export_times)
    print(f"history of {SESSIONS} sessions, medians of {ROUNDS} rounds")
    print(
        f"load: store {med['load'] * 1000:.0f} ms, raw json.load {med['raw_load'] * 1000:.0f} ms, "
        f"ratio {load_ratio:.2f} (goal <= 2)"
    )
    print(
        f"append one and save: store {med['save'] * 1000:.0f} ms, raw json.dump + fsync "
        f"{med['raw_dump'] * 1000:.0f} ms, ratio {save_ratio:.2f} (goal <= 3)"
    )
    print(
        f"mat-companion export --format csv (whole process): {export * 1000:.0f} ms (goal < 1000)"
    )
    return 0 if load_ratio <= 2 and save_ratio <= 3 and export < 1 else 1


if __name__ == "__main__":
    sys.exit(main())
