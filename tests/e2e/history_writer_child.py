"""A separate process that saves sessions in a loop, printing each id once it is saved."""

import sys
from pathlib import Path

from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session


def main() -> None:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    store = HistoryStore(path)
    store.load()
    for _ in range(count):
        session = make_session()
        store.add(session)
        sys.stdout.write(session["id"] + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
