"""A valid value for every setting, and hypothesis strategies that spoil them.

The spoilt values keep the right type where they can and break the content:
a 400-digit number, NaN, a date that is no date, a list inside a list, text
of a megabyte, nesting far too deep. Core and UI tests share them.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from mat_companion.core.safety import QUESTIONS

#: One sensible value per setting (a test checks every setting has one).
VALID: dict[str, Any] = {
    "window_geometry": "AdnQywADAAAAAAAA",
    "reduced_motion": True,
    "colour_scheme": "dark",
    "cue_tones": False,
    "cue_tone_volume": 0.4,
    "cue_hold_tick": True,
    "cue_tick_volume": 0.2,
    "cue_spoken": True,
    "cue_spoken_volume": 0.6,
    "breathing_choice": "box",
    "breathing_ramp": True,
    "custom_patterns": {"Mine": {"inhale": 4.0, "exhale": 6.0, "hold_in": 1.0}},
    "pattern_first_used": {"4-7-8": "2026-11-01"},
    "screening": {
        "answers": {question.key: False for question in QUESTIONS},
        "answered_at": "2026-11-01T20:00:00+01:00",
    },
    "safety_reminder_day": "2026-11-30",
    "experience": "sometimes",
    "stage": "intermediate",
    "stage_seen_sessions": 57,
    "declined": {"beginner:longer": 3},
    "warning_answer": {"session": "0b5c7c52", "healed": True, "on": "2026-11-30"},
    "master_volume": 0.5,
    "ambient": {"rain": 0.5, "surf": 0.25},
    "mixes": [{"name": "Mine", "layers": {"rain": 0.2}}],
    "fade_out_seconds": 20,
    "rest_weekdays": [5, 6],
    "rest_weeks": ["2026-11-30"],
    "show_streaks": True,
    "reminder_enabled": True,
    "reminder_time": "20:15",
    "last_session": {
        "stage": "beginner",
        "minutes": 12,
        "open_ended": False,
        "position": "back",
        "surface": "floor",
        "layer": "shirt",
        "interval_bell_minutes": 5,
        "breathing": "resonance",
    },
}


def nested(depth: int) -> Any:
    """A list inside a list ``depth`` times."""
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


#: Values no setting can mean, whatever its type.
impossible = st.sampled_from(
    [
        10**400,
        -(10**400),
        10**12,
        -1,
        float("nan"),
        float("inf"),
        float("-inf"),
        1e308,
        "2026-02-30",
        "yesterday",
        "25:99",
        "x" * 1_000_000,
        "\ud800",
        "",
        nested(50),
        nested(900),
        [[5, 6]],
        ["5"],
        {"": {}},
    ]
)
leaves = (
    impossible
    | st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.just([])
    | st.just({})
)


@st.composite
def spoilt(draw: st.DrawFn, value: Any) -> Any:
    """``value`` with one part anywhere in it replaced by something hostile (or added)."""
    if not isinstance(value, dict | list) or not value or draw(st.integers(0, 4)) == 0:
        return draw(leaves)
    if isinstance(value, dict):
        key = draw(st.sampled_from(sorted(value)) | st.text(max_size=6))
        return {**value, key: draw(spoilt(value.get(key)))}
    index = draw(st.integers(0, len(value)))
    inside = draw(spoilt(value[index] if index < len(value) else None))
    return [*value[:index], inside, *value[index + 1 :]]


@st.composite
def hostile_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A settings document in which any of the settings may be spoilt (or missing)."""
    document = {}
    for key, value in VALID.items():
        kind = draw(st.integers(0, 3))
        if kind == 1:
            document[key] = value
        elif kind >= 2:
            document[key] = draw(spoilt(value))
    if draw(st.booleans()):
        document["from_a_newer_version"] = draw(spoilt({"a": [1]}))
    return document
