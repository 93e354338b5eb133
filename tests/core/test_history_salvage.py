"""A history that is not JSON as a whole keeps every session that can still be read.

Real stores on real files: the damage a power cut, a partial sync or a hand edit
leaves (a cut, zeros after it, one bad token or byte, garbage after the end), in
the store's own format and as other tools write it (indented, CRLF, keys sorted).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mat_companion.core import json_codec
from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_schema import Session, Tombstone
from mat_companion.core.history_store import HistoryStore
from tests.conftest import THOROUGH_EXAMPLES, examples
from tests.factories import make_session

CHANGED = "2026-11-21T07:45:03.120511+01:00"


def sessions(count: int) -> list[Session]:
    return [
        make_session(started_at=f"2026-11-{10 + n:02d}T21:05:00+01:00", changed_at=CHANGED)
        for n in range(count)
    ]


def tombstones(count: int) -> list[Tombstone]:
    return [{"id": str(uuid.uuid4()), "deleted_at": CHANGED} for _ in range(count)]


def kept_aside(folder: Path, raw: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.read_bytes() == raw]


def ids(records: Any) -> list[str]:
    return [record["id"] for record in records]


def load(folder: Path, raw: bytes) -> tuple[HistoryStore, str | None]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "history.json"
    path.write_bytes(raw)
    store = HistoryStore(path, lock_wait=0)
    message = store.load()
    return store, None if message is None else str(message)


def assert_rewritten_whole(store: HistoryStore) -> None:
    """The file now holds what the store shows, and reads back without a word."""
    again = HistoryStore(store.path, lock_wait=0)
    assert again.load() is None
    assert list(again.sessions) == list(store.sessions)
    assert list(again.deleted) == list(store.deleted)


def test_a_file_cut_at_any_byte_keeps_every_session_before_the_cut(tmp_path: Path) -> None:
    saved, deleted = sessions(3), tombstones(2)
    raw = serialise_history(saved, {"future": {"kept": True}}, deleted)
    ends = {s["id"]: raw.index(json_codec.dumps(s)) + len(json_codec.dumps(s)) for s in saved}
    ends |= {t["id"]: raw.index(json_codec.dumps(t)) + len(json_codec.dumps(t)) for t in deleted}
    # Thorough, every byte; `pytest` alone, each byte beside a record's end and every tenth.
    every = THOROUGH_EXAMPLES // examples(THOROUGH_EXAMPLES)
    beside = {end + step for end in ends.values() for step in range(-2, 3)}
    for cut in range(len(raw) - 1):  # without its last newline the file is whole
        if cut % every and cut not in beside:
            continue
        folder = tmp_path / str(cut)
        store, message = load(folder, raw[:cut])
        before = {key for key, end in ends.items() if end <= cut}
        assert ids(store.sessions) == [s["id"] for s in saved if s["id"] in before], cut
        assert ids(store.deleted) == [t["id"] for t in deleted if t["id"] in before], cut
        assert list(store.sessions) == [s for s in saved if s["id"] in before]
        assert kept_aside(folder, raw[:cut]), cut
        assert message is not None and "\n" not in message and message.endswith("."), cut
        if store.sessions or store.deleted:
            assert any(str(copy) in message for copy in kept_aside(folder, raw[:cut]))
            assert_rewritten_whole(store)
        else:
            assert "a new history was started" in message


def test_the_sentence_says_how_many_were_kept_and_lost_and_where_the_bytes_are(
    tmp_path: Path,
) -> None:
    saved = sessions(5)
    raw = serialise_history(saved)
    store, message = load(tmp_path, raw[: raw.index(json_codec.dumps(saved[3])) + 40])
    (copy,) = tmp_path.glob("history.json.invalid-*")
    assert message == (
        "Your history file was damaged: 3 sessions could be read and kept, 1 could not, "
        f"and the original file was kept as {copy}."
    )
    assert store.left_out == (1, copy)


@pytest.mark.parametrize("padding", [1, 4096, 1 << 20])
@pytest.mark.parametrize("whole", [True, False], ids=["whole", "cut"])
def test_zeros_after_the_file_keep_every_session(tmp_path: Path, padding: int, whole: bool) -> None:
    saved = sessions(4)
    raw = serialise_history(saved, None, tombstones(1))
    if not whole:
        raw = raw[: raw.index(json_codec.dumps(saved[3])) + 100]
    damaged = raw + b"\0" * padding
    store, message = load(tmp_path, damaged)
    assert list(store.sessions) == (saved if whole else saved[:3])
    assert len(store.deleted) == (1 if whole else 0)
    assert message is not None
    assert any(str(copy) in message for copy in kept_aside(tmp_path, damaged))
    if whole:
        assert "every session in it (4 sessions) could be read" in message
    assert_rewritten_whole(store)


NUMBERS = [
    "planned_seconds",
    "actual_seconds",
    "inhale",
    "hold_in",
    "exhale",
    "hold_out",
    "pain_before",
    "pain_after",
    "stress_before",
    "stress_after",
    "comfort",
]


def damage(raw: bytes, session: Session, old: bytes, new: bytes) -> bytes:
    line = json_codec.dumps(session)
    assert old in line
    return raw.replace(line, line.replace(old, new, 1))


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity", b"nan", b"1e999x"])
@pytest.mark.parametrize("name", NUMBERS)
def test_a_number_json_does_not_allow_loses_only_its_session(
    tmp_path: Path, name: str, constant: bytes
) -> None:
    saved = sessions(6)
    raw = serialise_history(saved, None, tombstones(2))
    value = json.dumps(saved[2].get(name, saved[2]["breathing"].get(name))).encode()
    if name in saved[2]["ratings"]:
        value = str(saved[2]["ratings"][name]).encode()
    raw = damage(
        raw, saved[2], f'"{name}":{value.decode()}'.encode(), f'"{name}":'.encode() + constant
    )
    store, message = load(tmp_path, raw)
    assert list(store.sessions) == saved[:2] + saved[3:]
    assert len(store.deleted) == 2
    assert message is not None and "5 sessions could be read and kept, 1 could not," in message
    assert kept_aside(tmp_path, raw)
    assert_rewritten_whole(store)


BAD_TOKENS = {
    "a stray letter": (b'"completed":true', b'"completed":xtrue'),
    "a control byte": (b'"note":"free text"', b'"note":"free\x01text"'),
    "a NUL": (b'"note":"free text"', b'"note":"free\x00text"'),
    "a cut-off string": (b'"note":"free text"', b'"note":"free text'),
    "a missing comma": (b',"stage"', b'"stage"'),
    "a missing colon": (b'"stage":', b'"stage"'),
    "a missing brace": (b'"comfort":4}', b'"comfort":4'),
    "a brace too many": (b'"skin"', b'{"skin"'),
    "a bracket too many": (b'"ambient":["rain"]', b'"ambient":["rain"]]'),
    "a comma too many": (b'"note":"free text"', b'"note":"free text",'),
    "single quotes": (b'"note":"free text"', b"\"note\":'free text'"),
    "a comment": (b',"stage"', b',/* stage */"stage"'),
    "True": (b'"completed":true', b'"completed":True'),
    "a leading zero": (b'"comfort":4', b'"comfort":04'),
    "a hex number": (b'"comfort":4', b'"comfort":0x4'),
    "bad UTF-8": (b'"note":"free text"', b'"note":"free \xff\xfe text"'),
    "a lone continuation byte": (b'"note":"free text"', b'"note":"free \x80 text"'),
}


@pytest.mark.parametrize("where", [0, 3, 5], ids=["first", "middle", "last"])
@pytest.mark.parametrize("bad", BAD_TOKENS.values(), ids=BAD_TOKENS.keys())
def test_one_bad_token_loses_only_its_session(
    tmp_path: Path, bad: tuple[bytes, bytes], where: int
) -> None:
    saved = sessions(6)
    deleted = tombstones(2)
    raw = damage(serialise_history(saved, None, deleted), saved[where], *bad)
    store, message = load(tmp_path, raw)
    assert list(store.sessions) == [s for n, s in enumerate(saved) if n != where]
    assert list(store.deleted) == deleted
    assert message is not None and "5 sessions could be read and kept, 1 could not," in message
    assert any(str(copy) in message for copy in kept_aside(tmp_path, raw))
    assert_rewritten_whole(store)


def test_a_broken_deletion_loses_only_itself(tmp_path: Path) -> None:
    saved, deleted = sessions(3), tombstones(3)
    line = json_codec.dumps(deleted[1])
    raw = serialise_history(saved, None, deleted).replace(line, line.replace(b'":"', b'":', 1))
    store, message = load(tmp_path, raw)
    assert list(store.sessions) == saved
    assert list(store.deleted) == [deleted[0], deleted[2]]
    assert message is not None and "every session in it (3 sessions) could be read" in message
    (notice,) = (str(n) for n in store.take_notices())
    assert notice.startswith("1 record of a deleted session in your history was not valid")
    assert_rewritten_whole(store)


@pytest.mark.parametrize(
    "garbage",
    [b"x", b"}", b"]}", b"\n\n{}", b'{"schema_version":2,"sessions":[]}', b"\xff\xfe", b",,,"],
)
def test_garbage_after_the_document_keeps_it_whole(tmp_path: Path, garbage: bytes) -> None:
    saved, deleted = sessions(3), tombstones(1)
    raw = serialise_history(saved, {"future": [1, 2]}, deleted) + garbage
    store, message = load(tmp_path, raw)
    assert list(store.sessions) == saved and list(store.deleted) == deleted
    assert message is not None and "every session in it (3 sessions) could be read" in message
    assert kept_aside(tmp_path, raw)
    assert json.loads(store.path.read_bytes())["future"] == [1, 2]


def other_tools(document: dict[str, Any]) -> dict[str, bytes]:
    """The document as other tools write it: indented, with CRLF, keys sorted, on one line."""
    return {
        "indented": json.dumps(document, indent=2).encode(),
        "tabs and CRLF": json.dumps(document, indent="\t").replace("\n", "\r\n").encode(),
        "sorted keys, deleted first": json.dumps(document, indent=4, sort_keys=True).encode(),
        "one line with spaces": json.dumps(document).encode(),
        "with a BOM": b"\xef\xbb\xbf" + json.dumps(document, indent=1).encode(),
    }


@pytest.mark.parametrize("tool", other_tools({}).keys())
def test_files_other_tools_wrote_are_salvaged_too(tmp_path: Path, tool: str) -> None:
    saved, deleted = sessions(5), tombstones(2)
    document = {"schema_version": 2, "sessions": saved, "deleted": deleted}
    raw = other_tools(document)[tool]
    marker = json.dumps(saved[2]["ratings"]["comfort"]).encode()
    comfort = raw.index(b'"comfort"', raw.index(saved[2]["id"].encode()))
    bad = raw[:comfort] + raw[comfort:].replace(marker, b"NaN", 1)
    store, message = load(tmp_path / "bad", bad)
    assert list(store.sessions) == saved[:2] + saved[3:]
    assert list(store.deleted) == deleted
    assert message is not None and "4 sessions could be read and kept, 1 could not," in message
    key = raw.index(b'"id"', raw.index(saved[3]["id"].encode()) - 40)
    store, message = load(tmp_path / "cut", raw[:key] + b"\0" * 4096)
    assert list(store.sessions) == saved[:3]
    assert kept_aside(tmp_path / "cut", raw[:key] + b"\0" * 4096)


@given(
    where=st.integers(0, 4),
    offset=st.integers(0, 10_000),
    byte=st.integers(0, 255),
)
@example(where=0, offset=0, byte=ord("]"))  # the first session's brace: the list seemed to end
@settings(max_examples=examples(300))
def test_any_one_byte_changed_in_a_session_loses_at_most_that_session(
    tmp_path_factory: pytest.TempPathFactory, where: int, offset: int, byte: int
) -> None:
    saved, deleted = sessions(5), tombstones(1)
    raw = serialise_history(saved, None, deleted)
    line = json_codec.dumps(saved[where])
    start = raw.index(line) + offset % len(line)
    damaged = raw[:start] + bytes([byte]) + raw[start + 1 :]
    folder = tmp_path_factory.mktemp("byte")
    store, _ = load(folder, damaged)
    others = [s for n, s in enumerate(saved) if n != where]
    assert [s for s in store.sessions if s["id"] in ids(others)] == others
    assert list(store.deleted) == deleted
    assert kept_aside(folder, damaged)


def test_a_newer_version_is_never_salvaged(tmp_path: Path) -> None:
    raw = serialise_history(sessions(3)).replace(b'"schema_version":2', b'"schema_version":3')
    cut = raw[:-100]
    store, message = load(tmp_path, cut)
    assert message is not None and "newer version of Mat Companion (schema 3)" in message
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]
    assert store.path.read_bytes() == cut
    assert list(store.sessions) == []


@pytest.mark.parametrize(
    "raw",
    [
        b'{"schema_version":NaN,"sessions":[' + json_codec.dumps(make_session()) + b"]",
        b'{"schema_version":"2","sessions":[' + json_codec.dumps(make_session()) + b"]",
        b'{"name":"not a history","items":[' + json_codec.dumps(make_session()) + b",",
        b'["schema_version",2,"sessions",[' + json_codec.dumps(make_session()) + b"]",
        b"\x89PNG\r\n\x1a\n" + json_codec.dumps({"sessions": [make_session()]}),
        b'{"schema_version":2,"sessions":[' + b'{"a":[' * 100_000,
        b'{"schema_version":2,"sessions":[' + b"[" * 100_000,
        b'{"schema_version":2,"sessions":[' + b',{"x":' * 100_000,
        b'{"schema_version":2,"sessions":[{"id":"cut',
        b'{"schema_version":2,"sessions":[' + b"\0" * 4096,
    ],
    ids=[
        "NaN version",
        "text version",
        "no sessions key",
        "not an object",
        "binary",
        "deep",
        "deep lists",
        "many broken",
        "no whole session",
        "zeros",
    ],
)
def test_what_holds_no_readable_session_is_set_aside_whole(tmp_path: Path, raw: bytes) -> None:
    store, message = load(tmp_path, raw)
    assert list(store.sessions) == []
    assert message is not None and "a new history was started" in message
    (kept,) = tmp_path.glob("history.json.unreadable-*")
    assert kept.read_bytes() == raw
    assert not store.path.exists()


def test_a_damaged_file_another_writer_left_gives_its_sessions_to_the_next_save(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.json"
    store = HistoryStore(path, lock_wait=0)
    store.load()
    ours = make_session()
    store.add(ours)
    theirs = sessions(3)
    raw = serialise_history(theirs)[:-60]  # another computer's copy, cut by a partial sync
    path.write_bytes(raw)
    new = make_session()
    store.add(new)
    kept = {s["id"] for s in store.sessions}
    assert kept == {ours["id"], new["id"], theirs[0]["id"], theirs[1]["id"]}
    (notice,) = (str(n) for n in store.take_notices())
    (copy,) = tmp_path.glob("history.json.invalid-*")
    assert copy.read_bytes() == raw and str(copy) in notice
    assert notice.startswith(
        "Your history file was damaged: 2 sessions could be read and kept, 1 could not,"
    )
    assert_rewritten_whole(store)


def test_a_damaged_conflict_copy_gives_what_can_be_read_of_it(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    ours = sessions(1)
    path.write_bytes(serialise_history(ours))
    theirs = [make_session(changed_at=CHANGED) for _ in range(3)]
    raw = serialise_history(theirs)[:-80]
    copy = tmp_path / "history.sync-conflict-20261201-101010-ABCDEFG.json"
    copy.write_bytes(raw)
    store = HistoryStore(path, lock_wait=0)
    assert store.load() is None
    assert {s["id"] for s in store.sessions} == {s["id"] for s in ours + theirs[:2]}
    (notice,) = (str(n) for n in store.take_notices())
    assert "added 2 sessions to it" in notice
    (filed,) = (tmp_path / "merged-copies").iterdir()
    assert filed.read_bytes() == raw and not copy.exists()


@pytest.mark.parametrize(
    "bad",
    [
        (b'"schema_version":2,', b'"schema_version":2}'),
        (b'"schema_version":2,', b'"schema_version":2 x '),
        (b'"schema_version":2,', b'"schema_version":2,"future":NaN,'),
        (b'"schema_version":2,', b'"schema_version":2,"fut\xffure":1,'),
    ],
    ids=["a brace", "a stray word", "a NaN in a field of its own", "a bad byte in a key"],
)
def test_damage_before_the_sessions_keeps_them(tmp_path: Path, bad: tuple[bytes, bytes]) -> None:
    saved = sessions(3)
    raw = serialise_history(saved).replace(*bad, 1)
    store, message = load(tmp_path, raw)
    assert list(store.sessions) == saved
    assert message is not None and "every session in it (3 sessions) could be read" in message
    assert kept_aside(tmp_path, raw)
