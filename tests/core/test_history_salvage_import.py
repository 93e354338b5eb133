"""Importing a damaged export keeps the sessions that can still be read, and counts the rest."""

import io

import pytest

from mat_companion.core import json_codec
from mat_companion.core.history_transfer import UnusableImportError, export_sessions, read_import
from tests.factories import make_session


def test_a_cut_export_imports_every_whole_session() -> None:
    offered = [make_session() for _ in range(4)]
    raw = export_sessions(offered, "json")
    cut = raw[: raw.index(json_codec.dumps(offered[3])) + 50]
    batch = read_import(io.BytesIO(cut), "json")
    assert batch.sessions == offered[:3]
    assert batch.invalid == 1
    assert [str(problem) for problem in batch.problems] == ["session 4: it is not valid JSON"]


def test_a_nan_in_one_session_of_an_export_leaves_out_only_that_one() -> None:
    offered = [make_session() for _ in range(3)]
    line = json_codec.dumps(offered[1])
    raw = export_sessions(offered, "json").replace(line, line.replace(b":912", b":NaN"))
    batch = read_import(io.BytesIO(raw), "json")
    assert batch.sessions == [offered[0], offered[2]]
    assert [str(problem) for problem in batch.problems] == [
        "session 2: it is not valid JSON: NaN is not a number JSON allows"
    ]


def test_an_export_cut_before_its_first_session_is_still_refused() -> None:
    raw = export_sessions([make_session()], "json")
    with pytest.raises(UnusableImportError, match="it is not valid JSON"):
        read_import(io.BytesIO(raw[:40]), "json")
