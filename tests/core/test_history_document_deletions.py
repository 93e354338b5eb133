"""The document's deleted list: read beside the sessions, written one record a line."""

import json

from mat_companion.core.history_document import parse_history, serialise_history
from tests.factories import make_session

DELETION = {"id": "6f1d2b9e-0c4a-4e7f-8d3b-5a9c1e2f4b60", "deleted_at": "2026-11-22T08:10:00+01:00"}


def test_deletions_are_written_one_a_line_after_the_sessions() -> None:
    session = make_session()
    data = serialise_history([session], {"by": "tool"}, [DELETION, {**DELETION, "id": "a" * 8}])
    lines = data.decode().splitlines()
    assert lines[0] == '{"schema_version":2,"by":"tool","sessions":['
    assert json.loads(lines[1]) == session
    assert lines[2:] == [
        '],"deleted":[',
        json.dumps(DELETION, separators=(",", ":")) + ",",
        json.dumps({**DELETION, "id": "a" * 8}, separators=(",", ":")),
        "]}",
    ]


def test_the_documents_own_keys_in_extra_are_never_written_twice() -> None:
    data = serialise_history([], {"deleted": [DELETION], "sessions": 1, "schema_version": 9})
    assert json.loads(data) == {"schema_version": 2, "sessions": [], "deleted": []}
    assert data.count(b'"deleted"') == 1


def test_deletions_are_read_beside_the_sessions_not_as_unknown_fields() -> None:
    parsed = parse_history(serialise_history([make_session()], {"by": "tool"}, [DELETION]))
    assert parsed.deleted == [DELETION] and parsed.skipped_deletions == []
    assert parsed.extra == {"by": "tool"}
