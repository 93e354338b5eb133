"""A window's history store in its own process, saving and deleting when told on stdin.

Commands, one a line: ``add N`` saves N new sessions, printing ``saved <id>`` for
each once it is on disk; ``delete`` deletes the oldest of its own sessions still
shown, printing ``deleted <id>``; every command ends with ``done``. End of input ends it.
"""

import sys
from pathlib import Path

from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session


def main() -> None:
    store = HistoryStore(Path(sys.argv[1]))
    store.load()
    mine: list[str] = []
    for line in sys.stdin:
        command, *args = line.split()
        if command == "add":
            for _ in range(int(args[0])):
                session = make_session(note=f"by {sys.argv[2]}")
                store.add(session)
                mine.append(session["id"])
                print("saved", session["id"], flush=True)
        elif command == "delete":
            shown = {s["id"] for s in store.sessions}
            victim = next(i for i in mine if i in shown)
            store.remove(victim)
            mine.remove(victim)
            print("deleted", victim, flush=True)
        print("done", flush=True)


if __name__ == "__main__":
    main()
