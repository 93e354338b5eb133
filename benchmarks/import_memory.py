"""Peak memory of ``mat-companion import`` of a large hand-made CSV, as a ratio.

The CSV has the essential columns only (about 36 bytes a row, as a spreadsheet
would write them); the import turns it into a ``history.json`` about four times
larger. The figure is the import process's peak resident memory over the size of
the file it wrote; the baseline is the peak of the same command importing an
empty CSV in the same run (the interpreter and its modules), subtracted first.

Goal: peak / resulting file <= 6 (it was 34: 4.7 GB for a 142 MB file).
Run: ``python benchmarks/import_memory.py [rows]`` (default 1,000,000).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROWS = 1_000_000
GOAL = 6.0


def write_csv(path: Path, rows: int) -> None:
    start = datetime(1990, 1, 1, tzinfo=UTC)
    with path.open("w", newline="") as handle:
        handle.write("started_at,actual_seconds,stage\r\n")
        for row in range(rows):
            moment = (start + timedelta(minutes=row)).isoformat()
            handle.write(f"{moment},{600 + row % 400},back\r\n")


def peak_of_import(csv_path: Path, data_dir: Path) -> int:
    """The import's peak resident memory in bytes, measured in a child process of its own."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    command = [sys.executable, "-m", "mat_companion", "--data-dir", str(data_dir)]
    result = subprocess.run(
        [sys.executable, "-c", code, *command, "import", str(csv_path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout) * 1024  # ru_maxrss is in KiB on Linux


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        empty, big = here / "empty.csv", here / "big.csv"
        write_csv(empty, 0)
        write_csv(big, rows)
        baseline = peak_of_import(empty, here / "empty")
        peak = peak_of_import(big, here / "big")
        result = (here / "big" / "history.json").stat().st_size
        source = big.stat().st_size
    ratio = (peak - baseline) / result
    mib = 2**20
    print(f"import of a {rows}-row CSV ({source / mib:.0f} MiB) into {result / mib:.0f} MiB")
    print(
        f"peak {peak / mib:.0f} MiB, baseline (empty import) {baseline / mib:.0f} MiB, "
        f"ratio (peak - baseline) / resulting file {ratio:.2f} (goal <= {GOAL:g})"
    )
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
