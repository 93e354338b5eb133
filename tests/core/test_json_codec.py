import json

import pytest

from mat_companion.core.json_codec import JSONError, dumps, loads


@pytest.mark.parametrize(
    "value",
    [
        {"big": 2**64, "negative": -(2**63) - 1, "huge": 10**40},
        {"lone surrogate": "\ud800"},
        {"unicode": "ünïcode ✓ 🧘"},
        [1.5, 0, -2, True, None, "text"],
    ],
)
def test_values_other_tools_write_survive_a_round_trip(value: object) -> None:
    assert loads(dumps(value)) == value
    assert loads(json.dumps(value).encode()) == value


def test_utf16_is_accepted() -> None:
    assert loads('{"a": 1}'.encode("utf-16")) == {"a": 1}


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"a": NaN}', "it is not valid JSON: NaN is not a number JSON allows"),
        (b"[Infinity]", "it is not valid JSON: Infinity is not a number JSON allows"),
        (b"[" * 5000, "it is nested too deeply"),
        (b"\xff\xfe\xfa", "it is not UTF-8 text"),
        (b'{"a": 1', "it is not valid JSON"),
    ],
)
def test_what_json_does_not_allow_is_refused(raw: bytes, reason: str) -> None:
    with pytest.raises(JSONError, match=f"^{reason}"):
        loads(raw)
