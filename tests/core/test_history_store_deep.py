"""Unknown content nested around Python's recursion limit: it loads and saves, or is set aside."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from mat_companion.core import json_codec
from mat_companion.core.history_document import DOCUMENT_DEPTH
from mat_companion.core.history_schema import SCHEMA_VERSION
from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session

LIMIT = sys.getrecursionlimit()
DEPTHS = [100, 253, 254, 255, 256, 500, LIMIT - 20, LIMIT - 5, LIMIT, 1023, 1024, 1025, 3000]
#: Every place a history document takes content this version does not know.
FIELDS = ["top level", "session", "ratings", "breathing"]


def nested(depth: int, shape: str) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value] if shape == "list" else {"k": value}
    return value


def document_bytes(field: str, deep: Any, *, long_number: bool) -> bytes:
    session = make_session()
    if long_number:
        session["future_counter"] = 10**30  # sends the parse to the standard library
    if field == "session":
        session["future"] = deep
    elif field in ("ratings", "breathing"):
        session[field]["future"] = deep
    head: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "sessions": [session]}
    if field == "top level":
        head["future"] = deep
    sys.setrecursionlimit(10_000)  # only to write the test's own file
    try:
        return json.dumps(head).encode()
    finally:
        sys.setrecursionlimit(LIMIT)


@pytest.mark.parametrize("long_number", [False, True])
@pytest.mark.parametrize("shape", ["list", "object"])
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("depth", DEPTHS)
def test_deep_unknown_content_loads_and_saves_or_is_set_aside(
    tmp_path: Path, depth: int, field: str, shape: str, long_number: bool
) -> None:
    path = tmp_path / "history.json"
    original = document_bytes(field, nested(depth, shape), long_number=long_number)
    path.write_bytes(original)
    store = HistoryStore(path, lock_wait=0)
    notice = store.load()
    store.add(make_session())  # never a RecursionError
    kept = [p for p in tmp_path.iterdir() if p.read_bytes() == original]
    if notice is None:
        assert kept == [tmp_path / "history.json.bak"]
        reloaded = HistoryStore(path, lock_wait=0)
        assert reloaded.load() is None
        assert len(reloaded.sessions) == 2
    else:
        assert "nested too deeply" in str(notice)
        assert len(kept) == 1
        assert str(kept[0]) in str(notice)


def test_the_depth_limit_is_what_both_codecs_write() -> None:
    at_limit = nested(json_codec.MAX_DEPTH, "list")
    assert json_codec.loads(json_codec.dumps(at_limit)) == at_limit
    with pytest.raises(json_codec.JSONError, match="nested too deeply"):
        json_codec.loads(json_codec.dumps(at_limit).replace(b"1", b"[1]"))


@pytest.mark.parametrize("field", ["session", "ratings", "breathing"])
def test_the_deepest_session_the_store_saves_reads_back(tmp_path: Path, field: str) -> None:
    session = make_session()
    deepest = nested(json_codec.MAX_DEPTH - (1 if field == "session" else 2), "list")
    if field == "session":
        session["future"] = deepest  # as a CSV import's extra column can bring it
    else:
        session[field]["future"] = deepest
    assert json_codec.loads(json_codec.dumps(session)) == session
    path = tmp_path / "history.json"
    store = HistoryStore(path, lock_wait=0)
    store.load()
    store.add(session)
    reloaded = HistoryStore(path, lock_wait=0)
    assert reloaded.load() is None
    assert [{k: v for k, v in s.items() if k != "changed_at"} for s in reloaded.sessions] == [
        session
    ]


def test_top_level_content_up_to_the_document_depth_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    fits = nested(DOCUMENT_DEPTH - 1, "object")  # with the document around it: DOCUMENT_DEPTH
    path.write_bytes(document_bytes("top level", fits, long_number=False))
    store = HistoryStore(path, lock_wait=0)
    assert store.load() is None
    store.add(make_session())
    reloaded = HistoryStore(path, lock_wait=0)
    assert reloaded.load() is None
    assert len(reloaded.sessions) == 2
    path.write_bytes(
        document_bytes("top level", nested(DOCUMENT_DEPTH, "object"), long_number=False)
    )
    assert "nested too deeply" in str(HistoryStore(path, lock_wait=0).load())
