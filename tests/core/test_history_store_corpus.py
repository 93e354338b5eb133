"""Every file of JSONTestSuite's test_parsing used as the user's history.json."""

from pathlib import Path

import pytest

from mat_companion.core.history_store import HistoryStore
from tests.conftest import CHECKOUT

CORPUS = CHECKOUT / "tests" / "data" / "jsontestsuite" / "test_parsing"
CASES = sorted(CORPUS.glob("*.json"))


def test_the_corpus_is_all_there() -> None:
    assert len(CASES) == 318


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_any_file_loads_without_crash_and_keeps_its_bytes(case: Path, tmp_path: Path) -> None:
    original = case.read_bytes()
    history = tmp_path / "history.json"
    history.write_bytes(original)
    store = HistoryStore(history)
    loaded = store.load()
    message = None if loaded is None else str(loaded)

    # None of these documents is a valid history: each gets one clear sentence.
    assert message is not None
    assert "\n" not in message and message.endswith(".")
    assert "Traceback" not in message
    assert list(store.sessions) == []
    kept = [p for p in tmp_path.iterdir() if p.read_bytes() == original]
    assert kept, "the original bytes must still be on disk"
    assert not history.exists() or history.read_bytes() == original
