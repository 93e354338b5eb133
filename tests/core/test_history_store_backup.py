"""The backup (history.json.bak) keeps the last good history: damage never replaces it."""

from pathlib import Path

import pytest

from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session


def sessions(count: int) -> list[dict[str, object]]:
    return [
        make_session(started_at=f"2026-11-{day:02d}T20:00:00+01:00", ended_at=None)
        for day in range(1, count + 1)
    ]


def damaged(raw: bytes, how: str) -> bytes:
    """What a power cut or another tool leaves: the tail cut off, or a bad token inside."""
    if how == "cut":
        return raw[: len(raw) * 2 // 3]
    return raw.replace(b'"comfort"', b'"comfort": NaN, "x"', 1)


@pytest.mark.parametrize("how", ["cut", "bad token"])
@pytest.mark.parametrize("who", ["at load", "by another writer"])
def test_damage_never_replaces_the_last_good_backup(tmp_path: Path, how: str, who: str) -> None:
    path = tmp_path / "history.json"
    store = HistoryStore(path)
    store.load()
    for session in sessions(4):  # the second save keeps a backup of the first, and so on
        store.add(session)
    good_backup = path.with_name("history.json.bak").read_bytes()
    path.write_bytes(damaged(path.read_bytes(), how))
    if who == "at load":
        HistoryStore(path).load()
    else:
        store.add(make_session(started_at="2026-11-20T20:00:00+01:00", ended_at=None))
    assert path.with_name("history.json.bak").read_bytes() == good_backup
